import { describe, expect, it } from 'vitest';
import { encodeDataFiles, INDEX_FILE } from '../../src/model/data-files.ts';
import { yearParts } from '../../src/selectors/year-parts.ts';
import { dataset, shipment, troops } from '../../src/selectors/test-factories.ts';
import { decodeFacts, WORKER_FROM_BYTES } from './decode-facts.ts';

const d = dataset([
  { ...shipment(['EE'], ['UA'], [{ name: 'Javelins', category: 'anti-tank' }]), id: 'a2022:arms_shipment:00000001' },
  { ...troops(['NATO'], ['EE', 'LV'], 22000), id: 'a2022:troop_deployment:00000002' },
]);
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const index = encodeDataFiles(d).find((f) => f.path === INDEX_FILE)!.content;

describe('decodeFacts', () => {
  it('decodes a small file on the page\'s thread, with the first view\'s sums', async () => {
    const data = await decodeFacts(bytes(index), 'data/facts.json');
    expect(data.toIndex().facts).toEqual(d.facts);
    expect([...yearParts(data).keys()]).toEqual([2022]);
  });

  it('decodes a large file on the page\'s thread too where no worker can run (as here, in Node)', async () => {
    // Trailing spaces make the file large without changing what it says.
    const large = index + ' '.repeat(WORKER_FROM_BYTES);
    expect(typeof Worker).toBe('undefined');
    const data = await decodeFacts(bytes(large), 'data/facts.json');
    expect(data.toIndex().facts).toEqual(d.facts);
  });

  it('says which file is not JSON, and where a fact is wrong', async () => {
    await expect(decodeFacts(bytes('{"version":'), 'data/facts.json')).rejects.toThrow('data/facts.json: not valid JSON');
    await expect(decodeFacts(bytes(index.replace('0.9,', '2,')), 'data/facts.json')).rejects.toThrow(/\$\.facts\[0\]\.confidence/);
  });
});
