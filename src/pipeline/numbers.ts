import { isContentWord, stem, tokenize, type Token } from './tokens.ts';

/** A figure written in the text ("nearly $1.8 billion", "10 months", "three missiles"). */
export interface NumberMention {
  text: string;
  start: number;
  end: number;
  /** The value with its scale applied (`$1.8 billion` → 1800000000). */
  value: number;
  /** Normalised unit: `usd`, `eur`, `gbp`, `percent`, or the stem of the counted noun (`month`); `` when none. */
  unit: string;
  /** Hedge written before the figure (`nearly`, `more than`), or null. */
  qualifier: string | null;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12, dozens: 24, hundreds: 200, thousands: 2000,
};

// A word figure needs one of these words in the text: when none is there (and no non-ASCII letter a folded
// token could hide one behind), the token scan below can be skipped. A token never starts right after a letter.
const WORD_NUMBER_HINT = new RegExp(`(?<![A-Za-z])(?:${Object.keys(WORD_NUMBERS).join('|')})(?![A-Za-z0-9])`, 'i');
const NON_ASCII_WORD_CHAR = /(?=[^\x00-\x7F])[\p{L}\p{N}]/u;

const CURRENCY: Record<string, string> = { $: 'usd', us$: 'usd', usd: 'usd', '€': 'eur', eur: 'eur', '£': 'gbp', gbp: 'gbp' };

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

const QUALIFIERS = ['nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'over', 'more than', 'less than', 'fewer than', 'at least', 'up to', 'some', 'just over', 'just under'];
// Compiled once: every figure is checked against every hedge.
const QUALIFIER_ENDINGS = QUALIFIERS.map((q) => ({ q, re: new RegExp(`\\b${q}\\s*$`) }));

const FIGURE =
  /(US\$|\$|€|£|USD\s?|EUR\s?|GBP\s?)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(thousand|million|billion|trillion|mn|bn|tn|k|m|b)?(?![\p{L}\d])(\s?(?:%|percent|per cent))?/giu;

/** Figures in `text` (offsets relative to `base`; its `tokens` may be given); calendar years and days of dates are left out. */
export function findNumbers(text: string, base = 0, tokens?: readonly Token[]): NumberMention[] {
  const out: NumberMention[] = [];
  // One regex reused with exec: matchAll would copy it for every call (once per block and sentence).
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m !== null; m = FIGURE.exec(text)) {
    const index = m.index;
    const before = text.slice(Math.max(0, index - 12), index);
    if (/[\p{L}\d.,-]$/u.test(before) && !/[\s$€£(]$/u.test(before) && m[1] === undefined) continue;
    const integer = Number((m[2] ?? '0').replace(/,/g, ''));
    const value0 = m[3] === undefined ? integer : Number(`${integer}.${m[3]}`);
    const previousWord = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1] ?? '';
    const isYear = m[1] === undefined && m[3] === undefined && m[4] === undefined && /^\d{4}$/.test(m[2] ?? '') && integer >= 1900 && integer <= 2100;
    const nextWord = /^\s*([\p{L}]+)/u.exec(text.slice(index + m[0].length))?.[1] ?? '';
    // Days of dates ("January 31", "31 January") are date cues, not figures.
    if (isYear || (m[1] === undefined && (MONTHS.test(previousWord) || MONTHS.test(nextWord)))) continue;
    const scale = m[4] === undefined ? 1 : (SCALES[m[4].toLowerCase()] ?? 1);
    const currency = m[1] === undefined ? null : (CURRENCY[m[1].trim().toLowerCase()] ?? 'usd');
    const end = index + m[0].length;
    const unit = currency ?? (m[5] !== undefined ? 'percent' : nextNoun(text, end));
    out.push({ text: text.slice(index, end), start: base + index, end: base + end, value: value0 * scale, unit, qualifier: qualifierBefore(before) });
  }
  const wordFigures = WORD_NUMBER_HINT.test(text) || NON_ASCII_WORD_CHAR.test(text);
  for (const t of wordFigures ? (tokens ?? tokenize(text)) : []) {
    const value = WORD_NUMBERS[t.norm];
    if (value === undefined) continue;
    const unit = nextNoun(text, t.end);
    if (unit === '') continue; // "one way or another": only counted nouns make a figure
    out.push({ text: t.text, start: base + t.start, end: base + t.end, value, unit, qualifier: qualifierBefore(text.slice(Math.max(0, t.start - 12), t.start)) });
  }
  return out.sort((a, b) => a.start - b.start);
}

function nextNoun(text: string, from: number): string {
  const next = /^\s+([\p{L}]+)/u.exec(text.slice(from, from + 30))?.[1];
  if (next === undefined) return '';
  const norm = next.toLowerCase();
  return isContentWord(norm) && !MONTHS.test(norm) && !/^(and|or|to|of|in|per)$/.test(norm) ? stem(norm) : '';
}

function qualifierBefore(before: string): string | null {
  const lower = before.toLowerCase();
  for (const { q, re } of QUALIFIER_ENDINGS) if (re.test(lower)) return q;
  return null;
}
