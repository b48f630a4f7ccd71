import { describe, expect, it } from 'vitest';
import { actorName, fold, matchActors, type ActorInfo } from './actors.ts';

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
