import { describe, expect, it } from 'vitest';
import { arms, quotes } from './test-support';

describe('counted plurals refer to the last pair named', () => {
  it('narrows "the two Nordic countries" to the pair named before', () => {
    const body = 'The summit invited Finland and Sweden to join. Turkish President Recep Tayyip Erdoğan said Ankara would watch whether the two Nordic countries kept their promises.';
    expect(quotes(body)[0]!.to).toEqual(['FI', 'SE']);
  });

  it('resolves "both countries" and "the two countries" across sentences', () => {
    const body = 'The war in Ukraine goes on. Spain and Portugal met on Monday. Both countries will send mortars to Ukraine.';
    expect(arms(body)[0]!.from).toEqual(['ES', 'PT']);
    const same = 'The war in Ukraine goes on. Italy and Greece signed a deal. The two countries are delivering howitzers to Ukraine.';
    expect(arms(same)[0]!.from).toEqual(['GR', 'IT']);
  });

  it('leaves a group alone when the pair is not in it, and needs a pair', () => {
    const body = 'Spain and Portugal met. President Jan Novak said the two Nordic countries were important partners.';
    expect(quotes(body)[0]!.to).toEqual(['DK', 'FI', 'IS', 'NO', 'SE']);
    expect(arms('The war in Ukraine goes on. The two countries are delivering howitzers to Ukraine.')).toEqual([]);
  });
});
