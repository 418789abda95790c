import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a name after a description of the speaker', () => {
  it('reads a possessive and a relation before a full name as that person', () => {
    const text = 'Ferry lost\n\nThe ferry Nordlys sank off Dover on Monday with twelve people aboard.\n\n“He had so many plans for the summer,” his friend Tomas Elvrum told the local radio.\n\n“We called him just before he left the harbor,” his nephew Karim Hadad added.';
    expect(speakersOf(text)).toEqual(['Tomas Elvrum', 'Karim Hadad']);
  });

  it('reads a campaign role after a possessive before an inverted cue', () => {
    const text = 'Harbor race\n\nSenator Nora Vick spoke in Dover on Tuesday.\n\n“We are going to chip away at the lead,” added her campaign manager Jeff Wexler, speaking to reporters after the rally.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Jeff Wexler', source: 'Jeff Wexler' });
  });

  it('reads an article and a mood before a person already named as that person', () => {
    const text = 'Summit\n\nPresident Luc Marchand met the harbor delegation on Friday.\n\n“The port will always be the port,” an angry Marchand replied.';
    expect(speakersOf(text)).toEqual(['Luc Marchand']);
  });

  it('does not take a name that is not yet a person of the article after an article and a mood', () => {
    const text = 'Summit\n\nThe delegation met on Friday.\n\n“The port will always be the port,” an angry Marchand replied.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('takes the full name after a description and a comma after an inverted cue', () => {
    const text = 'Old friends\n\nThe fraternity held its reunion in May.\n\n“It was his first attempt to stand up to his father,” said his closest friend at Ridgeway, Bruce Tarrant, who remembered the trip.\n\n“The odds favor the port,” said another leading harbor lawyer, Andrew J. Pincott of the firm Mayer Lowe.';
    expect(speakersOf(text)).toEqual(['Bruce Tarrant', 'Andrew J. Pincott']);
  });

  it('does not take a name that ends someone else’s role', () => {
    const text = 'Ferry deal\n\nThe council met on Monday.\n\n“The deal is done,” said a spokesman for the governor, Paul Ortega.';
    expect(speakersOf(text)).not.toContain('Paul Ortega');
  });
});

describe('words between a subject and its cue', () => {
  it('skips a day or a time phrase between the name and the verb', () => {
    const text = 'Harbor\n\nMayor Lena Fisk spoke on Monday.\n\nFisk on Thursday said the docks were “safe for now.”\n\nFisk later Thursday told Channel 4: “We are going to work it out with the port.”\n\nFisk last week told reporters that the ferry was “running on time.”';
    expect(speakersOf(text)).toEqual(['Lena Fisk', 'Lena Fisk', 'Lena Fisk']);
  });

  it('skips however and now before the verb', () => {
    const text = 'Harbor\n\nGovernor Paul Ortega toured the docks on Monday.\n\nOrtega however said he would welcome the board’s help in a “principled harbor network” for the region.\n\nState Senator Omar Diaz used to support the mayor, but now said Ortega had “the chance and the duty to bring us together.”';
    expect(speakersOf(text)).toEqual(['Paul Ortega', 'Omar Diaz']);
  });

  it('keeps a statement after a day as the statement of the sentence’s subject, not a phrase of its own', () => {
    const text = 'Judge\n\nMayor Lena Fisk spoke on Monday.\n\nMr. Ortega, who said last week that the judge had a conflict, issued a statement Tuesday saying, “No one’s background makes them unfit.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ortega', source: 'Ortega' });
  });
});

describe('a subject with a relative clause after it', () => {
  it('is the subject of the verb after the clause', () => {
    const text = 'Harbor\n\nMayor Lena Fisk and Governor Paul Ortega met on Monday at the port.\n\nFisk, who was speaking to the harbor board, did not mention Ortega by name, but told board members that the city should be run by those “who put the riders ahead of their own business.”';
    expect(speakersOf(text)).toEqual(['Lena Fisk']);
  });
});
