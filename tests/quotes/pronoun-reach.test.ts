import { describe, expect, it } from 'vitest';
import { speakersOf } from '../helpers/attribute.ts';

describe('pronouns that reach past the previous paragraph', () => {
  it('follows "he" back to the only person named, when nobody else came since', () => {
    const text = 'Harbor vote\n\nMayor Tom Hale is thanking his supporters in Dover for a clear win on Tuesday night.\n\nAnd he’s promising a new bridge before winter.\n\n“We will build it by June,” he told the crowd.';
    expect(speakersOf(text)).toEqual(['Tom Hale']);
  });

  it('follows "she" back to a full name whose first name tells no gender, while no "he" came since', () => {
    const text = 'Final column\n\nOdalys Brennan, a columnist, wrote her last piece for the Gazette in May.\n\n“The wall is a neighborly idea,” she wrote.\n\nA wall would also stop the flow of drugs, she argued.\n\n“Voters finally have a real choice,” she said.';
    const other = 'Final column\n\nOdalys Brennan, a columnist, wrote her last piece for the Gazette in May.\n\n“The wall is a neighborly idea,” she wrote.\n\nA wall would also stop the flow of drugs, he argued.\n\n“Voters finally have a real choice,” she said.';
    expect(speakersOf(text)).toEqual(['Odalys Brennan', 'Odalys Brennan']);
    expect(speakersOf(other)).toEqual(['Odalys Brennan', null]);
  });

  it('stays unclear when someone unnamed or newly named came in between', () => {
    const role = 'Harbor vote\n\nMayor Tom Hale is thanking his supporters in Dover for a clear win.\n\nHis brother spoke to the press outside the hall.\n\n“We will build it by June,” he said.';
    const named = 'Harbor vote\n\nMayor Tom Hale is thanking his supporters in Dover for a clear win.\n\nHowever the plan is unlikely to pass, noted local historian Dale Ortiz.\n\n“Bridges take years here,” he said.';
    expect(speakersOf(role)).toEqual([null]);
    // the historian, listed after his role noun, is the man named last: never the mayor
    expect(speakersOf(named)).toEqual(['Dale Ortiz']);
  });

  it('does not take a person named after an unresolved "She" in the same sentence', () => {
    const text = 'Ballot fight\n\nShe has run the clinic since 1990, as Ana Ruiz, the governor, pushes for closures.\n\nOn Sunday, she spoke to reporters.\n\n“We will stay open,” she said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('never gives a quote to the subject of a clause that opens with because or until', () => {
    const text = 'Bridge delay\n\nResidents of Dover waited for “a bridge that never came to the river,” because Mayor Ana Ruiz had promised it in 2019.\n\nAna Ruiz spoke first. “It would seal the deal for the port,” because the vote was close, Tom Hale said.';
    expect(speakersOf(text)).toEqual([null, 'Tom Hale']);
  });

  it('reads a US state as a place, not a person a pronoun could mean', () => {
    const text = 'Primary day\n\nJon Kessler says he spent Tuesday in South Carolina meeting voters.\n\n“I would vote against them,” he joked.';
    expect(speakersOf(text)).toEqual(['Jon Kessler']);
  });
  it('gives the first of two quotes split by a few words of one sentence the cue that closes it', () => {
    const text = 'Plant closures\n\nBut Lena Voss, the finance chief, said the cuts would go on. “They are costly” but unavoidable “for the health of the company,” she said.';
    const far = 'Plant closures\n\nMarta Quell said the fund was fine. Giving was “slow for a few weeks” while givers held back to see how a “cold season for charities” played out, she said.';
    expect(speakersOf(text)).toEqual(['Lena Voss', 'Lena Voss']);
    expect(speakersOf(far)).toEqual(['Marta Quell', 'Marta Quell']);
  });

  it('leaves the first quote alone when the words between name someone or hold a cue of their own', () => {
    const named = 'Plant closures\n\nLena Voss spoke to the board. “They are painful” said Tom Brack, and “for the health of the business,” she said.';
    const other = 'Plant closures\n\nLena Voss spoke to the board. “They are painful” for Tom Brack and his crews but “for the health of the business,” she said.';
    const ended = 'Plant closures\n\nLena Voss spoke to the board. “They are painful.” Yet “for the health of the business,” she said.';
    expect(speakersOf(named)[0]).not.toBe('Lena Voss');
    expect(speakersOf(other)[0]).toBeNull();
    expect(speakersOf(ended)[0]).toBeNull();
  });
  it('reads "But he", "And then she", "And she" as the subject that shares a cue or a participle', () => {
    const shared = 'Dock strike\n\nTom Hale, the union leader, met the mayor on Monday.\n\nBut he told the Harbor Gazette that the talks had failed and said “the port will stay shut for weeks.”';
    const participle = 'Dock strike\n\nAna Ruiz spoke to the board on Monday.\n\nAnd then she turned to the budget, promising that in any vote “the port will stay open all winter.”';
    const subject = 'Dock strike\n\nAna Ruiz spoke to the board on Monday.\n\nAnd she made a point of saying the old harbor “was a place of work and of pride for everyone.”';
    expect(speakersOf(shared)).toEqual(['Tom Hale']);
    expect(speakersOf(participle)).toEqual(['Ana Ruiz']);
    expect(speakersOf(subject)).toEqual(['Ana Ruiz']);
  });

  it('does not read a pronoun inside an opening clause as the subject', () => {
    const text = 'Dock strike\n\nTom Hale, the union leader, met the mayor on Monday.\n\nOnce he had left the hall, the crowd began chanting that “the port will stay shut for weeks.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});
