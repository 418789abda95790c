import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('places and bodies are never the person who speaks', () => {
  it('a state after a town is where the speaker was, not the speaker', () => {
    const text = 'Harbor plan\n\nMayor Ana Ruiz toured the docks on Monday.\n\nRuiz, during a town hall meeting in Dayton, Ohio, said she was “going to put a lot of dock workers out of work,” while explaining her plan.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('a person named before `of` and a state speaks, not the state', () => {
    const text = 'Harbor plan\n\nOther mayors were not satisfied either. “The harbor should stay public, and nobody should sell it,” former Gov. Walter Hadley of Maine said on Twitter.';
    expect(speakersOf(text)).toEqual(['Walter Hadley']);
  });

  it('a person named before `of` and a town with its state speaks, not the town', () => {
    const text = 'Harbor plan\n\n“I do not know where he stands on that,” said undecided voter Stephanie Hale of Derry, N.H., before the barn event.';
    expect(speakersOf(text)).toEqual(['Stephanie Hale']);
  });

  it('a person named before `of` and a two-word place or a body speaks', () => {
    const text = 'Harbor plan\n\n“I do not know where he stands on that,” Representative Peter T. Hale of New York said on Tuesday.\n\n“Nobody asked the crews,” said Heiserman of the CORE Teachers.';
    expect(speakersOf(text)).toEqual(['Peter T. Hale', 'Heiserman']);
  });

  it('`Secretary of State` after a quote is a title before the name: `State` is no verb and `of` no place', () => {
    const text = 'Harbor plan\n\nAna Ruiz spoke on Monday.\n\n“We will review the lease,” Secretary of State Lena Brandt said.';
    expect(speakersOf(text)).toEqual(['Lena Brandt']);
  });

  it('“the United States” after a quote is a name, not a subject with the verb “states”', () => {
    const text = 'Harbor plan\n\nMayor Ana Ruiz spoke at a town hall.\n\n“If there had not been that deal” by the United States and its partners, Ruiz said at a town hall on Monday, “we would be looking at a war.”';
    const [first] = attribute(text);
    expect(first?.speaker).not.toBe('United');
  });

  it('a city after `mayor of` is no person a later pronoun can mean', () => {
    const text = 'Harbor race\n\nThe candidates met voters in Dover on Sunday.\n\nThe former governor of Maryland and former mayor of Baltimore stressed his executive experience.\n\n“I know it is a tough fight,” he said.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('capitalised words before a surname that are no first names', () => {
  it('`Team Hadley` is the candidate’s team: the surname still names the candidate', () => {
    const text = 'Team Hadley sees the fair as a second chance for Walter Hadley\n\nTeam Hadley sees the county fair as a second chance for Walter Hadley to reach voters.\n\nIn somber comments, Hadley called the flood “a blow to our county,” and he thanked the crews.';
    expect(speakersOf(text)).toEqual(['Walter Hadley']);
  });

  it('a number before a surname (`Six Hadley supporters`) is not part of a name', () => {
    const text = 'Harbor race\n\nWalter Hadley won the county on Saturday. Six Hadley supporters ran for delegate slots.\n\n“Look at what happened in Dover,” Hadley told supporters.';
    expect(speakersOf(text)).toEqual(['Walter Hadley']);
  });

  it('a headline verb before a surname (`Ruiz Calls Hadley …`) is not a first name', () => {
    const text = 'Ruiz Says Port Deal Failed, Calls Hadley’s Harbor Remarks ‘Reckless.’\n\nMayor Ana Ruiz said on Sunday that Walter Hadley is unfit for office.\n\n“We will win this county,” Hadley told reporters.';
    expect(attribute(text).filter((q) => q.kind !== 'term').map((q) => q.speaker)).toEqual(['Walter Hadley']);
  });
});
