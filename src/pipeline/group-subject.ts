/** Groups of people as the subject of a participle cue: "Hundreds of demonstrators marched …, chanting “…”". */
import { wordsOf, type Word } from './context.ts';
import { PLURAL_ROLES } from './names.ts';
import { cueBase, isBetweenWord } from './cues.ts';
import { descriptionSpeaker, resolvePhrase, type Resolved } from './subjects.ts';
import { isFiniteVerb, spanOf, type Ctx, type Found } from './attribute-context.ts';

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

/** A chant or shouts named right before the quote ("chants of “…”", "the caustic chant “…”", "shouts of"). */
const CHANT_NOUN = /\b(?:chants?|shouts|cries)(?:\s+of)?\s*[,:]?\s*$/iu;

/** Words that may stand before a group subject inside a sentence ("…, and at one point the crowd reprised"). */
const BEFORE_SUBJECT = new Set(['point', 'then', 'later', 'soon', 'again', 'when', 'as', 'where', 'while', 'after', 'until']);

/**
 * A chant named right before the quote, by the group that is the subject of the verb before it: "Ruiz supporters
 * responded with chants of “…”", "at one point the crowd loudly reprised the caustic chant “…”". Not when someone
 * else makes the group chant ("Hale roused the crowd to chants of “…”": the crowd is no subject there).
 */
export function groupChant(c: Ctx): Found | null {
  const lead = c.text.slice(c.beforeStart, c.o.open);
  if (/[“”"«»]/.test(lead) || !CHANT_NOUN.test(lead)) return null;
  const ws = wordsOf(lead, c.beforeStart, 60);
  // the verb whose object holds the chant: the nearest finite verb before it, past adverbs ("loudly reprised")
  const v = ws.findLastIndex((w) => isFiniteVerb(w) && !/^(?:chants?|shouts|cries)$/.test(w.lower));
  if (v < 1 || ws.slice(v + 1).some((w) => cueBase(w.text) !== null && !/^(?:chants?|shouts|cries)$/.test(w.lower) || c.table.mentions.some((m) => m.start === w.start))) return null;
  let end = v - 1;
  while (end > 0 && (isBetweenWord((ws[end] as Word).text) || /^\p{Ll}+ly$/u.test((ws[end] as Word).text))) end--;
  for (let from = end; from >= Math.max(0, end - 3); from--) {
    const before = ws[from - 1];
    const gap = before ? c.text.slice(before.end, (ws[from] as Word).start) : '';
    // the group opens the sentence, follows a comma or a word that may stand before a subject; never "and" (a list)
    if (before && !gap.includes(',') && !BEFORE_SUBJECT.has(before.lower)) continue;
    const first = ws[from] as Word;
    const last = ws[end] as Word;
    const res = groupAt(c, ws.slice(0, v + 1), from) ?? (/^(?:the|a|an|some|many)$/.test(first.lower) ? descriptionSpeaker(c.text, first.start, last.end, c.table) : null);
    if (!res || !c.table.entities[res.entity]?.plural) return null;
    return { res: { ...res, confidence: Math.min(res.confidence, 0.7) }, cue: spanOf(c.text, (ws[v] as Word).start, (ws[v] as Word).end), rule: 'group-chant' };
  }
  return null;
}
