/**
 * RFC 4180 CSV: CRLF line ends, every field that holds a comma, quote, CR or LF quoted, quotes
 * doubled. The file starts with a UTF-8 byte order mark so spreadsheet programs read "Türkiye"
 * and curly quotes correctly instead of guessing a legacy encoding.
 */
export const BOM = '\uFEFF';

// Article text is untrusted: a cell starting with = + - @ would run as a formula in a spreadsheet
// (OWASP "CSV injection"). Such cells get a leading apostrophe, which spreadsheets hide and
// parseCsv removes, so the export still reads back exactly.
const FORMULA_START = /^[=+\-@\t\r]/;
const GUARDED = /^'[=+\-@\t\r]/;

function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function unguard(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [columns.map(field).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c] ?? '')).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Reads RFC 4180 CSV back into records (header row first); used to check exports round-trip. */
export function parseCsv(text: string): Record<string, string>[] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  let row: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cur); cur = ''; }
    else if (ch === '\r' && src[i + 1] === '\n') { row.push(cur); records.push(row); row = []; cur = ''; i++; }
    else if (ch === '\n') { row.push(cur); records.push(row); row = []; cur = ''; }
    else cur += ch;
  }
  if (cur !== '' || row.length > 0) { row.push(cur); records.push(row); }
  const [header, ...body] = records;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, unguard(r[i] ?? '')])));
}
