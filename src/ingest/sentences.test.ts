import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitSentences } from './sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('splits on terminal punctuation', () => {
    expect(split('Poland sent tanks. Latvia sent drones! Who is next?')).toEqual(['Poland sent tanks.', 'Latvia sent drones!', 'Who is next?']);
  });

  it('keeps abbreviations, initials, decimals and numbers together', () => {
    expect(split('Mr. Smith met Gen. Jones at 10 a.m. on Monday. They talked.')).toEqual(['Mr. Smith met Gen. Jones at 10 a.m. on Monday.', 'They talked.']);
    expect(split('The U.S. Army sent 1,500 troops, approx. 2.5 per cent of its force. Dr. Lee agreed.')).toEqual([
      'The U.S. Army sent 1,500 troops, approx. 2.5 per cent of its force.', 'Dr. Lee agreed.',
    ]);
    expect(split('Lt. Col. J. R. Miller led Brigade No. 5 there, e.g. in Tapa. It worked.')).toEqual([
      'Lt. Col. J. R. Miller led Brigade No. 5 there, e.g. in Tapa.', 'It worked.',
    ]);
  });

  it('splits after a dotted abbreviation that ends a sentence', () => {
    expect(split('The weapons came from the U.S. The shipment was large.')).toEqual(['The weapons came from the U.S.', 'The shipment was large.']);
  });

  it('handles quotes ending sentences and sentences inside quotes', () => {
    expect(split('He said: "We are ready." The minister left.')).toEqual(['He said: "We are ready."', 'The minister left.']);
    expect(split('"We will help. We are ready," she said. Then she left.')).toEqual(['"We will help. We are ready," she said.', 'Then she left.']);
    expect(split('“It is time.” Nexta tweeted it.')).toEqual(['“It is time.”', 'Nexta tweeted it.']);
  });
});

describe('overlong units', () => {
  it('cuts text without sentence punctuation into bounded pieces that cover it', () => {
    const text = 'Poland sent tanks, '.repeat(500);
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(5);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(spans[0]!.start).toBe(0);
    expect(spans[spans.length - 1]!.end).toBe(text.trimEnd().length);
  });
});
