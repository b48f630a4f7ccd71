import { NATO_ACCESSION, isNatoMember } from '../domain/nato-membership.ts';
import { yearList } from './summary.ts';

/**
 * One sentence on an actor's NATO membership in the years shown, judged on each year's reference
 * date (its latest article). Years read as a person writes them: "NATO member in 2022–2025".
 */
export function natoStatus(code: string, dates: readonly string[]): string {
  if (code === 'NATO') return 'The alliance itself.';
  if (code === 'EU') return 'The European Union (not a NATO body).';
  const joined = NATO_ACCESSION[code];
  if (!joined || dates.length === 0) return 'Not a NATO member.';
  const years = dates.map((d) => Number(d.slice(0, 4)));
  const memberIn = dates.filter((d) => isNatoMember(code, d)).map((d) => Number(d.slice(0, 4)));
  if (memberIn.length === 0) return `Not a NATO member in ${yearList(years, 'or')} (joined ${joined}).`;
  if (memberIn.length === dates.length) return `NATO member in ${yearList(years)} (since ${joined.slice(0, 4)}).`;
  return `Joined NATO on ${joined}: a member in ${yearList(memberIn)}, not yet in ${yearList(years.filter((y) => !memberIn.includes(y)))}.`;
}
