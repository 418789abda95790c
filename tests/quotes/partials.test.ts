import { describe, expect, it } from 'vitest';
import { attribute, speakersOf } from '../helpers/attribute.ts';
import { clauseVerbAt } from '../../src/pipeline/clause-verbs.ts';
import { wordsOf } from '../../src/pipeline/context.ts';

/** The clause verb that governs a quote opening at the end of `lead`, read at the word `verb`. */
const verbOf = (lead: string, verb: string): string | null => {
  const ws = wordsOf(lead);
  return clauseVerbAt(lead, ws, ws.findIndex((w) => w.text === verb), lead.length);
};

describe('a partial quote in the clause of a communication verb', () => {
  it('takes the subject of likened … to “…” after an appositive', () => {
    const text = 'The river authority published its new rules on Monday.\n\nOne critic, Marta Velasquez, likened the rules to “handing the valley to the developers” in a letter to the board.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Marta Velasquez', rule: 'cue-before:clause-verb', cue: 'likened' });
  });

  it('takes compared … to a goalkeeper who is “…”, and the next fragment of the sentence', () => {
    const text = 'The two finalists meet on Friday.\n\nDerek Onslow, who teaches rhetoric at Halford College, compared the challenger to a goalkeeper who is “wasting time on every goal kick” so that “the other side loses its nerve.”';
    expect(speakersOf(text)).toEqual(['Derek Onslow', 'Derek Onslow']);
  });

  it('reads a speech word after a possessive as a noun: denounced Ortega’s remarks as “…”', () => {
    const text = 'Harbor\n\nPresident Luc Marchand of Belmont spoke on Monday.\n\nMarchand denounced Ortega’s remarks as “cruel and careless” and spoke of the damage.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Luc Marchand', rule: 'cue-before:clause-verb', cue: 'denounced' });
  });

  it('takes dismissed the report as “…”: the subject labels the document', () => {
    const text = 'The audit office released its findings on Tuesday.\n\nSenator Ben Carrow dismissed the report as “a partisan hit job with no facts in it.”';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Ben Carrow', rule: 'cue-before:clause-verb', cue: 'dismissed' });
  });

  it('takes condemned “…”, blamed the “…”, referred to … as “…” and defended … as “…”', () => {
    const text = [
      'A bomb went off near the market in Velm on Sunday.',
      'Prime Minister Ilse Vandermeer condemned “a cowardly act against people at the market.”',
      'Governor Rosa Quint blamed the “chaos of the first hours” for the slow response.',
      'Mayor Piet Aldous referred to the volunteers as “the best of our city.”',
      'Police chief Hanna Brook defended her officers as “brave and well trained.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Ilse Vandermeer', 'Rosa Quint', 'Piet Aldous', 'Hanna Brook']);
  });

  it('takes a participle after the subject: Name, citing “…”, said …', () => {
    const text = 'The campaign laid out its plans for the autumn.\n\nMr. Calloway, citing “the strength of our field teams,” said the race could be won in three states.';
    expect(attribute(text)[0]).toMatchObject({ speaker: 'Calloway', cue: 'citing' });
  });

  it('takes the person the surname named at that point of the article', () => {
    const text = [
      'Maria Delgado won four states on Tuesday.',
      'Delgado condemned the council for “selling the harbour cheaply” to a shipping firm.',
      'Her husband, Tomas Delgado, spoke at a school in Lisbon.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Maria Delgado']);
  });
});

describe('the subject of a speech or clause verb before a partial quote', () => {
  it('reads is pledging to “…” as the subject’s verb, not a participle, past an appositive', () => {
    const text = [
      'The results came in after midnight.',
      'Ana Ruiz, fresh from a win in the northern districts, is pledging to “take every seat on the coast” next week.',
      'Now Dana Whitfield, a first-time candidate, is promising to hold “a street party in every ward” after the vote.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Dana Whitfield']);
  });

  it('takes the named subject of an absolute participle: …, with Name noting “…”', () => {
    const text = [
      'Both candidates spoke about the dock strike on Tuesday.',
      'Both blamed the ministry for the delays at the port, with Olsen noting the cost of keeping “twelve cranes idle for a whole month” last winter.',
      'The two rivals agree on little else, with Hollis recently promising to “sell the ministry building to the highest bidder.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Olsen', 'Hollis']);
  });

  it('does not take part of a longer name after with', () => {
    const text = 'Nurses unions backed the governor early, with the Northern Federation of Teachers calling her “a friend of every classroom in the state.”\n\nThe Federation of Teachers endorsed her rival, Teachers said.';
    expect(attribute(text)[0]?.rule).not.toBe('cue-before:with-participle');
  });

  it('takes the person a relative `who` refers to: Name, who VERB … “…”', () => {
    const text = [
      'The council voted on Tuesday night.',
      'The vote drew a sharp reaction from Mayor Lena Fisk, who called the plan “unfit for a city of this size” in a statement.',
      'The loss was steep for Mr. Dorsey, who said he intended to “rest and take a day off” before the runoff.',
    ].join('\n\n');
    expect(attribute(text).map((q) => [q.speaker, q.source])).toEqual([['Lena Fisk', 'who'], ['Dorsey', 'who']]);
  });

  it('does not take a relative `who` after something that is not a person', () => {
    const text = 'The council voted on Tuesday night.\n\nThe plan drew criticism from residents across the city, who said it would “ruin the waterfront for a generation.”';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('takes a `who` whose verb comes after a time phrase, a parenthetical or a dash', () => {
    const text = [
      'The rally ended late.',
      'Dale Harlan, who has in the last year described the governor as “a reckless gambler with the pension fund,” wanted the crowd to agree.',
      'Next came the Ledger’s night editor Carl Brenner, who, after a long feud with Mr. Dunn about the zoning map, said on a radio show that “the council now only listens to itself.”',
      'Mayor Tom Hale - who previously said he would “shut down every one of those yards” - spoke on Saturday.',
    ].join('\n\n');
    expect(attribute(text).map((q) => [q.speaker, q.source])).toEqual([['Dale Harlan', 'who'], ['Carl Brenner', 'who'], ['Tom Hale', 'who']]);
  });

  it('takes a `who` after a name the table may not list, a place after `of`, a middle initial or a description', () => {
    const text = [
      'The inquiry went on for a year.',
      'Among the replies was this tweet from Rikka Vells who tweeted, “The mayor never pays attention to the rules.”',
      'Rivals such as Sen. Carla Munro of Ohio, who mused in Thursday’s debate that Hale was “unfit to command the fleet,” pounced.',
      'Any deal would need Attorney General Ruth E. Kessler,  who told the panel when asked in March about the audit: “Career staff will handle that file.”',
      'In Lima, Hale endured a lecture from the Peruvian president, who said that the pact has been good for “both of our countries as well as their workers.”',
    ].join('\n\n');
    expect(attribute(text).map((q) => [q.speaker, q.source])).toEqual([['Rikka Vells', 'who'], ['Carla Munro', 'who'], ['Ruth E. Kessler', 'who'], ['peruvian president', 'who']]);
  });

  it('does not take a `who` after one unlisted word, an indefinite description, or a quote outside its clause', () => {
    const text = [
      'The council voted on Tuesday night.',
      'Conservatives who agree that the bridge should be closed were irritated by the plan, with one aide calling it “a menu of excuses.”',
      'The crowd applauded a nominee who has asked for “a whole lot more” police on the waterfront.',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual([null, null]);
  });

  it('takes the person named before `of` and a place', () => {
    const text = [
      'Leaders across Europe sent condolences on Monday.',
      'Chancellor Greta Lindqvist of Sweden condemned “a cowardly act against people at the market.”',
      'Senator Tom Udall of New Mexico said the attack was “an assault on all of us.”',
    ].join('\n\n');
    expect(speakersOf(text)).toEqual(['Greta Lindqvist', 'Tom Udall']);
  });
});

describe('a quote that is not in the clause verb’s own clause', () => {
  it('does not take a passive subject', () => {
    const text = 'The plan was published on Monday.\n\nThe plan was dismissed as “a partisan hit job with no facts” by the opposition.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not take the subject when the quote belongs to a report it cites', () => {
    const text = 'The hearing lasted four hours.\n\nSenator Ann Cole cited a report that “the river will flood every spring for a decade.”';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not take the subject across a relative clause about a named person', () => {
    const text = 'The council met on Monday.\n\nAna Ruiz compared the plan to Mayor Tom Hale, who wants to “build the bridge twice over.”';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('leaves the quote to the speaker who comes in between', () => {
    const text = 'The council met on Monday.\n\nAna Ruiz condemned the council after Tom Hale said it would “build the bridge twice over.”';
    expect(speakersOf(text)).toEqual(['Tom Hale']);
  });

  it('leaves a clause verb inside another speaker’s report to that speaker', () => {
    const text = 'The interview turned to health care.\n\nWhen Kay Maddox pointed out that Ana Ruiz refers to the plan as “care for every family,” Holt seized on the phrase.';
    expect(speakersOf(text)).toEqual(['Kay Maddox']);
  });

  it('does not give a lone surname to the relative whose gender the reflexive contradicts', () => {
    const text = [
      'Mayor Paul Fisk won the primary in May.',
      'His wife, Lena Fisk, runs the hardware store on Main Street.',
      'When the topic comes up at rallies, Fisk routinely describes herself as the “only builder in a race of talkers.”',
    ].join('\n\n');
    // the lone surname is the mayor (the main person; his wife is named once, as an appositive): the reflexive says otherwise
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not attribute a quote whose marks are mismatched (it runs into the reporter’s text)', () => {
    const text = 'The race began in June.\n\nWhen Ana Ruiz announced her run, she pointedly referred to the council members as “lazy” and “careless“ while calling for a new vote. A week later, she met the mayor at the harbour office.';
    expect(attribute(text).filter((q) => q.kind !== 'term').map((q) => q.speaker)).toEqual([null]);
  });

  it('does not read compared to “…” without an object as a subject comparing', () => {
    const text = 'Delay compared to “stalling for time in the final minutes” by the coach.\n\nThe final is on Friday.';
    expect(speakersOf(text)).toEqual([null]);
  });

  it('does not read referred to “…” without as', () => {
    const text = 'The council met on Monday.\n\nAna Ruiz referred to the “long and painful process of the last year” twice.';
    expect(attribute(text)[0]?.rule).not.toBe('cue-before:clause-verb');
  });
});

describe('clauseVerbAt', () => {
  it('reads the verb when the quote is its object or complement', () => {
    expect(verbOf('Ana Ruiz likened the rules to ', 'likened')).toBe('liken');
    expect(verbOf('Ana Ruiz condemned his remark as ', 'condemned')).toBe('condemn');
    expect(verbOf('Ana Ruiz threatened to ', 'threatened')).toBe('threaten');
  });

  it('rejects a remark or a text the quote belongs to, a possessive, a passive and another speech verb', () => {
    expect(verbOf('Ana Ruiz condemned his remark that ', 'condemned')).toBeNull();
    expect(verbOf('Ana Ruiz cited a poll showing that ', 'cited')).toBeNull();
    expect(verbOf('Ana Ruiz condemned Hale’s ', 'condemned')).toBeNull();
    expect(verbOf('The plan was dismissed as ', 'dismissed')).toBeNull();
    expect(verbOf('Ana Ruiz condemned the council after Hale said it would ', 'condemned')).toBeNull();
    expect(verbOf('Ana Ruiz condemned the council, which wants to ', 'condemned')).toBeNull();
  });

  it('is not a verb with a capital or far from the quote', () => {
    expect(verbOf('Condemned ', 'Condemned')).toBeNull();
    expect(verbOf('Ana Ruiz condemned the plan of the council for the new bridge over the river in the east of the city as ', 'condemned')).toBeNull();
  });
});

describe('a two-word quote closed by its comma before a cue and its subject', () => {
  it('is a partial quote of the speaker named there, and the next quote continues from it', () => {
    const text = 'Harbor plan\n\nRep. Tom Hale of Dover said on Thursday he is most worried about the mayor’s temper. Yet the mayor is also a “change agent,” Hale said. “Voters are hungry for that this year, so she may be the right fit.”';
    const qs = attribute(text);
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['partial', 'Tom Hale'], ['direct', 'Tom Hale']]);
  });

  it('reads an inverted cue the same way', () => {
    const text = 'Harbor plan\n\nThe ferry fare rose again on Monday. This is a “hard season,” said Ana Ruiz, a dock worker. “Nobody here can pay it.”';
    expect(speakersOf(text)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('stays a term before a participle with its object or a title before a sentence’s subject', () => {
    const text = 'Harbor plan\n\nThe harbor trust would not discuss “that person,” telling Channel 4 that it was focused on the ferry. On the show “Harbor Watch,” Ana Ruiz said the fares were too high.';
    expect(attribute(text).map((q) => q.kind)).toEqual(['term', 'term']);
  });
});

describe('one capitalised word opening its sentence before its cue', () => {
  it('is spoken, and the next quote continues from its speaker', () => {
    const text = 'Harbor plan\n\nFerry workers met in Dover on Friday to talk about the strike.\n\n“Safety,” said Mona Grimm, a ferry worker and a Paul Ortega supporter. “Safety for the whole town, everybody.”';
    expect(attribute(text).map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Mona Grimm'], ['direct', 'Mona Grimm']]);
  });

  it('stays a term inside the reporter’s sentence', () => {
    const text = 'Harbor plan\n\nThe mayor refused to use the word “Strike,” Ruiz said on Friday.';
    expect(attribute(text)[0]?.kind).toBe('term');
  });
});
