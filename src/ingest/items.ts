import type { Item, ItemCategory } from '../model/dataset';
import { splitOnSpace } from './chars';

/**
 * Weapons and equipment as news names them. The first matching entry decides an item's
 * category, so specific systems (Javelin, Stinger) come before generic words (missiles, rockets).
 */
const LEXICON: ReadonlyArray<[RegExp, ItemCategory]> = [
  [/\b(?:Javelins?|NLAWs?|Panzerfausts?|Carl[- ]Gustafs?|Carl[- ]Gustavs?|AT-4s?|AT4s?|TOW|Milan|Spike|RPG-?\d*s?|anti-tank|antitank|anti-armou?r|bazookas?)\b/i, 'anti-tank'],
  [/\b(?:Stingers?|Patriots?|IRIS[- ]T(?:-SL[MS])?|SAMP[/-]T|NASAMS|Starstreaks?|S-300s?|Pioruns?|Mistrals?|Gepards?|Hawks?|Avenger|Crotale|Stormers?|Martlets?|surface-to-air|ground-to-air|air[- ]defen[cs]e|anti-aircraft|antiaircraft|MANPADS?)\b/i, 'air-defence'],
  [/\b(?:self-propelled (?:guns?|howitzers?)|howitzers?|HIMARS|M142|M270|MLRS|MARS|rocket launchers?|multiple[- ]launch rocket systems?|rocket systems?|mortars?|artillery|Caesars?|PzH ?2000|Krab|Zuzana|Archer|M777s?|Grad|ATACMS|Storm Shadows?|SCALP|Taurus|cruise missiles?|long-range missiles?|guns? systems?)\b/i, 'artillery'],
  [/\b(?:tanks?|Leopards?|Abrams|Challengers?|T-72s?|PT-91s?|armou?red (?:vehicles?|personnel carriers?|cars?)|APCs?|IFVs?|infantry fighting vehicles?|Bradleys?|Marders?|Strykers?|M113s?|BMP-?\d*s?|Humvees?|CV90s?|AMX-10s?)\b/i, 'armour'],
  [/\b(?:ammo|ammunition|shells?|rounds|cartridges|munitions?|bullets|grenades)\b/i, 'ammunition'],
  [/\b(?:rifles?|pistols?|handguns?|machine[- ]guns?|machine[- ]weapons?|firearms|small arms|submachine guns?|carbines?|assault weapons)\b/i, 'small-arms'],
  [/\b(?:drones?|UAVs?|Bayraktars?|Switchblades?|helmets?|body armou?r|bulletproof vests?|flak jackets?|vests|night[- ]vision|weaponry|weapons?|arms|military equipment|(?:non-)?lethal (?:military )?aid|equipment|fighter jets?|jets|fighters|fighter (?:aircraft|planes)|bombers|F-\d+[A-Z]?s?|MiG-\d+s?|Su-\d+s?|Gripens?|Eurofighters?|Typhoons?|Rafales?|Mirages?|Tornados?|Harriers?|Chinooks?|Black Hawks?|Apaches?|Reapers?|Poseidons?|aircraft|helicopters?|missiles?|rockets?|radars?|landmines|mines|explosives|armament|armaments|materiel|military hardware|warships?|frigates?|corvettes?|destroyers?|submarines?|minehunters?|patrol boats|(?:military |small |river |assault )?boats|(?:de-?mining|mine-clearing|engineering|recovery|logistics|tactical|utility|protected|patrol|armou?red) vehicles|Bushmasters?|bulldozers|excavators|body shields|shields|protective vests|protective equipment|naval drones|military vehicles|trucks|spare parts)\b/i, 'other'],
];

const BRANDS = /^(?:Javelins?|Stingers?|Panzerfausts?|Carl|Patriots?|Starstreaks?|Leopards?|Abrams|Bradleys?|Challengers?|Marders?|Strykers?|Gepards?|Pioruns?|Mistrals?|Bayraktars?|Switchblades?|Caesars?|Krab|Zuzana|Archer|Storm|Taurus|Grad|Milan|Spike|Hawk|Avenger|Crotale|Stormers?|Martlets?|Humvees?)$/;

/** Words that, when they head the object, make it not a shipment ("sending troops", "a message"). */
/** "$650 million in", "350 million more in", "£1 billion more of", "€2bn worth of": a price before the goods. */
const MONEY_IN = /^\s*(?:(?:some|about|around|more than|over|nearly|almost|an additional|another)\s+)?(?:[$€£]\s?)?\d[\d.,]*\s*(?:million|billion|bn|m)?\s*(?:dollars|euros|pounds)?\s+(?:more\s+|extra\s+|additional\s+)?(?:in|of|worth\s+of)\s+/i;
const CURRENCY = /(?:\b(?:euros?|dollars?|pounds|kroner|kronor|zlotys?|hryvnias?)\b|[$€£])/i;
const NOT_ITEM = /^(?:troops?|soldiers|forces|personnel|a (?:clear |strong )?(?:message|signal)|messages?|signals?|letters?|delegations?|envoys?|diplomats?|money|funds?|cash)\b/i;

export function categorise(phrase: string): ItemCategory | null {
  for (const [re, cat] of LEXICON) if (re.test(phrase)) return cat;
  return null;
}

const LEADING_NOISE = /^(?:(?:more than|less than|fewer than|(?:some|most|all|many|several|few|part|each|both|any|one|two|three|four|five) of|own|with|and|or|as well as|along with|plus|including|such as|also|even|more|additional|extra|further|new|other|some|several|many|various|its|their|his|her|the|a|an|these|those|up to|about|around|roughly|nearly|almost|approximately|more than|over|at least|dozens of|hundreds of|thousands of|scores of|batches? of|shipments? of|deliveries of|consignments? of|a number of|a batch of|a raft of|raft of|a range of|range of|a host of|an array of|array of|a wave of|a package of|packages? of|units? of|pieces of|quantities of|large quantities of|lots of|entire|whole|all|remaining|latest|first|second|third|new|\d+(?:st|nd|rd|th)|worth|\d[\d,.]*(?:\s+(?:million|billion|thousand))?|million|billion|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|dozen|dozens|hundreds|thousands)\s+)+/i;
const TRAILING_NOISE = /\s+(?:directly|immediately|quickly|soon|too|as well|now|already|so far|in total|this week|this month|this year|last week|last month|next week|next month|next year|later|in recent weeks|in recent days|over the weekend|of (?:their|its|his|her|our) own)$/i;
// A quantity or unit head with "of" names how many, not what: "a company of 14 Leopard 2 tanks", "some of its retired F-16s".
const PARTITIVE = /^(?:(?:a|an|one|two|three|four|five|six|\d[\d,.]*)\s+)?(?:(?:additional|further|new|second|third|full|whole|entire|first)\s+)?(?:parts|compan(?:y|ies)|battalions?|batter(?:y|ies)|squadrons?|fleets?|sets?|pairs?|number|rounds?|some|most|all|part|many|few|rest|remainder|stocks?|suppl(?:y|ies)|lots?|tranches?|consignments?|shipments?|batch(?:es)?|packages?|total|handful|stockpiles?|delivery|deliveries)\s+of\s+/i;
// Adjectives about the donor's stock, not the system: "retired F-16s", "surplus howitzers".
const STOCK_ADJ = /^(?:retired|surplus|decommissioned|ageing|aging|older|used|existing|spare(?!\s+parts))\s+/i;

/** Turns one list element into a reader's name: "anti-tank missiles called Javelin" → "Javelin anti-tank missiles". */
// "arms and equipment authorized under previously directed drawdowns", "equipment from Department of Defense stocks",
// "trailers to transport heavy equipment", "munitions to help strengthen …": what follows the goods is not their name.
const TRAILING_CLAUSE = /\s+(?:(?:authori[sz]ed|provided|delivered|donated|purchased|procured|drawn|funded|financed|approved|announced)\s+(?:by|under|from|through|via|with|in)\b|under\s+(?:the\s+)?(?:previously|presidential|drawdown|[A-Z])|from\s+(?:its\s+|their\s+|current\s+|existing\s+)?(?:(?:U\.S\.|US|DoD|DOD|Department|stocks?|stockpiles?|inventor)|[A-Z][a-z]+\s+(?:stocks?|stockpiles?|inventor))|to\s+(?:help|support|strengthen|bolster|transport|tow|enable|protect|defend|counter|arm|meet|replace|sustain)\b|(?:which|that)\s+(?:will|would|can|could|are|is|has|have)\b|essential\s+to\b|in\s+response\s+to\b|in\s+support\s+of\b|ahead\s+of\b).*$/;

export function itemName(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:.–—-]+$/g, '').replace(TRAILING_CLAUSE, '');
  const cleaned = s;
  for (let guard = 0; guard < 4; guard++) {
    const next = s.replace(LEADING_NOISE, '').replace(PARTITIVE, '').replace(STOCK_ADJ, '').replace(TRAILING_NOISE, '');
    if (next === s) break;
    s = next;
  }
  const called = /^(.*?)\s+(?:called|named|known as|dubbed|of the type)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)$/.exec(s);
  if (called) s = `${called[2]} ${called[1]}`;
  s = ammunitionFor(s);
  // "their own Patriot deliveries": the act's noun is not part of the system's name.
  const act = / (?:deliveries|shipments|supplies|transfers|donations)$/i.exec(s);
  if (act && act.index > 0) s = s.slice(0, act.index);
  // Lower-case a sentence-initial common noun ("Machine weapons"), never a system name or acronym.
  const first = /^[\w-]+/.exec(s)?.[0] ?? '';
  // Only a word that began the raw phrase can be capitalised for being sentence-initial ("200 Brimstone missiles" stays).
  const initial = cleaned.startsWith(first);
  if (initial && /^[A-Z][a-z-]+$/.test(first) && !BRANDS.test(first) && !/^[\w-]+\s+[A-Z]/.test(s)) s = s[0]!.toLowerCase() + s.slice(1);
  return s;
}

/**
 * "ammunition for High Mobility Artillery Rocket Systems (HIMARS)" → "HIMARS ammunition": the
 * system named after "for" is what tells a reader which ammunition; "for the vehicles" adds nothing.
 */
function ammunitionFor(s: string): string {
  const m = /^((?:[\w-]+\s+)?(?:ammunition|ammo|munitions|shells|rounds|missiles|rockets|spare parts))\s+for\s+(?:the\s+|its\s+|their\s+)?(.+)$/i.exec(s);
  if (!m) return s;
  const target = m[2]!;
  const acronym = /\(([A-Z][A-Z0-9-]+)\)\s*$/.exec(target)?.[1];
  if (acronym) return `${acronym} ${m[1]}`;
  if (/^[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,2}$/.test(target)) return `${target} ${m[1]}`;
  return m[1]!;
}

const AMMO_HEAD = /\b(?:ammunition|ammo|munitions)$/i;

const LIST_SPLIT = /\s*(?:,\s*(?:and|or|as well as|along with|plus|together with)\s+|,\s+|\s+as well as\s+|\s+along with\s+|\s+together with\s+|\s+and\s+|\s+plus\s+|;\s*)/;
const EXAMPLES = /,?\s+(?:including|such as|among them|notably)\s+/i;
// Umbrella words a list of examples spells out: "weapons including Javelins" is the Javelins.
const UMBRELLA = /^(?:(?:heavy|modern|western|new|advanced|defensive|lethal)\s+)*(?:weapons?|weaponry|arms|equipment|military (?:aid|assistance|equipment|hardware)|hardware|materiel|systems|armaments?|aid|assistance|package)$/i;

/** Splits "A including B and C": the examples replace an umbrella head, else both are items. */
function listParts(phrase: string): string[] {
  const ex = /includ|such as|among them|notably/i.test(phrase) ? EXAMPLES.exec(phrase) : null;
  let head = phrase;
  let tail = '';
  if (ex) {
    head = phrase.slice(0, ex.index);
    tail = phrase.slice(ex.index + ex[0].length);
    const headName = itemName(head);
    // "tanks, including Leopard 2s": a bare common noun of the examples' own kind is the umbrella too.
    if (UMBRELLA.test(headName) || (/^[a-z][a-z -]*$/.test(headName) && categorise(headName) === categorise(tail))) head = '';
  }
  // Both lists are pushed, not made by flatMap, filter or map: those do not always hand back the same elements kind, and
  // parseItems, which walks the parts, was deoptimised by the first list of another kind (measured).
  const parts: string[] = [];
  for (const half of [head, tail]) for (const p of half.split(LIST_SPLIT)) if (p.trim().length > 0) parts.push(p);
  // "lethal and non-lethal aid", "combat and logistics vehicles": a bare modifier shares the next part's head noun.
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    if (!next || categorise(p) || !/^\s*[a-z][\w-]*\s*$/.test(p)) {
      out.push(p);
      continue;
    }
    const nextHead = /\s([a-z][\w-]*)\s*$/.exec(next)?.[1];
    out.push(nextHead && categorise(`${p.trim()} ${nextHead}`) ? `${p.trim()} ${nextHead}` : p);
  }
  return out;
}

/**
 * Items in an object noun phrase: one per list element that names equipment. Returns [] when the
 * phrase names no equipment. "Other X" after a known item inherits its category ("Stingers and
 * other shoulder-launched rockets").
 */
export function parseItems(phrase: string, categoryHint: ItemCategory | null = null): Item[] {
  const trimmed = phrase.trim();
  if (NOT_ITEM.test(trimmed.replace(LEADING_NOISE, ''))) return [];
  const parts = listParts(trimmed);
  const items: Item[] = [];
  for (const part of parts) {
    // Money is aid, not a shipment ("500 million dollars in military assistance"); "$650 million in military
    // equipment" is the equipment.
    const unpriced = part.replace(MONEY_IN, '');
    if (unpriced !== part) {
      if (categorise(unpriced) && !/^(?:military\s+)?(?:aid|assistance|support)$/i.test(unpriced.trim())) items.push(...parseItems(unpriced, categoryHint).filter((i) => !items.some((x) => x.name === i.name)));
      continue;
    }
    if (NOT_ITEM.test(part.replace(LEADING_NOISE, '').trim()) || CURRENCY.test(part)) continue;
    let category = categorise(part);
    if (!category) continue;
    const name = itemName(part);
    // "tanks, vehicles and equipment": a generic word beside named weapons adds nothing; "equipment and training" is equipment.
    if (!name || (/^(?:systems?|vehicles?|equipment)$/i.test(name) && parts.some((p) => p !== part && categorise(p) !== null))) continue;
    const prevItem = items[items.length - 1];
    if (/^\s*(?:as well as\s+|and\s+)?other\b/i.test(part) && prevItem && category === 'other') category = prevItem.category;
    else if (/\bother\b/i.test(part) && prevItem && !/\b(?:Javelin|Stinger|NLAW|Patriot)/.test(part)) category = prevItem.category;
    // The head noun decides for ammunition: "155mm artillery ammunition", "HIMARS ammunition".
    if (AMMO_HEAD.test(name)) category = 'ammunition';
    if (categoryHint) category = categoryHint;
    if (!items.some((i) => i.name.toLowerCase() === name.toLowerCase())) items.push({ name, category });
  }
  return items;
}

/** "For air defence, …" or "to bolster its air defences" names the category of what follows. */
export function categoryHintOf(sentence: string): ItemCategory | null {
  const m = /^(?:For|To (?:bolster|strengthen|help with|support)(?: its| their| Ukraine's)?)\s+([\w -]{3,30}?),/.exec(sentence);
  if (!m) return null;
  const c = categorise(m[1]!);
  return c === 'other' ? null : c;
}

/**
 * The model family a reader would call two names by: "Leopard 2A6 tanks" and "Leopard 2 battle
 * tanks" are both "leopard 2"; "F-16s" is "f-16". Null for generic names ("ammunition"), which
 * say nothing about whether two mentions are the same transfer. The category is part of the key,
 * so "HIMARS launchers" and "HIMARS ammunition" stay apart.
 */
export function modelFamily(item: Item): string | null {
  const tokens = splitOnSpace(item.name);
  const i = tokens.findIndex((t) => /^[A-Z]/.test(t));
  if (i < 0) return null;
  const t = tokens[i]!;
  const numbered = /^([A-Za-z]{1,4}-?\d+)/.exec(t);
  let fam = numbered ? numbered[1]! : t.replace(/(?:'s|s)$/, '');
  const next = tokens[i + 1];
  if (!numbered && next && /^\d/.test(next)) fam += ` ${/^\d+/.exec(next)![0]}`;
  return `${fam.toLowerCase()}|${item.category}`;
}
