import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('the person a pronoun means', () => {
  it('a full stop inside a closing mark ends the sentence: the name after it is the next sentence’s subject', () => {
    const text = 'Harbor fight\n\nMayor Walter Hadley cut the port board’s budget on Monday.\n\nHadley called the board’s protest “childish.” Owen Drake, a former harbor pilot, warned Tuesday that the cuts against Hadley’s critics could damage the port.\n\n“The stakes are higher than one budget fight between two old rivals,” he wrote in a blog post.';
    expect(attribute(text).filter((q) => q.kind !== 'term').map((q) => q.speaker)).toEqual(['Owen Drake']);
  });
});
