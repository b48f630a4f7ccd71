import { lastClauseComma } from '../chars';
import { isAlliedHost } from '../../domain/nato-membership';
import { EASTERN_FLANK, efpHostsOn } from '../../domain/eastern-flank';
import { isActor, type Mention } from '../actors';
import { clauseStart } from '../clause';
import { PARTIES_AT_WAR, placesIn, sortedCodes, span, type DocView, type Draft, type SentenceView } from '../doc';
import { cueWords, isBlockedAt, troopsDraft, unlessForcePlaced } from '../kit';
import { alternation, formsOf } from '../lexicon/verbs';
import { FORCE_PLATFORMS, HEDGES, REGIONS, TROOP_NOUNS, UNIT_NOUNS } from '../lexicon/words';
import type { Rule } from '../registry';
import { fromListed, homeActors, objectActors, resolveSender } from './roles';
import { troopsIn, troopsOf } from './troops';
import { leadingDateline } from './troops-caption';

/**
 * A force's presence told without a transitive deployment verb:
 * - troops.stationed: "our Armed Forces, stationed in Estonia", "U.S. rotational troops based in the nation",
 *   "F-15E Strike Eagles currently deployed to Poland" (a reduced relative on the force).
 * - troops.moves: "a U.S. Army Stryker company will deploy to Bulgaria", "1,000 soldiers … will reposition to
 *   Romania" (the force is the subject of an intransitive movement verb).
 * - troops.led: "the UK-led eFP Battlegroup" in Estonia: the leading nation is present.
 * - troops.nato: "NATO's battle groups", "NATO's enhanced Forward Presence mission in Estonia".
 * - troops.deployment-to: "our deployment to Romania, Bulgaria, Hungary, and Slovakia".
 * The sender is the force's own adjective ("U.S.", "British"), "our" (the article's actor), or the
 * article's actor; the host must be a NATO member (Russia's and Belarus's forces excepted).
 */

// "elements of the 3rd Infantry Division", "II MEF command element": part of a unit moves as the unit does.
const FORCE = String.raw`(?:${alternation([...TROOP_NOUNS, ...UNIT_NOUNS.flatMap((u) => [u, `${u}s`]), ...FORCE_PLATFORMS, 'armed forces', 'Armed Forces', 'company', 'companies', 'elements', 'element'])})`;
const STATIONED = new RegExp(String.raw`\b${FORCE}\s*,?\s+(?:(?:who|which|that)\s+(?:are|were|is|was|have been|has been)\s+)?(?:(?:currently|permanently|already|now|still|temporarily)\s+)?(?:stationed|based|deployed|located|positioned|forward[- ]deployed)\s+(?:in|to|at|on|across|throughout)\s+`, 'gi');
/**
 * "visited some of the 600 U.S. troops in Latvia", "met 1st Infantry Division troops at Lielvarde Air Base, Latvia":
 * a force named with its own country and a place right after it is there, whatever the clause's verb.
 */
const FORCE_IN = new RegExp(String.raw`\b${FORCE}\s+(?:(?:currently|now|still|already|stationed|serving|based|working|operating|deployed)\s+(?:(?:together|side\s+by\s+side|jointly)\s+)?)?(?:in|at)\s+(?!(?:the\s+)?(?:process|midst|charge|support|favou?r|line|talks|position|place|need|danger|action|service|contact|touch|command|training|exercises?|combat|battle|war|time|order|response|addition|front|turn|part|case|total)\b)`, 'gi');
const FORCE_IN_CUE = /\s(?:in|at)\s/;
/** Taking forces away or fighting them: "the withdrawal of U.S. troops in Germany", "attacks on Russian troops in Crimea". */
const AWAY_OR_AGAINST = /\b(?:withdr[ae]w\w*|depart\w*|leav(?:e|es|ing)|left|pull\w*\s+out|reduc\w+|cut\w*|remov\w+|attack\w*|strik\w+|kill\w*|against|fight\w*|target\w*|shell\w*|bomb\w*|lost|losses|casualties)\b/i;
/** "training Ukrainian soldiers in Britain", "exercises with Latvian troops … in the nation": a force trained or trained with is not deployed there. */
const TRAINED_OR_WITH = /\b(?:train\w*|instruct\w*|teach\w*|(?:train\w*|exercis\w*|drill\w*)\s+(?:[\w.'’-]+\s+){0,3}(?:with|alongside))\s+(?:[\w.'’-]+\s+){0,4}$/i;
/** "The 2nd Cavalry Regiment is currently in Romania", "British troops have been in Estonia since 2017": a force's presence said with "be". */
const PRESENT = new RegExp(String.raw`\b${FORCE}\s+(?:(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained)\s+)(?:(?:currently|now|still|already|permanently|also)\s+)?(?:(?:serving|operating|present|on\s+duty)\s+)?|(?:(?:currently|now|still|already|also)\s+)?(?:serve|serves|served|operate|operates|operated)\s+)(?:in|at)\s+(?!(?:the\s+)?(?:process|midst|charge|support|favou?r|line|talks|position|place|need|danger|action|service|contact|touch|command)\b)`, 'gi');
const MOVES = new RegExp(String.raw`\b(${FORCE})\b([^.;:]{0,80}?)\s+(?:will|would|to|are to|is to|have|has|had|are set to|is set to|are due to|is due to)?\s*(?:soon\s+|now\s+|also\s+)?(?:(?:${alternation(formsOf('forceMove'))})\s+(?:from\s+(?:the\s+)?[A-Z][^,;.]{0,40}?\s+)?(?:to|in|into)|arriv(?:e|es|ed|ing)\s+at|(?:left|leaves?|leaving|depart(?:s|ed|ing)?|set\s+off|sets\s+off|headed|heading)\s+for)\s+`, 'gi');
const LED = /\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)-led\s+(?:(?:eFP|NATO|multinational|enhanced\s+Forward\s+Presence|Forward\s+Presence)\s+)*(?:[Bb]attle\s?[Gg]roups?|[Bb]rigades?|[Bb]attalions?|[Mm]ission|[Cc]ontingent)\b/g;
// "NATO's battle groups", "the NATO Air Policing mission", "NATO’s Eastern Sentry mission", "NATO Enhanced Air Policing missions".
// "NATO's battlegroup", and the alliance's standing presence named without "NATO": "the eFP", "the enhanced forward
// presence", "the multinational battlegroup" (only the alliance has those on the flank).
const NATO_PRESENCE = /\bNATO(?:['’]s|s)?\s+(?:(?:new|multinational|enhanced|forward|air|policing|defensive|[A-Z][\w-]*)\s+){0,4}(?:[Bb]attle\s?[Gg]roups?|[Bb]attlegroups?|[Pp]resence\s+(?:mission|battle\s?groups?)|[Pp]resence|[Mm]ission|missions)\b|\b(?:eFP|[Ee]nhanced\s+[Ff]orward\s+[Pp]resence)(?:\s+\(eFP\))?(?:\s+(?:[Bb]attle\s?[Gg]roups?|[Bb]attlegroups?))?\b|\b(?<=[Tt]he\s)multinational\s+(?:[Bb]attle\s?[Gg]roups?|[Bb]attlegroups?)\b/g;
const DEPLOYMENT_TO = /\b(?:our|its|their|[A-Z][\w.]*['’]s?)\s+(?:(?:forward|new|continued|rotational|permanent|military|troop|fighter|force|persistent|enhanced|heel-to-toe|increased|near-persistent)\s+)*(?:deployments?|presence|rotations?)\s+(?:to|in|along|across|on|throughout)\s+/g;
/** Joining or serving a mission: its host is where the force in the sentence is ("arrived in Poland … to take part in a NATO … mission"). */
const JOINS_MISSION = /\b(?:(?:take|takes|took|taking)\s+part\s+in|join(?:s|ed|ing)?|support(?:s|ed|ing)?|participat(?:e|es|ed|ing)\s+in|contribut(?:e|es|ed|ing)\s+to|execut(?:e|es|ed|ing)|conduct(?:s|ed|ing)?)\s+(?:(?:the|a|an|its|their)\s+)?$/i;
const NAMED_BATTLEGROUP = /\bNATO(?:['’]s)?\s+(?:(?:enhanced|[Ee]nhanced|[Ff]orward|[Pp]resence|[Mm]ultinational|\(eFP\)|eFP)\s+)*(?:[Bb]attle\s?[Gg]roup|[Bb]attlegroup)\s+(?=\p{Lu})/u;
/** "NATO’s efforts to bolster its eastern flank": NATO's presence on the flank. */
const NATO_FLANK = /\bNATO(?:['’]s|s)?\s+(?:efforts?|mission|missions|plans?|operations?|deployments?)\s+to\s+(?:further\s+)?(?:reinforce|bolster|strengthen|defend|protect|secure)\s+(?:its|NATO['’]s|the\s+Alliance['’]s|the)\s+[Ee]astern\s+[Ff]lank\b/;

const MOVE_AFTER = new RegExp(String.raw`^[^.;]{0,60}?\b(?:will|would|to)\s+(?:soon\s+)?(?:${alternation(formsOf('forceMove', ['base']))})\s+(?:to|into)\b`, 'i');

function hostsAfter(s: SentenceView, at: number, senders: readonly string[], date: string): string[] {
  const rest = s.text.slice(at);
  const stop = rest.search(/;|\.\s|\s[—–]\s|,\s+(?:and|but|while|which|who)\s|\s+(?:will|would|to)\s+(?:soon\s+)?[a-z]+\s+(?:to|into)\s|\s+(?:alongside|including|with|since|after|before|as\s+part\s+of|in\s+support\s+of)\s/);
  const places = [...placesIn(s, at, stop >= 0 ? at + stop : s.text.length)];
  // "to Romania, Bulgaria, Hungary, and Slovakia": a list of places goes on past ", and".
  for (const p of s.places) {
    const last = places[places.length - 1];
    if (last && p.start > last.end && /^\s*(?:,\s*and|,|and|&)\s*(?:the\s+)?$/.test(s.text.slice(last.end, p.start))) places.push(p);
  }
  const anyHost = senders.length > 0 && senders.every((c) => c === 'RU' || c === 'BY');
  return sortedCodes(places).filter((c) => !senders.includes(c) && (anyHost || isAlliedHost(c, date) || c === 'NATO'));
}

/** "A contingent of 150 Portuguese soldiers": the force a unit noun is made of, with its nation and count. */
const OF_FORCE = new RegExp(String.raw`^\s+of\s+(?:about\s+|around\s+|some\s+|up\s+to\s+|more\s+than\s+|nearly\s+)?[\d,]*\s*(?:[\p{Lu}][\p{L}.]*\s+){1,3}${FORCE}\b`, 'u');

/** The countries (not organisations or groups) mentioned within text[from, to]. */
function nationsIn(s: SentenceView, from: number, to: number): string[] {
  return sortedCodes(s.mentions.filter((x) => x.start >= from && x.end <= to && x.kind !== 'org' && x.kind !== 'group'));
}

/** The force's own adjective ("U.S.", "British") in text[from, to), "our" (the article's actor), else the article's actor. */
function senderOf(s: SentenceView, doc: DocView, from: number, to: number): string[] {
  const own = s.mentions.filter((m) => m.start >= from && m.end <= to && m.kind !== 'org' && m.kind !== 'group'
    && !/\b(?:in|to|from|at|with|of)\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, m.start - 8), m.start)));
  if (!own.length) return homeActors(s, doc, from);
  // "Spanish, Portuguese and Belgian troops": the list's commas are no clause break.
  const listed = [...own];
  for (let i = s.mentions.indexOf(own[0]!) - 1; i >= 0; i--) {
    const m = s.mentions[i]!;
    if (m.kind !== listed[0]!.kind || !/^(?:,\s*|,?\s+and\s+)$/.test(s.text.slice(m.end, listed[0]!.start))) break;
    listed.unshift(m);
  }
  return sortedCodes(listed);
}

/** "In Pahkajarvi, Finland, U.S. … Marines worked …", "In Romania, U.S. troop numbers have tripled …": a place fronting the clause. */
const FRONTED_PLACE = /^(?:In|At)\s+[^,.;]{2,40},\s+(?:[^,.;]{2,30},\s+)?/;
const FRONTED_FORCE = new RegExp(String.raw`^((?:[\p{Lu}\d][\p{L}\d.’'-]*\s+|\([^)]{1,12}\)\s+|the\s+|of\s+|and\s+){0,8}?)${FORCE}\b`, 'iu');

/** A force with its own country right after a fronted place is there (troops.stationed). */
function frontedPlace(s: SentenceView, doc: DocView): Draft[] {
  const lead = FRONTED_PLACE.exec(s.text);
  if (!lead) return [];
  const date = doc.article.date;
  const hosts = sortedCodes(s.mentions.filter((m) => m.end <= lead[0].length && m.kind === 'country')).filter((c) => isAlliedHost(c, date));
  if (hosts.length !== 1) return [];
  const force = FRONTED_FORCE.exec(s.text.slice(lead[0].length));
  if (!force) return [];
  const npEnd = lead[0].length + force[0].length;
  const own = nationsIn(s, lead[0].length, npEnd).filter((c) => !hosts.includes(c));
  if (!own.length || isBlockedAt(s, npEnd) || AWAY_OR_AGAINST.test(s.text.slice(npEnd, npEnd + 40))) return [];
  return [troopsDraft(s, 'troops.stationed', own, hosts, troopsOf(s.text.slice(lead[0].length, npEnd)), 0.7)];
}

function stationed(s: SentenceView, doc: DocView, earlier: readonly Draft[]): Draft[] {
  const out: Draft[] = [...frontedPlace(s, doc)];
  for (const [pattern, cue] of [[STATIONED, CUE], [PRESENT, PRESENT_CUE], [FORCE_IN, FORCE_IN_CUE]] as const) {
  if (!cue.test(s.text)) continue;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s.text); m; m = pattern.exec(s.text)) {
    if (isBlockedAt(s, m.index)) continue;
    // "soldiers that are based in Germany will reposition to Romania": where they go, not where they were.
    if (MOVE_AFTER.test(s.text.slice(m.index + m[0].length))) continue;
    const npStart = Math.max(clauseStart(s, m.index), lastClauseComma(s.text, m.index - 1) + 1, m.index - 60);
    // A force placed by its noun phrase alone needs its own country in that phrase, and no verb taking it away.
    const own = pattern === FORCE_IN ? ownForce(s, npStart, m.index).filter((c) => c !== 'NATO') : null;
    if (own && (!own.length || AWAY_OR_AGAINST.test(s.text.slice(clauseStart(s, m.index), m.index)) || TRAINED_OR_WITH.test(s.text.slice(npStart, m.index)))) continue;
    // "maintains around 10,000 troops in Poland": a verb's rule read the force already.
    if (own && earlier.some((d) => d.type === 'troop_deployment' && own.every((c) => d.from.includes(c)))) continue;
    const end = m.index + m[0].length;
    // "U.S. and Polish troops working together at Powidz Air Base": the host's own forces are at home, the others deployed.
    const ownHosts = own ? hostsAfter(s, end, [], doc.article.date) : [];
    const from = own ? own.filter((c) => !ownHosts.includes(c)) : senderOf(s, doc, npStart, m.index + m[0].length - 1);
    let to = own ? ownHosts : hostsAfter(s, end, from, doc.article.date);
    // "850 UK troops currently stationed in the country": the member country named last before.
    if (!to.length && !own && THE_COUNTRY.test(s.text.slice(end, end + 16))) to = countryBefore(s, doc, m.index, from);
    if (!from.length || !to.length) continue;
    out.push(troopsDraft(s, 'troops.stationed', from, to, troopsOf(s.text.slice(npStart, end)), 0.75));
  }
  }
  return out;
}

const THE_COUNTRY = /^(?:the|this)\s+(?:country|nation)\b/;

/** The countries on a force's own noun phrase (text[from, head)): "600 U.S.", "1st Infantry Division", "British and Polish". */
function ownForce(s: SentenceView, from: number, head: number): string[] {
  const np = s.text.slice(from, head);
  // Only the phrase right before the head: after the last verb or preposition of the clause.
  const cut = /^(?:.*\b(?:of|to|with|for|by|from|visited|visit|visits|met|meet|meets|thanked|thank|thanks|joined|joins|and\s+(?:the\s+)?|the|some|all|many)\s+)?/s.exec(np)![0].length;
  return sortedCodes(s.mentions.filter((x) => x.start >= from + cut && x.end <= head + 1 && x.kind !== 'group'));
}

/** The allied country named last before `at` (in this sentence, else in the five sentences before), not a sender. */
function countryBefore(s: SentenceView, doc: DocView, at: number, senders: readonly string[]): string[] {
  const date = doc.article.date;
  for (let i = s.index; i >= Math.max(0, s.index - 5); i--) {
    const x = doc.sentences[i]!;
    const named = x.mentions.filter((m) => (i < s.index || m.end <= at) && m.kind === 'country' && m.codes.length === 1
      && !senders.includes(m.codes[0]!) && m.codes[0] !== doc.warCountry && isAlliedHost(m.codes[0]!, date));
    const last = named[named.length - 1];
    if (last) return [...last.codes];
  }
  return [];
}

/** A place with no member country of its own, right after a movement verb's preposition. */
const REGION_PLACE = new RegExp(String.raw`^(?:the\s+)?(?:(?:${alternation(REGIONS)})\b(?!\s+(?:country|nation|state|ally|member|coast))|(?:[\w.'’-]+\s+){0,7}?area\s+of\s+(?:responsibility|operations)\b)`);

function moves(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  MOVES.lastIndex = 0;
  for (let m = MOVES.exec(s.text); m; m = MOVES.exec(s.text)) {
    if (isBlockedAt(s, m.index + m[0].length - 1)) continue;
    // The force is the subject: nothing but its modifiers before it in the clause ("a U.S. Army Stryker company").
    const cs = Math.max(clauseStart(s, m.index), lastClauseComma(s.text, m.index - 1) + 1);
    // "The Secretary of Defense announced elements of … have been ordered to deploy": the reported clause has its own subject.
    const np = s.text.slice(cs, m.index).replace(/^.*\b(?:announced|announces|said|says|confirmed|confirms|stated|added|noted)\s+(?:that\s+)?/, '');
    // Not the subject ("the vanguard of the U.S. Marine Corps, II MEF command element arrived"): a later force may be.
    if (/\b(?:to|with|for|of|by|from|into)\s+(?:[\w.'’-]+\s+){0,4}$/.test(np)) {
      MOVES.lastIndex = m.index + m[1]!.length;
      continue;
    }
    // "A contingent of 150 Portuguese soldiers arrived …": the force's "of" phrase names its nation and count.
    const ofForce = OF_FORCE.exec(s.text.slice(m.index + m[1]!.length));
    const npEnd = m.index + m[1]!.length + (ofForce ? ofForce[0].length : 0);
    const from = ofForce ? nationsIn(s, m.index, npEnd) : senderOf(s, doc, cs, npEnd);
    if (!from.length) continue;
    const end = m.index + m[0].length;
    const to = hostsAfter(s, end, from, doc.article.date);
    // "ordered to deploy to the U.S. Army Europe and Africa Command area of operations", "to the Baltic Sea": a region, no host.
    const region = !to.length && REGION_PLACE.test(s.text.slice(end, end + 90));
    if (!from.length || (!to.length && !region)) continue;
    out.push(troopsDraft(s, 'troops.moves', from, to, troopsOf(s.text.slice(cs, npEnd)), region ? 0.65 : 0.75));
  }
  return out;
}

function led(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  LED.lastIndex = 0;
  for (let m = LED.exec(s.text); m; m = LED.exec(s.text)) {
    const leader = s.mentions.filter((x) => x.start >= m!.index && x.end <= m!.index + m![1]!.length);
    if (!leader.length || isBlockedAt(s, m.index)) continue;
    const from = sortedCodes(leader);
    // "… including soldiers from Norway and Belgium": contributors are not hosts.
    const contributors = fromListed(s);
    const inSentence = sortedCodes(placesIn(s).filter((x) => !contributors.has(x))).filter((c) => !from.includes(c) && isAlliedHost(c, doc.article.date));
    // "Estonia hosts the UK-led battlegroup": another member named in the sentence is the host.
    const named = sortedCodes(s.mentions.filter((x) => x.kind === 'country' && !contributors.has(x) && !from.includes(x.codes[0]!) && isAlliedHost(x.codes[0]!, doc.article.date)));
    const to = inSentence.length ? inSentence : named.length ? named : (doc.focusHost ?? []).filter((c) => !from.includes(c));
    if (!to.length) continue;
    const unit = /[Bb]attle\s?[Gg]roup/.test(m[0]) ? 'battlegroup' : troopsIn(m[0]).unit;
    out.push(troopsDraft(s, 'troops.led', from, to, { troops: null, qualifier: null, unit }, 0.75));
    if (/eFP|NATO|Forward Presence/.test(m[0]) || /\bNATO\b/.test(s.text)) out.push(troopsDraft(s, 'troops.led', ['NATO'], to, { troops: null, qualifier: null, unit }, 0.7));
  }
  return out;
}

/** Hosts named right after a NATO mission ("… mission in Estonia", "… mission from Siauliai Air Base, Lithuania"). */
function missionHosts(s: SentenceView, end: number, date: string): string[] {
  const after = s.text.slice(end);
  const where = /^\s+(?:(?:here|based|stationed|deployed)\s+)?(?=(?:in|to|across|along|on|over)\s+)/.exec(after);
  if (where) return hostsAfter(s, end + where[0].length, ['NATO'], date);
  const base = /^\s+from\s+(?:\p{Lu}[\p{L}\d’'-]*\s+){1,4}(?:Air\s+Base|Base|Airfield),\s+/u.exec(after);
  if (base) return sortedCodes(s.mentions.filter((x) => x.start === end + base[0].length && x.kind === 'country' && isAlliedHost(x.codes[0]!, date)));
  return [];
}

/** The words that name a NATO mission ("air policing", "eastern sentry"), to find the same mission elsewhere in the article. */
function missionName(m: string): string {
  return m.replace(/^NATO(?:['’]s|s)?\s+/, '').replace(/\b(?:enhanced|Enhanced|new|the)\s+/g, '').replace(/\s*missions?$/i, '').toLowerCase();
}

const LEADING_ROLE = /\b(?:has|have|had|plays?|played|takes?|took)\s+(?:a|the)\s+(?:leading|lead)\s+role\s+in\s+(?:the\s+)?(?:NATO['’]s\s+|NATO\s+)?$/;
const LED_BY = /^[^.;]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+led\s+by\s+(?:the\s+)?/;

/** The nation said to lead the presence matched at [start, end): its subject before "has a leading role in", or "led by X" after. */
function leadNation(s: SentenceView, start: number, end: number): string[] {
  const before = LEADING_ROLE.exec(s.text.slice(Math.max(0, start - 60), start));
  if (before) {
    const verbAt = Math.max(0, start - 60) + before.index;
    const subject = s.mentions.filter((x) => isActor(x) && x.kind !== 'org' && x.end <= verbAt && /^\s*$/.test(s.text.slice(x.end, verbAt)));
    if (subject.length) return sortedCodes(subject);
  }
  const after = LED_BY.exec(s.text.slice(end));
  return after ? sortedCodes(objectActors(s, end + after[0].length, 0).filter((x) => x.kind === 'country')) : [];
}

function natoPresence(s: SentenceView, doc: DocView, earlier: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const date = doc.article.date;
  NATO_PRESENCE.lastIndex = 0;
  for (let m = NATO_PRESENCE.exec(s.text); m; m = NATO_PRESENCE.exec(s.text)) {
    if (isBlockedAt(s, m.index)) continue;
    if (/\bexercises?\b/i.test(m[0])) continue;
    // "Germany has led NATO's battlegroup in Lithuania": the leading nation's deployment is the fact.
    const lead = s.text.slice(Math.max(0, m.index - 30), m.index);
    // "as part of NATO’s enhanced Forward Presence": a standing presence shares the force's host (a named mission has its own area).
    const partOf = /\bas\s+part\s+of\s+(?:the\s+)?$/.test(lead) && !/[Mm]issions?$/.test(m[0]);
    if (!partOf && /\b(?:lead|leads|led|leading|heads|headed|commands|commanded)\s+(?:(?:the|a|an|new|its|their)\s+)*$/.test(lead)) continue;
    const end = m.index + m[0].length;
    let to = missionHosts(s, end, date);
    const mission = /[Mm]issions?$/.test(m[0]);
    // The same mission with its host named elsewhere in the article ("… NATO’s Air Policing mission from Siauliai Air Base, Lithuania").
    if (!to.length && mission) {
      const name = missionName(m[0]);
      for (const x of doc.sentences) {
        if (x === s || !x.text.includes('NATO')) continue;
        NATO_PRESENCE.lastIndex = 0;
        const other = [...x.text.matchAll(NATO_PRESENCE)].find((o) => /[Mm]issions?$/.test(o[0]) && missionName(o[0]) === name);
        if (other) to = missionHosts(x, other.index + other[0].length, date);
        if (to.length) break;
      }
      NATO_PRESENCE.lastIndex = end;
    }
    // "arrived in Eastern Poland today, to take part in a NATO enhanced air policing mission": where the force is.
    if (!to.length && mission && JOINS_MISSION.test(s.text.slice(Math.max(0, m.index - 30), m.index))) {
      to = sortedCodes(placesIn(s, 0, m.index)).filter((c) => isAlliedHost(c, date) && c !== doc.warCountry);
    }
    // "troops stationed in Estonia as part of NATO’s enhanced Forward Presence": the host of the force it names.
    if (!to.length && partOf) {
      to = [...new Set(earlier.flatMap((d) => (d.type === 'troop_deployment' ? d.to : [])))].filter((c) => isAlliedHost(c, date)).sort();
    }
    // "NATO's battle groups" with no place named: the eFP hosts of the day (a presence with no place and no force in the
    // sentence is left alone: it is mostly named, not located).
    if (!to.length && /[Bb]attle\s?[Gg]roups|[Bb]attlegroups/.test(m[0])) to = efpHostsOn(date);
    if (!to.length) continue;
    out.push(troopsDraft(s, 'troops.nato', ['NATO'], to, { troops: null, qualifier: null, unit: /[Bb]attle\s?[Gg]roup/.test(m[0]) ? 'battlegroup' : null }, 0.7));
    // "The UK has a leading role in NATO's eFP in Estonia", "the multinational battlegroup in Lithuania is led by Germany".
    const leaders = leadNation(s, m.index, end).filter((c) => !to.includes(c) && c !== 'NATO');
    if (leaders.length) out.push(troopsDraft(s, 'troops.led', leaders, to, { troops: null, qualifier: null, unit: /[Bb]attle\s?[Gg]roup/.test(m[0]) ? 'battlegroup' : null }, 0.7));
  }
  // "the NATO enhanced Forward Presence (eFP) Battle Group Poland": a battlegroup named after its host.
  const named = NAMED_BATTLEGROUP.exec(s.text);
  const host = named ? s.mentions.find((x) => x.start === named.index + named[0].length && x.kind === 'country' && isAlliedHost(x.codes[0]!, date)) : undefined;
  if (named && host && !isBlockedAt(s, named.index)) {
    // "troops with NATO’s enhanced Forward Presence Battle Group Poland … in Medininkai, Lithuania": where they are, when named
    // after it.
    const placed = sortedCodes(placesIn(s).filter((x) => x !== host && x.start > host.end)).filter((c) => isAlliedHost(c, date));
    out.push(troopsDraft(s, 'troops.nato', ['NATO'], placed.length ? placed : [...host.codes], { troops: null, qualifier: null, unit: 'battlegroup' }, 0.7));
  }
  const flank = NATO_FLANK.exec(s.text);
  if (flank && !isBlockedAt(s, flank.index)) out.push(troopsDraft(s, 'troops.nato', ['NATO'], [...EASTERN_FLANK].sort(), { troops: null, qualifier: null, unit: null }, 0.65));
  return out;
}

function deploymentTo(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  DEPLOYMENT_TO.lastIndex = 0;
  for (let m = DEPLOYMENT_TO.exec(s.text); m; m = DEPLOYMENT_TO.exec(s.text)) {
    if (isBlockedAt(s, m.index)) continue;
    const owner: Mention[] = s.mentions.filter((x) => isActor(x) && x.start === m!.index);
    const from = owner.length ? sortedCodes(owner) : /^our\b/i.test(m[0]) ? homeActors(s, doc, m.index) : /^(?:its|their)\b/i.test(m[0]) ? resolveSender(s, doc, m.index)?.codes ?? [] : [];
    const end = m.index + m[0].length;
    const to = hostsAfter(s, end, from, doc.article.date);
    if (!from.length || !to.length) continue;
    out.push(troopsDraft(s, 'troops.deployment-to', from, to, { troops: null, qualifier: null, unit: null }, 0.7));
  }
  return out;
}

/**
 * "with troops from Belgium and the Netherlands", "includes soldiers from Norway, the Czech Republic and Luxembourg",
 * "Troops from Poland, Slovakia and Slovenia serve in the battlegroup in Latvia": the named contributors of a
 * multinational force, present where the sentence places it.
 */
const CONTRIBUTORS = new RegExp(String.raw`\b(?:${alternation([...TROOP_NOUNS, 'contingents', 'contingent', 'units', 'elements', 'forces'])})\s+from\s+(?:the\s+)?`, 'gi');
/** A force moved from somewhere: "moved 1,000 troops from Germany to Romania" names where they start, not whose they are. */
const MOVED_BEFORE = /\b(?:mov|reposition|relocat|redeploy|transfer|shift|withdr[ae]w|pull|bring|brought|fly|flew|flown|rotat|return|arriv)\w*\b[^,;]*$/i;

const EXERCISE_CUE = /\b(?:exercises?|participat\w*|took\s+part|take\s+part|taking\s+part|ceremony|drills?|attendance|attended|attending)\b/i;
/** "Exercise Hedgehog 25 … is Estonia’s largest annual military exercise", "the exercise in Lithuania", a story's dateline. */
const HOST_OF_EXERCISE = /^(?:['’]s\s+(?:[\w-]+\s+){0,4}?(?:exercises?|drills?)\b)/;
// "Exercise Saber Guardian 23 in Smardan, Romania": a town before its country.
const EXERCISE_IN = /\b(?:[Ee]xercises?|[Dd]rills?)\s+(?:[\w-]+\s+){0,4}?(?:in|across)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}?(?:\p{Lu}[\p{L}-]*,\s+)?$/u;

/** The allied country the story's exercise is in: this paragraph's sentences first, then the story's opening (its dateline too). */
function exerciseHost(s: SentenceView, doc: DocView): string[] {
  const date = doc.article.date;
  const hostIn = (x: SentenceView): string[] => {
    for (const m of x.mentions) {
      if (m.kind !== 'country' || m.codes.length !== 1 || !isAlliedHost(m.codes[0]!, date)) continue;
      if (HOST_OF_EXERCISE.test(x.text.slice(m.end, m.end + 60)) || EXERCISE_IN.test(x.text.slice(Math.max(0, m.start - 60), m.start))) return [...m.codes];
    }
    return [];
  };
  for (let i = s.index; i >= 0 && doc.sentences[i]!.paragraph === s.paragraph; i--) {
    const found = hostIn(doc.sentences[i]!);
    if (found.length) return found;
  }
  for (const x of doc.sentences.slice(0, 3)) {
    const found = hostIn(x);
    if (found.length) return found;
    const dateline = x.index === 0 ? leadingDateline(x)?.place : undefined;
    if (dateline && isAlliedHost(dateline.codes[0]!, date)) return [...dateline.codes];
  }
  return [];
}

function contributors(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  const date = doc.article.date;
  CONTRIBUTORS.lastIndex = 0;
  for (let m = CONTRIBUTORS.exec(s.text); m; m = CONTRIBUTORS.exec(s.text)) {
    if (isBlockedAt(s, m.index)) continue;
    const cs = clauseStart(s, m.index);
    // "brings together troops from …" gathers them, it does not move them from those countries.
    if (MOVED_BEFORE.test(s.text.slice(cs, m.index).replace(/\bbr(?:ings?|inging|ought)\s+together\b/gi, ''))) continue;
    const end = m.index + m[0].length;
    const senders = objectActors(s, end, 0).filter((x) => x.kind === 'country' || x.kind === 'people');
    if (!senders.length) continue;
    const after = senders[senders.length - 1]!.end;
    // "… to Romania", "serve in the battlegroup in Latvia": a member country named as a place in the sentence.
    if (/^\s+(?:to|into)\s/.test(s.text.slice(after))) continue;
    const places = placesIn(s).filter((p) => p.start >= after || p.end <= m.index);
    // "Soldiers from Slovakia, Hungary and the Czech Republic participated in Slovak Shield in Slovakia": the host's
    // own soldiers are at home, the others are deployed there.
    // "Exercise Northern Strike, held in Northern Finland, brings together troops from Finland, Sweden, and the UK": a place
    // before the list is the host too.
    const hostNamed = sortedCodes(places.filter((p) => /\b(?:in|at)\s+(?:the\s+)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|-?[Ee]astern|-?[Ww]estern)?\s+)?$/.test(s.text.slice(Math.max(0, p.start - 20), p.start))));
    // "Ten countries participated in the exercise, including troops from …": the host of the exercise told before.
    const toldHost = !places.length && EXERCISE_CUE.test(s.text) ? exerciseHost(s, doc) : [];
    // Partners take part in allied exercises too ("units from … Moldova …"); the parties at war do not.
    const from = sortedCodes(senders).filter((c) => !hostNamed.includes(c) && !toldHost.includes(c) && (!toldHost.length || !PARTIES_AT_WAR.has(c)));
    if (!from.length) continue;
    const to = toldHost.length ? toldHost : sortedCodes(places).filter((c) => !from.includes(c) && c !== doc.warCountry && isAlliedHost(c, date));
    if (!to.length) continue;
    out.push(troopsDraft(s, 'troops.contributors', from, to, troopsOf(s.text.slice(Math.max(cs, m.index - 40), end)), 0.7));
  }
  return out;
}

/**
 * "More than 900 U.S. soldiers, about 150 British troops and some 120 Romanian soldiers will make up the battalion in
 * northeastern Poland": each counted national force that makes up (forms, joins) a force somewhere is a contributor.
 */
const MAKE_UP = /\b(?:(?:will|would|to)\s+)?(?:make\s+up|makes\s+up|made\s+up|form|forms|formed|comprise|comprises|join|joins|joined)\s+(?:the|a|an|its|this|that)\s/g;
const COUNTED_FORCE = new RegExp(String.raw`(?:(?:${alternation(HEDGES)})\s+)?\d[\d,]*\s+(?:[\w.]+\s+){1,2}?(?:${alternation(TROOP_NOUNS)})\b`, 'gi');

function countedMembers(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  MAKE_UP.lastIndex = 0;
  for (let m = MAKE_UP.exec(s.text); m; m = MAKE_UP.exec(s.text)) {
    if (isBlockedAt(s, m.index)) continue;
    const cs = clauseStart(s, m.index);
    const list = s.text.slice(cs, m.index);
    const hosts = sortedCodes(placesIn(s, m.index + m[0].length)).filter((c) => isAlliedHost(c, doc.article.date));
    if (!hosts.length) continue;
    COUNTED_FORCE.lastIndex = 0;
    for (let f = COUNTED_FORCE.exec(list); f; f = COUNTED_FORCE.exec(list)) {
      const at = cs + f.index;
      const owners = nationsIn(s, at, at + f[0].length);
      const from = owners.filter((c) => !hosts.includes(c));
      if (from.length) out.push(troopsDraft(s, 'troops.contributors', from, hosts, troopsOf(f[0]), 0.7));
    }
  }
  return out;
}

/**
 * "We are reinforcing NATO’s Eastern flank", "playing an important role in boosting NATO’s eastern flank", "working
 * together to bolster NATO’s Eastern Flank": forces named in the sentence or the one before make it a deployment to
 * the eight flank hosts (troops.flank); without forces it is an assurance to them (commitment.flank).
 */
const FLANK = /\b(?:reinforc|bolster|boost|strengthen|shor)(?:e|es|ed|ing|s)?\s+(?:up\s+)?(?:(?:NATO['’]?s?|the\s+[Aa]lliance['’]s|its|our|the|Europe['’]s)\s+)?(?:defen[cs]es?\s+(?:on|along)\s+(?:(?:NATO['’]?s?|its|the)\s+)?)?[Ee]astern\s+[Ff]lank\b/g;
// Case-sensitive: "the MIECZNIK AH140 Frigate Programme" names a programme, not ships at sea.
const FORCES_NAMED = new RegExp(String.raw`\b${FORCE}\b|\b(?:deploy\w*|station\w*|rotation\w*|battle\s?groups?)\b`);

function flank(s: SentenceView, doc: DocView, earlier: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  FLANK.lastIndex = 0;
  for (let m = FLANK.exec(s.text); m; m = FLANK.exec(s.text)) {
    if (isBlockedAt(s, m.index)) continue;
    // "… to reinforce NATO’s eastern flank, sending additional rotational forces to Europe" is troops.verb's.
    if (earlier.some((d) => d.type === 'troop_deployment')) continue;
    const sender = resolveSender(s, doc, m.index)?.codes ?? (doc.home.length ? [...doc.home] : []);
    const from = sender.filter((c) => c !== 'NATO');
    if (!from.length) continue;
    const previous = doc.sentences[s.index - 1];
    const forces = FORCES_NAMED.test(s.text) || (previous !== undefined && previous.paragraph === s.paragraph && FORCES_NAMED.test(previous.text));
    // Forces go to the hosts other than their own; an assurance is to all eight, a host's fellow hosts and itself alike.
    out.push(forces ? troopsDraft(s, 'troops.flank', from, EASTERN_FLANK.filter((c) => !from.includes(c)), { troops: null, qualifier: null, unit: null }, 0.65)
      : { type: 'commitment', from, to: [...EASTERN_FLANK], evidence: [span(s)], confidence: 0.65, rule: 'commitment.flank', kind: 'assurance' });
  }
  return out;
}

/** The verbs PRESENT needs before its place, as a plain scan. */
const PRESENT_CUE = /\b(?:(?:is|are|was|were|been|remains?|remained)\s+(?:\w+\s+){0,2}|(?:serve|serves|served|operate|operates|operated)\s+)(?:in|at)\s/;
const CUE = /stationed|based|deployed|located|positioned|deploy|reposition|relocat|rotat|mov|return|arriv|head|-led|NATO|deployment|left|leav|depart|set off|sets off|\bgo(?:es|ne|ing)? to\b|\bwent to\b/;

export const troopsStationedRule: Rule = { id: 'troops.stationed', cues: cueWords(['stationed', 'based', 'deployed', 'located', 'positioned', 'forward-deployed', 'is', 'are', 'was', 'were', 'been', 'remain', 'remains', 'remained', 'serve', 'serves', 'served', 'operate', 'operates', 'operated', ...TROOP_NOUNS.map((w) => w.toLowerCase())]), run: ({ s, doc, earlier }) => (CUE.test(s.text) || PRESENT_CUE.test(s.text) || FORCE_IN_CUE.test(s.text) || FRONTED_PLACE.test(s.text) ? unlessForcePlaced(earlier, stationed(s, doc, earlier)) : []) };
export const troopsMovesRule: Rule = { id: 'troops.moves', cues: cueWords(formsOf('forceMove'), ['left', 'leave', 'leaves', 'leaving', 'depart', 'departs', 'departed', 'departing', 'set', 'sets', 'headed', 'heading']), run: ({ s, doc, earlier }) => (CUE.test(s.text) ? unlessForcePlaced(earlier, moves(s, doc)) : []) };
export const troopsContributorsRule: Rule = {
  id: 'troops.contributors',
  cues: cueWords(['from', 'make', 'makes', 'made', 'form', 'forms', 'formed', 'comprise', 'comprises', 'join', 'joins', 'joined']),
  run: ({ s, doc, earlier }) => unlessForcePlaced(earlier, [
    ...(s.text.includes(' from ') ? contributors(s, doc) : []),
    ...(/\b(?:make|makes|made|form|forms|formed|comprises?|join|joins|joined)\s/.test(s.text) ? countedMembers(s, doc) : []),
  ]),
};
export const flankRule: Rule = { id: 'troops.flank', emits: ['troops.flank', 'commitment.flank'], cues: cueWords(['flank']), run: ({ s, doc, earlier }) => (/[Ff]lank/.test(s.text) ? flank(s, doc, earlier) : []) };
export const troopsLedRule: Rule = { id: 'troops.led', run: ({ s, doc }) => (s.text.includes('-led') ? led(s, doc) : []) };
export const troopsNatoRule: Rule = {
  id: 'troops.nato', emits: ['troops.nato', 'troops.led'], cues: cueWords(['nato', 'natos', 'efp', 'enhanced', 'multinational']),
  run: ({ s, doc, earlier }) => (/NATO|eFP|[Ee]nhanced\s+[Ff]orward|multinational\s+[Bb]attle/.test(s.text) ? natoPresence(s, doc, earlier) : []),
};
export const troopsDeploymentToRule: Rule = { id: 'troops.deployment-to', cues: cueWords(['deployment', 'deployments', 'presence', 'rotation', 'rotations']), run: ({ s, doc }) => (/deployment|presence|rotation/.test(s.text) ? deploymentTo(s, doc) : []) };
