import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a speaker named in the sentence of the cue', () => {
  it('reads a first name before a surname that is also a title as a name', () => {
    const text = 'Turnout\n\nMany voters in the district feel pride for Mayor Ken Lane.\n\n"People say, \'It doesn\'t matter because Lane will get 90 percent of the vote,\'" said Charlie Bishop, a prominent Dover Democrat. "The question is, \'Ninety percent of what?\' Turnout makes a difference."';
    expect(speakersOf(text)).toEqual(['Charlie Bishop', 'Charlie Bishop']);
  });
});

describe('a cue word inside the clause an earlier cue reports', () => {
  it('reads past a plural noun that is also a cue word to the verb that reports the clause', () => {
    const text = 'Posts\n\nMayor Ken Lane posted again on Monday night. Councilwoman Dana Holt answered on Tuesday.\n\nDana Holt says Lane’s flurry of late-night posts targeting the harbor board was “unhinged, even for him.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Dana Holt', source: 'Dana Holt', cue: 'says' });
  });

  it('reads past a verb of a relative clause inside the reported clause', () => {
    const text = 'Strategy\n\nRetired colonel Omar Reyes spoke at the Harlow Institute on Thursday.\n\nReyes warned that officers he has spoken with “understand that we don’t have a plan for the port.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Omar Reyes', cue: 'warned' });
  });

  it('does not read past a clause that a comma closed after the earlier cue', () => {
    const text = 'Rally\n\nAs the crowd cheered Senator Ken Lane in Dover, the Gazette’s Tom Pruitt reported, his wife whispered to him: “They’re still with you.”';
    expect(speakersOf(text)).toEqual(['his wife']);
  });

  it('does not give a participle’s quote to the subject of the verb before it', () => {
    const text = 'Ad\n\nMayor Ken Lane debated Ana Ruiz last week.\n\nThe spot concludes with footage of Lane saying during the debate last week, “That makes me smart,” when Ruiz blasted him for not paying city tax.';
    expect(attribute(text)[0]?.type).not.toBe('document');
  });

  it('does not read past a phrase with a verb of its own', () => {
    const text = 'Convention\n\nBoos rained down when Lane mentioned the governor, and at one point the crowd loudly reprised the caustic chant “Lock her up! Lock her up!” that rang through the hall.';
    // not Lane, whose verb lies in another clause: the chant is the crowd's (the group-chant rule)
    const [q] = attribute(text);
    expect(q?.speaker).toBe('crowd');
    expect(q?.rule).toMatch(/^group-chant/);
  });
});

describe('a subject after a fronted clause', () => {
  it('reads a horizontal bar as a dash that ends the fronted clause’s aside', () => {
    const text = 'Debate\n\nMayor Ken Lane and Councilwoman Ana Ruiz debated on Monday.\n\nWhen Ruiz noted that the mayor had paid no city tax for years ― as was true for the years his returns were made public ― Lane boasted, “That makes me smart.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ken Lane', cue: 'boasted' });
  });
});

describe('a partial quote inside a sentence that ends with the cue', () => {
  it('gives the quote to the cue when the words before it report nobody', () => {
    const text = 'Banks\n\nSenator Ellen Warren spoke in Dover on Monday.\n\nA cashier who “steals a handful of twenties” is held accountable, Warren said. Bank executives are not.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ellen Warren', rule: 'cue-after:far' });
  });

  it('reads past a person named before the quote and in the clause after it', () => {
    const text = 'Primary\n\nFormer governor Ed Pell backs Mayor Ana Ruiz. Councilman Tom Hale is still running.\n\nHale “has a right to contest every single primary on the calendar,” just as Ruiz did in 2008, Pell added.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ed Pell', rule: 'cue-after:far' });
  });

  it('leaves the quote unclear when the words before it hold a cue of their own', () => {
    const text = 'Harbor\n\nMayor Ken Lane and Councilwoman Ana Ruiz met on Monday.\n\nAt the meeting Lane called the plan “a disgrace to the harbor” before the vote, Ruiz said.';
    expect(speakersOf(text)).not.toContain('Ana Ruiz');
  });

  it('does not give a report quoted inside a name’s sentence to an organisation', () => {
    const text = 'Fund\n\nThe Harbor Fund has grown for years.\n\nThe Harbor Fund “received as much as $2 million in undisclosed payments” from donors abroad, the Dover Gazette reported ten days ago.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not read a name that opens the clause as a bystander', () => {
    const text = 'Trade\n\nWashington played its part, too. In their new book “Concrete Harbors” (Dover Press), Stephen S. Cole and J. Bradford Pine of the University of Maine, Orono suggest that it was policy.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('an inverted cue after a fronted phrase', () => {
  it('reads the name after the verb when only a comma or colon follows it before the quote', () => {
    const text = 'Debate\n\nMayor Ken Lane met the harbor board. Board member Sam Pruitt spoke after him.\n\nLane said the board was “always fair.” But, said Pruitt, “I don’t want to drum up conflict with the mayor.”\n\nIn other words, explained WDVR moderator Nora Quist: “What does that have to do with the budget?”';
    expect(speakersOf(text)).toEqual(['Ken Lane', 'Sam Pruitt', 'Nora Quist']);
  });

  it('does not read the object of `said of` as the speaker', () => {
    const text = 'Chancellor\n\nChancellor Greta Lund spoke on Monday. Readers answered online.\n\nAnother reader, Rolf Zander, wrote of Ms. Lund: “Your office is still ignoring the harbor.”';
    expect(speakersOf(text)).toEqual(['Rolf Zander']);
  });
});

describe('a quote ending with a nested quote in doubled apostrophes', () => {
  it('closes the nested quote and the outer one at three apostrophes, so the cue after them is read', () => {
    const text = 'Harbor\n\nMayor Ken Lane spoke on Monday about the harbor.\n\n\'\'We are told all the time, \'The harbor is a special case,\'\'\' Mr. Lane said. \'\'It is all lies. There is no special case.\'\'';
    const quotes = attribute(text);
    expect(quotes.map((q) => q.text)).toEqual(["We are told all the time, 'The harbor is a special case,'", 'It is all lies. There is no special case.']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ken Lane', 'Ken Lane']);
  });

  it('still opens a doubled mark before a nested quote at the start', () => {
    const text = 'Quiz\n\nProducer Martin Kaplan was asked which show he missed.\n\n\'\'\'Harbor Bowl,\'\'\' he replied. \'\'It is a quiz for grown-ups.\'\'';
    expect(attribute(text)[0]?.text).toBe("'Harbor Bowl,'");
  });
});

describe('an organisation named with Watch', () => {
  it('reads a watchdog group as an organisation that speaks', () => {
    const text = 'Emails\n\nThe watchdog group Harbor Records Watch sued the port authority in May.\n\n“The email contains the director’s private address,” Harbor Records Watch added.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Harbor Records Watch', type: 'organisation' });
  });
});

describe('a fronted occasion without a comma', () => {
  it('is not part of the subject before a cue with the quote right after it', () => {
    const text = 'Radio\n\nMayor Ken Lane spoke on the radio on Monday.\n\nIn a Harbor FM interview Lane declared “I think the ferry may be obsolete. Things are different now.”\n\nAt a rally Tuesday Lane said “We will keep the port open.”';
    expect(speakersOf(text)).toEqual(['Ken Lane', 'Ken Lane']);
  });

  it('keeps a phrase whose noun is no occasion as it was', () => {
    const text = 'Radio\n\nMayor Ken Lane spoke on the radio on Monday.\n\nIn the Harbor District Lane declared “We will keep the port open.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});
