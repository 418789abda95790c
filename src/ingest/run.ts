import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../pipeline/analyze.ts';
import { sniffBom, sniffUtf16WithoutBom } from '../pipeline/decode.ts';
import { buildDataset, type Dataset, type Editorial } from '../pipeline/dataset.ts';
import { loadLexicons } from '../pipeline/lexicons.ts';
import type { AnalyzedArticle, Problem } from '../pipeline/types.ts';
import type { QuoteRecord } from '../schemas/dataset.ts';
import { articleMdx, speakerMdx, storyMdx } from '../emit/entries.ts';
import { quotesCsv } from '../emit/csv.ts';
import { writeJsonArray } from '../emit/json.ts';
import { pairFile } from '../pipeline/ids.ts';
import { buildReport, reportJson } from './report.ts';
import { openCache, type CacheStats } from './cache.ts';
import { createProgress } from './progress.ts';

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
}

export interface IngestResult {
  dataset: Dataset;
  problems: Problem[];
  /** Seed files read (not counting sidecars). */
  files: number;
  /** Seeds served from the analysis cache and seeds analysed, when a cache was used. */
  cache?: CacheStats;
}

async function readJson(file: string, problems: Problem[], shown = file): Promise<unknown> {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
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
  const zeros = head.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  // A stray NUL is pasted noise (shown as “�”); many are the mark of a binary format.
  return zeros > 8 && zeros / head.length > 0.01 ? 'binary data' : null;
}

/** Reads one seed's bytes, or reports why it cannot be read (too large, unreadable) and returns null. */
async function readSeed(file: string, name: string, problems: Problem[]): Promise<Buffer | null> {
  try {
    const { size } = await stat(file);
    if (size > maxSeedBytes) {
      const mb = (size / 1_000_000).toFixed(1);
      problems.push({ file: name, severity: 'error', code: 'too-large', message: `not published: the file is ${mb} MB, far larger than a news article (the limit is ${maxSeedBytes / 1_000_000} MB)` });
      return null;
    }
    const bytes = await readFile(file);
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

/** Runs the pipeline over a folder of seeds and returns the data set (no files written). */
export async function analyzeFolder(options: IngestOptions): Promise<IngestResult> {
  const problems: Problem[] = [];
  const names = await listSeeds(options.seeds, problems);
  const analyzed: AnalyzedArticle[] = [];
  const cache = options.cache === undefined || options.cache === null ? null : openCache(options.cache);
  const analyze = cache === null ? analyzeArticle : cache.analyze;
  const progress = names.length >= (options.progressFrom ?? Infinity) ? createProgress({ label: 'ingest: analysing seeds', total: names.length }) : null;
  for (const name of names) {
    progress?.tick();
    const bytes = await readSeed(path.join(options.seeds, name), name, problems);
    if (bytes === null) continue;
    const sidecarFile = path.join(options.seeds, name.replace(/\.txt$/i, '.meta.json'));
    const sidecar = await readJson(sidecarFile, problems, path.basename(sidecarFile));
    try {
      analyzed.push(analyze(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), sidecar));
    } catch (error) {
      // A bug must not cost the rest of the corpus: report the file and go on.
      problems.push({ file: name, severity: 'error', code: 'analysis-failed', message: `could not be analysed (${(error as Error).message})` });
    }
  }
  progress?.done();
  const editorialDir = options.editorial ?? 'content/editorial';
  const { lexicons, problems: lexiconProblems } = loadLexicons(options.lexicons ?? 'content/lexicons');
  problems.push(...lexiconProblems);
  const editorial: Editorial = {
    lexicons,
    speakers: (await readJson(path.join(editorialDir, 'speakers.json'), problems)) as Editorial['speakers'],
    stories: (await readJson(path.join(editorialDir, 'stories.json'), problems)) as Editorial['stories'],
  };
  const dataset = buildDataset(analyzed, editorial, cache?.datasetCaches(lexicons));
  problems.push(...dataset.problems);
  return { dataset, problems, files: names.length, ...(cache === null ? {} : { cache: cache.stats }) };
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

/** Writes the collections and the data set into a fresh folder, then swaps it in whole. */
export async function writeOutput(result: IngestResult, out: string): Promise<void> {
  await cleanStaleOutput(out);
  const staging = `${out}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const { dataset } = result;
  for (const dir of ['articles', 'speakers', 'stories', 'data']) await mkdir(path.join(staging, dir), { recursive: true });
  const quotesOf = new Map<string, QuoteRecord[]>();
  for (const q of dataset.quotes) {
    const list = quotesOf.get(q.article);
    if (list === undefined) quotesOf.set(q.article, [q]);
    else list.push(q);
  }
  for (const article of dataset.articles) {
    const source = dataset.sources.get(article.id) ?? '';
    await writeFile(path.join(staging, 'articles', `${article.id}.mdx`), articleMdx(article, quotesOf.get(article.id) ?? [], source));
  }
  for (const speaker of dataset.speakers) await writeFile(path.join(staging, 'speakers', `${speaker.id}.mdx`), speakerMdx(speaker));
  for (const story of dataset.stories) await writeFile(path.join(staging, 'stories', `${story.id}.mdx`), storyMdx(story));
  await writeJsonArray(path.join(staging, 'data', 'articles.json'), dataset.articles);
  await writeJsonArray(path.join(staging, 'data', 'quotes.json'), dataset.quotes);
  await writeJsonArray(path.join(staging, 'data', 'speakers.json'), dataset.speakers);
  // Each pair's sentence alignment is a file of its own (data/pairs/<a>--<b>.json), read only by its
  // compare page; stories.json keeps each pair's summary and where its alignment is.
  await mkdir(path.join(staging, 'data', 'pairs'), { recursive: true });
  const stories = [];
  for (const story of dataset.stories) {
    const pairs = [];
    for (const pair of story.pairs) {
      const file = pairFile(pair.a, pair.b);
      await writeFile(path.join(staging, 'data', file), `${JSON.stringify(pair.alignment, null, 2)}\n`);
      pairs.push({ a: pair.a, b: pair.b, url: pair.url, data: `/data/${file}`, alignment: { summary: pair.alignment.summary } });
    }
    stories.push({ ...story, pairs });
  }
  // One story per line: indentation would make the framing evidence of a large corpus half again as big.
  await writeJsonArray(path.join(staging, 'data', 'stories.json'), stories, { oneLine: true });
  await writeFile(path.join(staging, 'data', 'quotes.csv'), quotesCsv(dataset.quotes));
  const counts = { articles: dataset.articles.length, quotes: dataset.quotes.length, speakers: dataset.speakers.length, stories: dataset.stories.length };
  await writeFile(path.join(staging, 'build-report.json'), reportJson(buildReport({ files: result.files, counts, skipped: dataset.skipped, problems: result.problems })));
  // Swap: the previous output stays whole until the new one is complete.
  const old = `${out}.old-${process.pid}`;
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  if (existsSync(out)) await rename(out, old);
  await rename(staging, out);
  await rm(old, { recursive: true, force: true });
}
