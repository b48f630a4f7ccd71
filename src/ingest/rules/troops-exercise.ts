import { isAlliedHost } from '../../domain/nato-membership';
import { isActor } from '../actors';
import { clauseStart } from '../clause';
import { PARTIES_AT_WAR, placesIn, sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { cueWords, isBlockedAt, isNegated, isPossibility, NO_TROOPS, troopsDraft } from '../kit';
import type { Rule } from '../registry';
import { resolveSender } from './roles';
import { troopsOf } from './troops';

/**
 * A state's forces training in a host (rule id troops.exercising): "The UK has been conducting major multi-domain
 * training activity in Estonia", "Poland held joint drills in Lithuania", "The Netherlands took part in exercises
 * across Latvia". Conducting an exercise somewhere puts the sender's forces there. The host is the allied country
 * named right after the place word (not the country at war, never the sender itself); a sea without a coast names none.
 */

const EXERCISING_IN = /\b(?:conduct(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|complet(?:e|es|ed|ing)|beg(?:in|ins|an|un)|start(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|hold(?:s|ing)?|held|stag(?:e|es|ed|ing)|participat(?:e|es|ed|ing)\s+in|t(?:ake|akes|ook|aking)\s+part\s+in)\s+(?:(?:a|an|the|its|their|major|large-scale|joint|multinational|multi-domain|military|live-fire|combined|bilateral|annual|several|regular|field|naval|air|land)\s+){0,4}(?:training(?:\s+(?:activity|activities|exercises?|drills?|missions?|events?))?|exercises?|drills?|manoeuvres|maneuvers)\s+(?:(?:in|across|throughout|off\s+the\s+coast\s+of)\s+)(?:the\s+)?/gi;

const REPORTED = /^.*\b(?:said|says|told|stated|reported|added|noted)(?:\s+that)?\s+/s;
const NOT_FORCES = /\b(?:officials?|ministers?|diplomats?|leaders?|delegations?|lawmakers|observers|journalists)\b/i;

function exercising(s: SentenceView, doc: DocView, earlier: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const date = doc.article.date;
  EXERCISING_IN.lastIndex = 0;
  for (let m = EXERCISING_IN.exec(s.text); m; m = EXERCISING_IN.exec(s.text)) {
    const end = m.index + m[0].length;
    const place = s.mentions.find((x) => x.start === end && x.kind === 'country' && isActor(x));
    if (!place || isBlockedAt(s, m.index)) continue;
    // The exercising clause's own subject: after a reporting verb ("British officials said Estonian conscripts held …").
    const reported = REPORTED.exec(s.text.slice(0, m.index));
    const cs = Math.max(clauseStart(s, m.index), reported ? reported.index + reported[0].length : 0);
    if (isNegated(s.text, cs, m.index) || isPossibility(s.text, cs, m.index)) continue;
    // Officials taking part in exercises are no forces; a placed force the rules before read is theirs.
    if (NOT_FORCES.test(s.text.slice(cs, m.index)) || earlier.some((d) => d.type === 'troop_deployment' && d.to.includes(place.codes[0]!))) continue;
    const named = s.mentions.filter((x) => (isActor(x) || x.kind === 'adjective') && x.start >= cs && x.end <= m.index);
    const sender = named.length ? { codes: sortedCodes(named), confidence: 0.9 } : resolveSender(s, doc, m.index);
    // The host's own forces at home are not deployed there.
    if (!sender || sender.codes.some((c) => place.codes.includes(c))) continue;
    const to = sortedCodes([place]).filter((c) => c !== doc.warCountry && isAlliedHost(c, date));
    const from = sender.codes.filter((c) => c !== 'RU' && c !== 'BY' && c !== doc.warCountry);
    if (!to.length || !from.length) continue;
    out.push(troopsDraft(s, 'troops.exercising', from, to, NO_TROOPS, 0.7 * sender.confidence));
  }
  return out;
}

/**
 * troops.units-listed: "meetings with Romanian and Allied military units including the U.S. 101st Airborne Division, a
 * detachment of the Italian Air Force, and a liaison team of the French Army" — each listed foreign unit is deployed in
 * the host where the sentence (or the story before it) places them; the host's own units are at home.
 */
const UNITS_INCLUDING = /\b(?:[Aa]llied|NATO|foreign|multinational|partner)\s+(?:military\s+)?(?:units|forces|troops|contingents|formations)\s+(?:including|such\s+as|among\s+them)\s+/g;

/** The allied host this sentence places things in, else the one the nearest sentence before it does. */
function placedBefore(s: SentenceView, doc: DocView): string[] {
  const date = doc.article.date;
  for (let i = s.index; i >= 0; i--) {
    const codes = sortedCodes(placesIn(doc.sentences[i]!)).filter((c) => isAlliedHost(c, date) && c !== doc.warCountry);
    if (codes.length) return codes;
  }
  return [];
}

function unitsListed(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  UNITS_INCLUDING.lastIndex = 0;
  for (let m = UNITS_INCLUDING.exec(s.text); m; m = UNITS_INCLUDING.exec(s.text)) {
    if (isBlockedAt(s, m.index)) continue;
    const listAt = m.index + m[0].length;
    const stop = s.text.slice(listAt).search(/;|\.\s*$|\s[—–]\s/);
    const listEnd = stop >= 0 ? listAt + stop : s.text.length;
    const host = placedBefore(s, doc);
    if (host.length !== 1) continue;
    // One fact per item: "the U.S. 101st Airborne Division", "a detachment of the Italian Air Force".
    const items = s.text.slice(listAt, listEnd).split(/,\s+(?:and\s+)?|\s+and\s+/);
    let at = listAt;
    for (const item of items) {
      const start = s.text.indexOf(item, at);
      at = start + item.length;
      const nations = s.mentions.filter((x) => x.start >= start && x.end <= at && (x.kind === 'adjective' || x.kind === 'country') && x.codes.length === 1);
      const from = sortedCodes(nations).filter((c) => !host.includes(c) && c !== 'RU' && c !== 'BY');
      if (from.length) out.push(troopsDraft(s, 'troops.units-listed', from, host, troopsOf(item), 0.65));
    }
  }
  return out;
}

/**
 * troops.representing: teams at a multinational exercise or competition named by the country they represent ("the U.K.
 * Eagle Troop representing the U.K., the 12th Croatian Contingent “Iron Boars” representing Croatia"): that country's
 * force is in the host the sentence or the story before places the event in.
 */
const REPRESENTING = /\brepresent(?:ing|ed|s)\s+(?:the\s+)?/g;
const FORCE_WORD = /\b(?:[Tt]roops?|[Cc]ontingents?|[Ss]oldiers|[Uu]nits?|[Tt]eams?|[Dd]ivision|[Bb]attalion|[Bb]rigade|[Rr]egiment|[Ss]quadron|[Bb]atter(?:y|ies)|[Cc]ompan(?:y|ies)|[Pp]latoons?|[Dd]etachments?|[Aa]ir\s+[Dd]efen[cs]e|[Aa]rmy|[Nn]avy|[Aa]ir\s+[Ff]orce|[Mm]arines)\b/;

function representing(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  if (!FORCE_WORD.test(s.text)) return out;
  const host = placedBefore(s, doc);
  if (host.length !== 1) return out;
  REPRESENTING.lastIndex = 0;
  for (let m = REPRESENTING.exec(s.text); m; m = REPRESENTING.exec(s.text)) {
    const nation = s.mentions.find((x) => x.start === m!.index + m![0].length && x.kind === 'country' && x.codes.length === 1);
    if (!nation || host.includes(nation.codes[0]!) || PARTIES_AT_WAR.has(nation.codes[0]!) || isBlockedAt(s, m.index)) continue;
    // The team is the phrase since the list's last comma: it must name a force.
    const team = s.text.slice(Math.max(0, s.text.lastIndexOf(',', m.index) + 1, s.text.lastIndexOf(':', m.index) + 1), m.index);
    if (!FORCE_WORD.test(team)) continue;
    out.push(troopsDraft(s, 'troops.representing', [...nation.codes], host, troopsOf(team), 0.65));
  }
  return out;
}

export const troopsRepresentingRule: Rule = {
  id: 'troops.representing',
  cues: cueWords(['representing', 'represented', 'represents']),
  run: ({ s, doc }) => representing(s, doc),
};

export const troopsUnitsListedRule: Rule = {
  id: 'troops.units-listed',
  cues: cueWords(['including', 'such', 'among']),
  run: ({ s, doc }) => (/\b(?:units|forces|troops|contingents|formations)\s+(?:including|such|among)\b/.test(s.text) ? unitsListed(s, doc) : []),
};

export const troopsExercisingRule: Rule = {
  id: 'troops.exercising',
  cues: cueWords(['conduct', 'conducts', 'conducted', 'conducting', 'conclude', 'concludes', 'concluded', 'concluding', 'complete', 'completes', 'completed', 'completing', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'starting', 'carry', 'carries', 'carried', 'carrying', 'hold', 'holds', 'holding', 'held', 'stage', 'stages', 'staged', 'staging', 'participate', 'participates', 'participated', 'participating', 'take', 'takes', 'took', 'taking']),
  run: ({ s, doc, earlier }) => exercising(s, doc, earlier),
};
