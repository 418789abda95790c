import { describe, expect, it } from 'vitest';
import { attribute } from '../helpers/attribute.ts';

describe('a role or a relative after his/her/its', () => {
  it('speaks as that role, a new speaker at each mention', () => {
    const text = 'Walter Briggs, a ferry pilot, was found dead at his home in Dunmore on Sunday.\n\n“One of the reasons I stayed in the trade was the help I got from Walter,” his colleague wrote on Facebook.\n\nHe had “wanted to steer a ferry since he was six,” his childhood friend told the Dunmore Gazette.\n\nAs the crowd cheered Briggs’s crew on the pier, the Gazette’s Tim Orr reported, his widow whispered: “They are still with him.”\n\n“He never missed a single crossing in twenty years,” his friend said. Lena Ruiz runs the ferry office. “She kept the whole harbor running,” her friend said.';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['his colleague', 'his childhood friend', 'his widow', 'his friend', 'her friend']);
    expect(qs.every((q) => q.type === 'role')).toBe(true);
  });

  it('never takes the possessor, nor a clause after the possessive', () => {
    const text = 'Walter Briggs sold the ferry in May.\n\n“We will miss the old boat,” his friends and neighbors in Dunmore told the Gazette.\n\n“The price was far too low for a boat like that,” her husband Tom thinks out loud.';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker === 'Walter Briggs')).toEqual([false, false]);
  });
});

describe('a relative `that` after a text', () => {
  it('gives the quote to the text the `that` follows, as `which` does', () => {
    const text = 'The county pulled the auction listing on Thursday.\n\nBy noon the page was replaced by a message that said, “Sorry, the item you asked for is no longer listed.”\n\nThe board studied the budget report that says the harbor needs “a new seawall within five years.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['that', 'that']);
    expect(qs.map((q) => q.speaker)).toEqual(['message', 'budget report']);
  });

  it('leaves a complementiser, a wished-for text and an author’s text alone', () => {
    const text = 'Mayor Ana Ruiz spoke on Friday.\n\nRuiz said she wants a county plan that calls for “a new seawall within five years.”\n\nRuiz is releasing a new radio ad that urges voters to “send a message to the harbor board.”\n\nThe clerk said that the report was “a mess from start to finish.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).not.toContain('that');
    expect(qs[2]?.speaker).toBe(null);
  });
});

describe('a possessive role opening the sentence of a participle', () => {
  it('speaks, also after a fronted phrase, and never as the possessor', () => {
    const text = 'Ray Dunmore was charged with fraud in March.\n\nIn court filings, Dunmore\'s public defense counsel asked for a sentence of two years, calling his schemes "a sickness of sorts."\n\nDunmore’s campaign shrugged off the charges, telling reporters, “Nobody on this team has ever asked for a pardon.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['Dunmore\'s public defense counsel', 'Dunmore’s campaign']);
    expect(qs.map((q) => q.type)).toEqual(['role', 'organisation']);
  });
});

describe('a relative named in apposition after a possessive', () => {
  it('is the subject of a participle cue, never the possessor', () => {
    const text = 'Curt Halvorsen was fired by the network on Wednesday.\n\nHalvorsen\'s son, Grant, defended his father on Facebook, saying: "He has made great strides to understand people today."';
    const q = attribute(text)[0];
    expect(q?.speaker).toBe('Grant');
    expect(q?.type).toBe('person');
  });

  it('leaves a possessive opening with no role before the name alone', () => {
    const text = 'Curt Halvorsen was fired by the network on Wednesday.\n\nHalvorsen\'s old boat, Marlin, sank on Facebook, saying: "He has made great strides to understand people today."';
    expect(attribute(text)[0]?.speaker).not.toBe('Marlin');
  });

  it('names a physician after `according to` as a role', () => {
    const text = 'Mayor Ada Ruiz had a checkup this spring.\n\nAccording to her longtime personal physician, the mayor had "astonishingly excellent results in every test" this year.';
    expect(attribute(text)[0]?.source).toBe('her longtime personal physician');
  });
});
