import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../pipeline/analyze.ts';
import { buildDataset, type Dataset, type Editorial } from '../pipeline/dataset.ts';
import { loadLexicons } from '../pipeline/lexicons.ts';
import type { AnalyzedArticle, Problem } from '../pipeline/types.ts';
import type { QuoteRecord } from '../schemas/dataset.ts';
import { articleMdx, speakerMdx, storyMdx } from '../emit/entries.ts';
import { quotesCsv } from '../emit/csv.ts';

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
}

export interface IngestResult {
  dataset: Dataset;
  problems: Problem[];
  /** Seed files read (not counting sidecars). */
  files: number;
}

async function readJson(file: string, problems: Problem[]): Promise<unknown> {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    problems.push({ file, severity: 'error', code: 'bad-json', message: `is not valid JSON (${(error as Error).message})` });
    return undefined;
  }
}

/** Lists seed files; anything that is not a `.txt` seed or its sidecar is reported, not read. */
async function listSeeds(dir: string, problems: Problem[]): Promise<string[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort();
  const seeds: string[] = [];
  for (const name of names) {
    if (name.toLowerCase().endsWith('.txt')) seeds.push(name);
    else if (!name.endsWith('.meta.json') && !name.startsWith('.')) {
      problems.push({ file: name, severity: 'warning', code: 'not-a-seed', message: 'is not a .txt file, so it was not read as an article' });
    }
  }
  return seeds;
}

/** Runs the pipeline over a folder of seeds and returns the data set (no files written). */
export async function analyzeFolder(options: IngestOptions): Promise<IngestResult> {
  const problems: Problem[] = [];
  const names = await listSeeds(options.seeds, problems);
  const analyzed: AnalyzedArticle[] = [];
  for (const name of names) {
    const bytes = await readFile(path.join(options.seeds, name));
    const sidecarFile = path.join(options.seeds, name.replace(/\.txt$/i, '.meta.json'));
    const sidecar = await readJson(sidecarFile, problems);
    try {
      analyzed.push(analyzeArticle(name, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), sidecar));
    } catch (error) {
      // A bug must not cost the rest of the corpus: report the file and go on.
      problems.push({ file: name, severity: 'error', code: 'analysis-failed', message: `could not be analysed (${(error as Error).message})` });
    }
  }
  const editorialDir = options.editorial ?? 'content/editorial';
  const { lexicons, problems: lexiconProblems } = loadLexicons(options.lexicons ?? 'content/lexicons');
  problems.push(...lexiconProblems);
  const editorial: Editorial = {
    lexicons,
    speakers: (await readJson(path.join(editorialDir, 'speakers.json'), problems)) as Editorial['speakers'],
    stories: (await readJson(path.join(editorialDir, 'stories.json'), problems)) as Editorial['stories'],
  };
  const dataset = buildDataset(analyzed, editorial);
  problems.push(...dataset.problems);
  return { dataset, problems, files: names.length };
}

/** Writes the collections and the data set into a fresh folder, then swaps it in whole. */
export async function writeOutput(result: IngestResult, out: string): Promise<void> {
  const staging = `${out}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const { dataset } = result;
  for (const dir of ['articles', 'speakers', 'stories', 'data']) await mkdir(path.join(staging, dir), { recursive: true });
  const quotesOf = new Map<string, QuoteRecord[]>();
  for (const q of dataset.quotes) quotesOf.set(q.article, [...(quotesOf.get(q.article) ?? []), q]);
  for (const article of dataset.articles) {
    const source = dataset.sources.get(article.id) ?? '';
    await writeFile(path.join(staging, 'articles', `${article.id}.mdx`), articleMdx(article, quotesOf.get(article.id) ?? [], source));
  }
  for (const speaker of dataset.speakers) await writeFile(path.join(staging, 'speakers', `${speaker.id}.mdx`), speakerMdx(speaker));
  for (const story of dataset.stories) await writeFile(path.join(staging, 'stories', `${story.id}.mdx`), storyMdx(story));
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(path.join(staging, 'data', 'articles.json'), json(dataset.articles));
  await writeFile(path.join(staging, 'data', 'quotes.json'), json(dataset.quotes));
  await writeFile(path.join(staging, 'data', 'speakers.json'), json(dataset.speakers));
  await writeFile(path.join(staging, 'data', 'stories.json'), json(dataset.stories));
  await writeFile(path.join(staging, 'data', 'quotes.csv'), quotesCsv(dataset.quotes));
  await writeFile(
    path.join(staging, 'build-report.json'),
    json({ files: result.files, articles: dataset.articles.length, skipped: dataset.skipped, problems: result.problems }),
  );
  // Swap: the previous output stays whole until the new one is complete.
  const old = `${out}.old-${process.pid}`;
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  if (existsSync(out)) await rename(out, old);
  await rename(staging, out);
  await rm(old, { recursive: true, force: true });
}
