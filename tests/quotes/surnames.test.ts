import { describe, expect, it } from 'vitest';
import { speakersOf } from '../helpers/attribute.ts';

describe('a surname alone names the person the reader has in mind at that point', () => {
  it('reads a surname against the people named before it, not the one named last in the article', () => {
    const text = 'Port vote\n\nMayor Carla Brandt opened the hearing on Monday.\n\n“We will not sell the docks,” Brandt said.\n\nHer husband, Frank Brandt, runs a ferry company.';
    expect(speakersOf(text)).toEqual(['Carla Brandt']);
  });

  it('a surname before any full name is the first person named in full after it', () => {
    const text = 'Brandt vows to keep the docks\n\nMayor Carla Brandt opened the hearing on Monday. She thanked her husband, Frank Brandt, who runs a ferry company.\n\n“We will not sell the docks,” Brandt said.';
    expect(speakersOf(text)).toEqual(['Carla Brandt']);
  });

  it('uses the gender of an honorific to choose between two people of the surname', () => {
    const text = 'Port vote\n\nCarla Brandt and Frank Brandt both spoke at the hearing on Monday about the ferry contract.\n\n“We will not sell the docks,” Mrs. Brandt said.\n\n“The ferry stays,” Mr. Brandt said.';
    expect(speakersOf(text)).toEqual(['Carla Brandt', 'Frank Brandt']);
  });

  it('takes the main person when the other one is a relative named once', () => {
    const text = 'Harbor race\n\nSenator Nora Vick kept her lead in the harbor race on Tuesday.\n\nNora Vick spoke in Dover. She thanked her brother, Leon Vick, a dentist, and her campaign staff.\n\nThe crowd waited an hour in the rain.\n\n“We will win this district,” Vick said.';
    expect(speakersOf(text)).toEqual(['Nora Vick']);
  });

  it('does not take a relative named once in an appositive after the main person', () => {
    const text = [
      'Mayor Lena Fisk won the primary in May.',
      'Her husband, Paul Fisk, runs the hardware store on Main Street.',
      'When the topic comes up at rallies, Fisk routinely describes herself as the “only builder in a race of talkers.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Lena Fisk']);
  });

  it('takes the person just named as a subject, close before', () => {
    const text = 'Harbor race\n\nSenator Nora Vick kept her lead in the harbor race on Tuesday. Nora Vick spoke in Dover.\n\nHarbor Commissioner Leon Vick, her brother, opened the second hearing.\n\n“The ferry stays,” Vick said.';
    expect(speakersOf(text)).toEqual(['Leon Vick']);
  });

  it('carries the surname last read as one person, as a subject, from paragraph to paragraph', () => {
    const text = [
      'Ferry primary',
      'Former Governor Paul Vick campaigned for his daughter in Dover on Friday. Paul Vick spoke for ten minutes.',
      '10:10 a.m.',
      'Nora Vick says she is “excited about where we stand” as the polls open.',
      'Vick says she will wait for the results at home with her staff.',
      'The former mayor began the contest as the clear front-runner. But she may need to finish second to stay in it.',
      'Vick tells reporters outside a polling place in Dover that “beating expectations would help. I think we will do that.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Nora Vick', 'Nora Vick']);
  });

  it('does not carry the surname past a full name of the other person', () => {
    const text = [
      'Ferry primary',
      'The ferry primary opened on Friday.',
      'Former Governor Paul Vick campaigned for his daughter in Dover. Paul Vick spoke for ten minutes.',
      'Nora Vick says she is “excited about where we stand” as the polls open. Nora Vick voted early.',
      'Vick says she will wait for the results at home with her staff.',
      'The crowd also cheered for Paul Vick, who arrived late.',
      'Voting ends at 8 p.m.',
      'Vick tells reporters outside a polling place in Dover that “beating expectations would help. I think we will do that.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Nora Vick', null]);
  });

  it('does not give the surname to a relative named only after the relation', () => {
    const text = [
      'Hacker sentenced',
      'A court in Dover sentenced a hacker on Thursday.',
      'Marek Dolan, 44, known online as “Raven,” pleaded guilty in May.',
      '“We need him at home because life is very hard,” his wife, Ilona Dolan, wrote in a letter to the judge.',
      'A high school graduate, Dolan had no formal training. Dolan told the court that he wanted “a safer internet for everyone.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([null, 'Ilona Dolan', 'Marek Dolan']);
  });

  it('gives a relative the gender of the relation, so an honorific tells the two apart', () => {
    const text = [
      'Pastor freed',
      'The president called Naila Brandt on Sunday. Her husband, Samir Brandt, had been released and was flying home.',
      '“I could hear his relief as he spoke,” Mrs. Brandt wrote on her Facebook page.',
      '“I am grateful,” Mr. Brandt said on Monday.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Naila Brandt', 'Samir Brandt']);
  });

  it('stays unclear when two people of the surname are both live', () => {
    const text = 'Ferry deal\n\nThe council heard from Ana Ortiz and from Luis Ortiz, who are not related, about the ferry contract.\n\nThe vote was put off until March.\n\n“We will not sell the docks,” Ortiz said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('a pronoun after an unclear surname follows the one person of its gender', () => {
    const text = 'Ferry deal\n\nThe council heard from Carla Ortiz and from Luis Ortiz about the ferry contract.\n\nThe vote was put off until March.\n\nOrtiz spoke last. “We will not sell the docks,” she said.';
    expect(speakersOf(text)).toEqual(['Carla Ortiz']);
  });
});

describe('words before a name that are no first name', () => {
  it('drops a capitalised word the article also writes in lower case', () => {
    const text = 'Dock plan\n\nPort director Rhona Kessler presented the plan on Monday.\n\nContinued Kessler: the plan was continued from May.\n\n“It will pay for itself,” Kessler said.';
    expect(speakersOf(text)).toEqual(['Rhona Kessler']);
  });

  it('drops a role noun before a full name', () => {
    const text = 'Festival\n\nComedian Dana Purcell opened the festival on Friday.\n\n“Laughing is cheap,” Purcell said.';
    expect(speakersOf(text)).toEqual(['Dana Purcell']);
  });
});
