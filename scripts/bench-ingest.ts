/**
 * `npm run bench:ingest`: generates 1,000 realistic articles with a seeded generator (sentence
 * templates × countries × weapons × speakers, headings, 300–800 words each), runs the ingest core on
 * them in memory and reports articles per second and peak memory. Not a test: a yardstick
 * (target ≥ 500 articles/s on one core). About two sentences in five state a fact; `--dense`
 * makes every sentence one (a stress test).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { landNeighbours, type CountriesTopology } from '../src/geo/topology';
import { ingestArticles, type ArticleFile } from '../src/ingest/ingest';
import { createRng } from '../src/util/seeded-rng.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
/** `--dense`: every sentence states a fact (a stress test); default: a news-like mix. */
const DENSE = args.includes('--dense');
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);

const rand = createRng(20240324);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

const DONORS = ['Poland', 'Estonia', 'Latvia', 'Lithuania', 'Germany', 'France', 'the Netherlands', 'Norway', 'Denmark', 'Sweden', 'Finland', 'Canada', 'the United States', 'Britain', 'Spain', 'Italy', 'Czechia', 'Slovakia', 'Romania', 'Portugal'];
const PEOPLES = ['the Dutch', 'the Estonians', 'the Czechs', 'the Poles', 'the Danes', 'the French', 'the Germans', 'the Swedes'];
const HOSTS = ['Poland', 'Lithuania', 'Latvia', 'Estonia', 'Romania', 'Bulgaria', 'Slovakia', 'Hungary', 'the Baltic states', 'the Eastern flank', 'member states bordering Russia and Belarus'];
const WEAPONS = ['Javelin anti-tank missiles', 'Stinger missiles', 'NLAWs', 'howitzers', 'artillery shells', 'Leopard 2 tanks', 'armoured personnel carriers', 'sniper rifles', 'machine guns', 'ammunition', 'drones', 'helmets and body armour', 'IRIS-T air defence systems', 'HIMARS rocket launchers', 'mortars', 'anti-tank missiles called Javelin', 'Patriot batteries'];
const VERBS_ACTIVE = ['is sending', 'has sent', 'will send', 'is supplying', 'delivered', 'is donating', 'pledged', 'is shipping', 'handed over', 'announced it would provide'];
const PEOPLE = [['US Ambassador to NATO', 'Julia Carter'], ['German Chancellor', 'Anna Vogel'], ['Polish Defence Minister', 'Piotr Nowak'], ['President', 'Vladimir Putin'], ['NATO Secretary General', 'Erik Lund'], ['Estonian Prime Minister', 'Kaja Tamm']];
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
const CONTEXT = (): string => pick([
  `Leaders in ${pick(DONORS)} and ${pick(DONORS)} discussed the economic outlook on ${pick(['Monday', 'Thursday'])}.`,
  `The war in Ukraine has dominated the agenda in ${pick(DONORS)} for months.`,
  `Relations between ${pick(DONORS)} and Russia have deteriorated sharply since 2022.`,
  `Inflation in ${pick(DONORS)} fell to ${int(2, 9)}.${int(0, 9)} per cent in the last quarter, official figures show.`,
]);
const HEADINGS = ['Support for Ukraine', 'Reinforcing the Eastern Flank', 'Diplomatic Efforts Continue', 'What Comes Next', 'Air Defence Gaps'];

function sentence(): string {
  switch (int(0, 9)) {
    case 0: return `${pick(DONORS)} ${pick(VERBS_ACTIVE)} ${pick(WEAPONS)} to Ukraine.`;
    case 1: return `${pick(WEAPONS)[0]!.toUpperCase()}${pick(WEAPONS).slice(1)} are being sent by ${pick(DONORS)} and ${pick(DONORS)}.`;
    case 2: return `${pick(PEOPLES)[0]!.toUpperCase()}${pick(PEOPLES).slice(1)} are sending ${pick(WEAPONS)}.`;
    case 3: return `${pick(DONORS)} is deploying up to ${int(1, 30)},${String(int(0, 999)).padStart(3, '0')} additional troops to ${pick(HOSTS)}.`;
    case 4: return `${pick(DONORS)} will station a ${pick(['battalion', 'brigade'])} in ${pick(HOSTS)}.`;
    case 5: { const [role, name] = pick(PEOPLE); return `${role}, ${name}, has assured ${pick(HOSTS)} of ${pick(DONORS)}'s unwavering support.`; }
    case 6: { const [, name] = pick(PEOPLE); return `"We will not abandon our allies in ${pick(HOSTS)}," ${name!.split(' ')[1]} said on ${pick(['Monday', 'Tuesday', 'Friday'])}.`; }
    case 7: return `${pick(DONORS)} refused to send ${pick(WEAPONS)} to Ukraine, citing the risk of escalation.`;
    case 8: return `NATO is conducting training missions in ${pick(HOSTS)} and providing economic, military and humanitarian aid to Ukraine.`;
    default: return pick(FILLER);
  }
}

/** Real reporting carries more background than facts: about two sentences in five state one. */
function anySentence(): string {
  const r = rand();
  if (DENSE || r < 0.4) return sentence();
  return r < 0.7 ? pick(FILLER) : CONTEXT();
}

function article(i: number): ArticleFile {
  const target = int(300, 800);
  const [role, name] = pick(PEOPLE);
  const paragraphs: string[] = [`${role} ${name} spoke about the war in Ukraine on ${pick(['Monday', 'Wednesday', 'Sunday'])}.`];
  let words = paragraphs[0]!.split(' ').length;
  while (words < target) {
    if (rand() < 0.15) paragraphs.push(pick(HEADINGS));
    const p: string[] = [];
    for (let k = int(2, 5); k > 0; k--) p.push(anySentence());
    const text = p.join(' ');
    words += text.split(' ').length;
    paragraphs.push(text);
  }
  const date = `${pick(['2022', '2023', '2024'])}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  return { name: `bench_${String(i).padStart(4, '0')}.txt`, content: ` date ${date} ${paragraphs.join('\n\n')}` };
}

const files = Array.from({ length: COUNT }, (_, i) => article(i));
const totalWords = files.reduce((n, f) => n + f.content.split(/\s+/).length, 0);
const topo = JSON.parse(readFileSync(join(ROOT, 'public', 'geo', 'countries.topo.json'), 'utf8')) as CountriesTopology;
const ctx = { neighbours: landNeighbours(topo) };

let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const sample = (): void => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let facts = 0;
const BATCH = 50;
for (let i = 0; i < files.length; i += BATCH) {
  const r = ingestArticles(files.slice(i, i + BATCH), ctx);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
  facts += r.dataset.facts.length;
  sample();
}
const seconds = (performance.now() - t0) / 1000;
// CPU time of this process: the rate one core gives, whatever else the machine is doing.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
sample();
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`bench:ingest${DENSE ? ' --dense' : ''}: ${files.length} articles (${totalWords} words, avg ${Math.round(totalWords / files.length)}), ${facts} facts`);
console.log(`  wall: ${(files.length / seconds).toFixed(0)} articles/s (${seconds.toFixed(2)} s); cpu: ${(files.length / cpuSeconds).toFixed(0)} articles per cpu-second (${cpuSeconds.toFixed(2)} s, includes GC threads)`);
console.log(`  peak rss ${mb(peakRss)}, peak heapUsed ${mb(peakHeap)}`);
