import type { Draft, SentenceView } from '../doc';
import { peopleView } from '../discourse';
import { cueWords } from '../kit';
import { PERSON_NAME_OR_SURNAME, TIME_ADVERBIAL } from '../lexicon/words';
import type { Rule } from '../registry';
import { TITLE_WORDS } from './quote-patterns';
import { speakerOf, titledBefore } from './quote-speakers';
import { cleanQuoteText, quoteWithTo } from './quote-text';

/**
 * quote.preview: a release saying what a named official *will* say that day ("the Foreign Secretary will
 * reiterate …", "He will also underline …", "Minister X will call on Allies to …") is an indirect quote of
 * that official (guideline, dev3 section). The verbs are the speech verbs such releases use; what follows
 * up to the end of the clause is the reported content.
 */
const PREVIEW_VERB = String.raw`(?:reiterate|reaffirm|underline|underscore|stress|emphasi[sz]e|highlight|call\s+on|call\s+for|urge|set\s+out|outline|make\s+clear|warn|say|announce|confirm|tell|recogni[sz]e)`;
const LEAD = String.raw`(?:^|[.;:]\s+|,\s+(?:and\s+)?|\band\s+)`;
// "will (today) confirm", "is expected to announce", "is set to emphasise": what a release says its minister will say.
const WILL = String.raw`\s+(?:will|(?:is|are)\s+(?:(?:also|now)\s+)?(?:expected|set|due|going)\s+to)\s+(?:(?:also|then|later|further|${TIME_ADVERBIAL})\s+)*(${PREVIEW_VERB})\b`;
const PREVIEW_TITLE = new RegExp(String.raw`${LEAD}the\s+(${TITLE_WORDS})${WILL}`, 'iu');
// "Defence Secretary Grant Shapps will today confirm …": the name may follow its title.
const PREVIEW_NAME = new RegExp(String.raw`${LEAD}(?:(?:UK|U\.S\.|US|British|American)\s+)?(?:(?:Defen[cs]e|Foreign|Prime|Home|Deputy|Armed\s+Forces)\s+)?(?:Secretary|Minister|President|Chancellor|Ambassador)?\s*(${PERSON_NAME_OR_SURNAME}|[Hh]e|[Ss]he)${WILL}`, 'u');

function preview(s: SentenceView, input: Parameters<Rule['run']>[0]): Draft[] {
  const { doc, state, earlier } = input;
  const titled = PREVIEW_TITLE.exec(s.text);
  const m = titled ?? PREVIEW_NAME.exec(s.text);
  if (!m) return [];
  const people = peopleView(doc.people, state);
  const at = m.index + m[0].indexOf(m[1]!);
  const speaker = titled ? titledBefore(m[1]!, s, doc, people, at) : speakerOf(m[1]!, s, doc, people, state.lastPerson, at);
  if (!speaker || earlier.some((d) => d.type === 'quote' && d.speaker === speaker.name)) return [];
  const from = m.index + m[0].length;
  const rest = s.text.slice(from);
  const stop = rest.search(/;|\s[—–]\s|[.!?]["”]?\s*$/);
  const to = from + (stop >= 0 ? stop : rest.length);
  const text = cleanQuoteText(s.text.slice(from, to));
  if (text.split(/\s+/).length < 3) return [];
  // "call on Allies to …": the object of the verb is whom the words are addressed to, when it names actors.
  const objectAt = /^(?:call\s+on|urge|tell)/.test(m[2]!) ? from : null;
  return [quoteWithTo(s, 'quote.preview', speaker, text, false, from, to, objectAt, 0.7, doc)];
}

export const quotePreviewRule: Rule = {
  id: 'quote.preview',
  cues: cueWords(['will', 'expected', 'set', 'due', 'going']),
  run: (input) => (/ (?:will|expected to|set to|due to|going to) /.test(input.s.text) ? preview(input.s, input) : []),
};
