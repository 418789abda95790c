/**
 * `npm run build`: ingest the seeds (SEEDS_DIR or seeds/), build the site with Astro, index it with
 * Pagefind. When nothing the site is built from has changed since the last build, the Astro and
 * Pagefind steps are skipped (`--force` or PARALLAX_FORCE=1 builds anyway).
 */
import module from 'node:module';

// Node keeps the compiled (type-stripped) modules on disk: a rebuild starts in a third of the time.
module.enableCompileCache?.();
const { build } = await import('astro');
const { runIngest } = await import('../src/ingest/cli.ts');
const { isUpToDate, markBuilt, siteFingerprint } = await import('../src/ingest/fingerprint.ts');
const { indexSite } = await import('../src/ingest/pagefind.ts');
const { startLiveIndex, useLiveIndex } = await import('../src/ingest/pagefind-live.ts');
const { discardInBackground, restore, setAside } = await import('../src/ingest/old-site.ts');

const generated = process.env.PARALLAX_GENERATED ?? 'content/generated';
const dist = 'dist';
const force = process.argv.includes('--force') || process.env.PARALLAX_FORCE === '1';

const code = await runIngest({ seeds: process.env.SEEDS_DIR ?? 'seeds', out: generated });
if (code !== 0) process.exit(code);

const fingerprint = siteFingerprint({ root: '.', generated, editorial: process.env.PARALLAX_EDITORIAL ?? 'content/editorial' });
if (!force && isUpToDate(dist, fingerprint)) {
  console.log('build: nothing changed since the last build; dist/ is up to date (--force to rebuild)');
  process.exit(0);
}

const old = setAside(dist);
// Pagefind parses each page as Astro writes it, on the core Astro's rendering leaves idle; large sites, or
// PARALLAX_PAGEFIND=cli, index the finished site with Pagefind's CLI after Astro.
const live = useLiveIndex(generated) ? await startLiveIndex(dist).catch(() => null) : null;
let pages: number;
try {
  await build({ root: process.cwd(), logLevel: 'warn' });
  // A live index that fails (its worker or Pagefind's service) leaves the finished site to the CLI.
  pages = live === null ? await indexSite(dist) : await live.finish().then((r) => r.pages, () => indexSite(dist));
} catch (error) {
  await live?.abort();
  if (old !== null) restore(old, dist);
  throw error;
}
console.log(`pagefind: indexed ${pages} pages → dist/pagefind/`);
markBuilt(dist, fingerprint);
discardInBackground(dist);
// Astro's programmatic build can leave handles open; the build is done.
process.exit(0);
