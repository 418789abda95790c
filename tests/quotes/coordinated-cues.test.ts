import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a second cue coordinated right after a quote', () => {
  it('gives the quote of `and said that …` to the subject of the cue before the first quote', () => {
    const text = 'Primary\n\nSenator Ana Ruiz won four states on Tuesday. She is campaigning in Maine ahead of the next vote.\n\nShe declared “What a night for Maine!” and said that her campaign would go on “to break every barrier” across the state.';
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    expect(attribute(text)[1]).toMatchObject({ cue: 'said', rule: 'cue-before:shared-subject+pronoun' });
  });

  it('does not carry the first speaker over a new subject after `and`', () => {
    const text = 'Primary\n\nSenator Ana Ruiz and Mayor Tom Lane met voters on Tuesday.\n\nRuiz declared “What a night for Maine!” and Lane said that his office would keep “every promise to the port.”';
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Tom Lane']);
  });
});
