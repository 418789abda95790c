import { describe, expect, it } from 'vitest';
import { speakersOf } from '../helpers/attribute.ts';

describe('a he/she whose nearest sentence names people only after its own he/she subject', () => {
  it('follows the name after "he said" back through that sentence’s own "he" to the one person before it', () => {
    const text = 'Port deal\n\nCouncil member Paul Ortiz backed the lease last week.\n\nOn the eve of the vote, Mayor Tom Hale softened his tone. Asked on the radio who leads the council in his view, he said Ortiz. “I would say Paul for now,” he said.';
    expect(speakersOf(text)).toEqual(['Tom Hale']);
  });

  it('follows a possessive or the one asked back to the subject of the sentence before', () => {
    const possessive = 'Harbor race\n\nSen. Carl Brandt has courted dock workers for months.\n\nWhen he took the stage after Mr. Ortiz’s introduction in Dover, he said the port needed no rescue. “We have to wake up the harbor,” he said.';
    const asked = 'Town hall\n\nLike a sister, Rosa Lind said it is hard for her to watch the attacks on her friend.\n\nWhat upset her most, she said, was a night when a young man asked Mayor Ana Ruiz why voters distrusted her. “I was furious,” she said.';
    expect(speakersOf(possessive)).toEqual(['Carl Brandt']);
    expect(speakersOf(asked)).toEqual(['Rosa Lind']);
  });

  it('stays unclear when the sentence before names two people, or the one the nearest sentence names', () => {
    const two = 'Port deal\n\nCouncil member Paul Ortiz backed the lease last week.\n\nOn the eve of the vote, Mayor Tom Hale met Paul Ortiz. Asked on the radio who leads the council in his view, he said Ortiz. “I would say Paul for now,” he said.';
    const same = 'Harbor race\n\nPaul Ortiz, a union organizer, praised the senator in Dover.\n\nWhen he took the stage after Mr. Ortiz’s introduction, he said the port needed no rescue. “We have to wake up the harbor,” he said.';
    const between = 'Port deal\n\nOn the eve of the vote, Mayor Tom Hale softened his tone. Reporters then turned to Carl Dunmore. Asked on the radio who leads the council in his view, he said Ortiz. “I would say Paul for now,” he said.';
    expect(speakersOf(two)).toEqual([null]);
    expect(speakersOf(same)).toEqual([null]);
    expect(speakersOf(between)[0]).not.toBe('Tom Hale');
  });

  it('takes the opening subject of the sentence before when the others there are only objects of its verb', () => {
    const object = 'Delegates\n\nBill Varga said he is ready to fight any move to pledge the delegation to Tom Hale at the convention. But during the roll call votes at the convention, states are called in order, he noted, so it may be clear whether Hale is the nominee by then.\n\n“We might abstain,” he said.';
    const coordinated = 'Delegates\n\nBill Varga and Tom Hale met at the convention. But during the roll call votes at the convention, states are called in order, he noted, so it may be clear whether Hale is the nominee by then.\n\n“We might abstain,” he said.';
    expect(speakersOf(object)).toEqual(['Bill Varga']);
    expect(speakersOf(coordinated)).toEqual([null]);
  });
});

describe('what names nobody between a pronoun and the one person named paragraphs before', () => {
  it('reads a US state and a heading or an acronym in capitals as nobody', () => {
    const state = 'Plant move\n\nThe company’s chief, Robert Dunmore, spoke to analysts on Monday.\n\nStill he rejected the idea that greed had driven the move. “This was a hard call,” he said.\n\nStaying competitive is among the reasons 400 jobs will remain in Indiana.\n\n“Our company builds a lot of things here,” he added.';
    const heading = 'Harbor admiral\n\nAdm. Carl Brandt, who leads the Harbor Command, makes no apologies for his warnings.\n\nFULL TEXT.\n\n“You would have to believe the sea is flat,” he said in one appearance before the council.';
    expect(speakersOf(state)).toEqual(['Robert Dunmore', 'Robert Dunmore']);
    expect(speakersOf(heading)).toEqual(['Carl Brandt']);
  });

  it('still stops at a capitalised word that may be someone, or a label before a colon', () => {
    const named = 'Plant move\n\nThe company’s chief, Robert Dunmore, spoke to analysts on Monday.\n\nStill he rejected the idea that greed had driven the move. “This was a hard call,” he said.\n\nStaying competitive is among the reasons Mr. Okafor gave for keeping 400 jobs.\n\n“Our company builds a lot of things here,” he added.';
    const label = 'Harbor admiral\n\nAdm. Carl Brandt, who leads the Harbor Command, makes no apologies for his warnings.\n\nAsked by OKAFOR: is the harbor safe?\n\n“You would have to believe the sea is flat,” he said in one appearance before the council.';
    expect(speakersOf(named)[1]).not.toBe('Robert Dunmore');
    expect(speakersOf(label)).toEqual([null]);
  });
});

describe('a short line in single marks alone in its paragraph', () => {
  it('is a section heading, not a further quote of the speaker before it', () => {
    const text = 'Coal plan\n\n"I give him the benefit of the doubt. But I don\'t see where it is going," said Mr. Lund, the law professor.\n\n\'Coal Is Not the Villain.\'\n\nIt was raining when the miners rode the elevator down.';
    const long = 'Coal plan\n\n"I give him the benefit of the doubt," said Mr. Lund, the law professor.\n\n\'But I do not see where it is going, and nobody in this town does either.\'\n\nIt was raining when the miners rode the elevator down.';
    expect(speakersOf(text)).toEqual(['Lund', null]);
    expect(speakersOf(long)).toEqual(['Lund', 'Lund']);
  });
});

describe('the words between a pronoun and the one person named paragraphs before', () => {
  it('start after the whole sentence that names the person, not after a title’s abbreviation', () => {
    const text = 'Admiral rattles the port\n\nABSTRACT.\n\nAdm. Carl B. Brandt Jr., who leads the Harbor Command, makes no apologies for warning the Gulf states.\n\nFULL TEXT.\n\n“You would have to believe the sea is flat,” he said in one appearance before the council.';
    expect(speakersOf(text)).toEqual(['Carl B. Brandt Jr.']);
  });
});

describe('a he/she subject after a longer fronted phrase', () => {
  it('links the chain back to the person named before it', () => {
    const text = 'Deported\n\n“I was shocked,” said Dale Varga, 44.\n\nBut after serving a prison sentence, he was deported to Busan, a city he did not know.\n\nHe now works for a grocery in the old port, unable to return.\n\n“I am banned for life,” he said.';
    const woman = 'Deported\n\n“My mom always said we were citizens,” said the woman, who spoke on condition of anonymity.\n\nNow 46 and living in the valley, she is terrified of losing her job.\n\n“I am even more scared now,” she said.';
    expect(speakersOf(text)).toEqual(['Dale Varga', 'Dale Varga']);
    expect(speakersOf(woman)).toEqual(['woman', 'woman']);
  });
});

describe('a relative named between a pronoun and its person', () => {
  it('is nobody new when it only says what someone is ("being a father")', () => {
    const text = 'Senator at home\n\nSen. Carl Brandt talks about his days in the capital. When I ask him what he does in his spare time, he says not much, not with the demands of being a father.\n\n“I am the catcher on the team,” he said.';
    const other = 'Senator at home\n\nSen. Carl Brandt talks about his days in the capital. When I ask him what he does in his spare time, he says a father of two from the mill came by.\n\n“I am the catcher on the team,” he said.';
    expect(speakersOf(text)).toEqual(['Carl Brandt']);
    expect(speakersOf(other)).toEqual([null]);
  });
});

describe('lone capitalised words between an unlisted subject and its pronoun', () => {
  it('skips a short state, a town before its state and the name a described subject goes by', () => {
    const woman = 'Rally cry\n\nThe crowd roared at the rally on Monday.\n\nThe woman who started it all identified herself to the Herald as a 52-year-old Dover, N.H., resident named Carol.\n\n“He truly cares about the people,” she said of the candidate.';
    const initials = 'Summit\n\nIn response to pressure, Daw Suu recently presided over a summit and set up a commission, overseen by former U.N. secretary general Kofi Annan, to make proposals.\n\n“Unity also means prosperity,” she said in the Oval Office.';
    expect(speakersOf(woman)).toEqual(['woman']);
    expect(speakersOf(initials)).toEqual(['Daw Suu']);
  });

  it('still stops at a lone name that may be someone else', () => {
    const text = 'Rally cry\n\nThe crowd roared at the rally on Monday.\n\nThe woman who started it all told the Herald that her neighbor, Carol, had dared her to shout.\n\n“He truly cares about the people,” she said of the candidate.';
    expect(speakersOf(text)).toEqual([null]);
  });
});
