/**
 * Sentence segmentation that survives abbreviations (U.S., Dr., Jan.), initials (J. R. R.),
 * ellipses, decimals ($1.8 billion) and quotations (a closing quote after the period stays
 * with its sentence). Offsets are exact indices into the analysis text.
 */
import type { Block, Sentence, Span } from './types.ts';

/** Titles before a name: a period after them never ends a sentence. */
const TITLES = new Set(
  'mr mrs ms mx dr prof sen sens rep reps gov gen col lt sgt capt cpt maj st ste rev hon pres supt insp det cmdr adm brig fr mt ft messrs mme mlle sr jr cllr amb atty gov supt cpl pvt mgr no nos vol fig figs art sec ch para pp p op'.split(' '),
);
/** Abbreviations that can end a sentence, but usually do not. */
const ABBREVIATIONS = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun inc ltd co corp bros plc llc vs etc approx est dept univ assn govt intl natl min max al ave blvd rd ct hwy km kg lb lbs oz cm mm ft sq yr yrs mo mos hr hrs'.split(' '),
);
/** Words that commonly start a sentence: after "U.S." or "Inc." they mark a sentence break. */
const STARTERS = new Set(
  'the a an he she it they we i you his her its their our this that these those there here but and or so yet still however meanwhile in on at as after before while when if although though since because for with by from to what who why how where mr mrs ms dr not no one some many most all both each'.split(' '),
);

const TERMINATORS = /[.!?…]/;
const CLOSERS = /["”’'»)\]]/;

/** Sentences of one block, as spans of `text`. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  let quoteDepth = 0;
  let i = sentenceStart;
  while (i < end) {
    const ch = text[i] as string;
    if (ch === '“' || ch === '«') quoteDepth++;
    else if ((ch === '”' || ch === '»') && quoteDepth > 0) quoteDepth--;
    else if (ch === '"') quoteDepth = quoteDepth > 0 && !/[\s(\[]/.test(text[i - 1] ?? ' ') ? quoteDepth - 1 : quoteDepth + (/[\s(\[]/.test(text[i - 1] ?? ' ') ? 1 : 0);
    if (!TERMINATORS.test(ch)) {
      i++;
      continue;
    }
    const termStart = i;
    while (i < end && TERMINATORS.test(text[i] as string)) i++;
    const terms = text.slice(termStart, i);
    while (i < end && CLOSERS.test(text[i] as string)) {
      const c = text[i] as string;
      if (c === '”' || c === '»' || (c === '"' && quoteDepth > 0)) quoteDepth = Math.max(0, quoteDepth - 1);
      i++;
    }
    const sentenceEnd = i;
    if (i < end && !/\s/.test(text[i] as string)) continue; // "$1.8", "comes…the", "U.S.-Russia"
    const next = skipSpace(text, i, end);
    if (next >= end) break;
    if (!isBreak(text, termStart, terms, next, quoteDepth)) continue;
    spans.push({ text: text.slice(sentenceStart, sentenceEnd), start: sentenceStart, end: sentenceEnd });
    sentenceStart = next;
    i = next;
  }
  const tailEnd = trimEnd(text, sentenceStart, end);
  if (tailEnd > sentenceStart) spans.push({ text: text.slice(sentenceStart, tailEnd), start: sentenceStart, end: tailEnd });
  return spans;
}

/** Decides whether the terminator at `termStart` ends a sentence, given the next word at `next`. */
function isBreak(text: string, termStart: number, terms: string, next: number, quoteDepth: number): boolean {
  const nextChar = text[next] as string;
  const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(next, next + 30))?.[0] ?? '';
  // The next sentence starts with a capital, a digit, an opening quote or bracket, or a letter without case.
  const startsSentence = /[\p{Lu}\p{N}"“‘'(\[«¿¡]/u.test(nextChar) || (/\p{L}/u.test(nextChar) && nextChar.toLowerCase() === nextChar.toUpperCase());
  if (!startsSentence) return false;
  const isEllipsis = terms.includes('…') || terms.includes('...');
  if (isEllipsis) return quoteDepth === 0 && /^\p{Lu}/u.test(nextChar);
  if (terms !== '.') return true;
  const before = /[\p{L}\p{N}.'’-]*$/u.exec(text.slice(Math.max(0, termStart - 20), termStart))?.[0] ?? '';
  const word = before.replace(/^.*[^\p{L}.]/u, '');
  const lower = word.toLowerCase();
  if (word === '') return true;
  if (TITLES.has(lower)) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. R. R. Tolkien", "George W. Bush"
  const starter = STARTERS.has(nextWord.toLowerCase()) && /^\p{Lu}/u.test(nextWord);
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)) return starter; // "U.S", "a.m", "e.g", "Ph.D"
  if (ABBREVIATIONS.has(lower)) return starter && !/^\p{N}/u.test(nextChar);
  return true;
}

/** Index of the first non-space character at or after `i`. */
function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i] as string)) i++;
  return i;
}

/** Index after the last non-space character before `end`. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

/** Sentences of all blocks, numbered in reading order. */
export function segmentBlocks(text: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((b, block) => {
    for (const s of splitSentences(text, b.start, b.end)) sentences.push({ ...s, block, index: sentences.length });
  });
  return sentences;
}
