import { describe, expect, it } from 'vitest';
import { arms } from '../test-support';

const pairs = (fs: ReadonlyArray<{ from: string[]; to: string[] }>) => fs.map((f) => `${f.from.join('+')}>${f.to.join('+')}`).sort();

describe('arms recipients read from the paragraph', () => {
  it('never takes the side waging the war from a neighbouring sentence', () => {
    const text = 'The war in Ukraine has entered its third year.\n\nEconomic pressure on Moscow has grown since the latest sanctions. Artillery shells are being sent by Britain and Germany.';
    expect(pairs(arms(text))).toEqual(['DE+GB>UA']);
  });

  it('still names Russia when the sentence itself does', () => {
    expect(pairs(arms('The war in Ukraine goes on. North Korea has sent artillery shells to Russia.'))).toEqual(['KP>RU']);
  });
});
