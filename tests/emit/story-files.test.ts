import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_INDEX_FILE, publishedStory, storyIndexEntry, storyIndexLine, type PublishedStory } from '../../src/emit/story-files.ts';
import { writeJsonLines } from '../../src/emit/json.ts';
import { siteData, storyDetails } from '../../src/lib/data.ts';
import { readPairs, readStoryFraming } from '../../src/lib/framing.ts';

/** A story of two reports of a Kremlin briefing, as the ingest writes it to stories.json. */
function kremlinStory(id = 'story-010_tass-briefing'): PublishedStory {
  return {
    id,
    title: 'Kremlin says talks are possible: 2 reports',
    articles: ['010_tass-briefing', '011_reuters-briefing'],
    url: `/stories/${id}/`,
    framing: {
      story: id,
      articles: [{ article: '010_tass-briefing', outlet: 'TASS', voices: [{ speakerId: 'dmitry-peskov', name: 'Dmitry Peskov', quotes: 2, words: 24 }] }],
      omissions: { quotes: [{ id: 'variant-q-aa', label: 'the door to negotiations remains open', present: { '010_tass-briefing': ['q-aa'] }, absent: ['011_reuters-briefing'] }], speakers: [] },
      terms: [{ group: 'operation', label: 'special military operation', byArticle: { '010_tass-briefing': ['special military operation'] } }],
    },
    variants: [{
      id: 'variant-q-aa', story: id, complete: 'q-aa', flags: ['trimmed'],
      versions: [
        { quote: 'q-aa', article: '010_tass-briefing', text: 'the door to negotiations remains open, as it always has', diff: [] },
        { quote: 'q-bb', article: '011_reuters-briefing', text: 'the door to negotiations remains open', diff: [{ op: 'same', text: 'the door to negotiations remains open' }, { op: 'removed', text: ', as it always has' }] },
      ],
    }],
    links: [{ a: '010_tass-briefing', b: '011_reuters-briefing', score: 0.41, shared: ['name: Dmitry Peskov'], rule: 'similar' }],
    pairs: [{
      a: '010_tass-briefing', b: '011_reuters-briefing', url: '/compare/010_tass-briefing--011_reuters-briefing/',
      data: '/data/pairs/010_tass-briefing--011_reuters-briefing.json',
      alignment: { summary: { shared: 6, onlyA: 4, onlyB: 2, speakers: { onlyA: ['dmitry-peskov'], onlyB: [], both: [] }, terms: [] } },
    }],
  };
}

describe('publishedStory', () => {
  it('leaves out the articles’ own framing, which articles.json holds, and keeps the rest in place', () => {
    const { pairs, ...story } = kremlinStory();
    const published = publishedStory(story, pairs);
    expect(Object.keys(published)).toEqual(Object.keys(kremlinStory()));
    expect(Object.keys(published.framing as object)).toEqual(['story', 'omissions', 'terms']);
    expect(JSON.stringify(published)).not.toContain('"voices"');
    expect(readStoryFraming(published.framing).terms).toEqual(readStoryFraming(kremlinStory().framing).terms);
    expect(published.pairs).toBe(pairs);
    // The record it was made from is not changed.
    expect((story.framing as { articles: unknown[] }).articles).toHaveLength(1);
  });

  it('keeps a story without framing as it is', () => {
    const { pairs, framing: _, ...story } = kremlinStory();
    expect(publishedStory(story, pairs)).toEqual({ ...story, pairs });
  });
});

describe('storyIndexLine', () => {
  it('is one line without the framing evidence, the links or the versions’ texts', () => {
    const line = storyIndexLine(kremlinStory());
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    const entry = JSON.parse(line) as Record<string, unknown>;
    expect(Object.keys(entry).sort()).toEqual(['articles', 'id', 'pairs', 'title', 'url', 'variants']);
    expect(line).not.toContain('remains open, as it always has');
    expect(line).not.toContain('special military operation');
    expect(line).not.toContain('Dmitry Peskov');
  });

  it('keeps what pages list: pair counts and each version’s diff', () => {
    const entry = storyIndexEntry(kremlinStory());
    expect(entry.pairs).toEqual([{
      a: '010_tass-briefing', b: '011_reuters-briefing', url: '/compare/010_tass-briefing--011_reuters-briefing/',
      data: '/data/pairs/010_tass-briefing--011_reuters-briefing.json', alignment: { summary: { shared: 6, onlyA: 4, onlyB: 2 } },
    }]);
    expect(entry.variants).toEqual([{
      id: 'variant-q-aa', complete: 'q-aa', flags: ['trimmed'],
      versions: [{ quote: 'q-aa', diff: [] }, { quote: 'q-bb', diff: [{ op: 'same', text: 'the door to negotiations remains open' }, { op: 'removed', text: ', as it always has' }] }],
    }]);
    // The site reads index pairs as it reads stories.json's: counts of unmatched sentences included.
    expect(readPairs(entry.pairs)[0]).toMatchObject({ shared: 6, unmatched: { a: 4, b: 2 } });
  });

  it('reads a story written by an older generator without variants or summaries', () => {
    const story: PublishedStory = { id: 'story-x', title: 'x', articles: ['x'], url: '/stories/story-x/', pairs: [{ a: 'x', b: 'y', url: '/compare/x--y/' }] };
    expect(storyIndexEntry(story)).toEqual({ ...story, pairs: [{ a: 'x', b: 'y', url: '/compare/x--y/', data: null, alignment: { summary: { shared: 0, onlyA: 0, onlyB: 0 } } }], variants: [] });
  });
});

describe('the site reads stories from the index and one story at a time', () => {
  const previous = process.env.PARALLAX_GENERATED;
  const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-story-files-'));

  /**
   * A data set of `n` copies of the Kremlin story; `withIndex` writes the index and stories.json one
   * story per line, as the ingest does (else stories.json is one line).
   */
  function writeDataSet(name: string, n: number, withIndex: boolean): string {
    const generated = path.join(root, name);
    const data = path.join(generated, 'data');
    mkdirSync(path.join(data, 'stories'), { recursive: true });
    const stories = Array.from({ length: n }, (_, i) => kremlinStory(`story-01${i}_tass-briefing`));
    for (const file of ['articles.json', 'quotes.json', 'speakers.json']) writeFileSync(path.join(data, file), '[]\n');
    writeFileSync(path.join(data, 'stories.json'), `${JSON.stringify(stories)}\n`);
    if (withIndex) {
      writeJsonLines(path.join(data, 'stories.json'), stories.map((s) => JSON.stringify(s)));
      writeFileSync(path.join(data, STORY_INDEX_FILE), stories.map(storyIndexLine).join(''));
    }
    return generated;
  }

  beforeAll(() => {
    writeDataSet('with-index', 12, true);
    writeDataSet('stories-json-only', 2, false);
    // An index beside a stories.json laid out otherwise (by hand, or by another tool): read whole.
    const other = writeDataSet('index-and-other-layout', 3, true);
    writeFileSync(path.join(other, 'data', 'stories.json'), `${JSON.stringify(Array.from({ length: 3 }, (_, i) => kremlinStory(`story-01${i}_tass-briefing`)), null, 2)}\n`);
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.PARALLAX_GENERATED;
    else process.env.PARALLAX_GENERATED = previous;
  });

  it('lists stories from the index and reads a story’s framing from its own line of stories.json', () => {
    process.env.PARALLAX_GENERATED = path.join(root, 'with-index');
    const file = path.join(root, 'with-index', 'data', 'stories.json');
    // Only the line of the story asked for is read: the lines of the others are made unreadable.
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, lines.map((l, i) => (i === 0 || i === 4 || i >= lines.length - 2 ? l : 'x'.repeat(l.length))).join('\n'));
    const data = siteData();
    expect(data.stories.map((s) => s.id)).toHaveLength(12);
    expect(data.story.get('story-010_tass-briefing')).not.toHaveProperty('framing');
    expect(data.variants.get('variant-q-aa')?.flags).toEqual(['trimmed']);
    const framing = readStoryFraming(storyDetails('story-013_tass-briefing')?.framing);
    expect(framing.terms.map((t) => t.label)).toEqual(['special military operation']);
    expect(storyDetails('story-unknown')).toBeUndefined();
  });

  it('gives the same story while it is recent and reads it again once many others were read', () => {
    process.env.PARALLAX_GENERATED = path.join(root, 'with-index');
    writeDataSet('with-index', 12, true);
    const first = storyDetails('story-010_tass-briefing');
    expect(storyDetails('story-010_tass-briefing')).toBe(first);
    for (let i = 1; i < 12; i += 1) storyDetails(`story-01${i}_tass-briefing`);
    const again = storyDetails('story-010_tass-briefing');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('reads stories.json whole when it is not one story per line', () => {
    process.env.PARALLAX_GENERATED = path.join(root, 'index-and-other-layout');
    expect(siteData().stories.map((s) => s.id)).toEqual(['story-010_tass-briefing', 'story-011_tass-briefing', 'story-012_tass-briefing']);
    expect(readStoryFraming(storyDetails('story-012_tass-briefing')?.framing).terms.map((t) => t.label)).toEqual(['special military operation']);
    expect(storyDetails('story-011_tass-briefing')?.id).toBe('story-011_tass-briefing');
  });

  it('falls back to stories.json when the data set has no story index', () => {
    process.env.PARALLAX_GENERATED = path.join(root, 'stories-json-only');
    expect(siteData().stories.map((s) => s.id)).toEqual(['story-010_tass-briefing', 'story-011_tass-briefing']);
    expect(readStoryFraming(storyDetails('story-011_tass-briefing')?.framing).quoteRows.map((r) => r.id)).toEqual(['variant-q-aa']);
  });
});
