import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('name labels inside a paragraph', () => {
  it('gives each labelled quote of a debate recap to the person the label names', () => {
    const text = 'Senator Ana Ortiz and Governor Paul Weir clashed over the port on Tuesday.\n\nOrtiz: "The port has to reopen before the harvest, whatever it costs." Weir: "We cannot spend money the state does not have."';
    expect(speakersOf(text)).toEqual(['Ana Ortiz', 'Paul Weir']);
  });

  it('reads a newsletter item "Headline - Name: “…”" and "More from Name:"', () => {
    const text = 'Pollster Dana Whitlock studied the early vote.\n\nTURNOUT IS UP IN THE NORTH - Dana Whitlock: “The counties that voted early in large numbers are the ones that grew the most.”\n\nWhy it matters - More from Whitlock: “The early vote is a good guide to the final count in these counties.”';
    expect(attribute(text).map((q) => q.speaker)).toEqual(['Dana Whitlock', 'Dana Whitlock']);
  });

  it('does not give a label that names nobody known, or a headline in title case, to anyone', () => {
    const text = 'Voters lined up early in Dayton.\n\nTurnout Report: “Lines Were Long In Every Ward On Tuesday Morning”\n\nMayor Tom Hale spoke first. Update: "The polls will stay open an extra hour tonight."';
    expect(speakersOf(text)).toEqual([null, null]);
  });

  it('leaves an inverted cue ("Said Ellis:") to the cue rules', () => {
    const text = 'Economist Ryan Ellis has studied the plan.\n\nSaid Ellis: “I don’t get the sense anyone is interested in tax reform.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ryan Ellis', rule: 'cue-before:verb-name-quote' });
  });
});

describe('titles after the cue verb', () => {
  it('reads a capitalised cue word as part of a title: "said Secretary of State Ana Ortiz"', () => {
    const text = 'The port reopened on Monday.\n\n“We are back in business and the ships are moving again,” said Secretary of State Ana Ortiz.';
    expect(speakersOf(text)).toEqual(['Ana Ortiz']);
  });

  it('keeps "said Paul Beck, a professor at Ohio State University" on the professor', () => {
    const text = 'The county swung hard.\n\n“Working-class voters here moved as a block,” said Paul Beck, a professor at Ohio State University.';
    expect(speakersOf(text)).toEqual(['Paul Beck']);
  });
});

describe('an appositive role without a determiner', () => {
  it('reads "Name, president of …, verb …, saying “…”" as the subject\'s words', () => {
    const text = 'Michael Dunmore, president of the Harlow Institute, tied the scores to graduation rates, saying the law kept “thousands of teenagers in class who would have quit.”';
    expect(speakersOf(text)).toEqual(['Michael Dunmore']);
  });

  it('does not read a list of names as a name and its appositive', () => {
    const text = 'Ortiz, Weir and Hale spoke to the crowd, saying “we will win this state in November.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});
