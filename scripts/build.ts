/**
 * `npm run build`: ingest the seeds (SEEDS_DIR or seeds/), build the site with Astro, index it with Pagefind.
 */
import { build } from 'astro';
import { runIngest } from '../src/ingest/cli.ts';
import { indexSite } from '../src/ingest/pagefind.ts';

const code = await runIngest({ seeds: process.env.SEEDS_DIR ?? 'seeds', out: process.env.PARALLAX_GENERATED ?? 'content/generated' });
if (code !== 0) process.exit(code);
await build({ root: process.cwd(), logLevel: 'warn' });
const pages = await indexSite('dist');
console.log(`pagefind: indexed ${pages} pages → dist/pagefind/`);
