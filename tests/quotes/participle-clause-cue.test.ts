import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a partial quote whose closing cue follows a participle clause', () => {
  it('reads past `, forcing him to …,` to the inverted cue that closes the sentence', () => {
    const text = 'Primary\n\nMayor Tom Lane is campaigning in Dover.\n\nA win would create a “summer of agony” for Lane leading up to the vote, forcing him to fight on two fronts, said Nora Pell, a Dover pollster.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Nora Pell', cue: 'said', rule: 'cue-after:far' });
  });

  it('does not read past a participle clause that holds a cue of its own', () => {
    const text = 'Primary\n\nMayor Tom Lane is campaigning in Dover.\n\nA win would create a “summer of agony” for Lane leading up to the vote, forcing him to say he would fight on two fronts, Pell said.';
    expect(speakersOf(text)).toEqual([null]);
  });
});
