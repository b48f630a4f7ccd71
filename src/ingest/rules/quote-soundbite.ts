import { isActor } from '../actors';
import { sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { quoteDraft } from '../kit';
import { officialNamed, TITLE_WORD, type Person } from '../people';
import { DEMONYMS } from '../lexicon/countries';
import type { PeopleView } from '../discourse';
import { personIn } from './quote-speakers';
import { blockQuote } from './quote-text';

/**
 * quote.soundbite: a broadcast script's speaker label over their words ("((Jen Psaki, White House Press Secretary))" and
 * then "“While we can't get into the mind of President Putin …”"). The lines up to the next label are the speaker's own
 * words (a direct quote; evidence: the label). Production labels (NARRATOR, ANCHOR, INTRO, CG, a link) name no speaker.
 */

// The label alone on its line, or (in a copy whose line breaks were lost) before the words: "((Maj. X, U.S. Army)) “The …”".
const LABEL = /^\(\(\s*((?:[^()]|\([^()]*\))+?)\s*\)\)(?:$|\s+(?=["“]))/;
const PRODUCTION = /^(?:NARRATOR|ANCHOR|INTRO|OUTRO|CG|SOT|NATS?|TRT|TAG|STAND-?UP|REPORTER|VO|SOUNDBITES?|BITES?|MUSIC|COURTESY|EDITOR|VIDEO|GRAPHICS?|MAP|FILE|UPSOUND|SIGN-?OFF|PKG|BREAK|SKYPE|ZOOM|END|TEASE|PHOTO|SOURCE)\b|^https?:|:\s*$/i;
/** Labels of a reporter, a crowd or a group rather than a person speaking ("((Henry Ridgwell, VOA News, Warsaw))"). */
const NOT_A_SPEAKER = /\b(?:VOA|News|Reporting|Residents|Citizens|People|Soldiers|Troops|Protesters|Officials|Crowd|Voices?)\b/;
/** Organisations written before a titled name ("NATO Secretary General …"); nationalities are the lexicon's DEMONYMS. */
const ORG_TOKEN = /^(?:NATO|EU|UN|U\.S\.|US|UK|U\.K\.|White|House|Pentagon|State|Department)$/;
/** Titles that belong to a US Congress member, when the label names no country. */
const CONGRESS = /^(?:Rep\.|Sen\.|Representative|Senator|Congressman|Congresswoman)\s/;
const MAX_LINES = 6;

/** The person a label names: its name with titles before it stripped, its role after the first comma. */
function labelled(text: string): Person | null {
  const [head, ...rest] = text.split(',');
  if (NOT_A_SPEAKER.test(text)) return null;
  const tokens = head!.trim().split(/\s+/);
  let i = 0;
  while (i < tokens.length - 1 && (TITLE_WORD.test(tokens[i]!) || DEMONYMS.has(tokens[i]!) || ORG_TOKEN.test(tokens[i]!) || /^[A-Z][a-z]{0,4}\.$/.test(tokens[i]!))) i++;
  const name = tokens.slice(i).join(' ');
  // A speaker is a name of two to four capitalised words.
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(name)) return null;
  const role = rest.join(',').replace(/\([^()]*\)/g, '').trim() || (i > 0 ? tokens.slice(0, i).join(' ') : null);
  return { name, role, from: [] };
}

export function soundbiteQuote(s: SentenceView, doc: DocView, people: PeopleView): Draft[] {
  const label = LABEL.exec(s.text);
  if (!label || PRODUCTION.test(label[1]!)) return [];
  const written = labelled(label[1]!);
  if (!written) return [];
  const known = personIn(s, people, 0, s.text.length);
  const named = known && known.name.endsWith(written.name.split(' ').pop()!) ? known : null;
  const official = officialNamed(written.name)?.offices[0]?.actor;
  let from: readonly string[] = named?.from.length ? named.from : official ? [official] : [];
  if (!from.length) from = sortedCodes(s.mentions.filter((m) => isActor(m) && m.kind !== 'group'));
  if (!from.length && CONGRESS.test(label[1]!)) from = ['US'];
  if (!from.length && written.role && doc.home.length === 1) from = doc.home;
  const inline = s.text.slice(label[0].length).trim();
  const words: Array<{ text: string; mentions: SentenceView['mentions']; offset: number; paragraph: number }> = inline ? [{ text: s.text, mentions: s.mentions.filter((m) => m.start >= label[0].length), offset: label[0].length, paragraph: s.paragraph }] : [];
  for (let i = s.index + 1; i < doc.sentences.length && words.length < MAX_LINES; i++) {
    const x = doc.sentences[i]!;
    // The words may start the next paragraph ("((Name))", a blank line, "“…”"), and end where their paragraph does.
    const paragraph = words.length ? words[words.length - 1]!.paragraph : s.paragraph;
    if (x.heading || x.text.startsWith('((') || (x.paragraph !== paragraph && (words.length > 0 || x.paragraph !== s.paragraph + 1))) break;
    words.push({ text: x.text, mentions: x.mentions, offset: 0, paragraph: x.paragraph });
  }
  if (!words.length) return [];
  const speaker: Person = { name: named?.name ?? written.name, role: written.role, from: [...from] };
  const { text, to } = blockQuote(words, from);
  return [quoteDraft(s, 'quote.soundbite', speaker, text, true, to, 0.8)];
}
