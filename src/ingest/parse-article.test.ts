import { describe, expect, it } from 'vitest';
import { deriveTitle, isHeadingLine, isValidDate, parseArticle } from './parse-article';

describe('article parsing', () => {
  it('reads the header and keeps offsets into the text after it', () => {
    const { parsed } = parseArticle('a_1.txt', ' date 2024-03-24 First sentence here. Second one.\n\nNew paragraph.\n');
    expect(parsed!.article).toMatchObject({ id: 'a_1', date: '2024-03-24', file: 'a_1.txt', title: 'First sentence here' });
    expect(parsed!.article.text).toBe('First sentence here. Second one.\n\nNew paragraph.');
    const t = parsed!.article.text;
    expect(parsed!.sentences.map((s) => t.slice(s.start, s.end))).toEqual(['First sentence here.', 'Second one.', 'New paragraph.']);
    expect(parsed!.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('accepts the text on the next line and CRLF', () => {
    const { parsed } = parseArticle('b.txt', 'date 2022-01-31\r\nLine one.\r\n\r\nLine two.');
    expect(parsed!.article.text).toBe('Line one.\n\nLine two.');
  });

  it('treats short unpunctuated lines as headings', () => {
    expect(isHeadingLine('Support for Ukraine and Caution Against NATO Involvement')).toBe(true);
    expect(isHeadingLine('Poland sent tanks.')).toBe(false);
    const { parsed } = parseArticle('c.txt', ' date 2022-01-31 Intro text.\n\nA Heading\n\nBody text.\n\nAnother heading\nWith body on the next line.');
    const t = parsed!.article.text;
    expect(parsed!.sentences.map((s) => [t.slice(s.start, s.end), s.heading])).toEqual([
      ['Intro text.', false], ['A Heading', true], ['Body text.', false], ['Another heading', true], ['With body on the next line.', false],
    ]);
  });

  it('derives a title of at most 90 characters, cut at a word boundary', () => {
    const long = 'Amid rising tensions in Eastern Europe, the ambassador has assured the Baltic states of unwavering support against aggression.';
    const title = deriveTitle(long);
    expect(title.length).toBeLessThanOrEqual(90);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(deriveTitle('Short one.')).toBe('Short one');
  });

  it('reports bad headers, impossible dates and empty files', () => {
    expect(parseArticle('x.txt', 'Just text.').errors[0]).toMatchObject({ file: 'x.txt', line: 1, message: expect.stringContaining('date header') });
    expect(parseArticle('x.txt', ' date 2022-02-30 Text.').errors[0]!.message).toContain('impossible date 2022-02-30');
    expect(parseArticle('x.txt', '   \n').errors[0]!.message).toBe('empty file');
    expect(parseArticle('x.txt', ' date 2022-02-03 ').errors[0]!.message).toContain('no text');
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
  });
});
