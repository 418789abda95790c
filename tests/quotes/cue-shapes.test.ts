import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a speaker named in the sentence of the cue', () => {
  it('reads a first name before a surname that is also a title as a name', () => {
    const text = 'Turnout\n\nMany voters in the district feel pride for Mayor Ken Lane.\n\n"People say, \'It doesn\'t matter because Lane will get 90 percent of the vote,\'" said Charlie Bishop, a prominent Dover Democrat. "The question is, \'Ninety percent of what?\' Turnout makes a difference."';
    expect(speakersOf(text)).toEqual(['Charlie Bishop', 'Charlie Bishop']);
  });
});
