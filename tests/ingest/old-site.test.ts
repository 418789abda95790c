import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardInBackground, restore, setAside } from '../../src/ingest/old-site.ts';

/** A project folder whose dist/ holds the last build: one article page. */
function lastBuild(): { root: string; dist: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-old-site-'));
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'articles', 'harbour-vote'), { recursive: true });
  writeFileSync(path.join(dist, 'articles', 'harbour-vote', 'index.html'), '<h1>Harbour vote</h1>');
  return { root, dist };
}

describe('the last build’s site during a build', () => {
  it('is moved aside, leaving no dist/, and put back whole after a failed build', () => {
    const { dist } = lastBuild();
    const old = setAside(dist);
    expect(old).not.toBeNull();
    expect(existsSync(dist)).toBe(false);
    mkdirSync(path.join(dist, 'articles'), { recursive: true }); // the failed build's half site
    restore(old!, dist);
    expect(readFileSync(path.join(dist, 'articles', 'harbour-vote', 'index.html'), 'utf8')).toBe('<h1>Harbour vote</h1>');
    expect(existsSync(old!)).toBe(false);
  });

  it('is removed after a build without the build waiting, with what an interrupted build left', async () => {
    const { root, dist } = lastBuild();
    mkdirSync(path.join(root, 'dist.old-1'));
    setAside(dist);
    mkdirSync(dist);
    discardInBackground(dist);
    for (let i = 0; i < 100 && readdirSync(root).length > 1; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('stays where it is when it holds a .git (Astro keeps it when it empties dist/)', () => {
    const { dist } = lastBuild();
    mkdirSync(path.join(dist, '.git'));
    expect(setAside(dist)).toBeNull();
    expect(existsSync(path.join(dist, 'articles'))).toBe(true);
  });

  it('is nothing to move on a first build', () => {
    const { root } = lastBuild();
    expect(setAside(path.join(root, 'public-site'))).toBeNull();
  });
});
