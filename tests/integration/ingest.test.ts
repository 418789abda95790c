import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleSchema, quoteSchema, speakerSchema, storySchema } from '../../src/schemas/dataset.ts';
import { runIngest } from '../../src/ingest/cli.ts';

const out = mkdtempSync(path.join(os.tmpdir(), 'parallax-ingest-'));
const read = (name: string): unknown => JSON.parse(readFileSync(path.join(out, 'data', name), 'utf8'));
const log: string[] = [];
let code: number;

beforeAll(async () => {
  code = await runIngest({ seeds: 'seeds', out, log: (line) => log.push(line) });
});

describe('ingest of the seeds', () => {
  it('exits 0 and prints a summary', () => {
    expect(code).toBe(0);
    expect(log.filter((line) => /^ingest: 5 articles, \d+ quotes, \d+ speakers, \d+ stories, \d+ problems/.test(line))).toHaveLength(1);
  });

  it('writes the four JSON files with every field of the contract', () => {
    const articles = z.array(articleSchema).parse(read('articles.json'));
    const quotes = z.array(quoteSchema).parse(read('quotes.json'));
    const speakers = z.array(speakerSchema).parse(read('speakers.json'));
    const stories = z.array(storySchema.loose()).parse(read('stories.json'));
    expect(articles.map((a) => a.seed)).toEqual(readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort());
    expect(quotes.length).toBeGreaterThan(20);
    expect(speakers.length).toBeGreaterThan(3);
    expect(stories.length).toBeGreaterThan(0);
    // Every reference resolves.
    const ids = { a: new Set(articles.map((a) => a.id)), s: new Set(speakers.map((s) => s.id)), st: new Set(stories.map((s) => s.id)) };
    for (const q of quotes) {
      expect(ids.a.has(q.article)).toBe(true);
      if (q.speaker !== null && q.kind !== 'term') expect(ids.s.has(q.speaker)).toBe(true);
    }
    for (const a of articles) expect(ids.st.has(a.story)).toBe(true);
    expect(new Set(stories.flatMap((s) => s.articles))).toEqual(ids.a);
  });

  it('keeps quote offsets exact in the seed file as read', () => {
    const quotes = z.array(quoteSchema).parse(read('quotes.json'));
    const articles = z.array(articleSchema).parse(read('articles.json'));
    const seedOf = new Map(articles.map((a) => [a.id, a.seed]));
    for (const q of quotes) {
      const text = readFileSync(path.join('seeds', seedOf.get(q.article) ?? ''), 'utf8').replace(/^\uFEFF/, '');
      expect(text.slice(q.start, q.end)).toBe(q.text);
      if (q.source) expect(text.slice(q.source.start, q.source.end)).toBe(q.source.text);
    }
  });

  it('attributes the flywheel quote of article 000 to Vladimir Putin', () => {
    const quotes = z.array(quoteSchema).parse(read('quotes.json'));
    const speakers = z.array(speakerSchema).parse(read('speakers.json'));
    const flywheel = quotes.find((q) => q.article.startsWith('000') && q.text.startsWith('Our goal is not to spin the flywheel'));
    expect(flywheel).toBeDefined();
    expect(speakers.find((s) => s.id === flywheel?.speaker)?.name).toBe('Vladimir Putin');
    expect(flywheel?.url).toBe(`/articles/${flywheel?.article}/#${flywheel?.id}`);
  });

  it('writes each element of the data set on a line of its own, and the pair files compact', () => {
    for (const name of ['articles.json', 'quotes.json', 'speakers.json', 'stories.json']) {
      const lines = readFileSync(path.join(out, 'data', name), 'utf8').split('\n');
      const items = read(name) as { id: string }[];
      // `[`, one element per line, `]`: a reader can take one element without parsing the others.
      expect(lines.length, name).toBe(items.length + 3);
      expect(lines.slice(1, -2).map((l) => (JSON.parse(l.replace(/,$/, '')) as { id: string }).id), name).toEqual(items.map((x) => x.id));
    }
    const pairs = readdirSync(path.join(out, 'data', 'pairs'));
    expect(pairs.length).toBeGreaterThan(0);
    for (const f of pairs) expect(readFileSync(path.join(out, 'data', 'pairs', f), 'utf8').trimEnd()).not.toContain('\n');
  });

  it('writes one MDX entry per article, speaker and story, plus the CSV and the build report', () => {
    const count = (dir: string) => readdirSync(path.join(out, dir)).filter((f) => f.endsWith('.mdx')).length;
    expect(count('articles')).toBe(5);
    expect(count('speakers')).toBe((read('speakers.json') as unknown[]).length);
    expect(count('stories')).toBe((read('stories.json') as unknown[]).length);
    expect(readFileSync(path.join(out, 'data', 'quotes.csv'), 'utf8').split('\r\n')[0]).toMatch(/^id,article,kind,speaker/);
    expect(existsSync(path.join(out, 'build-report.json'))).toBe(true);
  });

  it('renders quotes in the article MDX as components', () => {
    const mdx = readFileSync(path.join(out, 'articles', '000_aa17f673e635cf28.mdx'), 'utf8');
    expect(mdx).toMatch(/<Quote id="q-[0-9a-f]{8}" kind="direct" speaker="vladimir-putin"/);
    expect(mdx).toMatch(/<Para id="p-1">/);
  });
});
