import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/cli.ts';
import { writeBrokenCorpus } from './broken-corpus.ts';
import { checkBrokenRun, readReport } from './broken-check.ts';

/** The whole broken corpus, with a 5 MB line and a 20 MB file: run in CI (CI=true) or with PARALLAX_FULL=1. */
const full = process.env.CI === 'true' || process.env.PARALLAX_FULL === '1';
const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-broken-full-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
if (!full) console.log('full broken corpus skipped: set CI=true or PARALLAX_FULL=1 to run the 5 MB and 20 MB files');

describe.skipIf(!full)(full ? 'the full broken corpus' : 'the full broken corpus — skipped: set CI=true or PARALLAX_FULL=1 to run it', () => {
  it('reports the huge files, publishes the rest, within a time budget', async () => {
    const seeds = path.join(work, 'seeds');
    const out = path.join(work, 'out');
    const expected = writeBrokenCorpus(seeds, { full: true });
    const log: string[] = [];
    const started = performance.now();
    // No analysis cache: this measures the pipeline itself.
    const code = await runIngest({ seeds, out, cache: null, log: (line) => log.push(line) });
    const seconds = (performance.now() - started) / 1000;
    expect(code).toBe(0);
    checkBrokenRun(out, seeds, expected, log);
    const tooLarge = readReport(out).problems.filter((p) => p.code === 'too-large');
    expect(tooLarge.map((p) => p.file).sort()).toEqual(['huge.txt', 'one-long-line.txt']);
    expect(tooLarge.find((p) => p.file === 'huge.txt')?.message).toMatch(/the file is 20\.\d MB/);
    console.log(`full broken corpus: ${expected.length} entries ingested in ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(60);
  }, 180_000);
});
