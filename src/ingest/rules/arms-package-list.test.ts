import { describe, expect, it } from 'vitest';
import { arms, factsOf } from '../test-support';
import { splitSentences } from '../sentences';

describe('package contents as a bulleted list (arms.package over list lines)', () => {
  it('gives one shipment per item line, from the package announced before the lead', () => {
    const body = 'Belgium will provide a new package of military aid to Ukraine, the defence minister announced.\n\nThe package will include:\n\n• 12 more Caesar howitzers\n\n• Additional Mistral air defence missiles';
    expect(arms(body).map((f) => [f.from, f.to, f.items.map((i) => i.category)])).toEqual([
      [['BE'], ['UA'], ['artillery']],
      [['BE'], ['UA'], ['air-defence']],
    ]);
  });

  it('reads a lead that names sender and recipient itself, with items on consecutive lines', () => {
    const body = 'Portugal is sending the following to Ukraine:\n- 30 mortars\n- 5,000 rounds of mortar ammunition';
    expect(arms(body).map((f) => [f.from, f.to, f.items.length])).toEqual([[['PT'], ['UA'], 1], [['PT'], ['UA'], 1]]);
  });

  it('reads nothing under a lead that sends nothing or denies it', () => {
    expect(factsOf('The ministers discussed the following:\n- Air defence systems\n- Long-term support')).toEqual([]);
    expect(arms('Portugal will not send the following to Ukraine:\n• 30 mortars')).toEqual([]);
  });

  it('splits a line opened by a list marker from the line before', () => {
    const text = 'The aid includes:\n• rifles\n• helmets';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['The aid includes:', '• rifles', '• helmets']);
  });

  it('falls back on the article’s actor for a "This new package includes:" lead that nobody near it owns', () => {
    const body = 'UK Defence Secretary visits Odesa\n\nThe UK will keep supporting Ukraine, the Defence Secretary said in Odesa on Sunday.\n\nHe met soldiers on the front line against Russia.\n\nHe praised their courage.\n\nHe thanked the navy.\n\nThis new package includes:\n\n- 40 de-mining vehicles\n\n- 50 small military boats';
    expect(arms(body).map((f) => `${f.from.join('+')}>${f.to.join('+')}:${f.items.map((i) => i.name).join()}`)).toEqual(['GB>UA:de-mining vehicles', 'GB>UA:small military boats']);
  });
});

describe('a package and its contents in one sentence', () => {
  it('reads "X would provide a package of support to Y, including …" as a shipment from the subject of the last verb', () => {
    const f = arms('Mr Healey announced that the UK would provide a new package of support to Ukraine, including more artillery guns and nearly 100 Brimstone missiles.');
    expect(f.map((x) => [x.from, x.to, x.items.map((i) => i.category)])).toEqual([[['GB'], ['UA'], ['artillery', 'other']]]);
  });

  it('leaves aid without contents, and negated packages, alone', () => {
    expect(arms('Norway will provide a new package of support to Ukraine, including training and advice.')).toEqual([]);
    expect(arms('Spain did not provide a package to Ukraine, including tanks.')).toEqual([]);
  });
});
