import { describe, expect, it } from 'vitest';
import { applyReviews, ADDED_RULE } from './apply.ts';
import { encodeDataFiles } from '../model/data-files.ts';
import { serializeReviews, type ReviewDecision } from '../model/reviews.ts';
import { ARMS, QUOTE, TROOPS, TEXT, addTroops, confirm, edit, reject, sentence, textOf, world } from './test-fixtures.ts';

describe('applyReviews', () => {
  it('returns the very same index when there is nothing to apply', () => {
    const w = world();
    const r = applyReviews(w, [], textOf);
    expect(r.index).toBe(w);
    expect(r.counts).toEqual({ applied: 0, stale: 0, conflicting: 0 });
  });

  it('keeps the same index when decisions change no fact', () => {
    const w = world();
    const r = applyReviews(w, [confirm(), edit({ to: ['UA'] }, ARMS.id, 'Bob'), reject('a1:gone', 'Carl')], textOf);
    expect(r.index).toBe(w);
    expect(r.counts).toEqual({ applied: 2, stale: 1, conflicting: 0 });
    expect(r.reviews.get(ARMS.id)?.status).toBe('confirmed');
  });

  it('confirms, rejects, edits and adds', () => {
    const r = applyReviews(world(), [
      confirm(QUOTE.id, 'Alice', undefined, [sentence(3)]),
      reject(ARMS.id, 'Bob'),
      edit({ troops: 350, qualifier: 'about' }, TROOPS.id, 'Alice', undefined, [sentence(2)]),
      addTroops('Carol'),
    ], textOf);
    expect(r.counts).toEqual({ applied: 4, stale: 0, conflicting: 0 });
    expect(r.index.facts.map((f) => f.id)).toEqual([TROOPS.id, QUOTE.id, 'a1:troop_deployment:added-1']);
    expect(r.rejected).toEqual([ARMS]);
    const troops = r.index.facts[0]!;
    expect(troops.type === 'troop_deployment' && [troops.troops, troops.qualifier]).toEqual([350, 'about']);
    const added = r.index.facts[2]!;
    expect(added).toMatchObject({ type: 'troop_deployment', from: ['NO'], to: ['UA'], unit: 'NASAMS crew', evidence: [{ start: 0, end: 48 }], confidence: 1, rule: ADDED_RULE, date: '2024-05-01' });
    expect(Object.fromEntries([...r.reviews].map(([id, v]) => [id, v.status]))).toEqual({
      [ARMS.id]: 'rejected', [TROOPS.id]: 'edited', [QUOTE.id]: 'confirmed', 'a1:troop_deployment:added-1': 'added',
    });
    expect(r.reviews.get(ARMS.id)).toEqual({ status: 'rejected', by: ['Bob'], when: '2026-11-30T10:00:00.000Z' });
  });

  it('reports a decision stale when its fact is gone or its evidence changed, and applies it nowhere else', () => {
    const moved = TEXT.replace('Norway is sending 40', 'Norway is sending 45');
    const r = applyReviews(world(), [reject(ARMS.id), reject('a1:arms_shipment:gone', 'Bob')], (id) => (id === 'a1' ? moved : undefined));
    expect(r.counts).toEqual({ applied: 0, stale: 2, conflicting: 0 });
    expect(r.outcomes.map((o) => o.reason)).toEqual(['its evidence changed since the review', 'the fact is no longer extracted']);
    expect(r.index.facts).toEqual(world().facts);
    expect(r.rejected).toEqual([]);
  });

  it('does not apply what it cannot check: no text, a field the type lacks', () => {
    const r = applyReviews(world(), [reject(ARMS.id), edit({ kind: 'aid' }, TROOPS.id, 'Bob', undefined, [sentence(2)])], (id) => (id === 'a1' ? undefined : TEXT));
    expect(r.outcomes.map((o) => [o.result, o.reason])).toEqual([
      ['stale', 'its article’s text is not loaded'],
      ['stale', 'its article’s text is not loaded'],
    ]);
    const r2 = applyReviews(world(), [edit({ kind: 'aid' }, TROOPS.id, 'Bob', undefined, [sentence(2)])], textOf);
    expect(r2.outcomes[0]!.reason).toBe('a troop deployment has no field “kind”');
  });

  it('follows an added fact whose sentence moved, but never onto another sentence', () => {
    const longer = `Update. ${TEXT}`;
    const r = applyReviews({ ...world(), articles: [{ ...world().articles[0]!, text: longer }] }, [addTroops()], () => longer);
    expect(r.index.facts.at(-1)!.evidence).toEqual([{ start: 8, end: 56 }]);
    const gone = TEXT.replace('40 NASAMS', '50 NASAMS');
    const r2 = applyReviews(world(), [addTroops()], () => gone);
    expect(r2.outcomes[0]).toMatchObject({ result: 'stale', reason: 'its sentence is no longer in the article' });
    const twice = `${TEXT} ${sentence(1)}`;
    expect(applyReviews(world(), [{ ...addTroops(), at: [1, 49] } as ReviewDecision], () => twice).counts.stale).toBe(1);
  });

  it('holds back decisions of people who disagree, and applies those who agree', () => {
    const conflict = applyReviews(world(), [confirm(ARMS.id, 'Alice'), reject(ARMS.id, 'Bob')], textOf);
    expect(conflict.counts).toEqual({ applied: 0, stale: 0, conflicting: 2 });
    expect(conflict.index.facts).toContainEqual(ARMS);
    expect(conflict.reviews.get(ARMS.id)).toMatchObject({ status: 'conflict', by: ['Alice', 'Bob'] });
    expect(conflict.outcomes[0]!.reason).toBe('Alice and Bob decided differently');

    const twoEdits = applyReviews(world(), [edit({ to: ['PL'] }, ARMS.id, 'Alice'), edit({ to: ['UA', 'PL'] }, ARMS.id, 'Bob')], textOf);
    expect(twoEdits.counts.conflicting).toBe(2);

    // An edit that leaves the fact as it is agrees with a confirm.
    const agree = applyReviews(world(), [confirm(ARMS.id, 'Alice'), edit({ to: ['UA'] }, ARMS.id, 'Bob'), reject(TROOPS.id, 'Alice', undefined, [sentence(2)]), reject(TROOPS.id, 'Bob', undefined, [sentence(2)])], textOf);
    expect(agree.counts).toEqual({ applied: 4, stale: 0, conflicting: 0 });
    expect(agree.reviews.get(ARMS.id)).toMatchObject({ status: 'confirmed', by: ['Alice', 'Bob'] });
  });

  it('lets others edit or reject a fact someone added', () => {
    const id = 'a1:troop_deployment:added-1';
    const r = applyReviews(world(), [addTroops('Carol'), edit({ troops: 12 }, id, 'Dan', undefined, [sentence(1)])], textOf);
    expect(r.reviews.get(id)!.status).toBe('edited');
    const r2 = applyReviews(world(), [addTroops('Carol'), reject(id, 'Dan', undefined, [sentence(1)])], textOf);
    expect(r2.index.facts.some((f) => f.id === id)).toBe(false);
    expect(r2.rejected.map((f) => f.id)).toEqual([id]);
  });

  it('drops a group note that an edit of its side no longer supports', () => {
    const grouped = { ...TROOPS, to: ['EE', 'LV'], groups: [{ side: 'to' as const, phrase: 'the Baltic states', codes: ['EE', 'LV'], basis: null }] };
    const w = { ...world(), facts: [grouped] };
    const r = applyReviews(w, [edit({ to: ['LV'] }, TROOPS.id, 'Alice', undefined, [sentence(2)])], textOf);
    expect(r.index.facts[0]!.groups).toBeUndefined();
    const r2 = applyReviews(w, [edit({ from: ['US'] }, TROOPS.id, 'Alice', undefined, [sentence(2)])], textOf);
    expect(r2.index.facts[0]!.groups).toHaveLength(1);
  });

  it('gives byte-identical data files for the same decisions in any order', () => {
    const decisions = [addTroops('Carol'), reject(ARMS.id, 'Bob'), edit({ troops: 350 }, TROOPS.id, 'Alice', undefined, [sentence(2)]), confirm(QUOTE.id, 'Dan', undefined, [sentence(3)])];
    const files = (list: ReviewDecision[]) => encodeDataFiles(applyReviews(world(), list, textOf).index).map((f) => f.content).join('\n');
    const once = files(decisions);
    expect(files([...decisions].reverse())).toBe(once);
    expect(files([decisions[2]!, decisions[0]!, decisions[3]!, decisions[1]!])).toBe(once);
    expect(once).toContain(ADDED_RULE);
    expect(serializeReviews(applyReviews(world(), decisions, textOf).outcomes.map((o) => o.decision))).toBe(serializeReviews(decisions));
  });
});
