import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('pronouns whose antecedent the mention table does not list', () => {
  it('takes a surname that opens the nearest sentence, past its appositive', () => {
    const text = 'Bakery wins\n\nOkonkwo, who runs a bakery in Elm Falls, Ore., could not have been happier with the ruling on Friday.\n\n“We waited three years for this,” he said.';
    const q = attribute(text)[0];
    expect(q?.speaker).toBe('Okonkwo');
    expect(q?.source).toBe('he');
  });

  it('follows a chain of "He" sentences back to that surname', () => {
    const text = 'Radio host\n\nBrandvik, a preacher in Tull County, attacked the scouts on his show on Monday.\n\nHe then said the leaders should be “put out of the church for good.”\n\n“Scripture means what it says,” he said.';
    expect(speakersOf(text)).toEqual(['Brandvik', 'Brandvik']);
  });

  it('gives the pronoun the person a description opens the sentence with, as an unnamed role', () => {
    const text = 'Online threats\n\nA 41-year-old Dover woman, meanwhile, received a fine in May after she had posted threats on a forum. “Out with them!” she wrote.';
    const q = attribute(text)[0];
    expect(q?.speaker).toBe('41-year-old Dover woman');
    expect(q?.type).toBe('role');
  });

  it('leaves a definite renaming description unclear: no role speaker, and not someone named', () => {
    const text = 'Film star backs rival\n\nThe actress said she had grown weary of the old parties and wanted a new face on the ticket.\n\nShe said Ana Ruiz, the governor, could not win in the fall.\n\n“People feel the ground moving,” she said.';
    const object = 'Harbor vote\n\nThe senator met Mayor Tom Hale at the port on Monday.\n\n“We have come a long way since June,” he told reporters.';
    const quotes = attribute(text);
    expect(quotes.map((q) => q.kind)).toEqual(['direct']);
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
    expect(speakersOf(object)).toEqual([null]);
  });

  it('reads the subject after a fronted phrase', () => {
    const text = 'Sitcom star\n\nDiscussing the show’s success in a long radio interview, Okafor compared himself with his character.\n\n“I am not as quick with words,” he said.';
    const described = 'Sitcom star\n\nDiscussing the show’s success in a long radio interview, a young actor compared himself with his character.\n\n“I am not as quick with words,” he said.';
    expect(speakersOf(text)).toEqual(['Okafor']);
    expect(speakersOf(described)).toEqual(['young actor']);
  });

  it('keeps the positions of a sentence whose quote comes before its subject', () => {
    const text = 'Permit fight\n\nAs the “long and costly review of the old permits” dragged on, Okafor compared himself with the clerks.\n\n“I am not as patient as they are,” he said.';
    const paren = 'Permit fight\n\nAs the “long (and costly review of the old permits” dragged on, Okafor compared himself with the clerks.\n\n“I am not as patient as they are,” he said.';
    expect(speakersOf(text)).toEqual([null, 'Okafor']);
    expect(() => attribute(paren)).not.toThrow();
    expect(speakersOf(paren)).toEqual([null, 'Okafor']);
  });

  it('takes the name a relative is given in apposition, with the gender of the relative', () => {
    const text = 'Campaign plans\n\nAdvisers insist there have been few talks about the future. But his wife, Marisol, offered a preview in an interview last week.\n\n“We will keep going,” she said.';
    const wrong = 'Campaign plans\n\nAdvisers insist there have been few talks about the future. But his wife, Marisol, offered a preview in an interview last week.\n\n“We will keep going,” he said.';
    expect(speakersOf(text)).toEqual(['Marisol']);
    expect(speakersOf(wrong)).toEqual([null]);
  });

  it('does not read a number word and a plural as a name and its verb', () => {
    const text = 'Newsroom memories\n\nTwelve years ago, when she was starting out, the paper had few women on the politics desk.\n\n“You learn to keep a shield up,” she said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('prefers that subject to a person the table lists only as its object', () => {
    const text = 'Donor denies role\n\nOkonkwo claimed that he backs no candidate, and that he once hosted Mayor Tom Hale on his boat.\n\n“I have not talked to any campaign in a year,” he said.';
    const asked = 'Donor denies role\n\nA reporter asked Mayor Tom Hale how he was feeling on the day of the vote. He replied: “The more voters, the happier I am.”';
    expect(speakersOf(text)).toEqual(['Okonkwo']);
    expect(speakersOf(asked)).toEqual(['Tom Hale']);
  });

  it('reads a capitalised word after `in` or `at` as a place, not as someone else', () => {
    const text = 'Bakery wins\n\nOkonkwo said he also went back to the old bakery in Elmsford weeks later.\n\n“I can still smell the bread from that morning,” he said.';
    expect(speakersOf(text)).toEqual(['Okonkwo']);
  });

  it('stays unclear when another lone capitalised name stands between', () => {
    const text = 'Bakery wins\n\nOkonkwo could not have been happier with the ruling on Friday. The judge had praised Adeyemi for her patience.\n\n“We waited three years for this,” she said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('never takes a description of the other gender', () => {
    const text = 'Online threats\n\nA 41-year-old Dover woman received a fine in May for posts on a forum.\n\n“Out with them!” he wrote.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('a quote that closed its sentence after a cue of its own', () => {
  it('takes no cue from the next sentence', () => {
    const text = 'Forum anger\n\nOne reader, Tomas Brack, wrote of the mayor: “She keeps bringing the trucks through our street.” Lena Voss posted: “She welcomed every one of them.”';
    expect(speakersOf(text)).toEqual(['Tomas Brack', 'Lena Voss']);
  });
});

describe('a chain of subject pronouns past a person named only as an object', () => {
  it('keeps the subject when the other person is the object of its verb', () => {
    const text = 'Port race\n\nMaria Ruiz is drawing sharp contrasts between herself and Mayor Carla Voss.\n\nShe said she and Voss differ on the port and the budget.\n\nShe also asked whether voters want a mayor whose words “you would not repeat to your children.”';
    expect(speakersOf(text)).toEqual(['Maria Ruiz']);
  });

  it('does not when the other person is the subject of a clause of their own', () => {
    const text = 'Port race\n\nMaria Ruiz said Carla Voss misled the voters of the port district.\n\nShe said she and Voss differ on the port and the budget.\n\nShe also asked whether voters want a mayor whose words “you would not repeat to your children.”';
    expect(speakersOf(text)).toEqual([null]);
  });
});
