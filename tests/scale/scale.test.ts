import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { namedPeople, scaledArticles, splitSource, writeScaledCorpus, type SourceText } from '../../src/bench/scale.ts';

// Made-up reports, in the shape of the seeds the scaler reads: headline, blank line, paragraphs.
const SOURCES: Record<string, string> = {
  'harbor.txt': `Port Authority Approves Harbor Dredging Plan

The Port Authority on Tuesday approved a $40 million plan to deepen the northern shipping channel, ending two years of debate.

"This keeps the harbor open to the ships that pay our bills," said Authority chair Miriam Castell after the vote.

Castell said work would begin in the spring. Environmental groups said they would study the plan before deciding whether to sue.

"We have not seen the sediment study," said Owen Pratt, who directs the Bay Keepers coalition. Pratt added that the group had asked for it twice.
`,
  'school.txt': `City Council Delays Vote on School Budget

The City Council postponed a vote on the school budget on Monday after three members asked for more time to review staffing figures.

"We owe parents a budget that adds up," said council member Dana Whitlock.

Superintendent Paul Ferris said the district could not hire teachers until the budget passed. Ferris said he hoped for a vote within two weeks.
`,
  'storm.txt': `Storm Knocks Out Power to Thousands

High winds left about 12,000 homes without power on Sunday night, the utility said.

"Crews will work through the night," utility spokeswoman Rita Engel said. Engel said most customers would be reconnected by Tuesday.
`,
};

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parallax-scale-'));
  await mkdir(path.join(dir, 'sources'));
  for (const [name, text] of Object.entries(SOURCES)) await writeFile(path.join(dir, 'sources', name), text);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(folder)).sort()) out[name] = await readFile(path.join(folder, name), 'utf8');
  return out;
}

describe('the corpus scaler', () => {
  it('writes the same files for the same seed number', async () => {
    await writeScaledCorpus({ sources: path.join(dir, 'sources'), out: path.join(dir, 'a'), size: 40, seed: 7 });
    await writeScaledCorpus({ sources: path.join(dir, 'sources'), out: path.join(dir, 'b'), size: 40, seed: 7 });
    const a = await snapshot(path.join(dir, 'a'));
    expect(Object.keys(a)).toHaveLength(80); // 40 seeds and their sidecars
    expect(await snapshot(path.join(dir, 'b'))).toEqual(a);
  });

  it('writes a different corpus for another seed number', async () => {
    await writeScaledCorpus({ sources: path.join(dir, 'sources'), out: path.join(dir, 'c'), size: 40, seed: 8 });
    const a = await snapshot(path.join(dir, 'a'));
    const c = await snapshot(path.join(dir, 'c'));
    expect(Object.values(c)).not.toEqual(Object.values(a));
  });

  it('keeps the sources\' paragraphs and gives every article a valid sidecar', async () => {
    const sources = Object.values(SOURCES).map(splitSource);
    const mask = (p: string): string => p.trim().replace(/\p{Lu}\p{Ll}+/gu, 'Name');
    const paragraphs = new Set(sources.flatMap((s) => s.paragraphs).map(mask));
    for (const article of scaledArticles(sources, 25, 3)) {
      expect(article.meta.published).toMatch(/^201[56]-\d\d-\d\d$/);
      expect(article.meta.outlet.length).toBeGreaterThan(0);
      // The first body paragraph follows headline, byline and date; renaming changes names only.
      const body = article.text.split('\n\n').slice(3);
      expect(body.length).toBeGreaterThan(0);
      // Names aside, every body paragraph is a source's (at most one line of page chrome is added).
      const foreign = body.filter((p) => !paragraphs.has(mask(p)));
      expect(foreign.length).toBeLessThanOrEqual(1);
      expect(body.length - foreign.length).toBeGreaterThan(0);
    }
  });

  it('gives every report of an event the same cast and distinct outlets', () => {
    const sources: SourceText[] = [splitSource(SOURCES['harbor.txt']!)];
    const byEvent = new Map<number, { chair: string; outlets: string[] }>();
    for (const a of scaledArticles(sources, 30, 11)) {
      // The chair's renamed surname is the word before " said work would begin".
      const chair = /(\p{Lu}\p{Ll}+) said work would begin/u.exec(a.text)?.[1] ?? null;
      const entry = byEvent.get(a.event) ?? { chair: '', outlets: [] };
      if (chair !== null && entry.chair === '') entry.chair = chair;
      else if (chair !== null) expect(chair).toBe(entry.chair);
      entry.outlets.push(a.meta.outlet);
      byEvent.set(a.event, entry);
    }
    for (const { outlets } of byEvent.values()) expect(new Set(outlets).size).toBe(outlets.length);
    expect(byEvent.size).toBeGreaterThan(3);
  });

  it('finds the people a text is about, not title-case phrases', () => {
    const people = namedPeople(splitSource(SOURCES['harbor.txt']!).paragraphs).map((p) => p.join(' '));
    expect(people).toEqual(expect.arrayContaining(['Miriam Castell', 'Owen Pratt']));
    expect(people).not.toContain('Port Authority');
    expect(people).not.toContain('Bay Keepers');
  });
});
