import { describe, expect, it } from 'vitest';
import { attribute } from '../helpers/attribute.ts';
import { clauseVerbAt } from '../../src/pipeline/clause-verbs.ts';
import { wordsOf } from '../../src/pipeline/context.ts';

/** The clause verb that governs a quote opening at the end of `lead`, read at the word `verb`. */
const verbOf = (lead: string, verb: string): string | null => {
  const ws = wordsOf(lead);
  return clauseVerbAt(lead, ws, ws.findIndex((w) => w.text === verb), lead.length);
};

describe('possessive leads on hostile text', () => {
  it('reads a paragraph with a very long capitalised token before a quote', () => {
    // every capital inside the token used to restart the possessor: quadratic, minutes at this size
    const text = `The hearing ran late.\n\nThe ${'Ab'.repeat(80_000)} won, and “the levy is fair” was the slogan.`;
    const quotes = attribute(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'the levy is fair', speaker: null });
  });

  it('reads a saying noun followed by a long run of spaces', () => {
    // two adjacent `\s+` after the noun split the run every possible way: quadratic
    const text = `Mayor Ana Ruiz spoke on Monday.\n\nThe crowd cheered her remark${' '.repeat(180_000)}“the levy is fair.”`;
    const quotes = attribute(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ text: 'the levy is fair.', speaker: null });
  });

  it('still takes the owner of a saying with a time phrase before `that`', () => {
    const text = 'Mayor Ana Ruiz spoke to the council on Monday.\n\nRuiz’s remark on Monday that the levy was “fair to every household” drew applause.';
    expect(attribute(text)[0]).toMatchObject({ kind: 'partial', speaker: 'Ana Ruiz' });
  });
});

describe('a relative `who` after an unlisted capitalised run', () => {
  it('does not make a group with a place before it a person', () => {
    const text = 'The bridge vote was held on Tuesday.\n\nHarbor Democrats, who said the bridge was “a waste of money,” stayed home.';
    const quotes = attribute(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'partial', speaker: null });
  });

  it('does not make a party or a nationality plural a person', () => {
    const text = 'The summit closed on Friday.\n\nSeveral Ohio Republicans who called the deal “a betrayal of the farmers” walked out.';
    expect(attribute(text)[0]).toMatchObject({ kind: 'partial', speaker: null });
  });

  it('still takes an unlisted two-word name', () => {
    const text = 'The inquiry went on for a year.\n\nAmong the replies was one from Tova Brenk who wrote that the board was “asleep at the wheel.”';
    expect(attribute(text)[0]).toMatchObject({ kind: 'partial', speaker: 'Tova Brenk', source: 'who' });
  });
});

describe('possessives before a speech noun in a clause verb’s object', () => {
  it('reads a plural possessive as a possessive: denounced the Democrats’ remarks as “…”', () => {
    expect(verbOf('Marchand denounced the Democrats’ remarks as ', 'denounced')).toBe('denounce');
  });

  it('does not read a capitalised contraction as a possessive', () => {
    expect(verbOf('Marchand dismissed the rumor It’s said to be spreading as ', 'dismissed')).toBeNull();
    expect(verbOf('Marchand dismissed the rumor Ortega’s aides spread as ', 'dismissed')).toBe('dismiss');
  });
});

describe('an appositive between spaced hyphens', () => {
  it('takes the name before `- a teacher -` as the subject, as it does with dashes', () => {
    const text = 'The school board met on Monday.\n\nCorbin Wale - a teacher at Dover High - says the new timetable is “a gift to nobody.”';
    expect(attribute(text)[0]).toMatchObject({ kind: 'partial', speaker: 'Corbin Wale' });
  });
});
