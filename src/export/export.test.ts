import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, BOM } from './csv.ts';
import { factRows, EXPORT_COLUMNS } from './fact-rows.ts';
import { exportName } from './export-name.ts';
import { dataset, quote, shipment, article, troops } from '../selectors/test-factories.ts';

describe('CSV', () => {
  it('quotes commas, quotes and newlines, and reads them back unchanged', () => {
    const rows = [
      { a: 'plain', b: 'with, comma' },
      { a: 'say "hello"', b: 'two\nlines' },
      { a: 'crlf\r\ninside', b: '' },
      { a: 'Türkiye “curly”', b: '=1+1' },
    ];
    const csv = toCsv(['a', 'b'], rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('"with, comma"');
    expect(csv).toContain('"say ""hello"""');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(",'=1+1\r\n");
    expect(parseCsv(csv)).toEqual(rows);
  });
});

describe('factRows', () => {
  it('flattens every fact type into the same columns, with the evidence sentence', () => {
    const text = 'Estonia is sending Javelins to Ukraine. "We stand with you," she said.';
    const s = { ...shipment(['EE'], ['UA'], [{ name: 'Javelins', category: 'anti-tank' }]), evidence: [{ start: 0, end: 39 }] };
    const q = { ...quote('Julianne Smith', ['US'], ['EE']), articleId: 'a2022', date: '2022-03-06', evidence: [{ start: 40, end: 71 }] };
    const data = { ...dataset([s, q]), articles: [article('a2022', '2022-03-06', text)] };
    const names: Record<string, string> = { EE: 'Estonia', UA: 'Ukraine', US: 'United States' };
    const rows = factRows(data, data.facts, new Map([['a2022', text]]), (c) => names[c] ?? c);
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    expect(rows[0]).toMatchObject({ type: 'arms_shipment', from: 'EE', from_names: 'Estonia', to: 'UA', to_names: 'Ukraine', items: 'Javelins', categories: 'anti-tank', evidence: 'Estonia is sending Javelins to Ukraine.' });
    expect(rows[1]).toMatchObject({ type: 'quote', speaker: 'Julianne Smith', direct: 'true', evidence: '"We stand with you," she said.' });
    expect(parseCsv(toCsv(EXPORT_COLUMNS, rows))).toEqual(rows);
  });
});

describe('names, qualifiers and groups in exports', () => {
  it('carries names beside codes, the figure’s qualifier and the group a side was resolved from', () => {
    const names: Record<string, string> = { NATO: 'NATO', EE: 'Estonia', LT: 'Lithuania', LV: 'Latvia', NO: 'Norway', PL: 'Poland' };
    const t = {
      ...troops(['NATO'], ['EE', 'LT', 'LV', 'NO', 'PL'], 22000),
      qualifier: 'up to',
      groups: [{ side: 'to' as const, phrase: 'member states bordering Russia and Belarus', codes: ['EE', 'LT', 'LV', 'NO', 'PL'], basis: 'land borders and NATO membership on 2022-03-06' }],
    };
    const data = dataset([t]);
    const [row] = factRows(data, data.facts, new Map(), (c) => names[c] ?? c);
    expect(row).toMatchObject({
      from: 'NATO',
      from_names: 'NATO',
      to: 'EE; LT; LV; NO; PL',
      to_names: 'Estonia; Lithuania; Latvia; Norway; Poland',
      troops: '22000',
      qualifier: 'up to',
      groups: 'to: member states bordering Russia and Belarus = EE; LT; LV; NO; PL (resolved from land borders and NATO membership on 2022-03-06)',
    });
    expect(parseCsv(toCsv(EXPORT_COLUMNS, [row!]))).toEqual([row]);
  });
});

describe('exportName', () => {
  it('names the view', () => {
    expect(exportName('EE', [2022])).toBe('eastern-flank-EE-2022');
    expect(exportName(null, null)).toBe('eastern-flank-all-years');
    expect(exportName('NATO', [2022, 2024])).toBe('eastern-flank-NATO-2022-2024');
  });
});
