import { describe, expect, it } from 'vitest';
import { attribute } from '../helpers/attribute.ts';

describe('an unnamed role speaker with an aside before its verb', () => {
  it('reads past a comma-set `who` clause ending in an adverb', () => {
    const text = 'Party seeks unity after the primary.\n\nSen. Lena Marsh met with party leaders on Tuesday.\n\nA Marsh adviser, who spoke on the condition of anonymity to speak candidly, said of the senator, "She takes the threat of the rival very seriously."';
    const qs = attribute(text);
    expect(qs.map((q) => [q.speaker, q.type, q.source])).toEqual([['marsh adviser', 'role', 'A Marsh adviser']]);
  });

  it('reads past a `who` clause set off by no comma', () => {
    const text = 'Mayor keeps in touch with the council.\n\nAlthough there is no formal link, a city hall official who spoke anonymously to discuss internal strategy said Wednesday, "Certainly there are talks between the mayor and the council."';
    const qs = attribute(text);
    expect(qs.map((q) => [q.type, q.source])).toEqual([['role', 'a city hall official']]);
  });

  it('reads past a speech participle set off by no comma', () => {
    const text = 'Agents widen the port inquiry.\n\nAnother intelligence source speaking to Channel 9 said, "The agents are investigating the links between the donors and the contracts."';
    const qs = attribute(text);
    expect(qs.map((q) => [q.type, q.source])).toEqual([['role', 'Another intelligence source']]);
  });

  it('reads past a participle aside after a titled name', () => {
    const text = 'Port plan draws fire.\n\nAfter the vote, Sen. Tom Hale speaking to reporters outside the hall said, "We will appeal the decision to the state board."';
    expect(attribute(text).map((q) => [q.speaker, q.source])).toEqual([['Tom Hale', 'Tom Hale']]);
  });

  it('takes an attendee as a role after a `who` clause', () => {
    const text = 'Campaign braces for a long race.\n\nOne attendee, who like others spoke on the condition of anonymity to discuss the private meeting, said the message was that "this is not going to be over in February or March."';
    const qs = attribute(text);
    expect(qs.map((q) => [q.type, q.source])).toEqual([['role', 'One attendee']]);
  });

  it('reads a `who` clause after the quote as an aside of the role', () => {
    const text = 'Agents feel the heat.\n\n"The agents involved are under a lot of pressure," an intelligence source, who was not authorized to speak on the record, told Channel 9.';
    const qs = attribute(text);
    expect(qs.map((q) => [q.type, q.source])).toEqual([['role', 'an intelligence source']]);
  });

  it('reads a comma-set speech participle after the quote as an aside of the role', () => {
    const text = 'Port vote surprises the council.\n\n"Nobody expected the vote to pass," one aide, speaking on condition of anonymity, said.';
    const qs = attribute(text);
    expect(qs.map((q) => [q.type, q.source])).toEqual([['role', 'one aide']]);
  });

  it('is no aside when the participle is a progressive or the cue has a subject of its own', () => {
    const text = 'Hale on the alliance.\n\nDuring an interview in April, Mayor Tom Hale was talking about the port alliance when he told Dana Ruiz of Channel 9, "The harbor has a problem with that. I mean, a big problem."';
    const qs = attribute(text);
    expect(qs.map((q) => q.source)).toEqual(['he']);
  });

  it('takes an unnamed role opening the sentence as the subject of a `by` participle', () => {
    const text = 'Valdoria warns its neighbor.\n\nA Valdorian official responded by saying the neighbor should be careful "not to interfere and stir up problems" in the strait.';
    const qs = attribute(text);
    expect(qs.map((q) => [q.type, q.source, q.rule])).toEqual([['role', 'A Valdorian official', 'cue-before:by-participle+role']]);
  });

  it('leaves a `by` participle after a crowd that greets someone unclear', () => {
    const text = 'Hadley visits the docks.\n\nThe crowd greeted Hadley by chanting "four more years, four more years" at the pier.';
    expect(attribute(text).map((q) => q.speaker)).toEqual([null]);
  });

  it('leaves a `who` clause that holds the cue to the relative rules', () => {
    const text = 'Voters weigh in on the port.\n\nA voter who said she had "never seen such a mess at the harbor" left early.';
    expect(attribute(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('two descriptions joined by `and` as the subject', () => {
  it('rename the one person they fit before the cue', () => {
    const text = 'Marsh speaks to the nation.\n\nLena Marsh spoke out on Tuesday about the shootings in Dover, Delaware.\n\nOn the morning show, the former secretary of state and current Democratic presidential nominee said she wanted to speak “directly to white people” about the deaths.';
    const qs = attribute(text);
    expect(qs.map((q) => [q.speaker, q.source])).toEqual([['Lena Marsh', 'the former secretary of state and current Democratic presidential nominee']]);
  });

  it('take the person opening the sentence before when others fit but are only named inside a sentence', () => {
    const text = 'Reaction to the test.\n\nSen. Lyle Varga on Wednesday also called on the country to press its neighbors into forcing the regime to comply, after the death of Tom Pell in the blast.\n\n"The regime is a threat to the whole region, and we must act together," the independent Vermont senator and Democratic presidential candidate told Channel 9.';
    expect(attribute(text).map((q) => q.speaker)).toEqual(['Lyle Varga']);
  });

  it('stay unclear when two people fitting open sentences nearby', () => {
    const text = 'Reaction to the test.\n\nDana Ruiz pointed to the neighbors as the regional enforcer. Tom Pell called the test a reason to invest in defense.\n\n"The regime is a threat to the whole region," the former governor and Republican presidential candidate told Channel 9.';
    expect(attribute(text).map((q) => q.speaker)).toEqual([null]);
  });
});

describe('an age as the head of a description after the quote', () => {
  it('renames the one person named nearby', () => {
    const text = 'Comedian dubs the mayor.\n\nComedian Pete Sarlow dubbed himself over footage of the mayor on Channel 9.\n\nSarlow, who starred in “Harbor Lights,” posted the clip on Thursday.\n\n“What if the mayor had elocution lessons?” the 43-year-old asked in the description of the video.';
    const qs = attribute(text);
    const asked = qs.find((q) => q.text.startsWith('What if'));
    expect([asked?.speaker, asked?.source]).toEqual(['Pete Sarlow', 'the 43-year-old']);
  });

  it('stays unclear when two people are named nearby', () => {
    const text = 'Two comedians dub the mayor.\n\nPete Sarlow and Dana Whitt dubbed themselves over footage of the mayor on Channel 9.\n\n“What if the mayor had elocution lessons?” the 43-year-old asked in the description of the video.';
    expect(attribute(text).map((q) => q.speaker)).toEqual([null]);
  });
});
