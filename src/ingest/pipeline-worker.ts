/**
 * A worker thread of the pool (see pool.ts): analyses seeds (replying with the cache's JSON and the
 * seed's story-grouping features) and
 * computes stories' parts (replying with the parts and the framing of the story's articles).
 */
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Lexicons } from '../pipeline/lexicons.ts';
import type { PoolData, PoolJob, PoolReply, SentFeatures, StoryJob, WorkerReply } from './pool.ts';
import type { ArticleFeatures } from '../pipeline/stories.ts';

// A worker is a Node instance of its own: it reads the compiled (type-stripped) pipeline from Node's
// compile cache only if it enables the cache itself, before it imports the pipeline (about half its start).
module.enableCompileCache?.();
const { analyzeArticle } = await import('../pipeline/analyze.ts');
const { articleDigests, storyParts } = await import('../pipeline/dataset.ts');
const { articleFraming } = await import('../pipeline/framing.ts');
const { contentFeatures } = await import('../pipeline/stories.ts');
const { rebuildToOriginal, serializeAnalyzed } = await import('./cache.ts');
const { articlePageMdx } = await import('../emit/article-page.ts');

const port = parentPort;
if (port === null) throw new Error('pipeline-worker.ts runs as a worker thread of the pool');
const { lexicons } = workerData as PoolData;

// Each feature key this worker has sent, with its place (the pool keeps the same list, see pool.ts SentFeatures).
const sentKeys = new Map<string, number>();

/** Features to send: keys as places in what this worker sent before, new keys sent once. */
function toSend(f: ArticleFeatures): SentFeatures {
  const fresh: string[] = [];
  const at = f.keys.map((key) => {
    let place = sentKeys.get(key);
    if (place === undefined) {
      place = sentKeys.size;
      sentKeys.set(key, place);
      fresh.push(key);
    }
    return place;
  });
  return { at, fresh, weights: f.weights, display: f.display };
}

/** A story's parts and its articles' pages, from its articles as sent (offset maps rebuilt from the texts as read). */
function storyReply(job: StoryJob, lex: Lexicons): PoolReply {
  const maps = new Map(job.members.map((m, i) => [m.doc.id, rebuildToOriginal(job.sources[i] ?? '', m.doc.text.length)]));
  const parts = storyParts(job.group, job.members, maps, lex);
  const pages = job.members.map((m, i) => articlePageMdx(m, job.sources[i] ?? '', maps.get(m.doc.id)!, job.group.id));
  return { index: job.index, parts, framings: job.members.map((m) => articleFraming(m, lex)), pages };
}

port.on('message', (job: PoolJob) => {
  let reply: PoolReply | WorkerReply;
  try {
    if (job.kind === 'analyze') {
      const analysis = analyzeArticle(job.file, job.bytes, job.sidecar);
      // Grouping features and digests depend on the seed alone: computed here, off the main thread.
      const features = contentFeatures(analysis.doc, analysis.quotes);
      const digests = articleDigests(analysis);
      const json = serializeAnalyzed(analysis);
      // Last, once nothing can fail: the keys it records as sent must reach the pool.
      reply = { index: job.index, json, sent: toSend(features), digests };
    }
    else if (lexicons === null) reply = { index: job.index, error: 'no lexicons were given to the pool' };
    else reply = storyReply(job, lexicons);
  } catch (error) {
    reply = { index: job.index, error: (error as Error).message };
  }
  port.postMessage(reply);
});
