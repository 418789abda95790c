import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('places and bodies are never the person who speaks', () => {
  it('a state after a town is where the speaker was, not the speaker', () => {
    const text = 'Harbor plan\n\nMayor Ana Ruiz toured the docks on Monday.\n\nRuiz, during a town hall meeting in Akron, Ohio, said she was “going to cost a lot of dock workers their jobs,” while explaining her plan.';
    // the state closes the phrase between commas: the name before it speaks
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });

  it('a person named before `of` and a state speaks, not the state', () => {
    const text = 'Harbor plan\n\nOther mayors were not satisfied either. “The harbor should stay public, and nobody should sell it,” former Gov. Walter Hadley of Maine said on Twitter.';
    expect(speakersOf(text)).toEqual(['Walter Hadley']);
  });

  it('a person named before `of` and a town with its state speaks, not the town', () => {
    const text = 'Harbor plan\n\n“I still cannot tell what he believes,” said undecided voter Stephanie Hale of Halbrook, N.H., before the barn event.';
    expect(speakersOf(text)).toEqual(['Stephanie Hale']);
  });

  it('a person named before `of` and a two-word place or a body speaks', () => {
    const text = 'Harbor plan\n\n“I still cannot tell what he believes,” Representative Peter T. Hale of New York said on Tuesday.\n\n“Nobody asked the crews,” said Heiserman of the CORE Teachers.';
    expect(speakersOf(text)).toEqual(['Peter T. Hale', 'Heiserman']);
  });

  it('`Secretary of State` after a quote is a title before the name: `State` is no verb and `of` no place', () => {
    const text = 'Harbor plan\n\nAna Ruiz spoke on Monday.\n\n“We will review the lease,” Secretary of State Lena Brandt said.';
    expect(speakersOf(text)).toEqual(['Lena Brandt']);
  });

  it('“the United States” after a quote is a name, not a subject with the verb “states”', () => {
    const text = 'Harbor plan\n\nMayor Ana Ruiz spoke at a town hall.\n\n“Without that agreement” by the United States and its partners, Ruiz said at a meeting on Monday, “we might be facing a conflict.”';
    const [first] = attribute(text);
    expect(first?.speaker).not.toBe('United');
  });

  it('a city after `mayor of` is no person a later pronoun can mean', () => {
    const text = 'Harbor race\n\nThe candidates met voters in Dover on Sunday.\n\nThe former governor of Delmar and former mayor of Harwick stressed his record in office.\n\n“I know it is a tough fight,” he said.';
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

describe('a speaker phrase is a noun phrase, not a clause', () => {
  it('a subject with its verb and object before a participle is no role speaker (`rallied supporters by warning`): the subject speaks', () => {
    const text = 'Harbor vote\n\nOn the eve of the vote, Mayor Tom Lund stirred supporters by warning grimly that “the harbor is in danger” because “the buyers are coming in droves.”';
    expect(attribute(text).map((q) => q.source)).toEqual(['Tom Lund', 'Tom Lund']);
  });

  it('a phrase holding a modal is no role speaker (`dock leaders should be`)', () => {
    const text = 'Harbor vote\n\nWalter Hadley spoke on Monday. He then implied that dock leaders should be put on leave, specifically by having “a new board be named” in their place.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('after `by asserting`, the cue is the verb before it and its subject speaks', () => {
    const text = 'Harbor vote\n\nWhen the debate began, Hadley answered a question on the lease by asserting that the deal is “a gift to the port.”';
    expect(speakersOf(text)).toEqual(['Hadley']);
  });

  it('`state` after `secretary of` is a noun, not the verb of the quote', () => {
    const said = 'Harbor vote\n\nAna Ruiz won the primary. On Tuesday’s show, the former secretary of state said the lease was “a gift to the buyers.”';
    expect(attribute(said).map((q) => q.source)).toEqual(['the former secretary of state']);
    // the object of `ask` is no speaker either
    const asked = 'Harbor vote\n\nAna Ruiz won the primary in May.\n\nThey ask the former harbor commissioner to make it clear “that you reject the sale of the docks.”';
    expect(speakersOf(asked)).toEqual([null]);
  });
});

describe('pronouns do not take a modifier or a possessive for the one who speaks', () => {
  it('`they` is no organisation named as a modifier (`on its Facebook page`)', () => {
    const text = 'Harbor vote\n\nThe mayor stumped for Ruiz in Dover, and the campaign has shared his endorsement on its website.\n\nThe groups who wrote to Ruiz on Thursday say they are “concerned about the lease.” They ask the former mayor to make it clear “that you reject the sale.”';
    // the groups speak for themselves (a role); the campaign, named only as a modifier, never
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['groups', 'groups']);
    expect(qs.every((q) => q.type === 'role')).toBe(true);
  });

  it('a news anchor named with her title is a person a later `she` can mean', () => {
    const text = 'Harbor vote\n\nAfter a radio host was fired over comments that mocked Ana Ruiz’s accent, the station’s nightly news anchor Lia Moreno reacted with a letter. “I am concerned to hear voices that excuse this,” she tweeted.';
    expect(speakersOf(text)).toEqual(['Lia Moreno']);
  });
});

describe('a cue word after a possessive is a noun', () => {
  it('`Moreno’s comments “…”` reported by someone else are not given to Moreno', () => {
    const text = 'Harbor vote\n\nJudge Lia Moreno spoke at a law school on Monday.\n\nHouse Speaker Tom Lund told reporters Tuesday that Moreno’s comments “show bias to me.”';
    expect(speakersOf(text)).toEqual(['Tom Lund']);
  });

  it('a statement about `Hadley’s remarks` is not Hadley’s', () => {
    const text = 'Harbor vote\n\nWalter Hadley spoke in Dover on Monday.\n\nThe town council released a statement saying Hadley’s remarks “rest on his feelings, not on the record.”';
    expect(speakersOf(text)).not.toContain('Walter Hadley');
  });

  it('a plural possessive (`Sanders’ call for …`) is no subject either', () => {
    const text = 'Harbor vote\n\nMayor Ana Sanders spoke in Dover on Monday.\n\nAides have also suggested Sanders’ call for a “single fund for every harbor town” is something she will push at the convention.';
    // the aides are a group of the text, not a person named Aides
    expect(speakersOf(text)).toEqual(['aides']);
  });
});

describe('an exclamation that closes an introduced quote ends its sentence', () => {
  it('`telling her, “…!” She replied` keeps the quote with the one telling', () => {
    const text = 'Harbor vote\n\nMayor Ana Ruiz and Walter Hadley have a respectful relationship. In May 2011, after Ruiz broke her wrist, Hadley emailed her a get-well note, calling her simply “Ana” and telling her, “you are the toughest mayor we have had and we want you around for years!” She wrote back to him that it was a "privilege to work for the city w you."';
    expect(attribute(text).filter((q) => q.kind !== 'term').map((q) => q.speaker)).toEqual(['Walter Hadley', 'Ana Ruiz']);
  });

  it('`his demand in Dover: “…!” Sailors still praise …` gives the quote to no one after it', () => {
    const text = 'Harbor vote\n\nCaptain Ezra Lund was known for his cry on the pier in 1994: “Mr. Mayor, give us back our boats!” Sailors still admire his stand against the closure.';
    expect(speakersOf(text)).not.toContain('Sailors');
  });

  it('`About` in a title-case heading never starts a name', () => {
    const text = 'Harbor vote\n\n9\nLia Moreno Opened Up About Being Called “A Born Captain.”\n\nThe actress explained why the label stung.';
    expect(attribute(text).map((q) => q.speaker)).not.toContain('About');
  });
});

describe('words before a full name that are no part of it', () => {
  it('a preposition opening a sentence (`Outside Hadley’s plant`) is no first name, so no person a `she` can mean', () => {
    const text = 'Harbor vote\n\nOutside Hadley’s plant on Main Street, a worker named Tom Ortiz has nothing but praise for his job.\n\nBack in Dover, state Representative Lia Moreno, a Democrat, wants to hear about jobs. Her district includes the Hadley plant, and the jobs pay more, she said.\n\n“My family has all been dock workers,” she said over breakfast.';
    expect(speakersOf(text)).toEqual(['Lia Moreno']);
  });

  it('a body before a title and a full name (`Speaker of the House Tom Lund’s`) is dropped from the name', () => {
    const text = 'Harbor vote\n\nRepublicans led the push, as proven by Speaker of the House Tom Lund’s adding it to his 1996 agenda.\n\n“The harbor is ours,” Lund said.';
    expect(speakersOf(text)).toEqual(['Tom Lund']);
  });
});

describe('a pronoun does not fall back on a possessive, a modifier or the one asked when someone else is the subject', () => {
  it('`Okafor believes that the Ruiz campaign …` then `she said` is Okafor, the subject, not the candidate of the modifier', () => {
    const text = 'Harbor vote\n\nMayor Ana Ruiz is running for a third term.\n\n“The Ruiz campaign is scared. Truly scared,” said the president of the county dock workers’ caucus.\n\nOkafor believes that the Ruiz campaign took dock workers for granted and now has to win them back.\n\n“They thought one rally would do it,” she said.';
    expect(speakersOf(text)).toEqual(['president of the county dock workers’ caucus', 'Okafor']);
  });

  it('`… she said, was … when a student asked Ruiz why …` then `she said` is not the one asked', () => {
    const text = 'Harbor vote\n\nMayor Ana Ruiz spoke in Dover on Monday.\n\nLike a sister, Betty Lund said the attacks on her friend are painful to follow. “It stings,” she said. “This campaign has turned ugly.”\n\nWhat stung her the most of all, she said, was a remark at a forum last week, when a student asked Ruiz why young voters doubted her. “I was furious,” she said.';
    // not Ruiz: the sentence's own `she said` links back to Betty Lund, the one person of the sentence before
    expect(speakersOf(text)).toEqual(['Betty Lund', 'Betty Lund', 'Betty Lund']);
  });

  it('`She asked Hadley about …. He started …` still follows the one asked when no other man is the subject', () => {
    const text = 'Harbor vote\n\nWalter Hadley met voters in Dover on Monday.\n\nThen one voter brought up the closures. She asked Hadley about the jobs lost at the port. He began his reply with a story about his father.\n\n“It was a hard time for us,” he said.';
    expect(speakersOf(text)).toEqual(['Walter Hadley']);
  });

  it('`Tom Ortiz criticized Ruiz’s plan` then `she said` is still Ruiz: the subject is no woman', () => {
    const text = 'Harbor vote\n\nMayor Ana Ruiz unveiled her harbor plan on Monday.\n\nTom Ortiz criticized Ruiz’s plan on Tuesday.\n\n“It is fair criticism,” she said.';
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });
});
