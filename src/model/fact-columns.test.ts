import { describe, expect, it } from 'vitest';
import type { ArticleMeta, Fact } from './dataset.ts';
import { allIndexes, FactColumns } from './fact-columns.ts';
import { Interner, packUints, UintBuffer } from './packed.ts';

const articles: ArticleMeta[] = [
  { id: 'a', date: '2022-03-06', title: 'A', file: 'a.txt' },
  { id: 'b:c', date: '2024-01-02', title: 'B', file: 'b.txt' },
];

const facts: Fact[] = [
  { id: 'a:arms_shipment:0000abcd', articleId: 'a', date: '2022-03-06', type: 'arms_shipment', from: ['PL', 'CZ'], to: ['UA'], evidence: [{ start: 0, end: 19 }], confidence: 0.9, rule: 'arms.active', items: [{ name: 'tanks', category: 'armour' }, { name: 'rifles', category: 'small-arms' }] },
  { id: 'b:c:quote:ffffffff', articleId: 'b:c', date: '2024-01-02', type: 'quote', from: ['US'], to: [], evidence: [{ start: 0, end: 30 }], confidence: 1, rule: 'quote.direct', speaker: 'Biden', role: null, text: 'We stand by you', direct: true },
  { id: 'a:troop_deployment:00000002', articleId: 'a', date: '2022-03-06', type: 'troop_deployment', from: ['CA'], to: ['LV', 'EE'], evidence: [{ start: 20, end: 53 }, { start: 60, end: 70 }], confidence: 0.8, rule: 'troops.verb', troops: 300, qualifier: 'about', unit: null, groups: [{ side: 'to', phrase: 'the Baltic states', codes: ['LV', 'EE'], basis: null }] },
  { id: 'long-form-id', articleId: 'b:c', date: '2024-01-02', type: 'commitment', from: ['US'], to: ['UA'], evidence: [{ start: 1, end: 5 }], confidence: 0.7, rule: 'commitment.assurance', kind: 'aid' },
  { id: 'a:arms_shipment:0000abcd:again', articleId: 'a', date: '2022-03-06', type: 'arms_shipment', from: ['PL', 'CZ'], to: ['UA'], evidence: [{ start: 0, end: 19 }], confidence: 0.9, rule: 'arms.active', items: [] },
  { id: 'a:troop_deployment:00000003', articleId: 'a', date: '2022-03-06', type: 'troop_deployment', from: ['NATO'], to: ['PL'], evidence: [{ start: 5, end: 9 }], confidence: 0.5, rule: 'troops.verb', troops: null, qualifier: null, unit: 'battalion' },
];

describe('packUints', () => {
  it('picks the narrowest typed array that holds the largest value', () => {
    expect(packUints([0, 255])).toBeInstanceOf(Uint8Array);
    expect(packUints([0, 256])).toBeInstanceOf(Uint16Array);
    expect(packUints([70000])).toBeInstanceOf(Uint32Array);
    expect([...packUints([3, 1, 2])]).toEqual([3, 1, 2]);
  });

  it('refuses what would not survive the packing', () => {
    expect(() => packUints([-1])).toThrow(RangeError);
    expect(() => packUints([1.5])).toThrow(RangeError);
    expect(() => packUints([2 ** 32])).toThrow(RangeError);
  });
});

describe('Interner', () => {
  it('numbers each distinct value once, in the order first seen, and keeps its own copy', () => {
    const lists = new Interner<string[], string>((l) => l.join(','), (l) => [...l]);
    const first = ['PL', 'CZ'];
    expect([lists.add(first), lists.add(['UA']), lists.add(['PL', 'CZ'])]).toEqual([0, 1, 0]);
    first.push('DE');
    expect(lists.values).toEqual([['PL', 'CZ'], ['UA']]);
  });
});

describe('FactColumns', () => {
  const data = FactColumns.of({ articles, facts });

  it('gives back every fact as it was given: all types, groups, several spans, odd ids', () => {
    expect(data.size).toBe(facts.length);
    expect(data.toIndex()).toEqual({ articles, facts });
    facts.forEach((f, i) => expect(data.fact(i)).toEqual(f));
  });

  it('builds a new object on each call, so a reader cannot change the columns', () => {
    const f = data.fact(2);
    expect(data.fact(2)).not.toBe(f);
    f.evidence[0]!.start = 99;
    f.groups![0]!.codes.push('LT');
    expect(data.fact(2)).toEqual(facts[2]);
    expect(() => (data.from(0) as string[]).push('DE')).toThrow(TypeError);
  });

  it('reads single fields without building the fact', () => {
    expect(data.type(1)).toBe('quote');
    expect(data.year(1)).toBe(2024);
    expect(data.date(0)).toBe('2022-03-06');
    expect(data.id(0)).toBe('a:arms_shipment:0000abcd');
    expect(data.id(1)).toBe('b:c:quote:ffffffff');
    expect([data.itemCount(0), data.itemName(0, 1), data.itemCategory(0, 1)]).toEqual([2, 'rifles', 'small-arms']);
    expect([data.itemCount(1), data.itemCount(4)]).toEqual([0, 0]);
    expect([data.troops(2), data.qualifier(2), data.unit(2)]).toEqual([300, 'about', null]);
    expect([data.troops(5), data.unit(5), data.troops(0)]).toEqual([null, 'battalion', null]);
    expect([data.speaker(1), data.speaker(0)]).toEqual(['Biden', '']);
    expect(data.firstStart(2)).toBe(20);
    expect(data.groups(2)).toEqual(facts[2]!.groups);
    expect(data.groups(3)).toBeUndefined();
    expect([...data.actorCodes()].sort()).toEqual(['CA', 'CZ', 'EE', 'LV', 'NATO', 'PL', 'UA', 'US']);
  });

  it('shares one stored list among facts with the same actors', () => {
    expect(data.from(4)).toBe(data.from(0));
  });

  it('finds facts by id, also when the article id has a colon or the id is not in the ingest\'s form', () => {
    facts.forEach((f, i) => expect(data.indexOf(f.id)).toBe(i));
    expect(data.indexOf('a:arms_shipment:0000abce')).toBe(-1);
    expect(data.indexOf('a:quote:0000abcd')).toBe(-1);
    expect(data.indexOf('zz:quote:0000abcd')).toBe(-1);
    expect(data.indexOf('')).toBe(-1);
  });

  it('lists an article\'s facts in the data\'s order, whatever order the articles come in', () => {
    expect(data.ofArticle('a')).toEqual([0, 2, 4, 5]);
    expect(data.ofArticle('b:c')).toEqual([1, 3]);
    expect(data.ofArticle('nope')).toEqual([]);
    expect(data.factsAt(data.ofArticle('b:c')).map((f) => f.id)).toEqual(['b:c:quote:ffffffff', 'long-form-id']);
  });

  it('keeps facts whose article is not listed (a rejected or pasted fact)', () => {
    const stray: Fact = { ...facts[3]!, id: 'x:commitment:00000001', articleId: 'x', date: '2023-05-05' };
    const d = FactColumns.of({ articles: [], facts: [stray] });
    expect(d.fact(0)).toEqual(stray);
    expect(d.indexOf(stray.id)).toBe(0);
    expect(d.year(0)).toBe(2023);
  });

  it('holds an empty index', () => {
    const d = FactColumns.of({ articles: [], facts: [] });
    expect(d.size).toBe(0);
    expect(d.toIndex()).toEqual({ articles: [], facts: [] });
    expect(d.indexOf('a:quote:00000001')).toBe(-1);
    expect(allIndexes(3)).toEqual([0, 1, 2]);
  });
});

describe('UintBuffer', () => {
  it('grows past its first room and packs into the narrowest type', () => {
    const b = new UintBuffer(1);
    for (let v = 0; v < 300; v++) b.push(v);
    expect(b.length).toBe(300);
    const packed = b.pack();
    expect(packed).toBeInstanceOf(Uint16Array);
    expect(packed[299]).toBe(299);
    const small = new UintBuffer();
    small.push(7);
    expect(small.pack()).toEqual(new Uint8Array([7]));
    expect(() => small.push(-1)).toThrow(RangeError);
  });
});
