import { describe, expect, it } from 'vitest';
import { arms } from '../test-support';

const WAR = 'Russia\'s invasion of Ukraine is in its third year. ';
const summary = (body: string) => arms(WAR + body).map((f) => ({ from: f.from, to: f.to, items: f.items.map((i) => `${i.name}|${i.category}`) }));

describe('arms packages announced with their contents', () => {
  it('reads a joint package of X worth a sum, sent to the war country', () => {
    const f = arms(WAR + 'Finland and Sweden unveiled a joint package of artillery ammunition worth €300 million.');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ from: ['FI', 'SE'], to: ['UA'] });
    expect(f[0]!.items.map((i) => i.category)).toEqual(['ammunition']);
    expect(f[0]!.confidence).toBeLessThan(0.9);
  });

  it('reads the list after "including" and a named recipient', () => {
    const f = summary('The Netherlands approved a new military aid package including 40 armoured vehicles and drones for Ukraine.');
    expect(f[0]).toMatchObject({ from: ['NL'], to: ['UA'] });
    expect(f[0]!.items.length).toBe(2);
  });

  it('skips money-only packages, negation, possibility and self-recipients', () => {
    expect(summary('Belgium announced a package of €100 million for Ukraine.')).toEqual([]);
    expect(summary('Spain approved a fresh package of humanitarian and military assistance.')).toEqual([]);
    expect(summary('Austria has not announced a package including any weapons or tanks.')).toEqual([]);
    expect(summary('Portugal may unveil a package including howitzers.')).toEqual([]);
    expect(arms('Poland announced a new package including tanks for Poland.').filter((f) => f.to.includes('PL') && f.from.includes('PL'))).toEqual([]);
  });
});
