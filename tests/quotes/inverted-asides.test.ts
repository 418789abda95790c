import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('an inverted cue set off as an aside inside the sentence', () => {
  it('gives the quote after `, says Name, a description,` to that name', () => {
    const text = 'Harbor\n\nThe harbor deal was signed in 1998.\n\nThe trouble with the deal, says Carl Ostrow, a historian at the Dover Institute, is that it was "one of the worst bargains in the state’s history," not for its price but for its "quiet hold on the board."';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Carl Ostrow', cue: 'says', rule: 'cue-before:inverted-aside' });
    expect(speakersOf(text)).toEqual(['Carl Ostrow', 'Carl Ostrow']);
  });

  it('reads an aside with no description and a surname alone', () => {
    const text = 'Harbor\n\nThe historian Carl Ostrow has studied the harbor deal for years.\n\nThe trouble with the deal, said Ostrow, is that it was “one of the worst bargains in the state’s history.”';
    expect(speakersOf(text)).toEqual(['Carl Ostrow']);
  });

  it('leaves the quote to a cue of the main clause after the aside', () => {
    const text = 'Harbor\n\nMayor Tom Lane and Ana Ruiz spoke on Monday.\n\nIn Dover, said Ana Ruiz, the mayor called the deal “a disgrace to the harbor.”';
    expect(attribute(text)[0]?.speaker).not.toBe('Ana Ruiz');
  });

  it('does not read `, said` after a subject with a relative clause as an aside', () => {
    const text = 'Ceremony\n\nThe museum opened on Saturday.\n\nDana Pruitt, 59, of Ashton, who watched the ceremony on a screen, said the event brought back memories of her father, and of “all the people who were not here to see it.”';
    expect(attribute(text)[0]?.rule).not.toBe('cue-before:inverted-aside');
    expect(attribute(text)[0]?.speaker).not.toMatch(/event/);
  });
});
