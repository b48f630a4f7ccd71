import { EASTERN_FLANK } from './eastern-flank.ts';
import { natoMembersOn } from './nato-membership.ts';

/**
 * Groups of countries people search for by their group name ("Baltic states", "Nordic"). Fixed
 * lists are spelled out here; "NATO members bordering Russia or Belarus" depends on the date and
 * is worked out from land borders and accession dates, the same basis the ingest uses.
 */
export interface CountryGroup {
  name: string;
  /** Other names it goes by; matched like the name. */
  aliases: readonly string[];
  /** Members as ISO alpha-2 codes, for the date the map is judged on. */
  members(ctx: GroupContext): string[];
  /** What the list rests on when it is worked out rather than fixed. */
  basis(ctx: GroupContext): string | null;
}

export interface GroupContext {
  /** Land neighbours by ISO code, from the boundaries. */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** YYYY-MM-DD: membership is judged on this date. */
  date: string;
}

const fixed = (name: string, aliases: readonly string[], codes: readonly string[]): CountryGroup => ({
  name,
  aliases,
  members: () => [...codes],
  basis: () => null,
});

/** NATO members on `date` with a land border with Russia or Belarus (Kaliningrad counts: it is Russia). */
export function natoMembersBordering(ctx: GroupContext, countries: readonly string[] = ['RU', 'BY']): string[] {
  return natoMembersOn(ctx.date).filter((m) => countries.some((c) => ctx.neighbours.get(m)?.has(c)));
}

export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  fixed('Baltic states', ['Baltics', 'Baltic countries', 'Baltic nations'], ['EE', 'LV', 'LT']),
  fixed('Nordic countries', ['Nordics', 'Nordic states'], ['DK', 'FI', 'IS', 'NO', 'SE']),
  fixed('Scandinavia', ['Scandinavian countries'], ['DK', 'NO', 'SE']),
  fixed('Visegrád Group', ['V4', 'Visegrad four'], ['CZ', 'HU', 'PL', 'SK']),
  // Source: NATO SHAPE, eFP battlegroup host nations (see eastern-flank.ts).
  fixed('Eastern flank (eFP host nations)', ['Eastern flank', 'Enhanced Forward Presence hosts', 'eFP'], EASTERN_FLANK),
  {
    name: 'NATO members bordering Russia or Belarus',
    aliases: ['NATO members bordering Russia', 'NATO members bordering Belarus', 'Member states bordering Russia and Belarus', 'Frontline states'],
    members: (ctx) => natoMembersBordering(ctx),
    basis: (ctx) => `land borders and NATO membership on ${ctx.date}`,
  },
];
