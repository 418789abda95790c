import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';
import { docFromText } from '../helpers/doc.ts';
import { extractQuotes } from '../../src/pipeline/quotes.ts';
import { attributeQuotes } from '../../src/pipeline/attribute.ts';

describe('cue verbs in both word orders', () => {
  it('reads "…," Name said and "…," said Name', () => {
    const text = 'Finance Minister Anna Berg presented the budget on Monday.\n\n“We cannot spend what we do not have,” Berg said.\n\n“The numbers do not add up,” said opposition leader Tom Hale.';
    expect(speakersOf(text)).toEqual(['Anna Berg', 'Tom Hale']);
    expect(attribute(text)[0]?.rule).toBe('cue-after:quote-name-verb');
    expect(attribute(text)[1]?.rule).toBe('cue-after:quote-verb-name');
  });

  it('reads Name said: "…" and Name told reporters in a briefing, ‘…’', () => {
    const text = 'Police chief Maria Lopez said: “The roads will stay closed tonight.”\n\nLopez told reporters in an online briefing, ‘We expect more rain before morning.’';
    expect(speakersOf(text)).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('reads "according to" and a cue that reports a partial quote', () => {
    const text = 'According to Mayor Paul Grant, the city has held “very serious talks about the new stadium” with the club.\n\nGrant said he believes “the club will stay in the city for another decade” at least.';
    expect(speakersOf(text)).toEqual(['Paul Grant', 'Paul Grant']);
    expect(attribute(text)[0]?.cue).toBe('According to');
  });

  it('skips a parenthetical between the name and the verb', () => {
    const text = 'Health Secretary Joan Ruiz, during a briefing, revealed that a “fully staffed emergency ward will open” in June.';
    expect(speakersOf(text)).toEqual(['Joan Ruiz']);
  });

  it('attributes a participle cue to the subject of the sentence', () => {
    const text = 'Governor Alan Price warned that the drought could last, saying: “We have never seen the reservoirs this low.”';
    expect(speakersOf(text)).toEqual(['Alan Price']);
  });

  it('prefers the speaker to the news agency that reported the words', () => {
    const text = 'Spokesman Dan Cole said, “The talks have failed” and “the strike will go ahead”, Reuters reported.';
    expect(speakersOf(text)).toEqual(['Dan Cole', 'Dan Cole']);
  });
});

describe('pronouns, descriptors and continuation', () => {
  it('resolves he/she to the subject of the nearest sentence, never an organisation', () => {
    const text = 'Last week, Senator Rita Moss met the union leaders and Mark Diaz at the plant.\n\n“We will keep this factory open,” she said.';
    expect(speakersOf(text)).toEqual(['Rita Moss']);
    const org = 'The ministry published the figures on Friday.\n\n“These are the worst numbers in a decade,” he said.';
    expect(speakersOf(org)).toEqual([null]);
  });

  it('resolves a descriptor through the titles seen earlier in the article', () => {
    const text = 'Brazilian President Luiz Costa met Chancellor Olaf Brandt in Berlin on Tuesday.\n\n“This partnership matters to both of our countries,” the Brazilian leader said.';
    const q = attribute(text)[0];
    expect(q?.speaker).toBe('Luiz Costa');
    expect(q?.source).toBe('the Brazilian leader');
    expect(q?.rule).toContain('descriptor');
  });

  it('continues with the same speaker in the next quote paragraph without a cue', () => {
    const text = '“We will rebuild every house,” Mayor Ellen Ward said on Sunday.\n\n“It will take years, but we will do it.”';
    const q = attribute(text);
    expect(q.map((x) => x.speaker)).toEqual(['Ellen Ward', 'Ellen Ward']);
    expect(q[1]?.rule).toBe('continuation');
  });

  it('continues inside a paragraph: “A,” he said. “B.”', () => {
    const text = 'Coach Sam Reyes spoke after the match. “We played badly,” Reyes said. “We have to be better on Saturday.”';
    expect(speakersOf(text)).toEqual(['Sam Reyes', 'Sam Reyes']);
  });

  it('does not continue across a new speaker', () => {
    const text = '“We will rebuild every house,” Mayor Ellen Ward said.\n\nHer rival, councillor Bob Tate, disagreed with the plan at length.\n\n“Nobody believes that.”';
    expect(speakersOf(text)).toEqual(['Ellen Ward', null]);
  });
});

describe('organisations and unnamed roles', () => {
  it('keeps organisations as speakers of their own type', () => {
    const q = attribute('Earlier, the Kremlin said that the West was not listening to “Moscow’s security concerns.”')[0];
    expect([q?.speaker, q?.type]).toEqual(['the Kremlin', 'organisation']);
  });

  it('never confuses a role with the person named inside it', () => {
    const text = 'President Ana Ruiz opened the summit.\n\nMeanwhile, Adviser to the Head of the Office of President Ruiz said, "The talks are going nowhere."\n\nAn adviser to the prime minister said, “We will answer next week.”\n\nOfficials in Lima have repeatedly said that “no deal is possible this year.”';
    const q = attribute(text);
    expect(q.map((x) => x.type)).toEqual(['role', 'role', 'role']);
    expect(q.every((x) => x.speaker !== 'Ana Ruiz')).toBe(true);
  });

  it('leaves a quote with no cue and no context unattributed', () => {
    expect(speakersOf('The storm reached the coast overnight.\n\n“It was the loudest thing I ever heard.”')).toEqual([null]);
  });

  it('never attributes a term', () => {
    const q = attribute('President Ana Ruiz said the protest was a “provocation” by foreign groups.')[0];
    expect([q?.speaker, q?.rule]).toEqual([null, 'term']);
  });
});

describe('speakers of an article', () => {
  it('names a speaker by the fullest name and keeps titles as descriptors', () => {
    const doc = docFromText('White House spokesman John Kirby spoke on Friday.\n\n“We are watching closely,” Kirby said.');
    const { speakers } = attributeQuotes(doc, extractQuotes(doc));
    expect(speakers).toHaveLength(1);
    expect(speakers[0]?.name).toBe('John Kirby');
    expect(speakers[0]?.descriptors).toEqual(['White House spokesman']);
    expect(speakers[0]?.mentions.map((m) => m.text)).toEqual(['John Kirby', 'Kirby']);
  });
});
