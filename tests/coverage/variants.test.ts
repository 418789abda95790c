import { describe, expect, it } from 'vitest';
import { groupVariants } from '../../src/pipeline/variants.ts';
import { groupStories, type StoryGroup } from '../../src/pipeline/stories.ts';
import type { CorpusArticle } from '../../src/pipeline/corpus.ts';
import { article } from './corpus-helpers.ts';
import { seedCorpus } from '../fixtures/coverage/seeds.ts';

const story = (articles: CorpusArticle[]): StoryGroup[] => [
  { id: 'story-x', title: 'x', articles: articles.map((a) => a.doc.id), titleFrom: { rule: 'article-title', article: null }, links: [] },
];

function groupsOf(articles: CorpusArticle[]) {
  const result = groupVariants(articles, story(articles));
  const together = (a: string, b: string): boolean => result.groupOf[a] === result.groupOf[b];
  return { result, together, group: (quote: string) => result.groups.find((g) => g.id === result.groupOf[quote])! };
}

describe('groupVariants', () => {
  it('groups identical quotes from two outlets and flags nothing but agreement', () => {
    const a = article('a', 'Minister Ruth Alvarez said, “The reservoir will be full by spring.”', [{ text: 'The reservoir will be full by spring.', speaker: 'Ruth Alvarez' }], { outlet: 'Daily A' });
    const b = article('b', '“The reservoir will be full by spring,” Alvarez told reporters on Friday.', [{ text: 'The reservoir will be full by spring,', speaker: 'Ruth Alvarez' }], { outlet: 'Daily B' });
    const { together, group } = groupsOf([a, b]);
    expect(together('a-q0', 'b-q0')).toBe(true);
    expect(group('a-q0').flags).toEqual([]);
  });

  it('groups a trimmed version and marks the cut words in the diff', () => {
    const a = article('a', 'Alvarez said, “The reservoir will be full by spring, and rationing ends the week after.”', [{ text: 'The reservoir will be full by spring, and rationing ends the week after.', speaker: 'Ruth Alvarez' }]);
    const b = article('b', 'Alvarez said: “The reservoir will be full by spring.”', [{ text: 'The reservoir will be full by spring.', speaker: 'Ruth Alvarez' }]);
    const { together, group } = groupsOf([a, b]);
    expect(together('a-q0', 'b-q0')).toBe(true);
    const g = group('a-q0');
    expect(g.complete).toBe('a-q0');
    expect(g.flags).toContain('trimmed');
    const b0 = g.versions.find((v) => v.quote === 'b-q0')!;
    expect(b0.diff.filter((d) => d.op === 'removed').map((d) => d.text).join('')).toMatch(/rationing ends the week after/);
  });

  it('groups two translations of a short phrase when the sentences around them agree', () => {
    const a = article('a', 'Premier Ivo Kral told parliament that the coalition was “alive and kicking” and that early elections were off the table.', [{ text: 'alive and kicking', speaker: 'Ivo Kral', kind: 'partial' }]);
    const b = article('b', 'Back from Brussels, Kral told parliament that his coalition is “alive and well” and early elections are off the table.', [{ text: 'alive and well', speaker: 'Ivo Kral', kind: 'partial' }]);
    const c = article('c', 'Fans said the old stadium was “alive and well” after the renovation.', [{ text: 'alive and well', speaker: null, kind: 'partial' }]);
    const { together, group } = groupsOf([a, b, c]);
    expect(together('a-q0', 'b-q0')).toBe(true);
    expect(together('a-q0', 'c-q0')).toBe(false);
    expect(group('a-q0').flags).toContain('wording-differs');
  });

  it('flags an ellipsis that hides words of the fuller version', () => {
    const a = article('a', 'Kral said, “Our aim is not to punish anyone, but to rebuild the bridge by winter.”', [{ text: 'Our aim is not to punish anyone, but to rebuild the bridge by winter.', speaker: 'Ivo Kral' }]);
    const b = article('b', 'Kral said, “Our aim is … to rebuild the bridge by winter.”', [{ text: 'Our aim is … to rebuild the bridge by winter.', speaker: 'Ivo Kral' }]);
    const { group } = groupsOf([a, b]);
    expect(group('b-q0').flags).toContain('ellipsis-hides-words');
  });

  it('joins one outlet’s long quote with the two pieces another outlet quoted separately', () => {
    const a = article('a', 'Kral said, “We will open the border crossings on Monday. Trucks with grain go first, then buses.”', [{ text: 'We will open the border crossings on Monday. Trucks with grain go first, then buses.', speaker: 'Ivo Kral' }]);
    const b = article('b', '“We will open the border crossings on Monday,” Kral said. He added: “Trucks with grain go first, then buses.”', [
      { text: 'We will open the border crossings on Monday,', speaker: 'Ivo Kral' },
      { text: 'Trucks with grain go first, then buses.', speaker: 'Ivo Kral' },
    ]);
    const { together, group } = groupsOf([a, b]);
    expect(together('a-q0', 'b-q0')).toBe(true);
    expect(together('a-q0', 'b-q1')).toBe(true);
    expect(group('a-q0').complete).toBe('a-q0');
  });

  it('keeps two different quotes of one article apart', () => {
    const a = article('a', 'Kral said, “Taxes will not rise.” Later he said, “Taxes on fuel will not rise this year.”', [
      { text: 'Taxes will not rise.', speaker: 'Ivo Kral' },
      { text: 'Taxes on fuel will not rise this year.', speaker: 'Ivo Kral' },
    ]);
    const { together } = groupsOf([a]);
    expect(together('a-q0', 'a-q1')).toBe(false);
  });

  it('allows versions with different speakers but flags them', () => {
    const a = article('a', 'Minister Ruth Alvarez said, “The reservoir will be full by spring, and rationing ends soon.”', [{ text: 'The reservoir will be full by spring, and rationing ends soon.', speaker: 'Ruth Alvarez' }]);
    const b = article('b', 'Her deputy Paul Ng said, “The reservoir will be full by spring, and rationing ends soon.”', [{ text: 'The reservoir will be full by spring, and rationing ends soon.', speaker: 'Paul Ng' }]);
    const { together, group } = groupsOf([a, b]);
    expect(together('a-q0', 'b-q0')).toBe(true);
    expect(group('a-q0').flags).toContain('different-speakers');
  });

  it('gives a lone quote its own group, flagged single-outlet', () => {
    const a = article('a', 'Kral said, “The budget is final.”', [{ text: 'The budget is final.', speaker: 'Ivo Kral' }], { outlet: 'Daily A' });
    const { group } = groupsOf([a]);
    expect(group('a-q0').flags).toEqual(['single-outlet']);
    expect(group('a-q0').id).toBe('variant-a-q0');
  });
});

describe('groupVariants on the seeds', () => {
  const corpus = seedCorpus();
  const { groupOf, groups } = groupVariants(corpus, groupStories(corpus));
  const q = (article: string, n: number): string => `${corpus.find((a) => a.doc.id.startsWith(article))!.doc.id}-q${n}`;
  const same = (a: string, b: string): boolean => groupOf[a] === groupOf[b];

  it('matches the versions the outlets give of the same words', () => {
    expect(same(q('000', 9), q('002', 3))).toBe(true); // alive and kicking / alive and well
    expect(same(q('000', 1), q('002', 0))).toBe(true); // Our goal is … to end this conflict
    expect(same(q('000', 2), q('001', 0))).toBe(true); // We will strive for an end to this
    expect(same(q('000', 2), q('002', 1))).toBe(true); // We will strive to ensure that all this ends
    expect(same(q('000', 8), q('002', 2))).toBe(true); // The sooner … the better
  });

  it('keeps different statements apart', () => {
    expect(same(q('000', 1), q('000', 2))).toBe(false);
    expect(same(q('000', 3), q('002', 7))).toBe(false); // Kirby and Peskov
    expect(same(q('002', 1), q('002', 2))).toBe(false);
  });

  it('flags the ellipsis in 002’s shortened goal quote', () => {
    const g = groups.find((x) => x.id === groupOf[q('000', 1)])!;
    expect(g.flags).toEqual(expect.arrayContaining(['ellipsis-hides-words', 'wording-differs']));
    expect(g.complete).toBe(q('000', 1));
  });
});
