/**
 * Word classes other than verbs and countries, each spelled once. Rules build their patterns from
 * these lists (`alternation` in ./verbs.ts); a new word is a new list entry.
 */

/** People in uniform, as news counts them ("3,000 troops", "Dutch airmen"). */
export const TROOP_NOUNS = [
  'troops', 'soldiers', 'service members', 'servicemembers', 'servicemen', 'servicewomen', 'personnel', 'marines',
  'paratroopers', 'airmen', 'sailors', 'forces', 'rotational deployments', 'troop deployments', 'military presence',
  'troop presence', 'allied presence', 'forward presence', 'response force', 'reaction force', 'troop numbers', 'troop levels',
] as const;

/** Formed units ("a battalion", "two brigades"); singular, plurals are generated. */
export const UNIT_NOUNS = [
  'battalion', 'brigade', 'division', 'battle group', 'battlegroup', 'regiment', 'squadron', 'contingent', 'unit',
  'detachment', 'task force', 'corps', 'company', 'platoon', 'battery',
] as const;

/** Unit families for merging: "brigade combat team" is a brigade; the id never changes with the unit. */
export const UNIT_FAMILIES = [...UNIT_NOUNS, 'headquarters', 'wing'] as const;

/**
 * A named military formation (regex source, case-sensitive): "48th Fighter Wing", "101st Airborne Division (Air
 * Assault)", "2nd Cavalry Regiment", "22nd Marine Expeditionary Unit", "V Corps", "90th EFS", "Kearsarge Amphibious
 * Ready Group". News names units this way; the unit acts for the country whose forces it belongs to.
 */
export const NAMED_UNIT = String.raw`(?:\d(?:ABCT|IBCT|SBCT|BCT|CAB|ACB)\b|\d{1,3}(?:st|nd|rd|th)?\s+(?:CAB|ABCT|IBCT|SBCT|BCT|EFS|MEU|MEF)\b|\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Wing|Squadron|Division|Brigade(?:\s+Combat\s+Team)?|Regiment|Battalion|Corps|Group|Unit|Fleet|Team|Company|Battery)|[IVX]{1,4}\s+Corps|\d{1,3}(?:st|nd|rd|th)\s+[A-Z]{2,5}|[A-Z][a-z]+\s+(?:Amphibious\s+Ready|Carrier\s+Strike|Strike)\s+Group)(?:\s+\([^)]{1,30}\))?`;

/**
 * National services written without the country's adjective: they act for it ("Royal Air Force Typhoons",
 * "RAF pilots"). Followed by a capitalised place name they name a base instead ("Royal Air Force Lakenheath",
 * "RAF Coningsby"), which says nothing about whose forces are there.
 */
export const NATIONAL_SERVICES: ReadonlyArray<readonly [string, string]> = [
  ['Royal Air Force', 'GB'], ['RAF', 'GB'], ['Royal Navy', 'GB'], ['British Army', 'GB'], ['Royal Marines', 'GB'],
  ['Bundeswehr', 'DE'], ['Luftwaffe', 'DE'], ['USAFE', 'US'], ['USAF', 'US'],
  // A state's Guard is a U.S. force ("the Michigan National Guard", "Texas Army National Guard").
  ['National Guard', 'US'], ['Army National Guard', 'US'], ['Air National Guard', 'US'],
];

/**
 * Navies' ship prefixes: "USS Forrest Sherman", "HMS Diamond", "FGS Sachsen". A prefix before a ship's
 * name acts for its navy's country, like the country's adjective ("U.S. destroyers").
 */
export const SHIP_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['USS', 'US'], ['USNS', 'US'], ['USCGC', 'US'], ['HMS', 'GB'], ['RFA', 'GB'], ['HMCS', 'CA'], ['FGS', 'DE'], ['HNLMS', 'NL'],
  ['HDMS', 'DK'], ['HNoMS', 'NO'], ['HSwMS', 'SE'], ['ORP', 'PL'], ['ESPS', 'ES'], ['NRP', 'PT'], ['TCG', 'TR'], ['ENS', 'EE'],
  ['FNS', 'FI'], ['ROS', 'RO'], ['BNS', 'BE'],
];

/** Abbreviated ranks and honorifics written before a name with a full stop: "Cmdr. Greg Page", "Lt. Gen. David Ottignon". */
export const NAME_PREFIX_ABBREVIATIONS = ['Brig', 'Gen', 'Lt', 'Maj', 'Col', 'Adm', 'Capt', 'Cmdr', 'Cdr', 'Sgt', 'Cpl', 'Spc', 'Pfc', 'Pvt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sen', 'Rep', 'Gov'] as const;

/**
 * Military ranks as news writes them before a name, abbreviated or in full, with their ordinals and classes ("Spc.",
 * "1st Lt.", "Sgt. 1st Class", "Brig. Gen.", "Petty Officer 2nd Class", "Squadron Leader"). A regex source.
 */
export const MILITARY_RANK = String.raw`(?:(?:(?:Staff|Master|Command|Tech\.|Technical|Senior|First|1st|Chief\s+Master|Senior\s+Master|Gunnery|Lance)\s+)?(?:Sgt\.|Sergeant)(?:\s+(?:1st|First)\s+Class|\s+(?:Maj\.|Major))?|(?:1st|2nd|First|Second|Flight)\s+(?:Lt\.|Lieutenant)|(?:Lt\.|Lieutenant)\s+(?:Col\.|Colonel|Gen\.|General|Cmdr\.|Commander)|(?:Maj\.|Major|Brig\.|Brigadier|Lt\.|Lieutenant)\s+(?:Gen\.|General)|(?:Rear|Vice)\s+(?:Adm\.|Admiral)|(?:Senior\s+)?Airman(?:\s+(?:1st|First)\s+Class)?|Petty\s+Officer(?:\s+(?:1st|2nd|3rd|First|Second|Third)\s+Class)?|Chief\s+Petty\s+Officer|Chief\s+Warrant\s+Officer(?:\s+\d)?|Warrant\s+Officer(?:\s+Class\s+\d)?|CW[2-5]|Lance\s+(?:Cpl\.|Corporal)|Wing\s+Commander|Squadron\s+Leader|Group\s+Captain|Air\s+(?:Vice\s+)?Marshal|Capt\.|Captain|Col\.|Colonel|Maj\.|Major|Gen\.|General|Adm\.|Admiral|Cmdr\.|Cdr\.|Commander|Lt\.|Lieutenant|Spc\.|Specialist|Pfc\.|Pvt\.|Private|Cpl\.|Corporal|Ens\.|Ensign|Commodore|Bombardier|Trooper|Guardsman|Rifleman)`;
/** A service named before a rank ("U.S. Army Spc.", "U.S. Marine Corps 1st Lt.", "Royal Air Force Squadron Leader"). */
export const SERVICE_BEFORE_RANK = String.raw`(?:(?:U\.S\.|US|American|British|UK|Polish|German|French|Canadian|Dutch|Romanian|Estonian|Latvian|Lithuanian|Finnish|Swedish|Norwegian|Danish|Italian|Spanish)\s+)?(?:Army|Air\s+Force|Marine\s+Corps|Marines|Navy|Space\s+Force|Coast\s+Guard|(?:Army|Air)\s+National\s+Guard|Royal\s+Air\s+Force|Royal\s+Navy|Royal\s+Marines|RAF)`;

/** Aircraft and ship names that follow a service's name ("RAF Voyager", "Royal Air Force Typhoons"): not bases. */
export const PLATFORM_NAMES = [
  'Typhoon', 'Typhoons', 'Eurofighter', 'Eurofighters', 'Voyager', 'Voyagers', 'Chinook', 'Chinooks', 'Poseidon', 'Rivet', 'Sentry',
  'Lightning', 'Tornado', 'Tornados', 'Hercules', 'Atlas', 'Wildcat', 'Apache', 'Apaches', 'Reaper', 'Reapers', 'Gripen', 'Gripens',
  'F-35', 'F-35s', 'F-35B', 'F-35Bs', 'F-16', 'F-16s', 'F-15', 'F-15s', 'F-15E', 'F-15Es', 'F-22', 'F-22s', 'A400M',
] as const;

/**
 * Regions and seas without member countries of their own: a force sent there has no host (`to: []`):
 * "returns to the European theater", "five Brigade Combat Teams in Europe", "the Baltic Sea region".
 */
export const REGIONS = [
  'Europe', 'European theater', 'European theatre', 'European continent', 'Baltic Sea region', 'Baltic Sea', 'Black Sea region',
  'Black Sea', 'Mediterranean', 'Eastern Mediterranean', 'High North', 'Arctic', 'North Atlantic', 'Indo-Pacific', 'Middle East',
] as const;

/** Hedges on a figure, kept as the fact's qualifier ("up to 22,000"). "an additional" counts, it does not hedge. */
export const HEDGES = [
  'up to', 'about', 'around', 'some', 'more than', 'nearly', 'roughly', 'approximately', 'over', 'at least', 'almost',
  'close to', 'as many as', 'fewer than', 'less than', 'just over', 'just under', 'under', 'an estimated', 'upwards of',
] as const;
export const COUNT_ADDERS = ['an additional', 'another', 'a further'] as const;

/** Number words news writes out. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/** Possibility: "could/may/might send" is not a fact (the gold leaves possibilities out). */
export const POSSIBILITY_MODALS = ['could', 'may', 'might', 'should', 'ought to', 'would have', 'would have to', 'would need to', 'poised to', 'likely to', 'appears set to', 'seems set to'] as const;

/** Negation cues between a clause's start and its verb: the fact is dropped. */
export const NEGATION_CUES = [
  'not', "n't", 'never', 'no longer', 'unlikely', 'yet to', 'instead of', 'failed to', 'fails to', 'stopped short of',
  'cautious', 'wary', 'unwilling', 'without', 'no plans', 'no plan', 'no intention', 'nor', 'neither', 'refusal',
  'rejection',
] as const;

/** Hypothetical or conditional cues: the fact is kept with lower confidence. */
export const HYPOTHETICAL_CUES = [
  'if', 'whether', 'could', 'might', 'may', 'possible', 'possibly', 'potential', 'potentially', 'proposal', 'proposed',
  'propose', 'proposes', 'call on', 'called on', 'calls on', 'call for', 'called for', 'calls for',
] as const;

/** Doubt about a commitment ("questioned the commitment"): not an assurance. */
/**
 * Talk about support rather than support given: "discussed the importance of …", "emphasized the need for NATO Allies
 * to continue …", "the summits were an opportunity to …", "allies must continue working on …". Regex sources.
 */
export const DELIBERATION_CUES = [
  String.raw`need\s+(?:for|to)`, String.raw`importance\s+of`, String.raw`opportunit(?:y|ies)\s+(?:to|for)`,
  String.raw`talk(?:ed|s)?\s+about`, String.raw`must\s+(?:\w+\s+)?continue`, String.raw`should\s+(?:\w+\s+)?continue`, String.raw`ways\s+(?:to|of)`,
] as const;

/**
 * When, written between a subject and its verb ("Austin today emphasized", "Scholz on Monday said", "signed … this week"):
 * a regex source, one alternative.
 */
export const TIME_ADVERBIAL = String.raw`(?:today|yesterday|tonight|tomorrow|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:this|last|next)\s+week)`;

/** Giving up on someone: negated ("will not waver", "won't back down") they promise to stay. Regex sources. */
export const GIVING_UP = [
  'waver', 'falter', 'abandon', String.raw`walk\s+away`, String.raw`back\s+down`, String.raw`give\s+up`, 'tire', 'wane', 'weaken',
  'relent', String.raw`let\s+up`, 'hesitate', 'forget',
] as const;

export const DOUBT_CUES = ['doubt', 'question', 'uncertain', 'waver', 'weak', 'undermin', 'erod', 'test', 'lack', 'scepti', 'skepti', 'concern', 'worr', 'fear'] as const;

/** Nouns that head a package of aid or arms. */
export const PACKAGE_NOUNS = ['package', 'tranche', 'aid', 'assistance', 'consignment', 'shipment', 'delivery', 'donation'] as const;

/** Titles of offices, for speakers named by role ("the defence secretary said"). */
export const OFFICE_TITLES = [
  'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'foreign secretary', 'defence secretary',
  'defense secretary', 'secretary of state', 'secretary of defense', 'chancellor', 'president', 'premier', 'minister',
  'secretary', 'ambassador', 'commander', 'general', 'admiral', 'secretary general', 'secretary-general',
  'spokesman', 'spokeswoman', 'spokesperson', 'foreign policy chief', 'armed forces minister',
] as const;

/**
 * Institutions that speak for a country ("the Pentagon said", "Downing Street said", "The Defense
 * Department today announced"): name as written and actor. A ministry named with a country's
 * adjective ("the Norwegian Ministry of Defence") speaks for that country; a bare one ("the ministry")
 * for the article's actor. Military commands ("US Army Europe") are not institutions that speak.
 */
export const INSTITUTION_SPEAKERS: ReadonlyArray<readonly [string, string | null]> = [
  ['Pentagon', 'US'], ['White House', 'US'], ['State Department', 'US'], ['Department of State', 'US'],
  ['Defense Department', 'US'], ['Department of Defense', 'US'], ['Kremlin', 'RU'], ['Downing Street', 'GB'],
  ['Élysée', 'FR'], ['Elysee', 'FR'], ['Ministry of Defence', null], ['Ministry of Defense', null], ['Defence Ministry', null],
  ['Defense Ministry', null], ['Foreign Ministry', null], ['Ministry of Foreign Affairs', null], ['Foreign Office', 'GB'],
  ['defence ministry', null], ['defense ministry', null], ['foreign ministry', null], ['Government', null], ['government', null],
  ['ministry', null], ['Ministry', null],
];

/**
 * News outlets speak like institutions ("Reuters is reporting that …"), named as written without "The"; their
 * country is left unknown (an outlet does not speak for a government).
 */
export const NEWS_OUTLETS = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg', 'Wall Street Journal', 'New York Times',
  'Washington Post', 'Financial Times', 'Politico', 'Axios', 'CNN', 'BBC', 'Sky News', 'Der Spiegel', 'Spiegel', 'Bild',
  'dpa', 'Interfax', 'TASS', 'RIA Novosti', 'Ukrinform', 'Ukrainska Pravda', 'Kyiv Independent', 'Nexta', 'ERR', 'LRT', 'LSM',
] as const;

/**
 * A person's name as news writes it (regex source, needs the `u` flag): capitalised words, middle
 * initials, a leading initial, particles and a generational suffix ("Lloyd J. Austin III", "G. Patrick Schuck", "JP McGee", "Ursula von der
 * Leyen", "Władysław Kosiniak-Kamysz"). At least two words.
 */
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?`;
// A name never starts inside a word ("NATO Secretary General" holds no "TO Secretary").
// A leading initial is part of it ("Col. G. Patrick Schuck"), never the end of an abbreviation ("U.S. Patrick …").
const FIRST_NAME = String.raw`(?<![\p{L}\p{N}])(?:(?<![.])\p{Lu}\.\s+(?=\p{Lu}\p{Ll}))?(?:${NAME_WORD}|\p{Lu}{2}(?=\s+\p{Lu}\p{Ll}))`;
const NAME_TAIL = String.raw`(?:\s+\p{Lu}\.)*(?:\s+(?:(?:von der|van der|de|van|von|da|di)\s+)?${NAME_WORD})`;
const SUFFIX = String.raw`(?:,?\s+(?:Jr\.|Sr\.)|\s+(?:II|III|IV|MP)(?![\p{L}]))?`;
export const PERSON_NAME = String.raw`${FIRST_NAME}${NAME_TAIL}{1,2}${SUFFIX}`;
/** A name of one or more words (a surname alone is a speaker too: "Austin said"). */
export const PERSON_NAME_OR_SURNAME = String.raw`${FIRST_NAME}${NAME_TAIL}{0,2}${SUFFIX}`;

/** Aircraft and ships as forces ("F-35s repositioned to Estonia", "frigates to the Baltic Sea"). */
export const FORCE_PLATFORMS = [
  'aircraft', 'jets', 'fighter jets', 'fighters', 'fighter aircraft', 'warplanes', 'bombers', 'Strike Eagles', 'Eurofighters',
  'Typhoons', 'Gripens', 'F-35s', 'F-35 aircraft', 'F-16s', 'F-15s', 'F-15Es', 'F-22s', 'warships', 'frigates', 'destroyers',
  'ships', 'vessels', 'minehunters', 'patrol aircraft', 'helicopters', 'Patriot batteries', 'air defence systems', 'air defense systems',
  'Eagles', 'Raptors', 'Falcons', 'ship', 'destroyer', 'frigate', 'vessel', 'submarine', 'submarines', 'carrier', 'aircraft carrier',
  // Bombers and support aircraft of bomber task forces and air policing, by type and name (plural or a head noun: "B-1B"
  // alone modifies "bombers").
  'B-52s', 'B-52Hs', 'Stratofortress', 'Stratofortresses', 'B-1s', 'B-1Bs', 'Lancers', 'B-2s', 'tankers',
  'KC-135s', 'KC-46s', 'A-10s', 'F-35As', 'Lightnings', 'Reapers', 'MQ-9s',
] as const;
