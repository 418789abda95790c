import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFolder } from '../../src/ingest/run.ts';
import { comparedPairs } from '../../src/pipeline/pairs.ts';

/** Every `{ text, start, end }` in a JSON value, with the article it belongs to. */
function spans(value: unknown, article: string | null, out: { article: string | null; text: string; start: number; end: number }[] = []) {
  if (Array.isArray(value)) for (const v of value) spans(v, article, out);
  else if (value !== null && typeof value === 'object') {
    const r = value as Record<string, unknown>;
    const own = typeof r.article === 'string' ? r.article : article;
    if (typeof r.text === 'string' && typeof r.start === 'number' && typeof r.end === 'number') out.push({ article: own, text: r.text, start: r.start, end: r.end });
    for (const v of Object.values(r)) spans(v, own, out);
  }
  return out;
}

describe('offsets in the data set', () => {
  it('point into the file as read even when CRLF and zero-width characters shift the analysis text', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-offsets-'));
    mkdirSync(path.join(dir, 'seeds'));
    for (const name of ['000_aa17f673e635cf28.txt', '001_55dd73c77a4fa553.txt']) {
      const text = readFileSync(path.join('seeds', name), 'utf8').replace(/\n/g, '\r\n').replace(/Putin/g, 'Pu\u200btin');
      writeFileSync(path.join(dir, 'seeds', name), text);
    }
    const { dataset } = await analyzeFolder({ seeds: path.join(dir, 'seeds'), out: path.join(dir, 'out') });
    const source = (id: string) => dataset.sources.get(id) ?? '';
    const visible = (s: string) => s.replace(/\u200b/g, '').replace(/[\r\n]/g, ' ').replace(/\s+/g, ' ').trim();
    let checked = 0;
    for (const a of dataset.articles) {
      for (const s of spans(a.framing, a.id)) {
        expect(visible(source(s.article ?? a.id).slice(s.start, s.end))).toBe(visible(s.text));
        checked += 1;
      }
    }
    for (const story of dataset.stories) {
      for (const pair of story.pairs as { a: string; b: string; alignment: { onlyA: unknown; onlyB: unknown } }[]) {
        for (const s of spans(pair.alignment.onlyA, pair.a)) expect(visible(source(pair.a).slice(s.start, s.end))).toBe(visible(s.text));
        for (const s of spans(pair.alignment.onlyB, pair.b)) expect(visible(source(pair.b).slice(s.start, s.end))).toBe(visible(s.text));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('comparedPairs', () => {
  const story = (n: number) => ({
    id: 'story-a00', title: 't', articles: Array.from({ length: n }, (_, i) => `a${String(i).padStart(2, '0')}`),
    titleFrom: { rule: 'article-title' as const, article: null },
    links: Array.from({ length: n - 1 }, (_, i) => ({ a: `a${String(i).padStart(2, '0')}`, b: `a${String(i + 1).padStart(2, '0')}`, score: 0.5, shared: [], rule: 'similar' as const })),
  });
  it('compares every pair of a small story', () => {
    expect(comparedPairs(story(4))).toHaveLength(6);
  });
  it('stays linear for a large story', () => {
    const pairs = comparedPairs(story(30));
    expect(pairs.length).toBeLessThanOrEqual(3 * 30);
    expect(new Set(pairs.flat())).toEqual(new Set(story(30).articles));
  });
});
