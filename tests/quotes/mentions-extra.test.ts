import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a month or modal word as a surname', () => {
  it('reads a month after a name as its surname', () => {
    const text = 'Vote count\n\nVolunteers danced in the streets of the capital on Monday. Hla Tun May, 58, a teacher, said she was elated but still wary of the army.\n\n“We have waited for this day too long,” she said.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Hla Tun May', source: 'she' });
  });

  it('reads a modal word alone as the surname of someone named in full', () => {
    const text = 'Column\n\nConservative columnist Henry Will renewed his feud with the mayor this week.\n\n“The flood is a reminder that the city needs a grown-up,” Will wrote.\n\nFrom the mayor’s “coarse and nasty rant” at the dock last week, Will described him as a “caricature of a leader.”';
    expect(speakersOf(text)).toEqual(['Henry Will', 'Henry Will', 'Henry Will']);
  });

  it('keeps a modal question and a date out of the names', () => {
    const text = 'Harbor\n\nColumnist Henry Will wrote about the harbor this week.\n\nWill voters listen? In May, the council met again. “We will see about the budget,” Mayor Dan Ortiz said in May.';
    expect(speakersOf(text)).toEqual(['Dan Ortiz']);
  });

  it('does not read a modal word as a surname when nobody of that name is known', () => {
    const text = 'Harbor\n\nThe council met on Monday.\n\n“The flood is a reminder that the city needs a grown-up,” Will wrote.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('a name in apposition after a possessive role', () => {
  it('makes a name without a known first name a person after a possessive and a role', () => {
    const text = 'Border talks\n\nMoldavia’s foreign minister, Tarik Ozbeyli, plays down the dispute. The border will stay open, he says.\n\n“We do not see any risk to us in that trade,” he said in an interview in the capital.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Tarik Ozbeyli', source: 'he' });
  });

  it('does not make a place after a possessive a person', () => {
    const text = 'Border talks\n\nThe minister’s next stop, Lower Ozbeyli, is a river town. The border will stay open, he says.\n\n“We do not see any risk to us in that trade,” he said in an interview in the capital.';
    expect(speakersOf(text)).toEqual([null]);
  });
});
