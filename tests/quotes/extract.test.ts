import { describe, expect, it } from 'vitest';
import { docFromText } from '../helpers/doc.ts';
import { extractQuotes } from '../../src/pipeline/quotes.ts';

const quotes = (text: string) => extractQuotes(docFromText(text));
const texts = (text: string) => quotes(text).map((q) => q.text);

describe('quote marks', () => {
  it('reads curly and straight double marks', () => {
    expect(texts('“We will rebuild the bridge,” the mayor said. "It will take a year," she added.')).toEqual(['We will rebuild the bridge,', 'It will take a year,']);
  });

  it('accepts a quote that opens straight and closes curly', () => {
    expect(texts('"We will open the school in May, of course,” the minister said.')).toEqual(['We will open the school in May, of course,']);
  });

  it('reads single marks and tells them from apostrophes', () => {
    const text = "The students' union said the council's plan was ‘a disgrace to the city’ and that it won’t back the 90's rules. 'We will fight it,' Zelenskiy’s aide said.";
    expect(texts(text)).toEqual(['a disgrace to the city', 'We will fight it,']);
  });

  it('reads guillemets and doubled marks', () => {
    expect(texts('«Nous resterons ici», a-t-il dit. He added: ““We will stay here.””')).toEqual(['Nous resterons ici', 'We will stay here.']);
  });

  it('keeps a nested quote inside its outer quote', () => {
    const q = quotes('“He told me ‘we are done with this deal’ and left the room,” Ms. Carter said.');
    expect(q.map((x) => x.text)).toEqual(['He told me ‘we are done with this deal’ and left the room,']);
  });

  it('joins a quote that runs over several paragraphs', () => {
    const text = '“The first thing we did was close the roads.\n\n“Then we moved the families out of the valley.\n\n“Nobody was hurt,” the fire chief said.';
    const q = quotes(text);
    expect(q.map((x) => x.text)).toEqual(['The first thing we did was close the roads.', 'Then we moved the families out of the valley.', 'Nobody was hurt,']);
    expect(q[0]?.continues).toBeDefined();
    expect(new Set(q.map((x) => x.continues)).size).toBe(1);
  });

  it('never lets a missing closing mark swallow the next paragraph', () => {
    const text = 'The mayor said: “We will rebuild the bridge by spring.\n\nThe council meets on Monday to vote on the budget.';
    const q = quotes(text);
    expect(q).toHaveLength(1);
    expect(q[0]?.text).toBe('We will rebuild the bridge by spring.');
    expect(q[0]?.continues).toBeUndefined();
  });

  it('reads a "Quote:" label without marks as a direct quote', () => {
    const text = 'Zelensky spoke in his evening address.\n\nQuote: We will not give up a single village.';
    const q = quotes(text);
    expect(q.map((x) => [x.text, x.kind])).toEqual([['We will not give up a single village.', 'direct']]);
  });

  it('records bracketed insertions and ellipses', () => {
    const q = quotes('“Everything he (the president) is doing … bespeaks a man who wants war [in the region],” the spokesman said.');
    expect(q[0]?.insertions.map((i) => i.text)).toEqual(['(the president)', '[in the region]']);
    expect(q[0]?.ellipsis).toBe(true);
  });

  it('returns offsets whose slice is the quote text', () => {
    const text = 'Intro line.\n\n“Prices will rise again next year,” the economist said.';
    for (const q of quotes(text)) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('quote kinds', () => {
  const kinds = (text: string) => quotes(text).map((q) => [q.text, q.kind]);

  it('tells direct quotes from partial ones', () => {
    expect(kinds('The spokesman said there was “absolutely zero indication that he is willing to talk” about peace.')).toEqual([['absolutely zero indication that he is willing to talk', 'partial']]);
    expect(kinds('The governor said, “We are ready for the storm.”')).toEqual([['We are ready for the storm.', 'direct']]);
    expect(kinds('“We are ready for the storm,” the governor said.')).toEqual([['We are ready for the storm,', 'direct']]);
  });

  it('treats scare quotes, short mentions and titles as terms', () => {
    expect(kinds('Moscow calls the invasion a “special military operation” and denies it is a “war”.')).toEqual([
      ['special military operation', 'term'],
      ['war', 'term'],
    ]);
    expect(kinds('He blamed what he called a “rigged” election for the loss and claimed he had won.')).toEqual([['rigged', 'term']]);
    expect(kinds('She was a guest on “Meet the Press” last Sunday.')).toEqual([['Meet the Press', 'term']]);
  });

  it('keeps a short quote reported with a speech cue as partial', () => {
    expect(kinds('The Kremlin said the West was ignoring “Russia’s concerns.”')).toEqual([['Russia’s concerns.', 'partial']]);
  });
});
