import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';

/** `npm run dev` on a copy of the seeds: editing a seed refreshes the open article page by itself. */
const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-dev-'));
const seeds = path.join(work, 'seeds');
let child: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';
let log = '';

/** A free loopback port, asked of the OS. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

beforeAll(async () => {
  cpSync('seeds', seeds, { recursive: true });
  mkdirSync(path.join(work, 'editorial'));
  const port = await freePort();
  child = spawn(process.execPath, ['scripts/dev.ts', '--port', String(port)], {
    // Without vitest's variables (NODE_ENV=test, VITEST…): the dev server must run as it would for an editor.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST')), SEEDS_DIR: seeds, PARALLAX_GENERATED: path.join(work, 'generated'), PARALLAX_EDITORIAL: path.join(work, 'editorial') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  const deadline = Date.now() + 90_000;
  while (!log.includes('dev: serving')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`dev server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  url = `http://127.0.0.1:${port}`;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (child !== undefined && child.exitCode === null) {
    const exited = new Promise((r) => child?.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

describe('npm run dev', () => {
  it('shows a seed edit in the open page without a manual reload', async () => {
    const page = await browser!.newPage();
    await page.goto(`${url}/articles/000_aa17f673e635cf28/`, { waitUntil: 'load', timeout: 60_000 });
    // The first visit may reload once while Vite optimises dependencies.
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('hero’s welcome') === true, undefined, { timeout: 60_000 })
      .catch(async (error: unknown) => { throw new Error(`${String(error)}\n--- page:\n${(await page.content()).slice(0, 2000)}\n--- log:\n${log}`); });
    await new Promise((r) => setTimeout(r, 1000));
    const file = path.join(seeds, '000_aa17f673e635cf28.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('He got a hero’s welcome', 'He got a rapturous reception'));
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('rapturous reception') === true, undefined, { timeout: 45_000 });
    await expect(page.locator('main').textContent()).resolves.not.toContain('hero’s welcome');
    expect(log).toMatch(/dev: ingest done/);
    await page.close();
  }, 120_000);
});
