/**
 * One Astro build, run by the benchmark as its own process so its time and peak memory are its own.
 * With `--pagefind`, Pagefind indexes the pages while Astro writes them, as `npm run build` does, and
 * the line `astro-build: astro done at <s> s` tells the benchmark where Astro ended.
 *
 *   node bench/astro-build.ts --root <project> --out <dist> --cache <cacheDir> [--pagefind]
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { build } from 'astro';
import { startLiveIndex } from '../src/ingest/pagefind-live.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' }, pagefind: { type: 'boolean', default: false } } });
if (values.root === undefined || values.out === undefined || values.cache === undefined) {
  console.error('Usage: node bench/astro-build.ts --root <project> --out <dist> --cache <cacheDir>');
  process.exit(64);
}
const started = performance.now();
const live = values.pagefind ? await startLiveIndex(path.resolve(values.out)) : null;
await build({
  root: path.resolve(values.root),
  outDir: path.resolve(values.out),
  cacheDir: path.resolve(values.cache),
  logLevel: 'warn',
});
if (live !== null) {
  console.log(`astro-build: astro done at ${((performance.now() - started) / 1000).toFixed(2)} s`);
  const { pages, readEarly } = await live.finish();
  console.log(`pagefind (live): ${pages} pages, ${readEarly} files read while Astro wrote them`);
  // Astro's programmatic build can leave handles open; the build is done.
  process.exit(0);
}
