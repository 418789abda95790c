import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveDist } from './browser.ts';

/**
 * Every page type at phone and desktop widths: no axe violations, a screenshot in tests/artifacts/,
 * and the reader's tools (evidence popover, copy link, citation, search filters, compare swap).
 */

interface Record { id: string; url: string; articles?: string[]; pairs?: { url: string }[] }
const data = (name: string): Record[] => JSON.parse(readFileSync(`dist/data/${name}`, 'utf8')) as Record[];
const articles = data('articles.json');
const speakers = data('speakers.json');
const stories = data('stories.json');
const story = [...stories].sort((x, y) => (y.articles?.length ?? 0) - (x.articles?.length ?? 0))[0];
const compare = story?.pairs?.[0]?.url;

const pages: [type: string, path: string][] = [
  ['home', '/'],
  ['articles-index', '/articles/'],
  ['article', articles[0]!.url],
  ['speakers-index', '/speakers/'],
  ['speaker', speakers.find((s) => s.id === 'vladimir-putin')?.url ?? speakers[0]!.url],
  ['story', story!.url],
  ['compare', compare ?? story!.url],
  ['search', '/search/?q=putin'],
  ['method', '/method/'],
  ['stories-index', '/stories/'],
];
const widths = [['phone', 375, 740], ['desktop', 1280, 900]] as const;
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let browser: Browser;
let site: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  mkdirSync('tests/artifacts', { recursive: true });
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

interface AxeViolation { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }

/** Runs axe-core in the page and returns its violations, summarised for a readable failure. */
async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } };
    return (await w.axe.run(document, { resultTypes: ['violations'] })).violations;
  }) as AxeViolation[];
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  if (path.startsWith('/search/')) await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 20_000 });
  return page;
}

describe('every page type', () => {
  for (const [name, width, height] of widths) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`passes axe at ${name} width (${scheme}) and is screenshotted`, async () => {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const problems: string[] = [];
        for (const [type, path] of pages) {
          const page = await open(context, path);
          // Phone-width pages must not scroll sideways (tables scroll inside their own region).
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 1) problems.push(`${type}: page is ${overflow}px wider than the viewport`);
          for (const v of await axe(page)) problems.push(`${type} ${path}: ${v}`);
          if (scheme === 'light' || type === 'article') await page.screenshot({ path: `tests/artifacts/${type}-${name}${scheme === 'dark' ? '-dark' : ''}.png`, fullPage: true });
          await page.close();
        }
        await context.close();
        expect(problems).toEqual([]);
      });
    }
  }
});

describe('reading an article', () => {
  it('labels quotes after the closing mark and shows the evidence without script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(context, articles[0]!.url);
    const quote = page.locator('.quote').filter({ has: page.locator('a.speaker-label') }).first();
    // The quoted words come first, the closing mark next, then the label.
    const html = await quote.innerHTML();
    expect(html.indexOf('class="qt"')).toBeLessThan(html.indexOf('speaker-label'));
    expect(html).toMatch(/<\/span>[”"’']/);
    const why = quote.locator('button.why');
    const evidence = page.locator(`#why-${await quote.getAttribute('id')}`);
    await expect(evidence.isVisible()).resolves.toBe(false);
    await why.click();
    await expect(evidence.isVisible()).resolves.toBe(true);
    await expect(evidence.textContent()).resolves.toMatch(/Rule:[\s\S]*Cue:[\s\S]*Confidence:/);
    await page.screenshot({ path: 'tests/artifacts/article-evidence.png' });
    await context.close();
  });

  it('copies a paragraph link and shows the citation with today’s date', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await open(context, articles[0]!.url);
    await page.locator('#p-2 > a.copy-link').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.url}${articles[0]!.url}#p-2`);
    await expect(page.locator('#toast').textContent()).resolves.toContain('Link copied');
    expect(page.url()).toMatch(/#p-2$/);

    const cite = page.locator('section.cite');
    await expect(cite.locator('dt').allTextContents()).resolves.toEqual(['APA', 'MLA', 'Chicago']);
    const today = new Date();
    const month = today.toLocaleString('en-US', { month: 'long' });
    await expect(cite.locator('#cite-apa').textContent()).resolves.toContain(`Retrieved ${month} ${today.getDate()}, ${today.getFullYear()}`);
    await expect(cite.locator('#cite-mla').textContent()).resolves.toContain(`${articles[0]!.url}`);
    await cite.locator('button.copy-cite').first().click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain('Retrieved');
    await context.close();
  });

  it('keeps a permanent anchor on every paragraph and quote', async () => {
    const context = await browser.newContext();
    const page = await open(context, articles[0]!.url);
    const paragraphs = await page.locator('.para').count();
    expect(paragraphs).toBeGreaterThan(0);
    await expect(page.locator('.para > a.copy-link').count()).resolves.toBe(paragraphs);
    const ids = await page.locator('.quote').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.every((id) => /^q-[0-9a-f]{8}$/.test(id))).toBe(true);
    await context.close();
  });
});

describe('search', () => {
  it('narrows results with a page-type filter', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, '/search/?q=putin');
    // Results arrive in batches: wait until the unfiltered list holds an article and a speaker.
    await page.waitForFunction(() => {
      const hrefs = [...document.querySelectorAll('.pagefind-ui__result-link')].map((a) => a.getAttribute('href') ?? '');
      return hrefs.some((h) => h.startsWith('/articles/')) && hrefs.some((h) => h.startsWith('/speakers/'));
    }, null, { timeout: 10_000 });
    const all = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(all.some((h) => h.startsWith('/articles/'))).toBe(true);
    // The type filter group is open (openFilters); tick "speaker".
    await page.locator('input[type="checkbox"][name="type"][value="speaker"]').check();
    // While the filtered results load the list is empty, and an empty list would pass `every`.
    await page.waitForFunction(() => {
      const links = [...document.querySelectorAll('.pagefind-ui__result-link')];
      return links.length > 0 && links.every((a) => a.getAttribute('href')?.startsWith('/speakers/'));
    }, null, { timeout: 10_000 });
    const filtered = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((h) => h.startsWith('/speakers/'))).toBe(true);
    await context.close();
  });

  it('deep-links results to a paragraph or quote', async () => {
    const context = await browser.newContext();
    const page = await open(context, '/search/?q=flywheel');
    const subs = await page.locator('.pagefind-ui__result-link').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(subs.some((h) => /#(p|q)-/.test(h))).toBe(true);
    await context.close();
  });

  it('takes a query from the header form without script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(context, '/');
    await page.locator('#site-q').fill('kirby');
    await page.locator('form.search-box button').click();
    await page.waitForURL(/\/search\/\?q=kirby/);
    await expect(page.locator('noscript').count()).resolves.toBeGreaterThan(0);
    await context.close();
  });
});

describe('compare view', () => {
  it.skipIf(compare === undefined)('swaps a side without a page load', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(context, compare!);
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 42; });
    const before = await page.locator('#compare-view').getAttribute('data-pair');
    const options = await page.locator('form.swapper select[name="b"] option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    const [a, b] = before!.split('--');
    const other = options.find((o) => o !== a && o !== b);
    if (other === undefined) return;
    await page.locator('form.swapper select[name="b"]').selectOption(other);
    await page.waitForFunction((prev) => !location.pathname.includes(prev), before!);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await expect(page.locator('.compare-row').count()).resolves.toBeGreaterThan(1);
    await context.close();
  });
});
