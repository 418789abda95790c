import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanStaleOutput } from '../../src/ingest/run.ts';
import { snapshot } from '../helpers/snapshot.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-atomic-'));
const out = path.join(work, 'generated');
const env = { ...process.env, PARALLAX_CACHE: 'off' };
/** Runs the CLI with the Node that runs the tests (Node 24 under npm). */
const ingest = (seeds: string) => spawnSync(process.execPath, ['scripts/ingest.ts', '--seeds', seeds, '--out', out], { env, encoding: 'utf8' });
const leftovers = () => readdirSync(work).filter((name) => /^generated\.(staging|old)-\d+$/.test(name));

/** A corpus big enough that writing its output takes a while: short articles in many versions. */
function largeCorpus(dir: string, copies: number): void {
  mkdirSync(dir);
  const bases = ['bridge-closure.txt', 'flood-warning.txt', 'library-funding.txt', 'school-meals.txt'].map((f) => readFileSync(path.join('tests/fixtures/broken', f), 'utf8'));
  for (let i = 0; i < copies; i++) {
    const text = `${bases[i % bases.length]}\nThe next update is expected in ${i + 2} days, officials said.\n`;
    writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}_update.txt`), text);
  }
}

let before: Record<string, string>;

beforeAll(() => {
  cpSync('seeds', path.join(work, 'seeds'), { recursive: true });
  const first = ingest(path.join(work, 'seeds'));
  expect(first.status, first.stdout + first.stderr).toBe(0);
  before = snapshot(out);
  largeCorpus(path.join(work, 'large'), 120);
}, 120_000);

describe('an ingest killed half-way', () => {
  it('leaves the previous output whole, and the next run cleans up after it', async () => {
    const child = spawn(process.execPath, ['scripts/ingest.ts', '--seeds', path.join(work, 'large'), '--out', out], { env, stdio: 'ignore' });
    // Kill the moment the staging folder appears: the new output is being written.
    const watcher = watch(work, (_event, name) => {
      if (typeof name === 'string' && name.startsWith('generated.staging-')) child.kill('SIGKILL');
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    watcher.close();
    expect(signal).toBe('SIGKILL');
    expect(leftovers()).toEqual([`generated.staging-${child.pid}`]);
    expect(snapshot(out)).toEqual(before);

    const next = ingest(path.join(work, 'seeds'));
    expect(next.status).toBe(0);
    expect(leftovers()).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  }, 120_000);
});

describe('cleanStaleOutput', () => {
  it('puts the previous output back when a run died between the two renames of the swap', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-swap-'));
    const target = path.join(dir, 'generated');
    // No process has this id (above the kernel's pid limit): its folders are stale.
    mkdirSync(`${target}.old-99999999`);
    writeFileSync(`${target}.old-99999999/keep.txt`, 'previous output');
    mkdirSync(`${target}.staging-99999998`);
    await cleanStaleOutput(target);
    expect(readFileSync(path.join(target, 'keep.txt'), 'utf8')).toBe('previous output');
    expect(readdirSync(dir)).toEqual(['generated']);
  });

  it('leaves the folders of a writer that is still running', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-swap-'));
    const target = path.join(dir, 'generated');
    mkdirSync(`${target}.staging-${process.pid}`, { recursive: true });
    await cleanStaleOutput(target);
    expect(readdirSync(dir)).toEqual([`generated.staging-${process.pid}`]);
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
