/**
 * `npm run bench`: what a whole build costs at several corpus sizes, side by side with the floor
 * Astro itself sets (bench/baseline/: a bare Astro 7 project rendering one plain MDX page per
 * article, of the same text, + Pagefind).
 *
 *   npm run bench -- [--sizes polnear,1000,5000,10000] [--polnear <dir of *.txt>] [--seed 1]
 *                    [--no-rebuild] [--pagefind-both] [--keep]
 *
 * Parallax's Pagefind runs as `npm run build` runs it: the live index (src/ingest/pagefind-live.ts) up to
 * its size limit, else its CLI after Astro; PARALLAX_PAGEFIND=cli or =live forces one.
 *
 * Every phase runs as its own process; its peak memory is the largest resident set of that process
 * tree (GNU time's maxrss, else VmHWM sampled from /proc). Corpora, outputs and caches live in a
 * temporary folder; results go to bench/out/ (JSON and a markdown table).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { splitSource, writeScaledCorpus } from '../src/bench/scale.ts';
import { useLiveIndex } from '../src/ingest/pagefind-live.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const node = process.execPath;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'polnear,1000,5000,10000' },
    polnear: { type: 'string', default: process.env.POLNEAR_TRAIN ?? path.join(root, '../shared/benchmarks/polnear/train/text') },
    seed: { type: 'string', default: '1' },
    'no-rebuild': { type: 'boolean', default: false },
    'pagefind-both': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

/** What one process cost. */
interface Phase {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
}

/** A whole build: the phases and what came out. */
interface BuildFigures {
  ingest: Phase | null;
  astro: Phase;
  pagefind: Phase;
  total: number;
  peakMB: number;
  pages: number;
  pagesPerSecond: number;
  outputMB: number;
}

interface SizeResult {
  corpus: string;
  articles: number;
  parallax: BuildFigures;
  floor: BuildFigures;
  ratio: Record<'total' | 'astro' | 'pagefind' | 'peakMB' | 'pagesPerSecond' | 'outputMB', number>;
  rebuild: BuildFigures | null;
  /** Ingest after one seed changed, with a warm cache. */
  oneSeedIngest: Phase | null;
  stories: { count: number; largest: number[]; pairs: number; storiesJsonMB: number };
  /** Pagefind through its Node API on the same site (with --pagefind-both), to compare with the CLI. */
  pagefindApi?: Phase;
}

const hasGnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

/** Peak resident set (KB, largest process) and CPU ticks of a process tree, read from /proc (when GNU time is missing). */
function treeSample(pid: number): { peakKB: number; ticks: number } {
  let peak = 0;
  let ticks = 0;
  const visit = (p: number): void => {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(stat[11] ?? 0) + Number(stat[12] ?? 0);
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const child of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(child));
      }
    } catch {
      // the process ended between two reads
    }
  };
  visit(pid);
  return { peakKB: peak, ticks };
}

/** Runs one phase as a child process; its output goes to `log`. */
async function measure(label: string, args: string[], env: NodeJS.ProcessEnv, log: string, cwd = root): Promise<Phase> {
  const timeFile = `${log}.time`;
  const command = hasGnuTime ? '/usr/bin/time' : node;
  const argv = hasGnuTime ? ['-f', '%e %U %S %M', '-o', timeFile, node, ...args] : args;
  const started = performance.now();
  const child = spawn(command, argv, { cwd, env: { ...process.env, ...env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
  // Sampled as well: GNU time misses grandchildren their parent did not wait for (Pagefind's indexer).
  let sampled = { peakKB: 0, ticks: 0 };
  const sampler = setInterval(() => {
    const now = treeSample(child.pid ?? 0);
    sampled = { peakKB: Math.max(sampled.peakKB, now.peakKB), ticks: Math.max(sampled.ticks, now.ticks) };
  }, 100);
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await appendFile(log, Buffer.concat(chunks));
  if (code !== 0) throw new Error(`${label} failed (exit ${code}); see ${log}`);
  if (hasGnuTime) {
    const [, user = '0', sys = '0', kb = '0'] = (await readFile(timeFile, 'utf8')).trim().split('\n').pop()!.split(' ');
    return { seconds: round(seconds), cpuSeconds: round(Math.max(Number(user) + Number(sys), sampled.ticks / 100)), peakMB: Math.round(Math.max(Number(kb), sampled.peakKB) / 1024) };
  }
  // Sampled: the last 100 ms of CPU and short-lived grandchildren may be missed.
  return { seconds: round(seconds), cpuSeconds: round(sampled.ticks / 100), peakMB: Math.round(sampled.peakKB / 1024) };
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Pages built (`index.html` files) and total bytes of a dist folder. */
function distFigures(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html') && entry.name !== '404.html') pages++;
  }
  return { pages, bytes };
}

/** A paragraph as plain MDX text: character references for everything MDX would read as code or tags. */
function plainMdx(paragraph: string): string {
  return paragraph
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
    .replace(/^(import|export)\b/i, (w) => `&#${w.charCodeAt(0)};${w.slice(1)}`);
}

/** One plain MDX page per seed: its headline as title, its paragraphs as text (the floor's input). */
async function writeFloorContent(seeds: string, out: string): Promise<number> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const names = (await readdir(seeds)).filter((n) => n.endsWith('.txt')).sort();
  for (const [i, name] of names.entries()) {
    const { headline, paragraphs } = splitSource(await readFile(path.join(seeds, name), 'utf8'));
    const body = paragraphs.map(plainMdx).join('\n\n');
    await writeFile(path.join(out, `page-${String(i).padStart(5, '0')}.mdx`), `---\n${JSON.stringify({ title: headline || name })}\n---\n\n${body}\n`);
  }
  return names.length;
}

interface Layout {
  seeds: string;
  work: string;
  logs: string;
}

// The site's editorial notes point at the real seeds' articles: a measured corpus gets an empty editorial folder.
const editorial = (work: string): string => path.join(work, 'editorial');

const ingestArgs = (layout: Layout): string[] => ['scripts/ingest.ts', '--seeds', layout.seeds, '--out', path.join(layout.work, 'generated'), '--editorial', editorial(layout.work)];

/**
 * Copies the site and the floor into the work folder (node_modules linked): Astro keeps state in
 * `<root>/.astro/`, which a build of another corpus in the shared tree would overwrite.
 */
async function stageProjects(work: string): Promise<void> {
  const site = path.join(work, 'parallax-project');
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'content/lexicons']) {
    if (existsSync(path.join(root, entry))) await cp(path.join(root, entry), path.join(site, entry), { recursive: true });
  }
  await cp(path.join(root, 'bench/baseline'), path.join(work, 'floor-project'), { recursive: true, filter: (src) => !/[\\/](\.astro|dist|node_modules)$/.test(src) });
  for (const project of [site, path.join(work, 'floor-project')]) await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
}

/** Ingest (when `ingest`), Astro build and Pagefind of one project; returns the figures. */
async function buildOnce(kind: 'parallax' | 'floor', layout: Layout, tag: string): Promise<BuildFigures> {
  const { work, logs } = layout;
  const log = path.join(logs, `${kind}-${tag}.log`);
  const dist = path.join(work, `${kind}-dist`);
  let ingest: Phase | null = null;
  if (kind === 'parallax') {
    ingest = await measure('ingest', ingestArgs(layout), { PARALLAX_CACHE: path.join(work, 'analysis-cache') }, log);
  }
  const astroRoot = path.join(work, `${kind}-project`);
  const env = kind === 'parallax' ? { PARALLAX_GENERATED: path.join(work, 'generated'), PARALLAX_EDITORIAL: editorial(work) } : { BASELINE_CONTENT: path.join(work, 'floor-content') };
  // Parallax skips Astro and Pagefind when nothing they read changed, as `npm run build` does.
  const check = kind === 'parallax' ? upToDate(astroRoot, layout, dist) : null;
  const skipped: Phase = { seconds: 0, cpuSeconds: 0, peakMB: 0 };
  const current = check !== null && check.current;
  const astroArgs = [path.join(root, 'bench/astro-build.ts'), '--root', astroRoot, '--out', dist, '--cache', path.join(work, `${kind}-astro-cache`)];
  let astro = skipped;
  let pagefind = skipped;
  if (!current && kind === 'parallax' && useLiveIndex(path.join(work, 'generated'))) {
    // As `npm run build`: Pagefind indexes pages while Astro writes them; its phase is what is left after Astro.
    const both = await measure(`${kind} astro build + pagefind`, [...astroArgs, '--pagefind'], env, log, astroRoot);
    const astroSeconds = Number([...(await readFile(log, 'utf8')).matchAll(/astro-build: astro done at ([\d.]+) s/g)].pop()?.[1] ?? both.seconds);
    astro = { ...both, seconds: round(astroSeconds) };
    pagefind = { seconds: round(both.seconds - astroSeconds), cpuSeconds: 0, peakMB: both.peakMB };
  } else if (!current) {
    astro = await measure(`${kind} astro build`, astroArgs, env, log, astroRoot);
    pagefind = await measure(`${kind} pagefind`, ['bench/pagefind-run.ts', '--dist', dist], {}, log);
  }
  if (check !== null && !current) upToDate(astroRoot, layout, dist, true);
  const { pages, bytes } = distFigures(dist);
  const total = round((ingest?.seconds ?? 0) + (check?.seconds ?? 0) + astro.seconds + pagefind.seconds);
  return {
    ingest,
    astro,
    pagefind,
    total,
    peakMB: Math.max(ingest?.peakMB ?? 0, astro.peakMB, pagefind.peakMB),
    pages,
    pagesPerSecond: round(pages / total, 1),
    outputMB: round(bytes / 1e6, 1),
  };
}

/** Runs the up-to-date check of `npm run build` (or records a finished build with `mark`). */
function upToDate(astroRoot: string, layout: Layout, dist: string, mark = false): { current: boolean; seconds: number } {
  const started = performance.now();
  const args = ['bench/up-to-date.ts', '--root', astroRoot, '--generated', path.join(layout.work, 'generated'), '--editorial', editorial(layout.work), '--dist', dist];
  const run = spawnSync(node, mark ? [...args, '--mark'] : args, { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`up-to-date check failed: ${run.stderr}`);
  return { current: run.stdout.trim() === 'current', seconds: round((performance.now() - started) / 1000) };
}

function storyFigures(generated: string): SizeResult['stories'] {
  const file = path.join(generated, 'data/stories.json');
  const stories = JSON.parse(readFileSync(file, 'utf8')) as { articles: string[]; pairs?: unknown[] }[];
  return {
    count: stories.length,
    largest: stories.map((s) => s.articles.length).sort((a, b) => b - a).slice(0, 5),
    pairs: stories.reduce((n, s) => n + (s.pairs?.length ?? 0), 0),
    storiesJsonMB: round(statSync(file).size / 1e6, 1),
  };
}

/** Appends a sentence to one seed (the middle one), as an editor's correction would. */
async function touchOneSeed(seeds: string): Promise<string> {
  const names = (await readdir(seeds)).filter((n) => n.endsWith('.txt')).sort();
  const name = names[Math.floor(names.length / 2)]!;
  await appendFile(path.join(seeds, name), '\nThis article was updated to correct the spelling of a name.\n');
  return name;
}

async function benchSize(size: string, tmp: string, first: boolean): Promise<SizeResult> {
  const work = path.join(tmp, size);
  const logs = path.join(work, 'logs');
  await mkdir(logs, { recursive: true });
  await mkdir(editorial(work), { recursive: true });
  let seeds: string;
  if (size === 'polnear') seeds = values.polnear;
  else {
    seeds = path.join(work, 'seeds');
    await writeScaledCorpus({ sources: values.polnear, out: seeds, size: Number(size), seed: Number(values.seed) });
  }
  const layout: Layout = { seeds, work, logs };
  await stageProjects(work);
  const articles = await writeFloorContent(seeds, path.join(work, 'floor-content'));
  const say = (line: string) => console.log(`bench ${size}: ${line}`);

  say(`${articles} seeds; floor (bare Astro + Pagefind)…`);
  const floor = await buildOnce('floor', layout, 'cold');
  say(`floor ${floor.total} s, ${floor.peakMB} MB; Parallax cold build…`);
  const parallax = await buildOnce('parallax', layout, 'cold');
  say(`Parallax ${parallax.total} s, ${parallax.peakMB} MB`);
  const stories = storyFigures(path.join(work, 'generated'));

  let pagefindApi: Phase | undefined;
  if (values['pagefind-both'] && first) {
    pagefindApi = await measure('pagefind api', ['bench/pagefind-run.ts', '--dist', path.join(work, 'parallax-dist'), '--mode', 'api'], {}, path.join(logs, 'pagefind-api.log'));
    say(`Pagefind CLI ${parallax.pagefind.seconds} s / Node API ${pagefindApi.seconds} s`);
  }

  let rebuild: BuildFigures | null = null;
  let oneSeedIngest: Phase | null = null;
  if (!values['no-rebuild']) {
    say('rebuild, nothing changed…');
    rebuild = await buildOnce('parallax', layout, 'rebuild');
    say(`rebuild ${rebuild.total} s`);
    if (size !== 'polnear') {
      await touchOneSeed(seeds);
      oneSeedIngest = await measure('ingest after one change', ingestArgs(layout), { PARALLAX_CACHE: path.join(work, 'analysis-cache') }, path.join(logs, 'one-seed.log'));
      say(`ingest after one seed changed ${oneSeedIngest.seconds} s`);
    }
  }

  const ratio = {
    total: round(parallax.total / floor.total),
    astro: round(parallax.astro.seconds / floor.astro.seconds),
    pagefind: round(parallax.pagefind.seconds / floor.pagefind.seconds),
    peakMB: round(parallax.peakMB / floor.peakMB),
    pagesPerSecond: round(parallax.pagesPerSecond / floor.pagesPerSecond),
    outputMB: round(parallax.outputMB / floor.outputMB),
  };
  if (!values.keep) {
    for (const dir of ['parallax-project', 'floor-project', 'parallax-dist', 'floor-dist', 'generated', 'floor-content', 'analysis-cache', 'parallax-astro-cache', 'floor-astro-cache']) {
      await rm(path.join(work, dir), { recursive: true, force: true });
    }
  }
  return { corpus: size === 'polnear' ? 'polnear-840' : `scaled-${size}`, articles, parallax, floor, ratio, rebuild, oneSeedIngest, stories, ...(pagefindApi ? { pagefindApi } : {}) };
}

/** The machine, as the README reports it. */
function machine(): { cpus: number; memory: string; node: string; platform: string } {
  return { cpus: os.availableParallelism(), memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`, node: process.version, platform: `${os.type()} ${os.release()}` };
}

/** The results as a markdown table (figures with their ratio to the floor). */
function table(results: SizeResult[]): string {
  const x = (r: number): string => `${r.toFixed(2)}×`;
  const rows = [
    '| corpus | articles | pages (floor) | ingest s | Astro s (× floor) | Pagefind s (× floor) | total s (× floor) | peak MB (× floor) | pages/s (× floor) | output MB (× floor) | rebuild s (% of cold) | ingest after 1 change s (% of cold ingest) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of results) {
    const p = r.parallax;
    const ingest = p.ingest?.seconds ?? 0;
    const rebuild = r.rebuild === null ? '—' : `${r.rebuild.total} (${Math.round((100 * r.rebuild.total) / p.total)}%)`;
    const one = r.oneSeedIngest === null ? '—' : `${r.oneSeedIngest.seconds} (${Math.round((100 * r.oneSeedIngest.seconds) / ingest)}%)`;
    rows.push(
      `| ${r.corpus} | ${r.articles} | ${p.pages} (${r.floor.pages}) | ${ingest} | ${p.astro.seconds} (${x(r.ratio.astro)}) | ${p.pagefind.seconds} (${x(r.ratio.pagefind)}) | ` +
        `${p.total} (${x(r.ratio.total)}) | ${p.peakMB} (${x(r.ratio.peakMB)}) | ${p.pagesPerSecond} (${x(r.ratio.pagesPerSecond)}) | ${p.outputMB} (${x(r.ratio.outputMB)}) | ${rebuild} | ${one} |`,
    );
  }
  return `${rows.join('\n')}\n`;
}

const tmp = await mkdtemp(path.join(os.tmpdir(), 'parallax-bench-'));
const results: SizeResult[] = [];
let failed = false;
try {
  for (const [i, size] of values.sizes.split(',').map((s) => s.trim()).filter(Boolean).entries()) {
    results.push(await benchSize(size, tmp, i === 0));
    // Written after every size, so a long run that is stopped still leaves its figures.
    await mkdir(path.join(root, 'bench/out'), { recursive: true });
    await writeFile(path.join(root, 'bench/out/partial.json'), `${JSON.stringify({ date: new Date().toISOString(), machine: machine(), results }, null, 2)}\n`);
  }
} catch (error) {
  failed = true;
  throw error;
} finally {
  // A failed run keeps its folder: the logs say why.
  if (!values.keep && !failed) await rm(tmp, { recursive: true, force: true });
  else console.log(`bench: kept ${tmp}`);
}
const out = path.join(root, 'bench/out');
await mkdir(out, { recursive: true });
const report = { date: new Date().toISOString(), machine: machine(), results };
const stamp = report.date.replace(/[:.]/g, '-');
await writeFile(path.join(out, `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(path.join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
const md = table(results);
await writeFile(path.join(out, 'latest.md'), md);
console.log(`\n${md}`);
for (const r of results) {
  console.log(`${r.corpus}: ${r.stories.count} stories, largest ${r.stories.largest.join(', ')} articles, ${r.stories.pairs} compared pairs, stories.json ${r.stories.storiesJsonMB} MB`);
}
const m = report.machine;
console.log(`machine: ${m.cpus} cores, ${m.memory}, Node ${m.node}, ${m.platform}; results in bench/out/`);
