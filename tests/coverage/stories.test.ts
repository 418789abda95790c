import { describe, expect, it } from 'vitest';
import { contentFeatures, groupStories, resolveStoryId, storySimilarities, withSpeakers } from '../../src/pipeline/stories.ts';
import { article } from './corpus-helpers.ts';
import { seedCorpus } from '../fixtures/coverage/seeds.ts';

// Made-up coverage of two unrelated events that share the usual names.
const harbour = [
  article('100_harbour', [
    'Mayor Elena Brandt on Monday opened the rebuilt Velmar harbour bridge, three years after the flood that destroyed it.',
    'Brandt said, “This bridge carries the whole valley back to work,” before cutting the ribbon with engineer Tomas Okafor.',
    'The bridge cost $42 million, paid by the regional fund.',
  ].join('\n'), [{ text: 'This bridge carries the whole valley back to work,', speaker: 'Elena Brandt', cue: 'said' }]),
  article('101_harbour', [
    'Velmar reopened its harbour bridge on Monday.',
    '“This bridge carries the whole valley back to work,” Mayor Elena Brandt told the crowd, standing beside chief engineer Tomas Okafor.',
    'Officials put the cost at $42 million.',
  ].join('\n'), [{ text: 'This bridge carries the whole valley back to work,', speaker: 'Elena Brandt', cue: 'told' }]),
];
const budget = article('102_budget', [
  'Mayor Elena Brandt on Thursday presented the city budget, which cuts library hours and raises parking fees.',
  'Brandt said, “Every department must share the burden this year,” as council members objected.',
].join('\n'), [{ text: 'Every department must share the burden this year,', speaker: 'Elena Brandt', cue: 'said' }]);

describe('groupStories', () => {
  it('groups reports of one event across outlets and keeps a different event apart', () => {
    const groups = groupStories([...harbour, budget]);
    expect(groups.map((g) => g.articles)).toEqual([['100_harbour', '101_harbour'], ['102_budget']]);
    const link = groups[0]!.links[0]!;
    expect(link.rule).toBe('similar');
    expect(link.shared.join(' ')).toMatch(/Tomas Okafor|bridge carries/);
  });

  it('names a story after its earliest article and keeps that id when articles are added', () => {
    const before = groupStories([harbour[0]!, budget]);
    const after = groupStories([...harbour, budget]);
    expect(before.map((g) => g.id)).toEqual(['story-100_harbour', 'story-102_budget']);
    expect(after.map((g) => g.id)).toEqual(['story-100_harbour', 'story-102_budget']);
    // A later article's own id still resolves to the story it joined.
    expect(resolveStoryId('story-101_harbour', after)).toBe('story-100_harbour');
  });

  it('obeys editor pins and splits', () => {
    const pinned = groupStories([...harbour, budget], { pin: [['100_harbour', '102_budget']] });
    expect(pinned.map((g) => g.articles)).toEqual([['100_harbour', '101_harbour', '102_budget']]);
    expect(pinned[0]!.links.some((l) => l.rule === 'pin')).toBe(true);
    const split = groupStories([...harbour, budget], { split: [['100_harbour', '101_harbour']] });
    expect(split.map((g) => g.articles)).toEqual([['100_harbour'], ['101_harbour'], ['102_budget']]);
  });

  it('keeps articles apart when editor dates are weeks apart', () => {
    const late = article('103_harbour', harbour[1]!.doc.text, [{ text: 'This bridge carries the whole valley back to work,', speaker: 'Elena Brandt' }], { published: '2024-06-01' });
    const early = article('100_harbour', harbour[0]!.doc.text, [{ text: 'This bridge carries the whole valley back to work,', speaker: 'Elena Brandt' }], { published: '2024-03-01' });
    expect(groupStories([early, late]).length).toBe(2);
  });

  it('titles a story from a headline when one exists, else from shared names, never invented', () => {
    const withHeadline = article('104_harbour', harbour[1]!.doc.text, [], { headline: 'Velmar bridge reopens' });
    const titled = groupStories([harbour[0]!, withHeadline]);
    expect(titled[0]!.title).toBe('Velmar bridge reopens');
    const untitled = groupStories(harbour);
    expect(untitled[0]!.titleFrom.rule).toBe('shared-names');
    expect(untitled[0]!.title).toMatch(/Elena Brandt|Tomas Okafor/);
  });

  it('makes a story of a lone article', () => {
    const groups = groupStories([budget]);
    expect(groups).toEqual([expect.objectContaining({ id: 'story-102_budget', articles: ['102_budget'] })]);
  });
});

describe('groupStories on the seeds', () => {
  it("puts the three reports of Putin's remarks together and the two other events alone", () => {
    const groups = groupStories(seedCorpus());
    expect(groups.map((g) => g.articles)).toEqual([
      ['000_aa17f673e635cf28', '001_55dd73c77a4fa553', '002_e419aea86dcde8f5'],
      ['003_21932a248247e45f'],
      ['004_36af1844f30e9a15'],
    ]);
    expect(groups[0]!.id).toBe('story-000_aa17f673e635cf28');
  });

  it('does not link 003 and 004 although both cover Trump, Putin and the war', () => {
    const pair = storySimilarities(seedCorpus()).find((p) => p.a.startsWith('003') && p.b.startsWith('004'));
    expect(pair?.joins ?? false).toBe(false);
  });
});

describe('story-grouping features', () => {
  it('keep each quote speaker as a placeholder until the registry names it, counting a speaker once', () => {
    const c = harbour[0]!;
    const content = contentFeatures(c.doc, c.quotes);
    expect(content.keys).toContain('speaker:#0');
    expect(content.keys.some((k) => k.startsWith('quote:'))).toBe(true);
    const named = withSpeakers(content, ['elena-brandt']);
    expect(named.keys).toContain('speaker:elena-brandt');
    expect(named.keys.some((k) => k.startsWith('speaker:#'))).toBe(false);
    // Same order as the text otherwise: only the placeholder changed.
    expect(named.keys.filter((k) => !k.startsWith('speaker:'))).toEqual(content.keys.filter((k) => !k.startsWith('speaker:')));
    expect(withSpeakers(content, [null]).keys.some((k) => k.startsWith('speaker:'))).toBe(false);
    const twice = withSpeakers({ keys: ['speaker:#0', 'word:bridg', 'speaker:#1'], weights: [2, 1, 2], display: [null, null, null] }, ['x', 'x']);
    expect(twice.keys).toEqual(['speaker:x', 'word:bridg']);
  });

  it('give the same stories whether computed at once or from cached content features', () => {
    const corpus = [...harbour, budget];
    const cached = new Map(corpus.map((a) => [a, contentFeatures(a.doc, a.quotes)]));
    const fromCache = groupStories(corpus, {}, (a) => withSpeakers(cached.get(a)!, a.quotes.map((q) => (q.kind === 'term' ? null : q.speakerId))));
    expect(fromCache).toEqual(groupStories(corpus));
  });
});
