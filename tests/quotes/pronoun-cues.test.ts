import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a contracted pronoun subject before its cue', () => {
  it('reads `He’s claiming that …` as `He is claiming`, not as a possessive', () => {
    const text = 'Harbor vote\n\nMayor Tom Hale told supporters at a rally in Dunmore to “go vote early” on Tuesday.\n\nHe’s claiming that the ballot count is “a mess nobody in the county hall will admit” and that nobody will fix it.';
    expect(speakersOf(text)).toEqual(['Tom Hale', 'Tom Hale']);
    expect(attribute(text)[1]).toMatchObject({ cue: 'claiming', source: 'He' });
  });

  it('reads `she’s said … :` as `she has said`', () => {
    const text = 'Port plan\n\nSince Ana Ruiz entered the council race in April, she’s said it at every dock and every school board meeting: “The port belongs to the people who work there.”';
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });

  it('keeps the pronoun’s gender: `She’s claiming` after a man is nobody', () => {
    const text = 'Harbor vote\n\nMayor Tom Hale told supporters at a rally in Dunmore to “go vote early” on Tuesday.\n\nShe’s claiming that the ballot count is “a mess nobody in the county hall will admit” and that nobody will fix it.';
    expect(speakersOf(text)).toEqual(['Tom Hale', null]);
  });
});

describe('a number’s comma in a pronoun subject’s sentence', () => {
  it('closes no fronted phrase: `She greeted 2,000 supporters … and told them that …` is hers', () => {
    const text = 'Rally\n\nAna Ruiz opened her campaign for mayor with a new message on Friday.\n\nShe greeted 2,000 supporters at a rally late Saturday in Dover and told them that together they would “build a port for everyone in this town.”';
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
    expect(attribute(text)[0]).toMatchObject({ rule: 'cue-before:shared-subject+pronoun', source: 'She' });
  });

  it('still skips a real fronted phrase before the pronoun', () => {
    const text = 'Rally\n\nAna Ruiz opened her campaign for mayor with a new message on Friday.\n\nIn Dover, she greeted 2,000 supporters at a rally and told them that together they would “build a port for everyone in this town.”';
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
  });
});

describe('a cue noun after a determiner and a capitalised modifier', () => {
  it('is no verb: `saying in a Halean post on Twitter:` keeps the participle’s subject', () => {
    const text = 'Race\n\nTom Hale spoke in Dover on Thursday.\n\nOn Friday, he joined other Republicans in pouncing on news that Ana Ruiz’s server had handled messages later deemed “top secret,” saying in a Halean post on Twitter: “Another leak from the Ruiz office, and still no answers.”';
    expect(attribute(text).map((q) => q.speaker)).toEqual([null, 'Tom Hale']);
    expect(attribute(text)[1]).toMatchObject({ cue: 'saying', source: 'he' });
  });
});

describe('a reporting clause’s pronoun as a link of the chain', () => {
  it('follows `…, she said.` back to the person it reports', () => {
    const text = 'Port audit\n\nAna Ruiz spoke to the Gazette on Sunday.\n\n“The audit is clear and I stand by it,” Ruiz told the Gazette in the interview.\n\nThe Marlow board had never seen such numbers from a rival port, she said.\n\n“Tom Hale owes the dock workers an apology,” she said.';
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('links nobody when the reporting clause’s own pronoun could be two people', () => {
    const text = 'Port audit\n\nAna Ruiz and Carla Voss toured the docks on Sunday with the harbor board.\n\nThe board had never seen such numbers from a rival port, she said.\n\n“Tom Hale owes the dock workers an apology,” she said.';
    expect(speakersOf(text)).toEqual([null]);
  });
});
