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
