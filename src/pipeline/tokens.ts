/**
 * Word tokens, stems and shingles shared by the coverage stages (stories, variants, framing, align).
 * Deliberately light: the same crude stem on both sides of a comparison is all that matters.
 */

/** A word of the text with its offsets. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lowercased, possessive dropped, diacritics folded. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*(?:['’][\p{L}]+)*/gu;

/** Common English function words; they carry no topic. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having he ' +
    'her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not ' +
    'now of off on once only or other our ours ourselves out over own same she should so some such than that the ' +
    'their theirs them themselves then there these they this those through to too under until up very was we were ' +
    'what when where which while who whom why will with would you your yours yourself yourselves ' +
    'said says say told tell according since while however meanwhile would one ago last first us' +
    ' mr mrs ms dr also even still yet much many may might must shall well'
  ).split(' '),
);

/** Lowercase, fold diacritics and curly apostrophes, drop a possessive `'s`. */
export function normalizeWord(word: string): string {
  // Fast path: plain ASCII words need no Unicode folding.
  if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/'$/, '');
}

/** Every word of `text` with offsets (`$1.8` gives `1.8`; `Zelenskiy’s` gives `zelenskiy`). */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  // One regex reused with exec: matchAll would copy it for every call (thousands per article).
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const start = base + m.index;
    out.push({ text: m[0], norm: normalizeWord(m[0]), start, end: start + m[0].length });
  }
  return out;
}

const VOWEL = /[aeiouy]/;

// Stems already made: an article's words repeat, and so do a corpus's (cleared when it grows large).
const stems = new Map<string, string>();

/** A crude English stem: inflection, a few derivations, final e/y; `negotiations` and `negotiating` meet. */
export function stem(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    if (stems.size >= 100_000) stems.clear();
    known = stemOf(word);
    stems.set(word, known);
  }
  return known;
}

function stemOf(word: string): string {
  let w = normalizeWord(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const rest = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && rest.length >= 3 && VOWEL.test(rest)) {
      w = /([^aeiouylsz])\1$/.test(rest) ? rest.slice(0, -1) : rest;
      break;
    }
  }
  if (w.endsWith('ational')) w = `${w.slice(0, -7)}ate`;
  else if (w.endsWith('ation') && w.length > 7) w = `${w.slice(0, -5)}ate`;
  else if (w.endsWith('ness') && w.length > 7) w = w.slice(0, -4);
  else if (w.endsWith('ment') && w.length > 8) w = w.slice(0, -4);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}

/** True for a word that carries meaning (not a function word, not a lone letter). */
export function isContentWord(norm: string): boolean {
  return !STOPWORDS.has(norm) && (norm.length > 1 || /\d/.test(norm));
}

/** Stems of the content words of `text` (whose `tokens` may be given), in order. */
export function contentStems(text: string, tokens: readonly Token[] = tokenize(text)): string[] {
  return tokens
    .filter((t) => isContentWord(t.norm))
    .map((t) => stem(t.norm));
}

/** Word k-shingles (joined by a space) of a token list. */
export function shingles(words: readonly string[], k: number): string[] {
  if (words.length < k) return words.length > 0 ? [words.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + k <= words.length; i++) out.push(words.slice(i, i + k).join(' '));
  return out;
}

/** Size of the intersection of two sets. */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Share of the smaller set found in the larger one (0 when either is empty). */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const min = Math.min(a.size, b.size);
  return min === 0 ? 0 : overlap(a, b) / min;
}

/** A URL-safe slug of a name (`Vladimir Putin` → `vladimir-putin`). */
export function slug(name: string): string {
  return normalizeWord(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Regex source matching `phrase` (no word boundaries), tolerant of spacing and curly apostrophes. */
export function phraseBody(phrase: string): string {
  const words = phrase
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
  return words.join('[\\s-]+');
}

/** Regex source matching any of `phrases` as whole words (longest first). */
export function phrasePattern(...phrases: string[]): string {
  const bodies = [...phrases].sort((x, y) => y.length - x.length).map(phraseBody);
  return `(?<![\\p{L}\\p{N}])(?:${bodies.join('|')})(?![\\p{L}\\p{N}])`;
}
