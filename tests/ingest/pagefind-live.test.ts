import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../src/ingest/pagefind.ts';
import { LIVE_INDEX_MAX_ARTICLES, startLiveIndex, useLiveIndex } from '../../src/ingest/pagefind-live.ts';

/** A made-up article page of the harbour story, with Pagefind's body, a filter and a quote. */
const html = (title: string, text: string): string =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><span hidden data-pagefind-filter="outlet">Coastal Ledger</span>` +
  `<h1>${title}</h1><p>${text}</p><p data-pagefind-ignore>Link to this paragraph</p></main></body></html>`;

const pages: [string, string, string][] = [
  ['index.html', 'Home', 'Stories of the Marlow harbour dredging vote.'],
  ['articles/ledger-dredging/index.html', 'Council backs dredging', '“We cannot wait another winter,” said Councillor Ines Varga.'],
  ['articles/post-dredging/index.html', 'Dredging vote splits council', 'Harbourmaster Tomas Reyes said the silt had closed two berths.'],
  ['speakers/ines-varga/index.html', 'Ines Varga', 'Councillor of Marlow.'],
  ['stories/story-dredging/index.html', 'The dredging vote', 'Two outlets covered the vote.'],
  ['compare/ledger-dredging--post-dredging/index.html', 'Comparison', 'Sentences shared by both articles.'],
  ['guides/[draft] harbour q&a/index.html', 'Harbour Q&amp;A', 'What the dredging vote means for berth holders.'],
];

const write = (dist: string, rel: string, content: string): void => {
  mkdirSync(path.dirname(path.join(dist, rel)), { recursive: true });
  writeFileSync(path.join(dist, rel), content);
};
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/** Writes the site one page at a time, as Astro does, after emptying what the last build left. */
async function writeSite(dist: string, list = pages): Promise<void> {
  for (const name of readdirSync(dist)) rmSync(path.join(dist, name), { recursive: true, force: true });
  for (const [rel, title, text] of list) {
    write(dist, rel, html(title, text));
    await tick();
  }
  write(dist, 'data/quotes.json', '[]');
}

/** The fragment files of an index: one per page, named by the hash of its URL, text, filters and metadata. */
const fragments = (dist: string): string[] => readdirSync(path.join(dist, 'pagefind', 'fragment')).sort();

/** The same site indexed by Pagefind's CLI once it is written. */
async function cliFragments(dist: string): Promise<string[]> {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'parallax-live-cli-'));
  cpSync(dist, copy, { recursive: true, filter: (src) => !src.includes(`${path.sep}pagefind`) });
  await indexSite(copy);
  return fragments(copy);
}

/** A folder holding the last build's site, with a page this build no longer makes. */
function lastBuild(): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'parallax-live-'));
  write(dist, 'articles/withdrawn/index.html', html('Withdrawn', 'An article since withdrawn.'));
  write(dist, 'pagefind/pagefind-entry.json', '{}');
  return dist;
}

describe('indexing pages while they are written', () => {
  it('indexes the same pages, text and filters as the CLI over the finished site, reading them as they land', async () => {
    const dist = lastBuild();
    const live = await startLiveIndex(dist);
    await writeSite(dist);
    const result = await live.finish();
    expect(result.pages).toBe(6);
    expect(result.readEarly).toBeGreaterThanOrEqual(5); // all but the last page, read when the next one appeared
    expect(fragments(dist)).toEqual(await cliFragments(dist));
  }, 60_000);

  it('indexes a page again, from the finished site, when it changed after it was read', async () => {
    const dist = lastBuild();
    const live = await startLiveIndex(dist);
    await writeSite(dist);
    write(dist, 'articles/ledger-dredging/index.html', html('Council backs dredging', 'Corrected: the vote was seven to two, said Councillor Ines Varga.'));
    const result = await live.finish();
    expect(result.pages).toBe(6);
    expect(fragments(dist)).toEqual(await cliFragments(dist));
  }, 60_000);

  it('writes no index when the build fails', async () => {
    const dist = lastBuild();
    const live = await startLiveIndex(dist);
    await writeSite(dist, pages.slice(0, 3));
    await live.abort();
    expect(readdirSync(dist)).not.toContain('pagefind');
  }, 60_000);
});

describe('which builds get the live index', () => {
  const site = (articles: number): string => {
    const generated = mkdtempSync(path.join(os.tmpdir(), 'parallax-live-size-'));
    mkdirSync(path.join(generated, 'articles'));
    for (let i = 0; i < articles; i++) writeFileSync(path.join(generated, 'articles', `${String(i).padStart(5, '0')}_harbour.mdx`), '---\n---\n');
    writeFileSync(path.join(generated, 'articles', 'notes.txt'), 'not an article');
    return generated;
  };

  it('indexes while Astro writes up to the size limit, after Astro above it, unless told', () => {
    const small = site(3);
    const large = site(LIVE_INDEX_MAX_ARTICLES + 1);
    const limit = site(LIVE_INDEX_MAX_ARTICLES);
    try {
      expect(useLiveIndex(small, undefined)).toBe(true);
      expect(useLiveIndex(limit, undefined)).toBe(true);
      expect(useLiveIndex(large, undefined)).toBe(false);
      expect(useLiveIndex(small, 'cli')).toBe(false);
      expect(useLiveIndex(large, 'live')).toBe(true);
      expect(useLiveIndex(path.join(small, 'missing'), undefined)).toBe(true);
    } finally {
      for (const dir of [small, large, limit]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
