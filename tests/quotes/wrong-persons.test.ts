import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('the person a pronoun means', () => {
  it('a full stop inside a closing mark ends the sentence: the name after it is the next sentence’s subject', () => {
    const text = 'Harbor fight\n\nMayor Walter Hadley cut the port board’s budget on Monday.\n\nHadley called the board’s protest “childish.” Owen Drake, a former harbor pilot, warned Tuesday that the cuts against Hadley’s critics could damage the port.\n\n“The stakes are higher than one budget fight between two old rivals,” he wrote in a blog post.';
    expect(attribute(text).filter((q) => q.kind !== 'term').map((q) => q.speaker)).toEqual(['Owen Drake']);
  });
});

describe('two people of one surname named as a pair', () => {
  it('`Mr.` after `Robert and Karen Hale` is the man, `Ms.` the woman', () => {
    const text = 'Harbor families speak out\n\nThe clash between the parents, Robert and Karen Hale, and the port board has grown.\n\n“We lost our son to this harbor,” Mr. Hale said on Sunday.\n\n“Nobody on the board has called us,” Ms. Hale said.';
    expect(speakersOf(text)).toEqual(['Robert Hale', 'Karen Hale']);
  });

  it('`Mr.` after a pair whose first names tell no gender stays unclear, never the one named last', () => {
    const text = 'Harbor families speak out\n\nThe clash between the parents, Dariusz and Ottilie Brandvold, and the port board has grown.\n\n“We lost our son to this harbor,” Mr. Brandvold said on Sunday.';
    expect(speakersOf(text)).toEqual([null]);
  });
});
