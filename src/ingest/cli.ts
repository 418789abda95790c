import { existsSync } from 'node:fs';
import { analyzeFolder, writeOutput, type IngestOptions } from './run.ts';
import type { Problem } from '../pipeline/types.ts';

/** Exit codes of the generator, documented in the README. */
export const exitCodes = { ok: 0, nothingBuilt: 1, strictProblems: 2, usage: 64 } as const;

/** One line per problem: the file first, then the reason. */
export function formatProblem(p: Problem): string {
  return `  ${p.severity === 'error' ? 'error  ' : 'warning'} ${p.file}: ${p.message}`;
}

/** Runs the ingest with console output and returns the exit code. */
export async function runIngest(options: IngestOptions & { strict?: boolean }): Promise<number> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!existsSync(options.seeds)) {
    log(`ingest: the seeds folder "${options.seeds}" does not exist`);
    return exitCodes.nothingBuilt;
  }
  const result = await analyzeFolder(options);
  const { dataset, problems } = result;
  if (dataset.articles.length === 0) {
    log(`ingest: no article could be built from ${result.files} file(s) in ${options.seeds}`);
    for (const p of problems) log(formatProblem(p));
    return exitCodes.nothingBuilt;
  }
  await writeOutput(result, options.out);
  log(
    `ingest: ${dataset.articles.length} articles, ${dataset.quotes.length} quotes, ${dataset.speakers.length} speakers, ` +
      `${dataset.stories.length} stories, ${problems.length} problems → ${options.out}`,
  );
  for (const p of problems) log(formatProblem(p));
  if (options.strict === true && problems.length > 0) return exitCodes.strictProblems;
  return exitCodes.ok;
}
