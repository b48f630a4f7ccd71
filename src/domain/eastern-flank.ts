/**
 * "NATO's Eastern flank" as a fixed list: the eight host nations of the Enhanced Forward Presence
 * (eFP) multinational battlegroups.
 *
 * Source: NATO SHAPE, "NATO's Enhanced Forward Presence" history
 * (https://shape.nato.int/efp). Four battlegroups since 2017 and four more agreed at the
 * extraordinary summit of 24 March 2022 (confirmed at Madrid, June 2022).
 */
export interface EfpBattlegroup {
  /** Host nation, ISO alpha-2. */
  host: string;
  /** Framework nation that leads the battlegroup. */
  framework: string;
  /** Year the battlegroup was established or agreed. */
  since: number;
}

export const EFP_BATTLEGROUPS: readonly EfpBattlegroup[] = [
  { host: 'EE', framework: 'GB', since: 2017 },
  { host: 'LV', framework: 'CA', since: 2017 },
  { host: 'LT', framework: 'DE', since: 2017 },
  { host: 'PL', framework: 'US', since: 2017 },
  { host: 'SK', framework: 'CZ', since: 2022 },
  { host: 'HU', framework: 'HU', since: 2022 },
  { host: 'RO', framework: 'FR', since: 2022 },
  { host: 'BG', framework: 'IT', since: 2022 },
];

/** The Eastern flank: all eFP host nations, sorted. */
export const EASTERN_FLANK: readonly string[] = EFP_BATTLEGROUPS.map((b) => b.host).sort();

export function isEasternFlank(code: string): boolean {
  return EASTERN_FLANK.includes(code);
}

/** The day NATO's extraordinary summit agreed the four new battlegroups (Slovakia, Hungary, Romania, Bulgaria). */
const SECOND_FOUR_AGREED = '2022-03-24';

/** The eFP host nations on a date (YYYY-MM-DD), sorted: four until the March 2022 summit, eight from it. */
export function efpHostsOn(date: string): string[] {
  return EFP_BATTLEGROUPS.filter((b) => b.since < 2022 || date >= SECOND_FOUR_AGREED).map((b) => b.host).sort();
}
