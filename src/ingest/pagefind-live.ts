import * as pagefind from 'pagefind';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { everyPage, indexSite, indexedCount, isIndexedPage, pagesGlob, unindexedFolder } from './pagefind.ts';

/**
 * Sites of up to this many articles get the live index. Above it Astro's build keeps both cores busy on
 * its own (at 10,000 articles it used 1.5 cores), so indexing beside it gained nothing and raised the
 * peak memory; 1,000 articles gained, 10,000 did not (README "Performance").
 */
export const LIVE_INDEX_MAX_ARTICLES = 5000;

/**
 * Whether a build indexes pages while Astro writes them: `PARALLAX_PAGEFIND=live` or `cli` decides, else
 * the number of generated articles does (`<generated>/articles/*.mdx`).
 */
export function useLiveIndex(generated: string, setting = process.env.PARALLAX_PAGEFIND): boolean {
  if (setting === 'live') return true;
  if (setting === 'cli') return false;
  let articles = 0;
  try {
    articles = readdirSync(path.join(generated, 'articles')).filter((name) => name.endsWith('.mdx')).length;
  } catch {
    // no articles folder: a small site
  }
  return articles <= LIVE_INDEX_MAX_ARTICLES;
}

/** A Pagefind index fed while the site is being written; `finish` once the writer is done. */
export interface LiveIndex {
  /** Indexes what is left, checks every page read is still as written, writes `<dist>/pagefind/`. */
  finish(): Promise<LiveIndexResult>;
  /** Stops without writing an index (the build failed). */
  abort(): Promise<void>;
}

/** Pages indexed, and how many of the files Pagefind read were read while the site was being written. */
export interface LiveIndexResult {
  pages: number;
  readEarly: number;
}

/** What a page was when it was handed to Pagefind: a later write changes one or the other. */
interface Seen {
  size: number;
  mtimeMs: number;
}

/** The size and time of a page as it is now, or null when it is gone (or not a file). */
function statPage(file: string): Seen | null {
  try {
    const stat = statSync(file);
    return stat.isFile() ? { size: stat.size, mtimeMs: stat.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** A path Pagefind's glob reads literally (no glob syntax in it). */
const literal = /^[\w./-]+$/;

/** Every page under `dist` that Pagefind indexes, sorted: the check at the end. */
export function indexedPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split(path.sep).join('/'))
    .filter(isIndexedPage)
    .sort();
}

/**
 * Starts indexing `dist` while Astro writes it, from a worker thread, so that watching and feeding
 * Pagefind cost Astro's single rendering thread nothing and Pagefind parses pages on the other core.
 */
export async function startLiveIndex(dist: string): Promise<LiveIndex> {
  const worker = new Worker(new URL('./pagefind-live-worker.ts', import.meta.url), { workerData: { dist } });
  const reply = <T>(): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const failed = (error: Error): void => reject(error);
      worker.once('error', failed);
      worker.once('message', (message: { ok: true; value: T } | { ok: false; error: string }) => {
        worker.off('error', failed);
        if (message.ok) resolve(message.value);
        else reject(new Error(message.error));
      });
    });
  // Started and watching, or failed to (then the build indexes the finished site instead).
  await reply<null>().catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  let asked = false;
  const ask = async <T>(command: 'finish' | 'abort'): Promise<T | undefined> => {
    if (asked) return undefined; // an abort after a failed finish: the worker is gone already
    asked = true;
    const answer = reply<T>();
    worker.postMessage(command);
    try {
      return await answer;
    } finally {
      await worker.terminate();
    }
  };
  return {
    finish: async () => (await ask<LiveIndexResult>('finish')) ?? Promise.reject(new Error('pagefind: the live index was stopped')),
    abort: async () => void (await ask<void>('abort')),
  };
}

/**
 * Indexes `dist` with Pagefind's Node API while Astro writes it (in the calling thread). Astro writes one
 * page at a time, so a page is handed to Pagefind once the next one appears; `finish` hands it the rest,
 * and falls back to Pagefind's CLI over the finished site if any page handed over changed afterwards.
 * The index holds the same pages, words, filters and fragments as the CLI's; only its page numbers
 * follow the order pages were handed over (the CLI's follow the filesystem's directory order).
 */
export async function watchAndIndex(dist: string): Promise<LiveIndex> {
  mkdirSync(dist, { recursive: true });
  const { index, errors } = await pagefind.createIndex({});
  if (index === undefined) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  const fed = new Map<string, Seen>();
  const pending: string[] = [];
  const added: Promise<{ errors: string[] }>[] = [];
  const feed = (rel: string): void => {
    const file = path.join(dist, rel);
    const seen = statPage(file);
    if (seen === null) return; // removed (Astro empties dist/ first); a new page of that name comes back through the watcher
    fed.set(rel, seen);
    // Pagefind reads the file itself (after this stat, so a later write shows at the end): no page
    // text crosses the pipe, which costs Astro's thread a third of a millisecond a page.
    if (literal.test(rel)) added.push(index.addDirectory({ path: dist, glob: rel }));
    else added.push(index.addHTMLFile({ sourcePath: rel, content: readFileSync(file, 'utf8') }));
  };
  const watchers = new Map<string, FSWatcher>();
  // One watch per folder, not Node's recursive watch (a watch and a stat per file): a folder's new
  // entry is a page or a folder to watch in turn, and is read once the next entry appears.
  const entry = (rel: string): void => {
    if (isIndexedPage(rel)) {
      if (fed.has(rel) || pending.includes(rel)) return;
      pending.push(rel);
      while (pending.length > 1) feed(pending.shift()!);
    } else if (!unindexedFolder(rel)) follow(rel);
  };
  const follow = (rel: string, scan = true): void => {
    // A folder's name comes back when it is removed or made again (Astro empties dist/ first).
    watchers.get(rel)?.close();
    watchers.delete(rel);
    const dir = path.join(dist, rel);
    try {
      if (!statSync(dir).isDirectory()) return;
      watchers.set(rel, watch(dir, (_event, name) => name !== null && entry(rel === '' ? name : `${rel}/${name}`)));
      // Entries made before the watch began.
      if (scan) for (const name of readdirSync(dir)) entry(rel === '' ? name : `${rel}/${name}`);
    } catch {
      // not a folder, or gone again: nothing to watch
    }
  };
  // What dist/ holds now is the last build's, which Astro removes first: only what comes after is read.
  follow('', false);
  const stop = (): void => {
    for (const w of watchers.values()) w.close();
    watchers.clear();
  };
  return {
    async finish() {
      stop();
      const readEarly = fed.size;
      const pages = indexedPages(dist);
      // A site the glob cannot list folder by folder is indexed as the CLI would, from the finished site.
      const changed = pagesGlob(dist) === everyPage || [...fed].some(([rel, seen]) => !unchanged(path.join(dist, rel), seen));
      if (!changed) for (const rel of pages) if (!fed.has(rel)) feed(rel);
      const failures = (await Promise.all(added)).flatMap((r) => r.errors);
      if (changed || failures.length > 0) {
        await pagefind.close();
        return { pages: await indexSite(dist), readEarly: 0 };
      }
      const out = path.join(dist, 'pagefind');
      try {
        const written = await index.writeFiles({ outputPath: out });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
      } catch (error) {
        rmSync(out, { recursive: true, force: true }); // no half index
        throw error;
      } finally {
        await pagefind.close();
      }
      return { pages: indexedCount(dist), readEarly };
    },
    async abort() {
      stop();
      await Promise.allSettled(added);
      await pagefind.close();
    },
  };
}

/** Whether a page still has the size and time it had when read. */
function unchanged(file: string, seen: Seen): boolean {
  const now = statPage(file);
  return now !== null && now.size === seen.size && now.mtimeMs === seen.mtimeMs;
}
