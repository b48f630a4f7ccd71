/**
 * NATO accession dates for all 32 members, used to resolve phrases like "member states bordering
 * Russia" as of an article's date.
 *
 * Source: NATO, "NATO member countries" (https://www.nato.int/cps/en/natohq/topics_52044.htm),
 * dates of deposit of the instruments of accession. Founding members: 1949-08-24 (entry into force
 * of the North Atlantic Treaty).
 */
export const NATO_ACCESSION: Readonly<Record<string, string>> = {
  BE: '1949-08-24', CA: '1949-08-24', DK: '1949-08-24', FR: '1949-08-24', IS: '1949-08-24',
  IT: '1949-08-24', LU: '1949-08-24', NL: '1949-08-24', NO: '1949-08-24', PT: '1949-08-24',
  GB: '1949-08-24', US: '1949-08-24',
  GR: '1952-02-18', TR: '1952-02-18',
  DE: '1955-05-06',
  ES: '1982-05-30',
  CZ: '1999-03-12', HU: '1999-03-12', PL: '1999-03-12',
  BG: '2004-03-29', EE: '2004-03-29', LV: '2004-03-29', LT: '2004-03-29', RO: '2004-03-29',
  SK: '2004-03-29', SI: '2004-03-29',
  AL: '2009-04-01', HR: '2009-04-01',
  ME: '2017-06-05',
  MK: '2020-03-27',
  FI: '2023-04-04',
  SE: '2024-03-07',
};

/** True when `code` was a NATO member on `date` (YYYY-MM-DD; string order is date order). */
export function isNatoMember(code: string, date: string): boolean {
  const joined = NATO_ACCESSION[code];
  return joined !== undefined && joined <= date;
}

/** ISO alpha-2 codes of the members on `date`, sorted. */
export function natoMembersOn(date: string): string[] {
  return Object.keys(NATO_ACCESSION).filter((c) => isNatoMember(c, date)).sort();
}

/**
 * Countries that applied to join on the given day (Finland and Sweden, 18 May 2022): from then on allied forces
 * deploy and exercise there as on members' soil, and news reports those deployments the same way.
 */
export const NATO_APPLICATION: Readonly<Record<string, string>> = { FI: '2022-05-18', SE: '2022-05-18' };

/** A country allied forces are reported deploying to on `date`: a member, or an applicant after applying. */
export function isAlliedHost(code: string, date: string): boolean {
  if (isNatoMember(code, date)) return true;
  const applied = NATO_APPLICATION[code];
  return applied !== undefined && applied <= date;
}

/** The alliance, the EU or a member on `date`: the side that supports the country at war in this corpus. */
export function isAllianceSide(code: string, date: string): boolean {
  return code === 'NATO' || code === 'EU' || isNatoMember(code, date);
}
