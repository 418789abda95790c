/** The worker thread of `startLiveIndex` (src/ingest/pagefind-live.ts): watches and indexes `workerData.dist`. */
import { parentPort, workerData } from 'node:worker_threads';
import { watchAndIndex } from './pagefind-live.ts';

const port = parentPort!;
const answer = (work: Promise<unknown>): Promise<void> =>
  work.then(
    (value) => port.postMessage({ ok: true, value: value ?? null }),
    (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );

const started = watchAndIndex((workerData as { dist: string }).dist);
await answer(started.then(() => null));
port.once('message', (command: 'finish' | 'abort') => {
  void answer(started.then((live): Promise<unknown> => (command === 'finish' ? live.finish() : live.abort())));
});
