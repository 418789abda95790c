import type { AlignedSentence, DiffPart, PairAlignment } from './framing.ts';

/** A row of a compare page: aligned sentences, or a sentence only one side has. */
export interface CompareRow {
  kind: 'aligned' | 'only-a' | 'only-b';
  a: AlignedSentence[];
  b: AlignedSentence[];
  diff: DiffPart[];
  identical: boolean;
  reordered: boolean;
}

const first = (s: AlignedSentence[]): number => Math.min(...s.map((x) => x.index));

/**
 * Rows in A's reading order; a sentence only B has goes after the row holding B's sentence just
 * before it, so both columns read top to bottom as their outlets wrote them.
 */
export function compareRows(pair: PairAlignment): CompareRow[] {
  const rows: CompareRow[] = pair.pairs.map((p) => ({ kind: 'aligned', a: p.a, b: p.b, diff: p.diff, identical: p.identical, reordered: p.reordered }));
  for (const s of pair.onlyA) rows.push({ kind: 'only-a', a: [s], b: [], diff: [], identical: false, reordered: false });
  rows.sort((x, y) => first(x.a) - first(y.a));
  for (const s of [...pair.onlyB].sort((x, y) => x.index - y.index)) {
    let at = 0;
    for (let i = 0; i < rows.length; i += 1) {
      const row = rows[i]!;
      if (row.b.length > 0 && first(row.b) < s.index && !row.reordered) at = i + 1;
    }
    rows.splice(at, 0, { kind: 'only-b', a: [], b: [s], diff: [], identical: false, reordered: false });
  }
  return rows;
}

/** Most compare pages built per story; beyond it, each article keeps its closest partners. */
export const MAX_PAIRS_PER_STORY = 300;

const bounded = new WeakMap<PairAlignment[], Map<number, PairAlignment[]>>();

/**
 * The pairs that get a compare page. A story of n articles has n(n-1)/2 pairs; up to
 * MAX_PAIRS_PER_STORY all are built; past that, each article keeps the partners it shares most
 * sentences with, so every article stays comparable and the site grows linearly.
 */
export function boundPairs(pairs: PairAlignment[], limit = MAX_PAIRS_PER_STORY): PairAlignment[] {
  if (pairs.length <= limit) return pairs;
  // Every article and compare page of a large story asks again: bound each story's pairs once.
  let byLimit = bounded.get(pairs);
  if (byLimit === undefined) bounded.set(pairs, (byLimit = new Map()));
  const known = byLimit.get(limit);
  if (known !== undefined) return known;
  const byArticle = new Map<string, PairAlignment[]>();
  const add = (id: string, p: PairAlignment) => {
    const list = byArticle.get(id) ?? [];
    list.push(p);
    byArticle.set(id, list);
  };
  for (const p of pairs) {
    add(p.a, p);
    if (p.b !== p.a) add(p.b, p);
  }
  const perArticle = Math.max(1, Math.floor((2 * limit) / Math.max(1, byArticle.size)));
  const keep = new Set<PairAlignment>();
  for (const list of byArticle.values()) {
    list.sort((x, y) => y.shared - x.shared || x.url.localeCompare(y.url))
      .slice(0, perArticle)
      .forEach((p) => keep.add(p));
  }
  const kept = pairs.filter((p) => keep.has(p));
  byLimit.set(limit, kept);
  return kept;
}
