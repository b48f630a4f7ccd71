/**
 * A seeded generator of plausible news articles about NATO's eastern flank (2022–2025), shared by
 * `npm run bench:ingest` and `npm run corpus:synthetic`. Events follow what the period reported:
 * arms and aid go from Ukraine's supporters to Ukraine, troops from allies to NATO's eastern members
 * (never to the sender itself), quotes come from officials who held the office on the article's date.
 * About two sentences in five state a fact; the rest is background, as in real reporting.
 * Same seed and count → the same articles, byte for byte.
 */
import { isAllianceSide, isNatoMember } from '../src/domain/nato-membership';
import { OFFICIALS, officeOn, type Official } from '../src/ingest/lexicon/officials';
import { createRng } from '../src/util/seeded-rng';

export interface SyntheticArticle {
  name: string;
  content: string;
}

export interface SyntheticOptions {
  /** Every sentence states a fact (a stress test). */
  dense?: boolean;
  seed?: number;
}

interface Country { name: string; code: string; adjective: string; people: string }

const C = (name: string, code: string, adjective: string, people: string): Country => ({ name, code, adjective, people });
const DONORS: readonly Country[] = [
  C('Poland', 'PL', 'Polish', 'the Poles'), C('Estonia', 'EE', 'Estonian', 'the Estonians'), C('Latvia', 'LV', 'Latvian', 'the Latvians'),
  C('Lithuania', 'LT', 'Lithuanian', 'the Lithuanians'), C('Germany', 'DE', 'German', 'the Germans'), C('France', 'FR', 'French', 'the French'),
  C('the Netherlands', 'NL', 'Dutch', 'the Dutch'), C('Norway', 'NO', 'Norwegian', 'the Norwegians'), C('Denmark', 'DK', 'Danish', 'the Danes'),
  C('Sweden', 'SE', 'Swedish', 'the Swedes'), C('Finland', 'FI', 'Finnish', 'the Finns'), C('Canada', 'CA', 'Canadian', 'the Canadians'),
  C('the United States', 'US', 'American', 'the Americans'), C('Britain', 'GB', 'British', 'the British'), C('Spain', 'ES', 'Spanish', 'the Spanish'),
  C('Italy', 'IT', 'Italian', 'the Italians'), C('Czechia', 'CZ', 'Czech', 'the Czechs'), C('Slovakia', 'SK', 'Slovak', 'the Slovaks'),
  C('Romania', 'RO', 'Romanian', 'the Romanians'), C('Portugal', 'PT', 'Portuguese', 'the Portuguese'), C('Belgium', 'BE', 'Belgian', 'the Belgians'),
  C('Australia', 'AU', 'Australian', 'the Australians'),
];
/** Allies that send troops to the eastern flank (members on every date 2022–2025). */
const SENDERS = DONORS.filter((d) => !['FI', 'SE', 'AU'].includes(d.code));
const HOSTS: readonly Country[] = [
  C('Poland', 'PL', 'Polish', ''), C('Lithuania', 'LT', 'Lithuanian', ''), C('Latvia', 'LV', 'Latvian', ''), C('Estonia', 'EE', 'Estonian', ''),
  C('Romania', 'RO', 'Romanian', ''), C('Bulgaria', 'BG', 'Bulgarian', ''), C('Slovakia', 'SK', 'Slovak', ''), C('Hungary', 'HU', 'Hungarian', ''),
];
const HOST_GROUPS = ['the Baltic states', "NATO's eastern flank", 'member states bordering Russia and Belarus'];
const WEAPONS = [
  'Javelin anti-tank missiles', 'Stinger missiles', 'NLAWs', 'howitzers', 'artillery shells', 'Leopard 2 tanks', 'armoured personnel carriers',
  'sniper rifles', 'machine guns', 'ammunition', 'drones', 'helmets and body armour', 'IRIS-T air defence systems', 'HIMARS rocket launchers',
  'mortars', 'anti-tank missiles called Javelin', 'Patriot batteries', '155mm artillery rounds', 'Bradley fighting vehicles', 'F-16 fighter jets',
];
/** Items that take a singular verb ("ammunition is being sent"). */
const MASS_NOUNS = new Set(['ammunition']);
const VERBS_ACTIVE = ['is sending', 'has sent', 'will send', 'is supplying', 'delivered', 'is donating', 'pledged', 'is shipping', 'handed over', 'announced it would provide'];
const UNITS = ['battalion', 'brigade', 'company', 'battlegroup'];
const HEDGES = ['up to ', 'about ', 'some ', 'around ', 'more than ', 'nearly ', ''];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FILLER: readonly string[] = [
  'The situation on the ground remains fluid, with both sides reporting heavy losses along the front line.',
  'Analysts say the coming weeks will be decisive for the course of the conflict.',
  'Officials declined to give further details about the timing of the deliveries.',
  'The debate over how far Western support should go has intensified in several capitals.',
  'Critics warn that the measures may not arrive in time to make a difference on the battlefield.',
  'Economic pressure on Moscow has grown since the latest round of sanctions was agreed.',
  'Public opinion in the region remains strongly in favour of helping Kyiv.',
  'Energy prices in Europe rose sharply over the winter, straining household budgets.',
  'The summit communique was the result of weeks of negotiations between diplomats.',
  'Military experts expect the fighting to intensify once the ground dries in spring.',
  'Opposition parties have questioned the cost of the programme in parliament.',
  'Satellite images published this week show new fortifications along the border.',
];
const HEADINGS = ['Support for Ukraine', 'Reinforcing the Eastern Flank', 'Diplomatic Efforts Continue', 'What Comes Next', 'Air Defence Gaps'];
const QUOTES = [
  'We will not abandon our allies', 'Every inch of allied territory will be defended', 'Ukraine needs more air defence now',
  'Our support will continue for as long as it takes', 'This is a clear message to Moscow', 'We are ready to do more',
];

/** Articles with dates from 2022-03-01 to 2025-06-30; officials are those in office that day. */
export function syntheticArticles(count: number, options: SyntheticOptions = {}): SyntheticArticle[] {
  const rand = createRng(options.seed ?? 20240324);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

  const article = (i: number): SyntheticArticle => {
    const date = `${int(2022, 2025)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const day = date < '2022-03-01' ? '2022-03-01' : date > '2025-06-30' ? '2025-06-30' : date;
    const officials = OFFICIALS.filter((o) => officeOn(o, day)!.from <= day && (officeOn(o, day)!.to ?? '9999') > day);
    const titled = (o: Official): string => {
      const office = officeOn(o, day)!;
      // "Kremlin spokesman", "NATO Secretary General" name their owner; "Defence Minister" needs one.
      const own = /^(?:President|Vice|Prime|Chancellor|Foreign|Defence|Armed|Secretary|Deputy|Chairman|National)\b/.test(office.role) ? `${adjectiveOf(office.actor)} ${office.role}` : office.role;
      return `${own} ${o.name}`;
    };
    const surname = (o: Official): string => o.name.split(' ').pop()!;
    // Support is voiced by its giver: an official of the sending country, else an ally's; quoted pledges of support come
    // from allies' officials, never from Moscow's, Minsk's or Beijing's.
    const actorOf = (o: Official): string => officeOn(o, day)!.actor;
    const alliedOnly = officials.filter((o) => isAllianceSide(actorOf(o), day));
    const allied = alliedOnly.length ? alliedOnly : officials;
    const speakerFor = (code: string): Official => {
      const own = officials.filter((o) => actorOf(o) === code);
      return pick(own.length ? own : allied);
    };
    const members = (xs: readonly Country[]) => xs.filter((x) => isNatoMember(x.code, day));
    const host = (not: string): string => (rand() < 0.2 ? pick(HOST_GROUPS) : pick(HOSTS.filter((h) => h.code !== not)).name);

    const fact = (): string => {
      const donor = pick(DONORS);
      const sender = pick(members(SENDERS));
      switch (int(0, 10)) {
        case 0: return `${cap(donor.name)} ${pick(VERBS_ACTIVE)} ${pick(WEAPONS)} to Ukraine.`;
        case 1: {
          const other = pick(DONORS.filter((d) => d !== donor));
          const items = pick(WEAPONS);
          // The recipient is named: a passive without one would leave it to the paragraph, which here is about anyone.
          return `${cap(items)} ${MASS_NOUNS.has(items) ? 'is' : 'are'} being sent to Ukraine by ${donor.name} and ${other.name}.`;
        }
        case 2: return `${cap(donor.people)} are sending ${pick(WEAPONS)} to Kyiv.`;
        case 3: return `${cap(sender.name)} is deploying ${pick(HEDGES)}${int(1, 5)},${String(int(0, 999)).padStart(3, '0')} additional troops to ${host(sender.code)}.`;
        case 4: return `${cap(sender.name)} will station a ${pick(UNITS)} in ${host(sender.code)}.`;
        case 5: {
          const o = speakerFor(sender.code);
          return `${titled(o)} has assured ${host(sender.code)} of ${sender.name}'s unwavering support.`;
        }
        case 6: {
          const o = pick(allied);
          return `"${pick(QUOTES)} in ${host(actorOf(o))}," ${surname(o)} said on ${pick(WEEKDAYS)}.`;
        }
        case 7: return `Hungary refused to send ${pick(WEAPONS)} to Ukraine, citing the risk of escalation.`;
        case 8: return `NATO is conducting training missions in ${host('')} and providing economic, military and humanitarian aid to Ukraine.`;
        case 9: {
          const o = speakerFor(sender.code);
          return `${titled(o)} said ${sender.name} was ready to defend ${host(sender.code)} "against any threat".`;
        }
        default: return `${cap(donor.name)} could send ${pick(WEAPONS)} to Ukraine later this year, officials said.`;
      }
    };
    const context = (): string => pick([
      `Leaders in ${pick(DONORS).name} and ${pick(DONORS).name} discussed the economic outlook on ${pick(WEEKDAYS)}.`,
      `The war in Ukraine has dominated the agenda in ${pick(DONORS).name} for months.`,
      `Relations between ${pick(DONORS).name} and Russia have deteriorated sharply since 2022.`,
      `Inflation in ${pick(DONORS).name} fell to ${int(2, 9)}.${int(0, 9)} per cent in the last quarter, official figures show.`,
    ]);
    const anySentence = (): string => {
      const r = rand();
      if (options.dense || r < 0.4) return fact();
      return r < 0.7 ? pick(FILLER) : context();
    };

    const target = int(300, 800);
    const lead = pick(officials);
    const paragraphs: string[] = [`${titled(lead)} spoke about the war in Ukraine on ${pick(WEEKDAYS)}.`];
    let words = paragraphs[0]!.split(' ').length;
    while (words < target) {
      if (rand() < 0.15) paragraphs.push(pick(HEADINGS));
      const p: string[] = [];
      for (let k = int(2, 5); k > 0; k--) p.push(anySentence());
      const text = p.join(' ');
      words += text.split(' ').length;
      paragraphs.push(text);
    }
    return { name: `synthetic_${String(i).padStart(5, '0')}.txt`, content: ` date ${day}\n${paragraphs.join('\n\n')}\n` };
  };
  return Array.from({ length: count }, (_, i) => article(i));
}

const ADJECTIVES: Readonly<Record<string, string>> = {
  US: 'US', GB: 'British', DE: 'German', FR: 'French', PL: 'Polish', EE: 'Estonian', LT: 'Lithuanian', LV: 'Latvian', UA: 'Ukrainian',
  RU: 'Russian', BY: 'Belarusian', NL: 'Dutch', CA: 'Canadian', IT: 'Italian', ES: 'Spanish', DK: 'Danish', NO: 'Norwegian', SE: 'Swedish',
  FI: 'Finnish', CZ: 'Czech', RO: 'Romanian', HU: 'Hungarian', TR: 'Turkish', SK: 'Slovak', BE: 'Belgian', AT: 'Austrian', JP: 'Japanese',
  AU: 'Australian', CN: 'Chinese',
};

function adjectiveOf(code: string): string {
  return ADJECTIVES[code] ?? code;
}
