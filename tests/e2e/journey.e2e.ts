import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist } from './browser.ts';

let browser: Browser;
let site: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  site = await serveDist();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('a reader in the browser', () => {
  it('follows home → article → speaker', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('Parallax');
    await page.locator('main a[href^="/articles/0"]').first().click();
    await page.waitForURL(/\/articles\/0/);
    const quote = page.locator('.quote a.speaker-label').first();
    await expect(quote.count()).resolves.toBeGreaterThan(0);
    const speakerName = (await quote.textContent())?.replace(/^—\s*/, '').trim() ?? '';
    await quote.click();
    await page.waitForURL(/\/speakers\//);
    await expect(page.locator('h1').textContent()).resolves.toBe(speakerName);
    await expect(page.locator('.quotes li').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('searches "flywheel" and finds an article', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/search/?q=flywheel`);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 20_000 });
    const result = page.locator('.pagefind-ui__result-link[href^="/articles/"]').first();
    const href = await result.getAttribute('href');
    expect(href).toMatch(/^\/articles\/[^/]+\//);
    await result.click();
    await page.waitForURL(/\/articles\//);
    await expect(page.locator('main').textContent()).resolves.toContain('flywheel');
    await page.close();
  });
});
