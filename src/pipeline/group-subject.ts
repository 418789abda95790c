/** Groups of people as the subject of a participle cue: "Hundreds of demonstrators marched …, chanting “…”". */
import { wordsOf, type Word } from './context.ts';
import { PLURAL_ROLES } from './names.ts';
import { resolvePhrase, type Resolved } from './subjects.ts';
import { isFiniteVerb, type Ctx } from './attribute-context.ts';

/** A quantity before a group ("hundreds of", "about 50", "small groups of"). */
const QUANTITY = /^(?:(?:about|nearly|roughly|around|some|more than|over|at least|almost|up to)\s+)?(?:\d[\d,]*|hundreds|dozens|thousands|scores|several|many|(?:small |large )?(?:groups|crowds|bands) of)(?:\s+of)?\s+/iu;

/** Auxiliaries between a group and its verb ("had gathered", "were marching"). */
const AUXILIARIES = new Set(['had', 'have', 'has', 'were', 'would', 'will', 'could', 'did', 'also', 'then', 'later', 'again', 'first', 'still']);

/** Words that open a clause after the main one, whose subject does the participle that ends it ("…, where protesters gathered, chanting"). */
const CLAUSE_OPENERS = new Set(['where', 'when', 'as', 'while', 'after', 'before', 'until', 'because', 'since']);

/**
 * A group of people opening `from` and followed by its verb ("Hundreds of pro-Ruiz demonstrators marched",
 * "about 50 protesters had gathered", "Harbor protesters interrupted"): an unnamed group speaker, or null.
 */
function groupAt(c: Ctx, ws: Word[], from: number): Resolved | null {
  const first = ws[from];
  if (!first) return null;
  const rest = c.text.slice(first.start, (ws[ws.length - 1] as Word).end);
  const q = QUANTITY.exec(rest);
  const skip = q ? wordsOf(q[0]).length : 0;
  // the head: a plural role within three modifiers, then an auxiliary or the verb
  for (let h = from + skip; h < Math.min(ws.length - 1, from + skip + 4); h++) {
    const w = ws[h] as Word;
    if (!/^[\p{L}-]+$/u.test(w.text) || /[,;:—–()“”"]/.test(c.text.slice((ws[h - 1] ?? w).end, w.start))) return null;
    if (!PLURAL_ROLES.has(w.lower)) continue;
    // without a quantity only a plain group: "protesters", "Harbor protesters", never "The …" (a definite description)
    if (!q && (h - from > 1 || /^(?:the|a|an)$/i.test(first.text))) return null;
    let v = h + 1;
    while (AUXILIARIES.has(ws[v]?.lower ?? '') && v < h + 3) v++;
    const verb = ws[v];
    if (!verb || !isFiniteVerb(verb) || /[,;:—–()“”"]/.test(c.text.slice(w.end, verb.start))) return null;
    const res = resolvePhrase(c.text, first.start, w.end, c.table, c.sal);
    if (!res || res.how !== 'role') return null;
    return { ...res, confidence: Math.min(res.confidence, 0.75) };
  }
  return null;
}

/** A group opening the sentence as the subject of a participle cue ("Hundreds of demonstrators marched …, chanting"). */
export function groupSubject(c: Ctx, sentStart: number, limit: number): Resolved | null {
  const ws = wordsOf(c.text.slice(sentStart, limit), sentStart, 30);
  // "In August, several groups granted …": past a short fronted phrase
  const comma = ws.findIndex((w, k) => k > 0 && k <= 5 && c.text.slice((ws[k - 1] as Word).end, w.start).includes(','));
  return groupAt(c, ws, ['and', 'but', 'then'].includes(ws[0]?.lower ?? '') ? 1 : 0) ?? (comma > 0 ? groupAt(c, ws, comma) : null);
}

/**
 * The group opening a clause after the main one that the participle ends ("Ruiz spoke near the plant, where about 50
 * protesters had gathered, chanting “…”", "when union protesters interrupted her, shouting “…”"), or null.
 */
export function clauseSubject(c: Ctx, sentStart: number, limit: number): Resolved | null {
  const ws = wordsOf(c.text.slice(sentStart, limit), sentStart, 60);
  for (let j = ws.length - 2; j >= 1; j--) {
    const w = ws[j] as Word;
    // only the participle's comma after the clause; another break means the clause closed before it
    if (/[,;:—–()“”"]/.test(c.text.slice(w.end, (ws[j + 1] as Word).start)) && j + 1 < ws.length - 1) return null;
    if (!CLAUSE_OPENERS.has(w.lower) || /^\p{Lu}/u.test(w.text)) continue;
    // "as well as", "such as", "as a result": no clause of its own
    if (w.lower === 'as' && ['such', 'well', 'just', 'so'].includes(ws[j - 1]?.lower ?? '')) return null;
    return groupAt(c, ws, j + 1);
  }
  return null;
}
