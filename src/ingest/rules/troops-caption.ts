import { isAlliedHost } from '../../domain/nato-membership';
import type { Mention } from '../actors';
import { DATELINE_BEFORE, placesIn, sortedCodes, type DocView, type Draft, type SentenceView } from '../doc';
import { isBlockedAt, troopsDraft, unlessForcePlaced } from '../kit';
import { alternation } from '../lexicon/verbs';
import { COUNTRIES } from '../lexicon/countries';
import { NAMED_UNIT, TROOP_NOUNS } from '../lexicon/words';
import type { Rule } from '../registry';
import { troopsOf } from './troops';

/**
 * A photo caption's dateline: "U.S. Soldiers assigned to … maintain their howitzer … at Bemowo Piskie Training Area,
 * Poland, April 14, 2024." The force that opens the caption is where the caption places it (troops.caption). So is the
 * force that opens a story after its dateline ("VÕRU, Estonia – U.S. Army Soldiers with Battery A … trained with …").
 */
/** A date as captions write it: "April 14, 2024", "Feb. 21, 2023". */
const MONTH_DAY_YEAR = String.raw`(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}`;
const CAPTION_DATELINE = new RegExp(String.raw`,\s+${MONTH_DAY_YEAR}\.?\s*$`);
const CAPTION_FORCE = new RegExp(String.raw`^(?:[\w.’'-]+\s+){0,3}?(?:${alternation([...TROOP_NOUNS, 'Soldiers', 'Marines', 'Airmen', 'Sailors', 'Service members', 'troops'])})\b`, 'i');

// Unlike the places' dateline (doc.ts), a story's text may follow its dash with no space ("RIGA, Latvia—From May 31 …").
// "SODANKYLÄ, Finland (March 6, 2025) —": a date in brackets may stand before the dash.
const DATELINE_DASH = /^\s*(?:\([^()]{3,40}\)\s*)?(?:--|—|–|-)\s*/;
/** A dateline written all in capitals ("SODANKYLÄ, FINLAND (March 6, 2025) —"): the country's name in capitals. */
const CAPITALS_DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*,\s+(\p{Lu}[\p{Lu} ]*\p{Lu})(?=\s*(?:\(|--|—|–|-))/u;
const COUNTRY_IN_CAPITALS: ReadonlyMap<string, string> = new Map(COUNTRIES.flatMap((c) => c.names.map((n) => [n.toUpperCase(), c.code] as const)));
const LEAVING = /\b(?:return(?:s|ed|ing)?|left|leav(?:e|es|ing)|depart(?:s|ed|ing)?|redeploy(?:s|ed|ing)?\s+(?:home|back))\b/;

/** A story's leading dateline ("VÕRU, Estonia – U.S. Army Soldiers …"): its country, and where the text after the dash begins. */
export function leadingDateline(s: SentenceView): { place: Mention; restAt: number } | null {
  const place = s.mentions.find((x) => x.kind === 'country' && x.codes.length === 1 && DATELINE_BEFORE.test(s.text.slice(0, x.start))) ?? countryInCapitals(s);
  const dash = place ? DATELINE_DASH.exec(s.text.slice(place.end)) : null;
  return place && dash ? { place, restAt: place.end + dash[0].length } : null;
}

function countryInCapitals(s: SentenceView): Mention | undefined {
  const m = CAPITALS_DATELINE.exec(s.text);
  const code = m ? COUNTRY_IN_CAPITALS.get(m[1]!) : undefined;
  if (!m || !code) return undefined;
  const start = m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, text: m[1]!, codes: [code], kind: 'country', key: code };
}

function datelined(s: SentenceView, doc: DocView): Draft[] {
  const dateline = leadingDateline(s);
  if (!dateline || !isAlliedHost(dateline.place.codes[0]!, doc.article.date)) return [];
  const { place, restAt } = dateline;
  const force = CAPTION_FORCE.exec(s.text.slice(restAt));
  if (!force) return [];
  const forceEnd = restAt + force[0].length;
  const owners = s.mentions.filter((x) => x.start >= restAt && x.end <= forceEnd && (x.kind === 'adjective' || x.kind === 'country' || (x.kind === 'org' && x.codes[0] === 'NATO')));
  // "WARSAW, Poland – Russian troops conducted drills near the border": only allies' forces are the dateline's guests.
  const from = sortedCodes(owners).filter((c) => !place.codes.includes(c) && (c === 'NATO' || isAlliedHost(c, doc.article.date)));
  // Another country the sentence names as a place ("… arrived in Romania") is the placing rules' to read.
  if (!from.length || isBlockedAt(s, forceEnd) || placesIn(s, forceEnd).some((x) => x.kind === 'country' && !x.codes.includes(place.codes[0]!))) return [];
  // "… returned to Texas", "… departed Estonia": the force is leaving the dateline's country.
  if (LEAVING.test(s.text.slice(forceEnd))) return [];
  return [troopsDraft(s, 'troops.caption', from, [...place.codes], troopsOf(s.text.slice(restAt, forceEnd)), 0.7)];
}

/** "… conduct DV Day during Thracian Cooperation-23 on Feb. 21, 2023, in Greece.": the date first, then the place. */
const CAPTION_DATE_IN = new RegExp(String.raw`\b${MONTH_DAY_YEAR},\s+(?:in|at)\s+[^.;]{2,80}?\.?\s*$`);
/** A caption's subject named by its unit alone ("U.S. Army armored reconnaissance specialists, part of 2nd Squadron, …"). */
const CAPTION_UNIT = new RegExp(String.raw`^[^;]{0,100}?${NAMED_UNIT}`);
const ANY_NAMED_UNIT = new RegExp(NAMED_UNIT);

/** Where a caption's dateline puts its force: the place before the trailing date, or the place after "on <date>, in". */
function captionPlace(s: SentenceView): { place: Mention; at: number } | null {
  const line = CAPTION_DATELINE.exec(s.text);
  if (line) {
    // "… during Saber Strike 24, Pabrade Training Area, Lithuania, April 21, 2024.": the country right before the date.
    const place = [...placesIn(s, 0, line.index)].pop() ?? s.mentions.filter((x) => x.kind === 'country' && x.end <= line.index).pop();
    return place && place.end >= line.index - 2 ? { place, at: place.start } : null;
  }
  const dateIn = CAPTION_DATE_IN.exec(s.text);
  const place = dateIn ? s.mentions.filter((x) => x.kind === 'country' && x.start > dateIn.index).pop() : undefined;
  return place ? { place, at: dateIn!.index } : null;
}

function caption(s: SentenceView, doc: DocView): Draft[] {
  const found = captionPlace(s);
  if (!found) return CAPTION_DATELINE.test(s.text) || CAPTION_DATE_IN.test(s.text) ? [] : datelined(s, doc);
  const { place, at } = found;
  if (!isAlliedHost(place.codes[0]!, doc.article.date)) return [];
  const force = CAPTION_FORCE.exec(s.text) ?? CAPTION_UNIT.exec(s.text);
  if (!force) return [];
  const owners = s.mentions.filter((x) => x.end <= force[0].length + 60 && (x.kind === 'adjective' || x.kind === 'country' || (x.kind === 'org' && x.codes[0] === 'NATO')) && x.start < at
    // "Battle Group Poland" names a formation, not its soldiers' country.
    && !/[Bb]attle\s?[Gg]roup\s+$/.test(s.text.slice(Math.max(0, x.start - 14), x.start)));
  // "Soldiers assigned to the 2nd Brigade Combat Team, 101st Airborne Division …": a named unit with no nation is the publisher's.
  const own = owners.length ? sortedCodes(owners) : ANY_NAMED_UNIT.test(s.text.slice(0, at)) && doc.home.length === 1 ? [...doc.home] : [];
  const from = own.filter((c) => !place.codes.includes(c));
  if (!from.length || isBlockedAt(s, force[0].length)) return [];
  return [troopsDraft(s, 'troops.caption', from, [...place.codes], troopsOf(s.text.slice(0, force[0].length)), 0.7)];
}


export const troopsCaptionRule: Rule = { id: 'troops.caption', run: ({ s, doc, earlier }) => (/\d{4}(?:\.?\s*$|,\s+(?:in|at)\s)/.test(s.text) || (s.index < 3 && /^\s*\p{Lu}{2}/u.test(s.text)) ? unlessForcePlaced(earlier, caption(s, doc)) : []) };
