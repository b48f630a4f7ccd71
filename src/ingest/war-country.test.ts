import { describe, expect, it } from 'vitest';
import { buildDoc } from './doc';
import { parseArticle } from './parse-article';
import { articleFile, NEIGHBOURS } from './test-support';

const warOf = (body: string): string | null => {
  const f = articleFile(body, '2024-07-07');
  return buildDoc(parseArticle(f.name, f.content).parsed!, NEIGHBOURS).warCountry;
};

describe('the country a story’s war is about', () => {
  it('is the victim of aggression, an attack or an invasion', () => {
    expect(warOf('Russia’s aggression against Ukraine goes on. The invasion of Ukraine began in 2022.')).toBe('UA');
  });

  it('is not the enemy of "the battlefield against Russia" or "fighting against Russia"', () => {
    expect(warOf('Ukraine needs shells on the battlefield against Russia. Britain has backed the fighting against Russia, and will help Ukraine.')).toBe('UA');
  });
});

const sidesOf = (body: string): { war: string | null; aggressors: readonly string[] } => {
  const f = articleFile(body, '2022-04-05');
  const d = buildDoc(parseArticle(f.name, f.content).parsed!, NEIGHBOURS);
  return { war: d.warCountry, aggressors: d.aggressors };
};

describe('the sides waging the war', () => {
  it('never counts an ally whose name stands next to "war crimes", and always Russia and Belarus', () => {
    const sides = sidesOf('We will help Ukraine. We were pleased to support Lithuania’s leadership referring war crimes to the ICC.');
    expect(sides.war).toBe('UA');
    expect([...sides.aggressors].sort()).toEqual(['BY', 'RU']);
  });

  it('never counts the country at war as its own aggressor', () => {
    const sides = sidesOf('Russia’s brutal war against Ukraine is far from over. Ukraine’s forces are regaining ground, as Russian forces retreat.');
    expect(sides.war).toBe('UA');
    expect(sides.aggressors).not.toContain('UA');
  });
});

describe('whose page a readout is', () => {
  const homeOf = (body: string): readonly string[] => {
    const f = articleFile(body, '2024-12-09');
    return buildDoc(parseArticle(f.name, f.content).parsed!, NEIGHBOURS).home;
  };

  it('is the country of the official who opens it by meeting a guest, even the country at war', () => {
    const body = 'President Volodymyr Zelenskyy met with Estonia’s Prime Minister Kristen Michal, who is on his first official visit to Ukraine.\n\nThe key topic was military assistance against Russian attacks. Estonia supports Ukraine. Prime Minister Kristen Michal assured that Estonia would continue to help.';
    expect(homeOf(body)).toEqual(['UA']);
  });
});

describe('the war this map reports', () => {
  it('is never fought on an ally’s soil, whatever war cue stands next to the ally', () => {
    const body = 'Polish defences are being modernized. The U.S. will strengthen Polish defences with Poland. Russia’s invasion of Ukraine goes on.';
    expect(warOf(body)).toBe('UA');
  });
});

describe('whose page a readout is, when the meeting is a clause of its own', () => {
  const homeOf = (body: string): readonly string[] => {
    const f = articleFile(body, '2023-09-20');
    return buildDoc(parseArticle(f.name, f.content).parsed!, NEIGHBOURS).home;
  };

  it('is the official who "said as he met with" a guest', () => {
    const body = 'The U.S.-Romania strategic partnership has never been stronger, Secretary of Defense Lloyd J. Austin III said as he met with Romanian Defense Minister Angel Tilvar at the Pentagon today.\n\nRomania is a steadfast NATO ally. Romania hosts allied troops. Romania’s Black Sea coast matters. Tilvar thanked Romania’s partners.';
    expect(homeOf(body)).toEqual(['US']);
  });
});
