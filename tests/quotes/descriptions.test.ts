import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';
import { docFromText } from '../helpers/doc.ts';
import { extractQuotes } from '../../src/pipeline/quotes.ts';
import { attributeQuotes } from '../../src/pipeline/attribute.ts';

describe('descriptions as unnamed speakers of their own type', () => {
  it('reads a description right next to the cue after the quote', () => {
    const text = 'Hundreds lined up outside the arena before dawn.\n\n“We have waited since four this morning,” a retiree said.\n\n“It is worth the cold,” said one protester.\n\n“Lock the gates!” the crowd chanted.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['retiree', 'one protester', 'crowd']);
    expect(qs.map((q) => q.type)).toEqual(['role', 'role', 'role']);
    expect(qs[0]?.source).toBe('a retiree');
  });

  it('reads a description opening the sentence right before the quote', () => {
    const text = 'The mayor spoke for an hour.\n\nThe crowd chanted back at her, “Open the bridge,” and “Fix the roads.”';
    expect(speakersOf(text)).toEqual(['crowd', 'crowd']);
  });

  it('never takes a word that points back to someone, a modal or a far description', () => {
    const text = 'Two council members met on Friday.\n\n“We agree on the budget,” the latter said.\n\nThe deal, citing “the unique pressure of the deadline,” said the plan could be signed in June.';
    expect(speakersOf(text)).toEqual([null, null]);
  });

  it('keeps two indefinite speakers with the same words apart', () => {
    const doc = docFromText('Voters braved the rain in Dunmore.\n\n“I came for the speech,” a voter said.\n\nAcross the street the mood was darker.\n\n“I came to protest,” a voter said.');
    const { speakers, quotes } = attributeQuotes(doc, extractQuotes(doc));
    expect(quotes.map((q) => q.speaker === null ? null : speakers[q.speaker]?.name)).toEqual(['voter', 'voter']);
    expect(quotes[0]?.speaker).not.toBe(quotes[1]?.speaker);
  });
});

describe('names after an inverted cue', () => {
  it('stops the speaker phrase at "of" after a personal name', () => {
    const text = 'The rule takes effect in May.\n\n“This is a sweeping change,” said Ellen Marsh of the National Grocers Council. “Small shops will feel it first.”';
    expect(speakersOf(text)).toEqual(['Ellen Marsh', 'Ellen Marsh']);
  });

  it('keeps "of" inside a role ("the head of …")', () => {
    const text = 'The talks ended late.\n\n“We made progress,” said the head of the port authority.';
    expect(attribute(text)[0]?.source).toBe('the head of the port authority');
  });

  it('does not end the sentence at a title abbreviation before a name', () => {
    const text = 'Morale was low at the base.\n\n“The troops need clear orders,” said Army Capt. Owen Drake.\n\n“We will pray for them,” said Rev. Tobias Lund.';
    expect(speakersOf(text)).toEqual(['Owen Drake', 'Tobias Lund']);
  });

  it('reads a surname that is also a nationality or a middle name that is also a place', () => {
    const text = 'The forum heard from investor Dan Cuban and author Deborah Jordan Pell.\n\n“It is too early to tell,” Cuban said.\n\n“I tease him a lot on the air,” Pell said.';
    expect(speakersOf(text)).toEqual(['Dan Cuban', 'Deborah Jordan Pell']);
  });

  it('continues a speaker past an organisation whose name ends in a cue word', () => {
    const text = '“He has to show he can handle defeat,” says Stu Walden of the nonpartisan Walden Political Report. “A win gives him momentum.”';
    expect(speakersOf(text)).toEqual(['Stu Walden', 'Stu Walden']);
  });
});

describe('definite descriptions of a person the article named', () => {
  it('gives a description after the cue to the one person named just before', () => {
    const text = 'Ellen Marsh toured a steel plant in Dunmore on Friday.\n\n“We will win this state,” the Republican nominee said.\n\n“Nobody works harder than these people,” the businesswoman told reporters.';
    expect(speakersOf(text)).toEqual(['Ellen Marsh', 'Ellen Marsh']);
    expect(attribute(text)[0]?.source).toBe('the Republican nominee');
  });

  it('reads an office of several words ("the former secretary of state")', () => {
    const text = 'Ellen Marsh spoke to union members in Toledo on Monday.\n\n“This is about wages,” the former secretary of state told the crowd.';
    expect(speakersOf(text)).toEqual(['Ellen Marsh']);
  });

  it('keeps the description when two people could be meant', () => {
    const text = 'Ellen Marsh and David Kerr met in Dunmore on Friday.\n\n“We agreed on nothing,” the candidate said.';
    const [q] = attribute(text);
    expect(q?.speaker).toBe('candidate');
    expect(q?.type).toBe('role');
  });

  it('never gives a description to a person of the other gender, office or party', () => {
    const text = 'Martha Quell visited the shipyard on Tuesday.\n\n“The yard stays open,” the businessman said.';
    expect(attribute(text)[0]?.type).toBe('role');
    const office = 'Gov. Lyle Brandt signed the budget on Tuesday.\n\n“The deal is fair,” the senator said.';
    expect(attribute(office)[0]?.type).toBe('role');
    const party = 'Democratic Rep. Lyle Brandt signed the letter on Tuesday.\n\n“The deal is fair,” the Republican congressman said.';
    expect(attribute(party)[0]?.speaker).not.toBe('Lyle Brandt');
  });

  it('never gives a description to the person named when an unnamed one of that kind came before', () => {
    const text = 'A Republican senator, who asked not to be named, met Ellen Marsh on Friday.\n\n“He has no plan,” the senator said.';
    expect(speakersOf(text)).not.toContain('Ellen Marsh');
  });

  it('takes the appositive name after a description', () => {
    const text = 'Ellen Marsh spoke in Toledo on Monday.\n\n“He is unfit,” the Republican nominee, David Kerr, said in a statement.';
    expect(speakersOf(text)).toEqual(['David Kerr']);
  });
});

describe('a description opening the sentence of a participle cue', () => {
  it('speaks the quote after "…, adding:" or "…, arguing,"', () => {
    const text = 'The county clerk’s office defended the new rule on Monday.\n\nA spokeswoman for the Harlow County Clerk emailed reporters with the text of the rule, arguing, “Read it yourself: the rule does not say that anywhere.”\n\nThe spokeswoman refused to answer questions about the race but said no meeting was planned, adding: “If the board asks, we will look at it.”\n\nOne election official who described the meeting said the count would resume, adding that “nobody will be turned away.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['spokeswoman for the Harlow County Clerk', 'spokeswoman', 'one election official']);
    expect(qs.map((q) => q.type)).toEqual(['role', 'role', 'role']);
    expect(qs[0]?.source).toBe('A spokeswoman for the Harlow County Clerk');
  });

  it('never makes a renaming description or a verb phrase a new speaker', () => {
    const text = 'The vote count ran late into the night.\n\nThe state senator tried to reassure the volunteers, saying: “We will not be beaten by a count.”\n\nThe retired surgeon opened his talk with the clinic, saying: “Care is now cheaper abroad than at home.”';
    expect(speakersOf(text)).toEqual([null, null]);
  });
});
