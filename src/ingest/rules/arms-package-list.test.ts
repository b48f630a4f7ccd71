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
});
