import { isAlliedHost } from '../../domain/nato-membership';
import { clauseStart } from '../clause';
import { placesIn, type DocView, type Draft, type SentenceView } from '../doc';
import { cueWords, isNegated, isPossibility, NO_TROOPS, troopsDraft } from '../kit';
import { alternation } from '../lexicon/verbs';
import { NAMED_UNIT, TROOP_NOUNS, UNIT_NOUNS } from '../lexicon/words';
import type { Rule } from '../registry';

/**
 * A foreign force working with the host's own forces is in the host (rule id troops.alongside): "U.S. Army soldiers
 * from V Corps joined the Estonian Defense Forces", "U.S. Low Altitude Air Defense Marines worked alongside the
 * Finnish Coastal Jägers", "British soldiers trained with their Polish counterparts". The sender is the nation the
 * subject names (or, for a named unit with no nation, the article's own government); the host is the nation of the
 * host's own formation after the verb, when it is an ally or an applicant (Ukrainians trained in Germany are not in
 * Ukraine; "joined British Soldiers" names guests, not a host); fighting alongside is combat elsewhere. A
 * sentence that names a place of another country leaves the reading to the placing rules.
 */

const WITH_VERB = /\b(?:join(?:s|ed|ing)?(?:\s+(?:up\s+)?with)?|(?:work|operat|train|exercis|serv|drill)\w*\s+(?:alongside|side\s+by\s+side\s+with|together\s+with|with)|partner(?:s|ed|ing)?\s+with|team(?:s|ed|ing)?\s+up\s+with|integrat\w*\s+(?:into|with))\s+(?:the\s+|their\s+|its\s+)?/gi;
/**
 * What the host's own formations are called after their nation: "Estonian Defense Forces", "Finnish Coastal Jägers",
 * "Polish counterparts" (not bare "soldiers": "British Soldiers" beside U.S. ones may both be guests of a third country).
 */
const HOST_FORCE = /^(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){0,3}?(?:[Dd]efen[cs]e\s+(?:[Ff]orces|[Ll]eague)|[Aa]rmed\s+[Ff]orces|[Ll]and\s+[Ff]orces|[Aa]rmy|[Nn]avy|[Aa]ir\s+[Ff]orce|counterparts|hosts|[Jj](?:ä|ae)gers|[Aa]rtillery|[Bb]attalion|[Bb]rigade|[Rr]egiment|[Uu]nits?)\b/;
// Case-insensitive nouns, but a named unit is read case-sensitively ("3rd day" is no "3rd Division").
const FORCE_NOUN = new RegExp(String.raw`\b(?:${alternation([...TROOP_NOUNS, ...UNIT_NOUNS.flatMap((u) => [u, `${u}s`])])})\b`, 'i');
const NAMED = new RegExp(String.raw`${NAMED_UNIT}|\bTask\s+Force\s+[A-Z]`);

function alongside(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  const date = doc.article.date;
  WITH_VERB.lastIndex = 0;
  for (let m = WITH_VERB.exec(s.text); m; m = WITH_VERB.exec(s.text)) {
    const end = m.index + m[0].length;
    const host = s.mentions.find((x) => x.start >= end && x.start - end <= 4 && (x.kind === 'adjective' || x.kind === 'country' || x.kind === 'people') && x.codes.length === 1);
    if (!host || !HOST_FORCE.test(s.text.slice(host.end, host.end + 60))) continue;
    const to = host.codes[0]!;
    if (!isAlliedHost(to, date)) continue;
    const cs = clauseStart(s, m.index);
    const subject = s.text.slice(cs, m.index);
    if ((!FORCE_NOUN.test(subject) && !NAMED.test(subject)) || isNegated(s.text, cs, m.index) || isPossibility(s.text, cs, m.index)) continue;
    // The subject's own nation ("U.S. Army soldiers", "Dutch Marines"); a named unit with none is the article's.
    const nations = s.mentions.filter((x) => x.start >= cs && x.end <= m!.index && (x.kind === 'adjective' || x.kind === 'country' || x.kind === 'people') && x.codes.length === 1);
    const from = nations.length ? [nations[0]!.codes[0]!] : NAMED.test(subject) ? [...doc.home] : [];
    // Trainees of the country at war are trained, not deployed (a training commitment reads them).
    if (from.length !== 1 || from[0] === to || from[0] === doc.warCountry) continue;
    if (placesIn(s).some((p) => p.kind !== 'org' && p.kind !== 'group' && !p.codes.includes(to))) continue;
    out.push(troopsDraft(s, 'troops.alongside', from, [to], NO_TROOPS, 0.7));
  }
  return out;
}

export const troopsAlongsideRule: Rule = {
  id: 'troops.alongside',
  cues: cueWords(['joined', 'join', 'joins', 'joining', 'alongside', 'worked', 'working', 'works', 'operated', 'operating', 'operates', 'trained', 'training', 'trains', 'train', 'exercised', 'exercising', 'served', 'serving', 'serves', 'drilled', 'drilling', 'partnered', 'partnering', 'teamed', 'teaming', 'integrated', 'integrating']),
  run: ({ s, doc }) => alongside(s, doc),
};
