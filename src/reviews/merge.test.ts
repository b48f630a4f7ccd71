import { describe, expect, it } from 'vitest';
import { disagreements, mergeReviews, withDecision, withoutDecision } from './merge.ts';
import { ARMS, TROOPS, addTroops, confirm, edit, reject, sentence } from './test-fixtures.ts';

const LATER = '2026-12-01T09:00:00.000Z';

describe('merging decisions', () => {
  it('keeps one standing decision per person and fact', () => {
    let list = withDecision([], confirm());
    list = withDecision(list, reject(ARMS.id, 'Alice', LATER));
    list = withDecision(list, reject(ARMS.id, 'Bob'));
    expect(list.map((d) => [d.who, d.decision])).toEqual([['Alice', 'reject'], ['Bob', 'reject']]);
    expect(withoutDecision(list, ARMS.id, 'Alice').map((d) => d.who)).toEqual(['Bob']);
  });

  it('adds new decisions, keeps identical ones once, and keeps the later of one person’s two', () => {
    const local = [confirm(ARMS.id, 'Alice'), reject(TROOPS.id, 'Alice', undefined, [sentence(2)])];
    const incoming = [confirm(ARMS.id, 'Alice'), edit({ troops: 3 }, TROOPS.id, 'Alice', LATER, [sentence(2)]), addTroops('Bob')];
    const m = mergeReviews(local, incoming);
    expect(m).toMatchObject({ added: 1, unchanged: 1, conflicts: [] });
    expect(m.replaced).toHaveLength(1);
    expect(m.replaced[0]!.kept.decision).toBe('edit');
    expect(m.decisions.map((d) => d.decision)).toEqual(['confirm', 'edit', 'add']);
    // An older incoming decision does not replace a newer local one.
    const back = mergeReviews(m.decisions, [reject(TROOPS.id, 'Alice', undefined, [sentence(2)])]);
    expect(back.decisions.find((d) => d.fact === TROOPS.id)!.decision).toBe('edit');
  });

  it('shows where people disagree, and not where they agree', () => {
    const m = mergeReviews([confirm(ARMS.id, 'Alice'), reject(TROOPS.id, 'Alice', undefined, [sentence(2)])], [reject(ARMS.id, 'Bob'), reject(TROOPS.id, 'Bob', LATER, [sentence(2)])]);
    expect(m.conflicts).toEqual([ARMS.id]);
    expect(m.decisions).toHaveLength(4);
    expect(disagreements([edit({ to: ['PL'] }), edit({ to: ['PL'] }, ARMS.id, 'Bob', LATER)])).toEqual([]);
  });

  it('is the same whichever list comes first when no one contradicts themselves', () => {
    const a = [confirm(ARMS.id, 'Alice'), addTroops('Carol')];
    const b = [reject(ARMS.id, 'Bob'), reject(TROOPS.id, 'Bob', undefined, [sentence(2)])];
    expect(mergeReviews(a, b).decisions).toEqual(mergeReviews(b, a).decisions);
  });
});
