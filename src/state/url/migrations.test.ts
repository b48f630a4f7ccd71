import { describe, expect, it } from 'vitest';
import { OLD_LINK_FIXTURES } from './fixtures.ts';
import { alpha3ToActor, migrateParams, MIGRATIONS } from './migrations.ts';
import { readUrl } from './read-url.ts';
import { testContext } from './test-context.ts';
import { writeUrl } from './write-url.ts';

const ctx = testContext();

describe('old links', () => {
  it.each(OLD_LINK_FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, f) => {
    const { state, notices } = readUrl(f.link, ctx);
    expect(state).toEqual(f.expected);
    expect(notices.map((n) => n.param)).toEqual(f.noticed);
    // Reading an old link and writing it gives a v1 link that reads to the same state.
    expect(readUrl(writeUrl(state, ctx), ctx)).toEqual({ state: f.expected, notices: [] });
  });
});

describe('migrations', () => {
  it('are ordered by version and pure', () => {
    const froms = MIGRATIONS.map((m) => m.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
    const input = new Map([['c', 'EST']]);
    const out = migrateParams(input, 0);
    expect(input.get('c')).toBe('EST');
    expect(out.get('country')).toBe('EE');
    expect(out.has('c')).toBe(false);
  });

  it('do not touch current links', () => {
    const input = new Map([['c', 'EST'], ['v', '1']]);
    expect(migrateParams(input, 1)).toBe(input);
  });

  it('leave v1 forms unchanged when applied to a link without v', () => {
    const v1 = new Map([['country', 'EE'], ['years', '2022,2024'], ['view', '6/58.6/25.5'], ['embed', '1']]);
    expect(migrateParams(v1, 0)).toEqual(v1);
  });

  it('map alpha-3 codes, including allies outside the extent', () => {
    expect(alpha3ToActor('est')).toBe('EE');
    expect(alpha3ToActor('UKR')).toBe('UA');
    expect(alpha3ToActor('CAN')).toBe('CA');
    expect(alpha3ToActor('__proto__')).toBeNull();
    expect(alpha3ToActor('ZZZ')).toBeNull();
  });
});
