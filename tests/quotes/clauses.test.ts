import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('a cue after a long clause of the reporter’s', () => {
  it('takes “…” since …, said Name when the clause names nobody', () => {
    const text = 'The court will hear the case in the spring.\n\n“To see how many rulings could change with one appointment is remarkable,” since so many of the recent cases were decided by a single vote, said Lena Okafor, who teaches law at Marlow University.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Lena Okafor', rule: 'cue-after:far' });
  });

  it('takes “…” and …, Name said. at the end of the sentence', () => {
    const text = 'Ticket sales at the Harbour Theatre fell sharply in the winter.\n\n“There is a feeling of calm now,” and bookings began to pick up again over the last two weeks, Marek Gilby said.';
    expect(speakersOf(text)).toEqual(['Marek Gilby']);
  });

  it('does not take the cue when the clause names someone else', () => {
    const text = 'The council met on Monday.\n\n“We need a new bridge,” since the east side of the city was left without one by Mayor Rita Salas in the spring, Tom Becker said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not take the cue when the clause holds a speech verb of its own', () => {
    const text = 'The council met on Monday.\n\n“We need a new bridge,” since so many residents of the east side have argued for one at every meeting, Tom Becker said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not take a cue that starts a new report after the clause', () => {
    const text = 'The council met on Monday.\n\n“We need a new bridge,” and the cost would be shared with the county for the next ten years, Tom Becker said Ana Ruiz told him.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('the subject of a sentence after a long fronted clause', () => {
  it('reads Name fired back: “…” after When … ,', () => {
    const text = 'When Gov. Dale Hurst suggested that the state would sue the city for breaking the old water agreement, Mayor Ines Barlow fired back at once: “Let them take us to court; they will lose there.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ines Barlow', rule: 'sentence-subject' });
  });

  it('does not take a name that only follows the subject of the main clause', () => {
    const text = 'When Gov. Dale Hurst suggested that the state would sue the city for breaking the old water agreement, the crowd cheered Mayor Ines Barlow: “If they sue us in our own court, they are going to lose.”';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('reads a cue noun after a determiner as the object: Name delivered a snappy retort:', () => {
    const text = 'Sen. Owen Marsh was asked about the budget.\n\nMarsh delivered a snappy retort: “Nobody is tearing this up. We are going forward.”';
    expect(speakersOf(text)).toEqual(['Owen Marsh']);
  });

  it('still stops at a verb with its own subject: Name reported, his wife whispered', () => {
    const text = 'As the crowd cheered Sen. Owen Marsh on Tuesday night, reporter Tilda Brandt of the Courier wrote, his wife whispered to him: “They are still with you.”';
    // the whisper is his wife's, an unnamed role, never the reporter's
    expect(speakersOf(text)).toEqual(['his wife']);
  });

  it('does not give the subject the words of a report it shared', () => {
    const text = 'Talk-show host Carl Brewer has spread claims about the senator. He also shared a report from a blog that an aide was carrying a syringe, “for patients who have seizures.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('a participle after a common noun', () => {
  it('does not make a role of the noun phrase: put it in his memo to staff explaining the deal, “…”', () => {
    const text = 'As the Lumen chief executive, Jeff Warner, put it in a letter to staff about the merger, “Picture a company that stands among them.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Jeff Warner' });
  });

  it('leaves the quote unclear rather than give it to the noun phrase', () => {
    const text = 'The league sent a long letter to the clubs on Friday.\n\nThe board later put out a note to members explaining, “Nothing will change this season.”';
    expect(attribute(text)[0]?.type).not.toBe('role');
  });
});

describe('a participle after `by` is said by the subject of the verb before it', () => {
  it('`He responded by saying “…”` and `Ruiz answered Hadley by saying …` are the subject’s', () => {
    const text = 'Harbor race\n\nCouncilman Paul Hadley spoke at the pier on Monday. When a reporter asked about the lease, he responded by saying, “I do not think the lease is needed at all.”\n\nMayor Ana Ruiz answered Hadley by saying the lease was “a fair deal for the city.”';
    const qs = attribute(text);
    expect(qs.map((q) => q.speaker)).toEqual(['Paul Hadley', 'Ana Ruiz']);
    expect(qs.map((q) => q.rule.replace(/\+.*/, ''))).toEqual(['cue-before:by-participle', 'cue-before:by-participle']);
  });

  it('a crowd greeting someone by chanting does not make that someone the speaker', () => {
    const text = 'Harbor race\n\nCouncilman Paul Hadley spoke at the pier on Monday. The crowd greeted Hadley by chanting “four more years for the harbor.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});
