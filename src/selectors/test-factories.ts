import type { Article, ArmsShipment, Commitment, Dataset, Quote, TroopDeployment } from '../model/dataset.ts';
import { FactColumns } from '../model/fact-columns.ts';

/** Small factories for selector tests: each returns a valid fact with overridable fields. */
let n = 0;
const base = (articleId: string, date: string) => ({ id: `f${++n}`, articleId, date, evidence: [{ start: 0, end: 10 }], confidence: 0.9, rule: 'test' });

export function article(id: string, date: string, text = 'Estonia is sending Javelins to Ukraine. More text here.'): Article {
  return { id, date, title: `Article ${id}`, text, file: `${id}.txt` };
}

export function shipment(from: string[], to: string[], items: ArmsShipment['items'], date = '2022-03-06', articleId = 'a2022'): ArmsShipment {
  return { ...base(articleId, date), type: 'arms_shipment', from, to, items };
}

export function troops(from: string[], to: string[], count: number | null, date = '2022-03-06', articleId = 'a2022'): TroopDeployment {
  return { ...base(articleId, date), type: 'troop_deployment', from, to, troops: count, qualifier: null, unit: null };
}

export function commitment(from: string[], to: string[], kind: Commitment['kind'] = 'assurance', date = '2024-03-24', articleId = 'a2024'): Commitment {
  return { ...base(articleId, date), type: 'commitment', from, to, kind };
}

export function quote(speaker: string, from: string[], to: string[], date = '2024-03-24', articleId = 'a2024'): Quote {
  return { ...base(articleId, date), type: 'quote', from, to, speaker, role: null, text: 'We stand with you.', direct: true };
}

export function dataset(facts: Dataset['facts']): Dataset {
  return { version: 1, articles: [article('a2022', '2022-03-06'), article('a2024', '2024-03-24')], facts };
}

/** The facts as the page holds them (with the two articles of `dataset`): what selectors read. */
export function columns(facts: Dataset['facts']): FactColumns {
  return FactColumns.of(dataset(facts));
}
