import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';
import { docFromText } from '../helpers/doc.ts';
import { extractQuotes, findIndirect, transcriptLabels } from '../../src/pipeline/quotes.ts';
import { attributeQuotes } from '../../src/pipeline/attribute.ts';

describe('people without a known first name', () => {
  it('resolves a pronoun to a person introduced with a title and a party tag', () => {
    const text = 'Rep. Jane Okafor (D-Calif.) toured the flooded district on Saturday.\n\n“Nobody here has slept for three days,” she said.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Jane Okafor', source: 'she' });
  });

  it('recognises "X, a <role> …," as a person for a later pronoun', () => {
    const text = 'Dexter Wakefield, a pastor in the town, spoke outside the church on Sunday.\n\n“The families need blankets and clean water,” he said.';
    expect(speakersOf(text)).toEqual(['Dexter Wakefield']);
  });

  it('recognises a name followed by an age as a person', () => {
    const text = 'Harlan Voss, 30, of Raleigh, voted early on Tuesday.\n\n“I wanted it done before the lines got long,” he said.';
    expect(speakersOf(text)).toEqual(['Harlan Voss']);
  });

  it('recognises the subject of a speech verb as a person and follows a chain of pronouns', () => {
    const text = 'Odile Marchetti said the school would reopen in May. She thanked the volunteers.\n\nShe said the roof was the last thing to fix.\n\n“We will be ready for the children,” she added.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Odile Marchetti', source: 'she' });
  });

  it('does not follow a pronoun back past a paragraph that names nobody and uses no pronoun', () => {
    const text = 'Odile Marchetti said the school would reopen in May.\n\nThe storm flooded the ground floor.\n\nThe roof was the last thing to fix.\n\n“We will be ready for the children,” she added.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('resolves a pronoun through a description that opens the previous sentence', () => {
    const text = 'Vermont Senator Paul Weir met the dock workers, and Mayor Tom Hale joined them.\n\nThe Vermont senator is pushing for federal aid.\n\n“These workers deserve help now,” he said.';
    expect(speakersOf(text)).toEqual(['Paul Weir']);
  });
});

describe('appositives between a name and its cue', () => {
  it('reads "Name, a spokeswoman for …, said" before a quote', () => {
    const text = 'Dana Kowal, a spokeswoman for the port authority, said the cranes were “badly damaged by the storm and unsafe to use.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Dana Kowal', cue: 'said' });
  });

  it('reads "…,” Name, who …, told reporters" and an appositive with abbreviations', () => {
    const text = '“We are checking every crane,” Ilse Brandt, who runs the port’s safety office, told reporters.\n\n“The storm was the worst in a decade,” Mrs. Brandt, the port’s safety chief since Jan. 2020, said on Monday.';
    expect(speakersOf(text)).toEqual(['Ilse Brandt', 'Ilse Brandt']);
  });

  it('takes the name in apposition to a description: the press secretary, Name, said', () => {
    const text = '“The program deserves a very close look,” the port’s press secretary, Lionel Ashby, said on Thursday.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Lionel Ashby', source: 'Lionel Ashby' });
  });

  it('keeps an unresolved description with a person noun as an unnamed role', () => {
    const text = 'The casino owner gave a rare interview.\n\n“It was a very nice meeting,” the gambling tycoon told the station.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'gambling tycoon', type: 'role' });
  });

  it('reads a sentence-initial inverted cue: Said Name, “…”', () => {
    const text = 'Said Varga, “The idea that a slip of ours played a part in this is very hard to bear.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Varga', cue: 'Said' });
  });
});

describe('quotes away from their cue', () => {
  it('takes the speaker of the previous sentence of the paragraph', () => {
    const text = 'The council met on Monday. Councillor Rosa Mendel said the bridge plan would fail. “It is a waste of money and of time.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Rosa Mendel', rule: 'cue-previous-sentence' });
  });

  it('takes the speaker of a paragraph that reports what she said', () => {
    const text = 'Councillor Rosa Mendel said on Monday the bridge plan would fail.\n\n“It is a waste of money and of time.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Rosa Mendel', rule: 'reported-intro' });
  });

  it('does not guess from the previous sentence when the quote has a cue of its own', () => {
    const text = 'Governor Alan Price visited the plant. “We will keep this factory open,” said the former aide.';
    expect(speakersOf(text)).not.toContain('Alan Price');
  });

  it('does not take a news outlet or a sentence with two reports as the speaker', () => {
    const text = 'The mill closed in March, the Valley Gazette reported. “Nobody told us anything at all.”';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('takes the speaker of a report whose later cue words are participles or nouns of the same report', () => {
    const text = [
      'Harbor plan',
      'Mayor Lena Fisk met the ferry workers on Friday. A woman in the crowd asked whether Fisk would sell the docks.',
      'Fisk, visibly annoyed, answered by wagging a finger at the woman, saying the harbor trust was telling lies.',
      '“I do not want to sell anything. I am so tired of the trust lying about me.”',
      'Governor Paul Ortega said that for months his rivals had been predicting a sale of the port, but this would not happen.',
      '“That is because this harbor remains the most important one for the region.”',
      'Ortega continued his scathing remarks.',
      '“The trust has never built a single pier.”',
    ].join('\n\n');
    expect(attribute(text).map((q) => [q.speaker, q.rule])).toEqual([
      ['Lena Fisk', 'reported-intro'], ['Paul Ortega', 'reported-intro'], ['Paul Ortega', 'reported-intro'],
    ]);
  });

  it('does not count a capitalised cue word inside a name as a second report', () => {
    const text = 'Harbor plan\n\n“The port has failed,” said Craig Dunmore, editor of the Harbor Ledger.\n\nDover State University’s Dana Whitcombe agreed. “Harbor towns are running out of time.”';
    expect(speakersOf(text)).toEqual(['Craig Dunmore', 'Dana Whitcombe']);
  });

  it('does not take the speaker of a report that goes on with someone else’s verb, a list of subjects or another name', () => {
    const text = [
      'Harbor plan',
      'Mayor Lena Fisk met the ferry workers on Friday.',
      'Fisk said that the harbor trust had warned her about the cost.',
      '“We cannot pay for it this year.”',
      'Fisk, Ortega and the trust’s lawyer Ana Ruiz argued against the plan, saying the pier would flood.',
      '“The pier would be under water by noon.”',
      'Fisk said the board met on Monday, repeating what Governor Paul Ortega had told the workers.',
      '“Nothing will be sold.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([null, null, null]);
  });

  it('continues past a cue noun after a determiner and a capitalised modifier: in a Friday tweet', () => {
    const text = 'Harbor vote\n\nThe harbor board met on Monday.\n\n“Nobody is organizing against the ferry,” said board spokesman Sean Dorsey in a Friday tweet. “The whole story was invented by bloggers.”\n\n“The vote is over,” said Lena Fisk. Then the Ortega campaign posted its reply. “Nothing is over.”';
    const qs = attribute(text);
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Sean Dorsey'], ['direct', 'Sean Dorsey'], ['direct', 'Lena Fisk'], ['direct', null]]);
    expect(qs[1]?.rule).toBe('continuation');
  });

  it('continues a paragraph past a two-word quote: “It’s fine,” X said. “…”', () => {
    const text = '“It’s fine,” Mayor Tom Hale said of the budget. “And the schools will get more than they asked for.”';
    expect(attribute(text).map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Tom Hale'], ['direct', 'Tom Hale']]);
  });

  it('gives both halves of a quote split by "he said" the same speaker', () => {
    const text = 'Fire Chief Dan Ortiz arrived at noon.\n\n“We did not expect the river to rise so fast,” he said, “and we were not ready for it.”';
    expect(speakersOf(text)).toEqual(['Dan Ortiz', 'Dan Ortiz']);
  });

  it('continues a multi-paragraph quote and the next quote paragraph after an attribution', () => {
    const text = '“We lost the harvest in one night,” said farmer Lena Brook, whose fields lie by the river.\n\n“The water came over the bank at two in the morning.\n\n“By dawn the barn was gone.”';
    expect(speakersOf(text)).toEqual(['Lena Brook', 'Lena Brook', 'Lena Brook']);
  });

  it('stops the continuation when another person is named after the attribution', () => {
    const text = '“We lost the harvest in one night,” said farmer Lena Brook.\n\nHer neighbour Tomas Ruiz, who lost his barn, was more hopeful.\n\n“The insurance will pay for most of it.”';
    expect(speakersOf(text)).toEqual(['Lena Brook', null]);
  });
});

describe('organisations', () => {
  it('keeps a campaign statement as an organisation speaker', () => {
    const q = attribute('“We will keep our promises to the voters of this state,” the campaign said in a statement.')[0];
    expect([q?.speaker, q?.type]).toEqual(['the campaign', 'organisation']);
  });

  it('keeps an agency in apposition as the speaker: “…,” Xinhua, the state news agency, wrote', () => {
    const q = attribute('“The visit opens a new chapter between the two countries,” Xinhua, the state news agency, wrote.')[0];
    expect([q?.speaker, q?.type]).toEqual(['Xinhua', 'organisation']);
  });
});

describe('transcripts', () => {
  const text = 'Vice President Mike Pence spoke to reporters on Air Force Two on Monday.\n\nPENCE: We are going to get this done before the end of the year.\n\nCORRECTION: An earlier version of this story misstated the date.\n\nQ: Will the Senate pass the bill?\n\nA: I believe it will, and soon.';

  it('reads NAME: lines of a transcript as direct quotes of the person named', () => {
    const q = attribute(text);
    expect(q.map((x) => [x.text, x.kind, x.speaker])).toEqual([
      ['We are going to get this done before the end of the year.', 'direct', 'Mike Pence'],
      ['Will the Senate pass the bill?', 'direct', null],
      ['I believe it will, and soon.', 'direct', null],
    ]);
    expect(q[0]).toMatchObject({ rule: 'transcript', source: 'PENCE' });
  });

  it('does not read a note label or a lone label naming nobody as a transcript line', () => {
    const doc = docFromText('CORRECTION: An earlier version misstated the date.\n\nBREAKING: The bridge is closed.\n\nQ: Is this one line?');
    expect(transcriptLabels(doc).size).toBe(0);
  });

  it('keeps each speaker of a quoted transcript that runs over several paragraphs', () => {
    const t = 'Senator Ann Ruiz and host Mark Cole spoke on the Sunday show.\n\n“COLE: Will you vote for the bill?\n\n“RUIZ: Not in its present form, no.”';
    expect(speakersOf(t)).toEqual(['Mark Cole', 'Ann Ruiz']);
  });
});

describe('reported speech (indirect)', () => {
  const text = 'Russian President Vladimir Rusin said on Friday that Russia was prepared to negotiate with its neighbour.\n\nThe Kremlin said the talks would begin in Geneva next month.\n\nThe storm said nothing about anything.\n\nIt was reported that the ceasefire would hold for a week.';

  it('is not extracted unless asked for', () => {
    expect(extractQuotes(docFromText(text)).filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('finds the reported clause after a clear cue and attributes it to the subject', () => {
    const q = attribute(text, true);
    expect(q.map((x) => [x.kind, x.text, x.speaker])).toEqual([
      ['indirect', 'Russia was prepared to negotiate with its neighbour', 'Vladimir Rusin'],
      ['indirect', 'the talks would begin in Geneva next month', 'the Kremlin'],
    ]);
    expect(q[0]?.rule).toMatch(/^indirect:/);
  });

  it('never takes a sentence with quotation marks, and leaves the direct quotes unchanged', () => {
    const t = 'Mayor Tom Hale said that “the bridge will open in May” after the vote.\n\n“We are ready,” Hale said.';
    const doc = docFromText(t);
    const marked = extractQuotes(doc);
    expect(findIndirect(doc, marked)).toEqual([]);
    expect(attribute(t, true).map((x) => x.speaker)).toEqual(attribute(t).map((x) => x.speaker));
  });
});

describe('documents as speakers', () => {
  it('attributes a quote to the email or letter that says it', () => {
    const text = 'The campaign wrote to supporters on Friday.\n\n“Every dollar you give tonight goes straight to the field offices,” the email said.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'email', type: 'role', source: 'the email' });
  });

  it('reads "read" as a cue only for a document', () => {
    const text = 'Protesters gathered outside the mill. The statement read: “We will not accept these closures without a vote.”\n\nMayor Tom Hale read the closing notice aloud, “Production ends on the first of June.”';
    expect(attribute(text).map((q) => q.speaker)).toEqual(['statement', null]);
  });
});

describe('the subject of the sentence as speaker', () => {
  it('gives a partial quote after a verb of judging to the subject', () => {
    const text = 'Senator Paul Weir attacked the budget for “turning its back on rural hospitals” in a floor speech.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Paul Weir', rule: 'sentence-subject' });
  });

  it('skips a fronted clause that names someone else', () => {
    const text = 'When Mayor Tom Hale suggested a delay, Senator Paul Weir fired back: “The hospitals cannot wait another year.”';
    expect(speakersOf(text)).toEqual(['Paul Weir']);
  });

  it('does not give a description or a sign to the subject', () => {
    const text = 'Dana Kowal is a “tireless advocate for the harbor workers,” her colleagues say often.\n\nDana Kowal held up a sign saying “No more cuts to the schools.”';
    expect(speakersOf(text)).toEqual([null, null]);
  });

  it('does not read a noun after a name as its verb', () => {
    const text = 'Former Weir spokesman Ed Lang derided “the professional complainers in the capital” on the radio.';
    expect(attribute(text)[0]?.speaker).not.toBe('Weir');
  });
});

describe('a cue that closes the sentence after a clause of the reporter’s', () => {
  it('reads an inverted cue after the clause: “…” about the decision, said Name', () => {
    const text = 'The council voted on Tuesday to close the pier.\n\n“We are deeply disappointed” about the decision, said Marta Oyelaran, who chairs the harbour association.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Marta Oyelaran', rule: 'cue-after:far' });
  });

  it('reads a pronoun cue that ends the sentence: … played out, he said', () => {
    const text = 'Tomas Reinholt said the boycott would not hurt the club.\n\nDonations were “flat for about a month” while the season played out, he said.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Tomas Reinholt', source: 'he', rule: 'cue-after:far+pronoun' });
  });

  it('does not take the object of “said of” for the speaker', () => {
    const text = 'Lena Marsh met the mayor, Oskar Brandvold, on Monday.\n\n“He has a lot of friends here,” Lena Marsh, after a long pause, said of Brandvold.';
    expect(speakersOf(text)).not.toContain('Oskar Brandvold');
  });

  it('does not reach past a quote that ends its own sentence', () => {
    const text = 'Dario Vell spoke first. “We will stay here until the vote.” Ridgeway, he said, was “the place to make a stand.”';
    expect(speakersOf(text)[0]).toBeNull();
  });
});

describe('words that look like cues but are not the verb of the quote', () => {
  it('skips a noun (“at one point”) and reads the participle before it', () => {
    const text = 'Senator Ruth Alvarado spoke for an hour. Alvarado mocked the plan, saying at one point, “Nobody needs a second bridge over one creek.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ruth Alvarado', cue: 'saying' });
  });

  it('skips an infinitive (“to counter”) and reads the cue of the sentence', () => {
    const text = 'Gideon Farrow said he planned to use the money from the sale to counter “the city council’s war on small landlords.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Gideon Farrow', cue: 'said' });
  });
});

describe('the subject of a sentence', () => {
  it('finds the subject after a fronted phrase with several commas', () => {
    const text = 'In a long, friendly interview with the reporter Ana Quill last year, Petru Lazaro said he welcomed the trial and added, “I will plead guilty, no problem.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Petru Lazaro' });
  });

  it('keeps a name with an appositive as the subject: Name, Someone’s father, issued a statement', () => {
    const text = 'Corwin Hale, the boy’s father, issued a statement on Thursday, saying the family “has nothing to add about that man’s conduct.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Corwin Hale' });
  });

  it('does not take a name inside a fronted clause for the antecedent of a pronoun', () => {
    const text = 'As for the claim that voters back Maria Delgado since she would be the city’s first female mayor, Sen. Carla Benning offered her own approach.\n\n“How about an honest mayor?” she said.';
    expect(speakersOf(text)).toEqual(['Carla Benning']);
  });
});

describe('a chain of pronoun subjects', () => {
  it('follows “She also …” sentences back to the person they are about', () => {
    const text = 'Sen. Ilona Varga met the auditors on Monday.\n\nShe also criticized Mayor Frank Doyle’s budget.\n\nOn Tuesday, she wrote to the council.\n\n“Nobody asked us before the vote,” she said.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ilona Varga', source: 'she' });
  });

  it('does not follow a chain through a sentence whose pronoun has no confident antecedent', () => {
    const text = 'Sen. Ilona Varga and Sen. Rosa Kemp met the auditors on Monday.\n\nOn Tuesday, she wrote to the council.\n\n“Nobody asked us before the vote,” she said.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('continuation past a subordinate clause', () => {
  it('continues a paragraph when the cue between the quotes belongs to an “after …” clause', () => {
    const text = '“I am satisfied with his answer,” Ines Hooton said after Sen. Marco Reyes spoke. “My biggest worry is the budget.”';
    expect(speakersOf(text)).toEqual(['Ines Hooton', 'Ines Hooton']);
  });
});

describe('continuation past the rest of the attribution sentence', () => {
  it('reads a noun that looks like a cue after the attribution as part of it (“in the conference call”)', () => {
    const text = 'Port levy\n\nAda Morrow, the city treasurer, spoke to reporters on Monday.\n\n“Our rules can only slow these deals,” Morrow said in the conference call. “Only the council can stop them.”';
    expect(speakersOf(text)).toEqual(['Ada Morrow', 'Ada Morrow']);
  });

  it('reads a participle or a clause without a named subject after the attribution as part of it', () => {
    const text = 'Ferry plan\n\nSen. Tom Ruiz visited the harbor on Friday.\n\n“It has been seven years,” Ruiz said, asked about the delay in an interview. “Why would that shock me?”\n\n“We have waited long enough,” added his campaign manager Lea Stroud, speaking to Channel 4 once the senator had left the stage. “We have a plan.”';
    expect(speakersOf(text)).toEqual(['Tom Ruiz', 'Tom Ruiz', 'Lea Stroud', 'Lea Stroud']);
  });

  it('ends the run when a clause of the attribution sentence introduces the quote', () => {
    const text = 'Town hall\n\nSen. Tom Ruiz held a town hall on Friday.\n\n“We will fix the ferry,” Ruiz said as a protester shouted: “You promised that in May!”';
    expect(speakersOf(text)).toEqual(['Tom Ruiz', null]);
  });

  it('does not read past a second source in the attribution sentence', () => {
    const text = 'Visit\n\nGov. Ana Ruiz toured the clinic on Friday.\n\n“They don’t care about politics,” Ruiz said of the families, according to a pool report. “Neither do I.”';
    expect(speakersOf(text)[1]).toBeNull();
  });
});
