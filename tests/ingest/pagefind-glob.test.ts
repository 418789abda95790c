import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite, pagesGlob } from '../../src/ingest/pagefind.ts';

/** A made-up built site: a home page, an article, a comparison page and a data file. */
function fakeSite(): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'parallax-pagefind-'));
  const page = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
    writeFileSync(path.join(dist, rel), `<!doctype html><html lang="en"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p>${text} harbour dredging vote.</p></main></body></html>`);
  };
  page('index.html', 'Home');
  page('articles/a/index.html', 'Article');
  page('compare/a--b/index.html', 'Comparison');
  mkdirSync(path.join(dist, 'data'));
  writeFileSync(path.join(dist, 'data', 'quotes.json'), '[]');
  return dist;
}

describe('the pages Pagefind reads', () => {
  it('are every page but the comparison pages, data and assets', () => {
    expect(pagesGlob(fakeSite())).toBe('{*.html,articles/**/*.html}');
  });

  it("are Pagefind's default for a site of many top-level folders (the glob is one argument)", () => {
    const dist = fakeSite();
    for (let i = 0; i < 100; i++) mkdirSync(path.join(dist, `page-${i}`));
    expect(pagesGlob(dist)).toBe('**/*.{html}');
  });

  it('leave comparison pages out of the index', async () => {
    expect(await indexSite(fakeSite())).toBe(2);
  }, 60_000);
});
