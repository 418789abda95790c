import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/pipeline/lexicon-match.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';
import { article } from './corpus-helpers.ts';

const lexicons = loadLexicons('content/lexicons').lexicons;

describe('findTerms, found once per article', () => {
  const text = [
    'Officials in Tarnovo said the invasion had emptied three border villages by Tuesday.',
    'A farmer, Ilko Varga, said, “The invasion took my orchard and my brother’s mill.”',
  ].join('\n');

  it('gives the same hits again for the same article, lexicons and quotes', () => {
    const a = article('tarnovo-a', text, [{ text: 'The invasion took my orchard and my brother’s mill.', speaker: 'Ilko Varga', cue: 'said' }]);
    const first = findTerms(a.doc, lexicons, a.quotes);
    expect(first.map((h) => [h.term, h.inQuote])).toEqual([['invaded', false], ['invaded', true]]);
    expect(findTerms(a.doc, lexicons, a.quotes)).toEqual(first);
  });

  it('reads the article again when its quotes differ (a term inside a quote is the speaker’s word)', () => {
    const a = article('tarnovo-b', text, [{ text: 'The invasion took my orchard and my brother’s mill.', speaker: 'Ilko Varga', cue: 'said' }]);
    expect(findTerms(a.doc, lexicons, []).map((h) => h.inQuote)).toEqual([false, false]);
    expect(findTerms(a.doc, lexicons, a.quotes).map((h) => h.inQuote)).toEqual([false, true]);
  });

  it('reads the article again with other lexicons', () => {
    const a = article('tarnovo-c', text);
    expect(findTerms(a.doc, lexicons, a.quotes)).toHaveLength(2);
    const none = { ...lexicons, terms: { ...lexicons.terms, groups: [] } };
    expect(findTerms(a.doc, none, a.quotes)).toEqual([]);
  });

  it('ends on a lexicon entry that is an empty pattern, with its empty hits where matchAll finds them', () => {
    const a = article('tarnovo-d', 'Sheep, goats.');
    const empty = { ...lexicons, terms: { ...lexicons.terms, groups: [{ id: 'blank', label: 'blank', terms: [{ id: 'blank', label: 'blank', patterns: [''] }] }] } } as typeof lexicons;
    const expected = [...a.doc.blocks[0]!.text.matchAll(/(?<![\p{L}\p{N}])(?![\p{L}\p{N}])/gu)].map((m) => a.doc.blocks[0]!.start + m.index);
    expect(expected.length).toBeGreaterThan(0);
    expect(findTerms(a.doc, empty, []).map((h) => h.start)).toEqual(expected);
  });
});
