/**
 * `npm run build`: ingest the seeds (SEEDS_DIR or seeds/), build the site with Astro, index it with
 * Pagefind. When nothing the site is built from has changed since the last build, the Astro and
 * Pagefind steps are skipped (`--force` or PARALLAX_FORCE=1 builds anyway).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'astro';
import { runIngest } from '../src/ingest/cli.ts';
import { buildFingerprint } from '../src/ingest/fingerprint.ts';
import { indexSite } from '../src/ingest/pagefind.ts';

const generated = process.env.PARALLAX_GENERATED ?? 'content/generated';
const dist = 'dist';
const stampFile = path.join(dist, '.parallax-build.json');
const force = process.argv.includes('--force') || process.env.PARALLAX_FORCE === '1';

const code = await runIngest({ seeds: process.env.SEEDS_DIR ?? 'seeds', out: generated });
if (code !== 0) process.exit(code);

const fingerprint = buildFingerprint(
  [generated, process.env.PARALLAX_EDITORIAL ?? 'content/editorial', 'content/lexicons', 'src', 'public', 'astro.config.mjs', 'package-lock.json'],
  { PARALLAX_SITE: process.env.PARALLAX_SITE, PARALLAX_GENERATED: process.env.PARALLAX_GENERATED, PARALLAX_EDITORIAL: process.env.PARALLAX_EDITORIAL },
);
const previous = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { fingerprint?: string }).fingerprint : undefined;
if (!force && previous === fingerprint && existsSync(path.join(dist, 'pagefind'))) {
  console.log('build: nothing changed since the last build; dist/ is up to date (--force to rebuild)');
  process.exit(0);
}

await build({ root: process.cwd(), logLevel: 'warn' });
const pages = await indexSite(dist);
console.log(`pagefind: indexed ${pages} pages → dist/pagefind/`);
writeFileSync(stampFile, `${JSON.stringify({ fingerprint }, null, 2)}\n`);
// Astro's programmatic build can leave handles open; the build is done.
process.exit(0);
