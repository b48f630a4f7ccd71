import { isActor } from '../actors';
import type { SentenceView } from '../doc';
import type { Person } from '../people';
import { HEDGES, TROOP_NOUNS, UNIT_NOUNS } from '../lexicon/words';
import { alternation } from '../lexicon/verbs';

/**
 * A government title that names no country ("Defence Minister Sébastien Lecornu", "government
 * spokesman Steffen Hebestreit") is resolved only when the speaker reports their own
 * government's act: the reported clause opens with one country as its subject and a finite verb
 * ("France has not yet decided …", "Berlin will initially provide …"). Countries at war are left
 * out, because officials of every side talk about what Russia or Ukraine does; otherwise the
 * speaker keeps `from: []`. The answer is stored on the person, so "he added" agrees.
 */

const GOVERNMENT_ROLE = /\b(?:minister|spokes(?:man|woman|person)|chancellor|president|premier|government)\b/i;
const SUBJECT_GAP = /^\s*(?:the\s+)?$/i;
// "About 1,000 Dutch troops will be deployed …": a counted force named by its demonym is the clause's subject too.
const COUNTED_GAP = new RegExp(`^\\s*(?:(?:${alternation(HEDGES)})\\s+|an?\\s+|the\\s+)?(?:\\d[\\d,.]*\\s+(?:more\\s+|additional\\s+)?|(?:more|additional)\\s+)?$`, 'i');
const FORCE_AFTER = new RegExp(`^\\s+(?:${alternation([...TROOP_NOUNS, ...UNIT_NOUNS.map((u) => `${u}s`), ...UNIT_NOUNS])})\\b`, 'i');
const FINITE_NEXT = /^\s+(?:(?:also|now|already|still|not|initially|soon)\s+)*(?:has|have|had|is|are|was|were|will|would|can|could|must|should|did|does|plans?|intends?|wants?|[a-z]{3,}ed)\b/;
const PARTIES = new Set(['RU', 'BY', 'UA']);

/** The speaker, with a country settled from the reported clause when the title gave none (a new object; the input is not changed). */
export function settleGovernmentCountry(s: SentenceView, from: number, to: number, speaker: Person): Person {
  if (speaker.from.length || !speaker.role || !GOVERNMENT_ROLE.test(speaker.role)) return speaker;
  const first = s.mentions.find((m) => m.start >= from && m.end <= to && isActor(m));
  if (!first || first.kind === 'org' || first.codes.length !== 1) return speaker;
  const gap = s.text.slice(from, first.start);
  let verbAt = first.end;
  if (!SUBJECT_GAP.test(gap)) {
    const force = first.kind === 'country' || first.kind === 'adjective' ? FORCE_AFTER.exec(s.text.slice(first.end, first.end + 40)) : null;
    if (!force || !COUNTED_GAP.test(gap)) return speaker;
    verbAt = first.end + force[0].length;
  }
  if (!FINITE_NEXT.test(s.text.slice(verbAt, verbAt + 60))) return speaker;
  if (PARTIES.has(first.codes[0]!)) return speaker;
  return { ...speaker, from: [first.codes[0]!] };
}
