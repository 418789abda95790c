import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a quote that is the content of a speech noun owned by someone', () => {
  it('`his call for “…”` and `her remark that “…”` are the owner’s', () => {
    const text = 'Harbor race\n\nSupport for Councilman Paul Hadley grew after the port fire and his call for “a full and independent inquiry” into the blaze.\n\nMayor Ana Ruiz, a longtime ally of the dock workers, drew criticism this spring over her remark that “the harbor has never been safer.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Paul Hadley', 'Ana Ruiz']);
    expect(qs[0]?.rule).toBe('possessor-noun+pronoun');
  });

  it('a possessive pronoun takes the owner of its gender', () => {
    const text = 'Harbor race\n\nMayor Ana Ruiz spent Monday with Councilman Paul Hadley at the port. Critics seized on her remark that “the harbor has never been safer.”';
    const swapped = text.replace('her remark', 'his remark');
    expect(speakersOf(text)).toEqual(['Ana Ruiz']);
    expect(speakersOf(swapped)).toEqual(['Paul Hadley']);
  });

  it('`Hadley’s claim that the lease “…”` and `his March comment that, “…”` are the owner’s', () => {
    const text = 'Harbor race\n\nVoters were split over Hadley’s claim that the lease would “hand our waterfront to strangers.”\n\nThe dock workers’ union is unlikely to back Councilman Paul Hadley after his March comment that, “Some of these jobs are not coming back.”';
    expect(speakersOf(text)).toEqual(['Paul Hadley', 'Paul Hadley']);
  });

  it('`His assumption, stated on the radio, was that “…”` is the owner’s when the possessive opens the sentence', () => {
    const text = 'Harbor race\n\nCouncilman Paul Hadley entered the race late. His assumption, confidently stated on the radio, was that “voters will come around once they read the lease.”';
    expect(speakersOf(text)).toEqual(['Paul Hadley']);
  });

  it('a saying reported by someone else’s verb, or behind `according to`, is not the owner’s', () => {
    const text = 'Harbor race\n\nMayor Ana Ruiz spoke on Monday. The dock workers’ union denounced Ruiz’s call for “a leaner and more modern port.”\n\nAccording to their aides, both candidates worry that voters prefer Councilman Paul Hadley’s promise to “keep every dock job in the city.”';
    const qs = attribute(text);
    expect(qs.map((q) => [q.text, q.kind, q.speaker])).toEqual([
      ['a leaner and more modern port.', 'partial', null],
      ['keep every dock job in the city.', 'partial', 'their aides'],
    ]);
    expect(qs[1]?.rule).toBe('cue-before:according-to+role');
  });

  it('a saying labelled with `as` is someone else’s label, not the owner’s words', () => {
    const text = 'Harbor race\n\nMayor Ana Ruiz spoke on Monday. The debate turned on Ruiz’s statement that she had opposed the lease as “the worst deal this city ever signed.”';
    const qs = attribute(text);
    expect(qs.map((q) => [q.text, q.kind, q.speaker])).toEqual([['the worst deal this city ever signed.', 'partial', null]]);
    expect(qs[0]?.rule).toBe('none');
  });

  it('a noun before the speech word makes it a verb of that noun (`Her harbor plan promises to “…”`)', () => {
    const text = 'Harbor race\n\nMayor Ana Ruiz has built her campaign on the port. Her harbor plan promises to “bring the ferries back to the north shore.”';
    const qs = attribute(text);
    expect(qs.map((q) => [q.text, q.kind, q.speaker])).toEqual([['bring the ferries back to the north shore.', 'partial', null]]);
    expect(qs[0]?.rule).toBe('none');
  });

  it('an owned saying lends its owner to no later quote of the paragraph', () => {
    const text = 'Harbor race\n\nSupport for Councilman Paul Hadley grew after his call for “a full and independent inquiry” into the fire. It is unclear whether voters will warm to a board that wants “a hundred more cranes on the water” by next spring.';
    expect(speakersOf(text)).toEqual(['Paul Hadley', null]);
  });
});
