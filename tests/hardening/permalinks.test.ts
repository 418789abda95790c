import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFolder, htmlFiles, type BuiltSite } from './site-build.ts';
import { indexSite } from '../../src/ingest/pagefind.ts';
import { runIngest } from '../../src/ingest/cli.ts';
import { storyRedirects } from '../../src/lib/redirects.ts';
import { snapshot } from '../helpers/snapshot.ts';

/**
 * Builds the seeds twice (reproducible builds), then again with three more articles on the same
 * events and a new editorial note: every URL and anchor of the first site must still exist and
 * point at the same words.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-permalinks-'));
let first: BuiltSite;
let again: BuiltSite;
let later: BuiltSite;

interface Block { anchor: string; text: string }
interface Article { id: string; url: string; blocks: Block[]; story: string }
interface Quote { id: string; article: string; text: string; url: string; speaker: string | null }
interface Speaker { id: string; name: string; url: string; quotes: string[] }
interface Story { id: string; url: string; articles: string[] }
const data = <T>(site: BuiltSite, name: string): T[] => JSON.parse(readFileSync(path.join(site.generated, 'data', name), 'utf8')) as T[];


/** The ids of the elements of a page. */
const anchorsOf = (html: string): string[] => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? '');
/** Where a built page sends the reader: itself, or the target of Astro's redirect page. */
function resolve(site: BuiltSite, url: string): string | null {
  const file = path.join(site.dist, url, 'index.html');
  if (!existsSync(file)) return null;
  const refresh = /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(readFileSync(file, 'utf8'));
  return refresh === null ? url : (refresh[1] ?? null);
}

beforeAll(async () => {
  const seeds = path.join(work, 'seeds');
  const editorial = path.join(work, 'editorial');
  copyFolder('seeds', seeds);
  copyFolder('content/editorial', editorial);
  first = await buildSite({ seeds, work, name: 'first', editorial });
  again = await buildSite({ seeds, work, name: 'again', editorial });

  // More reports of the same events, some quoting the same people, and a new note on a quote.
  for (const name of readdirSync('tests/hardening/later-seeds')) copyFolder(path.join('tests/hardening/later-seeds', name), path.join(seeds, name));
  const flywheel = data<Quote>(first, 'quotes.json').find((q) => q.text.startsWith('Our goal is not to spin the flywheel'));
  writeFileSync(
    path.join(editorial, 'notes', 'flywheel-wording.mdx'),
    `---\ntarget: "quote:${flywheel?.id}"\nauthor: "Test Editor"\ndate: "2025-01-10"\n---\n\nThe same sentence appears in other reports in slightly different words.\n`,
  );
  later = await buildSite({ seeds, work, name: 'later', editorial });
}, 600_000);

describe('reproducible builds', () => {
  it('two ingests of the same seeds write byte-identical collections and data', () => {
    expect(snapshot(again.generated)).toEqual(snapshot(first.generated));
  });

  it('two site builds write identical HTML', () => {
    const pages = htmlFiles(first.dist);
    expect(htmlFiles(again.dist)).toEqual(pages);
    for (const page of pages) expect(readFileSync(path.join(again.dist, page), 'utf8'), page).toBe(readFileSync(path.join(first.dist, page), 'utf8'));
  });

  it('two Pagefind indexes of the same site are identical', async () => {
    await indexSite(first.dist);
    await indexSite(again.dist);
    expect(snapshot(path.join(again.dist, 'pagefind'))).toEqual(snapshot(path.join(first.dist, 'pagefind')));
  }, 120_000);
});

describe('permanent links after adding seeds and a note', () => {
  it('keeps every page of the first site', () => {
    const missing = htmlFiles(first.dist).filter((page) => !existsSync(path.join(later.dist, page)));
    expect(missing).toEqual([]);
  });

  it('keeps every anchor of every page', () => {
    const lost: string[] = [];
    for (const page of htmlFiles(first.dist)) {
      const url = `/${path.dirname(page)}/`.replace(/^\/\.\/$/, '/');
      const target = resolve(later, url) ?? url;
      const file = path.join(later.dist, target, 'index.html');
      const now = new Set(existsSync(file) ? anchorsOf(readFileSync(file, 'utf8')) : []);
      for (const id of anchorsOf(readFileSync(path.join(first.dist, page), 'utf8'))) if (!now.has(id)) lost.push(`${url}#${id}`);
    }
    expect(lost).toEqual([]);
  });

  it('keeps every paragraph anchor on the same words', () => {
    const now = new Map(data<Article>(later, 'articles.json').map((a) => [a.id, new Map(a.blocks.map((b) => [b.anchor, b.text]))]));
    for (const a of data<Article>(first, 'articles.json')) {
      for (const b of a.blocks) expect(now.get(a.id)?.get(b.anchor), `${a.url}#${b.anchor}`).toBe(b.text);
    }
  });

  it('keeps every quote id on the same words of the same article', () => {
    const now = new Map(data<Quote>(later, 'quotes.json').map((q) => [q.id, q]));
    for (const q of data<Quote>(first, 'quotes.json')) {
      expect(now.get(q.id), q.url).toMatchObject({ article: q.article, text: q.text, url: q.url });
    }
  });

  it('keeps every speaker URL on the same person, with all their earlier quotes', () => {
    const now = data<Speaker>(later, 'speakers.json');
    for (const s of data<Speaker>(first, 'speakers.json')) {
      const target = resolve(later, s.url);
      const speaker = now.find((n) => n.url === target);
      expect(speaker, s.url).toBeDefined();
      expect(speaker?.quotes, s.url).toEqual(expect.arrayContaining(s.quotes));
    }
  });

  it('keeps every story URL on a story that holds the same articles', () => {
    const now = data<Story>(later, 'stories.json');
    for (const s of data<Story>(first, 'stories.json')) {
      const target = resolve(later, s.url);
      const story = now.find((n) => n.url === target);
      expect(story, s.url).toBeDefined();
      expect(story?.articles, s.url).toEqual(expect.arrayContaining(s.articles));
    }
  });
});

describe('a new article whose id sorts before the others', () => {
  // Story ids are "story-" + the first article id and group ids "variant-" + the first version's quote
  // id, so such an article renames both; every old id must still lead to the same articles and quotes.
  it('leaves every old story and group id resolvable to the same members', async () => {
    const seeds = path.join(work, 'sorted-first');
    copyFolder('seeds', seeds);
    const before = path.join(work, 'sorted-first-before');
    const after = path.join(work, 'sorted-first-after');
    const quiet = { cache: null, log: () => {} };
    expect(await runIngest({ seeds, out: before, ...quiet })).toBe(0);
    copyFolder('tests/hardening/later-seeds/005_5c0f2e91a7d34b18.txt', path.join(seeds, '000-tass-kremlin-patriot.txt'));
    expect(await runIngest({ seeds, out: after, ...quiet })).toBe(0);
    const read = <T>(dir: string, name: string): T[] => JSON.parse(readFileSync(path.join(dir, 'data', name), 'utf8')) as T[];

    const storiesNow = read<Story>(after, 'stories.json');
    const redirects = storyRedirects(storiesNow);
    const renamed = read<Story>(before, 'stories.json').filter((s) => !storiesNow.some((n) => n.id === s.id));
    expect(renamed.length).toBeGreaterThan(0);
    for (const s of read<Story>(before, 'stories.json')) {
      const url = storiesNow.some((n) => n.url === s.url) ? s.url : redirects[s.url];
      expect(storiesNow.find((n) => n.url === url)?.articles, s.url).toEqual(expect.arrayContaining(s.articles));
    }

    // A group id names one of its quotes: the group holding that quote now holds all the old members.
    const quotesNow = new Map(read<Quote & { variantGroup: string | null }>(after, 'quotes.json').map((q) => [q.id, q]));
    const groupsBefore = new Map<string, string[]>();
    for (const q of read<Quote & { variantGroup: string | null }>(before, 'quotes.json')) {
      if (q.variantGroup !== null) groupsBefore.set(q.variantGroup, [...(groupsBefore.get(q.variantGroup) ?? []), q.id]);
    }
    for (const [group, members] of groupsBefore) {
      const named = quotesNow.get(group.replace(/^variant-/, ''))?.variantGroup;
      expect(named, group).toBeDefined();
      for (const m of members) expect(quotesNow.get(m)?.variantGroup, `${group} ${m}`).toBe(named);
    }
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
