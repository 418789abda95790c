import { describe, expect, it } from 'vitest';
import { commonWordSurnames, MentionTable } from '../../src/pipeline/mentions.ts';
import { docFromText } from '../helpers/doc.ts';
import { speakersOf } from '../helpers/attribute.ts';

describe('a function or title word as a surname', () => {
  it('reads a function word after a name as the surname when it also stands alone before a speech verb', () => {
    const text = 'Harbor history\n\nThe port’s reform began with Gary Still, who ran the harbor board for a decade and wrote a book about it.\n\nBy the late 1990s, shippers saw the board as “a club for insiders,” Still said. “We had to open the doors.”\n\nStill agreed that costs had risen. “The docks are older than the people who run them,” Still said.';
    expect(speakersOf(text)).toEqual(['Gary Still', 'Gary Still', 'Gary Still']);
  });

  it('reads a cue word used as a surname as the subject of the next verb', () => {
    const text = 'Merger\n\nIn a call with analysts Monday, Harlow chief executive Owen Read said the board had weighed the political risk.\n\n“We believe this deal is a great deal for our shareholders,” Read said.';
    expect(speakersOf(text)).toEqual(['Owen Read']);
  });

  it('reads a title word after a first name and a middle name as the surname, and alone later', () => {
    const text = 'Tributes\n\nTennis great Marisol Jean Bishop remembered the boxer as fun to be around.\n\n“He always made the whole room laugh,” she said.\n\nBishop says the boxer “talked the talk and walked the walk.”';
    expect(speakersOf(text)).toEqual(['Marisol Jean Bishop', 'Marisol Jean Bishop']);
  });

  it('does not read a title word after a determiner as the surname', () => {
    const text = 'Visit\n\nCongressman Pete Bishop met the delegation on Monday.\n\n“Our people welcome you,” the Bishop said at the cathedral door.';
    expect(speakersOf(text)).not.toContain('Pete Bishop');
  });

  it('does not read a day after a name as a surname', () => {
    const text = 'Port vote\n\nCouncilwoman Ana Ruiz Tuesday, after the vote, met reporters. The mayor on Tuesday said the lease would pass.\n\n“It is a good deal for the port,” Tuesday said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not read a function word as a surname when it never stands alone before a speech verb', () => {
    const text = 'The reform began under Gary Still, who ran the board.\n\nStill, the docks were old. “We had to open the doors,” he said.';
    expect([...commonWordSurnames(text, [[0, text.length]])]).toEqual([]);
    const spoken = `${text}\n\n“It is late,” Still said.`;
    expect([...commonWordSurnames(spoken, [[0, spoken.length]])]).toEqual(['still']);
  });
});

describe('names the mention table had missed', () => {
  it('makes a name without a known first name a person after a lower-case role noun', () => {
    const text = 'Campus vote\n\nMy favorite description of him came from Bellmont University student Yara Oyelowo, who called him a “grumpy uncle.”\n\n“Grumpy,” she said, meaning that he “does not care what people think.”';
    expect(speakersOf(text)[1]).toBe('Yara Oyelowo');
  });

  it('does not read a name after a role noun that is a verb as a person', () => {
    const people = (text: string): string[] => new MentionTable(docFromText(text), []).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people('Shake-up\n\nCrowds came to witness Harbor Freight open its doors this spring.')).toEqual([]);
    expect(people('Shake-up\n\nThe board heard activist Yara Oyelowo this spring.')).toEqual(['Yara Oyelowo']);
    expect(people('Shake-up\n\nThe board heard billionaire Harbor Mavericks owner Yara Oyelowo this spring.')).toEqual(['Yara Oyelowo']);
  });

  it('keeps a family name written before a hyphenated given name as the surname', () => {
    const text = 'Climate talks\n\nPak Seo-yeon, the secretary general of the Harbor Council, sat in a hotel lobby this week.\n\n“From Day One, I made the harbor the top priority,” Pak said.';
    expect(speakersOf(text)).toEqual(['Pak Seo-yeon']);
  });

  it('gives no gender to a first name used by men and women alike', () => {
    const text = 'Ballot fight\n\n“We will be outspent,” said Marty Hollis, chair of the parents council.\n\nHollis approaches it more calmly. She said she would rather see the money spent elsewhere.\n\n“They are trying to defeat opportunity for kids,” she said.';
    expect(speakersOf(text)).toEqual(['Marty Hollis', 'Marty Hollis']);
  });

  it('lists no place named by its kind as a person', () => {
    const people = (text: string): string[] => new MentionTable(docFromText(text), []).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people('Rally\n\nThe march went from Madison Square Garden to Virginia Street and ended at Dana Ruiz Stadium, in Kendall County.')).toEqual([]);
    expect(people('Rally\n\nThe model Jerry Hall watched the march.')).toEqual(['Jerry Hall']);
  });

  it('ends a name in a title-case heading before a verb the article writes in lower case', () => {
    const text = 'Ten voices\n\n2\n\nOdalys Varga Described Her First Week In The Capital.\n\nDuring an interview in August, the singer was asked about the move and described it as hard. Varga confirmed it had been and said, “The city never once asked who I was.”';
    expect(speakersOf(text)).toEqual(['Odalys Varga']);
    const people = new MentionTable(docFromText(text), []).entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Odalys Varga']);
  });
});

