import { describe, expect, it } from 'vitest';
import type { Boundaries } from '../geo/boundaries.ts';
import { actorName, fold, matchActors, searchActors, searchGroups, type ActorInfo } from './actors.ts';

const opt = (code: string, name: string): ActorInfo => ({ code, name, kind: 'country' });
const options = [opt('EE', 'Estonia'), opt('MK', 'North Macedonia'), opt('TR', 'Türkiye'), opt('NO', 'Norway'), opt('PL', 'Poland'), opt('PT', 'Portugal'), opt('MT', 'Malta')];

describe('matchActors', () => {
  it('ranks names starting with the query before names containing a word that does', () => {
    expect(matchActors(options, 'mac').map((o) => o.code)).toEqual(['MK']);
    expect(matchActors(options, 'ma').map((o) => o.code)).toEqual(['MT', 'MK']);
    expect(matchActors(options, 'way').map((o) => o.code)).toEqual(['NO']);
  });

  it('ignores case and accents', () => {
    expect(matchActors(options, 'TURKIYE').map((o) => o.code)).toEqual(['TR']);
    expect(fold('Česko ')).toBe('cesko');
  });

  it('finds a country by its code', () => {
    expect(matchActors(options, 'ee').map((o) => o.code)).toEqual(['EE']);
  });

  it('lists everything for an empty query, up to the limit', () => {
    expect(matchActors(options, '  ', 3)).toHaveLength(3);
  });

  it('returns nothing for a query no name holds', () => {
    expect(matchActors(options, 'atlantis')).toEqual([]);
  });
});

describe('actorName', () => {
  it('names organisations and off-map countries', () => {
    expect(actorName('NATO')).toBe('NATO');
    expect(actorName('EU')).toBe('European Union');
    expect(actorName('US')).toBe('United States');
  });
});

describe('searchActors', () => {
  const more = [...options, opt('PS', 'Palestine'), opt('LV', 'Latvia'), opt('LT', 'Lithuania'), { code: 'NATO', name: 'NATO', kind: 'offmap' as const }];
  const baltic = { name: 'Baltic states', aliases: ['Baltics'], members: [opt('EE', 'Estonia'), opt('LV', 'Latvia'), opt('LT', 'Lithuania')], basis: null };
  const bordering = { name: 'NATO members bordering Russia or Belarus', aliases: ['NATO members bordering Russia'], members: [opt('NO', 'Norway'), opt('PL', 'Poland')], basis: 'land borders and NATO membership on 2022-03-06' };
  const groups = [baltic, bordering];
  const labels = (q: string, activity = new Map<string, number>()) =>
    searchActors(more, groups, q, activity).map((e) => (e.kind === 'actor' ? e.actor.name : `[${e.group.name}: ${e.group.members.map((m) => m.name).join(', ')}]`));

  it('ranks prefix matches first: "Est" gives Estonia before Palestine', () => {
    expect(labels('Est')).toEqual(['Estonia', 'Palestine']);
  });

  it('offers a group with its members for its name, an alias or a longer phrase', () => {
    expect(labels('Baltic')).toEqual(['[Baltic states: Estonia, Latvia, Lithuania]']);
    expect(labels('baltics')).toEqual(['[Baltic states: Estonia, Latvia, Lithuania]']);
    expect(labels('NATO members bordering Russia')).toEqual(['[NATO members bordering Russia or Belarus: Norway, Poland]']);
    expect(labels('nato')).toEqual(['NATO', '[NATO members bordering Russia or Belarus: Norway, Poland]']);
  });

  it('returns nothing for a query nothing matches (the box then says "No match")', () => {
    expect(labels('atlantis')).toEqual([]);
  });

  it('offers the busiest actors for an empty query, not the alphabet', () => {
    expect(labels('', new Map([['NATO', 10], ['EE', 4], ['PL', 4], ['TR', 0]]))).toEqual(['[Most reported in the years shown: NATO, Estonia, Poland]']);
    expect(labels('')).toEqual([]);
  });
});

describe('searchGroups', () => {
  it('works out NATO members bordering Russia or Belarus on the date, Finland only after it joined', () => {
    const neighbours = new Map<string, Set<string>>([
      ['NO', new Set(['RU', 'SE', 'FI'])], ['FI', new Set(['RU', 'NO', 'SE'])], ['EE', new Set(['RU', 'LV'])], ['LV', new Set(['RU', 'BY', 'EE', 'LT'])],
      ['LT', new Set(['RU', 'BY', 'LV', 'PL'])], ['PL', new Set(['RU', 'BY', 'UA', 'DE'])], ['DE', new Set(['PL'])], ['UA', new Set(['RU', 'BY', 'PL'])],
    ]);
    const boundaries = { countries: new Map(), neighbours } as unknown as Boundaries;
    const find = (date: string) => searchGroups(boundaries, date).find((g) => g.name.startsWith('NATO members'))!;
    expect(find('2022-03-06').members.map((m) => m.code)).toEqual(['EE', 'LV', 'LT', 'NO', 'PL']);
    expect(find('2022-03-06').basis).toBe('land borders and NATO membership on 2022-03-06');
    expect(find('2024-03-24').members.map((m) => m.code)).toEqual(['EE', 'FI', 'LV', 'LT', 'NO', 'PL']);
  });
});
