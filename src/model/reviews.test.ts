import { describe, expect, it } from 'vitest';
import { decisionLines, jsonErrorOffset, readReviewsText, serializeReviews, validateReviews } from './reviews.ts';
import { addTroops, confirm, edit, reject, TROOPS } from '../reviews/test-fixtures.ts';

const file = (decisions: unknown[]) => ({ version: 1, decisions });

describe('reviews schema', () => {
  it('accepts each kind of decision', () => {
    const decisions = [confirm(), reject(TROOPS.id, 'Bob'), edit({ to: ['UA', 'PL'] }, TROOPS.id, 'Alice'), addTroops('Carol')];
    expect(validateReviews(file(decisions)).decisions).toHaveLength(4);
  });

  it.each([
    [{ ...confirm(), decision: 'approve' }, '$.decisions[0].decision: expected one of confirm, reject, edit, add'],
    [{ ...confirm(), who: '' }, '$.decisions[0].who: expected a name'],
    [{ ...confirm(), who: 'Al\u202Eice' }, '$.decisions[0].who: holds control or formatting characters'],
    [{ ...confirm(), when: '2026-11-30 10:00' }, '$.decisions[0].when: expected an ISO date-time in UTC'],
    [{ ...confirm(), evidence: [] }, '$.decisions[0].evidence: expected the evidence text'],
    [{ ...confirm(), colour: 'red' }, '$.decisions[0].colour: unknown field for a confirm decision'],
    [edit({}), '$.decisions[0].set: changes nothing'],
    [edit({ to: ['Ukraine'] } as never), '$.decisions[0].set.to[0]: not an actor code: "Ukraine"'],
    [edit({ items: [{ name: 'Tanks', category: 'tanks' }] } as never), '$.decisions[0].set.items[0].category: expected one of'],
    [edit({ troops: -3 }), '$.decisions[0].set.troops: expected a whole number or null'],
    [edit({ text: 'x' }), '$.decisions[0].set.text: is not a field of this fact type'],
    [{ ...addTroops(), at: [10, 5] }, '$.decisions[0].at: expected [start, end]'],
    [{ ...addTroops(), fact: 'other:troop_deployment:x' }, '$.decisions[0].fact: expected an id starting with "a1:troop_deployment:"'],
    [{ ...addTroops(), set: { to: ['UA'] } }, '$.decisions[0].set.from: is required for a new troop_deployment'],
    [{ ...addTroops(), evidence: ['too short'] }, '$.decisions[0].evidence[0]: is 9 characters long, but at spans 48'],
  ])('refuses a bad decision, naming its path (%#)', (d, message) => {
    expect(() => validateReviews(file([d]))).toThrow(message);
  });

  it('refuses two decisions by one person about one fact, naming both lines', () => {
    const text = serializeReviews([confirm()]).replace('\n]}', `,\n${JSON.stringify(reject())}\n]}`);
    const r = readReviewsText(text, 'articles/reviews.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(`articles/reviews.json:3: $.decisions[1]: a second decision by Alice on ${confirm().fact} (the first is at line 2); keep one`);
  });

  it('names the line of a broken decision and of a JSON syntax error', () => {
    const text = serializeReviews([confirm(), reject(TROOPS.id, 'Bob', undefined, ['nope'])]);
    const broken = text.replace('"who":"Bob"', '"who":7');
    const r1 = readReviewsText(broken);
    expect(r1).toMatchObject({ ok: false, line: 3 });
    if (!r1.ok) expect(r1.error).toBe("reviews.json:3: $.decisions[1].who: expected the reviewer's name");
    // A git merge that left its markers in the file.
    const merged = text.replace('\n{"decision":"reject"', '\n<<<<<<< HEAD\n{"decision":"reject"');
    const r2 = readReviewsText(merged);
    expect(r2).toMatchObject({ ok: false, line: 3 });
    if (!r2.ok) expect(r2.error).toMatch(/^reviews\.json:3: not valid JSON: unexpected "<<<<<<< HEAD"/);
    const r3 = readReviewsText('{"version":1,"decisions":[\n');
    expect(r3).toMatchObject({ ok: false, line: 2 });
    if (!r3.ok) expect(r3.error).toContain('the text ends early');
  });

  it('finds where JSON breaks as a parser would', () => {
    for (const good of ['{}', '[1, -2.5e3, "a\\"b\\u00e9", true, null, {"k": [false]}]', ' "x" ']) expect(jsonErrorOffset(good)).toBe(-1);
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('[1 2]')).toBe(3);
    expect(jsonErrorOffset('{"a":"\u0001"}')).toBe(6);
    expect(jsonErrorOffset('[1] x')).toBe(4);
  });

  it('finds the line of every decision however the file is laid out', () => {
    expect(decisionLines('{"version":1,"decisions":[\n{"a":"]"},\n{"b":[1,2]}\n]}')).toEqual([2, 3]);
    expect(decisionLines('{\n  "decisions": [\n    {\n      "x": 1\n    },\n    {}\n  ],\n  "version": 1\n}')).toEqual([3, 6]);
    expect(decisionLines('{"other":[{}],"decisions":[]}')).toEqual([]);
  });

  it('writes one decision per line in canonical order, byte-identical whatever the input order', () => {
    const a = [addTroops('Carol'), reject(TROOPS.id, 'Bob'), confirm(), edit({ to: ['UA', 'PL'] }, TROOPS.id, 'Alice')];
    const text = serializeReviews(a);
    expect(serializeReviews([...a].reverse())).toBe(text);
    const lines = text.split('\n');
    expect(lines[0]).toBe('{"version":1,"decisions":[');
    expect(lines).toHaveLength(4 + 3);
    // Sorted by fact, then reviewer; codes sorted; short keys first, evidence last.
    expect(lines[1]).toMatch(/^\{"decision":"confirm","fact":"a1:arms_shipment:00000001","who":"Alice","when":"[^"]+","evidence":\[/);
    expect(lines[2]).toContain('"set":{"to":["PL","UA"]}');
    const back = readReviewsText(text);
    expect(back.ok && serializeReviews(back.file.decisions)).toBe(text);
    expect(serializeReviews([])).toBe('{"version":1,"decisions":[]}\n');
  });
});
