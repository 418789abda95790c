import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('quotes that run over several paragraphs', () => {
  it('gives every piece the speaker and source of the last piece when the attribution closes the quote', () => {
    const text = [
      'The harbor commission met on Tuesday night to vote on the new dredging contract.',
      '“We have waited eleven years for this channel to be deepened.',
      '“Every month we wait, another shipping line moves its business to Port Avery.',
      '“Tonight we finally stop waiting,” said Commissioner Lydia Okonjo.',
    ].join('\n\n');
    const quotes = attribute(text);
    expect(quotes.map((q) => [q.speaker, q.source])).toEqual([
      ['Lydia Okonjo', 'Lydia Okonjo'],
      ['Lydia Okonjo', 'Lydia Okonjo'],
      ['Lydia Okonjo', 'Lydia Okonjo'],
    ]);
    expect(quotes[0]?.rule).toBe('multi-paragraph:cue-after:quote-verb-name');
  });

  it('gives every piece the speaker of the first piece when the attribution opens the quote', () => {
    const text = [
      'Fire Chief Oskar Brandvold spoke to reporters outside the station.',
      'Brandvold said: “The crews worked for nineteen hours without a break.',
      '“Two of them are still in the hospital, and both will recover.',
      '“We owe them more than a new truck.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Oskar Brandvold', 'Oskar Brandvold', 'Oskar Brandvold']);
  });

  it('does not let a colon inside an earlier piece name the speaker of the next piece', () => {
    const text = [
      'The union leaflet was handed out at the gates on Friday.',
      '“Management has told us one thing for two years. Ask the plant manager, Carl Wendt, and he said:',
      '“Wages are frozen until the new line is running.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([null, null]);
  });
});

describe('a paragraph of the reporter that introduces the quote paragraphs', () => {
  it('gives the quote to the subject of "released the following statement:"', () => {
    const text = [
      'The former mayor of Eastbrook, Harold Quist, died on Sunday at 91.',
      'When the news broke, Governor Maren Holt released the following statement:',
      '“Harold gave forty years to the people of Eastbrook. Our thoughts are with his family tonight.”',
    ].join('\n\n');
    expect(attribute(text).map((q) => [q.speaker, q.rule])).toEqual([['Maren Holt', 'colon-intro+subject']]);
  });

  it('keeps a lower-case title after a fronted phrase in the subject', () => {
    const text = [
      'A gas explosion destroyed two blocks of downtown Marlow on Friday.',
      'In response to the loss of life, Republican presidential nominee Carl Whitcombe issued the following statement:',
      '“Our prayers are with the families of Marlow tonight. This cannot happen again.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Carl Whitcombe']);
  });

  it('gives every question of a listed multi-paragraph quote to the pronoun subject of the intro', () => {
    const text = [
      '“I have decided to endorse Ruth Calder for the school board,” Dennis Farrow wrote in the letter.',
      'He then listed the qualities he looks for in a candidate:',
      '"Has the candidate ever taught in a public classroom?',
      '"Will the candidate publish the district budget every month?',
      '"Can the candidate say no to the teachers union and to the developers alike?"',
    ].join('\n\n');
    const quotes = attribute(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Dennis Farrow', 'Dennis Farrow', 'Dennis Farrow', 'Dennis Farrow']);
    expect(quotes.slice(1).map((q) => q.source)).toEqual(['He', 'He', 'He']);
  });

  it('reads a participle after a comma in the intro: "the auditor confirmed it, reporting:"', () => {
    const text = [
      'Critics of the deal said the county had hidden the payments.',
      'Rhea Lindqvist, the county auditor, confirmed that account on Monday, reporting:',
      '“Three payments totaling $1.2 million were made to the contractor before the vote and never disclosed.”',
    ].join('\n\n');
    expect(attribute(text).map((q) => [q.speaker, q.rule])).toEqual([['Rhea Lindqvist', 'colon-intro+subject']]);
  });

  it('leaves the quote unclear when the intro has no speaking subject, hands the words on, or the quote has a cue of its own', () => {
    const text = [
      'The debate ran for two hours.',
      'Transcript as follows:',
      '“Good evening and welcome to the third debate of the season in the city of Dorrance.”',
      'In his new book, Peter Gorski quotes the former budget director Alma Ruiz:',
      '“We spent money we did not have on roads that nobody drove.”',
      'Yet Mayor Kessler did back the plan on Thursday, and Channel 9 has the video:',
      '“Should the city borrow again for the stadium?” a reporter can be heard asking him.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([null, null, null]);
  });
});

describe('a quote-only paragraph between two quotes of one speaker', () => {
  it('gets the speaker named right after it when the last quote before it is the same speaker\'s', () => {
    const text = [
      '“The coalition is stronger than it was in the spring,” Ingrid Salo notes.',
      'Salo is upbeat about the mayor’s chances in November, in part because she sees Mayor Tovar as a uniter.',
      '“Not only can Tovar win in November, she is the one most likely to carry the state.”',
      '“Nobody else can bring the river wards and the suburbs together,” Salo notes.',
    ].join('\n\n');
    const quotes = attribute(text);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ingrid Salo', 'Ingrid Salo', 'Ingrid Salo']);
    expect(quotes[1]?.rule).toBe('sandwiched');
  });

  it('stays unclear between two different speakers', () => {
    const text = [
      '“The coalition is stronger than it was in the spring,” Ingrid Salo notes.',
      'Salo is upbeat about the mayor’s chances in November.',
      '“Not only can Tovar win in November, she is the one most likely to carry the state.”',
      '“That is wishful thinking and everybody in the river wards knows it,” Gavin Marsh said.',
    ].join('\n\n');
    expect(speakersOf(text)[1]).toBeNull();
  });

  it('stays unclear when the reporter reports someone else speaking in between', () => {
    const text = [
      '“The coalition is stronger than it was in the spring,” Ingrid Salo notes.',
      'Her rival, Gavin Marsh, told the Herald on Monday that the coalition had already split. The two have not spoken since March.',
      '“Not only can Tovar win in November, she is the one most likely to carry the state.”',
      '“Nobody else can bring the river wards and the suburbs together,” Salo notes.',
    ].join('\n\n');
    expect(speakersOf(text)[1]).toBeNull();
  });
});

describe('"went on" cues before the quote', () => {
  it('reads "went on to say", "goes on to say" and "went on:" with the subject before them', () => {
    const text = [
      'Mayor Victor Haldane sent an email to supporters on Monday. “We will not sell the harbor,” Haldane said.',
      'The email goes on to say: “The council wants to sell the harbor to the highest bidder.”',
      'Haldane went on to say, “This is our harbor and it will stay ours.”',
      'He went on: “We have three weeks to stop this vote and we will.”',
    ].join('\n\n');
    expect(attribute(text).map((q) => [q.speaker, q.source])).toEqual([
      ['Victor Haldane', 'Haldane'],
      ['email', 'The email'],
      ['Victor Haldane', 'Haldane'],
      ['Victor Haldane', 'He'],
    ]);
  });

  it('does not read "went on to call" as a cue of saying', () => {
    const text = 'Nils Varga said he would back the mayor over the governor. He went on to call the governor “the worst negotiator this state has ever had.”';
    expect(attribute(text).map((q) => q.rule)).not.toContain('cue-before:name-verb-quote');
  });
});
