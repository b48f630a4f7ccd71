import type { ArticleList, Fact } from '../model/dataset.ts';
import { articleById, evidenceText } from '../selectors/facts.ts';

type NameOf = (code: string) => string;

/** The columns of an export, in order; the CSV header and the JSON keys are these names. */
export const EXPORT_COLUMNS = [
  'id', 'type', 'from', 'from_names', 'to', 'to_names', 'groups', 'items', 'categories', 'troops', 'qualifier', 'unit', 'kind',
  'speaker', 'role', 'quote', 'direct', 'article_date', 'article_id', 'article_title', 'evidence', 'confidence', 'rule',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string>;

/** "member states bordering Russia and Belarus: NO, EE (resolved from …)", one per group, joined with " | ". */
function groupsCell(f: Fact): string {
  return (f.groups ?? []).map((g) => `${g.side}: ${g.phrase} = ${g.codes.join('; ')}${g.basis ? ` (resolved from ${g.basis})` : ''}`).join(' | ');
}

/**
 * One flat row per fact, every value a string, so the CSV and the JSON hold exactly the same
 * thing and a spreadsheet needs no schema: lists are joined with "; ", absent values are empty.
 * Codes and names sit side by side: codes to join on, names to read.
 */
export function factRows(data: ArticleList, facts: readonly Fact[], texts: ReadonlyMap<string, string>, nameOf: NameOf): ExportRow[] {
  const articles = articleById(data);
  return facts.map((f) => {
    const article = articles.get(f.articleId);
    return {
      id: f.id,
      type: f.type,
      from: f.from.join('; '),
      from_names: f.from.map(nameOf).join('; '),
      to: f.to.join('; '),
      to_names: f.to.map(nameOf).join('; '),
      groups: groupsCell(f),
      items: f.type === 'arms_shipment' ? f.items.map((i) => i.name).join('; ') : '',
      categories: f.type === 'arms_shipment' ? f.items.map((i) => i.category).join('; ') : '',
      troops: f.type === 'troop_deployment' && f.troops !== null ? String(f.troops) : '',
      qualifier: f.type === 'troop_deployment' ? f.qualifier ?? '' : '',
      unit: f.type === 'troop_deployment' ? f.unit ?? '' : '',
      kind: f.type === 'commitment' ? f.kind : '',
      speaker: f.type === 'quote' ? f.speaker : '',
      role: f.type === 'quote' ? f.role ?? '' : '',
      quote: f.type === 'quote' ? f.text : '',
      direct: f.type === 'quote' ? String(f.direct) : '',
      article_date: f.date,
      article_id: f.articleId,
      article_title: article?.title ?? '',
      evidence: evidenceText(f, texts.get(f.articleId)),
      confidence: String(f.confidence),
      rule: f.rule,
    };
  });
}
