import { isAlliedHost } from '../../domain/nato-membership';
import { EASTERN_FLANK } from '../../domain/eastern-flank';
import { isKnownUnit, type Mention } from '../actors';
import { clauseStart } from '../clause';
import { placesIn, sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { flankPurpose, isBlockedAt, NO_TROOPS, troopsDraft } from '../kit';
import { alternation, formsOf } from '../lexicon/verbs';
import { FORCE_PLATFORMS, NAMED_UNIT, REGIONS, TROOP_NOUNS, UNIT_NOUNS } from '../lexicon/words';
import type { Rule } from '../registry';
import { troopsOf } from './troops';

/**
 * A force and where it is, told with a predicate of presence rather than a transitive deployment verb
 * (rule id troops.force):
 *   "U.S. Air Force fighter aircraft will arrive at Łask Air Base, Poland", "British fighter jets will fly air
 *   defence missions over Poland", "UK jets will protect the skies of NATO’s eastern flank", "F-15E Strike Eagle
 *   fighters from the U.S. Air Force’s 48th Fighter Wing are scheduled to begin deterrence operations at …",
 *   "the Polish and Danish F-16 aircraft already executing NATO’s Air Policing mission from Siauliai Air Base,
 *   Lithuania", "The 52nd Fighter Wing continues to support coalition objectives in Romania", "While conducting
 *   deterrence activities along NATO’s Eastern Flank, the 90th EFS …".
 * The force is troops, a unit, a named formation or aircraft and ships. Its sender is its own adjective or
 * owner ("British", "UK", "Royal Air Force", "the U.S. Air Force’s"), else the article's actor (a named unit or
 * "the troops" in a release about its own forces). The host is an allied place in the predicate; a region
 * without members ("the Baltic Sea region", "Europe") gives `to: []` for a formation or a counted force; no place
 * but a purpose "to reinforce/bolster … NATO’s eastern flank" gives the eight eastern-flank hosts.
 */

const FORCE_WORDS = [...TROOP_NOUNS, ...UNIT_NOUNS.flatMap((u) => [u, `${u}s`]), ...FORCE_PLATFORMS, 'armed forces', 'Armed Forces', 'Air Force', 'Airforce', 'Navy', 'Army'];
// "Barksdale Air Force Base", "Naval Air Station": a place named after a service is no force.
const FORCE = new RegExp(String.raw`\b(?:${alternation(FORCE_WORDS)})\b(?!\s+(?:Base|Bases|Station|Academy|Garrison)\b)|\b${NAMED_UNIT}`, 'gi');
const NAMED = new RegExp(String.raw`^${NAMED_UNIT}$`);
const NAMED_HEAD = new RegExp(String.raw`^${NAMED_UNIT}`);
/** Predicates that place a force: arriving, operating, flying, protecting airspace, executing a mission, being stationed. */
const PRESENCE = new RegExp(String.raw`['’]s\s+(?:[\w-]+\s+){0,2}?(?:deployment|presence|rotation)\b|\b(?:arriv(?:e|es|ed|ing)|(?:re)?deploy(?:s|ed|ing)?|reposition(?:s|ed|ing)?|relocat(?:e|es|ed|ing)|return(?:s|ed|ing)?|(?:(?:is|are|was|were|been|be|remain|remains)\s+)?(?:currently\s+|permanently\s+|already\s+|now\s+|still\s+|also\s+)?(?:forward[- ])?(?:stationed|based|positioned|located)|operat(?:e|es|ed|ing)|fl(?:y|ies|ew|ying)\s+(?:[\w-]+\s+){0,3}?(?:missions?|sorties|patrols?)|patrol(?:s|led|ling)?|(?:protect|polic|defend|guard|secur)(?:e|es|s|ed|ing)?\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:skies|airspace)|conduct(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?(?:operations|missions|patrols|port\s+visits?|demonstration|activities)|begin\s+(?:[\w-]+\s+){0,2}?operations|(?:take|takes|took|taking)\s+part\s+in|participat(?:e|es|ed|ing)\s+in|(?:held|holds?|conduct(?:s|ed)?|complet(?:e|es|ed))\s+(?:a|an|the|its|their)\s+transfer[- ]of[- ]authority|transferr?(?:s|ed|ing)?\s+authority|(?:is|are|was|were|been)\s+(?:training|exercising|testing|drilling)\b(?=(?:\s+[\w'’-]+){0,3}?\s+(?:in|at)\s)|support(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?(?:objectives|operations|missions?)|execut(?:e|es|ed|ing)\s+(?:[\w’'-]+\s+){0,4}?missions?|join(?:s|ed|ing)?\s+(?:up\s+with\s+)?(?:the\s+)?(?:allied|NATO|multinational|Allied|partner)\b|enter(?:s|ed)?\s+port|touch(?:es|ed)?\s+down|land(?:s|ed)?|(?:begin|began|begun|start|started|starts|begins|assume|assumes|assumed)\s+(?:(?:a|an|its|their|the)\s+)?(?:[\w-]+\s+){0,2}?(?:rotation|deployment|tour|mission|duties|duty)|(?:take|takes|took|taking|taken)\s+over\s+(?:[\w’'-]+\s+){0,5}?(?:missions?|duties|command|responsibility)|(?:assume|assumes|assumed|assuming)\s+command\s+of|sail(?:s|ed|ing)?\s+(?:in)?to|fl(?:y|ies|ew|ying|own)\s+(?:back\s+)?(?:in)?to\s+|lead(?:s|ing)?\s+the\s+(?:[\w-]+\s+){0,3}?mission|sp(?:end|ends|ent|ending)\s+(?:(?:a|an|the|two|three|four|five|six|nine|several|many|\d+)\s+)?(?:days?|weeks?|months?|years?)|train(?:s|ed)?(?=\s+(?:(?:in|at|alongside|together\s+with)\s)))\b`, 'gi');
const SHIP = /\b(?:ships?|vessels?|destroyers?|frigates?|carriers?|submarines?|warships|minehunters)\b/i;
const BARE_PARTICIPLE = /^(?:(?:currently|permanently|already)\s+)?(?:forward[- ])?(?:stationed|based|positioned|located|deployed|redeployed|repositioned)$/i;
/** Movement predicates: "from X" names where the force comes from, not where it goes. */
const MOVEMENT = /^(?:arriv|deploy|redeploy|reposition|relocat|return|land|touch|sail|fl(?:y|ie|ew|own))/i;
/** Where a predicate's complement ends: a clause, a purpose, a time phrase, another force. */
const COMPLEMENT_END = /;|[.!?]$|\s[—–]\s|,?\s+(?:as\s+part\s+of|in\s+support\s+of|in\s+response\s+to|as\s+well\s+as)\b|,\s+as\s|,\s+(?:and|but|while|which|who)\s+(?=[a-z])|\s+(?:since|after|before|until|following|when|while|during|because|alongside|including)\b|\s+to\s+(?!the\b|its\b|their\b|an?\b|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)\w*\s)[a-z]+\b/;
const REGION = new RegExp(String.raw`\b(?:the\s+)?(?:${alternation(REGIONS)})\b`);
const NP_BREAK = /\b(?:of|from|with|for|to|by|in|at|on|into|alongside|including|against|than|like|is|are|was|were|has|have|had|will|would|can|could|that|which|who|whom|join|joins|joined)\s+/gi;

// A verb before a force head makes it an object ("The Polish air base offers U.S. forces …", "thanked the troops"):
// every finite or -ing form of the lexicon's verb classes, and common verbs that take forces as objects.
const OBJECT_VERBS = [
  ...(['transfer', 'deploy', 'host', 'announce', 'speech', 'assure', 'promise', 'train', 'fund'] as const).flatMap((c) => formsOf(c, ['s', 'past', 'ing'])),
  'offers', 'offered', 'offering', 'gives', 'gave', 'thanks', 'thanked', 'thanking', 'praises', 'praised', 'includes', 'included', 'including',
  'requires', 'required', 'allows', 'allowed', 'enables', 'enabled', 'helps', 'helped', 'welcomes', 'welcomed', 'visits', 'visited', 'visiting',
  'meets', 'met', 'meeting', 'joins', 'joined', 'joining', 'accompanies', 'accompanied', 'replaces', 'replaced', 'replacing', 'supports', 'supported', 'supporting',
];
const VERBISH = new RegExp(String.raw`\b(?:${alternation(OBJECT_VERBS)})\s+`, 'gi');

interface Force { start: number; end: number; npStart: number; named: boolean; subject: boolean; ref?: Force }

/** The last comma before `at` that is not inside a number ("1,000"). */
function lastComma(text: string, at: number): number {
  for (let i = text.lastIndexOf(',', at - 1); i >= 0; i = text.lastIndexOf(',', i - 1)) {
    if (!(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) return i;
  }
  return -1;
}

/** Where the noun phrase of a force head begins (after the last preposition or verb before it) and whether it heads its clause. */
function npStartOf(s: SentenceView, head: number): { npStart: number; subject: boolean } {
  const from = Math.max(clauseStart(s, head), lastComma(s.text, head) + 1, head - 80);
  const region = s.text.slice(from, head);
  let cut = -1;
  NP_BREAK.lastIndex = 0;
  for (let m = NP_BREAK.exec(region); m; m = NP_BREAK.exec(region)) cut = m.index + m[0].length;
  // A finite verb before the head ("The Polish air base offers U.S. forces …") makes it an object.
  VERBISH.lastIndex = 0;
  for (let m = VERBISH.exec(region); m; m = VERBISH.exec(region)) if (m.index + m[0].length > cut) cut = m.index + m[0].length;
  return cut < 0 ? { npStart: from, subject: true } : { npStart: from + cut, subject: false };
}

/**
 * The nations (and NATO, when it owns the force: "NATO troops", "NATO’s newest rapid-response force") written in
 * text[from, to) before a force head at `head`. Module-level: no closures per force.
 */
function ownersIn(s: SentenceView, from: number, to: number, head: number): Mention[] {
  const out: Mention[] = [];
  for (const m of s.mentions) {
    if (m.start < from || m.end > to || m.kind === 'group') continue;
    if (m.kind === 'org' && !(m.codes[0] === 'NATO' && (/^['’]s?\s/.test(s.text.slice(m.end, m.end + 3)) || /^\s+(?:[\w-]+\s+){0,2}$/.test(s.text.slice(m.end, head))))) continue;
    out.push(m);
  }
  return out;
}

/** The force's own adjective or owner ("British", "UK jets", "the U.S. Air Force’s 48th Fighter Wing"), else []. */
function ownerOf(s: SentenceView, f: Force): string[] {
  // The noun phrase begins after the last preposition, so every adjective or owner inside it describes the force.
  // "NATO troops", "NATO’s newest rapid-response force": the alliance owns a force it names as its own.
  const inNp = ownersIn(s, f.npStart, f.start, f.start);
  if (inNp.length) return sortedCodes(inNp);
  // "A Spanish Air Force detachment of eight Eurofighters": the owner of the formation the force makes up.
  const partOf = /\b(?:detachment|contingent|squadron|unit|battalion|company|flight|team|battery|rotation|group)\s+of\s+$/i.exec(s.text.slice(Math.max(0, f.npStart - 40), f.npStart));
  if (partOf) {
    const headAt = f.npStart - (s.text.slice(Math.max(0, f.npStart - 40), f.npStart).length - partOf.index);
    const owners = ownersIn(s, clauseStart(s, headAt), headAt, f.start);
    if (owners.length) return sortedCodes(owners);
  }
  // "fighters from the U.S. Air Force’s 48th Fighter Wing": the owner of the unit the force comes from.
  const post = /^\s+from\s+(?:the\s+)?([^,;]{0,60}?)(?:\s+(?:are|is|will|were|was|have|has|at)\b|,)/.exec(s.text.slice(f.end));
  if (post) {
    const at = f.end + post[0].indexOf(post[1]!);
    const owners = s.mentions.filter((m) => m.start >= at && m.end <= at + post[1]!.length && m.kind !== 'org' && /^(?:['’]s?\b|\s+(?:Air\s+Force|Army|Navy|Marine\s+Corps|Armed\s+Forces)\b)/.test(s.text.slice(m.end, m.end + 14)));
    if (owners.length) return sortedCodes(owners);
  }
  return [];
}

function extraHosts(s: SentenceView, from: number, to: number): Mention[] {
  // "Polish airspace", "Poland’s airspace", "the skies over Poland", "over Poland", "out of Greece".
  return s.mentions.filter((m) => m.start >= from && m.end <= to && m.kind !== 'org' && (
    /^(?:['’]s)?\s+(?:airspace|skies)\b/.test(s.text.slice(m.end, m.end + 12))
    || /\b(?:over|out\s+of|skies\s+(?:of|over)|airspace\s+(?:of|over))\s+(?:the\s+)?(?:(?:NATO|Europe|the\s+[Aa]lliance)['’]?s?\s+)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)\w*\s+)?$/.test(s.text.slice(Math.max(0, m.start - 32), m.start))));
}

/** Allied hosts named in text[from, to); "from <Base>, Country" only for a force operating (not moving) from there. */
function hostsIn(s: SentenceView, doc: DocView, from: number, to: number, senders: readonly string[], movement: boolean): string[] {
  const places = [...placesIn(s, from, to), ...extraHosts(s, from, to)];
  if (!movement) {
    const base = /\bfrom\s+(?:\p{Lu}[\p{L}\d’'-]*\s+){1,4}(?:Air\s+Base|Base|Airfield|Air\s+Station),\s+$/u;
    places.push(...s.mentions.filter((m) => m.start >= from && m.end <= to && m.kind === 'country' && base.test(s.text.slice(Math.max(0, m.start - 60), m.start))));
  }
  const anyHost = senders.length > 0 && senders.every((c) => c === 'RU' || c === 'BY');
  return sortedCodes(places).filter((c) => !senders.includes(c) && c !== 'NATO' && c !== 'EU' && c !== doc.warCountry && (anyHost || isAlliedHost(c, doc.article.date)));
}

/** Force heads; coordinated heads ("Four Italian Eurofighter jets and about 150 airmen", "101st Airborne Division and 2nd Brigade Combat Team") are one force. */
function forces(s: SentenceView): Force[] {
  const out: Force[] = [];
  FORCE.lastIndex = 0;
  for (let m = FORCE.exec(s.text); m; m = FORCE.exec(s.text)) {
    const last = out[out.length - 1];
    if (last && COORDINATED.test(s.text.slice(last.end, m.index))) {
      last.end = m.index + m[0].length;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, ...npStartOf(s, m.index), named: NAMED.test(m[0]) });
  }
  // "…, and they will return to Spangdahlem Air Base, Germany": a pronoun subject is the force named before it.
  if (out.length) {
    THEY.lastIndex = out[0]!.end;
    for (let m = THEY.exec(s.text); m; m = THEY.exec(s.text)) {
      const ref = [...out].reverse().find((f) => f.end <= m!.index && !f.ref);
      if (ref) out.push({ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length, npStart: m.index + m[0].length - m[1]!.length, named: ref.named, subject: true, ref });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** A force followed by its own auxiliary is the subject of its own predicate. */
const AUX_AFTER = /^\s+(?:will|would|are|is|were|was|have|has|had)\b/;
const ORIGIN_GAP = /^\s*,?\s*(?:from|with|assigned\s+to)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}$/;
const THEY = /(?:^|[,;]\s*(?:and|but|while)?\s*|\band\s+)(they)\b/g;

// "… ship USS Arlington (LPD 24) and Whidbey Island-class dock landing ship": names and codes between heads stay one force.
const COORDINATED = /^\s*(?:(?:USS|HMS|[A-Z][\w.-]*)\s+){0,4}(?:\([^)]*\)\s*)?,?\s*(?:and|&)\s+(?:the\s+)?(?:[\w.,'’-]+\s+){0,4}$/;

export function forcePresence(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  const kinds: string[] = [];
  // Nothing is placed without a predicate of presence: most sentences have none, so skip finding their forces.
  PRESENCE.lastIndex = 0;
  if (!PRESENCE.test(s.text)) return out;
  const found = forces(s);
  if (!found.length) return out;
  const flank = flankPurpose(s.text);
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    // The force must head its clause (a subject) or take a participle right after it ("aircraft already executing …").
    const before = s.text.slice(f.npStart, f.start);
    const subject = f.subject;
    const nextForce = found[i + 1];
    const limit = Math.min(s.text.length, f.end + 160);
    // No predicate within reach places nothing: decide that before asking for the owner or the article's actor.
    PRESENCE.lastIndex = f.end;
    const first = PRESENCE.exec(s.text);
    if (!first || first.index >= limit) continue;
    PRESENCE.lastIndex = f.end;
    // "The 101st Airborne Division deployed …": a known formation is its country's.
    const known = s.mentions.find((m) => isKnownUnit(m) && m.start <= (f.ref ?? f).start && m.end >= (f.ref ?? f).end);
    const senders = known ? [...known.codes] : ownerOf(s, f.ref ?? f);
    // No owner: a force in a release about its own forces ("the troops", "F-15E Strike Eagles", a named unit) is the article's actor's.
    // "Troops from Germany, the Netherlands and Norway are stationed …": named contributors, read by troops.arrival, not the article's actor.
    // "B-52s from Barksdale Air Force Base, La., have been stationed …": a home base named after "from" contributes nothing.
    const contributed = /^\s+from\s/.test(s.text.slice(f.end, f.end + 7)) && s.mentions.some((x) => x.start > f.end && x.start < first.index && x.kind === 'country');
    const sender = senders.length ? senders : !contributed && doc.home.length === 1 && !/\b(?:an?|some|any)\s+(?:[\w-]+\s+){0,3}$/i.test(before) ? [...doc.home] : [];
    if (!sender.length) continue;
    // The country at war's soldiers training or spending weeks abroad are trainees, not a deployment ("Ukrainian soldiers
    // trained in Poland": the training fact).
    const trainees = sender.includes(doc.warCountry ?? '') && /^(?:train|sp[ae]n[dt])/i.test(first[0]);
    if (trainees) continue;
    const hosts = new Set<string>();
    let region = false;
    let placed = false;
    for (let p = PRESENCE.exec(s.text); p && p.index < limit; p = PRESENCE.exec(s.text)) {
      // Another force between this one and the predicate is that force's subject.
      // "bombers from the 7th Bomb Wing, Dyess Air Force Base, Texas, landed …": a unit the force comes from is part of it.
      if (nextForce && nextForce.end <= p.index && (nextForce.subject || nextForce.start > f.end) && !ORIGIN_GAP.test(s.text.slice(f.end, nextForce.start))) break;
      const gap = s.text.slice(f.end, p.index);
      // A participle right after the force, or its own presence ("the division's forward deployment"), attaches to it.
      const participle = /^\s*(?:,\s*)?(?:(?:already|currently|now|still|also)\s+)?$/.test(gap) && (/(?:ing|ed)\b/.test(p[0]) || /^['’]s/.test(p[0]));
      if (!subject && !participle) break;
      if (gap.includes(";")) break;
      // "US Army Europe confirmed that … soldiers would arrive": a predicate in another clause is not this force's.
      if (s.boundaries.some((b) => b.at >= f.end && b.end <= p!.index && /^(?:that|which|who|whom|while|whereas|but|although|though|because|when|whether|unless|where|if)$/i.test(s.text.slice(b.at, b.end)))) break;
      // "the repositioning of …": a noun, not this force's predicate.
      if (/\b(?:the|a|an|its|their|this|that)\s+$/i.test(s.text.slice(Math.max(0, p.index - 8), p.index))) continue;
      // "… Centre Uedem based in Germany": a bare participle belongs to the noun right before it.
      if (BARE_PARTICIPLE.test(p[0]) && !participle) continue;
      if (isBlockedAt(s, p.index)) continue;
      // "flew to the Baltics" moves a force; "flew to intercept …" does not (a name must follow, case-sensitively).
      if (/^fl/i.test(p[0]) && /to\s+$/.test(p[0]) && !/^(?:the\s+)?\p{Lu}/u.test(s.text.slice(p.index + p[0].length))) continue;
      const restAt = p.index + p[0].length;
      const rest = s.text.slice(restAt);
      // A transfer of authority happens where the sentence says, however far ("… to the 2nd Brigade …, during a
      // ceremony at Drawsko-Pomorskie Training Area, Poland").
      // So does an exercise taken part in ("participated in exercise Freezing Winds 24, alongside the Finnish Defense
      // Forces in Finland").
      const far = /authority$|^(?:participat|took\s+part|take\s+part|takes\s+part|taking\s+part)/i.test(p[0]) ? s.text.length : restAt + Math.max(0, rest.search(COMPLEMENT_END) >= 0 ? rest.search(COMPLEMENT_END) : rest.length);
      // "… helicopters will deploy to the Baltic region and 12 Apache helicopters will move … to Poland": the next force's
      // own predicate is not this one's complement.
      const end = nextForce && (nextForce.subject || AUX_AFTER.test(s.text.slice(nextForce.end, nextForce.end + 8))) && nextForce.npStart >= restAt && nextForce.npStart < far && !ORIGIN_GAP.test(s.text.slice(f.end, nextForce.start)) ? nextForce.npStart : far;
      placed = true;
      // "policing Bulgarian airspace": the host is inside the predicate.
      const here = hostsIn(s, doc, /skies|airspace/.test(p[0]) ? p.index : restAt, end, sender, MOVEMENT.test(p[0]));
      for (const c of here) hosts.add(c);
      if (!here.length && REGION.test(s.text.slice(restAt, Math.min(end, restAt + 40)))) region = true;
    }
    const head = f.ref ?? f;
    const t = troopsOf(s.text.slice(head.npStart, head.end), head.named ? NAMED_HEAD.exec(s.text.slice(head.start, head.end))![0].replace(/\s+\([^)]*\)$/, '') : null);
    const kind = head.named ? `unit:${head.start}` : SHIP.test(s.text.slice(head.start, head.end)) ? 'ship' : `${head.start}`;
    const before2 = out.length;
    if (!placed) continue;
    if (hosts.size) out.push(troopsDraft(s, 'troops.force', sender, [...hosts].sort(), t, 0.75));
    else if (flank) out.push(troopsDraft(s, 'troops.force', sender, [...EASTERN_FLANK].filter((c) => !sender.includes(c)).sort(), t, 0.65));
    // A region with no member of its own: a formation or a counted force there has no host.
    else if (region && (f.named || t.troops !== null || t.unit !== null)) out.push(troopsDraft(s, 'troops.force', sender, [], t, 0.6));
    if (out.length > before2) kinds.push(kind);
  }
  // One force, one sentence: the hosts of its several predicates, or of forces of one kind from one sender ("the
  // ship USS Kearsarge arrived in Klaipėda, Lithuania, while … the destroyer … arrived in Tallinn"), are one fact.
  const merged = new Map<string, Draft>();
  for (const [i, d] of out.entries()) {
    const key = `${d.from.join()}|${kinds[i]}`;
    const had = merged.get(key);
    if (!had) merged.set(key, d);
    else if (had.type === 'troop_deployment' && d.type === 'troop_deployment') merged.set(key, { ...had, to: [...new Set([...had.to, ...d.to])].sort(), unit: had.unit ?? d.unit, troops: had.troops ?? d.troops, qualifier: had.troops !== null ? had.qualifier : d.qualifier });
  }
  return [...merged.values()];
}

/** "While conducting deterrence activities along NATO’s Eastern Flank, the 90th EFS …": a fronted participle places the subject. */
const FRONTED = /^(?:While|When|After|Since|Before)?\s*(?:conducting|operating|flying|patrolling|deploying|deployed|stationed|based|executing)\b[^,]{0,140},\s+/;

const FRONTED_NAMED = new RegExp(String.raw`^(?:the\s+)?(${NAMED_UNIT})`);
const FRONTED_FORCE = new RegExp(String.raw`^(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:${alternation(FORCE_WORDS)})\b`, 'i');

function frontedPresence(s: SentenceView, doc: DocView): Draft[] {
  const m = FRONTED.exec(s.text);
  if (!m) return [];
  const subject = s.text.slice(m[0].length, m[0].length + 80);
  const named = FRONTED_NAMED.exec(subject);
  const force = named ?? FRONTED_FORCE.exec(subject);
  if (!force) return [];
  const owners = s.mentions.filter((x) => x.start >= m[0].length && x.end <= m[0].length + force[0].length && x.kind !== 'org' && x.kind !== 'group');
  const sender = owners.length ? sortedCodes(owners) : doc.home.length === 1 ? [...doc.home] : [];
  const hosts = hostsIn(s, doc, 0, m[0].length, sender, false);
  if (!sender.length || !hosts.length || isBlockedAt(s, m[0].length)) return [];
  return [troopsDraft(s, 'troops.force', sender, hosts, troopsOf(force[0], named ? named[1]!.replace(/\s+\([^)]*\)$/, '') : null), 0.7)];
}

// Exact pre-gate: each PRESENCE alternative and FRONTED needs one of these (its rarest required word: "skies" rather than "secur").
const CUES = /arriv|deploy|presence|rotation|reposition|relocat|return|stationed|based|positioned|located|operat|fl(?:y|ies|ew|ying)|patrol|skies|airspace|conduct|begin|part\s+in|participat|transfer[- ]of[- ]authority|transferr?\w*\s+authority|training|exercising|testing|drilling|objectives|mission|execut|join|enter|touch|\bland|tour|began|begun|start|assum|duties|duty|command|sail|flown|\bsp[ae]n[dt]|\btrain(?:s|ed)?\s/i;

/**
 * A rotation names the unit that leaves and the one that comes: each is a deployment to the host. Replacing or relieving
 * rotates only when a named unit is what is replaced ("to replace members of … 480th EFS"), not "replacing older tactics"
 * or "replacing equipment used by the 1st Armored Division".
 */
const ROTATION = new RegExp(String.raw`\btransfer(?:red|s|ring)?[- ]of[- ]authority\b|\btransferr?(?:ed|s|ing)?\s+authority\b|\b(?:replac|reliev)(?:e|es|ed|ing)\s+(?:the\s+)?(?:members\s+of\s+)?(?:(?!by\b|of\b|with\b|on\b|for\b)[\w’'.-]+\s+){0,3}?${NAMED_UNIT}|\btook\s+over\s+from\b|\bhand(?:ed|s)?\s+over\s+to\b`);
/** Where a rotation sentence moves from one unit to the next: "… and the 3rd Brigade …", "… to the 1st Battalion …". */
const ROTATION_SEGMENT = /\s+(?:and|to|from|replaced|replaces|replacing|relieved|relieves|relieving|by)\s+(?:members\s+of\s+)?(?:the\s+)?(?=[^\s])/g;
const NAMED_AT = new RegExp(NAMED_UNIT);

/** The first named unit of each segment of a rotation sentence (nested names, "1st Battalion, 185th Infantry Regiment", count once). */
function rotatingUnits(text: string): string[] {
  const units: string[] = [];
  let from = 0;
  ROTATION_SEGMENT.lastIndex = 0;
  const cuts: number[] = [];
  for (let m = ROTATION_SEGMENT.exec(text); m; m = ROTATION_SEGMENT.exec(text)) cuts.push(m.index + m[0].length);
  for (const to of [...cuts, text.length]) {
    const unit = NAMED_AT.exec(text.slice(from, to));
    if (unit && !units.includes(unit[0])) units.push(unit[0]);
    from = to;
  }
  return units;
}

/** One deployment per unit of a rotation; other sentences keep their single reading. */
function perRotatingUnit(s: SentenceView, drafts: Draft[]): Draft[] {
  if (drafts.length !== 1 || !ROTATION.test(s.text)) return drafts;
  const units = rotatingUnits(s.text);
  const d = drafts[0]!;
  if (units.length < 2 || d.type !== 'troop_deployment') return drafts;
  return units.map((unit) => ({ ...d, unit }));
}

/**
 * "NATO Battle Group Poland held a transfer of authority ceremony from the 3rd Battalion, 161st Infantry Regiment to the
 * 1st Battalion, 185th Infantry Regiment": units named with no nation rotate for the page's own government, in the allied
 * country the sentence or its dateline names.
 */
function unownedRotation(s: SentenceView, doc: DocView): Draft[] {
  if (!ROTATION.test(s.text) || doc.home.length !== 1 || doc.home[0] === 'NATO') return [];
  const units = rotatingUnits(s.text);
  if (units.length < 2) return [];
  const hosts = sortedCodes(s.mentions.filter((m) => m.kind === 'country' && isAlliedHost(m.codes[0]!, doc.article.date))).filter((c) => c !== doc.home[0]);
  if (hosts.length !== 1 || isBlockedAt(s, s.text.search(ROTATION))) return [];
  return units.map((unit) => troopsDraft(s, 'troops.force', doc.home, hosts, { ...NO_TROOPS, unit }, 0.65));
}

export const troopsForceRule: Rule = {
  id: 'troops.force',
  run: ({ s, doc }) => {
    if (!CUES.test(s.text)) return [];
    const drafts = perRotatingUnit(s, [...forcePresence(s, doc), ...frontedPresence(s, doc)]);
    return drafts.length ? drafts : unownedRotation(s, doc);
  },
};
