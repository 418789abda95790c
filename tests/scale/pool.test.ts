import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeFolder, largestFirst } from '../../src/ingest/run.ts';
import { poolSize, receiveFeatures } from '../../src/ingest/pool.ts';
import { articleMdx } from '../../src/emit/entries.ts';
import { encodePack, openPack, packFile } from '../../src/ingest/cache.ts';

// Made-up reports; one is not an article (a link list) and one is binary, so problems come from several seeds.
const SEEDS: Record<string, string> = {
  'a-harbour.txt': 'Harbour Board Approves Dredging\n\nThe harbour board approved a $40 million dredging plan on Tuesday.\n\n"This keeps the port open," said board chair Miriam Castell.\n',
  'a2-harbour.txt': 'Harbour dredging plan wins board approval\n\nThe harbour board on Tuesday approved a $40 million plan to dredge the channel.\n\n"This keeps the port open," board chair Miriam Castell told reporters after the vote.\n',
  'b-links.txt': 'Home\nNews\nSport\nWeather\nContact us\n',
  'c-budget.txt': 'Council Delays School Budget\n\nThe council postponed its vote on the school budget on Monday.\n\n"We owe parents a budget that adds up," said council member Dana Whitlock.\n',
  'd-bridge.txt': 'Bridge Closed After Inspection\n\nThe city closed the Old Mill Bridge on Thursday.\n\n"We will not wait for concrete to fall," public works director Lena Marsh said.\n',
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-pool-'));
  mkdirSync(path.join(dir, 'seeds'));
  for (const [name, text] of Object.entries(SEEDS)) writeFileSync(path.join(dir, 'seeds', name), text);
  writeFileSync(path.join(dir, 'seeds', 'e-image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (workers: number, cache: string | null = null) =>
  analyzeFolder({ seeds: path.join(dir, 'seeds'), out: path.join(dir, 'out'), editorial: path.join(dir, 'editorial'), cache, workers, parallelFrom: 1 });

/** The published records and the problems, as plain data. */
const plain = (r: Awaited<ReturnType<typeof run>>): unknown =>
  JSON.parse(JSON.stringify({ articles: r.dataset.articles, quotes: r.dataset.quotes, speakers: r.dataset.speakers, stories: r.dataset.stories, problems: r.problems }));

describe('grouping features sent by workers', () => {
  it('come back with their keys, as places in one table shared by every worker', () => {
    const table = { keys: [] as string[], place: new Map<string, number>() };
    const first: number[] = [];
    const second: number[] = [];
    // Worker 1 sends two articles, worker 2 one; "word:harbour" is new to each worker once.
    const a = receiveFeatures({ at: [0, 1], fresh: ['word:harbour', 'name:castell'], weights: [1, 3], display: [null, 'Castell'] }, first, table);
    const b = receiveFeatures({ at: [0, 1], fresh: ['word:budget', 'word:harbour'], weights: [1, 1], display: [null, null] }, second, table);
    const c = receiveFeatures({ at: [1, 2, 0], fresh: ['word:dredg'], weights: [3, 1, 1], display: ['Castell', null, null] }, first, table);
    expect(a.keys).toEqual(['word:harbour', 'name:castell']);
    expect(b.keys).toEqual(['word:budget', 'word:harbour']);
    expect(c.keys).toEqual(['name:castell', 'word:dredg', 'word:harbour']);
    expect(table.keys).toEqual(['word:harbour', 'name:castell', 'word:budget', 'word:dredg']);
    for (const f of [a, b, c]) {
      expect(f.shared?.table).toBe(table.keys);
      expect(f.shared?.at.map((p) => table.keys[p])).toEqual(f.keys);
    }
    expect(c.weights).toEqual([3, 1, 1]);
  });
});

describe('analysing seeds in worker threads', () => {
  it('gives the same data set and problems, in the same order, as one thread', async () => {
    const one = await run(1);
    const two = await run(2);
    expect(one.workers).toBe(0);
    expect(two.workers).toBeGreaterThan(0);
    expect(one.dataset.articles.map((a) => a.id)).toEqual(['a-harbour', 'a2-harbour', 'c-budget', 'd-bridge']);
    expect(one.dataset.stories.some((s) => s.pairs.length > 0)).toBe(true);
    expect(two.problems.map((p) => p.file)).toEqual(one.problems.map((p) => p.file));
    expect(plain(two)).toEqual(plain(one));
  });

  it('fills the cache from the workers, so the next run analyses nothing', async () => {
    const cache = path.join(dir, 'cache');
    const cold = await run(2, cache);
    expect(cold.cache).toEqual({ hits: 0, misses: 5 });
    const warm = await run(2, cache);
    expect(warm.cache).toEqual({ hits: 5, misses: 0 });
    expect(plain(warm)).toEqual(plain(cold));
    expect(warm.workers).toBe(0);

    // Analyses cached, stories not: the workers compute only the stories' parts.
    const version = readdirSync(cache)[0]!;
    const packPath = path.join(cache, version, packFile);
    const pack = openPack(packPath);
    const kept = [...pack.texts].filter(([rel]) => !rel.startsWith('stories/')).map(([rel, text]) => [rel, { text: text(), keys: pack.keys }] as const);
    pack.close();
    expect(kept.length).toBeLessThan(pack.texts.size);
    writeFileSync(packPath, encodePack(new Map(kept)));
    const stories = await run(2, cache);
    expect(stories.cache).toEqual({ hits: 5, misses: 0 });
    expect(stories.workers).toBeGreaterThan(0);
    expect(plain(stories)).toEqual(plain(cold));
  });
});

describe('article pages rendered by the workers', () => {
  it('are the pages the main thread renders from the finished records, offsets mapped to the text as read', async () => {
    // CRLF line breaks and a non-breaking space: the text as read differs from the analysis text, so offsets are mapped.
    const crlf = path.join(dir, 'crlf');
    mkdirSync(crlf, { recursive: true });
    for (const [name, text] of Object.entries(SEEDS)) writeFileSync(path.join(crlf, name), text.replace(/\n/g, '\r\n').replace('board chair', 'board\u00a0chair'));
    const options = { seeds: crlf, out: path.join(dir, 'out'), editorial: path.join(dir, 'editorial'), cache: null, parallelFrom: 1 };
    const one = await analyzeFolder({ ...options, workers: 1 });
    const two = await analyzeFolder({ ...options, workers: 2 });
    expect(one.pages?.size ?? 0).toBe(0);
    expect([...(two.pages?.keys() ?? [])].sort()).toEqual(two.dataset.articles.map((a) => a.id));
    for (const article of one.dataset.articles) {
      const source = one.dataset.sources.get(article.id) ?? '';
      expect(source).toContain('\r\n');
      const quotes = one.dataset.quotes.filter((q) => q.article === article.id);
      expect(two.pages?.get(article.id)).toBe(articleMdx(article, quotes, source));
    }
    expect(two.pages?.get('a-harbour')).toContain('Miriam Castell');
  });
});

describe('largestFirst', () => {
  it('feeds the costliest jobs first, keeping the given order among equal costs', () => {
    const jobs = [{ file: 'brief', bytes: 800 }, { file: 'longread', bytes: 9000 }, { file: 'wire', bytes: 800 }, { file: 'feature', bytes: 4000 }];
    expect(largestFirst(jobs, (j) => j.bytes).map((j) => j.file)).toEqual(['longread', 'feature', 'brief', 'wire']);
    expect(jobs[0]!.file).toBe('brief');
  });
});

describe('poolSize', () => {
  it('starts no workers on one core or for a few seeds, and at most one per core', () => {
    expect(poolSize(500, { cores: 1 })).toBe(0);
    expect(poolSize(10, { cores: 4 })).toBe(0);
    expect(poolSize(500, { cores: 2 })).toBe(2);
    expect(poolSize(500, { cores: 64 })).toBe(8);
    expect(poolSize(40, { cores: 8, from: 1 })).toBe(3);
  });
});
