/** Builds a real site from a folder of seeds into a temporary folder, as `npm run build` does. */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { runIngest } from '../../src/ingest/cli.ts';

export interface BuiltSite {
  generated: string;
  dist: string;
}

/**
 * Ingests `seeds` into `<work>/<name>/generated` and builds the site into `<work>/<name>/dist`,
 * in a process of its own with its own Astro cache, so builds never share state. `editorial` defaults to an empty folder.
 */
export async function buildSite(options: { seeds: string; work: string; name: string; editorial?: string }): Promise<BuiltSite> {
  const root = path.join(options.work, options.name);
  const generated = path.join(root, 'generated');
  const project = projectCopy(path.join(root, 'project'));
  const dist = path.join(project, 'dist');
  const editorial = options.editorial ?? path.join(root, 'editorial');
  mkdirSync(editorial, { recursive: true });
  const log: string[] = [];
  const code = await runIngest({ seeds: options.seeds, out: generated, cache: null, log: (line) => log.push(line) });
  if (code !== 0) throw new Error(`ingest failed (${code}):\n${log.join('\n')}`);
  // A process per build: the site's modules keep the data set they read first for the life of the process.
  const env = { ...process.env, PARALLAX_GENERATED: generated, PARALLAX_EDITORIAL: editorial };
  const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [path.resolve('tests/hardening/astro-build.ts'), dist, path.join(project, '.cache')], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
  if (run.code !== 0) throw new Error(`astro build failed (${run.code}):\n${run.output}`);
  return { generated, dist };
}

/**
 * A project folder of links to the real one: Astro keeps per-build state in `<root>/.astro/`, so
 * builds that share a root (tests running in parallel, a developer's `npm run build`) collide.
 */
function projectCopy(dir: string): string {
  mkdirSync(dir, { recursive: true });
  // The site's own files are copied: Vite resolves links to their real place, outside this root,
  // and then leaves their styles out of the build.
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    if (!existsSync(path.join(dir, entry))) cpSync(path.resolve(entry), path.join(dir, entry), { recursive: true });
  }
  for (const entry of ['content', 'node_modules']) {
    if (!existsSync(path.join(dir, entry))) symlinkSync(path.resolve(entry), path.join(dir, entry));
  }
  return dir;
}

/** Copies the hostile seeds into `dir`, with the canary path and a real NUL in place of their placeholders. */
export function writeHostileSeeds(dir: string, canary: string): string[] {
  mkdirSync(dir, { recursive: true });
  const names = readdirSync('tests/fixtures/hostile').filter((f) => f.endsWith('.txt')).sort();
  for (const name of names) {
    const text = readFileSync(path.join('tests/fixtures/hostile', name), 'utf8').replaceAll('__CANARY__', canary).replaceAll('__NUL__', '\u0000');
    writeFileSync(path.join(dir, name), text);
  }
  return names;
}

/** Copies a folder (seeds, editorial notes) into a temporary one. */
export function copyFolder(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}

/** Every HTML file under `dist`, as paths relative to it. */
export function htmlFiles(dist: string, dir = ''): string[] {
  return readdirSync(path.join(dist, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return htmlFiles(dist, rel);
    return d.name.endsWith('.html') ? [rel] : [];
  }).sort();
}

/** Decodes the entities Astro writes in text and attributes. */
export function decodeEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The visible text of a page: scripts, styles and tags removed, entities decoded. */
export function visibleText(html: string): string {
  return decodeEntities(
    html
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<style[\s\S]*?<\/style>/g, '')
      .replace(/<span class="qa">[\s\S]*?<!--\/qa-->/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}
