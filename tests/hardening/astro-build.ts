/**
 * `node tests/hardening/astro-build.ts <outDir> <cacheDir>`: one Astro build in a process of its own,
 * reading PARALLAX_GENERATED and PARALLAX_EDITORIAL (site modules cache the data set per process).
 */
import { build } from 'astro';

const [outDir, cacheDir] = process.argv.slice(2);
if (outDir === undefined || cacheDir === undefined) {
  console.error('usage: astro-build.ts <outDir> <cacheDir>');
  process.exit(64);
}
await build({ root: process.cwd(), outDir, cacheDir, logLevel: 'error' });
// Astro leaves handles open after a programmatic build; the build is done, so leave.
process.exit(0);
