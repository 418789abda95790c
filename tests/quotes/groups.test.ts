import { describe, expect, it } from 'vitest';
import { attribute } from '../helpers/attribute.ts';

describe('a group doing a participle cue', () => {
  it('gives the chant to a counted group opening the sentence', () => {
    const text = 'Mayor Dana Whitlow toured the mill on Monday.\n\nHundreds of pro-union demonstrators marched through the square on Monday, chanting “Save our mill, save our town,” as the council met.';
    const q = attribute(text)[0];
    expect(q?.source).toBe('Hundreds of pro-union demonstrators');
    expect(q?.type).toBe('role');
    expect(q?.rule).toBe('cue-before:participle+role');
  });

  it('reads a group after a short fronted phrase', () => {
    const text = 'Tom Clarke bought the mine in May.\n\nIn August, several river groups granted Mr. Clarke an extension on a cleanup order, saying his “start-up money was less than expected.”';
    const q = attribute(text)[0];
    expect(q?.source).toBe('several river groups');
    expect(q?.type).toBe('role');
  });

  it('gives the participle to the group of the clause it ends, not to the main subject', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nWhitlow spoke just down the street from the old casino, where about 50 protesters had gathered on Wednesday morning, chanting "no contract, no peace" after the talks failed.\n\nThe first heckling came during a speech at the college, when Harbor protesters interrupted her speech, shouting “she wins, we lose!”';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['about 50 protesters', 'Harbor protesters']);
    expect(qs.map((q) => q.type)).toEqual(['role', 'role']);
  });

  it('keeps the main subject when the clause names no group', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nWhitlow opened the session when the board arrived, saying the budget was “the hardest in a decade.”';
    expect(attribute(text)[0]?.speaker).toBe('Dana Whitlow');
  });

  it('leaves a participle after a group of things unclear', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nHundreds of trucks rolled through the square on Monday, carrying banners saying “Save our mill.”';
    expect(attribute(text)[0]?.speaker).toBeNull();
  });
});

describe('capitalised group nouns', () => {
  it('are groups, never persons, at the start of a sentence', () => {
    const text = 'The council met on Tuesday.\n\nProtesters chanted “Save our mill!” outside the hall.\n\nAides said the mayor will push for a “harbor for all” plan in the fall.';
    const qs = attribute(text);
    expect(qs.map((q) => q.type)).toEqual(['role', 'role']);
    expect(qs.map((q) => q.source)).toEqual(['Protesters', 'Aides']);
  });

  it('keeps a share of voters as what the text calls it', () => {
    const text = 'A new poll of the county came out on Friday.\n\nAsked if Whitlow is “realistic enough to serve as mayor,” 72 percent of Democrats said yes.';
    const q = attribute(text)[0];
    expect(q?.source).toBe('72 percent of Democrats');
    expect(q?.type).toBe('role');
  });

  it('does not take a hyphenated title for a first name', () => {
    const text = '“We had a big issue with the trade part of the plan,” said United Mill Workers Secretary-Treasurer Gary Castell.';
    expect(attribute(text)[0]?.speaker).toBe('Gary Castell');
  });
});

describe('an organisation named with its complement', () => {
  it('is the whole organisation, never a person named after `of`', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nThe Dunmore Federation of Teachers calls her “the champion working families need.”\n\nUnions were among her earliest backers, with the Harbor Federation of Nurses calling her “a friend of every ward.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['the Dunmore Federation of Teachers', 'the Harbor Federation of Nurses']);
    expect(qs.map((q) => q.type)).toEqual(['organisation', 'organisation']);
  });

  it('keeps a person named before `of` a person', () => {
    const text = '“Building a new harbor wall is a hard technical problem,” said Jeffrey Lane of the Harlow Center for Coastal Studies.';
    const q = attribute(text)[0];
    expect(q?.type).toBe('person');
    expect(q?.speaker).toBe('Jeffrey Lane');
  });
});

describe('a statement put out by an organisation', () => {
  it('is the issuer’s, with a day between the noun and the participle', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nThe town released a statement Wednesday saying Whitlow’s comments “are based on her opinion, not actual facts,” and invited her back.\n\nThe Dunmore Heritage Museum issued a statement this month saying the archive had suffered “gross neglect under this mayor.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['The town', 'The Dunmore Heritage Museum']);
    expect(qs.map((q) => q.type)).toEqual(['organisation', 'organisation']);
  });

  it('keeps a joint statement unclear with a day after it too', () => {
    const text = 'Mayor Dana Whitlow met Walter Hadley on Monday.\n\nWhitlow and Hadley issued a statement Tuesday calling the meeting “a very positive step.”';
    expect(attribute(text)[0]?.speaker).toBeNull();
  });
});

describe('a chant named before the quote (`group-chant`)', () => {
  it('is the chant of the group that is the subject of the verb', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nWhitlow supporters responded with chants of “Four more years” until the mayor spoke again.\n\nBoos rained down when she named her rival, and at one point the crowd loudly reprised the caustic chant “Lock him up! Lock him up!” that rang through the hall all week.';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['Whitlow supporters', 'the crowd']);
    // the first chant follows a speech verb of the group itself (`responded with`), read by the cue rules first
    expect(qs.map((q) => q.rule)).toEqual(['cue-before:name-verb-quote+role', 'group-chant+description']);
    expect(qs.every((q) => q.type === 'role')).toBe(true);
  });

  it('leaves a chant unclear when someone else makes the group chant or no group is the subject', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nCasting herself as the town’s defender, Whitlow roused the crowd to spontaneous chants of “Save the mill!”\n\nThe hall echoed with chants of “Four more years” as she left.';
    expect(attribute(text).map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('an organisation opening the sentence of a partial quote', () => {
  it('speaks the quote inside its own sentence, also after a fronted phrase', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nThe Whitlow campaign projects that “a small levy on the port” would raise $75 million a year.\n\nIn 2014, the Harbor Institute found that “about twice as many residents said the mill mattered more than the port.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['The Whitlow campaign', 'the Harbor Institute']);
    expect(qs.map((q) => q.rule)).toEqual(['sentence-subject+organisation', 'sentence-subject+organisation']);
  });

  it('never makes a role or a renaming description a new speaker that way', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nIn the end, the voters saw the mill as “the heart of the town.”';
    expect(attribute(text)[0]?.speaker).toBeNull();
  });
});

describe('a group in a later clause', () => {
  it('takes only a crowd’s cry, not a plain saying the main subject may own', () => {
    const text = 'Mayor Dana Whitlow spoke at the mill on Monday.\n\nWhitlow spoke for an hour while supporters waved signs, saying the mill would be “open again by the spring.”';
    expect(attribute(text)[0]?.speaker).not.toBe('supporters');
  });
});
