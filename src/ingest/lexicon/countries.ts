/**
 * How English news names countries: full and short names, the adjective ("Polish") and the
 * people ("the Poles", "the Dutch"). Adjectives alone never make a country an actor ("Russian
 * aggression"); names and peoples do. Case matters: "Polish" is Poland, "polish" is not.
 */
export interface CountryEntry {
  code: string;
  names: string[];
  adjectives: string[];
  /** Plural people forms; ambiguous ones ("Dutch") also appear in adjectives. */
  peoples: string[];
}

// [code, names, adjectives, peoples], '|' separated.
const RAW: ReadonlyArray<[string, string, string, string]> = [
  ['AL', 'Albania', 'Albanian', 'Albanians'],
  ['AD', 'Andorra', 'Andorran', 'Andorrans'],
  ['AM', 'Armenia', 'Armenian', 'Armenians'],
  ['AT', 'Austria', 'Austrian', 'Austrians'],
  ['AZ', 'Azerbaijan', 'Azerbaijani|Azeri', 'Azerbaijanis|Azeris'],
  ['BY', 'Belarus|Byelorussia', 'Belarusian|Belarussian', 'Belarusians'],
  ['BE', 'Belgium', 'Belgian', 'Belgians'],
  ['BA', 'Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia', 'Bosnian', 'Bosnians'],
  ['BG', 'Bulgaria', 'Bulgarian', 'Bulgarians'],
  ['HR', 'Croatia', 'Croatian', 'Croatians|Croats'],
  ['CY', 'Cyprus', 'Cypriot', 'Cypriots'],
  ['CZ', 'Czechia|Czech Republic', 'Czech', 'Czechs'],
  ['DK', 'Denmark', 'Danish', 'Danes'],
  ['EE', 'Estonia', 'Estonian', 'Estonians'],
  ['FI', 'Finland', 'Finnish', 'Finns'],
  ['FR', 'France', 'French', 'French|Frenchmen'],
  ['GE', 'Georgia', 'Georgian', 'Georgians'],
  ['DE', 'Germany|Federal Republic of Germany', 'German', 'Germans'],
  ['GR', 'Greece', 'Greek|Hellenic', 'Greeks'],
  ['HU', 'Hungary', 'Hungarian', 'Hungarians'],
  ['IS', 'Iceland', 'Icelandic', 'Icelanders'],
  ['IE', 'Ireland|Republic of Ireland', 'Irish', 'Irish'],
  ['IT', 'Italy', 'Italian', 'Italians'],
  ['XK', 'Kosovo', 'Kosovar|Kosovan', 'Kosovars'],
  ['LV', 'Latvia', 'Latvian', 'Latvians'],
  ['LI', 'Liechtenstein', 'Liechtenstein', ''],
  ['LT', 'Lithuania', 'Lithuanian', 'Lithuanians'],
  ['LU', 'Luxembourg', 'Luxembourgish|Luxembourg', 'Luxembourgers'],
  ['MT', 'Malta', 'Maltese', 'Maltese'],
  ['MD', 'Moldova|Republic of Moldova', 'Moldovan', 'Moldovans'],
  ['MC', 'Monaco', 'Monegasque', ''],
  ['ME', 'Montenegro', 'Montenegrin', 'Montenegrins'],
  ['NL', 'Netherlands|Holland', 'Dutch', 'Dutch'],
  ['MK', 'North Macedonia|Macedonia', 'North Macedonian|Macedonian', 'Macedonians'],
  ['NO', 'Norway', 'Norwegian', 'Norwegians'],
  ['PL', 'Poland', 'Polish', 'Poles'],
  ['PT', 'Portugal', 'Portuguese', 'Portuguese'],
  ['RO', 'Romania', 'Romanian', 'Romanians'],
  ['RU', 'Russia|Russian Federation', 'Russian', 'Russians'],
  ['SM', 'San Marino', 'Sammarinese', ''],
  ['RS', 'Serbia', 'Serbian', 'Serbs|Serbians'],
  ['SK', 'Slovakia|Slovak Republic', 'Slovak|Slovakian', 'Slovaks'],
  ['SI', 'Slovenia', 'Slovenian|Slovene', 'Slovenians|Slovenes'],
  ['ES', 'Spain', 'Spanish', 'Spaniards|Spanish'],
  ['SE', 'Sweden', 'Swedish', 'Swedes'],
  ['CH', 'Switzerland', 'Swiss', 'Swiss'],
  ['TR', 'Türkiye|Turkiye|Turkey', 'Turkish', 'Turks'],
  ['UA', 'Ukraine|Crimea', 'Ukrainian', 'Ukrainians'],
  ['GB', 'United Kingdom|UK|U.K.|Britain|Great Britain', 'British|UK|U.K.', 'British|Britons'],
  ['VA', 'Vatican|Holy See', 'Vatican', ''],
  ['US', 'United States of America|United States|U.S.A.|USA|US|U.S.|America', 'American|US|U.S.', 'Americans'],
  ['CA', 'Canada', 'Canadian', 'Canadians'],
  ['AU', 'Australia', 'Australian', 'Australians'],
  ['NZ', 'New Zealand', 'New Zealand', 'New Zealanders'],
  ['JP', 'Japan', 'Japanese', 'Japanese'],
  ['KR', 'South Korea|Republic of Korea', 'South Korean', 'South Koreans'],
  ['KP', 'North Korea|DPRK', 'North Korean', 'North Koreans'],
  ['CN', 'China|People\'s Republic of China', 'Chinese', 'Chinese'],
  ['TW', 'Taiwan', 'Taiwanese', 'Taiwanese'],
  ['IN', 'India', 'Indian', 'Indians'],
  ['PK', 'Pakistan', 'Pakistani', 'Pakistanis'],
  ['IR', 'Iran', 'Iranian', 'Iranians'],
  ['IQ', 'Iraq', 'Iraqi', 'Iraqis'],
  ['SY', 'Syria', 'Syrian', 'Syrians'],
  ['IL', 'Israel', 'Israeli', 'Israelis'],
  ['JO', 'Jordan', 'Jordanian', 'Jordanians'],
  ['LB', 'Lebanon', 'Lebanese', 'Lebanese'],
  ['SA', 'Saudi Arabia', 'Saudi', 'Saudis'],
  ['AE', 'United Arab Emirates|UAE', 'Emirati', 'Emiratis'],
  ['QA', 'Qatar', 'Qatari', 'Qataris'],
  ['EG', 'Egypt', 'Egyptian', 'Egyptians'],
  ['KZ', 'Kazakhstan', 'Kazakh', 'Kazakhs'],
  ['BR', 'Brazil', 'Brazilian', 'Brazilians'],
  ['MX', 'Mexico', 'Mexican', 'Mexicans'],
  ['ZA', 'South Africa', 'South African', 'South Africans'],
];

export const COUNTRIES: readonly CountryEntry[] = RAW.map(([code, names, adjectives, peoples]) => ({
  code,
  names: names.split('|').filter(Boolean),
  adjectives: adjectives.split('|').filter(Boolean),
  peoples: peoples.split('|').filter(Boolean),
}));

/** Capitals used as metonyms for their government ("Washington said", "Moscow warned"). */
/** Every nation adjective the lexicon knows ("Polish", "Spanish"): a constant table built once. */
export const DEMONYMS: ReadonlySet<string> = new Set(COUNTRIES.flatMap((c) => c.adjectives));

export const CAPITAL_METONYMS: Readonly<Record<string, string>> = {
  Washington: 'US', Moscow: 'RU', Kyiv: 'UA', Kiev: 'UA', Beijing: 'CN', Berlin: 'DE', Paris: 'FR',
  London: 'GB', Warsaw: 'PL', Tallinn: 'EE', Riga: 'LV', Vilnius: 'LT', Ankara: 'TR', Tehran: 'IR',
  Minsk: 'BY', Budapest: 'HU', Bucharest: 'RO', Prague: 'CZ', Helsinki: 'FI', Stockholm: 'SE',
  Oslo: 'NO', Ottawa: 'CA', Tokyo: 'JP', Seoul: 'KR', Canberra: 'AU', 'The Hague': 'NL',
  Copenhagen: 'DK', Sofia: 'BG', Bratislava: 'SK', Rome: 'IT', Madrid: 'ES', Amsterdam: 'NL',
  Chisinau: 'MD', 'Chișinău': 'MD', Kishinev: 'MD',
  Kremlin: 'RU', 'White House': 'US', Pentagon: 'US', 'Downing Street': 'GB', Brussels: 'EU', 'Élysée': 'FR', Elysee: 'FR',
  Congress: 'US', 'Capitol Hill': 'US', Bundestag: 'DE', Sejm: 'PL', Seimas: 'LT', Saeima: 'LV', Riigikogu: 'EE', Storting: 'NO',
  Folketing: 'DK', Riksdag: 'SE', Eduskunta: 'FI', 'Verkhovna Rada': 'UA',
};

/**
 * Government institutions that act and speak for one country ("The Department of Defense will also be
 * providing …", "the State Department announced"): metonyms like the capitals. A ministry without its
 * country ("the Ministry of Defence") is not listed: each country has one.
 */
export const INSTITUTION_METONYMS: Readonly<Record<string, string>> = {
  'Defense Department': 'US', 'Department of Defense': 'US', 'State Department': 'US', 'Department of State': 'US',
  DoD: 'US', DOD: 'US', 'U.S. Department of Defense': 'US', 'U.S. Department of State': 'US', 'Foreign Office': 'GB',
  'Foreign, Commonwealth and Development Office': 'GB', Bundeswehr: 'DE', 'Élysée': 'FR',
};

/** "the Republic of Poland", "the Kingdom of Denmark": the formal name is the country. */
export const FORMAL_NAME_PREFIXES = ['Republic of', 'Kingdom of', 'Federal Republic of', 'Grand Duchy of', 'Principality of'] as const;

/** Country names of the US states that share a name with a country. */
export const US_STATE_CUE = /\b(?:state of|Atlanta|Savannah|Governor|Gov\.|Senator|Sen\.|Rep\.|Republican|Democrat\w*|Peach State|University of|Seattle|Spokane|Olympia)\b/;

/**
 * Military bases, training areas and garrison towns of NATO's eastern flank and the Nordic countries (and the
 * main U.S. bases in Germany), as news names them without their country ("deployed to Powidz", "arrived in
 * Tapa"). Read as places only after "to", "in" or "into" — never as actors.
 */
export const MILITARY_SITES: Readonly<Record<string, string>> = {
  Powidz: 'PL', 'Łask': 'PL', Lask: 'PL', 'Rzeszów': 'PL', Rzeszow: 'PL', Orzysz: 'PL', 'Bemowo Piskie': 'PL',
  'Drawsko Pomorskie': 'PL', 'Żagań': 'PL', Zagan: 'PL', Redzikowo: 'PL', 'Świętoszów': 'PL', Swietoszow: 'PL',
  'Câmpia Turzii': 'RO', 'Campia Turzii': 'RO', 'Mihail Kogălniceanu': 'RO', 'Mihail Kogalniceanu': 'RO', Cincu: 'RO',
  'Smârdan': 'RO', Smardan: 'RO', Deveselu: 'RO',
  'Ämari': 'EE', Amari: 'EE', Tapa: 'EE',
  'Šiauliai': 'LT', Siauliai: 'LT', Rukla: 'LT', 'Pabradė': 'LT', Pabrade: 'LT',
  'Ādaži': 'LV', Adazi: 'LV', 'Lielvārde': 'LV', Lielvarde: 'LV',
  'Novo Selo': 'BG', 'Graf Ignatievo': 'BG',
  'Pápa': 'HU', 'Sliač': 'SK', Sliac: 'SK', 'Lešť': 'SK',
  'Rovajärvi': 'FI', Rovajarvi: 'FI', Niinisalo: 'FI',
  Bardufoss: 'NO', Setermoen: 'NO', 'Ørland': 'NO', Evenes: 'NO', Rygge: 'NO',
  Ramstein: 'DE', Spangdahlem: 'DE', 'Grafenwöhr': 'DE', Grafenwoehr: 'DE', Vilseck: 'DE', Hohenfels: 'DE',
};
