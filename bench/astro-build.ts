/**
 * One Astro build, run by the benchmark as its own process so its time and peak memory are its own.
 *
 *   node bench/astro-build.ts --root <project> --out <dist> --cache <cacheDir>
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { build } from 'astro';

const { values } = parseArgs({ options: { root: { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' } } });
if (values.root === undefined || values.out === undefined || values.cache === undefined) {
  console.error('Usage: node bench/astro-build.ts --root <project> --out <dist> --cache <cacheDir>');
  process.exit(64);
}
await build({
  root: path.resolve(values.root),
  outDir: path.resolve(values.out),
  cacheDir: path.resolve(values.cache),
  logLevel: 'warn',
});
