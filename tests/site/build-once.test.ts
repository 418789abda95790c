import { describe, expect, it } from 'vitest';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { boundPairs } from '../../src/lib/compare.ts';
import { readArticleFraming, readPairs, type PairAlignment } from '../../src/lib/framing.ts';
import { markdownBodies } from '../../src/lib/markdown-bodies.ts';
import { speakerMdx, storyMdx } from '../../src/emit/entries.ts';

const pair = (a: string, b: string, shared: number): PairAlignment => ({ a, b, url: `/compare/${a}--${b}/`, pairs: [], onlyA: [], onlyB: [], shared, unmatched: { a: 0, b: 0 } });

/** Every pair of `n` articles, sharing a varying number of sentences. */
function allPairs(n: number): PairAlignment[] {
  const ids = Array.from({ length: n }, (_, i) => `wire-${String(i).padStart(2, '0')}`);
  const out: PairAlignment[] = [];
  for (let i = 0; i < n; i += 1) for (let j = i + 1; j < n; j += 1) out.push(pair(ids[i]!, ids[j]!, (i * 7 + j * 3) % 11));
  return out;
}

describe('boundPairs, computed once per story', () => {
  it('keeps, for each article, the partners it shares most sentences with, in the story order', () => {
    const pairs = allPairs(30);
    const kept = boundPairs(pairs, 60);
    const perArticle = Math.floor((2 * 60) / 30);
    // The rule spelled out: each article's closest partners (ties by URL), the union in story order.
    const expected = new Set<PairAlignment>();
    for (const id of new Set(pairs.flatMap((p) => [p.a, p.b]))) {
      pairs.filter((p) => p.a === id || p.b === id)
        .sort((x, y) => y.shared - x.shared || x.url.localeCompare(y.url))
        .slice(0, perArticle)
        .forEach((p) => expected.add(p));
    }
    expect(kept).toEqual(pairs.filter((p) => expected.has(p)));
  });

  it('gives every page of a story the same answer without bounding again', () => {
    const pairs = allPairs(30);
    const first = boundPairs(pairs, 60);
    expect(boundPairs(pairs, 60)).toBe(first);
    expect(boundPairs(pairs, 100)).not.toBe(first);
    expect(boundPairs(pairs, 100).length).toBeGreaterThan(first.length);
  });
});

describe('framing readers, once per record', () => {
  it('does not keep an article framing (its page reads it once), and keeps the fallback id of each caller', () => {
    const raw = { voices: [{ speakerId: 'kirby', name: 'John Kirby', quotes: 2, words: 31 }], verbs: [{ text: 'said', verb: 'said', speakerId: 'kirby', name: 'John Kirby' }] };
    const first = readArticleFraming(raw, 'latin-times-kirby');
    expect(readArticleFraming(raw, 'latin-times-kirby')).not.toBe(first);
    expect(readArticleFraming(raw, 'latin-times-kirby')).toEqual(first);
    expect(first.article).toBe('latin-times-kirby');
    expect(readArticleFraming(raw, 'reuters-kirby').article).toBe('reuters-kirby');
    expect(first.voices.map((v) => v.name)).toEqual(['John Kirby']);
  });

  it('reads a story’s pairs once; a new data set (new objects) is read afresh', () => {
    const raw = [{ a: 'a1', b: 'b1', url: '/compare/a1--b1/', alignment: { pairs: [], onlyA: [], onlyB: [], summary: { shared: 3 } } }];
    const first = readPairs(raw);
    expect(readPairs(raw)).toBe(first);
    expect(first[0]?.shared).toBe(3);
    const reloaded = structuredClone(raw);
    reloaded[0]!.alignment.summary.shared = 4;
    expect(readPairs(reloaded)[0]?.shared).toBe(4);
  });
});

/** A stand-in for Astro's entry types: Markdown renders a paragraph with the trailing newline it adds. */
function entryTypes(): Map<string, ContentEntryType> {
  const markdown: ContentEntryType = {
    extensions: ['.md'],
    getEntryInfo: ({ contents }) => ({ data: {}, body: contents, slug: '', rawData: '' }),
    getRenderFunction: async () => async (entry) => ({ html: `<p>${entry.body ?? ''}</p>\n` }),
  };
  const mdx: ContentEntryType = { extensions: ['.mdx'], getEntryInfo: markdown.getEntryInfo, contentModuleTypes: 'mdx' };
  return new Map([['.md', markdown], ['.mdx', mdx]]);
}

/** A loader that hands back the context it was given. */
function spy(): { loader: Loader; seen: () => LoaderContext & { entryTypes?: Map<string, ContentEntryType> } } {
  let seen: (LoaderContext & { entryTypes?: Map<string, ContentEntryType> }) | undefined;
  return {
    loader: { name: 'spy', load: async (context) => { seen = context; } },
    seen: () => seen!,
  };
}

describe('markdownBodies', () => {
  it('reads .mdx files as Markdown, rendered as MDX renders a paragraph (no trailing newline)', async () => {
    const { loader, seen } = spy();
    const types = entryTypes();
    await markdownBodies(loader).load({ entryTypes: types } as unknown as LoaderContext);
    const mdx = seen().entryTypes?.get('.mdx');
    expect(mdx?.contentModuleTypes).toBeUndefined();
    const render = await mdx!.getRenderFunction!({} as never);
    expect((await render({ id: 'kirby', data: {}, body: 'Quoted 2 times in 1 article.' })).html).toBe('<p>Quoted 2 times in 1 article.</p>');
    // The context Astro passed is left as it was, for the other collections.
    expect(types.get('.mdx')?.contentModuleTypes).toBe('mdx');
  });

  it('runs the loader unchanged when the context has no entry types', async () => {
    const { loader, seen } = spy();
    const context = { collection: 'speakers' } as unknown as LoaderContext;
    await markdownBodies(loader).load(context);
    expect(seen()).toBe(context);
  });
});

describe('speaker and story bodies', () => {
  // markdownBodies relies on this: the body is prose that Markdown and MDX render alike.
  const plain = /^[A-Za-z0-9 .]+\n?$/;
  const body = (mdx: string): string => mdx.split('\n---\n').slice(1).join('\n---\n').trim();

  it('are one plain sentence, whatever the names in the frontmatter', () => {
    const speaker = { id: 'x', name: 'Dmitry <b>{Peskov}</b> *', aliases: ['_Peskov_'], url: '/speakers/x/', type: 'person' as const, descriptors: ['Kremlin spokesman [1]'], quotes: ['q-1', 'q-2'], articles: ['a'], outlets: ['TASS'] };
    expect(body(speakerMdx(speaker))).toMatch(plain);
    expect(body(speakerMdx(speaker))).toBe('Quoted 2 times in 1 article.');
    const story = { id: 'story-a', title: 'Kremlin: <script>{talks}</script> # 1', articles: ['a', 'b'], url: '/stories/story-a/', pairs: [] };
    expect(body(storyMdx(story))).toMatch(plain);
    expect(body(storyMdx({ ...story, articles: ['a'] }))).toBe('One article covers this story so far.');
  });
});
