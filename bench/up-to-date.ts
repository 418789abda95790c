/**
 * The check `npm run build` makes before its Astro and Pagefind steps, for the bench's processes.
 *
 *   node bench/up-to-date.ts --root <project> --generated <dir> --editorial <dir> --dist <dir> [--mark]
 *
 * Prints `current` or `stale`; with `--mark`, records that `dist` is built from the inputs as they are.
 */
import { parseArgs } from 'node:util';
import { isUpToDate, markBuilt, siteFingerprint } from '../src/ingest/fingerprint.ts';

const { values } = parseArgs({
  options: { root: { type: 'string' }, generated: { type: 'string' }, editorial: { type: 'string' }, dist: { type: 'string' }, mark: { type: 'boolean', default: false } },
});
const { root, generated, editorial, dist } = values;
if (root === undefined || generated === undefined || editorial === undefined || dist === undefined) {
  console.error('Usage: node bench/up-to-date.ts --root <dir> --generated <dir> --editorial <dir> --dist <dir> [--mark]');
  process.exit(64);
}
const fingerprint = siteFingerprint({ root, generated, editorial });
if (values.mark) markBuilt(dist, fingerprint);
console.log(values.mark ? 'marked' : isUpToDate(dist, fingerprint) ? 'current' : 'stale');
