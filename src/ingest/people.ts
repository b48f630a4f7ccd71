import { findMentions, type ActorContext } from './actors';
import { OFFICIALS, officeOn, type Office, type Official } from './lexicon/officials';
import { MILITARY_RANK, PERSON_NAME, SERVICE_BEFORE_RANK } from './lexicon/words';
import { eachAnchoredMatch, type StartWindow } from './anchored-scan';
import { capitalWidth, isSpaceCode, splitOnSpace } from './chars';
import { alternation } from './lexicon/verbs';
import { flatCopy } from './flat-text';

/**
 * The people an article names, with the role and country its text gives them: "US Ambassador to
 * NATO, Julianne Smith" → role "US Ambassador to NATO", country US. Later surnames ("Smith") resolve
 * to the full name.
 */
export interface Person {
  name: string;
  role: string | null;
  from: string[];
}

/** Officials by every spelling of their full name, and by surname where only one official has it. */
const OFFICIAL_BY_NAME = new Map<string, Official>();
const OFFICIAL_BY_SURNAME = new Map<string, Official | null>();
for (const o of OFFICIALS) {
  for (const n of [o.name, ...o.aliases]) {
    OFFICIAL_BY_NAME.set(n, o);
    const sn = surnameOf(n);
    const had = OFFICIAL_BY_SURNAME.get(sn);
    OFFICIAL_BY_SURNAME.set(sn, had === undefined || had === o ? o : null);
  }
}

/** Every spelling of every official's name, by surname (a constant table built once from the lexicon). */
const OFFICIAL_SURNAMES = new Map<string, string[]>();
for (const o of OFFICIALS) for (const n of [o.name, ...o.aliases]) OFFICIAL_SURNAMES.set(surnameOfName(n), [...(OFFICIAL_SURNAMES.get(surnameOfName(n)) ?? []), n]);

function surnameOfName(name: string): string {
  return surnameOf(name);
}

/** The last name of a full name, skipping generational suffixes ("Lloyd J. Austin III" → "Austin"). */
export function surnameOf(name: string): string {
  const words = splitOnSpace(name.includes(',') ? name.replace(/,/g, '') : name);
  while (words.length > 1 && /^(?:Jr\.?|Sr\.?|II|III|IV|MP)$/.test(words[words.length - 1]!)) words.pop();
  return words[words.length - 1]!;
}

/** The person whose surname `text` writes last, or null when it writes none of theirs (who "he said" is). */
export function lastNamedIn(text: string, people: readonly Person[]): Person | null {
  let best: Person | null = null;
  let bestAt = -1;
  for (const p of people) {
    const at = text.lastIndexOf(surnameOf(p.name));
    if (at > bestAt) [best, bestAt] = [p, at];
  }
  return best;
}

/** A known official by full name, or by a surname that only one official has. */
export function officialNamed(written: string): Official | null {
  // "Joseph R. Biden, Jr.": a generational suffix is no part of the name the lexicon lists.
  const name = written.replace(/,?\s+(?:Jr|Sr)\.?$/, '');
  return OFFICIAL_BY_NAME.get(name) ?? (name.includes(' ') ? OFFICIAL_BY_NAME.get(withoutInitials(name)) ?? null : OFFICIAL_BY_SURNAME.get(name) ?? null);
}

/** "Antony J. Blinken" → "Antony Blinken": middle initials are no part of the name the lexicon lists. */
function withoutInitials(name: string): string {
  return name.replace(/\s+\p{Lu}\.(?=\s)/gu, '');
}

/** The office the official named `name` held on `date` (dated, as in PETRARCH's actor dictionaries). */
function knownOffice(name: string, date: string): Office | null {
  const o = officialNamed(name);
  return o ? officeOn(o, date) : null;
}

/** A title's head word: every title holds one, after any modifiers ("Deputy", "Foreign") and before any "of …". */
const TITLE_HEAD = String.raw`(?:President|Minister|secretary|Chancellor|Premier|Secretary(?:[- ]General)?|Ambassador|Spokes(?:man|woman|person)|General|Gen\.|Admiral|Adm\.|Commander|Chief of Staff|Chief of Mission|Charg[ée] d['’]Affaires|King|Queen|Senator|Sen\.|Representative|Rep\.|Governor|Mayor|Chair(?:man|woman)?|Head|Envoy|Commissioner|Colonel|Col\.|Lt\. Gen\.|Maj\. Gen\.|Representative|Leader|spokes(?:man|woman|person)|minister|ambassador|envoy|commander|adviser|advisor|chief)`;
const TITLE = String.raw`(?:(?:Deputy|Vice|Foreign|Defen[cs]e|Prime|Chief|Senior|Former|Top|Interior|Finance|Acting|First|Lieutenant|Major|Brigadier|Supreme|Allied|High)\s+)*${TITLE_HEAD}(?:\s+(?:of|to|for|at)\s+(?:the\s+)?(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w-]*){0,3})?`;
const NAME = PERSON_NAME;
// "EU foreign policy chief", "Pentagon press secretary": lower-case words of a title after its owner.
// "Britain's new defense secretary, John Healey": a new or acting holder is the holder.
const ROLE_PREFIX = String.raw`(?:(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*(?:'s|’s)?|the)\s+){0,3}(?:(?:new|newly\s+appointed|incoming|acting)\s+)?(?:(?:foreign|policy|press|defen[cs]e|security|government|military|top)\s+){0,2}`;
// "press secretary Brig. Gen. Pat Ryder": ranks between the office and the name belong to neither.
const RANKS = String.raw`(?:\s+(?:Brig\.|Gen\.|Lt\.|Maj\.|Col\.|Adm\.|Capt\.|Rear|General|Admiral|Rt\.?|Hon\.?|Dr\.?|Sir|Dame|Lord))*`;
const ROLE_BEFORE = new RegExp(`(${ROLE_PREFIX}${TITLE})${RANKS}(?:,\\s*|\\s+)(?:(?:Rt\\.?|Hon\\.?|Dr\\.?|Sir|Dame|Lord)\\s+)*(${NAME})`, 'gu');
/** "Rt Hon Dr Andrew Murrison MP", "Dr. Jane Roe": an honorific marks a person even without an office. */
const HONORIFIC_NAME = new RegExp(`\\b(?:Rt\\.?\\s+Hon\\.?|Dr\\.?|Sir|Dame)\\s+(?:Dr\\.?\\s+)?(${NAME})`, 'gu');
/** "Defence Minister Lord Coaker", "Baroness Goldie": a peer is named by title and one name. */
const PEER = new RegExp(`(?:(${ROLE_PREFIX}${TITLE})\\s+)?\\b(?:Lord|Lady|Baroness|Baron|Earl|Viscount)\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?![\\p{L}'’-]|\\s+(?:of\\s+)?\\p{Lu})`, 'gu');
/** "Capt. Tom Foster", "Maj. Gen. JP McGee", "Colonel Marco Bertoli": a military rank is a role (the country is the article's). */
const RANKED_NAME = new RegExp(`\\b((?:${SERVICE_BEFORE_RANK}\\s+(?=${MILITARY_RANK}))?${MILITARY_RANK})\\s+(${NAME})`, 'gu');
const MULTINATIONAL_FORMATION = /\b(?:Battle\s*[Gg]roup|Battlegroup|Task\s+Force|NATO|[Mm]ultinational|[Ee]nhanced\s+Forward)\b/;
// Capitalised words, initialisms and ordinals ("Polish TDF 2nd Lt.", "Spanish Liaison Officer Lt.").
const TITLE_WORDS_BEFORE = /(?<![\p{L}'’.-])(?:(?:\p{Lu}[\p{L}'’-]*|\d+(?:st|nd|rd|th))\s+){1,4}$/u;
/** The title words right before a rank at `at` ("Spanish Liaison Officer "), or "". */
function titleWordsBefore(text: string, at: number): string {
  return TITLE_WORDS_BEFORE.exec(text.slice(Math.max(0, at - 50), at))?.[0] ?? '';
}
// "Cpl. Gallagher of Canada’s South Alberta Light Horse": the formation after the name is part of the role (and names the country).
const RANKED_SURNAME = new RegExp(`\\b((?:${SERVICE_BEFORE_RANK}\\s+(?=${MILITARY_RANK}))?${MILITARY_RANK})\\s+(\\p{Lu}[\\p{Ll}'’-]+)(?:\\s+(of\\s+[^,.;"“”]{3,60})(?=[,.])|(?=,|\\s+(?:said|says|told|added|noted|described|explained|stressed)\\b))`, 'gu');
/** "Tom Foster, commanding officer of USS Kearsarge": an office after the name written in lower case. */
const OFFICE_AFTER = new RegExp(`(${NAME}),\\s+(?:the\\s+)?((?:commanding|executive)\\s+officer\\s+of\\s+[^,.;]{3,60}|commander\\s+of\\s+[^,.;]{3,60})`, 'gu');
/** ROLE_AFTER's titles may also be written in lower case after the name ("Kaja Kallas, the prime minister"). */
const LOWER_CASE_TITLES = (title: string): string => title.replace(/President\|/, 'President|president|minister|ambassador|spokesperson|spokesman|secretary|chancellor|');
// "Speaking at the signing of the Joint Declaration, Foreign Secretary Liz Truss said": a title followed by a name is that name's.
const ROLE_AFTER = new RegExp(`(${NAME}),\\s+(?:the\\s+|a\\s+|an\\s+)?((?:(?:(?:[A-Z]\\.){2,}|[A-Z][\\w-]*(?:'s|’s)?)\\s+){0,3}${LOWER_CASE_TITLES(TITLE)})(?!\\s+\\p{Lu}\\p{Ll})`, 'gu');
/** Where ROLE_BEFORE and ROLE_AFTER can match: the title's head word (TITLE_HEAD, or ROLE_AFTER's with lower-case offices). */
const TITLE_HEAD_AT = new RegExp(TITLE_HEAD, 'g');
const LOWER_CASE_TITLE_HEAD_AT = new RegExp(LOWER_CASE_TITLES(TITLE_HEAD), 'g');
/** The same patterns, tried at one offset (anchored-scan.ts). */
const ROLE_BEFORE_AT = new RegExp(ROLE_BEFORE.source, 'uy');
const ROLE_AFTER_AT = new RegExp(ROLE_AFTER.source, 'uy');
const LETTER = /\p{L}/u;

/**
 * Whether text[at] can be part of the words before a title's head ("U.S. Deputy Defense", "the EU's foreign policy"):
 * ASCII letters, digits, "_", "-", apostrophes, white space, and a dot right after a capital ("U.S."). A superset of
 * what ROLE_PREFIX, the modifiers of TITLE and ROLE_AFTER's lead-in can hold.
 */
function inTitleLeadIn(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 39 || c === 0x2019) return true;
  if (c === 46) {
    const b = text.charCodeAt(at - 1);
    return b >= 65 && b <= 90;
  }
  return isSpaceCode(c);
}

/** Whether text[at] can be part of a name (NAME): letters, white space, dots, apostrophes, hyphens; surrogates are let through. */
function inName(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45 || c === 39 || c === 0x2019) return true;
  if (c < 128) return isSpaceCode(c);
  return (c >= 0xd800 && c <= 0xdfff) || LETTER.test(text[at]!) || isSpaceCode(c);
}

/** A name starts with a capital: ASCII ones are told at a glance, any other character is left to the pattern. */
function mayStartName(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 65 && c <= 90) || c >= 128;
}

/** ROLE_BEFORE can start only in the lead-in right before a title's head word, or at the head itself. */
const roleBeforeStarts: StartWindow = (text, pos) => {
  TITLE_HEAD_AT.lastIndex = pos;
  const head = TITLE_HEAD_AT.exec(text);
  if (!head) return null;
  // The lead-in is words of lead-in characters, each followed by white space: any number of TITLE's modifiers and at
  // most five others (ROLE_PREFIX's three capitalised words or "the", then two lower-case office words), the first of
  // which a match may start inside.
  let from = head.index;
  let others = 0;
  // The pattern has no \b: the head found may sit inside a longer word ("NationalMinisterSecurity"), which may itself be
  // a lead-in word of a later head; it counts as one of the five unless it is a modifier.
  while (from > pos && inTitleLeadIn(text, from - 1) && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  if (from < head.index) {
    let end = head.index;
    while (end < text.length && inTitleLeadIn(text, end) && !isSpaceCode(text.charCodeAt(end))) end++;
    if (!TITLE_MODIFIERS.has(text.slice(from, end))) others++;
  }
  while (from > pos && isSpaceCode(text.charCodeAt(from - 1))) {
    let end = from;
    while (end > pos && isSpaceCode(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > pos && inTitleLeadIn(text, start - 1) && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    if (start === end || (!TITLE_MODIFIERS.has(text.slice(start, end)) && ++others > 5)) break;
    from = start;
  }
  return [from, head.index];
};

/** TITLE's modifiers, which any number of may precede its head ("Deputy Prime Minister"). */
const TITLE_MODIFIERS = new Set(['Deputy', 'Vice', 'Foreign', 'Defence', 'Defense', 'Prime', 'Chief', 'Senior', 'Former', 'Top', 'Interior', 'Finance', 'Acting', 'First', 'Lieutenant', 'Major', 'Brigadier', 'Supreme', 'Allied', 'High']);

/** The first letters ROLE_BEFORE can start with: a capital, or "the", a lower-case office word or a lower-case head. */
function mayStartRole(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 65 && c <= 90) || ROLE_LOWER_STARTS.includes(text[at]!);
}
const ROLE_LOWER_STARTS = 'tfpdsgmaec';

/** ROLE_AFTER can start only in the name right before a comma that a title's lead-in and head word follow. */
const roleAfterStarts: StartWindow = (text, pos) => {
  for (let comma = text.indexOf(',', pos); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    LOWER_CASE_TITLE_HEAD_AT.lastIndex = comma + 1;
    const head = LOWER_CASE_TITLE_HEAD_AT.exec(text);
    if (!head) return null;
    let k = comma + 1;
    while (k < head.index && inTitleLeadIn(text, k)) k++;
    if (k < head.index) continue;
    let from = comma;
    while (from > pos && inName(text, from - 1)) from--;
    return [from, comma];
  }
  return null;
};

/**
 * "Laura K. Cooper, deputy assistant secretary of defense for Russia, …", "Jane Roe, a senior State
 * Department official": wire style writes the office after the name, in lower case. The head noun
 * decides; a country in the office (not after "for/to/at") is the person's.
 */
const LOWER_OFFICE_AFTER = new RegExp(`(${NAME}),\\s+(?:the\\s+|a\\s+|an\\s+)?((?:(?:[a-z][\\w-]*|[A-Z][\\w.-]*(?:'s|’s)?)\\s+){0,5}?(?:secretary|undersecretary|minister|ambassador|spokes(?:man|woman|person)|director|commander|chief|adviser|advisor|official|envoy|president|chancellor|representative|senator|general|admiral|colonel|captain|chairman|chairwoman|chair|head)(?:\\s+(?:of|for|to|at)\\s+[^,.;()]{2,60})?)(?=[,.;)]|\\s+(?:said|says|told|who|and|in|at|on)\\b)`, 'gu');
const LOWER_OFFICE_CUE = /secretary|minister|ambassador|spokes|director|commander|chief|advis|official|envoy|president|chancellor|representative|senator|general|admiral|colonel|captain|chair|head/;
const OFFICE_CUE = /President|Minister|minister|Secretary|secretary|Chancellor|chancellor|Premier|Ambassador|ambassador|Spokes|spokes|General|Gen\.|Admiral|Adm\.|Commander|commander|King|Queen|Senator|Sen\.|Rep\.|Governor|Mayor|Chair|Head|Envoy|envoy|Commissioner|Colonel|Col\.|Leader|adviser|advisor|chief|Chief|Representative|Rt|Hon|Dr|Sir|Dame|Lord|Lady|Baron|Capt|Captain|Lt\.|Maj\.|Major|Sgt|Cmdr|Commodore|officer|Marshal|Squadron Leader|Spc\.|Specialist|Pfc\.|Pvt\.|Private|Cpl\.|Corporal|Ens\.|Ensign|Airman|Petty|Warrant|CW[2-5]|Lieutenant|Sergeant|Bombardier|Trooper|Guardsman|Rifleman/;
/**
 * Words each pattern above cannot match without (exact supersets, case as in the patterns): a line that
 * lacks one skips that pattern's scan, most of whose cost is trying a name at every capital letter.
 */
const HONORIFIC_CUE = /Rt|Dr|Sir|Dame/;
const PEER_CUE = /Lord|Lady|Baron|Earl|Viscount/;
const RANK_CUE = /Capt|Col|Gen|Adm|Sgt|Cmdr|Cdr|Lt|Maj|Commander|Sergeant|Commodore|Squadron|Marshal|Spc|Specialist|Pfc|Pvt|Private|Cpl|Corporal|Ens|Ensign|Airman|Petty|Warrant|CW[2-5]|Captain|Colonel|Major|General|Admiral|Lieutenant|Bombardier|Trooper|Guardsman|Rifleman/;
const OFFICE_AFTER_CUE = /officer|commander/;
const HEADLINE_VERBS = new Set(['Holds', 'Says', 'Visits', 'Meets', 'Hosts', 'Announces', 'Calls', 'Warns', 'Travels', 'Speaks', 'Signs', 'Thanks', 'Urges', 'Tells', 'Discusses', 'Delivers', 'Reaffirms', 'Pledges', 'Welcomes']);
// "President Biden", "President Biden’s announcement" (a possessive ends the name).
const TITLED_SURNAME = /(President|Secretary|Minister|Chancellor|Ambassador|General|Admiral) (\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-]|['’](?!s\b)|\s+\p{Lu})/gu;
const NOT_NAME_WORD = /^(?:The|A|An|In|On|At|And|But|However|Meanwhile|For|With|As|Amid|After|Since|While|This|That|These|Those|It|He|She|They|We|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Eastern|Western|Northern|Southern|Central|Europe|European|White|House|Support|Future|Baltic|Air|Defence|Defense|Ministry|Army|Forces|Force|Alliance|Union|Council|Committee|Commission|Assembly|Parliament|Agency|Command|Headquarters|Nations|United|States|Kingdom|Republic|Federation|Prime|President|Minister|Chancellor|Secretary|Ambassador|General|Commander|Foreign|Deputy|Vice|Chief|Senior|Lord|Lady|Baroness|Baron|Earl|Viscount|Sir|Dame)$/;

function isPlausibleName(name: string, ctx: ActorContext): boolean {
  const words = splitOnSpace(name);
  if (words.some((w) => NOT_NAME_WORD.test(w))) return false;
  return findMentions(name, ctx).length === 0;
}

function roleCountry(role: string, ctx: ActorContext): string[] {
  const mentions = findMentions(role, ctx);
  const own = mentions.filter((m) => !/\b(?:to|at|for)\s+(?:the\s+)?$/.test(role.slice(0, m.start)));
  return [...new Set(own.flatMap((m) => m.codes))].sort();
}

/** `text.replace(/(?:'s|’s)$/, '')`, without trying the pattern at every offset. */
function withoutPossessive(text: string): string {
  return text.endsWith("'s") || text.endsWith('’s') ? text.slice(0, -2) : text;
}

function cleanRole(role: string): string {
  return withoutPossessive(role.replace(/^(?:the|The|Amid|In|On|At|And|But|However|Meanwhile)\s+/, '')).trim();
}

export const TITLE_WORD = /^(?:President|Prime|Minister|Chancellor|Premier|Secretary|General|Gen\.?|Brig\.?|Col\.?|Lt\.?|Maj\.?|Capt\.?|Sgt\.?|Spc\.?|Cpl\.?|Pvt\.?|Pfc\.?|Adm\.?|Ambassador|Spokes(?:man|woman|person)|Admiral|Commander|Commodore|Captain|Colonel|Major|Lieutenant|Sergeant|Brigadier|Foreign|Defen[cs]e|Deputy|Vice|Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Governor|Chairman|Chairwoman|Press|Head|Chief|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/;

/** "Minister Kaja Kallas" → "Kaja Kallas"; "Smith's" → "Smith". */
function stripTitles(written: string): string {
  const words = splitOnSpace(written.replace(/(?:'s|’s)$/, '').trim());
  while (words.length > 1 && TITLE_WORD.test(words[0]!)) words.shift();
  return words.join(' ');
}

const WORD_CHAR = /[\p{L}'’-]/u;
/**
 * Listed officials' surnames that can be a capitalised word (/\p{Lu}[\p{L}'’-]*\/u, the words the registry looks
 * for), where one is written in full: followed by no letter, apostrophe or hyphen.
 */
const WORD_SURNAMES = [...OFFICIAL_SURNAMES.keys()].filter((sn) => /^\p{Lu}[\p{L}'’-]*$/u.test(sn));
const OFFICIAL_SURNAME_AT = new RegExp(`(?:${WORD_SURNAMES.length ? alternation(WORD_SURNAMES) : '(?!)'})(?![\\p{L}'’-])`, 'gu');

/** The code point ending at `end` (exclusive): a surrogate pair as one character. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return (low & 0xfc00) === 0xdc00 && (high & 0xfc00) === 0xd800 ? text.slice(end - 2, end) : text[end - 1]!;
}

/**
 * Whether the capitalised word at `at` is one /\p{Lu}[\p{L}'’-]*\/gu finds: a word the scan enters at an earlier
 * capital runs on over `at` ("McGee" holds no word "Gee").
 */
function startsCapitalisedWord(text: string, at: number): boolean {
  for (let k = at; k > 0;) {
    const ch = charBefore(text, k);
    if (!WORD_CHAR.test(ch)) return true;
    if (capitalWidth(ch, 0)) return false;
    k -= ch.length;
  }
  return true;
}

/**
 * Listed officials' surnames written in `text` as capitalised words, the words /\p{Lu}[\p{L}'’-]*\/gu finds: one
 * scan for the surnames themselves, no list of every capitalised word.
 */
function officialSurnamesIn(text: string): Set<string> {
  const found = new Set<string>();
  OFFICIAL_SURNAME_AT.lastIndex = 0;
  for (let m = OFFICIAL_SURNAME_AT.exec(text); m; m = OFFICIAL_SURNAME_AT.exec(text)) if (startsCapitalisedWord(text, m.index)) found.add(m[0]);
  return found;
}

export class PersonRegistry {
  private readonly byName = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person>();
  /** Every person with their surname, in registration order: computed once, for the per-sentence surname tests. */
  readonly surnames: ReadonlyArray<readonly [Person, string]>;
  /**
   * The same name and title are written again and again in one article. A call of `add` with the arguments of an
   * earlier one changes nothing, and a role's country and whether a name can be a person's depend on the text alone:
   * each is worked out once per article (kept on this registry, which lives as long as the article's document).
   */
  private readonly added = new Set<string>();
  private readonly roleCountries = new Map<string, readonly string[]>();
  private readonly plausible = new Map<string, boolean>();

  constructor(private readonly text: string, private readonly ctx: ActorContext) {
    // Line by line: a role never runs across a heading or a paragraph break.
    for (const slice of text.split('\n')) {
      // Most lines name no office: one cheap test skips the role patterns.
      if (!OFFICE_CUE.test(slice)) continue;
      // The others are scanned by several patterns: they read a copy of the line, not a slice of the text (flat-text.ts).
      const line = flatCopy(slice);
      // The two office patterns are tried only near a title's head word: scanning a paragraph for them at every offset was
      // the registry's main cost. Same matches, same order (anchored-scan.ts).
      eachAnchoredMatch(line, ROLE_BEFORE_AT, roleBeforeStarts, (m) => this.add(m[2]!, cleanRole(m[1]!)), mayStartRole);
      // "Kaja Kallas, a former Estonian prime minister": a past office says nothing of today's.
      if (line.includes(',')) eachAnchoredMatch(line, ROLE_AFTER_AT, roleAfterStarts, (m) => { if (!/^(?:[Ff]ormer|[Ee]x-)/.test(cleanRole(m[2]!))) this.add(m[1]!, cleanRole(m[2]!)); }, mayStartName);
      HONORIFIC_NAME.lastIndex = 0;
      if (HONORIFIC_CUE.test(line)) for (let m = HONORIFIC_NAME.exec(line); m; m = HONORIFIC_NAME.exec(line)) this.add(m[1]!, null);
      PEER.lastIndex = 0;
      if (PEER_CUE.test(line)) for (let m = PEER.exec(line); m; m = PEER.exec(line)) this.add(m[2]!, m[1] ? cleanRole(m[1]) : null, true);
      LOWER_OFFICE_AFTER.lastIndex = 0;
      if (line.includes(',') && LOWER_OFFICE_CUE.test(line)) for (let m = LOWER_OFFICE_AFTER.exec(line); m; m = LOWER_OFFICE_AFTER.exec(line)) if (!/^(?:[Ff]ormer|[Ee]x-)/.test(m[2]!)) this.add(m[1]!, m[2]!.trim());
      OFFICE_AFTER.lastIndex = 0;
      if (OFFICE_AFTER_CUE.test(line) && line.includes(',')) for (let m = OFFICE_AFTER.exec(line); m; m = OFFICE_AFTER.exec(line)) this.add(m[1]!, m[2]!.trim());
      RANKED_NAME.lastIndex = 0;
      if (RANK_CUE.test(line)) for (let m = RANKED_NAME.exec(line); m; m = RANKED_NAME.exec(line)) {
        // "Polish TDF 2nd Lt. Jakub Piotrowski": title words with a nationality before the rank name the country.
        this.add(m[2]!, `${titleWordsBefore(line, m.index)}${m[1]!.trim()}`);
      }
    }
    // One pass over the text's capitalised words, then a substring test only for officials whose surname occurs.
    const surnames = officialSurnamesIn(text);
    for (const [surname, names] of OFFICIAL_SURNAMES) {
      if (!surnames.has(surname)) continue;
      for (const name of names) if (text.includes(name)) this.add(name, null);
    }
    // "said U.S. Air Force Brig. Gen. Vaughan, U.S. European Command's deputy director": a rank and a surname alone,
    // as an attribution writes it, when no full name with that surname is known.
    RANKED_SURNAME.lastIndex = 0;
    if (RANK_CUE.test(text)) for (let m = RANKED_SURNAME.exec(text); m; m = RANKED_SURNAME.exec(text)) {
      if (this.bySurname.has(m[2]!) || NOT_NAME_WORD.test(m[2]!)) continue;
      // "Spanish Liaison Officer Lt. Marco": capitalised title words before the rank belong to the role too.
      this.add(m[2]!, `${titleWordsBefore(text, m.index)}${m[1]!.trim()}${m[3] ? ` ${m[3]}` : ''}`, true);
    }
    // "Secretary Austin", "President Biden": a title and a surname, when no full name with that surname is known.
    TITLED_SURNAME.lastIndex = 0;
    for (let m = TITLED_SURNAME.exec(text); m; m = TITLED_SURNAME.exec(text)) {
      const surname = m[2]!;
      if (!this.bySurname.has(surname) && !NOT_NAME_WORD.test(surname)) this.add(surname, m[1]!, true);
    }
    // Pushed, not mapped: an article naming nobody then gets a list of the same elements kind as the others (a map over
    // an empty list makes one V8 treats differently, and the per-sentence surname loop was optimised for the other).
    const withSurnames: (readonly [Person, string])[] = [];
    for (const p of this.byName.values()) withSurnames.push([p, surnameOf(p.name)]);
    this.surnames = withSurnames;
  }

  private add(rawName: string, role: string | null, single = false): void {
    const call = `${single ? 's' : 'n'}${role === null ? '\u0001' : role}\u0000${rawName}`;
    if (this.added.has(call)) return;
    this.added.add(call);
    // A headline's verb is no part of a name: "Press Secretary John F. Kirby Holds a Press Briefing".
    // "Secretary Blinken’s Call with …" (a headline): a possessive ends the name.
    let name = rawName.replace(/(?:'s|’s)(?:\s.*)?$/, '').replace(/\s+MP$/, '');
    // "Commodore Jukka Anteroinen": a rank or title read into the name is no part of it.
    name = stripTitles(name);
    const lastWord = name.slice(name.lastIndexOf(' ') + 1);
    if (HEADLINE_VERBS.has(lastWord)) name = name.slice(0, name.lastIndexOf(' '));
    const existing = this.byName.get(name);
    if (existing) {
      if (!role) return;
      if (!existing.role) Object.assign(existing, { role, from: this.countryFor(name, role) });
      // "U.S. Army National Guard Lt. Col. Craig Broyles" read first as "Col.": the fuller rank names the country;
      // "Gen. Raimundas Vaikšnoras, commander of the Lithuanian Armed Forces": so does an office after the name.
      // A multinational formation named for its host ("commander of NATO Battle Group Poland") says nothing of the person's.
      else if (!existing.from.length && !MULTINATIONAL_FORMATION.test(role)) {
        // One country only: "commander of the unit that trains Ukrainian soldiers in Germany" names two, and neither is his.
        const from = this.countryFor(name, role);
        if (from.length === 1) Object.assign(existing, { role, from });
      }
      return;
    }
    if (!this.isPlausible(name) || (!single && !name.includes(' '))) return;
    const person: Person = { name, role, from: this.countryFor(name, role) };
    this.byName.set(name, person);
    const surname = surnameOf(name);
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, person);
  }

  private countryFor(name: string, role: string | null): string[] {
    const fromRole = role ? this.roleCountry(role) : [];
    if (fromRole.length) return fromRole;
    // "Secretary General Mark Rutte" in a NATO story: the title, not the list, tells today's office.
    if (role && /^Secretary[- ]General$/i.test(role) && /\bNATO\b/.test(this.text)) return ['NATO'];
    const known = knownOffice(name, this.ctx.date);
    if (known) return [known.actor];
    // Only a title one country has one holder of says whose it is: "Kremlin spokesman" says nothing of "government spokesman".
    if (role && /(?:President|Chancellor|Premier|King|Queen|Prime Minister)$/i.test(role)) {
      // "Russia's president" or "Russian President" elsewhere in the article names the country.
      const title = role.split(/\s+/).pop()!;
      const re = new RegExp(`([A-Z][\\w]+(?:'s|’s)?)\\s+(?:${title}|${title.toLowerCase()})\\b`, 'g');
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
        const codes = this.roleCountry(m[1]!);
        if (codes.length) return codes;
      }
    }
    return [];
  }

  private isPlausible(name: string): boolean {
    let known = this.plausible.get(name);
    if (known === undefined) this.plausible.set(name, (known = isPlausibleName(name, this.ctx)));
    return known;
  }

  /** A fresh list each time: it becomes a person's `from`. */
  private roleCountry(role: string): string[] {
    let codes = this.roleCountries.get(role);
    if (codes === undefined) this.roleCountries.set(role, (codes = roleCountry(role, this.ctx)));
    return [...codes];
  }

  /** A name as written ("Smith", "Julianne Smith", "Nexta") resolved to a known person. */
  lookup(written: string): Person | null {
    const name = stripTitles(written);
    return this.byName.get(name) ?? this.bySurname.get(name) ?? this.bySurname.get(surnameOf(name)) ?? this.misspelt(name);
  }

  /**
   * '…," said Guilliam' after "Col. John Gilliam": a surname alone that is one letter off (added, dropped or changed) a
   * registered person's, when that person is the only one so near. Only long surnames, where a slip is likelier than
   * another person.
   */
  private misspelt(name: string): Person | null {
    if (name.includes(' ') || name.length < 6) return null;
    let found: Person | null = null;
    for (const [surname, p] of this.bySurname) {
      if (surname.length < 6 || surname === name || !oneEditApart(surname, name)) continue;
      if (found && found !== p) return null;
      found = p;
    }
    return found;
  }

  /**
   * A person seen only as a speaker ("Nexta tweeted", "John Doe said"): the registered one, else a new
   * Person (not stored: the discourse state remembers speakers, the registry never changes after it is built).
   */
  resolve(written: string): Person {
    const name = stripTitles(written);
    const found = this.lookup(name);
    if (found) return found;
    // "Biden assured Zelensky …": a listed official named by surname alone, when only one listed official has it.
    const bySurname = !name.includes(' ') ? OFFICIAL_SURNAMES.get(name) : undefined;
    const known = knownOffice(bySurname && new Set(bySurname.map((n) => officialNamed(n)?.name)).size === 1 ? bySurname[0]! : name, this.ctx.date);
    return { name, role: known?.role ?? null, from: known ? [known.actor] : [] };
  }

  get size(): number {
    return this.byName.size;
  }

  all(): Person[] {
    return [...this.byName.values()];
  }

  /** The countries of the people of one country whose surname `text` writes ("Austin and Jana Cernochova … signed"). */
  countriesNamedIn(text: string): string[] {
    const out: string[] = [];
    for (const [p, surname] of this.surnames) if (p.from.length === 1 && text.includes(surname) && !out.includes(p.from[0]!)) out.push(p.from[0]!);
    return out;
  }
}

/** Whether two words differ by one inserted, deleted or replaced letter. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
