/**
 * Indexes a built site with Pagefind, through its Node API (as `npm run build` does) or its CLI.
 *
 *   node bench/pagefind-run.ts --dist <dir> [--mode api|cli]
 */
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { indexSite } from '../src/ingest/pagefind.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, mode: { type: 'string', default: 'api' } } });
if (values.dist === undefined || (values.mode !== 'api' && values.mode !== 'cli')) {
  console.error('Usage: node bench/pagefind-run.ts --dist <dir> [--mode api|cli]');
  process.exit(64);
}
if (values.mode === 'api') {
  console.log(`pagefind (api): ${await indexSite(values.dist)} pages`);
} else {
  const bin = fileURLToPath(new URL('../node_modules/.bin/pagefind', import.meta.url));
  const run = spawnSync(bin, ['--site', values.dist, '--output-path', `${values.dist}/pagefind`], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
