import { existsSync, statSync } from 'node:fs';
import { analyzeFolder, writeOutput, type IngestOptions } from './run.ts';
import { formatProblem } from './report.ts';
import { cacheDirFromEnv } from './cache.ts';

/** Exit codes of the generator, documented in the README. */
export const exitCodes = { ok: 0, nothingBuilt: 1, strictProblems: 2, usage: 64 } as const;

export { formatProblem } from './report.ts';

/** Runs the ingest with console output and returns the exit code. */
export async function runIngest(options: IngestOptions & { strict?: boolean }): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!existsSync(options.seeds) || !statSync(options.seeds).isDirectory()) {
    log(`ingest: the seeds folder "${options.seeds}" does not exist or is not a folder`);
    return exitCodes.nothingBuilt;
  }
  // The CLI caches analyses (PARALLAX_CACHE=off to disable) and shows progress for long runs.
  const result = await analyzeFolder({ cache: cacheDirFromEnv(), progressFrom: 200, ...options });
  if (result.cache !== undefined && result.cache.hits > 0) log(`ingest: ${result.cache.hits} of ${result.files} seeds unchanged, read from the cache`);
  if (result.workers > 0) log(`ingest: the analysis ran on ${result.workers} worker threads`);
  const { dataset, problems } = result;
  if (dataset.articles.length === 0) {
    result.release?.();
    log(`ingest: no article could be built from ${result.files} file(s) in ${options.seeds}`);
    for (const p of problems) log(formatProblem(p));
    return exitCodes.nothingBuilt;
  }
  try {
    await writeOutput(result, options.out);
  } finally {
    // A long-lived caller (the dev server) ingests again and again: each run's open cache files go.
    result.release?.();
  }
  log(
    `ingest: ${dataset.articles.length} articles, ${dataset.quotes.length} quotes, ${dataset.speakers.length} speakers, ` +
      `${dataset.stories.length} stories, ${problems.length} problems → ${options.out}`,
  );
  for (const p of problems) log(formatProblem(p));
  if (options.strict === true && problems.length > 0) return exitCodes.strictProblems;
  return exitCodes.ok;
}
