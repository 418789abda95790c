import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a definite description opening the sentence of a participle or a shared verb', () => {
  it('names the one person it renames, past coordinated verbs', () => {
    const text = 'Prescott exits the race.\n\nSen. Owen Prescott of Ohio ended his campaign on Tuesday in Dayton.\n\nThe Ohio senator sought to calm his supporters, and took a heckler in stride, saying the man would “not be thrown out of any rally of mine.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Owen Prescott']);
    expect(qs[0]?.source).toBe('The Ohio senator');
  });

  it('reads past an adverb between the description and its verb', () => {
    const text = 'Nominee unveils a security plan.\n\nRepublican nominee Walter Brandt spoke to veterans in Norfolk on Monday.\n\nThe Republican nominee also outlined his cyber plan and vowed to punish “those who leak classified files.”';
    expect(speakersOf(text)).toEqual(['Walter Brandt']);
  });

  it('takes the person a title of the article fits as the last resort for a sentence subject', () => {
    const text = 'Treasury Secretary Colin Marsh backed the bank chief for a second term.\n\n“He has done a remarkable job,” Marsh said.\n\nThe Treasury secretary also lauded Ines Kahler for the “needed reforms at the development bank.”';
    expect(speakersOf(text)).toEqual(['Colin Marsh', 'Colin Marsh']);
  });

  it('reads the description after a short fronted phrase', () => {
    const text = 'Justice Mara Velde regrets her remarks.\n\nJustice Mara Velde said on Thursday that her comments were ill-advised.\n\nIn three separate interviews, the justice sounded off on the governor, saying she did not “want to imagine” his second term.';
    expect(speakersOf(text)).toEqual(['Mara Velde']);
  });

  it('stays unclear when two people fit the description', () => {
    const text = 'Two senators clash over the port bill.\n\nSen. Owen Prescott and Sen. Lyle Varga spoke at the port on Tuesday.\n\nThe senator took a heckler in stride, saying the man would “not be thrown out of any rally of mine.”';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('never gives the words to a person of the other party', () => {
    const text = 'Harlan wins the primary.\n\nDemocratic nominee Ruth Harlan thanked volunteers in Tucson on Tuesday.\n\nThe Republican nominee began by talking about the drug crisis, saying that heroin is now “cheaper than a movie ticket.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('a party member as a description after the quote', () => {
  it('renames the one person of that party nearby', () => {
    const text = 'Brandt says cut rules to reduce poverty.\n\nPresidential candidate Walter Brandt suggests cutting regulations in places like Dayton.\n\n“It might surprise you, but the first step would be to cut the red tape,” the Republican said this week.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Walter Brandt']);
    expect(qs[0]?.source).toBe('the Republican');
  });

  it('is never the person of the other party', () => {
    const text = 'Harlan tours the border.\n\nDemocratic Sen. Ruth Harlan visited Nogales on Monday.\n\n“The fence is a waste of money,” the Republican said this week.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('a description fitting a title abbreviation', () => {
  it('fits the person whose abbreviated title and place it repeats', () => {
    const text = 'Rivals pile on Varga.\n\nSen. Lyle Varga was welcomed by Mayor Tom Hale in Dover. “We will win this state,” Owen Prescott said.\n\nNew Jersey Gov. Dan Keller accused Prescott of dodging the vote. “He went for the easy vote,” the New Jersey governor said.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Owen Prescott', 'Dan Keller']);
    expect(qs[1]?.source).toBe('the New Jersey governor');
  });
});

describe('two descriptions of one person joined by "and"', () => {
  it('renames the one person both fit; a president is no senator', () => {
    const text = 'Candidates condemn the launch.\n\nRepublican Sen. Owen Prescott responded first, ripping into President Dana Kline late Tuesday night.\n\n“I have warned about this all year while President Kline stood idly by,” the Ohio senator and Republican presidential candidate said in a statement.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Owen Prescott']);
    expect(qs[0]?.source).toBe('the Ohio senator and Republican presidential candidate');
  });

  it('stays unclear when one of the descriptions does not fit', () => {
    const text = 'Candidates condemn the launch.\n\nRepublican Sen. Owen Prescott responded first, ripping into the White House late Tuesday night.\n\n“I have warned about this all year,” the Ohio senator and Democratic presidential candidate said in a statement.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('never gives a title before the description to the person', () => {
    const text = 'Harlan speaks to voters.\n\nRuth Harlan spoke out Tuesday about the death of a man in Tulsa.\nOn Tuesday’s episode of “The Morning Show,” the former secretary of state and current Democratic presidential nominee said she wanted to talk to young voters.';
    expect(speakersOf(text)).toEqual([null]);
  });
});
