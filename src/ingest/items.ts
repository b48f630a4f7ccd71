import type { Item, ItemCategory } from '../model/dataset';

/**
 * Weapons and equipment as news names them. The first matching entry decides an item's
 * category, so specific systems (Javelin, Stinger) come before generic words (missiles, rockets).
 */
const LEXICON: ReadonlyArray<[RegExp, ItemCategory]> = [
  [/\b(?:Javelins?|NLAWs?|Panzerfausts?|Carl[- ]Gustafs?|Carl[- ]Gustavs?|AT-4s?|AT4s?|TOW|Milan|Spike|RPG-?\d*s?|anti-tank|antitank|anti-armou?r|bazookas?)\b/i, 'anti-tank'],
  [/\b(?:Stingers?|Patriots?|IRIS-T|NASAMS|Starstreaks?|S-300s?|Pioruns?|Mistrals?|Gepards?|Hawk|SAMP\/T|Avenger|Crotale|Stormers?|Martlets?|surface-to-air|ground-to-air|air[- ]defen[cs]e|anti-aircraft|antiaircraft|MANPADS?)\b/i, 'air-defence'],
  [/\b(?:self-propelled (?:guns?|howitzers?)|howitzers?|HIMARS|M142|M270|MLRS|MARS|rocket launchers?|multiple[- ]launch rocket systems?|rocket systems?|mortars?|artillery|Caesars?|PzH ?2000|Krab|Zuzana|Archer|M777s?|Grad|ATACMS|Storm Shadows?|SCALP|Taurus|cruise missiles?|long-range missiles?|guns? systems?)\b/i, 'artillery'],
  [/\b(?:tanks?|Leopards?|Abrams|Challengers?|T-72s?|PT-91s?|armou?red (?:vehicles?|personnel carriers?|cars?)|APCs?|IFVs?|infantry fighting vehicles?|Bradleys?|Marders?|Strykers?|M113s?|BMP-?\d*s?|Humvees?|CV90s?|AMX-10s?)\b/i, 'armour'],
  [/\b(?:ammo|ammunition|shells?|rounds|cartridges|munitions?|bullets|grenades)\b/i, 'ammunition'],
  [/\b(?:rifles?|pistols?|handguns?|machine[- ]guns?|machine[- ]weapons?|firearms|small arms|submachine guns?|carbines?|assault weapons)\b/i, 'small-arms'],
  [/\b(?:drones?|UAVs?|Bayraktars?|Switchblades?|helmets?|body armou?r|bulletproof vests?|flak jackets?|vests|night[- ]vision|weaponry|weapons?|arms|military aid|military assistance|military equipment|lethal aid|equipment|fighter jets?|jets|F-\d+s?|MiG-\d+s?|Su-\d+s?|Gripens?|aircraft|helicopters?|missiles?|rockets?|radars?|landmines|mines|explosives|armament|armaments|materiel|military hardware|warships?|frigates?|corvettes?|minehunters?|patrol boats|body shields|shields|protective vests|protective equipment|naval drones|military vehicles|trucks)\b/i, 'other'],
];

const BRANDS = /^(?:Javelins?|Stingers?|Panzerfausts?|Carl|Patriots?|Starstreaks?|Leopards?|Abrams|Bradleys?|Challengers?|Marders?|Strykers?|Gepards?|Pioruns?|Mistrals?|Bayraktars?|Switchblades?|Caesars?|Krab|Zuzana|Archer|Storm|Taurus|Grad|Milan|Spike|Hawk|Avenger|Crotale|Stormers?|Martlets?|Humvees?)$/;

/** Words that, when they head the object, make it not a shipment ("sending troops", "a message"). */
const CURRENCY = /(?:\b(?:euros?|dollars?|pounds|kroner|kronor|zlotys?|hryvnias?)\b|[$€£])/i;
const NOT_ITEM = /^(?:troops?|soldiers|forces|personnel|a (?:clear |strong )?(?:message|signal)|messages?|signals?|letters?|delegations?|envoys?|diplomats?|money|funds?|cash)\b/i;

export function categorise(phrase: string): ItemCategory | null {
  for (const [re, cat] of LEXICON) if (re.test(phrase)) return cat;
  return null;
}

const LEADING_NOISE = /^(?:(?:with|and|or|as well as|along with|plus|including|such as|also|even|more|additional|extra|further|new|other|some|several|many|various|its|their|his|her|the|a|an|these|those|up to|about|around|roughly|nearly|almost|approximately|more than|over|at least|dozens of|hundreds of|thousands of|scores of|batches? of|shipments? of|deliveries of|consignments? of|a number of|a batch of|a package of|packages? of|units? of|pieces of|quantities of|large quantities of|lots of|entire|whole|all|remaining|latest|first|second|third|new|\d+(?:st|nd|rd|th)|worth|\d[\d,.]*(?:\s+(?:million|billion|thousand))?|million|billion|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|dozen|dozens|hundreds|thousands)\s+)+/i;
const TRAILING_NOISE = /\s+(?:directly|immediately|quickly|soon|too|as well|now|already|so far|in total|this week|this month|this year|last week|last month|next week|next month|in recent weeks|in recent days|over the weekend)$/i;

/** Turns one list element into a reader's name: "anti-tank missiles called Javelin" → "Javelin anti-tank missiles". */
export function itemName(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:.–—-]+$/g, '');
  for (let guard = 0; guard < 4; guard++) {
    const next = s.replace(LEADING_NOISE, '').replace(TRAILING_NOISE, '');
    if (next === s) break;
    s = next;
  }
  const called = /^(.*?)\s+(?:called|named|known as|dubbed|of the type)\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)$/.exec(s);
  if (called) s = `${called[2]} ${called[1]}`;
  // Lower-case a sentence-initial common noun ("Machine weapons"), never a system name or acronym.
  const first = /^[\w-]+/.exec(s)?.[0] ?? '';
  if (/^[A-Z][a-z-]+$/.test(first) && !BRANDS.test(first)) s = s[0]!.toLowerCase() + s.slice(1);
  return s;
}

const LIST_SPLIT = /\s*(?:,\s*(?:and|or|as well as|along with|plus)\s+|,\s+|\s+as well as\s+|\s+along with\s+|\s+and\s+|\s+plus\s+|;\s*)/;

/**
 * Items in an object noun phrase: one per list element that names equipment. Returns [] when the
 * phrase names no equipment. "Other X" after a known item inherits its category ("Stingers and
 * other shoulder-launched rockets").
 */
export function parseItems(phrase: string, categoryHint: ItemCategory | null = null): Item[] {
  const trimmed = phrase.trim();
  if (NOT_ITEM.test(trimmed.replace(LEADING_NOISE, ''))) return [];
  const parts = trimmed.split(LIST_SPLIT).filter((p) => p.trim().length > 0);
  const items: Item[] = [];
  for (const part of parts) {
    // Money is aid, not a shipment ("500 million dollars in military assistance").
    if (NOT_ITEM.test(part.replace(LEADING_NOISE, '').trim()) || CURRENCY.test(part)) continue;
    let category = categorise(part);
    if (!category) continue;
    const name = itemName(part);
    if (!name || /^(?:systems?|vehicles?|equipment)$/i.test(name) && parts.length > 1) continue;
    const prevItem = items[items.length - 1];
    if (/^\s*(?:as well as\s+|and\s+)?other\b/i.test(part) && prevItem && category === 'other') category = prevItem.category;
    else if (/\bother\b/i.test(part) && prevItem && !/\b(?:Javelin|Stinger|NLAW|Patriot)/.test(part)) category = prevItem.category;
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
