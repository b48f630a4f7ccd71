import { describe, expect, it } from 'vitest';
import { DatasetError, validateDataset } from './dataset';

const valid = () => ({
  version: 1,
  articles: [{ id: 'a', date: '2022-03-06', title: 'T', text: 'Poland sends tanks.', file: 'a.txt' }],
  facts: [{
    id: 'a:arms_shipment:1', articleId: 'a', date: '2022-03-06', type: 'arms_shipment', from: ['PL'], to: ['UA'],
    evidence: [{ start: 0, end: 19 }], confidence: 0.9, rule: 'arms.active', items: [{ name: 'tanks', category: 'armour' }],
  }],
});

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    expect(validateDataset(valid()).facts).toHaveLength(1);
  });

  it('names the offending path', () => {
    const d = valid();
    d.facts[0]!.evidence[0]!.end = 99;
    expect(() => validateDataset(d)).toThrow(DatasetError);
    expect(() => validateDataset(d)).toThrow(/\$\.facts\[0\]\.evidence\[0\]/);
  });

  it('rejects bad actor codes, categories, versions and duplicate ids', () => {
    const a = valid();
    a.facts[0]!.from = ['Poland'];
    expect(() => validateDataset(a)).toThrow(/not an actor code/);
    const b = valid();
    b.facts[0]!.items[0]!.category = 'laser';
    expect(() => validateDataset(b)).toThrow(/items\[0\]\.category/);
    expect(() => validateDataset({ ...valid(), version: 2 })).toThrow(/version/);
    const c = valid();
    c.facts.push({ ...c.facts[0]! });
    expect(() => validateDataset(c)).toThrow(/duplicate fact id/);
  });

  it('accepts empty from/to arrays and null quote roles', () => {
    const d = valid() as unknown as { facts: Array<Record<string, unknown>> };
    d.facts[0] = { ...d.facts[0], type: 'quote', from: [], speaker: 'Nexta', role: null, text: 'x', direct: true };
    expect(() => validateDataset(d)).not.toThrow();
  });
});
