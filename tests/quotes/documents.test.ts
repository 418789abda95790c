import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('documents whose head noun is also a cue word', () => {
  it('reads "the report concluded" and "the tweet said" after the quote', () => {
    const text = 'The Harlow Institute studied the county roads for two years.\n\n“Ten years of cuts have left the bridges in ruins,” the report concluded. “The county must act now.”\n\nDana Whitlow answered within the hour.\n\n“Dunmore deserves better than this,” the tweet said.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['report', 'report', 'tweet']);
    expect(qs.map((q) => q.type)).toEqual(['role', 'role', 'role']);
    expect(qs[0]?.source).toBe('the report');
    expect(qs[0]?.cue).toBe('concluded');
  });

  it('reads a possessive document before the cue ("Hale’s note says")', () => {
    const text = 'Mark Hale kept the letter for years.\n\n“You will never sell a single copy of that book,” Hale’s note says.';
    const q = attribute(text)[0];
    expect(q?.source).toBe('Hale’s note');
    expect(q?.type).toBe('role');
  });
});

describe('the voice of an ad', () => {
  it('gives the words to the narrator or the announcer, not to the candidate', () => {
    const text = 'The Quinn campaign released a new spot on Monday.\n\n“Who will pay for the new bridge?” a narrator in the ad asks.\n\nAs a siren wails, the announcer says, “Marla Quinn will keep Dunmore safe.”\n\nThe clip says Quinn “has a plan for every street in town.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['a narrator in the ad', 'the announcer', 'The clip']);
    expect(qs.every((q) => q.type === 'role')).toBe(true);
  });

  it('does not make the object of "posted" a speaker', () => {
    const text = 'The comedian is known for “Harbor Lights at Midnight,” posted the clip to his channel on Thursday.';
    expect(speakersOf(text).filter((s) => s !== null)).toEqual([]);
  });
});

describe('outlets are not documents', () => {
  it('keeps a capitalised head such as "the Post" an organisation', () => {
    const text = 'The Dunmore Post broke the story on Sunday.\n\n“It came to a head all at once,” the Post reported.';
    const q = attribute(text)[0];
    expect(q?.type).toBe('organisation');
  });
});

describe('a campaign or an office named after a person', () => {
  it('is an organisation that speaks, never the person', () => {
    const text = 'Dana Whitlow toured the mill on Monday.\n\nIn response, Whitlow’s campaign said in a statement that “the mayor has failed the city.”\n\n“Senator Whitlow never asked for that endorsement,” Sen. Dana Whitlow’s office said.';
    const qs = attribute(text);
    // named after the person's fullest name in the article, the only Whitlow there
    expect(qs.map((q) => q.speaker)).toEqual(['Dana Whitlow’s campaign', 'Dana Whitlow’s office']);
    expect(qs.map((q) => q.type)).toEqual(['organisation', 'organisation']);
  });
});

describe('a document opening the sentence of a partial quote', () => {
  it('speaks the quote inside its own sentence', () => {
    const text = 'The county released its audit on Friday.\n\nThe report found that contractors “billed the county twice for the same work.”\n\nHoff’s letter makes a blunt case: “The bridge will not last another winter.”\n\nA footnote in the report spells it out: “These figures do not include the harbor district.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['The report', 'Hoff’s letter', 'A footnote in the report']);
    expect(qs.map((q) => q.rule)).toEqual(['sentence-subject+document', 'sentence-subject+document', 'sentence-subject+document']);
  });

  it('does not speak words it reports from someone else', () => {
    const text = 'The Quinn campaign released a new spot on Monday.\n\nThe ad shows Marla Quinn telling a crowd that the mill “will reopen by spring.”\n\nThe video features a protester shouting “Shut it down now!”\n\nThe poll found that most voters say the mayor is “out of touch with the town.”';
    expect(attribute(text).map((q) => q.source)).toEqual(['Marla Quinn', null, 'most voters']);
  });
});

describe('"goes on to say"', () => {
  it('takes the subject of "goes on", a document or a person', () => {
    const text = 'The club sent its members an email on Friday.\n\nThe email goes on to say: “Fewer people pay the dues that keep the hall open.”\n\nTreasurer Ada Moss wrote a note of her own. Moss went on to say, “We tried everything we could.”';
    expect(attribute(text).map((q) => q.source)).toEqual(['The email', 'Moss']);
  });

  it('leaves a participle "going on to say" to the cue of the sentence', () => {
    const text = 'The mayor spoke for an hour.\n\n“It is absurd,” Ada Moss said, going on to say this town has spent “forty years arguing about one bridge.”';
    expect(speakersOf(text)).toEqual(['Ada Moss', 'Ada Moss']);
  });
});

describe('documents with a longer complement', () => {
  it('reads a participle complement and a complement up to ten words', () => {
    const text = 'Judge Ana Ruiz ruled on Friday.\n\n“The claim that the files still have value is speculative,” the order released Friday said.\n\nA fundraising email sent out by Ruiz on Tuesday night warned: “There are 14 primaries in the next three weeks.”\n\nA day later, her Twitter account posted: “Get the dress from the gala.”';
    expect(attribute(text).map((q) => q.source)).toEqual(['the order released Friday', 'A fundraising email sent out by Ruiz on Tuesday night', 'her Twitter account']);
  });

  it('keeps a participle with an object a verb ("issued a statement")', () => {
    const text = 'The council met late into the night.\n\nFollowing the vote, the Harbor Council issued a statement calling the plan “a clear violation of the port charter.”\n\nMayor Ruiz and Chief Hale issued a statement saying the town was “safe and calm tonight.”\n\nHours later, Tom Ruiz released a statement saying that the deal was “a fine day for Dunmore.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['the Harbor Council', null, 'Tom Ruiz']);
    expect(qs[0]?.type).toBe('organisation');
  });
});

describe('capitalised cue words', () => {
  it('are part of a name inside a sentence, not the cue', () => {
    const text = 'The talks went on for hours.\n\nRuiz said the United States “must stop treating the island like a colony.”\n\nThe Dunmore Post ran a piece that noted his “plan would help the rich more than the poor.”';
    expect(speakersOf(text)).toEqual(['Ruiz', null]);
  });

  it('are cues in a headline written in title case', () => {
    const text = 'Mayor Ruiz Says Harbor Plan ‘Makes No Sense At All.’\n\nThe mayor spoke on Monday.';
    expect(speakersOf(text)).toEqual(['Ruiz']);
  });

  it('do not reach across a new sentence after an exclamation', () => {
    const text = 'The crowd chanted “no new tolls!” A radio spot aired Friday accuses Ruiz of selling favors “in a habit of backroom deals going back years.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual([null, 'A radio spot aired Friday']);
  });
});

describe('sources inside someone else’s report', () => {
  it('gives the quote to the reporter of "according to", not to the source it cites', () => {
    const text = 'Supporters gathered for a second night.\n\nAda Moss, a member of the party board, said Tuesday that according to its analysis, the party has won most of the vote, but “the seat count is not final yet.”';
    expect(attribute(text).map((q) => q.source)).toEqual(['Ada Moss']);
  });

  it('does not read "agreed to" as a speech cue', () => {
    const text = 'The plan was sent to the council in April.\n\nIt would hold back the grant until the Harbor Authority agreed to hand over a lump sum of “two to six million dollars.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('"it" speaking for a document or an organisation', () => {
  it('takes the document or organisation that opens the sentence before', () => {
    const text = 'The Dunmore teachers union wrote to the school board this month.\n\nA letter from the union to the board reflected both concerns. “We have waited twelve years for a raise that never came,” it said.\n\nStill, the Harbor Business Council of Dunmore opposed any increase in the levy.\n\n“Keep the levy where it is for the rest of the decade,” it recommended.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['letter', 'Harbor Business Council of Dunmore']);
    expect(qs.map((q) => q.type)).toEqual(['role', 'organisation']);
    expect(qs.map((q) => q.source)).toEqual(['it', 'it']);
  });

  it('follows a document that spoke the quote before, and reads "it read" for a document', () => {
    const text = 'The Quill campaign sent a fundraising email on Wednesday.\n\n“Friend, let me be blunt about the race,” the email read. It stated that Pruitt is so shaken “that he now picks a fight with every reporter in town.”\n\n“Chip in five dollars before midnight,” it added.\n\nMarta Quill grinned and raised a sign she had painted.\n\n“Still with Pruitt, to the very end,” it read.';
    expect(speakersOf(text)).toEqual(['email', 'email', 'email', 'sign']);
  });

  it('takes the only document of a sentence whose subject is a person', () => {
    const text = 'Officer Dale Brunner described the arrest in an affidavit filed Friday.\n\n“The suspect ran from the car and dropped the bag,” Brunner wrote in the affidavit. It continued: “There are grounds to charge the driver with a single count of theft.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Dale Brunner', 'affidavit']);
    expect(qs[1]?.source).toBe('It');
  });

  it('stays unclear when the sentence before is about something that cannot speak, or names two texts', () => {
    const text = 'The city sued the Harbor Freight Company in federal court on Monday.\n\n“We will not pay a cent of these fines,” it said.\n\nThe video, posted last week, quotes a passage from an old sermon where it states that “the end is near for all of us.”';
    expect(speakersOf(text)).toEqual([null, null]);
  });
});

describe('"which" after a document or an organisation', () => {
  it('gives the quote to the text or body the relative clause is about', () => {
    const text = 'The mayor’s press office linked to the county audit report, which notes, “Two in five of the culverts checked were blocked or broken.”\n\nEven so, the study -- which notes that 31 tunnels will require “years of patient work” -- went unread.\n\nReporters called the Harlow Fire Department which reported “917 false alarms” over the winter.\n\nShe waved the sign — which read “Harlow 4 Quill” — and waved it around.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['county audit report', 'study', 'the Harlow Fire Department', 'sign']);
    expect(qs.map((q) => q.source)).toEqual(['which', 'which', 'which', 'which']);
  });

  it('leaves a text its author wrote or adopted, and never reads "who" after a group', () => {
    const text = 'The school board voted 5-2 for the resolution which said the district “rejects cruel language from any campaign.”\n\nHale posted a caption which reads, “Snapped in the hallway at recess, with phones banned.”\n\nResidents across the city, who said they were “tired of waiting for the bridge,” packed the hall.';
    expect(speakersOf(text)).toEqual([null, null, null]);
  });
});
