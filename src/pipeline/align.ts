import type { Lexicons } from '../schemas/lexicons.ts';
import type { CorpusQuote } from './corpus.ts';
import { findTerms, type TermHit } from './lexicon-match.ts';
import { isContentWord, stem, tokenize } from './tokens.ts';
import type { ArticleDoc, Sentence } from './types.ts';
import { wordDiff, type DiffPart } from './variants.ts';

/**
 * Sentence alignment of two articles of a story: which sentences report the same thing, how the
 * wording differs, and what only one of them has. Similarity is a cosine over content-word stems,
 * weighted by how rare each stem is in the two articles; a monotone dynamic programme prefers
 * reading order and allows one sentence to match two; a second pass pairs reordered sentences.
 */

/** A sentence as the comparison page shows it. */
export interface AlignedSentence {
  index: number;
  text: string;
  start: number;
  end: number;
  /** Paragraph anchor (`p-3`). */
  anchor: string | null;
}

/** Sentences of A and B that report the same thing. */
export interface AlignmentPair {
  kind: 'one-to-one' | 'one-to-two' | 'two-to-one';
  a: AlignedSentence[];
  b: AlignedSentence[];
  /** Weighted cosine of the content words, 0..1. */
  score: number;
  /** Matched against reading order (found by the second pass). */
  reordered: boolean;
  /** Same words apart from case, spacing and punctuation. */
  identical: boolean;
  /** Word diff from A's text to B's. */
  diff: DiffPart[];
}

/** Contested-term rivalry between the two articles: the same group, different words. */
export interface TermDifference {
  group: string;
  label: string;
  /** Outlet's own words only (hits inside quotes are left out). */
  a: TermHit[];
  b: TermHit[];
}

export interface AlignmentSummary {
  shared: number;
  onlyA: number;
  onlyB: number;
  /** Speakers quoted in one article but not the other; null when quotes were not given. */
  speakers: { onlyA: string[]; onlyB: string[]; both: string[] } | null;
  /** Term groups where the outlets' words differ; null when lexicons were not given. */
  terms: TermDifference[] | null;
}

export interface Alignment {
  a: string;
  b: string;
  pairs: AlignmentPair[];
  onlyA: AlignedSentence[];
  onlyB: AlignedSentence[];
  summary: AlignmentSummary;
}

/** Optional context: the articles' quotes (for speakers) and the lexicons (for contested terms). */
export interface AlignOptions {
  quotesA?: readonly CorpusQuote[];
  quotesB?: readonly CorpusQuote[];
  lexicons?: Lexicons;
}

/** Tuning, exported for docs and tests. */
export const ALIGN_SETTINGS = {
  /** A pair in reading order counts when its similarity beats this. */
  threshold: 0.2,
  /** A pair against reading order needs more. */
  reorderThreshold: 0.25,
  /** In a one-to-two match each of the two sentences must bring at least this similarity on its own. */
  partShare: 0.12,
} as const;

type Vector = Map<string, number>;

// A doc's content stems are the same in every pair it is aligned in: tokenised once.
const stemsOf = new WeakMap<readonly Sentence[], string[][]>();

function sentenceStems(list: readonly Sentence[]): string[][] {
  let bags = stemsOf.get(list);
  if (bags === undefined) stemsOf.set(list, (bags = list.map((s) => tokenize(s.text).filter((t) => isContentWord(t.norm)).map((t) => stem(t.norm)))));
  return bags;
}

function vectors(sentences: readonly Sentence[][]): Vector[][] {
  const bags = sentences.map(sentenceStems);
  const df = new Map<string, number>();
  let total = 0;
  for (const list of bags) {
    for (const bag of list) {
      total++;
      for (const w of new Set(bag)) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  // Stems found in many sentences of the two articles ("Putin", "war") weigh less.
  return bags.map((list) => list.map((bag) => new Map([...new Set(bag)].map((w) => [w, Math.log(1 + total / df.get(w)!)]))));
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Weighted share of the lighter sentence's words found in the other: one sentence may cover a part of a longer one. */
function cover(a: Vector, b: Vector): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const [w, x] of a) {
    wa += x;
    if (b.has(w)) shared += x;
  }
  for (const y of b.values()) wb += y;
  const lighter = Math.min(wa, wb);
  return lighter === 0 ? 0 : shared / lighter;
}

function merge(a: Vector, b: Vector): Vector {
  const out = new Map(a);
  for (const [w, x] of b) out.set(w, Math.max(out.get(w) ?? 0, x));
  return out;
}

function shown(doc: ArticleDoc, s: Sentence): AlignedSentence {
  return { index: s.index, text: s.text, start: s.start, end: s.end, anchor: doc.blocks[s.block]?.anchor ?? null };
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string): string => tokenize(s).map((t) => t.norm).join(' ');
  return norm(a) === norm(b);
}

type Step = { kind: 'skipA' | 'skipB' | '1-1' | '1-2' | '2-1'; gain: number };

/** Aligns the sentences of two articles and summarises what differs. */
export function alignArticles(a: ArticleDoc, b: ArticleDoc, options: AlignOptions = {}): Alignment {
  const { pairs, onlyA, onlyB } = alignedSentences(a, b);
  return {
    a: a.id,
    b: b.id,
    pairs,
    onlyA,
    onlyB,
    summary: {
      shared: pairs.length,
      onlyA: onlyA.length,
      onlyB: onlyB.length,
      speakers: compareSpeakers(options),
      terms: options.lexicons === undefined ? null : compareTerms(a, b, options),
    },
  };
}

type SentenceAlignment = Pick<Alignment, 'pairs' | 'onlyA' | 'onlyB'>;
// The data set and the story framing both align a story's pairs: the sentence work is done once per pair of docs.
const aligned = new WeakMap<ArticleDoc, WeakMap<ArticleDoc, SentenceAlignment>>();

function alignedSentences(a: ArticleDoc, b: ArticleDoc): SentenceAlignment {
  let withA = aligned.get(a);
  if (withA === undefined) aligned.set(a, (withA = new WeakMap()));
  let result = withA.get(b);
  if (result === undefined) withA.set(b, (result = alignSentences(a, b)));
  return result;
}

function alignSentences(a: ArticleDoc, b: ArticleDoc): SentenceAlignment {
  const sa = a.sentences;
  const sb = b.sentences;
  const [va, vb] = vectors([sa, sb]) as [Vector[], Vector[]];
  const n = sa.length;
  const m = sb.length;
  // Every similarity is needed several times (DP, one-to-two checks, second pass): computed once.
  const sims = new Float64Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) sims[i * m + j] = cosine(va[i]!, vb[j]!);
  const sim = (i: number, j: number): number => sims[i * m + j]!;
  // Two consecutive sentences as one bag, built once per position rather than once per DP cell.
  const pairA = va.map((v, i) => (i > 0 ? merge(va[i - 1]!, v) : v));
  const pairB = vb.map((v, j) => (j > 0 ? merge(vb[j - 1]!, v) : v));
  const bar = ALIGN_SETTINGS.threshold;

  // Monotone DP: best total gain (similarity above the bar) over prefixes.
  const score = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  const step: Step['kind'][][] = Array.from({ length: n + 1 }, () => new Array<Step['kind']>(m + 1).fill('skipA'));
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      const moves: Step[] = [];
      if (i > 0) moves.push({ kind: 'skipA', gain: score[i - 1]![j]! });
      if (j > 0) moves.push({ kind: 'skipB', gain: score[i]![j - 1]! });
      if (i > 0 && j > 0) {
        const s = sim(i - 1, j - 1);
        if (s >= bar) moves.push({ kind: '1-1', gain: score[i - 1]![j - 1]! + s - bar });
      }
      if (i > 0 && j > 1 && sim(i - 1, j - 2) >= ALIGN_SETTINGS.partShare && sim(i - 1, j - 1) >= ALIGN_SETTINGS.partShare) {
        const s = cosine(va[i - 1]!, pairB[j - 1]!);
        if (s >= bar) moves.push({ kind: '1-2', gain: score[i - 1]![j - 2]! + 2 * (s - bar) });
      }
      if (i > 1 && j > 0 && sim(i - 2, j - 1) >= ALIGN_SETTINGS.partShare && sim(i - 1, j - 1) >= ALIGN_SETTINGS.partShare) {
        const s = cosine(pairA[i - 1]!, vb[j - 1]!);
        if (s >= bar) moves.push({ kind: '2-1', gain: score[i - 2]![j - 1]! + 2 * (s - bar) });
      }
      const best = moves.reduce((x, y) => (y.gain > x.gain + 1e-12 ? y : x));
      score[i]![j] = best.gain;
      step[i]![j] = best.kind;
    }
  }

  const pairs: AlignmentPair[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pair = (ia: number[], ib: number[], s: number, reordered: boolean): void => {
    for (const x of ia) usedA.add(x);
    for (const y of ib) usedB.add(y);
    const ta = ia.map((x) => sa[x]!.text).join(' ');
    const tb = ib.map((y) => sb[y]!.text).join(' ');
    pairs.push({
      kind: ia.length === 2 ? 'two-to-one' : ib.length === 2 ? 'one-to-two' : 'one-to-one',
      a: ia.map((x) => shown(a, sa[x]!)),
      b: ib.map((y) => shown(b, sb[y]!)),
      score: Math.round(s * 1000) / 1000,
      reordered,
      identical: sameWords(ta, tb),
      diff: wordDiff(ta, tb),
    });
  };
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const kind = step[i]![j]!;
    if (kind === 'skipA') i--;
    else if (kind === 'skipB') j--;
    else if (kind === '1-1') {
      pair([i - 1], [j - 1], sim(i - 1, j - 1), false);
      i--;
      j--;
    } else if (kind === '1-2') {
      pair([i - 1], [j - 2, j - 1], cosine(va[i - 1]!, pairB[j - 1]!), false);
      i--;
      j -= 2;
    } else {
      pair([i - 2, i - 1], [j - 1], cosine(pairA[i - 1]!, vb[j - 1]!), false);
      i -= 2;
      j--;
    }
  }

  // Second pass: sentences the order left out pair up against reading order, or join a
  // one-to-one pair as its second sentence ("Biden's condition" told in two places of A).
  const rest: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (usedA.has(i) && usedB.has(j)) continue;
      const s = sim(i, j);
      if (s >= ALIGN_SETTINGS.reorderThreshold) rest.push([i, j, s]);
    }
  }
  rest.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  for (const [i, j, s] of rest) {
    if (!usedA.has(i) && !usedB.has(j)) {
      pair([i], [j], s, true);
      continue;
    }
    // Both sentences already paired elsewhere: nothing left to merge them with.
    if (usedA.has(i) && usedB.has(j)) continue;
    const host = usedA.has(i) ? pairs.find((p) => p.a.some((x) => x.index === sa[i]!.index)) : pairs.find((p) => p.b.some((y) => y.index === sb[j]!.index));
    if (host === undefined || host.kind !== 'one-to-one') continue;
    const ia = usedA.has(i) ? [i] : [i, host.a[0]!.index].map((k) => sa.findIndex((x) => x.index === k));
    const ib = usedB.has(j) ? [j] : [j, host.b[0]!.index].map((k) => sb.findIndex((x) => x.index === k));
    ia.sort((x, y) => x - y);
    ib.sort((x, y) => x - y);
    pairs.splice(pairs.indexOf(host), 1);
    const merged = ia.length === 2 ? cosine(merge(va[ia[0]!]!, va[ia[1]!]!), vb[ib[0]!]!) : cosine(va[ia[0]!]!, merge(vb[ib[0]!]!, vb[ib[1]!]!));
    pair(ia, ib, merged, true);
  }

  pairs.sort((x, y) => x.a[0]!.index - y.a[0]!.index);
  const onlyA = sa.filter((_, i) => !usedA.has(i)).map((s) => shown(a, s));
  const onlyB = sb.filter((_, j) => !usedB.has(j)).map((s) => shown(b, s));
  return { pairs, onlyA, onlyB };
}

function compareSpeakers(options: AlignOptions): AlignmentSummary['speakers'] {
  if (options.quotesA === undefined || options.quotesB === undefined) return null;
  const names = (quotes: readonly CorpusQuote[]): Set<string> =>
    new Set(quotes.filter((q) => q.kind !== 'term').flatMap((q) => (q.speakerId === null ? [] : [q.speakerId])));
  const x = names(options.quotesA);
  const y = names(options.quotesB);
  return {
    onlyA: [...x].filter((s) => !y.has(s)).sort(),
    onlyB: [...y].filter((s) => !x.has(s)).sort(),
    both: [...x].filter((s) => y.has(s)).sort(),
  };
}

function compareTerms(a: ArticleDoc, b: ArticleDoc, options: AlignOptions): TermDifference[] {
  const lexicons = options.lexicons!;
  const ha = findTerms(a, lexicons, options.quotesA).filter((h) => !h.inQuote);
  const hb = findTerms(b, lexicons, options.quotesB).filter((h) => !h.inQuote);
  const out: TermDifference[] = [];
  for (const group of lexicons.terms.groups) {
    const ga = ha.filter((h) => h.group === group.id);
    const gb = hb.filter((h) => h.group === group.id);
    const ta = new Set(ga.map((h) => h.term));
    const tb = new Set(gb.map((h) => h.term));
    const differ = [...ta].some((t) => !tb.has(t)) || [...tb].some((t) => !ta.has(t));
    if (differ && (ga.length > 0 || gb.length > 0)) out.push({ group: group.id, label: group.label, a: ga, b: gb });
  }
  return out;
}
