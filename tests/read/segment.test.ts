import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/pipeline/segment.ts';

const split = (text: string) => splitSentences(text, 0, text.length).map((s) => s.text);

describe('sentence segmentation', () => {
  it('does not split after titles, initials or dotted abbreviations inside a sentence', () => {
    expect(split('Dr. Jane Okafor met Mr. Lee in Washington. J. R. R. Tolkien wrote it. The U.S. Senate voted on Jan. 5 in the p.m. session.')).toEqual([
      'Dr. Jane Okafor met Mr. Lee in Washington.',
      'J. R. R. Tolkien wrote it.',
      'The U.S. Senate voted on Jan. 5 in the p.m. session.',
    ]);
  });

  it('splits after an abbreviation that ends a sentence when a new sentence clearly starts', () => {
    expect(split('The aid was sent to the U.S. The ministry did not comment.')).toEqual(['The aid was sent to the U.S.', 'The ministry did not comment.']);
  });

  it('keeps decimals and money together', () => {
    expect(split('Biden committed nearly $1.8 billion in aid. Prices rose 2.5 percent.')).toEqual([
      'Biden committed nearly $1.8 billion in aid.',
      'Prices rose 2.5 percent.',
    ]);
  });

  it('keeps the closing quote with its sentence and does not split before a lower-case attribution', () => {
    expect(split('“We want to end that war.” Trump spoke briefly. “Is it over?” she asked.')).toEqual([
      '“We want to end that war.”',
      'Trump spoke briefly.',
      '“Is it over?” she asked.',
    ]);
  });

  it('splits between sentences inside a quotation that spans them', () => {
    expect(split('“There were many ways to stop it. But that is the past,” he wrote.')).toEqual([
      '“There were many ways to stop it.',
      'But that is the past,” he wrote.',
    ]);
  });

  it('does not split at an ellipsis inside a quotation or before a lower-case word', () => {
    expect(split('“All conflicts end in talks… The sooner the better,” Putin said. The comes…the end.')).toEqual([
      '“All conflicts end in talks… The sooner the better,” Putin said.',
      'The comes…the end.',
    ]);
    expect(split('He paused... Then he left.')).toEqual(['He paused...', 'Then he left.']);
  });

  it('returns exact offsets into the text', () => {
    const text = 'Intro line.\n\n  First one.  Second one!  ';
    const spans = splitSentences(text, 13, text.length);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(spans.map((s) => s.text)).toEqual(['First one.', 'Second one!']);
  });
});
