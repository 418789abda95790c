import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/read.ts';
import { expectedFor, pageNames, readPage, scorePage, summarize, table, type PageScore } from './held-out-score.ts';

// Pages of other outlets and paste habits, made up for the tests and never tuned line by line:
// the rules are about page structure and news conventions, not about these strings.
const scores: PageScore[] = pageNames().map((name) => scorePage(name));
const totals = summarize(scores);

describe('held-out pages', () => {
  it('has a realistic spread of pages, each with its expectations', () => {
    expect(scores.length).toBeGreaterThanOrEqual(30);
    const verdicts = new Set(pageNames().map((n) => expectedFor(n).verdict));
    expect([...verdicts].sort()).toEqual(['article', 'non-english', 'not-article']);
    console.log(`\n${table(scores)}\n`);
  });

  it('keeps body text and removes page furniture, line by line', () => {
    expect(totals.lines).toBeGreaterThan(400);
    expect(totals.keepAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(totals.bodyPrecision).toBeGreaterThanOrEqual(0.97);
    expect(totals.bodyRecall).toBeGreaterThanOrEqual(0.98);
    expect(totals.roleAccuracy).toBeGreaterThanOrEqual(0.93);
    for (const s of scores) if (s.lines > 0) expect(s.keepOk / s.lines, s.name).toBeGreaterThanOrEqual(0.85);
  });

  it('gives every file the right verdict', () => {
    expect(totals.verdict.ok).toBe(totals.verdict.of);
  });

  it('finds headline, byline and outlet, and paragraphs and headings as the page has them', () => {
    const share = (x: { ok: number; of: number }) => x.ok / x.of;
    expect(share(totals.headline)).toBeGreaterThanOrEqual(0.9);
    expect(share(totals.byline)).toBeGreaterThanOrEqual(0.9);
    expect(share(totals.outlet)).toBeGreaterThanOrEqual(0.8);
    expect(share(totals.paragraphs)).toBeGreaterThanOrEqual(0.9);
    expect(share(totals.headings)).toBeGreaterThanOrEqual(0.9);
  });

  it('never names an outlet or a writer that the page does not give (precision before recall)', () => {
    for (const s of scores) {
      const exp = expectedFor(s.name);
      const { meta } = readPage(s.name).doc;
      if (exp.outlet === null) expect(meta.outlet, s.name).toBeNull();
      if (exp.byline === null) expect(meta.byline, s.name).toBeNull();
    }
  });
});

describe('the held-out scorer', () => {
  it('counts a line the expectations call body but the reader removes, and a wrong headline, as misses', () => {
    const name = 'local-paper';
    const exp = expectedFor(name);
    const wrong = { ...exp, removed: (exp.removed ?? []).filter(([role]) => role !== 'chrome'), headline: 'Something else' };
    const s = scorePage(name, readPage(name), wrong);
    expect(s.headlineOk).toBe(false);
    expect(s.keepOk).toBeLessThan(s.lines);
    expect(s.misses.some((m) => m.startsWith('body removed'))).toBe(true);
  });

  it('fails a page whose lines are all kept', () => {
    const text = ['Home > News', 'Advertisement', 'The council met on Tuesday and agreed the budget for next year after a long debate.'].join('\n');
    const r = readArticle('inline.txt', new TextEncoder().encode(text));
    const s = scorePage('inline', r, { kind: 'inline', verdict: 'article', removed: [], paragraphs: ['The council met'] });
    expect(s.keepOk).toBe(1);
    expect(s.bodyTrue / s.bodyExpected).toBe(1 / 3);
  });
});
