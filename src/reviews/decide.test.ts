import { describe, expect, it } from 'vitest';
import { addOf, changedFields, editOf, parseActors, verdict } from './decide.ts';
import { ARMS, TEXT, sentence } from './test-fixtures.ts';
import { validateReviews } from '../model/reviews.ts';

const WHEN = '2026-11-30T10:00:00.000Z';
const known = [
  { code: 'NO', name: 'Norway', kind: 'country' as const },
  { code: 'NL', name: 'Netherlands', kind: 'country' as const },
  { code: 'CI', name: 'Côte d’Ivoire', kind: 'country' as const },
];

describe('building decisions', () => {
  it('signs a verdict with the evidence the reviewer read', () => {
    expect(verdict('reject', ARMS, TEXT, 'Alice', WHEN)).toEqual({ decision: 'reject', fact: ARMS.id, who: 'Alice', when: WHEN, evidence: [sentence(1)] });
  });

  it('keeps only the fields that changed, and nothing for no change', () => {
    expect(changedFields(ARMS, { from: ['NO'], to: ['PL', 'UA'], items: ARMS.items })).toEqual({ to: ['PL', 'UA'] });
    expect(editOf(ARMS, TEXT, { from: ['NO'], to: ['UA'] }, 'Alice', WHEN)).toBeNull();
    const e = editOf(ARMS, TEXT, { items: [{ name: 'NASAMS', category: 'air-defence' }] }, 'Alice', WHEN);
    expect(e).toMatchObject({ decision: 'edit', set: { items: [{ name: 'NASAMS', category: 'air-defence' }] } });
  });

  it('makes an add that the schema accepts', () => {
    const d = addOf('a1', 'commitment', { start: 0, end: 48 }, TEXT, { from: ['NO'], to: ['UA'], kind: 'aid' }, 'Alice', WHEN);
    expect(d.evidence).toEqual([sentence(1)]);
    expect(() => validateReviews({ version: 1, decisions: [d] })).not.toThrow();
  });

  it('reads actors as names or codes', () => {
    expect(parseActors('Norway, ua, the netherlands; NATO, nato', known)).toEqual({ ok: true, codes: ['NO', 'UA', 'NL', 'NATO'] });
    expect(parseActors('XQ', known)).toMatchObject({ ok: false });
    expect(parseActors('cote d’ivoire', known)).toEqual({ ok: true, codes: ['CI'] });
    expect(parseActors('', known)).toEqual({ ok: true, codes: [] });
    expect(parseActors('Norway, Narnia', known)).toEqual({ ok: false, error: '“Narnia” is not a country or organisation on this map' });
  });
});
