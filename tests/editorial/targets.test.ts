import { describe, expect, it } from 'vitest';
import { buildEditorialIndex, currentStory, checkQuoteId, checkTarget, checkVariantGroup, editDistance, nearest, parseTarget } from '../../src/lib/editorial-targets.ts';

/** A small data set: two articles in one story, three quotes, two speakers. */
const index = buildEditorialIndex({
  articles: [
    { id: '010_harbour', blocks: [{ anchor: 'p-1' }, { anchor: 'h-1' }, { anchor: 'p-2' }, { anchor: 'p-3' }].map((b) => ({ ...b, kind: 'paragraph' as const, text: '', start: 0, end: 0 })) },
    { id: '011_harbour', blocks: [{ anchor: 'p-1', kind: 'paragraph' as const, text: '', start: 0, end: 0 }] },
  ],
  quotes: [
    { id: 'q-1a2b3c4d', article: '010_harbour', block: 'p-2', variantGroup: 'variant-q-1a2b3c4d' },
    { id: 'q-9f8e7d6c', article: '011_harbour', block: 'p-1', variantGroup: 'variant-q-1a2b3c4d' },
    { id: 'q-55555555', article: '010_harbour', block: 'p-3', variantGroup: null },
  ],
  speakers: [{ id: 'mayor-ana-silva' }, { id: 'port-authority' }],
  stories: [{ id: 'story-010_harbour', articles: ['010_harbour', '011_harbour'] }],
  terms: ['invaded', 'start-of-war/invaded'],
});

describe('parseTarget', () => {
  it('reads every kind of target', () => {
    expect(parseTarget('article:010_harbour')).toEqual({ kind: 'article', id: '010_harbour' });
    expect(parseTarget('paragraph:010_harbour#p-2')).toEqual({ kind: 'paragraph', id: '010_harbour', anchor: 'p-2' });
    expect(parseTarget('quote:q-1a2b3c4d')).toEqual({ kind: 'quote', id: 'q-1a2b3c4d' });
    expect(parseTarget('speaker:mayor-ana-silva')).toEqual({ kind: 'speaker', id: 'mayor-ana-silva' });
    expect(parseTarget('story:story-010_harbour')).toEqual({ kind: 'story', id: 'story-010_harbour' });
  });
  it('rejects unknown kinds and missing parts', () => {
    for (const bad of ['outlet:reuters', 'article:', 'paragraph:010_harbour', 'paragraph:#p-1', 'quote:q-1#x', 'no-colon']) expect(parseTarget(bad), bad).toBeNull();
  });
});

describe('nearest valid id', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests the closest candidate', () => {
    expect(nearest('q-1a2b3c4e', ['q-55555555', 'q-1a2b3c4d', 'q-9f8e7d6c'])).toBe('q-1a2b3c4d');
    expect(nearest('x', [])).toBeUndefined();
  });
});

describe('checkTarget', () => {
  it('accepts what exists', () => {
    for (const t of ['article:010_harbour', 'paragraph:010_harbour#p-3', 'quote:q-55555555', 'speaker:port-authority', 'story:story-010_harbour']) {
      expect(checkTarget(parseTarget(t)!, index), t).toBeNull();
    }
  });
  it('names the missing id and the nearest valid one', () => {
    expect(checkTarget(parseTarget('article:010_harbor')!, index)).toEqual({ message: 'article "010_harbor" does not exist', suggestion: '010_harbour' });
    expect(checkTarget(parseTarget('speaker:mayor-anna-silva')!, index)?.suggestion).toBe('mayor-ana-silva');
    expect(checkTarget(parseTarget('quote:q-1a2b3c4e')!, index)?.suggestion).toBe('q-1a2b3c4d');
  });
  it('suggests a paragraph of the same article', () => {
    const problem = checkTarget(parseTarget('paragraph:010_harbour#p-9')!, index);
    expect(problem?.message).toContain('has no paragraph "p-9"');
    expect(problem?.suggestion).toBe('010_harbour#p-1');
    expect(checkTarget(parseTarget('paragraph:010_harbor#p-2')!, index)?.suggestion).toBe('010_harbour#p-2');
  });
  it('accepts a retired story id whose article now belongs to another story, and resolves it there', () => {
    expect(checkTarget(parseTarget('story:story-011_harbour')!, index)).toBeNull();
    expect(currentStory('story-011_harbour', index.stories)).toBe('story-010_harbour');
    expect(currentStory('story-999_nowhere', index.stories)).toBeNull();
    expect(checkTarget(parseTarget('story:story-999_nowhere')!, index)?.message).toContain('does not exist');
  });
});

describe('component ids', () => {
  it('checks QuoteRef ids and Compare groups (a quote id of the group also works)', () => {
    expect(checkQuoteId('q-9f8e7d6c', index)).toBeNull();
    expect(checkQuoteId('q-9f8e7d6d', index)?.suggestion).toBe('q-9f8e7d6c');
    expect(checkVariantGroup('variant-q-1a2b3c4d', index)).toBeNull();
    expect(checkVariantGroup('q-9f8e7d6c', index)).toBeNull();
    expect(checkVariantGroup('variant-q-1a2b3c4', index)?.suggestion).toBe('variant-q-1a2b3c4d');
    // A group renamed by regrouping: its quote still leads to the group it is in now.
    expect(checkVariantGroup('variant-q-9f8e7d6c', index)).toBeNull();
  });
});
