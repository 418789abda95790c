import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { buildSite } from '../hardening/site-build.ts';
import { indexSite } from '../../src/ingest/pagefind.ts';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Walks every HTML page of a site built from the seeds (with its search index, as `npm run build`
 * makes it) and follows every internal link: the target must exist and, when the link has an
 * anchor (#p-3, #q-…), the target page must hold that id.
 */
let dist = '';

beforeAll(async () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-links-'));
  ({ dist } = await buildSite({ seeds: 'seeds', work, name: 'site', editorial: path.resolve('content/editorial') }));
  await indexSite(dist);
}, 300_000);

/** Every file under a folder, relative to it. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Ids and internal link targets of an HTML page (scripts left out: their text is not markup). */
export function scanPage(html: string): { ids: Set<string>; links: string[] } {
  const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
  const ids = new Set([...markup.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
  const links = [...markup.matchAll(/<(?:a|link)\b[^>]*?\shref="([^"]*)"/g)].map((m) => decode(m[1] ?? ''));
  return { ids, links };
}

/** The file a site path is served from, or undefined. */
function fileOf(pathname: string): string | undefined {
  const clean = decodeURIComponent(pathname).replace(/^\//, '');
  for (const candidate of [clean, path.join(clean, 'index.html')]) {
    const full = path.join(dist, candidate);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}

describe('internal links', () => {
  it('all resolve, anchors included', () => {
    const pages = walk(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'));
    expect(pages.length).toBeGreaterThan(5);
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string) => {
      let set = idsOf.get(file);
      if (set === undefined) { set = scanPage(readFileSync(file, 'utf8')).ids; idsOf.set(file, set); }
      return set;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const file = path.join(dist, page);
      const pageUrl = new URL(`/${page.replace(/index\.html$/, '')}`, 'http://site.test');
      for (const href of scanPage(readFileSync(file, 'utf8')).links) {
        const url = new URL(href, pageUrl);
        if (url.origin !== 'http://site.test') continue;
        checked += 1;
        const target = fileOf(url.pathname);
        if (target === undefined) { broken.push(`${page}: ${href} (no such page)`); continue; }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor !== '' && target.endsWith('.html') && !ids(target).has(anchor)) broken.push(`${page}: ${href} (no id "${anchor}")`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('finds a missing anchor (the checker itself works)', () => {
    const { ids, links } = scanPage('<p id="p-1">x</p><a href="/a/#p-2">y</a><script>const s = \'<a href="/nope/">\';</script>');
    expect([...ids]).toEqual(['p-1']);
    expect(links).toEqual(['/a/#p-2']);
  });
});

describe('page weight', () => {
  it('keeps every article page under 60 KB compressed (HTML, CSS and script; search index aside)', () => {
    const articles = readdirSync(path.join(dist, 'articles')).filter((d) => existsSync(path.join(dist, 'articles', d, 'index.html')));
    expect(articles.length).toBeGreaterThan(0);
    for (const id of articles) {
      const html = readFileSync(path.join(dist, 'articles', id, 'index.html'), 'utf8');
      const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => readFileSync(path.join(dist, m[1] ?? '')));
      const bytes = gzipSync(html).length + assets.reduce((n, a) => n + gzipSync(a).length, 0);
      expect(bytes, id).toBeLessThan(60 * 1024);
    }
  });
});
