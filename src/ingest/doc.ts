import type { Article, Fact, Span } from '../model/dataset';
import { isActor, mentionFinder, type ActorContext, type Mention } from './actors';
import { clauseBoundaries, computeActorRuns, computeSubjectRuns, precededByPreposition, type Boundary } from './clause';
import { tokenize, type Token } from './tokens';
import type { ParsedArticle } from './parse-article';
import { isAlliedHost, isNatoMember } from '../domain/nato-membership';
import { LastWords } from './chars';
import { flatCopy } from './flat-text';
import { officialNamed, PersonRegistry, surnameOf } from './people';
import { TIME_ADVERBIAL } from './lexicon/words';
import { resolveCountedGroups } from './counted-groups';
import { articleVoices, type Voice } from './voices';
import { partnerOf, visitedFor, visitIn } from './visits';

/**
 * One article prepared for the rules: sentences with their actor mentions, plus article-level
 * context the rules fall back on when a sentence leaves something implicit (who is the war
 * about, which allies is the article about).
 */

/** One sentence and everything about it that rules read, each computed at most once per sentence. */
export interface SentenceView {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: number;
  readonly heading: boolean;
  /** Tokens with offsets relative to `text`. */
  readonly tokens: readonly Token[];
  /** Offsets relative to `text`. */
  readonly mentions: readonly Mention[];
  /** Clause boundaries (punctuation, dashes, subordinators). */
  readonly boundaries: readonly Boundary[];
  /** Actors joined only by list words ("X, Y and Z"). */
  readonly actorRuns: readonly Mention[][];
  /** Actor runs followed by a verb: the sentence's subjects. */
  readonly subjectRuns: readonly Mention[][];
  /** Countries and groups named as places ("to Ukraine", "across the Eastern flank"). */
  readonly places: readonly Mention[];
}

export interface DocView {
  article: Article;
  sentences: SentenceView[];
  actorCtx: ActorContext;
  /** The country the war is about (most war-cued mentions), e.g. UA. */
  warCountry: string | null;
  /** Countries the article names as the aggressor ("Russia's invasion"), never an arms recipient read from a neighbouring sentence. */
  aggressors: readonly string[];
  /** The allied country or group the article is most about, for deployments without a stated host. */
  focusHost: string[] | null;
  /** People the article names, with roles and countries. */
  people: PersonRegistry;
  /** Every actor mention's surface text in the article ("Sofia", "the Baltic states"): never a speaker's name. */
  mentionTexts: ReadonlySet<string>;
  /**
   * Who "we" and "our" are outside quotation marks: the signatories of a joint statement, else the
   * actor the article most often makes a subject (a ministry's release speaks for its country).
   */
  home: string[];
  /** The country of whoever speaks at offset `at` of sentence `s` inside quotation marks (or a quoted block), else null. */
  voiceAt(s: SentenceView, at: number): readonly string[] | null;
  /** The country visited where sentence `s` is said (its own, its paragraph's, else the article's first visit), or []. */
  visited(s: SentenceView): readonly string[];
  /** The other party of a bilateral text (visits.ts), or []. */
  partner: readonly string[];
}

/** What a rule proposes: a fact without the fields the merge step assigns. */
type WithoutIds<F> = F extends Fact ? Omit<F, 'id' | 'articleId' | 'date'> : never;
export type Draft = WithoutIds<Fact>;

export type Rule = (s: SentenceView, doc: DocView) => Draft[];

// "aggression against Ukraine" names the victim; "the battlefield against Russia", "fighting against Russia" the enemy.
const WAR_CUE = /(?<!counter[- ]?)(?:(?:war|invasion|invaded|aggression|attack|attacks|offensive|assault)\s+(?:in|on|of|against|into)|(?:conflict|fighting|battlefield|front ?lines?)\s+(?:in|on|of|into))\s+(?:the\s+)?$/i;
/** "Russia's brutal invasion", "the war launched by Russia", "counter-offensive against Russia's forces": the aggressor, not the country the war is about. */
const AGGRESSOR_AFTER = /^(?:['’]s?\s+(?:[\w-]+\s+){0,5}?(?:war|invasion|aggression|attacks?|offensives?|assault|occupation|missiles?|drones?)\b|\s+(?:invaded|attacked|launched|began|started|continues\s+to\s+attack)\b)/i;
/** "Ukraine's sovereignty", "Ukraine's defenders", "Ukraine's counter-offensive": the country defending itself. */
const VICTIM_AFTER = /^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:sovereignty|territorial\s+integrity|independence|defenders|resistance|counter-?offensive|air\s+defen[cs]es|civilians|cities|capacity\s+to\s+defend|right\s+to\s+defend)\b/i;
const AGGRESSOR_BEFORE = /(?:\b(?:counter[- ]?offensive|resist\w*|defend\w*\s+(?:itself|themselves)|battlefield|fight|fighting|fights|fought|struggle)\s+against\s+(?:the\s+)?|\b(?:war|invasion|aggression|attacks?)\s+(?:by|from)\s+(?:the\s+)?)$/i;
/**
 * The words WAR_CUE and AGGRESSOR_BEFORE can end with before their final white space: most mentions follow other
 * words, and these end-anchored patterns are tried at every offset of the look-back.
 */
const WAR_CUE_LAST_WORDS = new LastWords(['in', 'on', 'of', 'against', 'into', 'the']);
const AGGRESSOR_LAST_WORDS = new LastWords(['against', 'the', 'by', 'from']);
const warCueBefore = (before: string): boolean => WAR_CUE_LAST_WORDS.mayEnd(before) && WAR_CUE.test(before);
// Adjectives that place the war ("the Ukrainian battlefield"); "Russian forces" says who fights, not where.
const ADJ_WAR = /^\s+(?:battlefield|front ?lines?|front|resistance|counteroffensive|counter-offensive|defen[cs]es?(?!\s+[Mm]inist))\b/;
const LIST_JOINER = /^\s*(?:,\s*and|,|and|as well as|&)\s*(?:the\s+)?$/;
// "to the defence of Lithuania": the country defended is where the force goes.
// "in eastern Poland", "to Central Europe": a compass word between the preposition and the place.
const COMPASS = String.raw`(?:(?:[Nn]orth|[Ss]outh)(?:-?[Ee]ast|-?[Ww]est)?(?:ern)?|[Ee]ast(?:ern)?|[Ww]est(?:ern)?|[Cc]entral)\s+`;
const LOCATION_PREP = new RegExp(String.raw`\b(?:(?:(?<!\b(?:response|according|thanks|due|next|prior|compared|addition|regard|respect|contrary|owing|subject|opposed|relative|similar|threats?)\s+)to|into|in|across|on|for|throughout|toward|towards|within|along)\s+(?:the\s+|its\s+|their\s+|(?:NATO|Europe|the\s+[Aa]lliance)['’]?s?\s+)?(?:${COMPASS})?|(?:defen[cs]e|security|protection)\s+of\s+(?:the\s+)?)#?$`, 'i');
/** The words LOCATION_PREP can end with before its white space (and an optional "#"): prepositions, owners, compass words. */
const LOCATION_LAST_WORDS = new LastWords([
  'to', 'into', 'in', 'across', 'on', 'for', 'throughout', 'toward', 'towards', 'within', 'along', 'the', 'its', 'their', 'of',
  'nato', 'natos', 'europe', 'europes', 'alliance', 'alliances', 's',
  'north', 'south', 'northeast', 'northwest', 'southeast', 'southwest', 'northern', 'southern', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'east', 'eastern', 'west', 'western', 'central',
], true);
const OF_OR_AGAINST_LAST_WORDS = new LastWords(['of', 'against', 'the']);
const locationPrepBefore = (before: string): boolean => LOCATION_LAST_WORDS.mayEnd(before) && LOCATION_PREP.test(before);
/** "to Amari Air Base, Estonia", "at Łask Air Base, Poland", "in Rota, Spain": the country after a named place (never "near" one). */
const APPOSITIVE_PLACE = /\b(?:to|into|in|at|and)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\d’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*,\s+(?:and\s+)?$/u;

const FACILITY_AFTER = /^\s+(?:Air\s+Base|Air\s+Field|Airfield|Air\s+Station|Training\s+Area|Training\s+Ground|Base|Barracks|Camp|Naval\s+Base)\b/;
/** A dateline "CÂMPIA TURZII, Romania -- …", "VILNIUS, Lithuania —": where the story is filed, a place and no actor. */
export const DATELINE_BEFORE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*,\s+$/u;
const DATELINE_AFTER = /^\s*(?:--|—|–|-)\s/;

export function buildDoc(parsed: ParsedArticle, neighbours: ReadonlyMap<string, ReadonlySet<string>>): DocView {
  const { article } = parsed;
  const actorCtx: ActorContext = {
    date: article.date,
    neighbours,
    natoContext: /\bNATO\b|North Atlantic/.test(article.text),
    euContext: /\bEU\b|European Union/.test(article.text),
  };
  const mentionsIn = mentionFinder(article.text, actorCtx);
  // The sentence list every rule walks is pushed, not mapped: V8's `map` does not always hand back a list of the same
  // elements kind, and the first one of another kind deoptimised each function that walks sentences (measured).
  const raw: { text: string; mentions: readonly Mention[] }[] = [];
  for (const s of parsed.sentences) {
    // Every rule reads the sentence: a copy of its own is read faster than a slice of the article (flat-text.ts).
    const text = flatCopy(article.text.slice(s.start, s.end));
    raw.push({ text, mentions: mentionsIn(text, s.start) });
  }
  const resolved = resolveCountedGroups(raw);
  const sentences: SentenceView[] = [];
  for (let index = 0; index < parsed.sentences.length; index++) sentences.push(sentenceView(index, parsed.sentences[index]!, raw[index]!.text, resolved[index]!));
  const people = new PersonRegistry(article.text, actorCtx);
  const { war: warCountry, aggressors } = warSidesOf(sentences, article.date);
  // Computed at most once, and only for articles whose rules ask (most filler never does).
  let focusHost: string[] | null | undefined;
  let home: string[] | undefined;
  let mentionTexts: Set<string> | undefined;
  let voices: ReadonlyMap<number, readonly Voice[]> | undefined;
  let visits: (readonly string[])[] | undefined;
  let partner: string[] | undefined;
  let quotesSomeone: boolean | undefined;
  const view: DocView = {
    article, sentences, actorCtx, warCountry, aggressors, people,
    get focusHost() { return focusHost === undefined ? (focusHost = focusHostOf(sentences, article.date)) : focusHost; },
    get mentionTexts() { return (mentionTexts ??= mentionTextsOf(sentences)); },
    get home() { return (home ??= homeOf(sentences, people, warCountry)); },
    visited(s) {
      visits ??= sentences.map(visitIn);
      return visitedFor(s, sentences, visits);
    },
    get partner() { return (partner ??= partnerOf(sentences, view.home, warCountry)); },
    voiceAt(s, at) {
      // Cheap gate: most articles quote nobody, and most sentences are not quoted.
      if (!(quotesSomeone ??= /["“”„«:]/.test(article.text))) return null;
      voices ??= articleVoices({ sentences, people, home: () => view.home });
      const v = voices.get(s.index)?.find((x) => at >= x.start && at < x.end);
      return v && v.from.length ? v.from : null;
    },
  };
  return view;
}

function mentionTextsOf(sentences: readonly SentenceView[]): Set<string> {
  const texts = new Set<string>();
  for (const x of sentences) for (const m of x.mentions) texts.add(m.text);
  return texts;
}

/**
 * A sentence's view. Mentions are computed when the document is built; tokens, clause boundaries, runs and
 * places the first time a rule asks, then kept on this object (never in a module-level cache).
 * A class rather than an object literal with getters: one is built per sentence, and a literal's
 * accessors are defined anew on every object.
 */
class LazySentenceView implements SentenceView {
  private tokensMemo: Token[] | undefined;
  private boundariesMemo: Boundary[] | undefined;
  private actorRunsMemo: Mention[][] | undefined;
  private subjectRunsMemo: Mention[][] | undefined;
  private placesMemo: Mention[] | undefined;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly paragraph: number,
    readonly heading: boolean,
    readonly mentions: readonly Mention[],
  ) {}

  // The rule gate reads lower-cased tokens without these objects (registry.ts); few rules look at neighbouring tokens.
  get tokens(): readonly Token[] { return (this.tokensMemo ??= tokenize(this.text)); }
  get boundaries(): readonly Boundary[] { return (this.boundariesMemo ??= clauseBoundaries(this.text)); }
  get actorRuns(): readonly Mention[][] { return (this.actorRunsMemo ??= computeActorRuns(this.text, this.mentions)); }
  get subjectRuns(): readonly Mention[][] { return (this.subjectRunsMemo ??= computeSubjectRuns(this.text, this.mentions)); }
  get places(): readonly Mention[] { return (this.placesMemo ??= computePlaces(this.text, this.mentions)); }
}

function sentenceView(index: number, s: ParsedArticle['sentences'][number], text: string, mentions: readonly Mention[]): SentenceView {
  return new LazySentenceView(index, s.start, s.end, text, s.paragraph, s.heading, mentions);
}

function warSidesOf(sentences: readonly SentenceView[], date: string): { war: string | null; aggressors: string[] } {
  const counts = new Map<string, number>();
  const aggressor = new Map<string, number>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.codes.length !== 1) continue;
      const before = s.text.slice(Math.max(0, m.start - 40), m.start);
      const after = s.text.slice(m.end, m.end + 60);
      const cued = m.kind === 'adjective' ? ADJ_WAR.test(after) : warCueBefore(before) || /^\s+war\b/.test(after);
      if (cued) counts.set(m.codes[0]!, (counts.get(m.codes[0]!) ?? 0) + 1);
      if (m.kind !== 'adjective' && (AGGRESSOR_AFTER.test(after) || (AGGRESSOR_LAST_WORDS.mayEnd(before) && AGGRESSOR_BEFORE.test(before)))) aggressor.set(m.codes[0]!, (aggressor.get(m.codes[0]!) ?? 0) + 1);
    }
  }
  // The war is about the country attacked: one named more often as the aggressor is not it, and no ally, applicant,
  // alliance or party waging the war is attacked in the war this map reports ("Polish defences" read a war cue for Poland).
  for (const [c, n] of aggressor) if (counts.has(c) && n >= counts.get(c)!) counts.delete(c);
  for (const c of [...counts.keys()]) if (isAlliedHost(c, date) || PARTIES_AT_WAR.has(c) || c === 'NATO' || c === 'EU') counts.delete(c);
  const war = argmax(counts);
  // Russia and Belarus wage the war the corpus reports: a side of it even where no sentence calls it the aggressor. The
  // country at war is not its own aggressor, nor is an ally ("Lithuania’s leadership referring war crimes to the ICC").
  const sidesAgainst = (at: string): string[] => [...new Set([
    ...[...aggressor.keys()].filter((c) => c !== at && !isNatoMember(c, date)),
    ...(!PARTIES_AT_WAR.has(at) ? PARTIES_AT_WAR : []),
  ])];
  if (war) return { war, aggressors: sidesAgainst(war) };
  // No war cue: the non-member most often named as a destination or the one helped ("to Ukraine", "for Ukraine",
  // "help Ukraine", "Ukraine's defenders"), never one named more often as the aggressor.
  const dest = new Map<string, number>();
  for (const s of sentences) for (const m of s.mentions) {
    // An applicant is an ally-to-be, not a country at war ("troops … swooped into Finland" in 2022).
    if (m.codes.length !== 1 || !isActor(m) || m.kind === 'org' || isAlliedHost(m.codes[0]!, date)) continue;
    const before = s.text.slice(Math.max(0, m.start - 16), m.start);
    if (/\b(?:to|into|for|help|helping|helps|support|supporting|supports|arm|arming|assist|assisting)\s+(?:the\s+)?$/.test(before) || VICTIM_AFTER.test(s.text.slice(m.end, m.end + 40))) dest.set(m.codes[0]!, (dest.get(m.codes[0]!) ?? 0) + 1);
  }
  for (const [c, n] of aggressor) if (dest.has(c) && n >= dest.get(c)!) dest.delete(c);
  const helped = argmax(dest);
  if (helped) return { war: helped, aggressors: sidesAgainst(helped) };
  // A readout that names Ukraine without a war cue ("spoke with Ukrainian President Zelenskyy", "the equipment Ukraine
  // needed") is still about the war the corpus reports.
  const ukraine = sentences.some((s) => s.mentions.some((m) => m.codes.length === 1 && m.codes[0] === 'UA'));
  return ukraine ? { war: 'UA', aggressors: sidesAgainst('UA') } : { war: null, aggressors: [...aggressor.keys()] };
}

const BYLINE = /^By\s+\p{Lu}/u;
const US_DEPARTMENT = /\b(?:DOD\s+News|DoD\s+News|(?:at|to|from)\s+the\s+Pentagon|Pentagon\s+(?:[Pp]ress\s+[Ss]ecretary|[Ss]pokes(?:man|woman|person))|Department\s+of\s+Defense\s+(?:News|[Pp]ress)|State\s+Department\s+[Ss]pokes(?:man|woman|person))\b/;
const SERVICE_AFTER = /^\s+(?:Navy|Army|Air Force|Marine Corps|Marines|Space Force|Coast Guard|National Guard|government|Government|military|armed forces|Armed Forces|forces|troops|service members|soldiers|sailors|airmen)\b/;
/**
 * The EU's own voice: its statements ("The European Union and its Member States welcome …", "EU Statement on …"), its
 * External Action Service's pages and its High Representative's remarks. "We" there is the Union, whichever country
 * hosts the event.
 */
const EU_VOICE = /\b(?:The\s+European\s+Union\s+and\s+its\s+Member\s+States\s+[a-z]|EU\s+[Ss]tatement\b|EEAS\b|(?:remarks|speech|statement|address|interview)\s+(?:by|of)\s+(?:the\s+)?High\s+Representative\b|(?:[Oo]n\s+behalf\s+of|[Dd]eclaration\s+by)\s+the\s+(?:High\s+Representative|European\s+Union|EU)\b)/;

/** A statement in the name of a group's leaders. */
const GROUP_LEADERS = /\b(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé])\s+(?:from|by|of)\s+the\s+(?:leaders|heads\s+of\s+(?:state|government)|(?:foreign|defen[cs]e)\s+ministers)\s+of\b|\bWe,\s+the\s+(?:leaders|heads\s+of\s+(?:state|government)|(?:foreign|defen[cs]e)\s+ministers)\s+of\b/;
const JOINT = /\b(?:[Jj]oint\s+[Ss]tatement|[Jj]oint\s+[Dd]eclaration|[Cc]ommuniqu[eé])\b/;
/** The side waging the war the corpus reports. */
export const PARTIES_AT_WAR: ReadonlySet<string> = new Set(['RU', 'BY']);
/** A speech page's lead: "The Foreign Secretary Liz Truss gave an opening statement at …" — the speaker is "we". */
const SPEECH_LEAD = /\b(?:gave|delivered|made)\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}(?:statement|speech|remarks|address)\b/;

/** A readout's opening: its principal meets, hosts, receives or calls the guest ("President Volodymyr Zelenskyy met with …"). */
// "… Austin III said as he met with …", "… Austin III today emphasized … as he met with …": the meeting in a clause of its own.
const MEETING_LEAD = new RegExp(String.raw`^(?:(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?(?:,[^,;]{2,80},)?(?:\s+[^,;]{0,100}?\s+(?:as|when|after|while)\s+(?:he|she))?\s+(?:(?:also|has|have|had|${TIME_ADVERBIAL})\s+){0,2}(?:met|meets|hosted|hosts|received|receives|welcomed|welcomes|(?:held|had|holds|has)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|phone\s+call|call|conversation|discussion)|spoke)\s+(?:with|to|by|in|on)?|['’]s\s+(?:[\w-]+\s+){0,2}?(?:[Cc]all|[Mm]eeting)\s+[Ww]ith\b)`);
// An office first ("Secretary Antony J. Blinken At …"), never a guest named after a verb ("Polish Leaders Welcome Austin At …").
const TITLE_PRINCIPAL = /^(?:(?:U\.S\.|UK|British|Deputy|Vice)\s+)?(?:Secretary|President|Prime\s+Minister|Minister|Chancellor|Ambassador|General|Admiral|Deputy\s+Secretary)\s+(?:of\s+(?:State|Defense|Defence)\s+)?(?:[\p{Lu}][\p{L}.]*\s+){0,3}?(\p{Lu}[\p{L}'’-]+)(?:,?\s+(?:Jr\.|Sr\.|II|III|IV))?\s+(?:[Aa]t|[Ww]ith|[Oo]n|[Ii]n|[Aa]nd|[Rr]emarks|[Dd]elivers|[Hh]osts|[Hh]olds|[Mm]eets|[Tt]ravels)\s/u;
const UK_READOUT = /^(?:The|the)\s+(Prime Minister|Foreign Secretary|Defence Secretary|Home Secretary|Deputy Prime Minister|Chancellor of the Exchequer)\b(?!\s+(?:of\s+)?\p{Lu})/u;
/** Another government's prime minister: "Polish Prime Minister", "Prime Minister of Estonia", "Estonia's prime minister". */
const OTHER_PRIME_MINISTER = /\b[A-Z][a-z]+(?:n|sh|ch|ese|i|ic|['’]s)\s+Prime\s+Minister\b|\bPrime\s+Minister\s+of\s+(?!the\s+United\s+Kingdom)[A-Z]/;
/** GOV.UK's titles for Downing Street's pages. */
const UK_PM_TITLE = /^\s*PM(?:['’]s)?\s+(?:remarks|statement|speech|call|calls|meeting|meets|press\s+conference|article|op-ed|words|visit|visits|announces|holds|hosts|welcomes|speaks)\b/;
const UK_NAMED = /\b(?:UK|U\.K\.|Britain|British|United Kingdom)\b/;
/** The opening dozen sentences as one text (built by pushing: see the list of sentence texts in homeOf). */
function openingText(sentences: readonly SentenceView[]): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences.length && i < 12; i++) parts.push(sentences[i]!.text);
  return parts.join(' ');
}

/**
 * The actor an article speaks for. A joint statement's signatories; otherwise the actor with the most
 * weight: each mention of a person counts for their country (releases quote their own officials
 * most), each subject mention counts, adjectives ("U.S. forces") count half, an alliance half.
 */
function homeOf(sentences: readonly SentenceView[], people: PersonRegistry, war: string | null): string[] {
  // "Joint Statement … by U.S. President …, Dutch Prime Minister …": every signatory is "we".
  const opening = sentences.slice(0, 4);
  const joint = opening.find((s) => JOINT.test(s.text));
  if (joint) {
    const codes = sortedCodes(joint.mentions.filter((m) => m.kind !== 'org' && m.kind !== 'group' && !PARTIES_AT_WAR.has(m.codes[0]!) && m.start > joint.text.search(JOINT)));
    if (codes.length >= 2) return codes;
    // "Defence Secretary Ben Wallace and Estonian Minister of Defence Hanno Pevkur signed a joint statement": the people who signed.
    const signers = new Set(sortedCodes(joint.mentions.filter((m) => m.kind !== 'org' && m.kind !== 'group' && !PARTIES_AT_WAR.has(m.codes[0]!))));
    for (const c of people.countriesNamedIn(joint.text)) signers.add(c);
    if (signers.size >= 2) return [...signers].sort();
  }
  if (opening.some((s) => EU_VOICE.test(s.text))) return ['EU'];
  // "Statement from the leaders of the Joint Expeditionary Force", "We, the leaders of the JEF nations": a group's
  // leaders speaking together are its members.
  for (const s of opening) {
    if (!GROUP_LEADERS.test(s.text)) continue;
    const group = s.mentions.find((m) => m.kind === 'group' && m.codes.length >= 2);
    if (group) return group.codes.filter((c) => !PARTIES_AT_WAR.has(c)).sort();
  }
  const weight = new Map<string, number>();
  const first = new Map<string, number>();
  let order = 0;
  const add = (c: string, w: number): void => {
    // The aggressors and their suppliers ("the recent deployment of DPRK troops to Russia") speak for no page here.
    if (PARTIES_AT_WAR.has(c) || c === 'KP' || c === 'IR') return;
    weight.set(c, (weight.get(c) ?? 0) + w);
    if (!first.has(c)) first.set(c, order++);
  };
  // Pushed, not filtered and mapped: see the list of sentence texts below.
  const persons: (readonly [string, string])[] = [];
  for (const p of people.all()) if (p.from.length === 1) persons.push([surnameOf(p.name), p.from[0]!]);
  // The official whose remarks the page gives speaks for the page (read like a transcript).
  for (const s of opening) {
    const lead = SPEECH_LEAD.exec(s.text);
    const speaker = lead ? persons.find(([sn]) => s.text.lastIndexOf(sn, lead.index) >= 0) : undefined;
    if (speaker) { add(speaker[1], 5); break; }
  }
  // "President Volodymyr Zelenskyy met with Estonia’s Prime Minister …": the page is the host's readout.
  // The first such sentence of the opening counts (a headline may stand before it).
  for (const lead of opening) {
    const host = persons.find(([sn]) => {
      const at = lead.text.indexOf(sn);
      return at >= 0 && at < 120 && MEETING_LEAD.test(lead.text.slice(at + sn.length, at + sn.length + 160));
    });
    if (host) { add(host[1], 8); break; }
  }
  // "Secretary Antony J. Blinken At a Defense Cooperation Agreement Signing Ceremony With …": a transcript's title opens
  // with its principal.
  const title = TITLE_PRINCIPAL.exec(sentences[0]?.text.slice(0, 80) ?? '');
  if (title) {
    const surname = title[1]!;
    const code = persons.find(([sn]) => sn === surname)?.[1] ?? officialNamed(surname)?.offices[0]?.actor;
    if (code) add(code, 5);
  }
  // "PM remarks at the press conference with President Zelenskyy", "PM call with President Zelenskyy: 5 July 2022": GOV.UK
  // titles Downing Street's pages with "PM".
  if (sentences[0] && UK_PM_TITLE.test(sentences[0].text)) add('GB', 5);
  // "The Prime Minister met Swedish Prime Minister …", "The Foreign Secretary will travel to …": a government's own
  // readout names its minister by office alone; these offices, so written, are the UK government's.
  for (const s of opening) {
    const office = UK_READOUT.exec(s.text);
    if (!office) continue;
    if (office[1] !== 'Prime Minister' || UK_NAMED.test(openingText(sentences))) add('GB', 5);
    // "The Prime Minister spoke to the Secretary General of NATO": a readout by office alone, no other government's
    // prime minister named, is most likely Downing Street's; a weaker sign.
    else if (!OTHER_PRIME_MINISTER.test(openingText(sentences))) add('GB', 2);
    break;
  }
  // A US department's own page names itself in its opening ("By David Vergun, DOD News", "welcoming Hakkanen to the
  // Pentagon", "As put by Pentagon Spokesman …").
  if (opening.some((s) => US_DEPARTMENT.test(s.text))) add('US', 4);
  // "By Lt. Kathleen Barrios, USS Forrest Sherman Public Affairs", "By Jim Garamone, DOD News": the byline names the publisher.
  for (const s of opening) {
    if (!BYLINE.test(s.text)) continue;
    for (const m of s.mentions) if (m.codes.length === 1 && m.kind !== 'group') add(m.codes[0]!, 3);
    break;
  }
  let labelled = false;
  let principal: string | null = null;
  for (const s of sentences) {
    const subjects = s.subjectRuns;
    const places = s.places;
    for (const m of s.mentions) {
      if (m.kind === 'group' || m.codes.length !== 1) continue;
      // Where a visit or deployment goes is the other party.
      // A subject followed by its verb acts, even when a place list seems to run through it.
      if (subjects.some((run) => run.includes(m))) { add(m.codes[0]!, m.kind === 'org' ? 0.5 : 1); continue; }
      if (places.includes(m)) { add(m.codes[0]!, -0.5); continue; }
      // "U.S. forces", "the UK’s commitment": owners count, except the country the war is about (every story names it so).
      else if ((m.kind === 'adjective' || /^['’]s?\b/.test(s.text.slice(m.end, m.end + 2))) && m.codes[0] !== war) add(m.codes[0]!, m.kind === 'org' ? 0.25 : 1);
      // "U.S. Navy ships", "the U.S. government": a country before its service or government owns it.
      else if (m.kind !== 'org' && m.codes[0] !== war && SERVICE_AFTER.test(s.text.slice(m.end, m.end + 24))) add(m.codes[0]!, 1);
      // "U.S. F-35s", "the commitment of the United States": any other mention counts half.
      else if (m.kind !== 'org' && m.codes[0] !== war) add(m.codes[0]!, 0.5);
    }
    // A transcript's speaker label ("VICE PRESIDENT HARRIS:", "MR PRICE:") names who is talking; the first one in the
    // opening is the page's principal, whose country the page speaks for however often it names the guest's.
    const label = /^(?:[A-Z][A-Z.'’-]*\s+){0,4}([A-Z][A-Z'’-]+):/.exec(s.text);
    if (label) {
      const surname = label[1]!.charAt(0) + label[1]!.slice(1).toLowerCase();
      const code = persons.find(([sn]) => sn === surname)?.[1] ?? officialNamed(surname)?.offices[0]?.actor;
      if (code) {
        if (!labelled && s.index < 4) principal = code;
        labelled = true;
        add(code, 3);
      }
    }

  }
  // Pushed, not mapped (see buildDoc): a mapped or filtered list of another elements kind deoptimised this function.
  const texts: string[] = [];
  for (const s of sentences) texts.push(s.text);
  const text = texts.join('\n');
  for (const [surname, code] of persons) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) add(code, 1);
  }
  if (principal && !PARTIES_AT_WAR.has(principal)) return [principal];
  let best: string | null = null;
  // An alliance or the EU is "we" only when no country is.
  const candidates = [...weight].filter(([c, n]) => n > 0 && !/^(?:NATO|EU)$/.test(c));
  for (const [c, n] of candidates.length ? candidates : [...weight].filter(([, n]) => n > 0)) {
    if (best === null || n > weight.get(best)! || (n === weight.get(best)! && first.get(c)! < first.get(best)!)) best = c;
  }
  return best ? [best] : [];
}

function focusHostOf(sentences: readonly SentenceView[], date: string): string[] | null {
  const counts = new Map<string, number>();
  const codesByKey = new Map<string, string[]>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (!isActor(m) || m.kind === 'org') continue;
      if (!m.codes.every((c) => isNatoMember(c, date))) continue;
      counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
      codesByKey.set(m.key, m.codes);
    }
  }
  // Senders of deployments are usually big allies named as subjects; prefer groups and hosts.
  for (const s of sentences) for (const run of s.subjectRuns) for (const m of run) {
    if (m.kind !== 'group' && counts.has(m.key)) counts.set(m.key, counts.get(m.key)! - 1);
  }
  const key = argmax(counts);
  return key ? codesByKey.get(key)! : null;
}

function argmax(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestN = 0;
  for (const [k, n] of counts) if (n > bestN) { best = k; bestN = n; }
  return best;
}

/** Countries and groups named as places in a sentence, optionally only within text[from, to). */
export function placesIn(s: SentenceView, from = 0, to = s.text.length): readonly Mention[] {
  return from === 0 && to >= s.text.length ? s.places : s.places.filter((m) => m.start >= from && m.end <= to);
}

/** "to Ukraine, the Norwegian defence ministry said": an attribution after a place, not another place. */
const GOVERNMENT_AFTER = /^\s+(?:[a-z]+\s+){0,2}(?:ministry|government|officials?|spokes(?:man|woman|person)|authorities)\b/;

function computePlaces(text: string, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let prev: Mention | null = null;
  let dateline: Mention | null = null;
  for (const m of mentions) {
    if (!isActor(m) || m.kind === 'org') continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    // "in Rota, Spain" is an appositive; "from Denmark, France, and Germany" is a list (a country before the comma).
    // Asked only when no preposition decides, and only when there is a comma for it to end with.
    const place = locationPrepBefore(before.slice(-25))
      || (before.includes(',') && APPOSITIVE_PLACE.test(before) && !(prev !== null && prev.end > m.start - before.length + before.search(APPOSITIVE_PLACE) && /^\s*,\s*(?:and\s+)?$/.test(text.slice(prev.end, m.start))))
      || (OF_OR_AGAINST_LAST_WORDS.mayEnd(before) && /(?:of|against)\s+(?:the\s+)?$/.test(before) && warCueBefore(before))
      // "in Slovakia, Hungary and Romania": list members share the preposition.
      || (prev !== null && out.includes(prev) && LIST_JOINER.test(text.slice(prev.end, m.start)) && !GOVERNMENT_AFTER.test(text.slice(m.end, m.end + 40)))
      || (m.start < 60 && DATELINE_BEFORE.test(text.slice(0, m.start)) && DATELINE_AFTER.test(text.slice(m.end, m.end + 4)) && (dateline = m) !== null)
      // "at Powidz Air Base": a base named with its facility is a place after "at" too (not "at the summit").
      || (/\bat\s+(?:the\s+)?$/.test(before) && FACILITY_AFTER.test(text.slice(m.end, m.end + 24)));
    if (place) out.push(m);
    prev = m;
  }
  // "WIESBADEN, Germany — … a parachute jump in Skillingaryd, Sweden": where the story is filed is the sentence's place
  // only when it names no other.
  return dateline && out.length > 1 && out.some((m) => m !== dateline && m.codes.join() !== dateline!.codes.join()) ? out.filter((m) => m !== dateline) : out;
}

/** The first subject run of a sentence, used when the next sentence says "This", "It" or "They". */
export function mainSubject(s: SentenceView): string[] {
  const run = s.subjectRuns[0];
  if (run) return [...new Set(run.flatMap((m) => m.codes))].sort();
  const first = s.mentions.find((m) => isActor(m) && !precededByPreposition(s.text, m));
  return first ? [...first.codes] : [];
}

/** Previous sentences of the same paragraph, nearest first. */
export function previousInParagraph(doc: DocView, s: SentenceView): SentenceView[] {
  const out: SentenceView[] = [];
  for (let i = s.index - 1; i >= 0; i--) {
    const p = doc.sentences[i]!;
    if (p.paragraph !== s.paragraph) break;
    out.push(p);
  }
  return out;
}

export function nextInParagraph(doc: DocView, s: SentenceView): SentenceView[] {
  const out: SentenceView[] = [];
  for (let i = s.index + 1; i < doc.sentences.length; i++) {
    const p = doc.sentences[i]!;
    if (p.paragraph !== s.paragraph) break;
    out.push(p);
  }
  return out;
}

export function sortedCodes(ms: readonly Mention[]): string[] {
  const out: string[] = [];
  for (const m of ms) for (const c of m.codes) if (!out.includes(c)) out.push(c);
  // Most hold one code: sorting allocates a work area even then.
  return out.length < 2 ? out : out.sort();
}

export function span(s: SentenceView): Span {
  return { start: s.start, end: s.end };
}
