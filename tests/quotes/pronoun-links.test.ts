import { describe, expect, it } from 'vitest';
import { speakersOf } from '../helpers/attribute.ts';

describe('a he/she whose nearest sentence names people only after its own he/she subject', () => {
  it('follows the name after "he said" back through that sentence’s own "he" to the one person before it', () => {
    const text = 'Port deal\n\nCouncil member Paul Ortiz backed the lease last week.\n\nOn the eve of the vote, Mayor Tom Hale softened his tone. Asked on the radio who leads the council in his view, he said Ortiz. “I would say Paul for now,” he said.';
    expect(speakersOf(text)).toEqual(['Tom Hale']);
  });

  it('follows a possessive or the one asked back to the subject of the sentence before', () => {
    const possessive = 'Harbor race\n\nSen. Carl Brandt has courted dock workers for months.\n\nWhen he took the stage after Mr. Ortiz’s introduction in Dover, he said the port needed no rescue. “We have to wake up the harbor,” he said.';
    const asked = 'Town hall\n\nLike a sister, Rosa Lind said it is hard for her to watch the attacks on her friend.\n\nWhat upset her most, she said, was a night when a young man asked Mayor Ana Ruiz why voters distrusted her. “I was furious,” she said.';
    expect(speakersOf(possessive)).toEqual(['Carl Brandt']);
    expect(speakersOf(asked)).toEqual(['Rosa Lind']);
  });

  it('stays unclear when the sentence before names two people, or the one the nearest sentence names', () => {
    const two = 'Port deal\n\nCouncil member Paul Ortiz backed the lease last week.\n\nOn the eve of the vote, Mayor Tom Hale met Paul Ortiz. Asked on the radio who leads the council in his view, he said Ortiz. “I would say Paul for now,” he said.';
    const same = 'Harbor race\n\nPaul Ortiz, a union organizer, praised the senator in Dover.\n\nWhen he took the stage after Mr. Ortiz’s introduction, he said the port needed no rescue. “We have to wake up the harbor,” he said.';
    const between = 'Port deal\n\nOn the eve of the vote, Mayor Tom Hale softened his tone. Reporters then turned to Carl Dunmore. Asked on the radio who leads the council in his view, he said Ortiz. “I would say Paul for now,” he said.';
    expect(speakersOf(two)).toEqual([null]);
    expect(speakersOf(same)).toEqual([null]);
    expect(speakersOf(between)[0]).not.toBe('Tom Hale');
  });
});
