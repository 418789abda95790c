/**
 * What the attribution rules share: the quote in its sentence window (`Ctx`), what a rule found (`Found`), the word
 * tables of subjects and cues, and the phrase readers around a cue verb (`leftPhrase`, `rightPhrase`).
 */
import type { ArticleDoc, QuoteSpan, Span } from './types.ts';
import { cueBase, isCognition, isBetweenWord, OBJECT_VERBS, particleCue } from './cues.ts';
import { wordsOf, type Word } from './context.ts';
import type { MentionTable } from './mentions.ts';
import { descriptionSpeaker, type Resolved, type Salience } from './subjects.ts';
import { TITLE_WORDS } from './names.ts';

/** A quote with the positions of its marks. */
export interface Outer {
  q: QuoteSpan;
  /** Start of the opening mark (or of the quote when unmarked). */
  open: number;
  /** End of the closing mark (or of the quote). */
  closeEnd: number;
  /** True when a closing mark was found. */
  closed: boolean;
}

/** Word forms that end a subject phrase when walking left from a cue verb. */
export const CLAUSE_STOP = new Set([
  'that', 'and', 'but', 'as', 'while', 'when', 'after', 'before', 'because', 'which', 'who', 'whom', 'where', 'if',
  'so', 'than', 'though', 'although', 'since', 'until', 'whether', 'or', 'nor', 'then', 'what', 'how', 'why',
  'also', 'yet', 'once', 'even',
]);

/** Words that end a speaker phrase after an inverted cue ("said Putin in an interview"). */
export const RIGHT_STOP = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'who', 'which', 'that', 'as', 'last', 'this',
  'and', 'told', 'yesterday', 'today', 'earlier', 'later', 'recently', 'adding', 'saying', 'noting', 'via', 'but',
  'because', 'since', 'referring', 'speaking', 'writing', 'asked', 'tuesday', 'monday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'through', 'via', 'about', 'with', 'by', 'over', 'of',
]);

/** Punctuation or a dash between two words: a break in the phrase being read. */
export const BREAK = /[,;:.!?()\[\]“”"«»—–―]|(?:^|\s)--?(?:\s|$)/;

/** What a rule found: the speaker it resolved, the cue it read and the rule's name. */
export interface Found {
  res: Resolved;
  cue: Span | null;
  rule: string;
}

/** Cue words that are also nouns for what someone said or wrote ("a Friday tweet", "a CNN interview"). */
export const CUE_NOUNS = new Set(['tweet', 'post', 'comment', 'remark', 'report', 'interview', 'statement', 'release', 'speech', 'address']);

/** Determiners that make the next word a noun, not a verb ("the report", "his reply"). */
export const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'our', 'my']);

/** The span of `text` from `a` to `b`. */
export const spanOf = (text: string, a: number, b: number): Span => ({ text: text.slice(a, b), start: a, end: b });

/** Index of the last element before `i` that passes `test`, or -1. */
export function lastIndexBefore<T>(xs: T[], i: number, test: (x: T) => boolean): number {
  for (let k = i - 1; k >= 0; k--) if (test(xs[k] as T)) return k;
  return -1;
}

/**
 * True when a quote is a title closing an appositive, its comma inside the marks (`Ana Ruiz, star of “Harbor Lights,”
 * said`, or between commas: `a contestant on the show, “Big Board,” who …`): words in title case after a word that is no cue, then the sentence going on in lower case. The rules read
 * across it as across a term.
 */
export function appositiveTitle(text: string, o: Outer): boolean {
  const inner = o.q.text;
  const ws = wordsOf(inner);
  if (o.q.kind !== 'partial' && o.q.kind !== 'direct' || !/,$/.test(inner) || ws.length > 8 || !ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w.text) || i > 0 && TITLE_SMALL.test(w.lower))) return false;
  // a title set off by commas too ("a contestant on the show, “The Big Board,” who …"), read as a direct quote
  const before = (o.q.kind === 'direct' ? /(\p{Ll}[\p{L}’']*),\s+$/u : /([\p{L}’']+)\s+$/u).exec(text.slice(Math.max(0, o.open - 40), o.open));
  return !!before && cueBase(before[1] ?? '') === null && /^\s+\p{Ll}/u.test(text.slice(o.closeEnd, o.closeEnd + 3));
}

/** Small words a title writes in lower case ("Planet of the Apes"). */
const TITLE_SMALL = /^(?:a|an|the|of|and|in|on|to|for|at|by|or|with|from|is|as)$/;

/** A quote in its sentence window, with the previous quote of its paragraph and what was found for it. */
export interface Ctx {
  text: string;
  table: MentionTable;
  sal: Salience;
  doc: ArticleDoc;
  o: Outer;
  beforeStart: number;
  afterEnd: number;
  prevSame: Outer | undefined;
  prevFound: Found | null;
  prevEnd: number;
  /** `continues` of the previous quote, when it has one (a piece of the same multi-paragraph quote shares it). */
  prevPiece?: number;
}

/** A description right next to a speech cue after the quote ("a voter said", "said one protester"), as an unnamed speaker. */
export function adjacentDescription(c: Ctx, phrase: Span, base: string): Resolved | null {
  if (base === 'read' || OBJECT_VERBS.has(base) || isCognition(base)) return null;
  return descriptionSpeaker(c.text, phrase.start, phrase.end, c.table);
}

/** The base of a two-word cue ending at `ws[k]` ("shot back"); "went on" only before a break ("went on, as if …"). */
export function particleAt(text: string, ws: Word[], k: number): string | null {
  const prev = ws[k - 1];
  const w = ws[k] as Word;
  if (!prev || BREAK.test(text.slice(prev.end, w.start))) return null;
  const base = particleCue(prev.text, w.text);
  const next = ws[k + 1];
  if (base === 'continue' && next && !BREAK.test(text.slice(w.end, next.start))) return null;
  return base;
}

/** "read"/"reads" report words only for a document subject ("the sign read", "read the email"). */
export const readCue = (w: Word): string | null => (w.lower === 'read' || w.lower === 'reads' ? 'read' : null);

/** Keep a resolution after "read" only when it is a document. */
export const onlyDocument = (base: string, res: Resolved | null): Resolved | null => (base === 'read' && res?.how !== 'document' && !res?.document ? null : res);

/** The speaker phrase after an inverted cue: words up to punctuation or a stop word. */
export function rightPhrase(text: string, ws: Word[], from: number): Span | null {
  const first = ws[from];
  if (!first) return null;
  let end = first.end;
  for (let k = from + 1; k < ws.length && k < from + 10; k++) {
    const w = ws[k] as Word;
    const prev = ws[k - 1] as Word;
    // a capitalised cue word is part of a title or a name ("Secretary of State Ana Ortiz"), not a new verb
    // (a cue word after `of` is a noun: "said former secretary of state Ana Ruiz")
    if (BREAK.test(text.slice(prev.end, w.start)) || RIGHT_STOP.has(w.lower) && !['of', 'to'].includes(w.lower) || cueBase(w.text) && !/^\p{Lu}/u.test(w.text) && prev.lower !== 'of') break;
    // "said Ana Ruiz of the port authority", "wrote Ana Ruiz for the Gazette": after a personal name, "of" starts where
    // she is from and "for" whom she writes, not a role complement
    if ((w.lower === 'of' || w.lower === 'for') && namedBefore(ws.slice(from, k))) break;
    // "of"/"to" join a role complement only ("an adviser to the president")
    end = w.end;
  }
  return spanOf(text, first.start, end);
}

/** True when words end in a personal name of two or more capitalised words that are not titles ("Sen. Tom Udall"). */
export function namedBefore(ws: Word[]): boolean {
  let n = 0;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i] as Word;
    if (!/^\p{Lu}\p{Ll}/u.test(w.text) && !/^\p{Lu}\.$/u.test(w.text) || TITLE_WORDS.has(w.lower)) break;
    n++;
  }
  // lower-case modifiers may open it ("former Gov. Bill Ray", "Democratic presidential candidate Ana Ruiz"), not a phrase
  // that names someone else ("the wife of Sen. Tom Udall")
  return n >= 2 && ws.slice(0, ws.length - n).every((w) => /^\p{Lu}/u.test(w.text) || /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !NOT_MODIFIER.has(w.lower));
}

/** Words that make the words before a name more than its modifiers (a preposition, a determiner other than `the`, a clause word). */
const NOT_MODIFIER = new Set(['of', 'for', 'to', 'with', 'at', 'in', 'on', 'by', 'from', 'and', 'or', 'but', 'a', 'an', 'his', 'her', 'their', 'its', 'who', 'that', 'which', 'said', 'says']);

/** Words of a time phrase news writing puts between a subject and its verb ("Fisk on Thursday said", "later Thursday told", "last week said"). */
const TIME_BETWEEN = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'night', 'morning', 'afternoon', 'evening', 'late', 'early', 'last', 'this', 'week', 'month', 'year', 'however', 'now']);

/** The subject phrase left of a cue verb, or the reason it is empty. */
export function leftPhrase(text: string, ws: Word[], verb: number, floor: number, afterComma = false): { span: Span | null; stop: string } {
  let k = verb - 1;
  while (k >= 0 && isBetweenWord((ws[k] as Word).text)) k--;
  // "who spoke … to speak candidly, said": an adverb before a comma ends the clause before it, it is not the verb's
  if (k >= 0 && k < verb - 1 && /ly$/.test((ws[verb - 1] as Word).lower) && BREAK.test(text.slice((ws[verb - 1] as Word).end, (ws[verb] as Word).start))) k = verb - 1;
  let t = verb - 1;
  while (t >= 0 && (isBetweenWord((ws[t] as Word).text) || TIME_BETWEEN.has((ws[t] as Word).lower)) && !BREAK.test(text.slice((ws[t] as Word).end, (ws[t + 1] as Word).start))) t--;
  // only after a name or a clause word ("Fisk on Thursday said", "but now said"), not inside a document phrase ("the email sent on Tuesday night")
  if (t < k && t >= 0 && (/^\p{Lu}/u.test((ws[t] as Word).text) && !['by', 'from', 'of', 'to', 'with'].includes(ws[t - 1]?.lower ?? '') || CLAUSE_STOP.has((ws[t] as Word).lower))) k = t;
  if (k < 0) return { span: null, stop: 'start' };
  const last = ws[k] as Word;
  const gapAfter = text.slice(last.end, (ws[k + 1] as Word).start);
  if (BREAK.test(gapAfter) && !afterComma) return { span: null, stop: gapAfter.trim()[0] ?? ',' };
  let first: Word | null = null;
  let stop = 'start';
  for (let j = k; j >= 0; j--) {
    const w = ws[j] as Word;
    if (CLAUSE_STOP.has(w.lower) || (cueBase(w.text) && j !== k && !/^[A-Z]/.test(w.text))) {
      stop = w.lower;
      break;
    }
    if (j < k && BREAK.test(text.slice(w.end, (ws[j + 1] as Word).start))) {
      stop = ',';
      break;
    }
    first = w;
    if (k - j > 14) return { span: null, stop: 'long' };
  }
  if (!first || first.start < floor) return { span: null, stop };
  // "In 2010 she said", "Last year Ruiz told reporters": a time phrase opening the sentence without a comma is not the subject
  const from = ws.indexOf(first);
  const skip = from === 0 && /^\p{Lu}/u.test(first.text) ? afterFrontedTime(ws, from, k) : from;
  if (skip > from) first = ws[skip] as Word;
  return { span: spanOf(text, first.start, last.end), stop };
}

/** Words of a time phrase opening a subject phrase ("In March", "Last year", "On Tuesday night", "Earlier this week"). */
const TIME_OPENERS = new Set(['in', 'on', 'at', 'during', 'last', 'earlier', 'later', 'this', 'since']);
export const TIME_WORDS = /^(?:\d{1,4}s?|the|this|last|early|late|past|year|years|week|weeks|month|months|weekend|night|morning|afternoon|evening|day|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Index of the first word after a fronted time phrase at `from` (`from` itself when there is none), at most `k`. */
function afterFrontedTime(ws: Word[], from: number, k: number): number {
  const opener = ws[from];
  if (!opener || !TIME_OPENERS.has(opener.lower)) return from;
  const event = afterFrontedEvent(ws, from, k);
  if (event > from) return event;
  let j = from + (['in', 'on', 'at', 'during', 'since', 'earlier', 'later'].includes(opener.lower) ? 1 : 0);
  const timeStart = j;
  while (j < k && TIME_WORDS.test((ws[j] as Word).lower)) j++;
  // at least one time word, and a subject left before the verb
  return j > timeStart && j <= k && /[0-9]|[a-z]/i.test((ws[j - 1] as Word).text) && !['the', 'this', 'last'].includes((ws[j - 1] as Word).lower) ? j : from;
}

/** Nouns of an occasion for speaking that a fronted phrase may name ("In a radio interview Lane said", "At a rally Tuesday Ruiz told"). */
const EVENT_NOUNS = new Set(['interview', 'interviews', 'speech', 'address', 'appearance', 'statement', 'debate', 'rally', 'briefing', 'conference', 'hearing', 'meeting', 'op-ed', 'column', 'letter', 'email', 'post', 'tweet', 'video', 'podcast', 'broadcast', 'session', 'event', 'forum', 'call']);

/** Index of the capitalised word after a fronted occasion without a comma ("In a Bloomberg interview Trump"), else `from`. */
function afterFrontedEvent(ws: Word[], from: number, k: number): number {
  if (!['in', 'at', 'during'].includes(ws[from]?.lower ?? '') || !/^(?:a|an|the|his|her|their|its)$/.test(ws[from + 1]?.lower ?? '')) return from;
  for (let j = from + 2; j <= from + 6 && j < k; j++) {
    const w = ws[j] as Word;
    if (!EVENT_NOUNS.has(w.lower)) continue;
    // the noun must end the phrase: a time word may follow ("At a rally Tuesday Ruiz"), then the subject's capital
    let n = j + 1;
    while (n < k && TIME_WORDS.test((ws[n] as Word).lower) && /^\p{Lu}/u.test((ws[n] as Word).text)) n++;
    return n <= k && /^\p{Lu}/u.test((ws[n] as Word).text) ? n : from;
  }
  return from;
}

/** True when the verb ending at `from` has a `himself`/`herself` object that contradicts the subject's known gender ("Fiorina characterizes herself as …" is not Frank Fiorina). */
export function reflexiveClash(c: Ctx, entity: number, from: number): boolean {
  const gender = c.table.entities[entity]?.gender;
  const reflexive = /^\s+(?:\p{L}+\s+)?((?:him|her)self)\b/iu.exec(c.text.slice(from, c.o.open))?.[1]?.toLowerCase();
  return !!gender && !!reflexive && (reflexive === 'himself') !== (gender === 'male');
}

/** True when the quote's paragraph is written in title case, like a headline (its longer words all capitalised). */
export function titleCase(c: Ctx): boolean {
  const block = c.doc.blocks[c.o.q.block];
  return !!block && wordsOf(block.text).every((x) => x.text.length <= 3 || !/^\p{Ll}/u.test(x.text));
}

/** Subordinators that open a fronted clause ("When Hale suggested …, Weir said"). */
export const FRONTED = new Set(['when', 'after', 'before', 'while', 'because', 'since', 'although', 'though', 'once', 'until']);

/** Irregular past forms that may follow a speaking subject ("Trump took aim at …"). */
export const IRREGULAR_PAST = new Set(['took', 'gave', 'made', 'put', 'sent', 'held', 'led', 'hit', 'went', 'came', 'saw', 'felt', 'found', 'kept', 'brought', 'began', 'stood', 'won', 'set', 'drew', 'struck', 'threw', 'spoke', 'sang', 'swore', 'shot', 'fought', 'taught', 'meant', 'let', 'cast', 'sought',
  'broke', 'laid', 'rose', 'ran', 'sat', 'grew', 'fell', 'shook', 'wore', 'chose', 'paid', 'spent', 'stuck', 'swept', 'tore', 'withdrew', 'upheld', 'forgot', 'hung', 'bore', 'dealt', 'knew', 'heard', 'caught', 'lost', 'met']);

/** Words after a subject that make the sentence passive or a description, not something the subject says. */
export const NOT_SAYING = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'seems', 'seemed', 'became', 'becomes', 'remains', 'remained', 'looks', 'looked', 'appears', 'appeared', 'got', 'gets']);

/** True for a lower-case finite verb form: a cue, a past form or a third-person present ("issued", "told", "argues"). */
export const isFiniteVerb = (w: Word): boolean =>
  /^\p{Ll}/u.test(w.text) && !/ing$/.test(w.lower) && !NOT_SAYING.has(w.lower) && (cueBase(w.text) !== null || /(?:ed|[^s]s)$/.test(w.lower) || IRREGULAR_PAST.has(w.lower));
