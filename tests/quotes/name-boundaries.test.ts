import { describe, expect, it } from 'vitest';
import { speakersOf } from '../helpers/attribute.ts';

const lead = 'Harbor vote\n\nThe council met in Dover on Tuesday.\n\n';

describe('a title after place initials', () => {
  it('keeps a U.S. title with the name it goes on', () => {
    const text = `${lead}“This will help the harbor,” said U.S. Rep. Nora Pell.\n\nA longer sentence “would also help address any false perception that the dock is safe,” Assistant U.S. Attorney Maya D. Song wrote.\n\n“We will rule soon,” U.S. District Judge Tom Hale said.`;
    expect(speakersOf(text)).toEqual(['Nora Pell', 'Maya D. Song', 'Tom Hale']);
  });

  it('still ends a sentence at U.S. before an ordinary capitalised word', () => {
    const text = `${lead}Trade fell sharply in the U.S. The port lost money. “It is a mess,” said Nora Pell.`;
    expect(speakersOf(text)).toEqual(['Nora Pell']);
  });
});

describe('the noun state before a quote', () => {
  it('reads a state after a possessive and its modifiers as no cue', () => {
    const text = `${lead}Ms. Ana Ruiz also said in an interview that in her economically depressed state, “there is a huge degree of pessimism.”`;
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });
});

describe('an outlet after an inverted cue and a name', () => {
  it('ends the speaker phrase at for after a personal name', () => {
    const text = `${lead}“The impact of the debate is still small,” wrote Nora Pell for Harbor Weekly. “Just 9 percent of voters said it changed their minds.”\n\n“It is a small change,” said a spokesman for the Harbor Board, Tom Lane.`;
    expect(speakersOf(text)).toEqual(['Nora Pell', 'Nora Pell', 'Tom Lane']);
  });
});

describe('an adverb between by and a speech participle', () => {
  it('reads responded by first saying like responded by saying', () => {
    const text = 'Harbor vote\n\nMayor Ana Ruiz and Councilman Tom Pell met in Dover on Tuesday.\n\nRecently, a voter stood at a Ruiz event to say he was leaning toward Pell. Ms. Ruiz, channeling her polite roots, responded by first saying “some good things” about Mr. Pell.';
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });
});

describe('since after an auxiliary', () => {
  it('reads has since said as the subject’s cue', () => {
    const lead = 'Harbor vote\n\nMayor Ana Ruiz and Councilman Tom Pell met in Dover on Tuesday.\n\n';
    const text = `${lead}Ruiz has since said the plan was “a mistake.”\n\n“It was a mistake,” Pell has since said.\n\nRuiz has since apologized for the delay: “Yes, I should have used two addresses.”`;
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Tom Pell', 'Ana Ruiz']);
  });

  it('still reads a since clause after a quote as a clause', () => {
    const text = 'Harbor vote\n\nMayor Ana Ruiz met voters in Dover on Tuesday.\n\n“It was a mistake,” since Ruiz said so.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('an appositive without its closing comma', () => {
  it('names the person who opens the sentence', () => {
    const lead = 'Harbor vote\n\nThe council met in Dover on Tuesday.\n\n';
    const text = `${lead}Nora Pell, the communications director for the Harbor Party said in a statement. “There are no paper ballots to recount.”\n\nTom Hale, a spokesman for the port said: “We will count again.”`;
    expect(speakersOf(text)).toEqual(['Nora Pell', 'Tom Hale']);
  });
});

describe('an appositive without its closing comma after a quote', () => {
  const lead = 'Harbor vote\n\nThe council met in Dover on Tuesday.\n\n';
  it('names the person before the appositive', () => {
    const text = `${lead}“Ruiz needs a strategy for the east side,” Nora Pell, the polling analyst who founded the Dover Poll tweeted on Wednesday. “They are drawing more from her side now.”`;
    expect(speakersOf(text)).toEqual(['Nora Pell', 'Nora Pell']);
  });

  it('does not read a title inside the reporter’s sentence as a quote of that person', () => {
    const text = `${lead}Friday on Channel 4’s “Harbor Day,” Sen. Ana Ruiz, a supporter of the mayor’s bid for a new term told host Tom Hale she believed the port would open.`;
    expect(speakersOf(text)).toEqual([null]);
  });

  it('leaves a who clause with a cue of its own unclear', () => {
    const text = `${lead}“Ruiz needs a strategy,” Nora Pell, the mayor who said she would resign.`;
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('a delegate’s title', () => {
  it('reads Del. before a name as a title and after a town as the state', () => {
    const lead = 'Harbor vote\n\nThe council met in Dover on Tuesday.\n\n';
    const text = `${lead}“This is a waste of time,” said Del. Stacey Lane of the Virgin Islands.\n\nThe plant is in Dover, Del. Nora Pell runs it. “It is a waste,” Pell said.`;
    expect(speakersOf(text)).toEqual(['Stacey Lane', 'Nora Pell']);
  });
});

describe('remember as a cue', () => {
  it('reads remembered before a name like recalled', () => {
    const lead = 'Harbor vote\n\nThe council met in Dover on Tuesday.\n\n';
    const text = `${lead}“An awful lot of analysts said, ‘No, don’t do this,’ and she took it upon herself to prove them wrong,” remembered Ron Verge, the firm’s former chief spokesman. “And the more the criticism mounted, the more determined she became.”`;
    expect(speakersOf(text)).toEqual(['Ron Verge', 'Ron Verge']);
  });
});

describe('react as a cue', () => {
  it('reads reacted before and after a name', () => {
    const lead = 'Harbor vote\n\nMayor Ana Ruiz and Councilman Tom Lane met in Dover on Tuesday.\n\n';
    const text = `${lead}“Ruiz said in her speech that the port is our pride. What pride is she talking about?” reacted Lane.\n\nAna Ruiz, the port commissioner, reacted skeptically to the deal, “I am concerned about any agreement that sends the ships away.”`;
    expect(speakersOf(text)).toEqual(['Tom Lane', 'Ana Ruiz']);
  });
});

describe('the following comment', () => {
  it('reads the cue noun of an intro as a noun and takes the intro’s subject', () => {
    const lead = 'Harbor vote\n\nMayor Ana Ruiz and Councilman Tom Pell met in Dover on Tuesday.\n\n';
    const text = `${lead}On July 6, 2015, Pell made the following comment:\n\n“For young people, the unemployment rate is 33 percent.”\n\nRuiz made the following comment: “The rate is lower than it was.”`;
    expect(speakersOf(text)).toEqual(['Tom Pell', 'Ana Ruiz']);
  });
});

describe('irregular past verbs after a named subject', () => {
  it('reads broke as the finite verb of the sentence subject', () => {
    const lead = 'Harbor vote\n\nMayor Ana Ruiz and Councilman Tom Pell met in Dover on Tuesday.\n\n';
    const text = `${lead}Former candidate Tom Pell broke down exactly what was wrong with the image to the newspaper: “What Ruiz did was so insensitive.”`;
    expect(speakersOf(text)).toEqual(['Tom Pell']);
  });
});
