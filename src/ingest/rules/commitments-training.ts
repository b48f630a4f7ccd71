import type { Rule } from '../registry';
import { clauseStart } from '../clause';
import { commitmentDraft, isHypothetical, isNegated, isPossibility } from '../kit';
import { isAlliedHost } from '../../domain/nato-membership';
import { isActor } from '../actors';
import { placesIn, sortedCodes, type Draft, type DocView, type SentenceView } from '../doc';
import { homeActors } from './roles';

/**
 * Training said without a trainee after the verb, which commitment.training and the training-with frame miss.
 * - commitment.training-listed: training as one item of the support a sentence already gives ("support to Ukraine,
 *   including training, equipment and infrastructure", "provided education, training and exercise opportunities to
 *   the Moldovan army"): the same giver trains the same recipient. It needs that earlier fact of the sentence, so a
 *   list of nouns alone ("training and readiness") gives nothing.
 * - commitment.training-together: two parties training together ("Latvia and the Michigan National Guard have trained
 *   together", "Hungarian and U.S. forces conduct joint training"): the article's own side trains with the other. With
 *   only the article's side named ("Our troops will train together"), the one partner a bilateral text is about.
 */

// "training" as a coordinated item, not the head of a longer noun ("training centre", "training of pilots").
const LISTED = /(?:,|\band|\bincluding|\bbut\s+also|\bas\s+well\s+as|\bsuch\s+as|\bwith)\s+(?:(?:military|medical|specialist|specialised|specialized|further|additional|more|technical|tactical)\s+(?:and\s+[a-z]+\s+)?)?training\b(?!\s+(?:of|for|on|in|at|to|exercises?|missions?|programmes?|programs?|cent(?:re|er)s?|areas?|grounds?|facilit(?:y|ies)|ranges?|courses?|bases?|camps?|events?|opportunit(?:y|ies))\b)/gi;
const SUPPORT_RULES = new Set(['commitment.aid', 'troops.assets']);
const SUPPLY = /\b(?:provid\w*|including|includes?|such\s+as|offer\w*|giv\w*|gave|send\w*|sent|deliver\w*|support\w*)\b/g;
/** Where the clause holding `at` begins after a coordinating break (", and", ", while", "; "). */
function lastBreak(text: string, at: number): number {
  let found = 0;
  const re = /;\s|,\s+(?:and|but|while|whereas|as)\s|\s(?:while|whereas)\s/g;
  for (let m = re.exec(text); m && m.index < at; m = re.exec(text)) found = m.index + m[0].length;
  return found;
}

function listedTraining(s: SentenceView, earlier: readonly Draft[]): Draft[] {
  LISTED.lastIndex = 0;
  const m = LISTED.exec(s.text);
  if (!m) return [];
  const at = m.index + m[0].length;
  const given = earlier.find((d) => (d.type === 'arms_shipment' || SUPPORT_RULES.has(d.rule)) && d.from.length && d.to.length);
  if (!given || earlier.some((d) => d.type === 'commitment' && d.kind === 'training')) return [];
  // The list must be the given support's: its clause's first actor is the giver ("while Germany has offered … training",
  // "Russia responded with training" are not), the list after the supply verb names no one else, and it has no trainer
  // of its own ("training by Germany").
  const cs = clauseStart(s, m.index);
  const clause = Math.max(cs, lastBreak(s.text, m.index));
  const actors = s.mentions.filter((x) => isActor(x) && x.start >= clause && x.end <= m.index);
  let first = -1;
  let list = clause;
  SUPPLY.lastIndex = clause;
  for (let v = SUPPLY.exec(s.text); v && v.index < m.index; v = SUPPLY.exec(s.text)) {
    if (first < 0) first = v.index;
    list = v.index + v[0].length;
  }
  const subject = actors.filter((x) => first < 0 || x.end <= first);
  if (subject.length && !subject[0]!.codes.every((c) => given.from.includes(c))) return [];
  const parties = new Set([...given.from, ...given.to]);
  if (actors.some((x) => x.start >= list && !x.codes.every((c) => parties.has(c)))) return [];
  if (/^\s+by\b/.test(s.text.slice(at))) return [];
  if (isNegated(s.text, cs, at)) return [];
  return [commitmentDraft(s, 'commitment.training-listed', 'training', given.from, given.to, given.confidence * 0.85)];
}

const TOGETHER = /\b(?:(?:train(?:s|ed|ing)?|exercis(?:e|es|ed|ing))(?:\s+and\s+(?:train|exercis)\w*)?\s+(?:(?:more|most)\s+)?(?:together|jointly)|(?:conduct\w*|hold\w*|held|do|does|doing|did|carr(?:y|ies|ied|ying)\s+out|hav(?:e|ing)|had)\s+(?:(?:regular|frequent|more|several)\s+)?joint\s+(?:military\s+|combat\s+|field\s+)?(?:training|exercises?|drills))\b/gi;

function trainingTogether(s: SentenceView, doc: DocView, earlier: readonly Draft[]): Draft[] {
  TOGETHER.lastIndex = 0;
  const m = TOGETHER.exec(s.text);
  if (!m) return [];
  const cs = clauseStart(s, m.index);
  if (isNegated(s.text, cs, m.index) || isPossibility(s.text, cs, m.index) || /\bif\b/.test(s.text.slice(cs, m.index))) return [];
  // "trained together with Serbian forces": the partner after "with" is the training-with frame's to read.
  if (/^\s+with\b/.test(s.text.slice(m.index + m[0].length))) return [];
  // The parties: actors of the clause before the verb ("Hungarian and U.S. forces"); "we" and "our" are the speaker's side.
  const named = s.mentions.filter((x) => isActor(x) && x.kind !== 'group' && x.start >= cs && x.end <= m.index);
  const ownSide = /\b(?:we|our)\b/i.test(s.text.slice(cs, m.index)) ? homeActors(s, doc, m.index) : [];
  const parties = [...new Set([...sortedCodes(named), ...ownSide])].filter((c) => c !== 'NATO' && c !== 'EU');
  if (!parties.length) return [];
  // The host is the recipient and the visitors train with it ("U.S. and Bulgarian forces are training together" → US → BG):
  // of two parties, the one the sentence places it in, else the one the text is set in (a visit, a capital), else the one
  // that is not the article's own side. One party other than the article's side trains with that side ("Latvia and the
  // Michigan National Guard have trained together" on a US page → US → LV); the speaker's side alone ("Our troops will train
  // together") trains with the place, the country visited, the one other party a bilateral text is about or the article's.
  const home = doc.home;
  const placed = sortedCodes(placesIn(s).filter((x) => x.kind === 'country'));
  let host: readonly string[];
  let from: readonly string[];
  if (parties.length > 1) {
    const notHome = parties.filter((c) => !home.includes(c));
    host = [placed, doc.visited(s), notHome.length < parties.length ? notHome : []]
      .map((codes) => codes.filter((c) => parties.includes(c))).find((codes) => codes.length === 1) ?? [];
    from = parties.filter((c) => !host.includes(c));
  } else if (!ownSide.length && !home.includes(parties[0]!)) {
    host = parties;
    from = home;
  } else {
    host = [placed, doc.visited(s), doc.partner, home]
      .map((codes) => codes.filter((c) => !parties.includes(c))).find((codes) => codes.length === 1) ?? [];
    from = parties;
  }
  // The host is an ally or a partner applying to join; the visitors never train in the country at war here.
  const to = host.filter((c) => isAlliedHost(c, doc.article.date) && c !== doc.warCountry);
  if (!to.length || !from.length || earlier.some((d) => d.type === 'commitment' && d.kind === 'training' && d.to.join() === to.join())) return [];
  return [commitmentDraft(s, 'commitment.training-together', 'training', from, to, isHypothetical(s.text, cs, m.index) ? 0.45 : 0.7)];
}

export const trainingListedRule: Rule = {
  id: 'commitment.training-listed',
  cues: new Set(['training']),
  run: ({ s, earlier }) => listedTraining(s, earlier),
};

export const trainingTogetherRule: Rule = {
  id: 'commitment.training-together',
  cues: new Set(['together', 'jointly', 'joint']),
  run: ({ s, doc, earlier }) => trainingTogether(s, doc, earlier),
};
