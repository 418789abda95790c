import { describe, expect, it } from 'vitest';
import { alignArticles } from '../../src/pipeline/align.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';
import { docFromText } from '../helpers/doc.ts';
import { seedArticle } from '../fixtures/coverage/seeds.ts';

const lexicons = loadLexicons('content/lexicons').lexicons;

describe('alignArticles', () => {
  it('pairs identical sentences one to one and marks them identical', () => {
    const text = 'The port of Velmar reopened on Monday after a week of strikes. Dockworkers accepted a pay rise of four percent.';
    const al = alignArticles(docFromText(text, 'a'), docFromText(text, 'b'));
    expect(al.pairs.map((p) => [p.a[0]!.index, p.b[0]!.index, p.identical])).toEqual([[0, 0, true], [1, 1, true]]);
    expect(al.summary).toMatchObject({ shared: 2, onlyA: 0, onlyB: 0 });
  });

  it('pairs reworded sentences and shows the changed words', () => {
    const a = docFromText('Dockworkers accepted a pay rise of four percent after talks with the port authority.', 'a');
    const b = docFromText('Dockworkers agreed to a four percent pay rise after talks with the port authority.', 'b');
    const [pair] = alignArticles(a, b).pairs;
    expect(pair?.identical).toBe(false);
    expect(pair?.diff.some((d) => d.op === 'added' && /agreed/.test(d.text))).toBe(true);
  });

  it('matches one sentence with the two it was split into', () => {
    const a = docFromText('The mayor opened the bridge on Monday and promised that tolls would stay free until the end of the year.', 'a');
    const b = docFromText('The mayor opened the bridge on Monday. She promised that tolls would stay free until the end of the year.', 'b');
    const al = alignArticles(a, b);
    expect(al.pairs).toHaveLength(1);
    expect(al.pairs[0]!.kind).toBe('one-to-two');
    expect(al.pairs[0]!.b.map((s) => s.index)).toEqual([0, 1]);
  });

  it('finds reordered sentences and leaves unmatched ones to one side', () => {
    const a = docFromText([
      'The mayor opened the rebuilt harbour bridge on Monday morning.',
      'Engineers said the steel deck can carry twice the old load.',
      'A brass band played as the first buses crossed.',
    ].join('\n'), 'a');
    const b = docFromText([
      'Engineers said the new steel deck can carry twice the load of the old one.',
      'The mayor opened the harbour bridge on Monday.',
      'Residents of the east bank had waited three years.',
    ].join('\n'), 'b');
    const al = alignArticles(a, b);
    const pairs = al.pairs.map((p) => [p.a[0]!.index, p.b[0]!.index]);
    expect(pairs).toEqual(expect.arrayContaining([[0, 1], [1, 0]]));
    expect(al.pairs.some((p) => p.reordered)).toBe(true);
    expect(al.onlyA.map((s) => s.index)).toEqual([2]);
    expect(al.onlyB.map((s) => s.index)).toEqual([2]);
  });
});

describe('alignArticles on seeds 000 and 001', () => {
  const a = seedArticle('000_aa17f673e635cf28');
  const b = seedArticle('001_55dd73c77a4fa553');
  const al = alignArticles(a.doc, b.doc, { quotesA: a.quotes, quotesB: b.quotes, lexicons });
  const pairWith = (re: RegExp) => al.pairs.find((p) => p.a.some((s) => re.test(s.text)));

  it('aligns the Kirby paragraphs', () => {
    const pair = pairWith(/John Kirby said, “Everything he/);
    expect(pair?.b.map((s) => s.text).join(' ')).toMatch(/Kirby cited how Putin’s actions/);
  });

  it('aligns the "sooner the better" sentences and marks their differences', () => {
    const pair = pairWith(/sooner the better, of course/);
    expect(pair?.b.map((s) => s.text).join(' ')).toMatch(/We will strive for an end to this/);
    expect(pair?.diff.some((d) => d.op !== 'same')).toBe(true);
  });

  it("aligns Biden's condition for talks across the two wordings", () => {
    const pair = pairWith(/Biden is open to a dialogue with Putin/);
    expect(pair?.b.map((s) => s.text).join(' ')).toMatch(/Biden was open to talks with Putin, on the condition/);
  });

  it('leaves the Tribunal quote and the Kramatorsk paragraph to 001 alone', () => {
    const only = al.onlyB.map((s) => s.text).join('\n');
    expect(only).toMatch(/moving to the Tribunal/);
    expect(only).toMatch(/Kramatorsk/);
    expect(al.onlyB.find((s) => /Kramatorsk/.test(s.text))?.anchor).toMatch(/^p-\d+$/);
  });

  it('summarises the contested terms: "sent troops" against "invaded"', () => {
    const start = al.summary.terms?.find((t) => t.group === 'start-of-war');
    expect(start?.a.map((h) => h.text)).toEqual(['sent troops']);
    expect(start?.b.map((h) => h.text)).toEqual(['invaded']);
    expect(start?.a[0]?.sentence).toBeTypeOf('number');
    expect(al.summary.speakers?.onlyA).toContain('john-kirby');
  });
});
