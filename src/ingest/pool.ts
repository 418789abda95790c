/**
 * Using several cores: a small pool of worker threads (pipeline-worker.ts) that analyse seeds and
 * compute stories' parts. Seeds are independent of each other, and so are stories once grouped,
 * so the results are the same as on one thread; replies are matched to jobs by index.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CorpusArticle } from '../pipeline/corpus.ts';
import type { ArticleDigests, StoryParts } from '../pipeline/dataset.ts';
import type { ArticleFraming } from '../pipeline/framing.ts';
import type { Lexicons } from '../pipeline/lexicons.ts';
import type { ArticleFeatures, StoryGroup } from '../pipeline/stories.ts';

/** One seed to analyse. */
export interface AnalyzeJob {
  kind: 'analyze';
  index: number;
  file: string;
  bytes: Uint8Array;
  sidecar: unknown;
}

/** One story whose parts to compute: its articles, with their texts as read (for the offset maps). */
export interface StoryJob {
  kind: 'story';
  index: number;
  group: StoryGroup;
  members: CorpusArticle[];
  sources: string[];
}

export type PoolJob = AnalyzeJob | StoryJob;

/** A worker's answer: the analysis as the cache's JSON (with its grouping features and digests), a story's parts with its articles' framing and pages (MDX), or why it failed. */
export type PoolReply =
  | { index: number; json: string; features: ArticleFeatures; digests: ArticleDigests }
  | { index: number; parts: StoryParts; framings: ArticleFraming[]; pages: string[] }
  | { index: number; error: string };

/**
 * Grouping features as a worker sends them: each key as its place in the keys that worker has sent
 * so far (`at`), with the keys it sends for the first time (`fresh`, in the order of their places).
 * Most keys recur from article to article, so few strings cross, and the main thread hashes each
 * distinct key once instead of once per article.
 */
export interface SentFeatures {
  at: number[];
  fresh: string[];
  weights: number[];
  display: (string | null)[];
}

/** An analysis reply as it crosses from the worker: its features as sent (see SentFeatures). */
export type WorkerReply = { index: number; json: string; sent: SentFeatures; digests: ArticleDigests };

/** What every worker is started with. */
export interface PoolData {
  lexicons: Lexicons | null;
}

/** How many workers to start for `jobs` jobs: one per core, none on one core or for a few jobs. */
export function poolSize(jobs: number, options: { cores?: number; from?: number } = {}): number {
  const cores = options.cores ?? availableParallelism();
  // Starting a worker (loading the pipeline) costs about as much as analysing a dozen seeds.
  if (cores < 2 || jobs < (options.from ?? 48)) return 0;
  return Math.min(cores, 8, Math.ceil(jobs / 16));
}

/** Workers kept between batches of jobs (analysis, then stories), so the pipeline loads once per worker. */
export interface Pool {
  size: number;
  /**
   * Runs `jobs`; `onReply` gets every reply as it arrives. Rejects if a worker dies (the caller then
   * does what is left itself, and the pool is closed); a failing job is a reply, not a death.
   */
  run: (jobs: readonly PoolJob[], onReply: (reply: PoolReply) => void) => Promise<void>;
  close: () => void;
}

/**
 * Turns the features a worker sent back into keys, as places in one table of keys for the whole
 * pool (the `shared` table story grouping reads each distinct key of once); `local` maps the
 * worker's places to the table's.
 */
export function receiveFeatures(sent: SentFeatures, local: number[], table: { keys: string[]; place: Map<string, number> }): ArticleFeatures {
  for (const key of sent.fresh) {
    let place = table.place.get(key);
    if (place === undefined) {
      place = table.keys.length;
      table.keys.push(key);
      table.place.set(key, place);
    }
    local.push(place);
  }
  const at = sent.at.map((p) => local[p]!);
  return { keys: at.map((p) => table.keys[p]!), weights: sent.weights, display: sent.display, shared: { table: table.keys, at } };
}

/** Starts `size` workers (see poolSize). */
export function openPool(size: number, data: PoolData): Pool {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./pipeline-worker.ts', import.meta.url), { workerData: data }));
  const table = { keys: [] as string[], place: new Map<string, number>() };
  // Per worker, its places of keys → places in `table` (a worker's replies arrive in the order it sent them).
  const locals = workers.map((): number[] => []);
  let closed = false;
  const close = (): void => {
    closed = true;
    for (const w of workers) void w.terminate();
  };
  const run = (jobs: readonly PoolJob[], onReply: (reply: PoolReply) => void): Promise<void> =>
    new Promise((resolve, reject) => {
      if (closed) {
        reject(new Error('the pool is closed'));
        return;
      }
      let next = 0;
      let pending = jobs.length;
      if (pending === 0) {
        resolve();
        return;
      }
      const listeners: [Worker, (reply: PoolReply) => void, (error: Error) => void][] = [];
      const detach = (): void => {
        for (const [w, message, error] of listeners) {
          w.off('message', message);
          w.off('error', error);
        }
      };
      const feed = (worker: Worker): void => {
        const job = jobs[next++];
        if (job !== undefined) worker.postMessage(job);
      };
      workers.forEach((worker, w) => {
        const message = (received: PoolReply | WorkerReply): void => {
          let reply: PoolReply;
          if ('sent' in received) {
            const { sent, ...rest } = received;
            reply = { ...rest, features: receiveFeatures(sent, locals[w]!, table) };
          } else reply = received;
          onReply(reply);
          if (--pending === 0) {
            detach();
            resolve();
          } else feed(worker);
        };
        const error = (e: Error): void => {
          detach();
          close();
          reject(e);
        };
        worker.on('message', message);
        worker.on('error', error);
        listeners.push([worker, message, error]);
        feed(worker);
      });
    });
  return { size, run, close };
}
