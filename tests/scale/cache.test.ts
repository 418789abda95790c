import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { appendFile, mkdir, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { readdirSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeFolder } from '../../src/ingest/run.ts';
import { deserializeAnalyzed, generatorVersion, openCache, packFile, serializeAnalyzed } from '../../src/ingest/cache.ts';
import { analyzeArticle } from '../../src/pipeline/analyze.ts';

// Made-up reports of one event by two outlets, and an unrelated one; one has Windows line ends
// and a zero-width space, so the offset map is not the identity.
const SEEDS: Record<string, string> = {
  'ledger-dredging.txt': `Port Authority Approves Harbor Dredging Plan

The Port Authority on Tuesday approved a $40 million plan to deepen the northern shipping channel, ending two years of debate over the project.

"This keeps the harbor open to the ships that pay our bills," said Authority chair Miriam Castell after the vote.

Castell said work would begin in the spring. Environmental groups said they would study the plan before deciding whether to go to court.

"We have not seen the sediment study," said Owen Pratt, who directs the Bay Keepers coalition.
`,
  'courier-dredging.txt': `Harbor channel to be deepened after Authority vote\r\n\r\nThe Port Authority voted on Tuesday to spend $40 million deepening the northern shipping channel.\r\n\r\n"This keeps the harbor open to the ships that pay our bills," Authority chair Miriam Castell told reporters.\u200B\r\n\r\nOwen Pratt of the Bay Keepers coalition said his group had not been shown the sediment study. "We asked twice," Pratt said.\r\n`,
  'tribune-budget.txt': `City Council Delays Vote on School Budget

The City Council postponed a vote on the school budget on Monday after three members asked for more time to review staffing figures.

"We owe parents a budget that adds up," said council member Dana Whitlock.

Superintendent Paul Ferris said the district could not hire teachers until the budget passed.
`,
};

let dir: string;
const seeds = (): string => path.join(dir, 'seeds');
const options = (cache: string | null) => ({ seeds: seeds(), out: path.join(dir, 'out'), editorial: path.join(dir, 'editorial'), cache });

/** The data set as published (the records), for comparing runs. */
function published(result: Awaited<ReturnType<typeof analyzeFolder>>): unknown {
  const { articles, quotes, speakers, stories, skipped, sources } = result.dataset;
  return JSON.parse(JSON.stringify({ articles, quotes, speakers, stories, skipped, sources: [...sources] }));
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parallax-cache-'));
  await mkdir(seeds(), { recursive: true });
  await mkdir(path.join(dir, 'editorial'));
  for (const [name, text] of Object.entries(SEEDS)) await writeFile(path.join(seeds(), name), text);
  await writeFile(path.join(seeds(), 'ledger-dredging.meta.json'), JSON.stringify({ outlet: 'Harbor Ledger', published: '2024-03-05' }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the analysis cache', () => {
  it('gives the same data set as an uncached run, cold and warm, and skips unchanged seeds', async () => {
    const cache = path.join(dir, 'cache');
    const plain = await analyzeFolder(options(null));
    const cold = await analyzeFolder(options(cache));
    expect(cold.cache).toEqual({ hits: 0, misses: 3 });
    const warm = await analyzeFolder(options(cache));
    expect(warm.cache).toEqual({ hits: 3, misses: 0 });
    expect(published(plain)).toEqual(published(cold));
    expect(published(warm)).toEqual(published(plain));
    expect(plain.dataset.quotes.length).toBeGreaterThan(3);
  });

  it('analyses only the seed that changed, and the result matches a fresh run', async () => {
    const cache = path.join(dir, 'cache-change');
    await analyzeFolder(options(cache));
    await appendFile(path.join(seeds(), 'tribune-budget.txt'), '\n"We will vote before the month is out," Whitlock said.\n');
    const after = await analyzeFolder(options(cache));
    expect(after.cache).toEqual({ hits: 2, misses: 1 });
    expect(published(after)).toEqual(published(await analyzeFolder(options(null))));
  });

  it('treats a changed sidecar as a change', async () => {
    const cache = path.join(dir, 'cache-sidecar');
    await analyzeFolder(options(cache));
    await writeFile(path.join(seeds(), 'ledger-dredging.meta.json'), JSON.stringify({ outlet: 'Harbor Ledger', published: '2024-03-06' }));
    expect((await analyzeFolder(options(cache))).cache).toEqual({ hits: 2, misses: 1 });
  });

  it('writes a cold run\'s entries as one pack, a change as a run pack, and recomputes a torn pack\'s entries', async () => {
    const cache = path.join(dir, 'cache-pack');
    const here = path.join(cache, generatorVersion());
    const plain = await analyzeFolder(options(null));
    await analyzeFolder(options(cache));
    // A cold run makes one file, not one per entry.
    expect(await readdir(here)).toEqual([packFile]);
    const warm = await analyzeFolder(options(cache));
    expect(warm.cache).toEqual({ hits: 3, misses: 0 });
    expect(published(warm)).toEqual(published(plain));
    const packed = await readFile(path.join(here, packFile));
    await appendFile(path.join(seeds(), 'tribune-budget.txt'), '\n"The ferry will run all winter," Okafor said.\n');
    const changed = await analyzeFolder(options(cache));
    expect(changed.cache).toEqual({ hits: 2, misses: 1 });
    // Three seeds: one new entry is more than a tenth of those used, so they are gathered into the pack again.
    expect(await readdir(here)).toEqual([packFile]);
    expect((await readFile(path.join(here, packFile))).equals(packed)).toBe(false);
    const again = await analyzeFolder(options(cache));
    expect(again.cache).toEqual({ hits: 3, misses: 0 });
    expect(published(again)).toEqual(published(await analyzeFolder(options(null))));
    // A torn pack is not trusted: a warning, and every seed is analysed again.
    await truncate(path.join(here, packFile), 100);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const torn = await analyzeFolder(options(cache));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('torn'));
    warn.mockRestore();
    expect(torn.cache).toEqual({ hits: 0, misses: 3 });
    expect(published(torn)).toEqual(published(await analyzeFolder(options(null))));
    expect((await analyzeFolder(options(cache))).cache).toEqual({ hits: 3, misses: 0 });
  });

  it('adds few new entries as a run pack, read with the pack by the next run', () => {
    const cache = path.join(dir, 'cache-run-pack');
    const here = path.join(cache, generatorVersion());
    const text = SEEDS['tribune-budget.txt']!;
    const names = Array.from({ length: 12 }, (_, i) => `tribune-${i}.txt`);
    const bytes = new TextEncoder().encode(text);
    const first = openCache(cache);
    for (const name of names) first.analyze(name, bytes);
    first.pack();
    expect(readdirSync(here)).toEqual([packFile]);
    // Eleven seeds read from the pack and one new: the new entry is written on its own, beside the pack.
    const second = openCache(cache);
    for (const name of [...names.slice(1), 'tribune-new.txt']) second.analyze(name, bytes);
    second.pack();
    expect(second.stats).toEqual({ hits: 11, misses: 1 });
    const files = readdirSync(here);
    expect(files).toHaveLength(2);
    expect(files.filter((f) => /^run-.*\.pack$/.test(f))).toHaveLength(1);
    const third = openCache(cache, () => {
      throw new Error('analysed again');
    });
    for (const name of [...names, 'tribune-new.txt']) expect(third.analyze(name, bytes).doc.id).toBe(first.analyze(name, bytes).doc.id);
    expect(third.stats).toEqual({ hits: 13, misses: 0 });
    // A run that made nothing writes nothing, even when it read from a run pack.
    third.pack();
    expect(readdirSync(here)).toEqual(files);
  });

  it('counts one analysis per seed: a second lookup of the same bytes is served from disk', () => {
    let analyses = 0;
    const counting: typeof analyzeArticle = (...args) => {
      analyses++;
      return analyzeArticle(...args);
    };
    const cache = openCache(path.join(dir, 'cache-count'), counting);
    const bytes = new TextEncoder().encode(SEEDS['tribune-budget.txt']);
    cache.analyze('tribune-budget.txt', bytes);
    cache.analyze('tribune-budget.txt', bytes);
    cache.analyze('renamed.txt', bytes); // the id comes from the name: a new entry
    expect(analyses).toBe(2);
    expect(cache.stats).toEqual({ hits: 1, misses: 2 });
  });

  it('rebuilds the offset map exactly, also when normalisation removed characters', () => {
    for (const [name, text] of Object.entries(SEEDS)) {
      const original = analyzeArticle(name, new TextEncoder().encode(text));
      const copy = deserializeAnalyzed(serializeAnalyzed(original));
      expect(copy.doc).toEqual(original.doc);
      for (let i = -1; i <= original.doc.text.length + 1; i++) expect(copy.toOriginal(i)).toBe(original.toOriginal(i));
    }
  });

  it('lets go of its pack files once the output is written, so repeated ingests (the dev server) hold no more files', async () => {
    const { runIngest } = await import('../../src/ingest/cli.ts');
    const cache = path.join(dir, 'cache-release');
    const packsOpen = (): number => readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`).startsWith(cache);
      } catch {
        return false;
      }
    }).length;
    const quiet = { ...options(cache), out: path.join(dir, 'out-release'), log: () => {} };
    expect(await runIngest(quiet)).toBe(0);
    expect(await runIngest(quiet)).toBe(0); // warm: reads the pack the first run wrote
    expect(readdirSync(path.join(cache, generatorVersion())).includes(packFile)).toBe(true);
    expect(packsOpen()).toBe(0);
  });
});
