import { describe, expect, it } from 'vitest';
import { speakersOf } from '../helpers/attribute.ts';

const lead = 'Harbor vote\n\nThe council met in Dover on Tuesday.\n\n';

describe('the rest of an attribution sentence before the next quote', () => {
  it('reads past a subordinate clause that names someone else', () => {
    const text = `${lead}“They are not terminable at will,” Lane spokesperson Ron Dekker told the Daily Star in July, after Ana Ruiz stated an interest in ending business with Lane. “These contracts are fully binding.”`;
    expect(speakersOf(text)).toEqual(['Ron Dekker', 'Ron Dekker']);
  });

  it('reads past a where clause and a participle clause', () => {
    const text = `${lead}“My name may not be on the ballot,” Mr. Pell said on Saturday night at the gala dinner in Dover, where Mrs. Lane also spoke. “Tolerance is on the ballot.”\n\n“You have two rich managers who started a fund,” Nora Ruiz said, referencing a super PAC called Fund45 funded by Paul Stone and Ken Grant. “So they clearly think I will win.”`;
    expect(speakersOf(text)).toEqual(['Pell', 'Pell', 'Nora Ruiz', 'Nora Ruiz']);
  });

  it('reads a possessive and a place’s state before a role as nouns', () => {
    const text = `${lead}“What I would say is that we are open,” press secretary Josh Pell said at a briefing Monday before Tom Lane’s comments. “And we have seen a sustained push to tear it down.”\n\n“To be successful, you need support early,” said Nora Hale, the mayor’s Ohio state director. “You can’t arrive late and expect to win.”`;
    expect(speakersOf(text)).toEqual(['Josh Pell', 'Josh Pell', 'Nora Hale', 'Nora Hale']);
  });

  it('does not carry the speaker past a clause that ends on someone else’s cue', () => {
    const text = `${lead}“We will win,” Tom Pell said as Ana Ruiz interrupted. “That is not true.”`;
    expect(speakersOf(text)[1]).not.toBe('Tom Pell');
  });

  it('still stops at a coordinated clause in which someone else speaks', () => {
    const text = `${lead}“We are ready,” Tom Pell said, and Ana Ruiz agreed. “It will pass.”`;
    expect(speakersOf(text)[1]).not.toBe('Tom Pell');
  });
});

describe('a negated auxiliary between the quotes', () => {
  it('reads didn’t as a word between subject and verb', () => {
    const text = `${lead}"We have had problems with intrusions," Tom Pell said after meeting with Russian President Ivan Dorn. He didn't suggest retaliation. "Our goal is not to duplicate a cycle of escalation."`;
    expect(speakersOf(text)).toEqual(['Tom Pell', 'Tom Pell']);
  });
});
