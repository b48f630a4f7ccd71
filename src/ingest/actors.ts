import { EASTERN_FLANK } from '../domain/eastern-flank';
import { isNatoMember, natoMembersOn } from '../domain/nato-membership';
import { CAPITAL_METONYMS, COUNTRIES, FORMAL_NAME_PREFIXES, INSTITUTION_METONYMS, MILITARY_SITES, US_STATE_CUE } from './lexicon/countries';
import { MILITARY_RANK, NATIONAL_SERVICES, PLATFORM_NAMES, SHIP_PREFIXES } from './lexicon/words';
import { KNOWN_UNITS, NATIONAL_UNIT_TYPES } from './lexicon/units';
import { alternation } from './lexicon/verbs';

/**
 * Finds who a sentence names: countries, their peoples, organisations and groups of countries,
 * each resolved to actor codes. Adjectives are kept but marked, so rules can tell "Russian
 * aggression" (not an actor) from "Russia" or "the Russian government" (actors).
 */
export type MentionKind = 'country' | 'people' | 'adjective' | 'org' | 'group' | 'metonym';

/**
 * Every mention is built with the same properties in the same order (`basis` undefined when there is none), so the
 * code that reads them sees one object shape and is not optimised again for another.
 */
export interface Mention {
  start: number;
  end: number;
  text: string;
  codes: string[];
  kind: MentionKind;
  /** Counting key: the same group mentioned twice counts as one thing mentioned twice. */
  key: string;
  /** A group resolved from data rather than a fixed list: what it rests on, for the reader. */
  basis?: string;
}

/**
 * The mentions of a text that names none: an empty list with the elements kind of every other mention list (emptied
 * from a list of objects), so code walking mentions sees one array shape. An empty literal is a list of small
 * integers to V8 until its allocation site has seen objects, and the first such list a function meets after it was
 * optimised deoptimises it.
 */
export const NO_MENTIONS: readonly Mention[] = [{} as Mention].slice(0, 0);

export interface ActorContext {
  date: string;
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /** The article mentions NATO, so "the alliance" means NATO. */
  natoContext: boolean;
  /** The article mentions the EU, so "the bloc" means the EU. */
  euContext: boolean;
}

export function isActor(m: Mention): boolean {
  return m.kind !== 'adjective';
}

interface SurfaceInfo { code: string; kind: MentionKind }

const SURFACES = new Map<string, SurfaceInfo[]>();
function addSurface(surface: string, info: SurfaceInfo): void {
  const list = SURFACES.get(surface) ?? [];
  if (!list.some((i) => i.kind === info.kind && i.code === info.code)) list.push(info);
  SURFACES.set(surface, list);
}
for (const c of COUNTRIES) {
  for (const n of c.names) addSurface(n, { code: c.code, kind: 'country' });
  for (const a of c.adjectives) addSurface(a, { code: c.code, kind: 'adjective' });
  for (const p of c.peoples) addSurface(p, { code: c.code, kind: 'people' });
}
for (const [name, code] of Object.entries(CAPITAL_METONYMS)) addSurface(name, { code, kind: 'metonym' });
for (const [name, code] of Object.entries(INSTITUTION_METONYMS)) addSurface(name, { code, kind: 'metonym' });
// "deployed to Powidz", "arrived in Tapa": a base or garrison town is its country, as a place only (see countryKind).
for (const [name, code] of Object.entries(MILITARY_SITES)) addSurface(name, { code, kind: 'country' });
const SITE_NAMES = new Set(Object.keys(MILITARY_SITES));
const SITE_PREP = /\b(?:to|in|into)\s+(?:the\s+)?$/;
/** "at Powidz Air Base", "Novo Selo Training Area": a site named with its facility is a place after any preposition. */
const SITE_FACILITY = /^\s+(?:Air\s+Base|Air\s+Field|Airfield|Air\s+Station|Training\s+Area|Training\s+Ground|Range|Base|Barracks|Camp|Naval\s+Base)\b/;
// "Royal Air Force Typhoons", "RAF pilots": a national service acts for its country, like its adjective.
for (const [name, code] of NATIONAL_SERVICES) addSurface(name, { code, kind: 'adjective' });
const RANK_AFTER = new RegExp(String.raw`^\s+${MILITARY_RANK}(?=\s|$)`);
const SERVICE_NAMES = new Set(NATIONAL_SERVICES.map(([n]) => n));
for (const [prefix, code] of SHIP_PREFIXES) addSurface(prefix, { code, kind: 'adjective' });
const SHIP_PREFIX_SET = new Set(SHIP_PREFIXES.map(([p]) => p));
const PLATFORM_NAME_SET = new Set<string>(PLATFORM_NAMES);
// "the Republic of Poland", "the Kingdom of Denmark": one mention of the country.
for (const c of COUNTRIES) for (const n of c.names.slice(0, 1)) for (const p of FORMAL_NAME_PREFIXES) addSurface(`${p} ${n}`, { code: c.code, kind: 'country' });

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Surfaces a mention can be: only those that start with a capital are ever looked for. */
const surfacesOfLength = (fits: (n: number) => boolean): string[] => [...SURFACES.keys()].filter((x) => fits(x.length) && /^\p{Lu}/u.test(x));
const LONG_SURFACES = surfacesOfLength((n) => n >= 2);
const ONE_LETTER_SURFACES = surfacesOfLength((n) => n === 1);
/**
 * Every lexicon surface where a mention can start: at a capital that does not go on a word or an abbreviation
 * ("U.S."), the longest surface there that ends on a word boundary ("U.S." but not "U.S.A" partial). One-letter
 * surfaces only at the end of the text, as the two-character index that found candidates before did.
 */
// Literal surfaces need no Unicode mode (a pair of surrogates is matched as written), which compiles and runs faster.
const SURFACE_AT = new RegExp(
  `(?<![\\w.])(?:${LONG_SURFACES.length ? `(?:${alternation(LONG_SURFACES, 'literal')})(?![\\w]|\\.\\w)` : '(?!)'}${ONE_LETTER_SURFACES.length ? `|(?:${alternation(ONE_LETTER_SURFACES, 'literal')})(?=$|\\x00)` : ''})`,
  'g',
);

const GOVERNMENT_NOUN = /^\s+(?:government|authorities|officials?|ministry|military|army|armed forces|forces|troops|soldiers|navy|air force|president|prime minister|premier|chancellor|leader|leadership|defen[cs]e ministry|foreign ministry|embassy|parliament|cabinet|diplomats?|side|state|administration|regime|counterpart)\b/i;
const PEOPLE_FOLLOWER = /^(?:\s*(?:[,.;:!?)"”]|$)|\s+(?:are|is|were|was|have|has|had|will|would|could|can|may|might|must|should|also|and|or|too|themselves|who|which|that|say|says|sent|gave|said|told|made|took|began|plan|plans|want|wants|[a-z]+ed)\b)/;
const PREP_BEFORE_METONYM = /\b(?:in|at|near|outside|around|visit(?:s|ed|ing)?|of)\s+$/;
// Case-insensitive: "the Budapest Memorandum", "the Vilnius Summit Communiqué" name documents and meetings.
const METONYM_PLACE_NOUN = /^(?:-based\b|\s+(?:summit|meeting|talks|conference|forum|format|declaration|communiqu\w*|airport|agreement|accords?|treaty|memorandum|charter|convention|protocol|process|initiative|correspondent|bureau|office|residents?)\b)/i;
const NAME_LIKE_CAPITALS = new Set(['Sofia', 'Paris']);
const AUX_AFTER_METONYM = /^\s+(?:(?:also|has|have|had|is|was|will|would|did|does|said|says|announced|pledged|agreed|decided|sent|warned|insisted|wants|plans)\b|[a-z]+ed\b)/;
const CAPITALISED_FUNCTION_WORD = /^(?:In|To|From|And|The|For|With|By|At|On|Of|Both|Neighbouring|Neighboring|King|Like|Unlike|While|As|Including|Then)$/;

const NEIGHBOUR_NAMES = COUNTRIES.flatMap((c) => c.names.map((n) => [n, c.code] as const));
const COUNTRY_BY_NAME = new Map(NEIGHBOUR_NAMES);
const COUNTRY_NAME_ALT = NEIGHBOUR_NAMES.map(([n]) => n).sort((a, b) => b.length - a.length).map(escape).join('|');

interface GroupPattern {
  cues: string[];
  re: RegExp;
  resolve: (m: RegExpExecArray, ctx: ActorContext) => string[] | null;
  key: (m: RegExpExecArray) => string;
  /** Set for groups whose members are worked out (borders, membership on a date), not listed. */
  basis?: (m: RegExpExecArray, ctx: ActorContext) => string;
}

const BALTIC = ['EE', 'LT', 'LV'];
/** "countries bordering Russia" in a NATO story means the alliance's members there. */
const membersOnly = (m: RegExpExecArray, ctx: ActorContext): boolean => /member|allies|NATO|alliance/i.test(m[0]) || ctx.natoContext;
const GROUPS: GroupPattern[] = [
  {
    cues: ['bord', 'neighbo', 'adjacent'],
    // "member states bordering Russia and Belarus", "NATO's eastern members on the border with Russia"
    re: new RegExp(
      `(?:NATO(?:'s|’s)?\\s+|alliance(?:'s|’s)?\\s+)?(?:(?:eastern|frontline|front-line)\\s+)?(member states|member countries|members|countries|states|allies|nations)\\s+(?:that\\s+|which\\s+)?(?:bordering|border|borders|on the border with|on the borders? of|neighbouring|neighboring|adjacent to|sharing a border with|share a border with)\\s+(${COUNTRY_NAME_ALT})(?:\\s*(?:,|and|or)\\s+(${COUNTRY_NAME_ALT}))?(?![\\w])`,
      'g',
    ),
    resolve: (m, ctx) => {
      const targets = [m[2], m[3]].filter((x): x is string => !!x).map((n) => COUNTRY_BY_NAME.get(n)!);
      const out = new Set<string>();
      for (const t of targets) for (const n of ctx.neighbours.get(t) ?? []) out.add(n);
      for (const t of targets) out.delete(t);
      const list = [...out].filter((c) => !membersOnly(m, ctx) || isNatoMember(c, ctx.date)).sort();
      return list.length > 0 ? list : null;
    },
    key: (m) => `border:${m[2]}:${m[3] ?? ''}`,
    basis: (m, ctx) => (membersOnly(m, ctx) ? `land borders and NATO membership on ${ctx.date}` : 'land borders'),
  },
  {
    cues: ['Baltic'],
    // "the Baltic states", "our Baltic Allies", "the Baltic region" (not the Baltic Sea region, a sea).
    re: /#?\bBaltic\s+(?:[Ss]tates|[Cc]ountries|[Nn]ations|[Rr]epublics|[Aa]llies|[Mm]embers|[Pp]artners|[Ll]eaders|[Cc]ounterparts|[Gg]overnments|[Pp]residents|[Pp]rime\s+[Mm]inisters|(?:[Dd]efen[cs]e\s+|[Ff]oreign\s+)?[Mm]inisters|[Nn]eighbou?rs|region(?:['’]s countries)?)\b|\bBaltics\b|\bBaltic\s+trio\b/g,
    resolve: () => BALTIC,
    key: () => 'baltic',
  },
  // Joint Expeditionary Force (UK-led): the UK, Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, the Netherlands, Norway, Sweden.
  { cues: ['JEF', 'Expeditionary'], re: /\b(?:JEF|Joint Expeditionary Force)(?:\s+(?:nations|countries|members|partners|allies))?\b/g, resolve: () => ['DK', 'EE', 'FI', 'GB', 'IS', 'LT', 'LV', 'NL', 'NO', 'SE'], key: () => 'jef' },
  // The Group of Seven's member countries (the EU takes part but is not one of the seven).
  { cues: ['G7', 'G-7', 'Group of Seven'], re: /\b(?:G7|G-7|Group of Seven)(?:\s+(?:nations|countries|members|leaders|partners|economies))?\b/g, resolve: () => ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US'], key: () => 'g7' },
  { cues: ['Nordic'], re: /\bNordic\s+(?:[Cc]ountries|[Ss]tates|[Nn]ations|[Aa]llies|[Pp]artners)\b/g, resolve: () => ['DK', 'FI', 'IS', 'NO', 'SE'], key: () => 'nordic' },
  { cues: ['Visegr', 'V4'], re: /\bVisegr[aá]d\s+(?:Group|Four|countries|states)\b|\bV4\b/g, resolve: () => ['CZ', 'HU', 'PL', 'SK'], key: () => 'v4' },
  {
    cues: ['lank'],
    re: /\b[Ee]astern\s+[Ff]lank(?:\s+(?:countries|states|nations|allies|members))?\b/g,
    resolve: () => [...EASTERN_FLANK],
    key: () => 'eastern-flank',
  },
];

const ORG_CUES = ['NATO', 'N.A.T', 'North Atlantic', 'lliance', 'llies', 'llied', 'EU', 'E.U.', 'European', 'bloc', 'Article 5'];
/** `need`: words a pattern cannot match without (a text lacking them all skips it). */
/** Known formations ("82nd Airborne Division"): one pattern, their heads as its cheap cue; they act for their country like an adjective. */
const UNIT_CODE = new Map(KNOWN_UNITS.map(([name, code]) => [name, code]));
const UNIT_RE = new RegExp(`\\b(?:${[...UNIT_CODE.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|${NATIONAL_UNIT_TYPES.map(([re]) => `(${re})`).join('|')})\\b`, 'g');
/** The country of a unit matched by UNIT_RE: a known name, else the national type whose group matched. */
function unitCode(m: RegExpExecArray): string {
  const named = UNIT_CODE.get(m[0]);
  if (named) return named;
  const group = m.slice(1).findIndex((g) => g !== undefined);
  return NATIONAL_UNIT_TYPES[group]![1];
}
/** Words UNIT_RE cannot match without: looked up like the group and organisation cues, not scanned for in every sentence. */
export const UNIT_CUES: readonly string[] = ['Team', 'Squadron', 'Group', 'Division', 'Brigade', 'Regiment', 'Corps', 'Command', 'Wing', 'Fleet', 'Force', 'Unit', 'Hussars', 'Welsh', 'Lancers', 'Guards', 'Dragoons', 'Rifles', 'Cavalry', 'Artillery', 'Engineers', 'Legion', 'brigade'];

interface OrgPattern { re: RegExp; code: string; need: readonly string[]; when?: (ctx: ActorContext) => boolean }
const ORGS: OrgPattern[] = [
  { re: /#?\bNATO(?:s(?=\s+[a-z]))?\b|\bN\.A\.T\.O\.|\bNorth Atlantic Treaty Organi[sz]ation\b|\bNorth Atlantic Alliance\b/g, code: 'NATO', need: ['NATO', 'N.A.T.O.', 'North Atlantic'] },
  { re: /\b[Tt]he (?:[Aa]tlantic |transatlantic )?[Aa]lliance\b/g, code: 'NATO', need: ['lliance'], when: (c) => c.natoContext },
  // "Allies agreed to …" in a NATO story is the alliance deciding; "Kyiv's allies agreed" is not.
  { re: /(?<![\w'’]\s)\b[Aa]llies(?=\s+(?:also\s+)?(?:agreed|decided|committed|pledged)\b)/g, code: 'NATO', need: ['llies'], when: (c) => c.natoContext },
  // "America's commitment to Article 5": the treaty's collective-defence clause stands for the alliance.
  { re: /\bArticle\s+5\b|\bAllied\s+territory\b/g, code: 'NATO', need: ['Article', 'Allied'] },
  { re: /#?\bEU\b|\bE\.U\.|\bEuropean Union\b|\bEuropean Commission\b|\bEuropean Council\b/g, code: 'EU', need: ['EU', 'E.U.', 'European'] },
  { re: /\b[Tt]he bloc\b/g, code: 'EU', need: ['he bloc'], when: (c) => c.euContext },
];

/**
 * "its 32 member countries", "the alliance's 31 members" in a NATO story: a counted group that is the whole
 * membership on the article's date is the alliance itself; any other count stays no actor.
 */
const WHOLE_MEMBERSHIP = /\b(?:its|the\s+[Aa]lliance['’]s|NATO['’]s|all)\s+(\d{2})\s+(?:member\s+)?(?:countries|states|nations|members|[Aa]llies)\b/g;

/** Words WHOLE_MEMBERSHIP cannot match without. */
const MEMBERSHIP_CUES = ['member', 'llies'];

function wholeMembership(text: string, ctx: ActorContext, out: Mention[], has: HasCue): void {
  if (!ctx.natoContext || !has(MEMBERSHIP_CUES)) return;
  // The membership on the date is counted only for a sentence that gives a count.
  let size: string | undefined;
  WHOLE_MEMBERSHIP.lastIndex = 0;
  for (let m = WHOLE_MEMBERSHIP.exec(text); m; m = WHOLE_MEMBERSHIP.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[1] === (size ??= String(natoMembersOn(ctx.date).length)) && !overlaps(span, out)) out.push({ start: span.start, end: span.end, text: m[0], codes: ['NATO'], kind: 'org', key: 'NATO', basis: undefined });
  }
}

function overlaps(a: { start: number; end: number }, list: Array<{ start: number; end: number }>): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

function wordBefore(text: string, at: number): string {
  const m = /([\w.'’-]+)\s*$/.exec(text.slice(Math.max(0, at - 40), at));
  return m ? m[1]! : '';
}

interface SurfaceKinds { country?: SurfaceInfo; people?: SurfaceInfo; adjective?: SurfaceInfo; metonym?: SurfaceInfo }
const KINDS = new Map<string, SurfaceKinds>();
for (const [surface, infos] of SURFACES) {
  const k: SurfaceKinds = {};
  for (const i of infos) if (i.kind === 'country' || i.kind === 'people' || i.kind === 'adjective' || i.kind === 'metonym') k[i.kind] ??= i;
  KINDS.set(surface, k);
}

function beforeOf(text: string, start: number): string {
  return text.slice(Math.max(0, start - 30), start);
}

function afterOf(text: string, end: number): string {
  return text.slice(end, end + 40);
}

function includesAny(text: string, cues: readonly string[]): boolean {
  for (const c of cues) if (text.includes(c)) return true;
  return false;
}

/** Common nouns a country's short name modifies rather than names the country before ("U.S. jobs", "U.S. military assistance"). */
const ADJECTIVAL_NOUN = /^\s+(?:(?:military|security|financial|economic|humanitarian)\s+(?:assistance|aid|support|help)|jobs|industry|industries|economy|companies|firms|manufacturers|workers|taxpayers|defen[cs]e\s+(?:industry|industrial|equipment|companies|firms|manufacturers)|interests|markets?)\b/;

function countryKind(text: string, start: number, end: number, surface: string): SurfaceInfo | null {
  const { country, people, adjective, metonym } = KINDS.get(surface) ?? {};
  if (country) {
    if (SITE_NAMES.has(surface)) return SITE_PREP.test(beforeOf(text, start)) || SITE_FACILITY.test(afterOf(text, end)) ? country : null;
    // The US state: "Fort Stewart, Georgia", "the Georgia National Guard".
    if (surface === 'Georgia' && (US_STATE_CUE.test(text) || /\b(?:Fort|Camp)\s+[A-Z][\w-]*,\s*$/.test(beforeOf(text, start)) || /^\s+(?:Army\s+|Air\s+)?National\s+Guard\b/.test(afterOf(text, end)))) return null;
    if (surface === 'Jordan') {
      const prev = wordBefore(text, start);
      if ((/^[A-Z]/.test(prev) && !CAPITALISED_FUNCTION_WORD.test(prev)) || /^\s+[A-Z][a-z]+/.test(afterOf(text, end))) return null;
    }
    if (surface === 'America' && (/(?:South|Latin|North|Central)\s+$/.test(beforeOf(text, start)) || /^s\b/.test(afterOf(text, end)))) return null;
    // "U.S. jobs", "UK defence industry": a short name that is also the adjective, before a common noun, modifies it.
    if (adjective && ADJECTIVAL_NOUN.test(afterOf(text, end))) return adjective;
    return country;
  }
  if (metonym) {
    const b = beforeOf(text, start);
    if (PREP_BEFORE_METONYM.test(b)) return null;
    // "the Vilnius summit", "Madrid talks": the place of a meeting, not a government.
    if (METONYM_PLACE_NOUN.test(afterOf(text, end))) return null;
    // "Sofia" and "Paris" are also first names: only a subject, a possessor or "to Paris".
    if (NAME_LIKE_CAPITALS.has(surface)) {
      const a = afterOf(text, end);
      const prev = wordBefore(text, start);
      if (/^\s+[A-Z]/.test(a) || (/^[A-Z]/.test(prev) && !CAPITALISED_FUNCTION_WORD.test(prev))) return null;
      if (!/\bto\s+$/.test(b) && !/^(?:'s|’s)\b/.test(a) && !AUX_AFTER_METONYM.test(a)) return null;
    }
    if (surface === 'Washington' && (/^\s+(?:Post|Times|state|State|Examiner|Institute|Consensus)\b/.test(afterOf(text, end)) || /[A-Z][a-z]+\s+$/.test(b))) return null;
    return metonym;
  }
  if (people && !adjective) return people;
  if (!adjective) return null;
  // A ship prefix only before a ship's name ("USS Forrest Sherman"); alone it is an acronym of something else.
  if (SHIP_PREFIX_SET.has(surface) && !/^\s+\p{Lu}/u.test(afterOf(text, end))) return null;
  // "Royal Air Force Lakenheath", "RAF Coningsby": a base named after the service, not the service acting.
  if (SERVICE_NAMES.has(surface)) {
    const next = /^\s+(\p{Lu}[\p{L}\d-]*)/u.exec(afterOf(text, end))?.[1];
    // "British Army Lt. Rob Coombs": a rank after the service is its member's, not a base's name.
    if (next && !PLATFORM_NAME_SET.has(next) && !RANK_AFTER.test(afterOf(text, end))) return null;
  }
  const a = afterOf(text, end);
  if (people && /\bthe\s+$/i.test(beforeOf(text, start)) && PEOPLE_FOLLOWER.test(a)) return people;
  return GOVERNMENT_NOUN.test(a) ? { code: adjective.code, kind: 'country' } : adjective;
}

/** A mention of a known formation ("82nd Airborne Division"), which acts for its own country. */
export function isKnownUnit(m: Mention): boolean {
  return m.kind === 'adjective' && (UNIT_CODE.has(m.text) || /^\d/.test(m.text));
}

/** Whether the text being read holds one of `cues` (a substring test, answered from an index for an article's sentences). */
type HasCue = (cues: readonly string[]) => boolean;

/** All mentions in `text` (offsets relative to it), sorted by start; longer matches win overlaps. */
export function findMentions(text: string, ctx: ActorContext): readonly Mention[] {
  return mentionsWith(text, ctx, GROUPS, ORG_CUES, ORGS, UNIT_CUES, (cues) => includesAny(text, cues));
}

/**
 * `findMentions` for the slices of one text (an article's sentences), given as `whole.slice(start, start + slice.length)`:
 * a cue word the whole text lacks is in none of its slices, so the group patterns and organisation cues are narrowed
 * to those in the text, once per text; and where each remaining cue occurs is found once, so a slice is not searched
 * for every cue again.
 */
export function mentionFinder(whole: string, ctx: ActorContext): (slice: string, start: number) => readonly Mention[] {
  const groups = GROUPS.filter((g) => includesAny(whole, g.cues));
  const orgCues = ORG_CUES.filter((c) => whole.includes(c));
  const orgs = ORGS.filter((o) => includesAny(whole, o.need));
  const unitCues = UNIT_CUES.filter((c) => whole.includes(c));
  const where = new CueOccurrences(whole, [...groups.flatMap((g) => g.cues), ...orgCues, ...MEMBERSHIP_CUES, ...unitCues]);
  return (slice, start) => mentionsWith(slice, ctx, groups, orgCues, orgs, unitCues, (cues) => where.anyWithin(cues, start, start + slice.length));
}

/** Where each of some cue words occurs in a text (every start, overlapping ones too), in order. */
class CueOccurrences {
  private readonly starts = new Map<string, number[]>();

  constructor(text: string, cues: readonly string[]) {
    for (const cue of cues) {
      if (this.starts.has(cue)) continue;
      const at: number[] = [];
      for (let i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) at.push(i);
      this.starts.set(cue, at);
    }
  }

  /** Whether one of `cues` occurs wholly within [from, to): what `text.slice(from, to).includes(cue)` says. */
  anyWithin(cues: readonly string[], from: number, to: number): boolean {
    for (const cue of cues) {
      const at = this.starts.get(cue);
      if (!at?.length) continue;
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      if (lo < at.length && at[lo]! + cue.length <= to) return true;
    }
    return false;
  }
}

function mentionsWith(text: string, ctx: ActorContext, groups: readonly GroupPattern[], orgCues: readonly string[], orgs: readonly OrgPattern[], unitCues: readonly string[], has: HasCue): readonly Mention[] {
  const out: Mention[] = [];
  for (const g of groups) {
    if (!has(g.cues)) continue;
    g.re.lastIndex = 0;
    for (let m = g.re.exec(text); m; m = g.re.exec(text)) {
      const codes = g.resolve(m, ctx);
      const span = { start: m.index, end: m.index + m[0].length };
      if (!codes || overlaps(span, out)) continue;
      out.push({ start: span.start, end: span.end, text: m[0], codes, kind: 'group', key: g.key(m), basis: g.basis ? g.basis(m, ctx) : undefined });
    }
  }
  wholeMembership(text, ctx, out, has);
  const orgCue = has(orgCues);
  for (const o of orgs) {
    if (!orgCue || (o.when && !o.when(ctx))) continue;
    o.re.lastIndex = 0;
    for (let m = o.re.exec(text); m; m = o.re.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!overlaps(span, out)) out.push({ start: span.start, end: span.end, text: m[0], codes: [o.code], kind: 'org', key: o.code, basis: undefined });
    }
  }
  if (unitCues.length && has(unitCues)) {
    UNIT_RE.lastIndex = 0;
    for (let m = UNIT_RE.exec(text); m; m = UNIT_RE.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const code = unitCode(m);
      if (!overlaps(span, out)) out.push({ start: span.start, end: span.end, text: m[0], codes: [code], kind: 'adjective', key: code, basis: undefined });
    }
  }
  SURFACE_AT.lastIndex = 0;
  for (let m = SURFACE_AT.exec(text); m; m = SURFACE_AT.exec(text)) {
    const surface = m[0];
    const span = { start: m.index, end: m.index + surface.length };
    if (overlaps(span, out)) continue;
    const info = countryKind(text, span.start, span.end, surface);
    if (info) out.push({ start: span.start, end: span.end, text: surface, codes: [info.code], kind: info.kind, key: info.code, basis: undefined });
  }
  // Most sentences' mentions come out of the capital scan alone, already in order.
  if (!out.length) return NO_MENTIONS;
  return inOrder(out) ? out : out.sort((a, b) => a.start - b.start);
}

function inOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i]!.start < mentions[i - 1]!.start) return false;
  return true;
}

/** Union of codes, sorted and deduplicated. */
export function codesOf(mentions: readonly Mention[]): string[] {
  return [...new Set(mentions.flatMap((m) => m.codes))].sort();
}
