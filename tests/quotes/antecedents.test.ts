import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';

describe('descriptions that rename the person the previous sentence is about', () => {
  it('follows "the Oregon senator" back to the subject named before, and "he" after it', () => {
    const text = 'Harbor vote\n\nSenator Walter Brandt is choosing not to answer the Pell campaign’s claims about his donors.\n\nInstead, the Oregon senator is sticking to his message on jobs.\n\n“We have come a long way since June,” he told supporters in Salem.';
    expect(speakersOf(text)).toEqual(['Walter Brandt']);
  });

  it('stays unclear when the sentence before names two people as subjects', () => {
    const text = 'Harbor vote\n\nWalter Brandt met Tom Pell in Salem on Monday.\n\nThe Oregon senator is sticking to his message on jobs.\n\n“We have come a long way since June,” he told supporters.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not give "the senator" to someone the article calls governor', () => {
    const text = 'Harbor vote\n\nGov. Walter Brandt toured the port in Salem on Monday.\n\nThe senator is sticking to his message on jobs.\n\n“We have come a long way since June,” he told supporters.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not rename someone with a description followed by a complement or a name', () => {
    const text = 'Harbor vote\n\nWalter Brandt toured the port in Salem on Monday.\n\nThe governor of the state is sticking to his message on jobs.\n\n“We have come a long way since June,” he told supporters.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('names and their neighbours', () => {
  it('finds a surname alone for a full name that ends in Jr.', () => {
    const text = 'Navy chief\n\nAdm. Wendell T. Marsh Jr., who leads the Atlantic fleet, spoke on Monday.\n\nAdmiral Marsh does not hide his bluntness, which has irritated the ministry.\n\n“There is a natural tension in the chain of command,” he said.';
    const [q] = attribute(text);
    expect(q?.speaker).toBe('Wendell T. Marsh Jr.');
    expect(q?.source).toBe('he');
  });

  it('reads "the Brandt campaign" as a modifier, not as Brandt speaking', () => {
    const text = 'Harbor vote\n\nWalter Brandt leads the polls in Salem.\n\nBut Brandt campaign chairman Oscar Pell said the candidate would win easily. “We think the message on jobs reaches every voter,” he said.';
    expect(speakersOf(text)).toEqual(['Oscar Pell']);
  });

  it('keeps the subject through a sentence whose other person is only a possessive', () => {
    const text = 'Trade talks\n\nMr. Tan said he saw no harm in Mr. Roe’s raising the steel question in the talks.\n\nBut he suggested that Mr. Roe had his eyes on critics back home. “They are under pressure at home,” he said.';
    expect(speakersOf(text)).toEqual(['Tan']);
  });

  it('reads "Still he …" as a subject pronoun that continues the chain', () => {
    const text = 'Plant closing\n\nBridging that gap means cutting costs, Mr. Dorsey told analysts on Monday.\n\nStill he rejected the notion that Mr. Kent had pushed for the move. “This was a really tough decision for all of us,” he said.';
    expect(speakersOf(text)).toEqual(['Dorsey']);
  });

  it('knows a name after an outlet possessive and a cue ("noted NBC’s Dale Pruett")', () => {
    const text = 'Debate week\n\nDebates rarely move the polls, noted NBC’s Dale Pruett.\n\n“By the time the rivals reach the podium most viewers have heard their lines many times,” he wrote.';
    expect(speakersOf(text)).toEqual(['Dale Pruett']);
  });

  it('gives no gender to a first name both men and women carry', () => {
    const text = 'Court fight\n\n“The rationale does not hold weight at all,” said Terry Vance, a widow from Ohio.\n\nShe continued, “All we are asking for is a day in court.”';
    expect(speakersOf(text)).toEqual(['Terry Vance', 'Terry Vance']);
  });

  it('stays unclear when a relative of the pronoun’s gender came after the person it would pick', () => {
    const text = 'Convention plans\n\nAna Ruiz won in Dover. Tom Devlin said the campaign wants open primaries.\n\nOn Tuesday, his wife pressed for a fair process. “Closing the doors on new voters is a mistake,” she said.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('gives the quote to that relative when the sentence names her in apposition as its subject', () => {
    const text = 'Convention plans\n\nAna Ruiz won in Dover. Tom Devlin said the campaign wants open primaries.\n\nOn Tuesday, his wife, Jane, pressed for a fair process. “Closing the doors on new voters is a mistake,” she said.';
    expect(speakersOf(text)).toEqual(['Jane']);
  });
});

describe('first names that make a person of a name and give it a gender', () => {
  it('follows "he" to a Martin named in a list, then by his surname with an appositive', () => {
    const text = 'Town hall\n\nAt a forum in Dayton, Democrats Nora Quill, Dale Fenner and Martin O’Dowd set out their plans.\n\nO’Dowd, the former mayor of Springfield, stressed his record on housing.\n\n“I know it is a hard fight, but I have always liked a hard fight,” he said.';
    expect(speakersOf(text)).toEqual(['Martin O’Dowd']);
  });

  it('follows "she" to a Kimberley named as the appositive of a role', () => {
    const text = 'Lobbying rules\n\nThe Harlow Group’s chief executive, Kimberley Vane, said the two firms had agreed that no filing was needed.\n\n“If counsel had said otherwise, we would have filed at once,” she said in a statement.';
    expect(speakersOf(text)).toEqual(['Kimberley Vane']);
  });

  it('does not give "she" to a Martin', () => {
    const text = 'Town hall\n\nMartin Okafor, the former mayor of Springfield, stressed his record on housing.\n\n“I know it is a hard fight,” she said.';
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('people who come between a pronoun and the person it would pick', () => {
  it('reads "Muslim Americans" as a people, not as a second person beside the subject', () => {
    const text = 'Debate night\n\nJohn Hadley said Saturday that letting families stay was not out of step with Muslim Americans. Polls show Americans agree.\n\nThe Ohio governor said he would not support mass deportation.\n\n“I could not imagine taking a mother out of her house,” he said.';
    expect(speakersOf(text)).toEqual(['John Hadley']);
  });

  it('stays unclear when an unnamed speaker ("One delegate said he …") came after the person it would pick', () => {
    const text = 'Party lines\n\nWalter Brandt spoke for an hour on Thursday.\n\nMany older members are already leaving, thanks to Brandt. One Ohio delegate said he offered his spare badges to neighbors. He could not find anyone who wanted them, he said. “Not even one,” he said.';
    expect(speakersOf(text)).toEqual([null]);
  });
});
