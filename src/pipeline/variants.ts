import { diffWords } from 'diff';
import type { CorpusArticle, CorpusQuote } from './corpus.ts';
import type { StoryGroup } from './stories.ts';
import { containment, isContentWord, overlap, stem, tokenize } from './tokens.ts';

/**
 * Versions of the same utterance across the articles of a story: the same words trimmed,
 * translated or stitched differently ("alive and kicking" / "alive and well"). Pairs are only
 * compared inside a story, so cost follows story size, not corpus size.
 */

/** One piece of a word diff against the group's most complete version. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

export type VariantFlag = 'trimmed' | 'ellipsis-hides-words' | 'wording-differs' | 'different-speakers' | 'single-outlet';

/** One article's version of the utterance, with where to find it. */
export interface VariantVersion {
  quote: string;
  article: string;
  outlet: string | null;
  speakerId: string | null;
  speakerName: string | null;
  text: string;
  kind: CorpusQuote['kind'];
  start: number;
  end: number;
  /** Index of the sentence holding the quote's start, null when unknown. */
  sentence: number | null;
  /** Paragraph anchor (`p-3`). */
  anchor: string | null;
  /** Word diff from the most complete version to this one (empty for the complete version itself). */
  diff: DiffPart[];
  /** Similarity to the version it was matched with (1 for the complete version). */
  score: number;
  /** What this version changes against the most complete one. */
  changes: { trimmed: boolean; ellipsisHidesWords: boolean; wordingDiffers: boolean };
}

/** Versions of one utterance. */
export interface VariantGroup {
  /** Permanent: `variant-` + the id of the version in the smallest article id (first in the text). */
  id: string;
  story: string | null;
  /** Quote id of the most complete version (most words), the diff reference. */
  complete: string;
  versions: VariantVersion[];
  flags: VariantFlag[];
  /** Distinct speaker ids across versions (null speakers left out). */
  speakers: string[];
  articles: string[];
}

export interface VariantResult {
  /** Variant group id of every quote id. */
  groupOf: Record<string, string>;
  groups: VariantGroup[];
}

/** Tuning, exported for docs and tests. */
export const VARIANT_SETTINGS = {
  /** Minimum score for two quotes to be versions of each other. */
  threshold: 0.55,
  /** Bonus when both versions have the same registry speaker; penalty when both are known and differ. */
  sameSpeaker: 0.1,
  differentSpeaker: 0.15,
  /** Share of a piece's words that must be in the longer quote for it to count as part of it. */
  pieceShare: 0.6,
} as const;

interface Prepared {
  q: CorpusQuote;
  article: CorpusArticle;
  /** Stems of every word, in order (for the common subsequence). */
  seq: string[];
  /** Stems of content words. */
  content: Set<string>;
  /** Stems of the sentence around the quote, other quotes cut out. */
  context: Set<string>;
}

function prepare(article: CorpusArticle, q: CorpusQuote): Prepared {
  const tokens = tokenize(q.text);
  const seq = tokens.map((t) => stem(t.norm));
  const content = new Set(tokens.filter((t) => isContentWord(t.norm)).map((t) => stem(t.norm)));
  const { doc } = article;
  const around = doc.sentences.filter((s) => s.end > q.start && s.start < q.end);
  const context = new Set<string>();
  for (const s of around) {
    for (const t of tokenize(s.text, s.start)) {
      const quoted = article.quotes.some((o) => t.start >= o.start && t.end <= o.end);
      if (!quoted && isContentWord(t.norm)) context.add(stem(t.norm));
    }
  }
  return { q, article, seq, content, context };
}

/** A quote that is never scored against another (its article is alone in its story): no words read. */
function unscored(article: CorpusArticle, q: CorpusQuote): Prepared {
  return { q, article, seq: [], content: new Set(), context: new Set() };
}

/** Length of the longest common subsequence of two word lists. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

/** How likely two quotes report the same words, 0..1+ (text overlap, then context, then speaker). */
export function versionScore(a: Prepared, b: Prepared): number {
  const minLen = Math.min(a.seq.length, b.seq.length);
  if (minLen === 0) return 0;
  const shared = overlap(a.content, b.content);
  if (shared === 0) return 0;
  const contain = containment(a.content, b.content);
  const order = lcsLength(a.seq, b.seq) / minLen;
  // Three words in common say little: short quotes need their surroundings to agree too.
  const text = Math.max(contain, order) * Math.min(1, minLen / 6);
  let score = text;
  if (text >= 0.3 && overlap(a.context, b.context) >= 3) score = Math.max(text, 0.4 * text + 0.6 * containment(a.context, b.context));
  if (a.q.speakerId !== null && b.q.speakerId !== null) {
    score += a.q.speakerId === b.q.speakerId ? VARIANT_SETTINGS.sameSpeaker : -VARIANT_SETTINGS.differentSpeaker;
  }
  return score;
}

/** True when most of `piece`'s words are in the longer `whole`. */
function isPieceOf(piece: Prepared, whole: Prepared): boolean {
  if (whole.seq.length <= piece.seq.length || piece.content.size === 0) return false;
  return overlap(piece.content, whole.content) / piece.content.size >= VARIANT_SETTINGS.pieceShare || lcsLength(piece.seq, whole.seq) / piece.seq.length >= VARIANT_SETTINGS.pieceShare;
}

/** Groups versions of the same quote within each story. */
export function groupVariants(articles: CorpusArticle[], stories: StoryGroup[]): VariantResult {
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const id of s.articles) storyOf.set(id, s.id);
  // Articles no story lists are stories of their own.
  const buckets = new Map<string, CorpusArticle[]>();
  for (const a of articles) {
    const key = storyOf.get(a.doc.id) ?? `\u0000${a.doc.id}`;
    buckets.set(key, [...(buckets.get(key) ?? []), a]);
  }

  const groupOf: Record<string, string> = {};
  const groups: VariantGroup[] = [];
  for (const [key, members] of buckets) {
    const story = key.startsWith('\u0000') ? null : key;
    members.sort((x, y) => (x.doc.id < y.doc.id ? -1 : 1));
    // Only quotes of different articles are scored: one article's quotes are groups of their own, their words unread.
    const prepared = members.flatMap((a) => a.quotes.map((q) => (members.length < 2 ? unscored(a, q) : prepare(a, q))));
    for (const g of groupStory(prepared, story)) {
      groups.push(g);
      for (const v of g.versions) groupOf[v.quote] = g.id;
    }
  }
  groups.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { groupOf, groups };
}

function groupStory(prepared: Prepared[], story: string | null): VariantGroup[] {
  const n = prepared.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  const matchScore = new Map<number, number>();

  // For each quote, its best counterpart in every other article; an edge needs to be best for one side.
  const best = new Map<string, { j: number; score: number }>();
  const scores: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = prepared[i]!;
      const b = prepared[j]!;
      if (a.article === b.article) continue;
      const score = versionScore(a, b);
      if (score < VARIANT_SETTINGS.threshold) continue;
      scores.push({ i, j, score });
      for (const [x, y] of [[i, j], [j, i]] as const) {
        const slot = `${x}\u0000${prepared[y]!.article.doc.id}`;
        const current = best.get(slot);
        if (current === undefined || score > current.score) best.set(slot, { j: y, score });
      }
    }
  }
  scores.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const members = (root: number): number[] => prepared.map((_, k) => k).filter((k) => find(k) === root);
  for (const { i, j, score } of scores) {
    const bi = best.get(`${i}\u0000${prepared[j]!.article.doc.id}`);
    const bj = best.get(`${j}\u0000${prepared[i]!.article.doc.id}`);
    if (bi?.j !== j && bj?.j !== i) continue;
    const ri = find(i);
    const rj = find(j);
    if (ri === rj) continue;
    if (!canMerge([...members(ri), ...members(rj)], prepared)) continue;
    parent[rj] = ri;
    matchScore.set(i, Math.max(matchScore.get(i) ?? 0, score));
    matchScore.set(j, Math.max(matchScore.get(j) ?? 0, score));
  }

  const out: VariantGroup[] = [];
  for (let root = 0; root < n; root++) {
    if (find(root) !== root) continue;
    out.push(buildGroup(members(root).map((k) => prepared[k]!), story, matchScore, prepared));
  }
  return out;
}

/** Two quotes of one article may share a group only as pieces of one longer quote elsewhere ("joins two"). */
function canMerge(indexes: number[], prepared: Prepared[]): boolean {
  const byArticle = new Map<string, Prepared[]>();
  for (const k of indexes) {
    const p = prepared[k]!;
    byArticle.set(p.article.doc.id, [...(byArticle.get(p.article.doc.id) ?? []), p]);
  }
  for (const [id, same] of byArticle) {
    if (same.length < 2) continue;
    const wholes = indexes.map((k) => prepared[k]!).filter((p) => p.article.doc.id !== id);
    if (!wholes.some((w) => same.every((piece) => isPieceOf(piece, w)))) return false;
  }
  return true;
}

function plainLength(text: string): number {
  return tokenize(text.replace(/…|\.\.\./g, ' ')).length;
}

function buildGroup(items: Prepared[], story: string | null, matchScore: Map<number, number>, all: Prepared[]): VariantGroup {
  const ordered = items.slice().sort((x, y) => (x.article.doc.id < y.article.doc.id ? -1 : x.article.doc.id > y.article.doc.id ? 1 : x.q.start - y.q.start));
  const complete = ordered.reduce((best, p) => (plainLength(p.q.text) > plainLength(best.q.text) ? p : best), ordered[0]!);
  const versions = ordered.map((p): VariantVersion => {
    const { q, article } = p;
    const diff = p === complete ? [] : wordDiff(complete.q.text, q.text);
    const sentence = article.doc.sentences.find((s) => s.start <= q.start && q.start < s.end)?.index ?? null;
    return {
      quote: q.id,
      article: article.doc.id,
      outlet: article.doc.meta.outlet,
      speakerId: q.speakerId,
      speakerName: q.speakerName,
      text: q.text,
      kind: q.kind,
      start: q.start,
      end: q.end,
      sentence,
      anchor: article.doc.blocks[q.block]?.anchor ?? null,
      diff,
      score: p === complete ? 1 : Math.round((matchScore.get(all.indexOf(p)) ?? 0) * 1000) / 1000,
      changes: describe(diff, q),
    };
  });
  const speakers = [...new Set(versions.flatMap((v) => (v.speakerId === null ? [] : [v.speakerId])))].sort();
  const outlets = new Set(versions.map((v) => v.outlet ?? v.article));
  const flags: VariantFlag[] = [];
  if (versions.some((v) => v.changes.trimmed)) flags.push('trimmed');
  if (versions.some((v) => v.changes.ellipsisHidesWords)) flags.push('ellipsis-hides-words');
  if (versions.some((v) => v.changes.wordingDiffers)) flags.push('wording-differs');
  if (speakers.length > 1) flags.push('different-speakers');
  if (outlets.size === 1) flags.push('single-outlet');
  return {
    id: `variant-${ordered[0]!.q.id}`,
    story,
    complete: complete.q.id,
    versions,
    flags,
    speakers,
    articles: [...new Set(versions.map((v) => v.article))],
  };
}

/** Word diff of two quote texts; quotation marks and trailing punctuation do not count as changes. */
export function wordDiff(from: string, to: string): DiffPart[] {
  const clean = (s: string): string => s.replace(/^[\s"“”‘’']+|[\s"“”‘’',.]+$/g, '');
  return diffWords(clean(from), clean(to), { ignoreCase: true }).map((c) => ({
    op: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

const WORDY = /[\p{L}\p{N}]/u;

/** What a diff says about a version: trimmed ends, words hidden behind an ellipsis, changed wording. */
function describe(diff: DiffPart[], q: CorpusQuote): VariantVersion['changes'] {
  const meaningful = diff.filter((d) => WORDY.test(d.text) || /…|\.\.\./.test(d.text));
  const first = meaningful[0];
  const last = meaningful.at(-1);
  const trimmed = meaningful.length > 0 && ((first?.op === 'removed' && WORDY.test(first.text)) || (last?.op === 'removed' && WORDY.test(last.text)));
  let ellipsisHidesWords = false;
  diff.forEach((d, k) => {
    if (d.op !== 'added' || !/…|\.\.\./.test(d.text)) return;
    const near = [diff[k - 1], diff[k + 1]];
    if (near.some((x) => x?.op === 'removed' && WORDY.test(x.text))) ellipsisHidesWords = true;
  });
  if (!ellipsisHidesWords && (q.ellipsis || /…|\.\.\./.test(q.text))) {
    // An ellipsis inside the version with words missing in the middle of it.
    const inner = meaningful.slice(1, -1);
    ellipsisHidesWords = inner.some((d) => d.op === 'removed' && WORDY.test(d.text));
  }
  const wordingDiffers = diff.some((d) => d.op === 'added' && WORDY.test(d.text.replace(/…|\.\.\./g, '')));
  return { trimmed, ellipsisHidesWords, wordingDiffers };
}
