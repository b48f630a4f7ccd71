import type { Article, Span } from '../model/dataset';
import type { IngestError } from './errors';
import { collapseSpace, isSpaceCode, splitOnSpace } from './chars';
import { LIST_MARKER, splitSentences } from './sentences';

/**
 * Reads one article file. The file is ` date YYYY-MM-DD ` (optional leading whitespace, the word
 * "date", one ISO date) and then the text, on the same line or the next. The article's `text` is
 * everything after the header's trailing spaces and at most one line break, with CRLF normalised
 * to LF, a leading BOM removed and trailing whitespace trimmed; evidence offsets index into it.
 */

export interface Block {
  start: number;
  end: number;
  heading: boolean;
}

export interface SentenceUnit extends Span {
  paragraph: number;
  heading: boolean;
}

export interface ParsedArticle {
  article: Article;
  blocks: Block[];
  sentences: SentenceUnit[];
}

const HEADER_RE = /^\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)[ \t]*(?:\r?\n)?/;
export const MAX_TITLE_LENGTH = 90;

/** NATO's founding: nothing this map shows can be older. */
export const EARLIEST_DATE = '1949-04-04';

/** `today` + one day (a timezone's worth of slack), as YYYY-MM-DD; null when `today` is not a valid date. */
export function dayAfter(today: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!m || !isValidDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1));
  return t.toISOString().slice(0, 10);
}

/** Why a well-formed date is out of range (before NATO's founding, or after `today` + 1), else null. */
export function dateRangeProblem(date: string, today?: string): string | null {
  if (date < EARLIEST_DATE) return `date ${date} is before ${EARLIEST_DATE} (NATO's founding)`;
  const latest = today === undefined ? null : dayAfter(today);
  if (latest !== null && date > latest) return `date ${date} is in the future (today is ${today})`;
  return null;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2100) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** A short line without final punctuation is a heading, never part of a sentence. */
export function isHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 120 || LIST_MARKER.test(t)) return false;
  if (splitOnSpace(t).length > 16) return false;
  return !/[.!?:;,"”')\]…]$/.test(t);
}

/** Paragraphs are separated by blank lines; a paragraph's heading-like first line is its own block. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const re = /\n[ \t]*\n/g;
  let from = 0;
  const push = (s: number, e: number): void => {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    const body = text.slice(s, e);
    const nl = body.indexOf('\n');
    if (nl < 0) {
      blocks.push({ start: s, end: e, heading: isHeadingLine(body) });
      return;
    }
    const first = body.slice(0, nl);
    if (isHeadingLine(first)) {
      blocks.push({ start: s, end: s + first.trimEnd().length, heading: true });
      push(s + nl + 1, e);
    } else {
      blocks.push({ start: s, end: e, heading: false });
    }
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  // A one-line article is text, not a heading.
  if (blocks.length === 1) blocks[0]!.heading = false;
  return blocks;
}

/**
 * Title: the first sentence of the first non-heading paragraph, whitespace collapsed, a final
 * period dropped; if longer than 90 characters, cut at the last word boundary that leaves room for
 * "…" and trailing punctuation removed before it.
 */
export function deriveTitle(firstSentence: string): string {
  let t = collapseSpace(firstSentence).replace(/\.$/, '');
  if (t.length <= MAX_TITLE_LENGTH) return t;
  t = t.slice(0, MAX_TITLE_LENGTH - 1);
  const cut = t.lastIndexOf(' ');
  if (cut > 20) t = t.slice(0, cut);
  return `${t.replace(/[\s,;:–—-]+$/, '')}…`;
}

export interface ParseOptions {
  /** Article id (default: the file name without ".txt"). */
  id?: string;
  /** YYYY-MM-DD; dates after the day after it are refused. No upper bound when absent. */
  today?: string;
}

export function parseArticle(file: string, content: string, options: ParseOptions = {}): { parsed?: ParsedArticle; errors: IngestError[] } {
  const id = options.id ?? file.replace(/\.txt$/i, '');
  let body = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim().length === 0) return { errors: [{ file, line: 1, message: 'empty file' }] };
  const header = HEADER_RE.exec(body);
  if (!header) return { errors: [{ file, line: 1, message: 'missing date header " date YYYY-MM-DD "' }] };
  const [y, m, d] = [Number(header[1]), Number(header[2]), Number(header[3])];
  const date = `${header[1]}-${header[2]}-${header[3]}`;
  // The header may follow blank lines: report the line the date is on.
  const line = body.slice(0, header.index + header[0].indexOf('date')).split('\n').length;
  if (!isValidDate(y, m, d)) return { errors: [{ file, line, message: `impossible date ${date}` }] };
  const range = dateRangeProblem(date, options.today);
  if (range) return { errors: [{ file, line, message: range }] };
  // trimEnd strips exactly what /\s+$/ matches (white space and line terminators) without trying every offset.
  body = body.slice(header[0].length).trimEnd();
  if (body.trim().length === 0) return { errors: [{ file, line: 1, message: 'no text after the date header' }] };

  const blocks = splitBlocks(body);
  const sentences: SentenceUnit[] = [];
  blocks.forEach((b, paragraph) => {
    if (b.heading) sentences.push({ start: b.start, end: b.end, paragraph, heading: true });
    else for (const s of splitSentences(body, b.start, b.end)) sentences.push({ start: s.start, end: s.end, paragraph, heading: false });
  });
  const first = sentences.find((s) => !s.heading) ?? sentences[0]!;
  const title = deriveTitle(body.slice(first.start, first.end));
  return { parsed: { article: { id, date, title, text: body, file }, blocks, sentences }, errors: [] };
}
