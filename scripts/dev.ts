/**
 * `npm run dev [-- --port 4321 --host 127.0.0.1]`: ingests the seeds, starts Astro's dev server and
 * keeps the site live: editing a seed (or a lexicon, or content/editorial/speakers.json and
 * stories.json) re-runs the ingest, which swaps content/generated/ whole; Astro's content layer
 * sees the new files and the browser reloads. Editorial MDX is watched by Astro itself.
 *
 * SEEDS_DIR, PARALLAX_GENERATED and PARALLAX_EDITORIAL choose other folders, as for the build.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dev } from 'astro';
import { runIngest } from '../src/ingest/cli.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});
const seeds = process.env.SEEDS_DIR ?? 'seeds';
const out = process.env.PARALLAX_GENERATED ?? 'content/generated';
const editorial = process.env.PARALLAX_EDITORIAL ?? 'content/editorial';
const lexicons = 'content/lexicons';

const ingest = () => runIngest({ seeds, out, editorial, lexicons, log: (line) => console.log(line) });

const first = await ingest();
if (first !== 0 && !existsSync(path.join(out, 'data', 'articles.json'))) process.exit(first);

const server = await dev({ root: process.cwd(), server: { port: Number(values.port), host: values.host }, logLevel: 'info' });
console.log(`dev: serving http://${values.host}:${server.address.port}/ — watching ${seeds}/, ${lexicons}/ and ${editorial}/*.json`);

/** Re-runs the ingest at most once at a time; changes during a run trigger one more run after it. */
let running: Promise<void> | undefined;
let again = false;
let timer: NodeJS.Timeout | undefined;
async function rerun(): Promise<void> {
  if (running !== undefined) {
    again = true;
    return;
  }
  running = (async () => {
    const started = Date.now();
    const code = await ingest();
    console.log(`dev: ingest ${code === 0 ? 'done' : `exited with ${code}`} in ${Date.now() - started} ms`);
  })();
  try {
    await running;
  } finally {
    running = undefined;
  }
  if (again) {
    again = false;
    await rerun();
  }
}
/** Editors save in bursts (and editors write temp files): wait for quiet before re-ingesting. */
function schedule(file: string | null): void {
  if (file !== null && (file.startsWith('.') || file.endsWith('~') || file.endsWith('.swp'))) return;
  clearTimeout(timer);
  timer = setTimeout(() => void rerun(), 200);
}

const watchers: FSWatcher[] = [];
for (const dir of [seeds, lexicons]) if (existsSync(dir)) watchers.push(watch(dir, (_event, file) => schedule(file)));
if (existsSync(editorial)) watchers.push(watch(editorial, (_event, file) => { if (file?.endsWith('.json')) schedule(file); }));

async function stop(): Promise<void> {
  for (const w of watchers) w.close();
  clearTimeout(timer);
  await server.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
