import { describe, expect, it } from 'vitest';
import { speakersOf } from '../helpers/attribute.ts';

describe('a signature in the paragraph after a quote', () => {
  it('signs a quote-only paragraph followed by a dash and a name on its own', () => {
    const text = [
      'Fact-checking the harbor debate',
      'Mayor Ana Ruiz and Councilman Tom Pell met on Tuesday for their last debate before the vote.',
      '"Almost all of the new harbor jobs went to contractors from out of state."',
      '- Tom Pell.',
      'The councilman relies on an old count. The figures changed in the spring.',
      '"I will look into it. I do not know the status, but I will certainly look into it."',
      '- Ruiz.',
      'The mayor has been looking into it for a long time.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Tom Pell', 'Ana Ruiz']);
  });

  it('does not sign a paragraph that has reporter’s words after its quote', () => {
    const text = [
      'Harbor debate',
      'Mayor Ana Ruiz met Councilman Tom Pell on Tuesday.',
      '"The harbor jobs went to contractors." The claim came late in the evening.',
      '- Tom Pell.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([null]);
  });
});
