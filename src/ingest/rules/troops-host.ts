import { isKnownUnit } from '../actors';
import { clauseStart } from '../clause';
import type { Rule } from '../registry';
import { cueWords, isHypothetical, isNegated } from '../kit';
import { formsOf } from '../lexicon/verbs';
import { placesIn, sortedCodes, span, type DocView, type Draft, type SentenceView } from '../doc';
import { resolveSender } from './roles';
import { troopsIn } from './troops';
import { NAMED_UNIT } from '../lexicon/words';

/**
 * Deployments told from the host's side, and presence without a troop noun.
 * - troops.host: "Lithuania would host some 4,000 German soldiers", "Poland is home to 10,000 US
 *   troops": the host is the subject, the sender is the demonym on the troops ("German") or
 *   "troops from X". Without a named sender there is no fact: "Estonia welcomed the troops" says
 *   nothing about who sent them.
 * - troops.garrison: "the US Army opened a garrison headquarters in Poznań": a standing command or
 *   base abroad is a military presence (troops and unit unknown). The host must be in the sentence.
 */

const HOST_VERB = /\b(?:host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing)|(?:is|are|was|were|will be|would be|has been|have been|remains?)\s+home\s+to)\s+/g;
// "welcomed the decision to send US troops": the troops are not the object, a decision is.
const NOT_DIRECT = /\b(?:decision|plan|announcement|news|move|pledge|offer|proposal|idea|arrival|prospect|call|request|to|that|of|for|from)\b/i;
// Could/may/might: a possibility, not a fact (the gold leaves hypotheticals out).
const POSSIBLE = /\b(?:could|may|might)\s+(?:\w+\s+)?$/i;
// "more than 4,000 enduring, rotational U.S. military personnel": a comma between the troops' own modifiers goes on.
const OBJECT_END = /;|,(?=\s|$)(?!\s+(?!(?:including|among|with|from|and|but|which|who)\b)(?:[\w.-]+\s+){0,4}(?:troops|soldiers|service\s?members|personnel|forces|marines|airmen|sailors)\b)|(?<!\b[A-Z])\.(?=\s|$)|\s[—–-]\s|\s+(?:and(?!\s+(?:the\s+)?\p{Lu})|but|while|as|after|since|until|because)\s/u;
const UNIT_SUBJECT = new RegExp(String.raw`^(?:The\s+)?(?:${NAMED_UNIT}|(?:[A-Z][\w-]*\s+){1,3}(?:Corps|Division|Brigade|Regiment|Wing|Squadron|Command|Army))\b`);
// "will station a permanent army headquarters in Poland": a command moved or based abroad is a presence too;
// "The US has its own bases in Lithuania and Romania": so are bases a country keeps abroad.
const GARRISON = /\b(?:[Oo]pen(?:s|ed|ing)?|[Ee]stablish(?:es|ed|ing)?|[Ss]et(?:s|ting)? up|[Ii]naugurat(?:e|es|ed|ing)|[Ss]tation(?:s|ed|ing)?|[Rr]elocat(?:e|es|ed|ing)|[Mm]ov(?:e|es|ed|ing))\s+(?:a|an|its|their|the)\s+(?:new\s+|permanent\s+|forward\s+)*(?:(?:[A-Z][\w-]*\s+){1,3}(?:Headquarters|Command Post|Garrison)(?:\s+(?!in\b|at\b)[A-Z][\w-]*){0,3}|garrison(?:\s+headquarters)?|(?:(?:forward|divisional|corps|command|army)\s+)?headquarters|(?:military|army|air|naval)\s+base)\b|\b(?:[Hh]as|[Hh]ave|[Mm]aintain(?:s|ed)?|[Oo]perat(?:es|ed))\s+(?:(?:its|their)\s+(?:own\s+)?|several\s+|a\s+number\s+of\s+|\w+\s+)?(?:(?:military|army|air|naval|permanent)\s+)?bases\b/g;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function hostSubject(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  HOST_VERB.lastIndex = 0;
  for (let m = HOST_VERB.exec(s.text); m; m = HOST_VERB.exec(s.text)) {
    const objAt = m.index + m[0].length;
    const rest = s.text.slice(objAt);
    const stop = rest.search(OBJECT_END);
    const object = stop >= 0 ? rest.slice(0, stop) : rest;
    const t = troopsIn(object);
    if (!t.found) continue;
    const troopWord = /\b(?:troops|soldiers|service ?members|servicemen|personnel|marines|paratroopers|airmen|sailors|forces|battalions?|brigades?|divisions?|battle ?groups?|battlegroups?|regiments?|contingents?)\b/i.exec(object);
    // "host an increased presence of U.S. and NATO forces": a presence of forces is the forces.
    if (!troopWord || NOT_DIRECT.test(object.slice(0, troopWord.index).replace(/\b(?:presence|deployment|rotation|contingent|battalion|brigade)\s+of\b/gi, ''))) continue;
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, m.index) || POSSIBLE.test(s.text.slice(cs, m.index))) continue;
    const host = resolveSender(s, doc, m.index);
    if (!host?.codes.length) continue;
    // Sender: the demonym on the troops ("German soldiers"), else "troops from X".
    const objEnd = objAt + object.length;
    const demonyms = s.mentions.filter((x) => x.start >= objAt && x.end <= objAt + troopWord.index + troopWord[0].length && (x.kind !== 'org' || x.codes[0] === 'NATO'));
    const from = demonyms.length ? demonyms : s.mentions.filter((x) => x.start >= objAt && x.end <= objEnd && /\bfrom\s+(?:the\s+)?$/.test(s.text.slice(Math.max(0, x.start - 9), x.start)));
    // "about 5,000 allied troops": the alliance's forces, when no nation is named on them.
    const group = !from.length && ALLIED.test(object.slice(0, troopWord.index)) ? ['NATO'] : [];
    const fromCodes = [...sortedCodes(from), ...group].filter((c) => !host.codes.includes(c));
    const base = isHypothetical(s.text, cs, m.index) ? 0.5 : 0.85;
    const confidence = round(base * host.confidence);
    if (fromCodes.length) {
      out.push({
        type: 'troop_deployment', from: fromCodes, to: host.codes, evidence: [span(s)],
        confidence, rule: 'troops.host', troops: t.troops, qualifier: t.qualifier, unit: t.unit,
      });
    }
    // ", including 1,000 from France": each named contributor of the hosted force is a deployment of its own.
    const incl = stop >= 0 ? INCLUDING.exec(rest.slice(stop)) : null;
    if (!incl) continue;
    const inclAt = objAt + stop + incl[0].length;
    const inclRest = s.text.slice(inclAt);
    const inclEnd = inclAt + (inclRest.search(INCLUDED_END) >= 0 ? inclRest.search(INCLUDED_END) : inclRest.length);
    for (const part of includedParts(s, inclAt, inclEnd)) {
      const codes = part.codes.filter((c) => !host.codes.includes(c));
      if (!codes.length) continue;
      // "1,000 from France": the count is of the hosted force's own noun.
      const n = troopsIn(COUNT_FROM.test(part.text) ? part.text.replace(/\s+from\b.*$/, ` ${troopWord[0]}`) : part.text);
      out.push({
        type: 'troop_deployment', from: codes, to: host.codes, evidence: [span(s)],
        confidence, rule: 'troops.host', troops: n.troops, qualifier: n.qualifier, unit: n.unit ?? t.unit,
      });
    }
  }
  return out;
}

const COUNT_FROM = /^\s*(?:[a-z]+\s+){0,2}\d[\d,.]*\s+from\b/i;
const ALLIED = /\b(?:allied|NATO|alliance|multinational)\b/i;
const INCLUDING = /^,\s+(?:including|among\s+them|of\s+which|of\s+whom)\s+/i;
const INCLUDED_END = /;|(?<!\b[A-Z])\.(?=\s|$)|\s[—–-]\s|,\s+(?!and\b|the\b)[a-z]|\s+(?:while|as|after|since|because|according)\s/;

/** "1,000 from France and 500 from Italy", "about 1,000 French soldiers": each contributor with its own count. */
function includedParts(s: SentenceView, from: number, to: number): Array<{ text: string; codes: string[] }> {
  const parts: Array<{ text: string; codes: string[] }> = [];
  let at = from;
  for (const piece of s.text.slice(from, to).split(/,\s+(?:and\s+)?|\s+and\s+/)) {
    const start = s.text.indexOf(piece, at);
    const end = start + piece.length;
    at = end;
    const codes = sortedCodes(s.mentions.filter((x) => x.start >= start && x.end <= end && x.kind !== 'org'));
    if (codes.length) parts.push({ text: piece, codes });
  }
  return parts;
}

function garrison(s: SentenceView, doc: DocView): Draft[] {
  const out: Draft[] = [];
  GARRISON.lastIndex = 0;
  for (let m = GARRISON.exec(s.text); m; m = GARRISON.exec(s.text)) {
    const cs = clauseStart(s, m.index);
    if (isNegated(s.text, cs, m.index) || POSSIBLE.test(s.text.slice(cs, m.index))) continue;
    // "V Corps … established their headquarters forward in Poznan": a named unit acts for the article's country.
    const unit = s.mentions.filter((x) => x.end <= m.index && isKnownUnit(x));
    const sender = resolveSender(s, doc, m.index) ?? (unit.length ? { codes: sortedCodes(unit), confidence: 0.8 } : null) ?? (UNIT_SUBJECT.test(s.text.slice(0, m.index)) && doc.home.length === 1 ? { codes: [...doc.home], confidence: 0.6 } : null);
    if (!sender?.codes.length) continue;
    const end = m.index + m[0].length;
    const after = s.text.slice(end).search(/[;]|\.\s|\s[—–-]\s/);
    const host = sortedCodes(placesIn(s, end, after >= 0 ? end + after : s.text.length)).filter((c) => !sender.codes.includes(c));
    if (!host.length) continue;
    const base = isHypothetical(s.text, cs, m.index) ? 0.5 : 0.8;
    out.push({
      type: 'troop_deployment', from: sender.codes, to: host, evidence: [span(s)],
      confidence: round(base * sender.confidence), rule: 'troops.garrison', troops: null, qualifier: null, unit: null,
    });
  }
  return out;
}

// Cheap gates: most sentences have neither a host verb nor a garrison.
export const troopsHostRule: Rule = { id: 'troops.host', cues: cueWords(formsOf('host'), ['home']), run: ({ s, doc }) => (/host|welcom|receiv|home to/.test(s.text) ? hostSubject(s, doc) : []) };
export const troopsGarrisonRule: Rule = { id: 'troops.garrison', cues: cueWords(['garrison', 'headquarters', 'base', 'bases']), run: ({ s, doc }) => (/garrison|eadquarters|bases?\b|Base\b/.test(s.text) ? garrison(s, doc) : []) };
