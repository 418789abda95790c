import { existsSync } from 'node:fs';
import { preview } from 'astro';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with the flags this sandbox needs (no network beyond loopback). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}; install it (apt-get install chromium) or set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-quic', '--disable-sync',
    ],
  });
}

/** Serves dist/ with Astro's preview server on a free loopback port. */
export async function serveDist(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port }, logLevel: 'warn' });
  return { url: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
