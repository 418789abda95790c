import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../pipeline/analyze.ts';
import { sniffBom, sniffUtf16WithoutBom } from '../pipeline/decode.ts';
import { computeStoryParts, finishDataset, planDataset, type ArticleDigests, type Dataset, type DatasetCaches, type DatasetPlan, type Editorial, type StoryParts } from '../pipeline/dataset.ts';
import type { ArticleFeatures } from '../pipeline/stories.ts';
import { rememberFraming } from '../pipeline/framing.ts';
import { loadLexicons, type Lexicons } from '../pipeline/lexicons.ts';
import type { AnalyzedArticle, ArticleDoc, Problem } from '../pipeline/types.ts';
import type { QuoteRecord } from '../schemas/dataset.ts';
import { articleMdx, speakerMdx, storyMdx } from '../emit/entries.ts';
import { quoteCsvRow, quotesCsvHeader } from '../emit/csv.ts';
import { jsonLine, writeJsonArray } from '../emit/json.ts';
import { STORY_INDEX_FILE, publishedStory, storyIndexLine, type PublishedPair, type PublishedStory } from '../emit/story-files.ts';
import { pairFile } from '../pipeline/ids.ts';
import { buildReport, reportJson } from './report.ts';
import { deserializeAnalyzed, generatorVersion, openCache, type CacheStats } from './cache.ts';
import { createProgress, type Progress } from './progress.ts';
import { OutputWriter, inputsHash, jsonArrayLayout, linesLayout, type ElementLayout } from './reuse.ts';
import { openPool, poolSize, type AnalyzeJob, type Pool, type PoolJob } from './pool.ts';

/** Largest seed read: a news article is rarely over 100 KB, and the pipeline's cost grows faster than the size. */
export const maxSeedBytes = 1_000_000;

export interface IngestOptions {
  /** Folder of `*.txt` seeds (and optional `<name>.meta.json` sidecars). */
  seeds: string;
  /** Output folder of the generated collections; the data set goes to `<out>/data/`. */
  out: string;
  /** Folder of editor-maintained data (`speakers.json`, `stories.json`). */
  editorial?: string;
  /** Folder of lexicons (`terms.json`, `verbs.json`, `sides.json`). */
  lexicons?: string;
  log?: (line: string) => void;
  /** Folder of the analysis cache (see cache.ts); null or absent: every seed is analysed. */
  cache?: string | null;
  /** Show progress (bar on a terminal, a line every 10% otherwise) when there are at least this many seeds. */
  progressFrom?: number;
  /** Worker threads for analysing seeds (default: one per core; 1 or less analyses on the main thread). */
  workers?: number;
  /** Fewest seeds to analyse for which workers are started (see pool.ts). */
  parallelFrom?: number;
}

export interface IngestResult {
  dataset: Dataset;
  problems: Problem[];
  /** Seed files read (not counting sidecars). */
  files: number;
  /** Seeds served from the analysis cache and seeds analysed, when a cache was used. */
  cache?: CacheStats;
  /** Worker threads that analysed seeds (0: all on the main thread). */
  workers: number;
  /** The lexicons the data set was built with (their words decide framing and alignments). */
  lexicons?: Lexicons;
  /** Article pages (MDX) the pool's workers rendered with their stories, by article id; `writeOutput` renders the others. */
  pages?: Map<string, string>;
  /** Lets go of the analysis cache's files, which lazy story records read until the output is written. */
  release?: () => void;
}

function readJson(file: string, problems: Problem[], shown = file): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    const where = /line (\d+) column (\d+)/.exec((error as Error).message);
    const near = where === null ? '' : ` (the mistake is near line ${where[1]}, column ${where[2]})`;
    problems.push({ file: shown, severity: 'error', code: 'bad-json', message: `is not valid JSON, so it was ignored${near}` });
    return undefined;
  }
}

/** Lists seed files; anything that is not a `.txt` seed or its sidecar is reported, not read. */
async function listSeeds(dir: string, problems: Problem[]): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const seeds: string[] = [];
  const stems = new Set(entries.map((d) => d.name.replace(/\.txt$/i, '')));
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.')) continue;
    if (!entry.isFile()) {
      problems.push({ file: name, severity: 'warning', code: 'not-a-file', message: 'is a folder or a link, not a file; articles inside folders are not read' });
    } else if (name.toLowerCase().endsWith('.txt')) seeds.push(name);
    else if (name.endsWith('.meta.json')) {
      if (!stems.has(name.slice(0, -'.meta.json'.length))) {
        problems.push({ file: name, severity: 'warning', code: 'orphan-sidecar', message: 'is a metadata file without an article of the same name, so it was not used' });
      }
    } else {
      problems.push({ file: name, severity: 'warning', code: 'not-a-seed', message: 'is not a .txt file, so it was not read as an article' });
    }
  }
  return seeds;
}

const signatures: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word or OpenDocument file)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old-style Office document'],
];

/** What a binary file is ("a PNG image", "binary data"), or null for text; UTF-16 text is text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [magic, kind] of signatures) if (magic.every((b, i) => bytes[i] === b)) return kind;
  if (sniffBom(bytes) !== null || sniffUtf16WithoutBom(bytes) !== null) return null;
  const head = bytes.subarray(0, 8192);
  let zeros = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0) zeros++;
  // A stray NUL is pasted noise (shown as “�”); many are the mark of a binary format.
  return zeros > 8 && zeros / head.length > 0.01 ? 'binary data' : null;
}

/** Reads one seed's bytes, or reports why it cannot be read (too large, unreadable) and returns null. */
function readSeed(file: string, name: string, problems: Problem[]): Buffer | null {
  try {
    const { size } = statSync(file);
    if (size > maxSeedBytes) {
      const mb = (size / 1_000_000).toFixed(1);
      problems.push({ file: name, severity: 'error', code: 'too-large', message: `not published: the file is ${mb} MB, far larger than a news article (the limit is ${maxSeedBytes / 1_000_000} MB)` });
      return null;
    }
    const bytes = readFileSync(file);
    const kind = binaryKind(bytes);
    if (kind !== null) {
      problems.push({ file: name, severity: 'error', code: 'not-text', message: `not published: the file is ${kind}, not text` });
      return null;
    }
    return bytes;
  } catch (error) {
    problems.push({ file: name, severity: 'error', code: 'unreadable', message: `could not be opened (${(error as NodeJS.ErrnoException).code ?? 'read error'})` });
    return null;
  }
}

/**
 * Jobs in the order the pool is fed them: the costliest first, so no worker is left with a large
 * one while the others wait at the end of a phase (replies are matched by index, so the results are the same).
 */
export function largestFirst<T>(jobs: readonly T[], cost: (job: T) => number): T[] {
  return jobs.map((job, i) => ({ job, i, c: cost(job) })).sort((a, b) => b.c - a.c || a.i - b.i).map((x) => x.job);
}

/** Runs the pipeline over a folder of seeds and returns the data set (no files written). */
export async function analyzeFolder(options: IngestOptions): Promise<IngestResult> {
  const problems: Problem[] = [];
  const names = await listSeeds(options.seeds, problems);
  const cache = options.cache === undefined || options.cache === null ? null : openCache(options.cache);
  const progress = names.length >= (options.progressFrom ?? Infinity) ? createProgress({ label: 'ingest: analysing seeds', total: names.length }) : null;
  // Problems are kept per seed, so they are listed in the order of the seeds however the work is spread.
  const seedProblems: Problem[][] = names.map(() => []);
  const results: (AnalyzedArticle | null)[] = names.map(() => null);
  const todo: AnalyzeJob[] = [];
  names.forEach((name, index) => {
    const bytes = readSeed(path.join(options.seeds, name), name, seedProblems[index]!);
    if (bytes === null) {
      progress?.tick();
      return;
    }
    const sidecarFile = path.join(options.seeds, name.replace(/\.txt$/i, '.meta.json'));
    const sidecar = readJson(sidecarFile, seedProblems[index]!, path.basename(sidecarFile));
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const hit = cache?.lookup(name, view, sidecar);
    if (hit !== undefined) {
      results[index] = hit;
      progress?.tick();
    } else todo.push({ kind: 'analyze', index, file: name, bytes: view, sidecar });
  });
  // A bug must not cost the rest of the corpus: a seed that fails is reported and the others go on.
  const failed = (index: number, message: string): void => {
    seedProblems[index]!.push({ file: names[index]!, severity: 'error', code: 'analysis-failed', message: `could not be analysed (${message})` });
  };
  const editorialDir = options.editorial ?? 'content/editorial';
  const { lexicons, problems: lexiconProblems } = loadLexicons(options.lexicons ?? 'content/lexicons');
  const cores = options.workers === undefined ? {} : { cores: options.workers };
  // One pool for both phases, started when a phase has enough work for it (and not after a worker died).
  const state: { pool: Pool | null; broken: boolean; workers: number } = { pool: null, broken: false, workers: 0 };
  const poolFor = (jobs: number): Pool | null => {
    if (state.pool !== null || state.broken) return state.pool;
    const size = poolSize(jobs, { ...cores, ...(options.parallelFrom === undefined ? {} : { from: options.parallelFrom }) });
    if (size > 0) {
      state.pool = openPool(size, { lexicons });
      state.workers = size;
    }
    return state.pool;
  };
  try {
    const done = new Set<number>();
    const jobOf = new Map(todo.map((j) => [j.index, j]));
    const featuresFromWorkers = new Map<ArticleDoc, ArticleFeatures>();
    const digestsFromWorkers = new Map<ArticleDoc, ArticleDigests>();
    const analysisPool = poolFor(todo.length);
    if (analysisPool !== null) {
      try {
        await analysisPool.run(largestFirst(todo, (j) => j.bytes.length), (reply) => {
          const job = jobOf.get(reply.index);
          done.add(reply.index);
          progress?.tick();
          if (job === undefined) return;
          if ('error' in reply) failed(reply.index, reply.error);
          else if ('json' in reply) {
            const analysis = cache === null ? deserializeAnalyzed(reply.json) : cache.store(job.file, job.bytes, job.sidecar, reply.json);
            results[reply.index] = analysis;
            featuresFromWorkers.set(analysis.doc, reply.features);
            digestsFromWorkers.set(analysis.doc, reply.digests);
          }
        });
      } catch {
        // A worker died (out of memory, say): what it had not finished is analysed here.
        state.broken = true;
        state.pool = null;
      }
    }
    for (const job of todo) {
      if (done.has(job.index)) continue;
      progress?.tick();
      try {
        results[job.index] = cache === null ? analyzeArticle(job.file, job.bytes, job.sidecar) : cache.analyze(job.file, job.bytes, job.sidecar);
      } catch (error) {
        failed(job.index, (error as Error).message);
      }
    }
    progress?.done();
    problems.push(...seedProblems.flat());
    const analyzed = results.filter((r): r is AnalyzedArticle => r !== null);
    problems.push(...lexiconProblems);
    const editorial: Editorial = {
      lexicons,
      speakers: readJson(path.join(editorialDir, 'speakers.json'), problems) as Editorial['speakers'],
      stories: readJson(path.join(editorialDir, 'stories.json'), problems) as Editorial['stories'],
    };
    const stored = cache?.datasetCaches(lexicons) ?? {};
    // Features and digests the workers computed are used (and kept in the cache) like stored ones.
    for (const [doc, f] of featuresFromWorkers) stored.features?.set(doc, f);
    for (const [doc, d] of digestsFromWorkers) stored.digests?.set(doc, d);
    const caches: DatasetCaches = {
      ...stored,
      features: { get: (doc) => featuresFromWorkers.get(doc) ?? stored.features?.get(doc), set: (doc, f) => stored.features?.set(doc, f) },
      digests: { get: (doc) => digestsFromWorkers.get(doc) ?? stored.digests?.get(doc), set: (doc, d) => stored.digests?.set(doc, d) },
    };
    const plan = planDataset(analyzed, editorial, caches);
    const pages = new Map<string, string>();
    const parts = await storyPartsOf(plan, lexicons, poolFor, pages, (total) => (total >= (options.progressFrom ?? Infinity) ? createProgress({ label: 'ingest: comparing stories', total }) : null));
    const dataset = finishDataset(plan, parts);
    cache?.pack();
    problems.push(...dataset.problems);
    return { dataset, problems, files: names.length, workers: state.workers, lexicons, pages, ...(cache === null ? {} : { cache: cache.stats, release: cache.close }) };
  } finally {
    state.pool?.close();
  }
}

/**
 * Every story's parts, in the order of the plan's tasks: from the cache, from the pool's workers
 * when there are many to compute, else on this thread. Framing and article pages the workers computed are kept.
 */
async function storyPartsOf(
  plan: DatasetPlan,
  lexicons: Lexicons,
  poolFor: (jobs: number) => Pool | null,
  pages: Map<string, string>,
  progressFor: (total: number) => Progress | null,
): Promise<StoryParts[]> {
  const { caches } = plan;
  const parts: (StoryParts | undefined)[] = plan.tasks.map((t) => caches.stories?.get(t.key));
  const missing = plan.tasks.flatMap((task, index) => (parts[index] === undefined ? [{ task, index }] : []));
  const fresh = new Set(missing.map((m) => m.index));
  const progress = progressFor(missing.length);
  const pool = poolFor(missing.length);
  if (pool !== null) {
    const jobs: PoolJob[] = missing.map(({ task, index }) => ({ kind: 'story', index, group: task.group, members: task.members, sources: task.analyses.map((a) => a.source) }));
    // A story's cost grows with its articles' length and with the pairs it compares.
    const cost = (j: PoolJob): number => (j.kind === 'story' ? j.sources.reduce((n, s) => n + s.length, 0) * j.members.length : 0);
    try {
      await pool.run(largestFirst(jobs, cost), (reply) => {
        const task = plan.tasks[reply.index];
        if (task === undefined || !('parts' in reply)) return;
        progress?.tick();
        parts[reply.index] = reply.parts;
        task.members.forEach((m, i) => {
          const framing = reply.framings[i];
          if (framing !== undefined) rememberFraming(m, lexicons, framing);
          const page = reply.pages[i];
          // Rendered for this story: kept only if the article is published under it.
          if (page !== undefined && plan.storyOf.get(m.doc.id) === task.group.id) pages.set(m.doc.id, page);
        });
      });
    } catch {
      // A worker died: the stories it had not finished are computed below.
    }
  }
  const all = plan.tasks.map((task, index) => {
    let p = parts[index];
    if (p === undefined) {
      p = computeStoryParts(task, lexicons);
      progress?.tick();
    }
    if (fresh.has(index)) caches.stories?.set(task.key, p);
    return p;
  });
  progress?.done();
  return all;
}

/** True when a process with this id is running (staging folders are named after their writer's pid). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Tidies what an interrupted run left beside `out`: staging folders of writers that are gone are
 * removed, and if the run died between the two renames of the swap, the previous output is put back.
 */
export async function cleanStaleOutput(out: string): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const base = path.basename(path.resolve(out));
  if (!existsSync(dir)) return;
  for (const name of (await readdir(dir)).sort()) {
    const match = /^(.*)\.(staging|old)-(\d+)$/.exec(name);
    if (match === null || match[1] !== base || isRunning(Number(match[3]))) continue;
    const leftover = path.join(dir, name);
    if (match[2] === 'old' && !existsSync(out)) await rename(leftover, out);
    else await rm(leftover, { recursive: true, force: true });
  }
}

/** quotes.csv: the header, then one row per quote, each line ending in CRLF. */
const csvLayout: ElementLayout = { head: `${quotesCsvHeader}\r\n`, between: '\r\n', tail: '\r\n', empty: `${quotesCsvHeader}\r\n` };

/** Writes the collections and the data set into a fresh folder, then swaps it in whole. */
export async function writeOutput(result: IngestResult, out: string): Promise<void> {
  await cleanStaleOutput(out);
  const staging = `${out}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const { dataset } = result;
  for (const dir of ['articles', 'speakers', 'stories', 'data/pairs', path.dirname(`data/${STORY_INDEX_FILE}`)]) mkdirSync(path.join(staging, dir), { recursive: true });
  // Unchanged files are linked from the previous output; writes are synchronous (thousands of small files).
  const writer = new OutputWriter(staging, existsSync(out) ? out : null);
  const quotesOf = new Map<string, QuoteRecord[]>();
  for (const q of dataset.quotes) {
    const list = quotesOf.get(q.article);
    if (list === undefined) quotesOf.set(q.article, [q]);
    else list.push(q);
  }
  // An article's hash covers its record, its quotes' records and its text: its page, its element of
  // articles.json and its quotes' elements of quotes.json and quotes.csv are made from nothing else.
  const articleHash = new Map<string, string>();
  for (const article of dataset.articles) {
    const source = dataset.sources.get(article.id) ?? '';
    const quotes = quotesOf.get(article.id) ?? [];
    const hash = inputsHash(JSON.stringify([article, quotes]), source);
    articleHash.set(article.id, hash);
    writer.file(`articles/${article.id}.mdx`, hash, () => result.pages?.get(article.id) ?? articleMdx(article, quotes, source));
  }
  for (const speaker of dataset.speakers) writer.file(`speakers/${speaker.id}.mdx`, inputsHash(JSON.stringify(speaker)), () => speakerMdx(speaker));
  writer.elements('data/articles.json', jsonArrayLayout, dataset.articles.map((a) => articleHash.get(a.id)!), (i) => jsonLine(dataset.articles[i]));
  // quotes.json and quotes.csv list the quotes article by article: one element per run of an article's quotes.
  const runs: QuoteRecord[][] = [];
  for (const q of dataset.quotes) {
    const last = runs.at(-1);
    if (last !== undefined && last[0]!.article === q.article) last.push(q);
    else runs.push([q]);
  }
  const seen = new Map<string, number>();
  const runHashes = runs.map((run) => {
    const article = run[0]!.article;
    const n = seen.get(article) ?? 0;
    seen.set(article, n + 1);
    return inputsHash(articleHash.get(article) ?? JSON.stringify(run), String(n));
  });
  writer.elements('data/quotes.json', jsonArrayLayout, runHashes, (i) => runs[i]!.map(jsonLine).join(jsonArrayLayout.between));
  writer.elements('data/quotes.csv', csvLayout, runHashes, (i) => runs[i]!.map(quoteCsvRow).join(csvLayout.between));
  writeJsonArray(path.join(staging, 'data', 'speakers.json'), dataset.speakers, { oneLine: true });
  // Each pair's sentence alignment is a file of its own (data/pairs/<a>--<b>.json), read only by its
  // compare page; stories.json keeps each pair's summary and where its alignment is.
  // An alignment depends on its story's inputs, the lexicons and the pipeline's code.
  const pairInputs = inputsHash(generatorVersion(), JSON.stringify(result.lexicons ?? null));
  const storyHashes: string[] = [];
  const storyLines: (() => string)[] = [];
  const storiesWritten: (() => PublishedStory)[] = [];
  for (const story of dataset.stories) {
    const pairs: PublishedPair[] = [];
    const key = dataset.storyKeys.get(story.id) ?? null;
    for (const pair of story.pairs) {
      const file = pairFile(pair.a, pair.b);
      // Without a story key (never expected) the hash is unique, so the file is written.
      const hash = key === null ? inputsHash(JSON.stringify(pair.alignment)) : inputsHash(pairInputs, key, pair.a, pair.b);
      writer.file(`data/${file}`, hash, () => `${jsonLine(pair.alignment)}\n`);
      pairs.push({ a: pair.a, b: pair.b, url: pair.url, data: `/data/${file}`, alignment: { summary: pair.alignment.summary } });
    }
    // A light index line per story, so the site never parses every story's framing at once (src/emit/story-files.ts);
    // like an alignment, a story's record depends on its inputs, the lexicons and the pipeline's code.
    // Its lines of stories.json and of the index are made (and a cached record's framing
    // read) only if one is not reused.
    let written: PublishedStory | undefined;
    const writtenOf = (): PublishedStory => (written ??= publishedStory(story, pairs));
    let line: string | undefined;
    const lineOf = (): string => (line ??= JSON.stringify(writtenOf()));
    const storyHash = key === null ? inputsHash(lineOf()) : inputsHash(pairInputs, key);
    storyHashes.push(storyHash);
    storyLines.push(lineOf);
    storiesWritten.push(writtenOf);
    writer.file(`stories/${story.id}.mdx`, inputsHash(JSON.stringify(story.id), story.title, JSON.stringify(story.articles)), () => storyMdx(story));
  }
  writer.elements(`data/${STORY_INDEX_FILE}`, linesLayout, storyHashes, (i) => storyIndexLine(storiesWritten[i]!()));
  // One story per line: indentation would make the framing evidence of a large corpus half again as big.
  writer.elements('data/stories.json', jsonArrayLayout, storyHashes, (i) => storyLines[i]!());
  const counts = { articles: dataset.articles.length, quotes: dataset.quotes.length, speakers: dataset.speakers.length, stories: dataset.stories.length };
  writeFileSync(path.join(staging, 'build-report.json'), reportJson(buildReport({ files: result.files, counts, skipped: dataset.skipped, problems: result.problems })));
  writer.finish();
  // Swap: the previous output stays whole until the new one is complete.
  const old = `${out}.old-${process.pid}`;
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  if (existsSync(out)) await rename(out, old);
  await rename(staging, out);
  // Synchronous: Node removes a tree natively then, several times faster than the promise API.
  rmSync(old, { recursive: true, force: true });
}
