import { describe, expect, it } from 'vitest';
import { syntheticArticles } from './synthetic-corpus';
import { ingestArticles } from '../src/ingest/ingest';
import { NEIGHBOURS } from '../src/ingest/test-support';

describe('synthetic corpus', () => {
  const articles = syntheticArticles(60);
  const text = articles.map((a) => a.content).join('\n');

  it('is deterministic for a given count', () => {
    expect(syntheticArticles(60)).toEqual(articles);
  });

  it('writes the articles/ header with dates from 2022 to 2025', () => {
    for (const a of articles) {
      const m = /^ date (\d{4}-\d{2}-\d{2})\n/.exec(a.content);
      expect(m).not.toBeNull();
      expect(m![1]! >= '2022-03-01' && m![1]! <= '2025-06-30').toBe(true);
    }
  });

  it('never glues one weapon name onto another ("Nrtillery")', () => {
    for (const m of text.matchAll(/(?:^|\. )([A-Z][\w-]*(?: [\w-]+)*?) (?:is|are) being sent (?:to Ukraine )?by/gm)) {
      expect(m[1]).toMatch(/^(?:Javelin|Stinger|NLAWs|Howitzers|Artillery|Leopard|Armoured|Sniper|Machine|Ammunition|Drones|Helmets|IRIS-T|HIMARS|Mortars|Anti-tank|Patriot|155mm|Bradley|F-16)/);
    }
  });

  it('sends arms to Ukraine only, and troops to an eastern ally other than the sender', () => {
    expect(text).not.toMatch(/(?:sending|sent|send|supplying|delivered|donating|pledged|shipping|handed over|provide) [^.]* to Russia\b/);
    for (const m of text.matchAll(/(\w[\w ]*?) is deploying [^.]* troops to ([\w' ]+)\./g)) expect(m[2]).not.toBe(m[1]);
  });

  it('has support voiced by allies only: no quoted pledge or assurance from Moscow, Minsk or Beijing', () => {
    const big = syntheticArticles(400).map((a) => a.content).join('\n');
    expect(big).not.toMatch(/(?:Jinping|Putin|Lukashenko|Lavrov|Peskov|Shoigu)(?: said| has assured)/);
    expect(big).not.toMatch(/(?:Chinese|Russian|Belarusian) [^."]*has assured/);
  });

  it('agrees its verbs with mass nouns ("Ammunition is being sent")', () => {
    expect(text).not.toMatch(/\bAmmunition are\b/);
    expect(syntheticArticles(400).map((a) => a.content).join('\n')).toMatch(/\bAmmunition is being sent to Ukraine by\b/);
  });

  it('reads, once ingested, as arms for Ukraine: none go to Russia or Belarus', () => {
    const r = ingestArticles(articles, { neighbours: NEIGHBOURS });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const arms = r.dataset.facts.filter((f) => f.type === 'arms_shipment');
    expect(arms.length).toBeGreaterThan(60);
    expect(arms.filter((f) => f.to.includes('RU') || f.to.includes('BY'))).toEqual([]);
    expect(arms.filter((f) => f.to.includes('UA')).length).toBeGreaterThan(arms.length * 0.97);
  });
});
