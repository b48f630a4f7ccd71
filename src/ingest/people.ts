import { findMentions, type ActorContext } from './actors';

/**
 * The people an article names, with the role and country its text gives them: "US Ambassador to
 * NATO, Julianne Smith" → role "US Ambassador to NATO", country US. Later surnames ("Smith") resolve
 * to the full name.
 */
export interface Person {
  name: string;
  role: string | null;
  from: string[];
}

/** Long-serving officials whose affiliation news takes for granted; keyed by full name. */
const KNOWN_AFFILIATION: Readonly<Record<string, string>> = {
  'Vladimir Putin': 'RU', 'Sergei Lavrov': 'RU', 'Sergey Lavrov': 'RU', 'Dmitry Peskov': 'RU', 'Sergei Shoigu': 'RU',
  'Dmitry Medvedev': 'RU', 'Maria Zakharova': 'RU', 'Volodymyr Zelensky': 'UA', 'Volodymyr Zelenskyy': 'UA',
  'Dmytro Kuleba': 'UA', 'Oleksii Reznikov': 'UA', 'Rustem Umerov': 'UA', 'Joe Biden': 'US', 'Antony Blinken': 'US',
  'Lloyd Austin': 'US', 'Jake Sullivan': 'US', 'John Kirby': 'US', 'Kamala Harris': 'US', 'Donald Trump': 'US',
  'Olaf Scholz': 'DE', 'Annalena Baerbock': 'DE', 'Boris Pistorius': 'DE', 'Christine Lambrecht': 'DE',
  'Emmanuel Macron': 'FR', 'Rishi Sunak': 'GB', 'Boris Johnson': 'GB', 'Liz Truss': 'GB', 'Ben Wallace': 'GB',
  'Grant Shapps': 'GB', 'Keir Starmer': 'GB', 'Jens Stoltenberg': 'NATO', 'Andrzej Duda': 'PL',
  'Mateusz Morawiecki': 'PL', 'Donald Tusk': 'PL', 'Kaja Kallas': 'EE', 'Gitanas Nauseda': 'LT', 'Gitanas Nausėda': 'LT',
  'Gabrielius Landsbergis': 'LT', 'Krisjanis Karins': 'LV', 'Krišjānis Kariņš': 'LV', 'Edgars Rinkevics': 'LV',
  'Edgars Rinkēvičs': 'LV', 'Viktor Orban': 'HU', 'Viktor Orbán': 'HU', 'Recep Tayyip Erdogan': 'TR',
  'Recep Tayyip Erdoğan': 'TR', 'Sauli Niinisto': 'FI', 'Sauli Niinistö': 'FI', 'Alexander Stubb': 'FI',
  'Sanna Marin': 'FI', 'Ulf Kristersson': 'SE', 'Magdalena Andersson': 'SE', 'Petr Fiala': 'CZ', 'Petr Pavel': 'CZ',
  'Giorgia Meloni': 'IT', 'Mario Draghi': 'IT', 'Pedro Sanchez': 'ES', 'Pedro Sánchez': 'ES', 'Justin Trudeau': 'CA',
  'Alexander Lukashenko': 'BY', 'Fumio Kishida': 'JP', 'Anthony Albanese': 'AU', 'Mark Rutte': 'NL', 'Dick Schoof': 'NL',
  'Pekka Haavisto': 'FI', 'Tobias Billstrom': 'SE', 'Mette Frederiksen': 'DK', 'Jonas Gahr Store': 'NO', 'Klaus Iohannis': 'RO',
  'Zuzana Caputova': 'SK', 'Eduard Heger': 'SK', 'Robert Fico': 'SK', 'Karl Nehammer': 'AT', 'Alexander De Croo': 'BE', 'Ursula von der Leyen': 'EU', 'Josep Borrell': 'EU', 'Xi Jinping': 'CN',
};

/** "Zelensky said": a well-known surname alone still tells the country (not the full name). */
const KNOWN_BY_SURNAME = new Map<string, string>();
{
  const counts = new Map<string, number>();
  for (const full of Object.keys(KNOWN_AFFILIATION)) {
    const surname = full.split(/\s+/).pop()!;
    counts.set(surname, (counts.get(surname) ?? 0) + 1);
    KNOWN_BY_SURNAME.set(surname, KNOWN_AFFILIATION[full]!);
  }
  for (const [surname, n] of counts) if (n > 1 && new Set(Object.entries(KNOWN_AFFILIATION).filter(([f]) => f.endsWith(` ${surname}`)).map(([, c]) => c)).size > 1) KNOWN_BY_SURNAME.delete(surname);
}

const TITLE = String.raw`(?:(?:Deputy|Vice|Foreign|Defen[cs]e|Prime|Chief|Senior|Former|Top|Interior|Finance|Acting|First|Lieutenant|Major|Brigadier|Supreme|Allied|High)\s+)*(?:President|Minister|secretary|Chancellor|Premier|Secretary(?:[- ]General)?|Ambassador|Spokes(?:man|woman|person)|General|Gen\.|Admiral|Adm\.|Commander|Chief of Staff|King|Queen|Senator|Sen\.|Representative|Rep\.|Governor|Mayor|Chair(?:man|woman)?|Head|Envoy|Commissioner|Colonel|Col\.|Lt\. Gen\.|Maj\. Gen\.|Representative|Leader|spokes(?:man|woman|person)|minister|ambassador|envoy|commander|adviser|advisor|chief)(?:\s+(?:of|to|for|at)\s+(?:the\s+)?(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*)(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})?`;
const NAME = String.raw`[A-Z][a-zà-ž'’]+(?:-[A-Z][a-zà-ž]+)?(?:\s+(?:von der\s+|van der\s+|de\s+|van\s+|von\s+)?[A-Z][a-zà-ž'’]+(?:-[A-Z][a-zà-ž]+)?){1,2}`;
// "EU foreign policy chief", "Pentagon press secretary": lower-case words of a title after its owner.
const ROLE_PREFIX = String.raw`(?:(?:(?:[A-Z]\.){2,}|[A-Z][\w-]*(?:'s|’s)?|the)\s+){0,3}(?:(?:foreign|policy|press|defen[cs]e|security|government|military|top)\s+){0,2}`;
// "press secretary Brig. Gen. Pat Ryder": ranks between the office and the name belong to neither.
const RANKS = String.raw`(?:\s+(?:Brig\.|Gen\.|Lt\.|Maj\.|Col\.|Adm\.|Capt\.|Rear|General|Admiral))*`;
const ROLE_BEFORE = new RegExp(`(${ROLE_PREFIX}${TITLE})${RANKS}(?:,\\s*|\\s+)(${NAME})`, 'g');
const ROLE_AFTER = new RegExp(`(${NAME}),\\s+(?:the\\s+|a\\s+|an\\s+)?((?:(?:(?:[A-Z]\\.){2,}|[A-Z][\\w-]*(?:'s|’s)?)\\s+){0,3}${TITLE.replace(/President\|/, 'President|president|minister|ambassador|spokesperson|spokesman|secretary|chancellor|')})`, 'g');
const NOT_NAME_WORD = /^(?:The|A|An|In|On|At|And|But|However|Meanwhile|For|With|As|Amid|After|Since|While|This|That|These|Those|It|He|She|They|We|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Eastern|Western|Northern|Southern|Central|Europe|European|White|House|Support|Future|Baltic|Air|Defence|Defense|Ministry|Army|Forces|Force|Alliance|Union|Nations|United|States|Kingdom|Republic|Federation|Prime|President|Minister|Chancellor|Secretary|Ambassador|General|Commander|Foreign|Deputy|Vice|Chief|Senior)$/;

function isPlausibleName(name: string, ctx: ActorContext): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => NOT_NAME_WORD.test(w))) return false;
  return findMentions(name, ctx).length === 0;
}

function roleCountry(role: string, ctx: ActorContext): string[] {
  const mentions = findMentions(role, ctx);
  const own = mentions.filter((m) => !/\b(?:to|at|for)\s+(?:the\s+)?$/.test(role.slice(0, m.start)));
  return [...new Set(own.flatMap((m) => m.codes))].sort();
}

function cleanRole(role: string): string {
  return role.replace(/^(?:the|The|Amid|In|On|At|And|But|However|Meanwhile)\s+/, '').replace(/(?:'s|’s)$/, '').trim();
}

const TITLE_WORD = /^(?:President|Prime|Minister|Chancellor|Premier|Secretary|General|Gen\.|Ambassador|Spokes(?:man|woman|person)|Admiral|Commander|Foreign|Defen[cs]e|Deputy|Vice|Senator|Sen\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/;

/** "Minister Kaja Kallas" → "Kaja Kallas"; "Smith's" → "Smith". */
function stripTitles(written: string): string {
  const words = written.replace(/(?:'s|’s)$/, '').trim().split(/\s+/);
  while (words.length > 1 && TITLE_WORD.test(words[0]!)) words.shift();
  return words.join(' ');
}

export class PersonRegistry {
  private readonly byName = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person>();

  constructor(private readonly text: string, private readonly ctx: ActorContext) {
    // Line by line: a role never runs across a heading or a paragraph break.
    for (const line of text.split('\n')) {
      ROLE_BEFORE.lastIndex = 0;
      for (let m = ROLE_BEFORE.exec(line); m; m = ROLE_BEFORE.exec(line)) this.add(m[2]!, cleanRole(m[1]!));
      ROLE_AFTER.lastIndex = 0;
      // "Kaja Kallas, a former Estonian prime minister": a past office says nothing of today's.
      for (let m = ROLE_AFTER.exec(line); m; m = ROLE_AFTER.exec(line)) if (!/^(?:[Ff]ormer|[Ee]x-)/.test(cleanRole(m[2]!))) this.add(m[1]!, cleanRole(m[2]!));
    }
    for (const name of Object.keys(KNOWN_AFFILIATION)) if (text.includes(name)) this.add(name, null);
  }

  private add(rawName: string, role: string | null): void {
    const name = rawName.replace(/(?:'s|’s)$/, '');
    if (!isPlausibleName(name, this.ctx)) return;
    const existing = this.byName.get(name);
    if (existing) {
      if (!existing.role && role) Object.assign(existing, { role, from: this.countryFor(name, role) });
      return;
    }
    const person: Person = { name, role, from: this.countryFor(name, role) };
    this.byName.set(name, person);
    const surname = name.split(/\s+/).pop()!;
    if (!this.bySurname.has(surname)) this.bySurname.set(surname, person);
  }

  private countryFor(name: string, role: string | null): string[] {
    const fromRole = role ? roleCountry(role, this.ctx) : [];
    if (fromRole.length) return fromRole;
    // "Secretary General Mark Rutte" in a NATO story: the title, not the list, tells today's office.
    if (role && /^Secretary[- ]General$/i.test(role) && /\bNATO\b/.test(this.text)) return ['NATO'];
    const known = KNOWN_AFFILIATION[name];
    if (known) return [known];
    // Only a title one country has one holder of says whose it is: "Kremlin spokesman" says nothing of "government spokesman".
    if (role && /(?:President|Chancellor|Premier|King|Queen|Prime Minister)$/i.test(role)) {
      // "Russia's president" or "Russian President" elsewhere in the article names the country.
      const title = role.split(/\s+/).pop()!;
      const re = new RegExp(`([A-Z][\\w]+(?:'s|’s)?)\\s+(?:${title}|${title.toLowerCase()})\\b`, 'g');
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
        const codes = roleCountry(m[1]!, this.ctx);
        if (codes.length) return codes;
      }
    }
    return [];
  }

  /** A name as written ("Smith", "Julianne Smith", "Nexta") resolved to a known person. */
  lookup(written: string): Person | null {
    const name = stripTitles(written);
    return this.byName.get(name) ?? this.bySurname.get(name) ?? this.bySurname.get(name.split(/\s+/).pop()!) ?? null;
  }

  /**
   * A person seen only as a speaker ("Nexta tweeted", "John Doe said"): the registered one, else a new
   * Person (not stored: the discourse state remembers speakers, the registry never changes after it is built).
   */
  resolve(written: string): Person {
    const name = stripTitles(written);
    const found = this.lookup(name);
    if (found) return found;
    const known = KNOWN_AFFILIATION[name] ?? KNOWN_BY_SURNAME.get(name);
    return { name, role: null, from: known ? [known] : [] };
  }

  get size(): number {
    return this.byName.size;
  }

  all(): Person[] {
    return [...this.byName.values()];
  }
}
