import { withBilateralParty } from './bilateral';
import { isAllianceSide } from '../domain/nato-membership';
import { DATASET_VERSION, type Article, type Dataset, type Fact } from '../model/dataset';
import { buildDoc, type DocView, type Draft } from './doc';
import type { IngestError } from './errors';
import { articleIdOf } from './ids';
import { mergeDrafts } from './merge';
import { withGroupNotes } from './group-notes';
import { INITIAL_STATE, nextState, peopleView, type DiscourseState } from './discourse';
import { sentenceSubject } from './rules/quote-speakers';
import { runRules } from './registry';
import { parseArticle, type ParsedArticle } from './parse-article';

/**
 * The ingest entry point: article files in, a version-1 dataset (or every problem found) out.
 * Pure: no file system, so the same code can run in a browser or a worker.
 */

export interface ArticleFile {
  /** File name, e.g. "003_2170261719692671.txt"; the id is the name without ".txt". */
  name: string;
  content: string;
}

export interface IngestContext {
  /** Land neighbours by ISO alpha-2 code (from landNeighbours(topology)). */
  neighbours: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Today as YYYY-MM-DD: article dates after the day after it are refused. The core never reads
   * the clock (same input, same output); the CLI passes the real date. Absent: no upper bound.
   */
  today?: string;
}

export type IngestResult = { ok: true; dataset: Dataset } | { ok: false; errors: IngestError[] };

export const MAX_ARTICLE_BYTES = 1_000_000;

/** Facts of one parsed article, deduplicated and with stable ids. */
export function extractFacts(parsed: ParsedArticle, ctx: IngestContext): Fact[] {
  const doc = buildDoc(parsed, ctx.neighbours);
  const drafts: Draft[] = [];
  let state: DiscourseState = INITIAL_STATE;
  for (const s of doc.sentences) {
    if (s.heading) continue;
    const own = withoutPlacelessTwins(withoutCrossedSides(withoutSelfDirected(withBilateralParty(runRules(s, doc, state), s, doc)), doc));
    drafts.push(...own);
    state = nextState(state, doc.people, s.text, own, s.index, sentenceSubject(s, doc, peopleView(doc.people, state)));
  }
  return withGroupNotes(mergeDrafts(parsed.article.id, parsed.article.date, drafts), doc);
}

/**
 * No country ships arms to itself, and no deployment or pledge goes only to its own sender: such a reading is a
 * misreading ("Ukraine's long-term bridge to membership … will be …" read Ukraine as both ends). An arms recipient
 * that is also a sender is dropped; a deployment or commitment whose every recipient is a sender is dropped (a group
 * that includes the sender, "Poland reinforces the eastern flank", keeps its members). Quotes are left alone.
 */
function withoutSelfDirected(drafts: Draft[]): Draft[] {
  if (!drafts.some(selfDirected)) return drafts;
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!selfDirected(d)) out.push(d);
    else if (d.type === 'arms_shipment') {
      const to = d.to.filter((c) => !d.from.includes(c));
      if (to.length) out.push({ ...d, to });
    }
  }
  return out;
}

/**
 * No side of the war arms or pledges to the other: a shipment or commitment from the aggressor to the country it
 * attacks is a misread sender ("Austin announced the new package …" read Russia, named two sentences
 * before, as its sender; "As Russia’s invasion of Ukraine enters its 16th month, …" as a shipment), and the aggressor is
 * never promised help or armed by the attacked country or the alliance: it leaves such recipients (the fact is kept
 * when others remain). Pledges and shipments to the aggressor from outside the alliance ("North Korea has sent shells to
 * Russia", "China has promised to support Russia's economy") are kept.
 */
function withoutCrossedSides(drafts: Draft[], doc: DocView): Draft[] {
  const war = doc.warCountry;
  const aggressors = war ? doc.aggressors : [];
  if (!war || !aggressors.length) return drafts;
  const date = doc.article.date;
  let any = false;
  for (const d of drafts) if (crossedSides(d, war, aggressors, date)) { any = true; break; }
  if (!any) return drafts;
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!crossedSides(d, war, aggressors, date)) { out.push(d); continue; }
    if (d.from.some((c) => aggressors.includes(c))) continue;
    const to = d.to.filter((c) => !aggressors.includes(c));
    if (to.length) out.push({ ...d, to });
  }
  return out;
}

/**
 * "SODANKYLÄ, FINLAND — About 100 U.S. Soldiers took part in Arctic Forge 25": one rule found the force with no place,
 * another placed it by the dateline. The same sender's placeless deployment in a sentence that places it is the same one.
 */
function withoutPlacelessTwins(drafts: Draft[]): Draft[] {
  let placeless = false;
  for (const d of drafts) if (d.type === 'troop_deployment' && d.to.length === 0) placeless = true;
  if (!placeless) return drafts;
  return drafts.filter((d) => d.type !== 'troop_deployment' || d.to.length > 0
    || !drafts.some((o) => o !== d && o.type === 'troop_deployment' && o.to.length > 0 && o.from.join() === d.from.join()));
}

/** Module-level, like selfDirected: no closures made per sentence. */
function crossedSides(d: Draft, war: string, aggressors: readonly string[], date: string): boolean {
  // A stated Russian build-up ("amassed … troops along Ukraine's borders including in Crimea") is a deployment.
  if (d.type === 'quote' || d.type === 'troop_deployment') return false;
  const fromAggressor = d.from.some((c) => aggressors.includes(c));
  if (fromAggressor && d.to.includes(war)) return true;
  // "Russia has placed 10,000 troops on high alert": the aggressor assures no ally and not the alliance.
  if (fromAggressor && d.type === 'commitment' && d.to.some((c) => isAllianceSide(c, date))) return true;
  if (fromAggressor || !d.to.some((c) => aggressors.includes(c))) return false;
  // The attacked side and the alliance never pledge to or arm the aggressor; others may ("North Korea pledged full
  // support for Russia").
  return d.from.length > 0 && d.from.every((c) => c === war || isAllianceSide(c, date));
}

/**
 * Whether a draft goes (for arms: partly) to its own sender. A module-level function, not a closure made per sentence:
 * tsx names every closure it makes, and that was measurable once per sentence.
 */
function selfDirected(d: Draft): boolean {
  return d.type !== 'quote' && d.to.length > 0 && (d.type === 'arms_shipment' ? d.to.some((c) => d.from.includes(c)) : d.to.every((c) => d.from.includes(c)));
}

function checkContent(file: ArticleFile): IngestError | null {
  if (file.content.length > MAX_ARTICLE_BYTES) return { file: file.name, line: 1, message: `file is larger than ${MAX_ARTICLE_BYTES} bytes` };
  const nul = file.content.indexOf('\u0000');
  if (nul >= 0) {
    const line = file.content.slice(0, nul).split('\n').length;
    return { file: file.name, line, message: 'binary file (NUL byte)' };
  }
  return null;
}

export function ingestArticles(files: readonly ArticleFile[], ctx: IngestContext): IngestResult {
  const errors: IngestError[] = [];
  const parsedList: ParsedArticle[] = [];
  const seen = new Map<string, string>();
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const file of sorted) {
    const bad = checkContent(file);
    if (bad) {
      errors.push(bad);
      continue;
    }
    const id = articleIdOf(file.name);
    const other = seen.get(id.toLowerCase());
    if (other !== undefined) {
      errors.push({ file: file.name, line: 1, message: `duplicate article id "${id}" (also ${other})` });
      continue;
    }
    seen.set(id.toLowerCase(), file.name);
    const { parsed, errors: parseErrors } = parseArticle(file.name, file.content, ctx.today === undefined ? { id } : { id, today: ctx.today });
    errors.push(...parseErrors);
    if (parsed) parsedList.push(parsed);
  }
  if (errors.length) return { ok: false, errors };
  const articles: Article[] = parsedList.map((p) => p.article);
  const facts = parsedList.flatMap((p) => extractFacts(p, ctx));
  return { ok: true, dataset: { version: DATASET_VERSION, articles, facts } };
}

/**
 * Canonical JSON: fixed key order per object kind (as the schema lists them), two-space indent and a
 * final newline, so the same input always gives byte-identical output.
 */
export function serializeDataset(d: Dataset): string {
  const article = (a: Article) => ({ id: a.id, date: a.date, title: a.title, text: a.text, file: a.file });
  const fact = (f: Fact) => {
    const base = {
      id: f.id, articleId: f.articleId, date: f.date, type: f.type, from: f.from, to: f.to,
      evidence: f.evidence.map((e) => ({ start: e.start, end: e.end })), confidence: f.confidence, rule: f.rule,
    };
    switch (f.type) {
      case 'arms_shipment': return { ...base, items: f.items.map((i) => ({ name: i.name, category: i.category })) };
      case 'troop_deployment': return { ...base, troops: f.troops, qualifier: f.qualifier, unit: f.unit };
      case 'commitment': return { ...base, kind: f.kind };
      case 'quote': return { ...base, speaker: f.speaker, role: f.role, text: f.text, direct: f.direct };
    }
  };
  return `${JSON.stringify({ version: d.version, articles: d.articles.map(article), facts: d.facts.map(fact) }, null, 2)}\n`;
}
