import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a cue that belongs to another quote or another clause gives no speaker', () => {
  it('a cue whose colon opens the next quote introduces that quote, not the one before it', () => {
    const text = 'Ferry crisis\n\nThe couple waited at the pier for two days.\n\n“We are travellers,” Ms. Varga said. “We are not smugglers.” Mr. Dorin said: “The boat left without us, and nobody told us why.”';
    expect(speakersOf(text)).toEqual(['Varga', 'Varga', 'Dorin']);
  });

  it('a quote inside a fronted clause that reports someone is theirs, not the main clause speaker’s', () => {
    const text = 'Harbor plan\n\nMayor Ana Ruiz and councilman Paul Hadley have clashed for months.\n\nAfter Ruiz said that the port workers would do better at “smaller private docks,” Hadley said: “I do not like what she said.”\n\nBut even as Hadley claimed on Tuesday that “the lease was signed in secret,” one of the harbor lawyers said the contract was public.';
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Paul Hadley', 'Paul Hadley']);
  });

  it('`continue to` is going on doing something, not a cue', () => {
    const text = 'Harbor race\n\nSenator Lena Fisk thanked her rival after the vote.\n\nIn a statement, Fisk said she was certain Paul Hadley will continue to be “a fighter for the harbor towns.”';
    expect(speakersOf(text)).toEqual(['Lena Fisk']);
  });
});

describe('a participle goes with the cue right before it', () => {
  it('`…, Name said, adding, “…”`: the one who said, not the subject of the sentence', () => {
    const text = 'Harbor talks\n\nMayor Ana Ruiz and Governor Paul Hadley have not spoken since March.\n\nRuiz and Hadley will meet next week, spokesman Tom Brandt said, adding, “The two of them should meet face to face.”';
    const [q] = attribute(text);
    expect(q?.speaker).toBe('Tom Brandt');
    expect(q?.rule).toBe('cue-before:participle');
  });

  it('a pronoun in the aside speaks too', () => {
    const text = 'Harbor talks\n\nLena Brandt, the mayor’s spokeswoman, spoke to reporters on Monday.\n\nMayor Paul Ortega will meet the governor next week, she said, adding, “They should meet soon.”';
    expect(speakersOf(text)).toEqual(['Lena Brandt']);
  });
});

describe('a continuation stops at a new speaker', () => {
  it('a new sentence about someone else that ends in a colon introduces the quote', () => {
    const text = 'Harbor ban\n\nThe dock union pushed for a ban. Governor Lena Fisk could “sign an order or something, I do not care how,” said Tom Brandt, the union president. Fisk resisted: “No governor can set aside a statute on a whim.”';
    expect(speakersOf(text)).toEqual(['Tom Brandt', 'Lena Fisk']);
  });

  it('a quote with a cue of its own after it, whose subject is someone unnamed, is no continuation', () => {
    const text = 'Crash victims\n\nHis brother spoke first. “He was a kind man,” Tom Ruiz said. “A grandfather twice over.” Others paid their respects online. “He taught me everything I know about this job,” his colleague wrote on Facebook.';
    expect(speakersOf(text)).toEqual(['Tom Ruiz', 'Tom Ruiz', 'his colleague']);
  });

  it('the same speaker going on after a colon is still the same speaker', () => {
    const text = 'Harbor ban\n\n“We will not sign it,” Governor Lena Fisk said on Monday. She went on: “No governor can set aside a statute on a whim.”';
    expect(speakersOf(text)).toEqual(['Lena Fisk', 'Lena Fisk']);
  });
});

describe('a pronoun never falls back on a name its own `he said` stands before', () => {
  it('`he said … Name …. “…,” he said` leaves the name out', () => {
    const text = 'Party rules\n\nA former party chairman said the rules should change before the next convention.\n\nThough the last switch was smooth, he said, replacing the nominee now could lead to lobbying by loyalists to Paul Hadley. So, he argued, the party must prepare now.\n\n“Times have changed, and far more members now want a voice,” he said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('a pronoun inside a fronted clause may still mean the name after it', () => {
    const text = 'Party rules\n\nWhile he acknowledged the money was short, Paul Hadley also noted other reasons for leaving the board.\n\n“We were trading favors for votes,” he said.';
    expect(speakersOf(text)).toEqual(['Paul Hadley']);
  });
});
