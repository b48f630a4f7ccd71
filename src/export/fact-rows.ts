import type { FactIndex, Fact } from '../model/dataset.ts';
import { articleById, evidenceText } from '../selectors/facts.ts';

/** The columns of an export, in order; the CSV header and the JSON keys are these names. */
export const EXPORT_COLUMNS = [
  'id', 'type', 'from', 'to', 'items', 'categories', 'troops', 'unit', 'kind',
  'speaker', 'role', 'quote', 'direct', 'article_date', 'article_id', 'article_title', 'evidence', 'confidence', 'rule',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
export type ExportRow = Record<ExportColumn, string>;

/**
 * One flat row per fact, every value a string, so the CSV and the JSON hold exactly the same
 * thing and a spreadsheet needs no schema: lists are joined with "; ", absent values are empty.
 */
export function factRows(data: FactIndex, facts: readonly Fact[], texts: ReadonlyMap<string, string>): ExportRow[] {
  const articles = articleById(data);
  return facts.map((f) => {
    const article = articles.get(f.articleId);
    return {
      id: f.id,
      type: f.type,
      from: f.from.join('; '),
      to: f.to.join('; '),
      items: f.type === 'arms_shipment' ? f.items.map((i) => i.name).join('; ') : '',
      categories: f.type === 'arms_shipment' ? f.items.map((i) => i.category).join('; ') : '',
      troops: f.type === 'troop_deployment' && f.troops !== null ? String(f.troops) : '',
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
