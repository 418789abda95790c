import type { ArticleDoc } from './types.ts';
import { STOPWORDS, tokenize, type Token } from './tokens.ts';

/** A run of capitalised words ("White House spokesman John Kirby" gives "White House", "John Kirby"). */
export interface EntityMention {
  text: string;
  /** Folded key: lowercase, diacritics dropped, Zelenskiy/Zelenskyy/Zelensky meet. */
  key: string;
  start: number;
  end: number;
}

const CONNECTORS = new Set(['of', 'the', 'de', 'al', 'von', 'van', 'bin']);
// Capitalised words that are not names in news prose (titles are kept apart so "President Joe Biden" gives "Joe Biden").
const NOT_NAMES = new Set([
  'president', 'prime', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'press', 'adviser', 'advisor',
  'head', 'office', 'former', 'general', 'chancellor', 'senator', 'governor', 'mr', 'mrs', 'ms', 'dr', 'sir', 'leader',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'photo', 'read', 'more', 'also', 'advertisement',
]);

// Names already folded: an article names the same people again and again (cleared when it grows large).
const folded = new Map<string, string>();

/** Folds spelling variants of a name so transliterations meet (`Zelenskiy` → `zelensky`). */
export function foldName(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    if (folded.size >= 100_000) folded.clear();
    key = foldOf(name);
    folded.set(name, key);
  }
  return key;
}

function foldOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/(?:iy|yy|ii)\b/g, 'y')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Capitalised word runs of `text` (whose `tokens` may be given) that look like names; sentence-initial common words are dropped. */
export function findEntities(text: string, base = 0, tokens: readonly Token[] = tokenize(text)): EntityMention[] {
  const initial = tokens.map((t, i) => i === 0 || /[.!?:;"“”]\s*$|\n/.test(text.slice(tokens[i - 1]!.end, t.start)) || /["“‘]\s*$/.test(text.slice(tokens[i - 1]!.end, t.start)));
  // Words the text capitalises mid-sentence are names; a capital at a sentence start proves nothing.
  const midCapitals = new Set(tokens.filter((t, i) => !initial[i] && isCapitalised(t.text)).map((t) => t.norm));
  const out: EntityMention[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length > 0 && CONNECTORS.has(run.at(-1)!.norm)) run.pop();
    if (run.length > 0) {
      const first = run[0]!;
      const last = run.at(-1)!;
      const raw = text.slice(first.start, last.end);
      out.push({ text: raw, key: foldName(raw), start: base + first.start, end: base + last.end });
    }
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const gap = i === 0 ? '' : text.slice(tokens[i - 1]!.end, t.start);
    const joins = run.length > 0 && /^\s+$/.test(gap) && !initial[i];
    const name = isCapitalised(t.text) && !NOT_NAMES.has(t.norm) && !STOPWORDS.has(t.norm) && t.norm.length > 1;
    const nextIsName = tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1]!.text) && !NOT_NAMES.has(tokens[i + 1]!.norm);
    if (name && joins) run.push(t);
    else if (joins && CONNECTORS.has(t.norm)) run.push(t);
    else {
      flush();
      if (name && (!initial[i] || midCapitals.has(t.norm) || nextIsName)) run.push(t);
    }
  }
  flush();
  return out;
}

/** Entity mentions of an article's body and headline (body offsets point into `doc.text`); `blockTokens[i]`: block i's tokens, if made. */
export function articleEntities(doc: ArticleDoc, blockTokens: readonly (readonly Token[])[] = []): EntityMention[] {
  const out: EntityMention[] = [];
  doc.blocks.forEach((b, i) => out.push(...findEntities(b.text, b.start, blockTokens[i])));
  return out;
}

/** Keys an entity contributes as features: the whole run and, for multi-word runs, its last word (a surname). */
export function entityKeys(e: EntityMention): string[] {
  const words = e.key.split(' ').filter((w) => !CONNECTORS.has(w));
  if (words.length <= 1) return [e.key];
  return [e.key, words.at(-1)!];
}
