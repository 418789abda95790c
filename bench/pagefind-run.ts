/**
 * Indexes a built site with Pagefind, through its CLI (as `npm run build` does) or its Node API.
 *
 *   node bench/pagefind-run.ts --dist <dir> [--mode cli|api]
 */
import { parseArgs } from 'node:util';
import { indexSite, indexSiteApi } from '../src/ingest/pagefind.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, mode: { type: 'string', default: 'cli' } } });
if (values.dist === undefined || (values.mode !== 'api' && values.mode !== 'cli')) {
  console.error('Usage: node bench/pagefind-run.ts --dist <dir> [--mode cli|api]');
  process.exit(64);
}
console.log(`pagefind (${values.mode}): ${await (values.mode === 'api' ? indexSiteApi : indexSite)(values.dist)} pages`);
