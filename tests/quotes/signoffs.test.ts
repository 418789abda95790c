import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('quotes signed with a dash and a name', () => {
  it('gives each reader response of a list to the name that signs it', () => {
    const text = [
      'We asked readers in Dayton what they thought of the bridge closure.',
      '“I drive forty minutes more every day. Nobody asked us before they closed it.” ― Marisol Quintana',
      '“The city had ten years to fix that bridge and did nothing.”― Dwight E. Kettering.',
      '“My bakery lost half its morning customers in one week.” ― Ines Albarrán',
    ].join('\n');
    expect(attribute(text).map((q) => [q.speaker, q.rule, q.source])).toEqual([
      ['Marisol Quintana', 'sign-off', 'Marisol Quintana'],
      ['Dwight E. Kettering', 'sign-off', 'Dwight E. Kettering'],
      ['Ines Albarrán', 'sign-off', 'Ines Albarrán'],
    ]);
  });

  it('reads a short description, a pasted tweet and a bare handle after the name', () => {
    const text = [
      'The port strike entered its second week.',
      '"We are not going back until the contract is signed." — Lorna Vidal, a crane operator in Tacoma',
      '“The strike is costing farmers millions every single day” — Gordon Pratt (@gpratt_farms) September 26, 2016',
      '“Every ship in the bay is waiting on this vote” —@bayshipwatch',
    ].join('\n');
    expect(attribute(text).map((q) => [q.speaker, q.type])).toEqual([
      ['Lorna Vidal', 'person'],
      ['Gordon Pratt', 'person'],
      ['@bayshipwatch', 'role'],
    ]);
  });

  it('gives every quote of a signed paragraph to the signature when the reporter reports no speech between them', () => {
    const text = 'Readers wrote in after the vote.\n\n“The council sold us out.” “They will hear from us in November.” ― Teodora Lusk';
    expect(speakersOf(text)).toEqual(['Teodora Lusk', 'Teodora Lusk']);
  });

  it('does not read a dash that continues the reporter\'s sentence as a signature', () => {
    const text = [
      'Mayor Ana Ruiz spoke for an hour on Tuesday.',
      'When Ruiz finally wrapped up — “I will stand up for this harbor and I will win!” — the balloons came down.',
      'Her rival called the plan “a gift to the biggest developers in town” — a charge the mayor denied.',
    ].join('\n');
    expect(attribute(text).every((q) => q.rule !== 'sign-off')).toBe(true);
  });

  it('does not give a quote to a name that follows a cue in the same paragraph, or to an author signing a brief', () => {
    const text = [
      'Council member Vera Holt voted against the plan.',
      '“The harbor is dying,” Holt said. “Nobody in this building listens.” — Carmen Ibarra',
      '"We will try to reopen the port before the harvest season."--Kim Ostrander.',
    ].join('\n');
    expect(speakersOf(text)).toEqual(['Vera Holt', 'Vera Holt', null]);
  });

  it('does not treat an unsigned label, a wire credit or an unknown single word as a speaker', () => {
    const text = [
      'Readers responded to the closure.',
      '“I have lived here forty years and never seen it this bad.” — Anonymous',
      '“The ferry will run twice a day until the bridge reopens.” — Reuters',
      '“We were never told the bridge was unsafe.” — Read More',
    ].join('\n');
    expect(speakersOf(text)).toEqual([null, null, null]);
  });
});

describe('transcript labels the article never writes in ordinary case', () => {
  const transcript = [
    'On Sunday, Governor Ada Brennan said the toll increase would stay.',
    'Partial transcript as follows:',
    '"HALVORSEN: Let\'s start with the tolls. Why raise them in an election year?',
    '"BRENNAN: Because the bridge is falling apart, and someone has to pay for it.',
    '"(CROSSTALK.)',
    '"HALVORSEN: Governor, do you really believe voters will accept that?',
    '"BRENNAN: I believe voters want a bridge that stands.',
  ].join('\n\n');

  it('names the host from the label when several labels alternate', () => {
    const qs = attribute(transcript).filter((q) => /^[A-Z]{4,}:/.test(q.text));
    expect(qs.map((q) => [q.speaker, q.type, q.source])).toEqual([
      ['Halvorsen', 'person', 'HALVORSEN'],
      ['Ada Brennan', 'person', 'BRENNAN'],
      ['Halvorsen', 'person', 'HALVORSEN'],
      ['Ada Brennan', 'person', 'BRENNAN'],
    ]);
  });

  it('leaves a single label, and stage or role labels, unclear', () => {
    const single = 'The mayor spoke on the radio.\n\n"HALVORSEN: Let\'s start with the tolls, mayor, and then the bridge itself."';
    expect(speakersOf(single)).toEqual([null]);
    const roles = [
      'The governor took questions at the town hall.',
      '"UNIDENTIFIED MALE: What about the tolls on the old bridge?',
      '"MODERATOR: Please keep your questions short tonight, everyone.',
      '"UNIDENTIFIED MALE: Will the ferry keep running all winter?',
    ].join('\n\n');
    expect(speakersOf(roles)).toEqual([null, null, null]);
  });

  it('does not name a person after the upper-case heads of an explainer', () => {
    const text = [
      'The county will vote on the harbor bond in March.',
      'BIG PICTURE: The harbor employs four thousand people and has lost money for six years.',
      'FAST FACTS: The bond would raise ninety million dollars over twenty years.',
      'KEY DATES: Early voting opens on March 2, and the count ends on March 14.',
    ].join('\n\n');
    expect(attribute(text).map((q) => q.speaker)).toEqual([null, null, null]);
  });
});
