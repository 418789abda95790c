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

/** A worker's answer: the analysis as the cache's JSON (with its grouping features and digests), a story's parts and its articles' framing, or why it failed. */
export type PoolReply =
  | { index: number; json: string; features: ArticleFeatures; digests: ArticleDigests }
  | { index: number; parts: StoryParts; framings: ArticleFraming[] }
  | { index: number; error: string };

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

/** Starts `size` workers (see poolSize). */
export function openPool(size: number, data: PoolData): Pool {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./pipeline-worker.ts', import.meta.url), { workerData: data }));
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
      for (const worker of workers) {
        const message = (reply: PoolReply): void => {
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
      }
    });
  return { size, run, close };
}
