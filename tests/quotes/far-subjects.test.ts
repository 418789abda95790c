import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('subjects far from their cue: long appositives', () => {
  it('reads a dash appositive after a comma appositive as the name’s, not the company’s', () => {
    const text = 'The network added the show in May.\n\nJon Dale, the chief executive of Ora Media -- the production company that owns the show, which also streams on Hulu -- told me, ‘‘We’re a content provider.’’';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Jon Dale']);
    expect(qs[0]?.source).toBe('Jon Dale');
  });

  it('reads a name opening a dash appositive after a description', () => {
    const text = 'The mayor spoke for an hour on Tuesday.\n\nA former Republican candidate -- Tom Brandt, who lost the 2008 race to the mayor -- said the speech “offered no changes to a tired and timid strategy.”';
    expect(speakersOf(text)).toEqual(['Tom Brandt']);
  });

  it('reads across a title set off by commas inside the appositive', () => {
    const text = 'Dana Ruiz ran the quiz show for a decade.\n\nSam Hollis, a contestant on the quiz show, “The Big Board,” who went on to work alongside Ruiz, said his boss was “always kind and generous and charming.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual([null, 'Sam Hollis']);
  });

  it('gives no speaker when the words before the description are no name', () => {
    const text = 'The court released the files on Monday.\n\nA previously sealed memo obtained by Harbor Watch, the advocacy group, through a lawsuit shows the name of Mr. Pell, described as one of the port’s ‘‘most powerful brokers,’’ among the guests.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('keeps an organisation named inside a longer phrase before the description from becoming the speaker', () => {
    const text = 'The council voted on Tuesday.\n\nA memo obtained by Harbor Watch, the advocacy group -- a fierce critic of the port -- said the vote was “a betrayal of the harbor.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('subjects far from their cue: an appositive with a possessive place or name', () => {
  it('reads a possessive of several capitalised words as an appositive of the subject', () => {
    const text = 'The debate ran late. Tom Hollis and Dana Ruiz clashed again.\n\nHollis, New Jersey’s sitting governor, repeated his claims that Ruiz recites the same lines, calling him a fine speaker when required to “deliver a speech, read a teleprompter.”\n\nDana Ruiz, Tom Hollis’s oldest rival, lashed out at the governor for “running a campaign of insults.”';
    expect(speakersOf(text)).toEqual(['Tom Hollis', 'Dana Ruiz']);
  });
});

describe('subjects far from their cue: a prepositional phrase between the name and its verb', () => {
  it('reads the name that opens the subject phrase', () => {
    const text = 'Tom Lane and Dana Ruiz met on Monday.\n\nLane on Tuesday in an interview with the Gazette said, “This is not over.”\n\nThe union spent heavily. Lane during a rally on Sunday thanked its members “for their support in my campaign.”';
    expect(speakersOf(text)).toEqual(['Tom Lane', 'Tom Lane']);
  });

  it('not when the phrase holds a verb of its own', () => {
    const text = 'Tom Lane and Dana Ruiz met on Monday.\n\nLane at the dinner Ruiz gives each year says, “This is not over.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('subjects far from their cue: a party and state appositive', () => {
  it('reads “Republican of New York” after a name as an appositive of the subject', () => {
    const text = 'The mayor’s remarks drew fire.\n\nOne early supporter, Representative Lee Zorn, Republican of New York, gave the technique a whirl in an interview with a radio station on Tuesday: “You can easily argue that the mayor is a bully.”';
    expect(speakersOf(text)).toEqual(['Lee Zorn']);
  });
});

describe('subjects far from their cue: a long clause before a colon', () => {
  it('reads a cue more than fourteen words before a quote introduced by a colon', () => {
    const text = 'Volunteers flooded the phone lines.\n\nMs. Rena Holt, who works in a bakery as a shift manager, said in an interview on Friday that she sent more than forty people a day the same message: “Will you vote on Tuesday? Reply YES to join us.”';
    expect(speakersOf(text)).toEqual(['Rena Holt']);
  });

  it('leaves the quote unclear when another quote or a dash comes between the far cue and the colon', () => {
    const text = 'Rena Holt, the state’s attorney general, told the panel on Monday that she had faced bias early in her career.\n\nShe said she recalls the colleague being "confused," and the partner being supportive of her - at one point even admonishing the client: "You know, you have to look at her, she is the one who knows."';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('subjects far from their cue: a relative clause on the listener', () => {
  it('reads past a `who` clause that describes the one told, to the teller', () => {
    const text = 'The forum on the harbor fund was tense. Mara Quint spoke last.\n\nQuint forcefully told a young woman who suggested that the fund was a fraud that “this is not how we work here.”\n\nMr. Tom Hale tells voters who wonder why he cannot match his rival’s fury that he “was not brought up that way.”\n\nQuint told reporters who asked about the plan that it was “a done deal by now.”';
    expect(speakersOf(text)).toEqual(['Mara Quint', 'Tom Hale', 'Mara Quint']);
  });

  it('never gives the teller a quote the `who` clause itself reports, nor gives it to the listener', () => {
    const text = 'The forum on the harbor fund was tense. Mara Quint spoke last.\n\nQuint told a young woman who said that “this is not how we work here.”\n\nQuint told a young woman who suggested that the fund was “a fraud from the start.”';
    expect(speakersOf(text)).toEqual([null, null]);
  });
});

describe('subjects far from their cue: a name, a description and a relative clause', () => {
  it('gives the quote to the name, not to its description, when a relative clause follows the description', () => {
    const text = 'The port board met on Friday.\n\nTom Hale, a spokesman for the port, who has long opposed the plan, said it was “a terrible idea.”\n\nLina Ferro, the harbor master of Dunmore, a town that relies on the ferries, said the plan was “a gift to the big carriers.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Hale', 'Lina Ferro']);
    expect(qs.map((q) => q.type)).toEqual(['person', 'person']);
  });

  it('reads a bare role before a second appositive as the name’s, and never a place or body of a fronted phrase', () => {
    const text = 'Harvard is old, and its students are restless.\n\nMark Holm, chairman of the board of Freedom Hands, the network’s funding arm, said it would act only if “a candidate were able to garner support.”\n\nAt Harvard, the students, who rallied for hours, said it was “a terrible idea.”';
    expect(speakersOf(text)).toEqual(['Mark Holm', null]);
  });

  it('reads `who` after a name and its description as the name', () => {
    const text = 'The port board met on Friday.\n\nThe plan drew fire from Tom Hale, a spokesman for the port, who said it was “a terrible idea.”\n\nThe plan drew fire from Scott Rell, the chamber’s chief political strategist, who said it was “a gift to the big carriers.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Tom Hale', 'Scott Rell']);
    expect(qs[0]?.rule).toBe('cue-before:relative-who');
  });
});

describe('subjects far from their cue: speech nouns inside the reported clause', () => {
  it('reads a plural speech noun after a possessive and a modifier as a noun, not the cue', () => {
    const text = 'Corbin’s aides were quiet.\n\nJoe Maloy, a Republican from the Concord area, said that sometimes Corbin’s over-the-top comments make him wish they could go back in time and “put the genie back in the bottle.”';
    expect(speakersOf(text)).toEqual(['Joe Maloy']);
  });
});

describe('subjects far from their cue: a titled name before the first comma', () => {
  it('reads a titled name and its appositive as the subject, not as a fronted phrase', () => {
    const text = 'Dana Ruiz and Tom Corbin held rallies in Ohio.\n\nOhio Gov. Dana Ruiz, a staunch Corbin ally, acknowledged some copying even as she defended the campaign, saying, “Most of the speech is completely different.”';
    expect(speakersOf(text)).toEqual(['Dana Ruiz']);
  });

  it('keeps a fronted phrase that names someone else a fronted phrase', () => {
    const text = 'Ray Mendel and Lena Fisk spoke after the vote.\n\nLike Fisk, Mendel also rejected the idea that the bill was weak, arguing that there is “flexibility for the administration” in the plan.';
    expect(speakersOf(text)).toEqual(['Ray Mendel']);
  });
});
