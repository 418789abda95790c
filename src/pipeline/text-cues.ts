/**
 * Small text predicates shared by the reading rules: terminal punctuation, capitalisation,
 * word counts. Structural cues, no outlet-specific strings.
 */

/** Words too small to count for title case ("of", "the" …). */
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on onto or over per the to up upon via vs with without is are was be its it his her their our my'.split(' '),
);

// One pass, no per-word test: a whole whitespace-delimited run that holds a letter or a digit.
const WORD_RUN = /(?<!\S)\S*[\p{L}\p{N}]\S*/gu;

// The line rules ask for the words of the same lines many times over (two thirds of the calls repeat a text).
const wordsCache = new Map<string, readonly string[]>();

/** Words of a line: runs separated by whitespace that contain a letter or a digit. */
export function words(text: string): readonly string[] {
  let out = wordsCache.get(text);
  if (out === undefined) {
    if (wordsCache.size >= 4096) wordsCache.clear();
    out = Object.freeze(text.match(WORD_RUN) ?? []);
    wordsCache.set(text, out);
  }
  return out;
}

/** How many words `words(text)` would give, counted without building them (for whole articles). */
export function countWords(text: string): number {
  let n = 0;
  let inRun = false;
  let hasWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (hasWordChar) n++;
      inRun = false;
      hasWordChar = false;
      continue;
    }
    inRun = true;
    if (hasWordChar) continue;
    if (code < 0x80) hasWordChar = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
    else {
      const point = text.codePointAt(i) ?? code;
      hasWordChar = WORD_CHAR.test(String.fromCodePoint(point));
      if (point > 0xffff) i++;
    }
  }
  return inRun && hasWordChar ? n + 1 : n;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True for the UTF-16 code units JavaScript's `\s` matches. */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when the text ends like a sentence: . ! ? … optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?…]["”’'»)\]]*\s*$/.test(text);
}

/** True when the text ends with a colon, semicolon or comma (an unfinished line). */
export function endsOpen(text: string): boolean {
  return /[:;,–—-]\s*$/.test(text);
}

/** True when the text starts with a lower-case letter (after an opening quote or bracket, if any). */
export function startsLower(text: string): boolean {
  return /^["“‘'(\[]?\p{Ll}/u.test(text.trimStart());
}

/** True when the text starts with an upper-case letter, a digit, or an opening quote/bracket followed by one. */
export function startsUpper(text: string): boolean {
  return /^["“‘'(\[]?[\p{Lu}\p{N}]/u.test(text.trimStart());
}

/** True when the text starts with a quotation mark. */
export function startsWithQuote(text: string): boolean {
  return /^["“‘'«„]/.test(text.trimStart());
}

/** Share of significant words that start with a capital letter or a digit (0 when there are none). */
export function titleCaseRatio(text: string): number {
  const ws = words(text)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w, i) => w !== '' && (i === 0 || !SMALL_WORDS.has(w.toLowerCase())));
  if (ws.length === 0) return 0;
  const caps = ws.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return caps / ws.length;
}

/** True when the text reads like running prose: long enough and ends like a sentence. */
export function isProse(text: string): boolean {
  const n = words(text).length;
  return (n >= 10 && endsSentence(text)) || n >= 25;
}

/** True when a line is short and has no sentence punctuation: a label, a heading, a tag. */
export function isLabelLike(text: string, maxWords = 14): boolean {
  const n = words(text).length;
  return n >= 1 && n <= maxWords && text.length <= 120 && !endsSentence(text) && !endsOpen(text);
}
