import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('speakers named next to the cue with a long appositive', () => {
  it('reads a name whose appositive runs past fourteen words, with initials, "and" and several "of"s', () => {
    const text = 'The plan would raise $900 billion over a decade.\n\n“It has the virtue of being paid for,” Walter J. Emberly, director of the nonpartisan Harlow Budget Center and a professor at the Pike School of Government of Dunmore University, said of the plan. “Few plans are.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Walter J. Emberly', 'Walter J. Emberly']);
    expect(qs[0]?.source).toBe('Walter J. Emberly');
  });

  it('reads two appositives in a row', () => {
    const text = 'Twelve states sued the agency in March.\n\n“It is an invasion of our domain,” Ada Korver, the Republican attorney general of Wyoming, one of the states suing the agency, said at a Denver event.';
    expect(speakersOf(text)).toEqual(['Ada Korver']);
  });

  it('skips an age and a home town with an abbreviated state', () => {
    const text = 'Voters were asked about the email inquiry.\n\n“I just do not think she has been open about it,” Delia Marsh, 67, a retired nurse in Altoona, Pa., said in a later phone call.\n\nOrrin Vale, of Dover, Del., said he had voted ‘‘for the first time in twenty years, and for the last time.’’';
    expect(speakersOf(text)).toEqual(['Delia Marsh', 'Orrin Vale']);
  });

  it('never makes a home town or an abbreviated state the speaker', () => {
    const text = 'The hearing ran late.\n\nA review of the case in Fresno, Calif., based on police files, reported that the man had ‘‘talked openly about the plan.’’';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('party tags after a name', () => {
  it('reads a party tag between commas and at the end of the sentence', () => {
    const text = 'The vote is set for Friday.\n\n“We will not move the bill this year,” Senate Majority Leader Tom Hadley, R-Ky., said Tuesday. “Not one inch.”\n\n“We have the votes,” said Sen. Ruth Okafor, D-N.Y.\n\nSen. Dale Brandt, R-Wis., said in a newsletter, “The agency never acted.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Hadley', 'Tom Hadley', 'Ruth Okafor', 'Dale Brandt']);
    expect(qs[0]?.rule).toBe('cue-after:quote-name-verb');
  });

  it('reads a party tag in parentheses before an appositive', () => {
    const text = 'The panel met behind closed doors.\n\n“This is a power grab,” Rep. Dale Orwin (R-Ohio), a budget panel member, said in a phone call.';
    expect(speakersOf(text)).toEqual(['Dale Orwin']);
  });

  it('reads a party and state written out as an appositive', () => {
    const text = 'The governor signed the order.\n\n“He does not speak for us,” said State Senator Rosa Ibarra, Democrat of Texas.';
    expect(speakersOf(text)).toEqual(['Rosa Ibarra']);
  });
});

describe('surnames that are also titles, countries or common words', () => {
  it('reads an honorific before a title word as a person', () => {
    const text = 'The network pays well.\n\n“The salary here is generous,” Mr. King said.\n\n“I have never been edited,” Mr. Prince, 82, told me.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['King', 'Prince']);
    expect(qs.map((q) => q.type)).toEqual(['person', 'person']);
  });

  it('reads a title or a country after a first name as the surname', () => {
    const text = 'The caucus met on Monday.\n\n“They cannot afford to do that,” said Representative Saul Brenner, a Democrat from Vermont.\n\n“Nobody asked the farmers,” Representative Victor T. Lane, Republican of Idaho, said of the bill.';
    expect(speakersOf(text)).toEqual(['Saul Brenner', 'Victor T. Lane']);
  });

  it('keeps a title before more capitalised words a title', () => {
    const text = 'The Senate adjourned.\n\nSen. Majority Leader Ann Tolle spoke first. “We will be back in June,” she said.';
    expect(speakersOf(text)).toEqual(['Ann Tolle']);
  });
});

describe('the office or campaign of a named person', () => {
  it('makes the office the speaker, named after the person, never the person', () => {
    const text = 'Former Secretary Alma Reyes used a private account while in office.\n\n“She wrote a memo describing the account,” Reyes’s office said in a statement. “There was no equivalent system at the time.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Alma Reyes’s office', 'Alma Reyes’s office']);
    expect(qs[0]?.type).toBe('organisation');
    expect(qs[0]?.source).toBe('Reyes’s office');
  });

  it('keeps the surname as written when two people of the article share it', () => {
    const text = 'Nora Vance and her daughter, Ivy Vance, toured the plant.\n\nIn response, Mrs. Vance\'s campaign said in a statement that \'\'Nora Vance will not be bullied\'\' by anyone.';
    const qs = attribute(text);
    expect(qs[0]?.speaker).toBe('Vance\'s campaign');
    expect(qs[0]?.type).toBe('organisation');
  });
});

describe('cue verbs next to a named speaker', () => {
  it('reads two-word cues: "shot back", "fired back", "went on"', () => {
    const text = 'Lena Ostrow and Carl Dekker argued for an hour.\n\n“He is trying to look tough on this stage,” Ostrow shot back. “Let me talk.”\n\n“You know, it happens, right?” Dekker went on, as if he did not hear her.\n\n“Nobody believes that,” Dekker fired back at the moderator.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Lena Ostrow', 'Lena Ostrow', 'Carl Dekker', 'Carl Dekker']);
    expect(qs.map((q) => q.cue)).toEqual(['shot back', 'shot back', 'went on', 'fired back']);
  });

  it('reads "went on" only as a cue of its own, not before a complement', () => {
    const text = 'The rally ran late.\n\n“The show went on for hours,” the organisers went on to complain about the heat.';
    expect(attribute(text)[0]?.cue).not.toBe('went on');
  });

  it('reads inverted verbs of manner', () => {
    const text = 'The skaters meet every Sunday.\n\n“Silly boys,” scoffed Mara Quint, 22, who helped found the group.\n\n“Our ideas of success are different,” agrees Tessa Lund, 30, of Gainesville, Fla.\n\n“Imagine that debate,” mused radio host Stu Barrow.';
    expect(speakersOf(text)).toEqual(['Mara Quint', 'Tessa Lund', 'Stu Barrow']);
  });
});

describe('possessives written with a bare apostrophe', () => {
  it('never takes "Sanders’" in "Sanders’ plan" as the subject a pronoun points to', () => {
    const text = 'Hillary Clinton took questions about Sanders on Thursday.\n\nAbsent Sanders’ plan, Clinton pointed to his earlier bills.\n\n“It would end the health care we know,” she went on.';
    expect(speakersOf(text)).toEqual(['Hillary Clinton']);
  });
});

describe('a fragment that closes the reporter’s sentence', () => {
  it('takes no cue from the next sentence, and that sentence’s subject speaks its own quote', () => {
    const text = 'Tom Dorsey and Carl Lund have feuded for years.\n\nEarly in the race, Dorsey attacked Lund, calling him, more than once, “a weak mayor.” Lund fired back in March, attacking Dorsey for “the waste, the bragging” of his campaign.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Dorsey', 'Carl Lund']);
  });

  it('leaves a fragment unclear rather than give it to the next sentence’s speaker', () => {
    const text = 'They were heard regretting what the writers described as “wasted chances to run a tighter race that autumn.” Campaign strategist Ted Varga said the “real trouble is that he never liked to fight.”';
    expect(speakersOf(text)).toEqual([null, 'Ted Varga']);
  });
});

describe('a capitalised cue word in a title', () => {
  it('does not end a continuation ("said State Senator …")', () => {
    const text = '“He does nothing for the valley,” said State Senator Rosa Ibarra,  Democrat of Texas. “He does not know it.”\n\n“Thanks for the great work,” Lamb wrote in an email to top State officials. “The plane is in the air.”';
    expect(speakersOf(text)).toEqual(['Rosa Ibarra', 'Rosa Ibarra', 'Lamb', 'Lamb']);
  });
});

describe('appositives that close with a state or a dash', () => {
  it('reads a state after a home town as part of the appositive', () => {
    const text = 'Primary day\n\nVoters lined up in Kenwick on Saturday.\n\nDean Olsen, a 61-year-old plumber from Kenwick, North Dakota, says Reyes will “walk away stronger tonight.”';
    expect(speakersOf(text)).toEqual(['Dean Olsen']);
  });

  it('reads an appositive between two dashes', () => {
    const text = 'Primary day\n\nVoters lined up in Dover on Saturday.\n\nJason Sims — a baker from Cedar Flats — says the mayor’s backing was “a real boost.”';
    expect(speakersOf(text)).toEqual(['Jason Sims']);
  });

  it('does not pair a dash with a comma', () => {
    const text = 'Primary day\n\nVoters lined up in Dover on Saturday.\n\nJason Sims — a baker from Cedar Flats, says the mayor’s backing was “a real boost.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('titles before a name that opens the sentence', () => {
  it('keeps a title with “of” before the name as part of the subject', () => {
    const text = 'Town hall\n\nThe candidates met voters in Hudson on Monday.\n\nFormer Secretary of State Lena Fisk urged women to vote for Ana Reyes, saying, “There is a place for women who help each other.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Lena Fisk', rule: 'cue-before:participle+subject' });
  });

  it('keeps a lower-case role right before the name as part of the subject', () => {
    const text = 'Concert\n\nThe union met in Dover on Friday.\n\nUnion member Dana Wolk posted a photo on Sunday, writing, “So proud to stand behind a neighbor I trust.”';
    expect(speakersOf(text)).toEqual(['Dana Wolk']);
  });

  it('reads a name after an opening “And then” as the subject', () => {
    const text = 'Ferry vote\n\nMayor Tom Husted and Gov. Ana Reyes met on Monday.\n\nAnd then Reyes turned sharply on her rival, saying, “The mayor should resign in disgrace!”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ana Reyes', source: 'Reyes' });
  });

  it('does not read a group “of” a person as that person', () => {
    const text = 'Town hall\n\nThe candidates met voters in Hudson on Monday with Sen. Lena Fisk.\n\nSupporters of Sen. Lena Fisk urged women to vote, saying, “There is a place for women who help each other.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('appositives holding a title or a long description', () => {
  it('reads across a title in quotes that closes the appositive, and a complement after it', () => {
    const text = 'The council approved the arts budget on Monday.\n\nNora Pell, star of the drama “Harbor Lights,” said the council was “finally listening to artists.”\n\nTom Hale, the co-writer of “Loud Rooms,” about the decline of town meetings, said the days of “a shared story” are gone.';
    const qs = attribute(text).filter((q) => q.kind !== 'term');
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([
      ['Harbor Lights,', null],
      ['finally listening to artists.', 'Nora Pell'],
      ['Loud Rooms,', null],
      ['a shared story', 'Tom Hale'],
    ]);
  });

  it('reads across a term in quotes inside an appositive before the cue', () => {
    const text = 'The convention closed on Thursday.\n\n“We have had better conventions than this one,” Ohio delegate Bill Eastman, wearing a straw hat and “Vote Ross” campaign pins, said as confetti fell.';
    expect(attribute(text).map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Bill Eastman'], ['term', null]]);
  });

  it('reads a lower-case modifier before a title and a name of a place after an inverted cue', () => {
    const text = 'Party leaders met in Fargo.\n\n“We must listen harder to our rural members,” said former Gov. Bill Rickard of North Dakota, a Republican who ran for the Senate in 2010. “Or we will lose the plains.”';
    expect(speakersOf(text)).toEqual(['Bill Rickard', 'Bill Rickard']);
  });

  it('does not read a capitalised cue word inside a long title as the verb', () => {
    const text = 'The emails were released on Friday.\n\n“I hope you slept on that long flight home,” former State legal counsel Anna-Marie Sloan wrote to the secretary in a message.';
    expect(speakersOf(text)).toEqual(['Anna-Marie Sloan']);
  });
});

describe('a name in apposition after a possessive role', () => {
  it('reads the name between commas after a long possessive role, before the cue', () => {
    const text = 'Senator Dan Hale spoke on Monday.\n\n“Eventually, positions are going to soften on the bill,” Ohio Sen. Dan Hale’s chief of staff, Joe Kaspar, told the Courier before the vote. “That is inevitable.”\n\n“It will not pass this year or next,” Hale’s son, a lawyer in Dover, told the Courier on Tuesday.';
    expect(speakersOf(text)).toEqual(['Joe Kaspar', 'Joe Kaspar', null]);
  });
});

describe('relative clauses inside an appositive', () => {
  it('reads the name before an appositive that holds a `who` clause and a `which` clause', () => {
    const text = 'The bank named a new chief on Monday.\n\nScott Morrow, a former Commerce official who is now a visiting scholar at the Institute for Fair Harbors, which works to protect small ports and their crews, said the nomination is “more than one country choosing its friend.”';
    expect(speakersOf(text)).toEqual(['Scott Morrow']);
  });
});
