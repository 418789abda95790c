import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { buildSite, writeHostileSeeds } from '../hardening/site-build.ts';
import { serveFolder } from '../hardening/static-server.ts';
import { hostileLiterals, pwnedGlobal } from '../hardening/hostile-literals.ts';

/** A site built from the hostile seeds alone, in a temporary folder, served on loopback. */
const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-hostile-e2e-'));
let browser: Browser;
let site: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  writeHostileSeeds(path.join(work, 'seeds'), path.join(work, 'canary.txt'));
  const built = await buildSite({ seeds: path.join(work, 'seeds'), work, name: 'site' });
  site = await serveFolder(built.dist);
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('hostile articles in the browser', () => {
  it.each(Object.keys(hostileLiterals))('%s opens no dialog, sets no global and logs no error', async (id) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${site.url}/articles/${id}/`, { waitUntil: 'load' });
    // Open every disclosure and popover so text hidden at first is rendered too.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    for (const button of await page.locator('button.why').all()) {
      await button.click();
      await page.keyboard.press('Escape');
    }
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name] ?? null, pwnedGlobal)).toBeNull();
    expect(errors).toEqual([]);
    // The text is on the page, literally.
    const text = await page.locator('main').innerText();
    expect(text).toContain(hostileLiterals[id]?.[0]?.slice(0, 40) ?? '');
    await page.close();
  });
});
