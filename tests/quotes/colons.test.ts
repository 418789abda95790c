import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a possessive lead before a colon names whose words follow', () => {
  it('`X’s response was:` is X’s', () => {
    const text = 'Harbor sale\n\nAides to Mayor Ana Ruiz told her on Monday that the port board had voted to sell the docks. Ruiz’s response was: “We will not sell the harbor to anyone.”';
    const [q] = attribute(text);
    expect(q?.speaker).toBe('Ana Ruiz');
    expect(q?.rule).toBe('possessor-lead');
  });

  it('`From X’s Facebook post:` and `X’s statement:` are X’s', () => {
    const text = 'Harbor sale\n\nCouncilman Paul Hadley said he would back the mayor. From Hadley’s Facebook post: “To protect this city, we must keep the harbor public.”\n\nThe port board met again on Tuesday. The Harbor Workers Union’s statement: “Our members will strike if the docks are sold.”';
    expect(speakersOf(text)).toEqual(['Paul Hadley', 'the Harbor Workers Union']);
  });

  it('a possessive lead about someone else’s words or a rival stays unclear', () => {
    const text = 'Harbor sale\n\nMayor Ana Ruiz spoke on Monday. Ruiz’s response to the board was: “We will not sell the harbor to anyone.”\n\nCouncilman Paul Hadley disagreed. Hadley’s critics had a ready answer: “He never read the lease.”';
    expect(speakersOf(text)).toEqual([null, null]);
  });

  it('a pronoun possessor is not read by this rule', () => {
    const text = 'Harbor sale\n\nMayor Ana Ruiz and Councilman Paul Hadley met on Monday. His response was: “We will not sell the harbor to anyone.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('the subject of the sentence before a colon', () => {
  it('a cue word right after a possessive determiner is an adjective, not another speaker’s verb', () => {
    const text = 'Harbor race\n\nMayor Ana Ruiz toured the docks on Monday. She also played up her believed strength with dock workers: “Nobody in this race knows the harbor the way I do.”';
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });
});

describe('a time phrase opening the sentence before the subject', () => {
  it('`In 2010 she said of …:` and `Last year Ruiz told reporters:` are the subject’s', () => {
    const text = 'Harbor plan\n\nMayor Ana Ruiz has opposed the sale for years. In 2010 she said of the dock workers: “Nobody is going to take their jobs away.”\n\nCouncilman Paul Hadley once agreed. Last year Hadley told reporters: “The harbor belongs to the people of this city.”\n\nOn Tuesday night he said, “I have changed my mind about the lease.”';
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Paul Hadley', 'Paul Hadley']);
  });
});

describe('a name label with a party tag or a lower-case title', () => {
  it('`Rep. Ana Ruiz (R-S.C.):` and `Former deputy director Paul Hadley:` label a hearing exchange', () => {
    const text = 'Harbor hearing\n\nRep. Ana Ruiz (R-S.C.) questioned the former port director, Paul Hadley, for three hours.\n\nRep. Ana Ruiz (R-S.C.):“Nobody but you has ever used that number. Where did it come from?”\n\nFormer deputy director Paul Hadley:“We learned that from the port authority and its own analysis.”';
    const quotes = attribute(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz', 'Paul Hadley']);
    expect(quotes.map((q) => q.rule)).toEqual(['name-label', 'name-label']);
  });

  it('words before the name that are no title make no label', () => {
    const text = 'Harbor hearing\n\nRep. Ana Ruiz questioned the former port director, Paul Hadley, for three hours.\n\nA final question for Paul Hadley:“Who told you that figure?”';
    expect(speakersOf(text)).toEqual([null]);
  });
});
