import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../hardening/site-build.ts';

/**
 * Builds a real site from the seeds plus a hostile page and reads the HTML: text that looks like
 * code must show literally and never run at build time.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-site-'));
const seeds = path.join(work, 'seeds');
const canary = path.join(work, 'canary.txt');
let generated = '';
let dist = '';

beforeAll(async () => {
  cpSync('seeds', seeds, { recursive: true });
  const hostileText = readFileSync('tests/fixtures/hostile/hostile-page.txt', 'utf8').replace('__CANARY__', canary);
  writeFileSync(path.join(seeds, 'hostile-page.txt'), hostileText);
  ({ generated, dist } = await buildSite({ seeds, work, name: 'site' }));
}, 300_000);

const html = (page: string): string => readFileSync(path.join(dist, page, 'index.html'), 'utf8');
/** Visible text of a page, with tags removed and entities decoded. */
function textOf(page: string): string {
  return html(page)
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<(a|span) class="speaker-label[^"]*"[^>]*>[^<]*<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
}

describe('the built site', () => {
  it('has a page per article, speaker and story', () => {
    const data = (name: string) => JSON.parse(readFileSync(path.join(generated, 'data', name), 'utf8')) as { url: string }[];
    for (const name of ['articles.json', 'speakers.json', 'stories.json']) {
      for (const record of data(name)) expect(existsSync(path.join(dist, record.url, 'index.html')), record.url).toBe(true);
    }
    expect(existsSync(path.join(dist, 'data', 'quotes.json'))).toBe(true);
  });

  it('shows hostile text literally and runs none of it', () => {
    const page = textOf('articles/hostile-page');
    for (const literal of [
      '{process.exit(1)}',
      '<script>alert("pwned")</script>',
      `import fs from "node:fs"; fs.writeFileSync("${canary}", "ran at build time")`,
      'export const hacked = true;',
      '${template}',
      '<Quote id="fake">fake components</Quote>',
      '# not a heading, *not emphasis*, `not code`, [a link](javascript:alert(1)) and <!-- a comment -->',
      '}}} braces',
      '👩‍👩‍👧',
      '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
    ]) expect(page).toContain(literal);
    expect(html('articles/hostile-page')).not.toContain('<script>alert');
    expect(html('articles/hostile-page')).not.toMatch(/href="javascript:/);
    expect(existsSync(canary)).toBe(false);
  });
});
