import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, htmlFiles, visibleText, writeHostileSeeds, type BuiltSite } from './site-build.ts';
import { hostileLiterals } from './hostile-literals.ts';

/** Builds a site from the hostile seeds alone: everything shows literally, nothing runs. */
const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-hostile-'));
const canary = path.join(work, 'canary.txt');
let site: BuiltSite;

beforeAll(async () => {
  writeHostileSeeds(path.join(work, 'seeds'), canary);
  site = await buildSite({ seeds: path.join(work, 'seeds'), work, name: 'site' });
}, 300_000);

const page = (id: string): string => readFileSync(path.join(site.dist, 'articles', id, 'index.html'), 'utf8');

describe('a site built from hostile seeds', () => {
  it('publishes every hostile seed as an article', () => {
    for (const id of Object.keys(hostileLiterals)) expect(existsSync(path.join(site.dist, 'articles', id, 'index.html')), id).toBe(true);
  });

  it.each(Object.entries(hostileLiterals))('shows the text of %s literally', (id, literals) => {
    const text = visibleText(page(id));
    for (const literal of literals) expect(text, literal).toContain(literal.replaceAll('__CANARY__', canary));
  });

  it('shows NUL and control characters as U+FFFD, never raw', () => {
    for (const file of htmlFiles(site.dist)) {
      expect(readFileSync(path.join(site.dist, file), 'utf8'), file).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    }
  });

  it('runs nothing at build time', () => {
    expect(existsSync(canary)).toBe(false);
  });

  it('adds no element, handler or link from the text to any page', () => {
    for (const file of htmlFiles(site.dist)) {
      // Quoted attribute values may hold "<" harmlessly (HTML parses no tags there); look at the markup outside them.
      const html = readFileSync(path.join(site.dist, file), 'utf8').replace(/="[^"]*"/g, '=""');
      // Tags from the seeds would appear unescaped; every one of them is escaped.
      expect(html, file).not.toMatch(/<script>(?:window\.__pwned|alert)/);
      expect(html, file).not.toMatch(/<[a-z][^<>]*\son(?:error|load)=/i);
      expect(html, file).not.toMatch(/<(?:b|em)>(?:Name|Evil|Ignores|v2)</);
      expect(html, file).not.toContain('<Quote');
      const raw = readFileSync(path.join(site.dist, file), 'utf8');
      expect(raw, file).not.toMatch(/(?:href|src)="javascript:/i);
      expect(raw, file).not.toMatch(/<(?:img|iframe|svg)\s+(?:src=x|src="javascript|onload)/i);
      // JSON-LD never holds a raw "<" that could close its script element.
      for (const [, json] of raw.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) expect(json).not.toContain('<');
    }
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
