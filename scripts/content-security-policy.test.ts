import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IndexHtmlTransformHook } from 'vite';
import config from '../vite.config';
import { contentSecurityPolicy, HEADER_POLICY, HEADERS_FILE, META_POLICY, metaTag } from './content-security-policy';

const transform = (html: string): string => {
  const hook = contentSecurityPolicy().transformIndexHtml as { handler: IndexHtmlTransformHook };
  return hook.handler.call({} as never, html, {} as never) as string;
};

describe('Content-Security-Policy', () => {
  it('is one policy: the header is the meta policy plus frame-ancestors', () => {
    expect(HEADER_POLICY).toBe(`${META_POLICY}; frame-ancestors *`);
    expect(META_POLICY).not.toContain('frame-ancestors');
    expect(HEADER_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*\.|https?:/);
    expect(HEADERS_FILE).toBe(`/*\n  Content-Security-Policy: ${HEADER_POLICY}\n`);
  });

  it('is what the preview server sends', () => {
    expect(config.preview?.headers?.['Content-Security-Policy']).toBe(HEADER_POLICY);
  });

  it('goes into index.html right after <meta charset>, before anything is loaded', () => {
    const html = '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <link rel="preload" href="/x.json" as="fetch" />\n  </head>\n</html>';
    const out = transform(html);
    expect(out.indexOf(metaTag())).toBeGreaterThan(out.indexOf('<meta charset'));
    expect(out.indexOf(metaTag())).toBeLessThan(out.indexOf('<link'));
    expect(transform('<html><head><title>t</title></head></html>')).toContain(`<head>\n    ${metaTag()}`);
    expect(metaTag()).toContain(`content="${META_POLICY}"`);
  });

  it('is the policy the README gives for nginx and Netlify', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${HEADER_POLICY}" always;`);
    expect(readme).toContain(`  /*\n    Content-Security-Policy: ${HEADER_POLICY}\n`);
  });
});
