import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeFolder, writeOutput } from '../../src/ingest/run.ts';
import { OutputWriter, jsonArrayLayout, manifestName } from '../../src/ingest/reuse.ts';
import { lazyAlignment, lazyRecord } from '../../src/ingest/cache.ts';
import type { StoryParts } from '../../src/pipeline/dataset.ts';
import type { Alignment } from '../../src/pipeline/align.ts';

// Made-up reports: two outlets on one event (so the story has a compared pair) and an unrelated one.
const SEEDS: Record<string, string> = {
  'gazette-bridge.txt': `Council Closes Old Mill Bridge After Inspection

The city closed the Old Mill Bridge on Thursday after inspectors found cracks in two of its supports.

"We are not going to wait for a piece of concrete to fall," said public works director Lena Marsh.

Marsh said repairs would take at least six weeks and cost about $2 million.
`,
  'herald-bridge.txt': `Old Mill Bridge shut as inspectors find cracked supports

Inspectors found cracks in two supports of the Old Mill Bridge, and the city closed it to traffic on Thursday.

"We are not going to wait for a piece of concrete to fall," public works director Lena Marsh told reporters.

Drivers will be detoured through the Elm Street crossing, Marsh said.
`,
  'post-library.txt': `Library Extends Weekend Hours

The central library will open on Sundays from next month, the library board said on Monday.

"Families asked for this more than anything else," said board chair Tomas Reyes.
`,
};

let dir: string;
const seeds = (): string => path.join(dir, 'seeds');

/** Every file below `root`, relative, sorted. */
function files(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(path.join(root, f)).isFile())
    .sort();
}

async function ingest(out: string, cache: string | null): Promise<void> {
  const result = await analyzeFolder({ seeds: seeds(), out, editorial: path.join(dir, 'editorial'), cache });
  await writeOutput(result, out);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-incremental-'));
  mkdirSync(seeds(), { recursive: true });
  mkdirSync(path.join(dir, 'editorial'));
  for (const [name, text] of Object.entries(SEEDS)) writeFileSync(path.join(seeds(), name), text);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an ingest after one seed changed', () => {
  it('writes exactly what a cold ingest writes, reusing the files the change does not touch', async () => {
    const cache = path.join(dir, 'cache');
    const warm = path.join(dir, 'warm');
    await ingest(warm, cache);
    const inode = (rel: string): number => statSync(path.join(warm, rel)).ino;
    const library = 'articles/post-library.mdx';
    const herald = 'articles/herald-bridge.mdx';
    const pair = files(warm).find((f) => f.startsWith('data/pairs/'));
    expect(pair).toBeDefined();
    const before = { library: inode(library), herald: inode(herald), pair: inode(pair!) };

    appendFileSync(path.join(seeds(), 'herald-bridge.txt'), '\nThe bridge carries about 9,000 vehicles a day, the city said.\n');
    await ingest(warm, cache);
    const cold = path.join(dir, 'cold');
    await ingest(cold, null);

    expect(files(warm)).toEqual(files(cold));
    for (const rel of files(cold)) expect(readFileSync(path.join(warm, rel), 'utf8'), rel).toBe(readFileSync(path.join(cold, rel), 'utf8'));
    // The unrelated article's entry is the previous file (a link), the changed ones are new.
    expect(inode(library)).toBe(before.library);
    expect(inode(herald)).not.toBe(before.herald);
    expect(inode(pair!)).not.toBe(before.pair);
    expect(readFileSync(path.join(warm, herald), 'utf8')).toContain('9,000 vehicles');
  });

  it('writes what a cold ingest writes from a cache kept in packs, into a fresh folder and after a change', async () => {
    const cache = path.join(dir, 'cache-packs');
    await ingest(path.join(dir, 'first'), cache);
    // The cache is written as packs, not as one file per entry.
    expect(files(cache).every((f) => f.endsWith('.bin') || f.endsWith('.pack')), files(cache).join()).toBe(true);
    appendFileSync(path.join(seeds(), 'post-library.txt'), '\nThe library will open on Sundays from May, the trustees said.\n');
    const cold = path.join(dir, 'cold-packs');
    await ingest(cold, null);
    // Every story and article is read from the packs (their records' bodies after the run has packed its entries).
    for (const out of ['changed', 'fresh']) {
      await ingest(path.join(dir, out), cache);
      expect(files(path.join(dir, out))).toEqual(files(cold));
      for (const rel of files(cold)) expect(readFileSync(path.join(dir, out, rel), 'utf8'), rel).toBe(readFileSync(path.join(cold, rel), 'utf8'));
    }
  });
});

describe('OutputWriter', () => {
  it('reuses a file only when its inputs and the emitters are unchanged', () => {
    const prev = path.join(dir, 'prev');
    const staging = (name: string): string => {
      const folder = path.join(dir, name);
      mkdirSync(folder, { recursive: true });
      return folder;
    };
    mkdirSync(prev, { recursive: true });
    const first = new OutputWriter(prev, null);
    first.file('a.txt', 'h1', () => 'first a');
    first.file('b.txt', 'h2', () => 'first b');
    first.finish();

    const next = staging('next');
    const second = new OutputWriter(next, prev);
    let made = 0;
    second.file('a.txt', 'h1', () => `${++made}`);
    second.file('b.txt', 'changed', () => 'second b');
    expect(made).toBe(0);
    expect(second.reused).toEqual(['a.txt']);
    expect(readFileSync(path.join(next, 'a.txt'), 'utf8')).toBe('first a');
    expect(readFileSync(path.join(next, 'b.txt'), 'utf8')).toBe('second b');

    // A manifest written by other emitter code is not trusted.
    const manifest = JSON.parse(readFileSync(path.join(prev, manifestName), 'utf8')) as { version: string };
    writeFileSync(path.join(prev, manifestName), JSON.stringify({ ...manifest, version: 'other' }));
    const third = new OutputWriter(staging('third'), prev);
    third.file('a.txt', 'h1', () => 'made again');
    expect(third.reused).toEqual([]);
    expect(readFileSync(path.join(dir, 'third', 'a.txt'), 'utf8')).toBe('made again');
  });
});

describe('OutputWriter.elements', () => {
  const staging = (name: string): string => {
    const folder = path.join(dir, 'elements', name);
    mkdirSync(folder, { recursive: true });
    return folder;
  };
  const records = [{ city: 'Marlow', note: 'café “open”' }, { city: 'Dunmore', note: '' }, { city: 'Ashby', note: 'x' }];
  const element = (r: unknown): string => JSON.stringify([r], null, 2).slice(2, -2);

  it('writes what writeJsonArray writes, copying unchanged elements from the previous file', () => {
    const first = staging('first');
    const a = new OutputWriter(first, null);
    a.elements('list.json', jsonArrayLayout, ['h0', 'h1', 'h2'], (i) => element(records[i]));
    a.finish();
    expect(readFileSync(path.join(first, 'list.json'), 'utf8')).toBe(`${JSON.stringify(records, null, 2)}\n`);

    const second = staging('second');
    const b = new OutputWriter(second, first);
    const made: number[] = [];
    const next = [records[2], { city: 'Penwick', note: 'new' }, records[0]];
    // An empty element (an article without quotes, say) adds nothing, not even a comma.
    b.elements('list.json', jsonArrayLayout, ['h2', 'h3', 'empty', 'h0'], (i) => {
      made.push(i);
      return i === 2 ? '' : element(i === 3 ? next[2] : next[i]);
    });
    b.finish();
    expect(made).toEqual([1, 2]);
    expect(readFileSync(path.join(second, 'list.json'), 'utf8')).toBe(`${JSON.stringify(next, null, 2)}\n`);

    // Nothing changed: the file is the previous one.
    const third = staging('third');
    const c = new OutputWriter(third, second);
    c.elements('list.json', jsonArrayLayout, ['h2', 'h3', 'empty', 'h0'], () => 'never made');
    expect(c.reused).toEqual(['list.json']);
    expect(statSync(path.join(third, 'list.json')).ino).toBe(statSync(path.join(second, 'list.json')).ino);
  });

  it('does not copy from a previous file that is not as its manifest says', () => {
    const first = staging('edited');
    const a = new OutputWriter(first, null);
    a.elements('list.json', jsonArrayLayout, ['h0', 'h1'], (i) => element(records[i]));
    a.finish();
    writeFileSync(path.join(first, 'list.json'), `${JSON.stringify([records[0], { city: 'Edited by hand' }], null, 2)}\n`);
    const next = staging('after-edit');
    const b = new OutputWriter(next, first);
    b.elements('list.json', jsonArrayLayout, ['h0', 'h1', 'h2'], (i) => element(records[i]));
    expect(readFileSync(path.join(next, 'list.json'), 'utf8')).toBe(`${JSON.stringify(records, null, 2)}\n`);
  });
});

describe('lazyAlignment', () => {
  it('reads the sentences only when asked, and serialises as the whole alignment', () => {
    const full: Alignment = {
      a: 'x',
      b: 'y',
      pairs: [],
      onlyA: [{ index: 0, text: 'Only in x.', start: 0, end: 10, anchor: 'p-1' }],
      onlyB: [],
      summary: { shared: 0, onlyA: 1, onlyB: 0, speakers: null, terms: null },
    };
    let loads = 0;
    const lazy = lazyAlignment(full.summary, () => {
      loads++;
      return full;
    });
    expect(lazy.summary).toBe(full.summary);
    expect(loads).toBe(0);
    expect(JSON.stringify(lazy, null, 2)).toBe(JSON.stringify(full, null, 2));
    expect(lazy.onlyA).toBe(full.onlyA);
    expect(loads).toBeGreaterThan(0);
  });
});

describe('lazyRecord', () => {
  it('reads a story\'s framing and versions only when asked, in their place among its keys', () => {
    const full = {
      id: 'story-gazette-bridge',
      title: 'Council Closes Old Mill Bridge After Inspection',
      articles: ['gazette-bridge', 'herald-bridge'],
      url: '/stories/story-gazette-bridge/',
      framing: { articles: [{ article: 'herald-bridge', terms: ['shut'] }] },
      variants: [{ id: 'v-1', versions: [] }],
      links: [],
      pairs: [],
    } as unknown as StoryParts['record'];
    let loads = 0;
    const head = { ...full, framing: null, variants: null } as unknown as StoryParts['record'];
    const lazy = lazyRecord(head, () => {
      loads++;
      return { framing: full.framing, variants: full.variants };
    });
    expect(lazy.title).toBe(full.title);
    expect(lazy.pairs).toEqual([]);
    expect(Object.keys(lazy)).toEqual(Object.keys(full));
    expect(loads).toBe(0);
    expect(JSON.stringify({ ...lazy })).toBe(JSON.stringify(full));
    expect(loads).toBeGreaterThan(0);
  });
});
