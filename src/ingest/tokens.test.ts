import { describe, expect, it } from 'vitest';
import { lowerTokenBefore, tokenize, wordsBefore } from './tokens';

describe('lowerTokenBefore', () => {
  it('is the last token starting before an offset, as wordsBefore on the whole sentence gives it', () => {
    const texts = [
      "Germany is wary of sending Leopard tanks to NATO's eastern flank.",
      'The U.S. re-sent 1,500 troops; Kosiniak-Kamysz said so.',
      "Poland's   president\tand the\u00a0Baltic states.",
      'İstanbul talks: ΑΣ and “quoted words”.',
    ];
    for (const text of texts) {
      const tokens = tokenize(text);
      for (let offset = 0; offset <= text.length; offset++) expect(lowerTokenBefore(text, offset), `${text} @${offset}`).toBe(wordsBefore(tokens, offset, 1)[0]);
    }
  });
});
