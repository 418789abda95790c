/**
 * PolNeAR scorer: gold quotes from BRAT attribution files and the scoring convention of the
 * benchmark's README (quote detection precision/recall/F1, speaker accuracy on matched quotes).
 */
import type { ArticleDoc, Block, Sentence, Span } from '../pipeline/types.ts';
import { docOf } from '../pipeline/doc.ts';

/** One BRAT text-bound annotation (`T` line). */
export interface BratSpan {
  id: string;
  type: string;
  /** Discontinuous pieces, `[start, end)` each. */
  pieces: [number, number][];
  text: string;
}

/** One BRAT event (`E` line): role name → annotation ids (a role may repeat, e.g. Content2). */
export interface BratEvent {
  id: string;
  args: { role: string; ref: string }[];
}

/** Parse a BRAT standoff file. Unknown lines are ignored. */
export function parseBrat(ann: string): { spans: Map<string, BratSpan>; events: BratEvent[] } {
  const spans = new Map<string, BratSpan>();
  const events: BratEvent[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T') && cols.length >= 2) {
      const head = cols[1] ?? '';
      const sp = head.indexOf(' ');
      if (sp < 0) continue;
      const type = head.slice(0, sp);
      const pieces = head
        .slice(sp + 1)
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number))
        .filter((p): p is [number, number] => p.length === 2 && p.every((n) => Number.isFinite(n)))
        .map(([a, b]) => [a, b] as [number, number]);
      spans.set(id, { id, type, pieces, text: cols[2] ?? '' });
    } else if (id.startsWith('E') && cols.length >= 2) {
      const args = (cols[1] ?? '')
        .trim()
        .split(/\s+/)
        .map((a) => {
          const [role = '', ref = ''] = a.split(':');
          return { role: role.replace(/\d+$/, ''), ref };
        });
      events.push({ id, args });
    }
  }
  return { spans, events };
}

/** A gold quote: the inside of a pair of quote marks covered by one attribution's content. */
export interface GoldQuote extends Span {
  /** Source spans of the attribution (may be empty when the annotators gave none). */
  sources: Span[];
}

/** Quoted strings of a text: double marks (curly, straight, or a doubled straight single), paired per line; an unclosed one runs to the line end. */
export function quotedStrings(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let open = -1;
    for (let i = 0; i < line.length; i++) {
      // a doubled straight single mark ('') is a straight double mark in some archives
      const c = line[i] === '\'' && line[i + 1] === '\'' ? '"' : line[i];
      const len = line[i] === '\'' && c === '"' ? 2 : 1;
      if (c === '“' && open < 0) open = i + len;
      else if ((c === '”' || c === '"') && open >= 0) {
        out.push(inside(text, lineStart + open, lineStart + i));
        open = -1;
      } else if (c === '"' && open < 0) open = i + len;
      i += len - 1;
    }
    if (open >= 0) out.push(inside(text, lineStart + open, lineStart + line.length));
    lineStart += line.length + 1;
  }
  return out.filter((s) => s.end > s.start);
}

function inside(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return { text: text.slice(s, e), start: s, end: e };
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;

/** Gold quotes: quoted strings of ≥ 3 words whose inside is ≥ 80 % covered by one attribution's content. */
export function goldQuotes(text: string, ann: string): GoldQuote[] {
  const { spans, events } = parseBrat(ann);
  const attributions = events.map((e) => {
    const content = e.args.filter((a) => a.role === 'Content').flatMap((a) => spans.get(a.ref)?.pieces ?? []);
    const sources = e.args
      .filter((a) => a.role === 'Source')
      .flatMap((a) => spans.get(a.ref)?.pieces ?? [])
      .map(([s, e2]) => ({ text: text.slice(s, e2), start: s, end: e2 }));
    return { content, sources };
  });
  const out: GoldQuote[] = [];
  for (const q of quotedStrings(text)) {
    if (wordCount(q.text) < 3) continue;
    let best: { cover: number; size: number; sources: Span[] } | null = null;
    for (const a of attributions) {
      const cover = covered(q, a.content) / (q.end - q.start);
      const size = a.content.reduce((n, [s, e]) => n + e - s, 0);
      if (cover >= 0.8 && (!best || cover > best.cover || (cover === best.cover && size < best.size))) best = { cover, size, sources: a.sources };
    }
    if (best) out.push({ ...q, sources: best.sources });
  }
  return out;
}

/** Characters of `q` covered by the union of `pieces`. */
function covered(q: Span, pieces: [number, number][]): number {
  const marks = new Uint8Array(q.end - q.start);
  for (const [s, e] of pieces) for (let i = Math.max(s, q.start); i < Math.min(e, q.end); i++) marks[i - q.start] = 1;
  return marks.reduce((n, v) => n + v, 0);
}

/** A predicted quote as the scorer needs it. */
export interface Predicted extends Span {
  /** Speaker name, or null for "speaker unclear". */
  speaker: string | null;
  /** Mention the attribution rests on. */
  source: Span | null;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Titles and function words dropped before comparing name tokens. */
const NOT_NAME = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president',
  'presidential', 'vice', 'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'press', 'former', 'the', 'a', 'an',
  'of', 'to', 'for', 'in', 'and', 'candidate', 'nominee', 'democratic', 'republican', 'gop', 'gen', 'general', 'chief',
  'leader', 'minister', 'prime', 'mayor', 'judge', 'u.s', 'us', 'house', 'white', 'campaign', 'chairman', 'adviser',
  'advisor', 'aide', 'official', 'officials', 'who', 'his', 'her', 'their', 'he', 'she', 'they', 'it', 'jr', 'sr',
]);

/** Name tokens of a speaker string, titles and function words dropped. */
export function nameTokens(s: string): Set<string> {
  return new Set(
    (s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      .map((t) => t.replace(/s$/, (m) => (t.length > 3 ? '' : m)))
      .filter((t) => !NOT_NAME.has(t) && t.length > 1),
  );
}

const PRONOUN = /^(?:he|she|they|it|we|i|him|her|them|his|its|their)$/i;

/** True when the predicted speaker counts as right for a gold quote (README convention). */
export function speakerCorrect(pred: Predicted, gold: GoldQuote): boolean {
  if (pred.speaker === null) return false;
  if (pred.source && gold.sources.some((s) => overlap(s, pred.source as Span) > 0)) return true;
  const goldText = gold.sources.map((s) => s.text).join(' ').trim();
  if (goldText === '' || PRONOUN.test(goldText)) return false;
  const g = nameTokens(goldText);
  for (const t of nameTokens(pred.speaker)) if (g.has(t)) return true;
  return false;
}

/** Scores of one article or of a whole split. */
export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  falsePositives: number;
  /** Matched quotes whose gold has a source. */
  speakerScored: number;
  speakerCorrect: number;
  /** Matched quotes with a gold source that the system left unattributed. */
  speakerNull: number;
  misses: { kind: 'missed' | 'false-positive' | 'wrong-speaker' | 'no-speaker'; text: string; start: number; detail: string }[];
}

/** Match predictions to gold one-to-one (overlap ≥ 80 % of gold and ≥ 50 % of prediction) and score them. */
export function scoreArticle(gold: GoldQuote[], predicted: Predicted[]): Score {
  const pairs: { g: number; p: number; ov: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const ov = overlap(g, p);
      if (ov >= 0.8 * (g.end - g.start) && ov >= 0.5 * (p.end - p.start)) pairs.push({ g: gi, p: pi, ov });
    }),
  );
  pairs.sort((a, b) => b.ov - a.ov);
  const gUsed = new Map<number, number>();
  const pUsed = new Set<number>();
  for (const pr of pairs) {
    if (gUsed.has(pr.g) || pUsed.has(pr.p)) continue;
    gUsed.set(pr.g, pr.p);
    pUsed.add(pr.p);
  }
  const s: Score = { gold: gold.length, predicted: predicted.filter((p) => p.speaker !== null && wordCount(p.text) >= 3).length, matched: gUsed.size, falsePositives: 0, speakerScored: 0, speakerCorrect: 0, speakerNull: 0, misses: [] };
  gold.forEach((g, gi) => {
    const pi = gUsed.get(gi);
    const goldSrc = g.sources.map((x) => x.text).join(' / ') || '(none)';
    if (pi === undefined) {
      s.misses.push({ kind: 'missed', text: g.text, start: g.start, detail: `gold speaker: ${goldSrc}` });
      return;
    }
    const p = predicted[pi] as Predicted;
    if (g.sources.length === 0) return;
    s.speakerScored++;
    if (p.speaker === null) {
      s.speakerNull++;
      s.misses.push({ kind: 'no-speaker', text: g.text, start: g.start, detail: `gold speaker: ${goldSrc}` });
    } else if (speakerCorrect(p, g)) s.speakerCorrect++;
    else s.misses.push({ kind: 'wrong-speaker', text: g.text, start: g.start, detail: `predicted ${p.speaker} (${p.source?.text ?? ''}), gold ${goldSrc}` });
  });
  predicted.forEach((p, pi) => {
    // like the gold, a quote of fewer than 3 words is not scored
    if (p.speaker === null || pUsed.has(pi) || wordCount(p.text) < 3) return;
    s.falsePositives++;
    s.misses.push({ kind: 'false-positive', text: p.text, start: p.start, detail: `predicted ${p.speaker}` });
  });
  return s;
}

/** Sum per-article scores. */
export function addScores(a: Score, b: Score): Score {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    matched: a.matched + b.matched,
    falsePositives: a.falsePositives + b.falsePositives,
    speakerScored: a.speakerScored + b.speakerScored,
    speakerCorrect: a.speakerCorrect + b.speakerCorrect,
    speakerNull: a.speakerNull + b.speakerNull,
    misses: [...a.misses, ...b.misses],
  };
}

/** Precision, recall, F1 and speaker accuracy (on matched quotes the system attributed, and on all matched). */
export function summarize(s: Score): { precision: number; recall: number; f1: number; speakerAccuracy: number; speakerAccuracyAll: number } {
  const precision = s.matched + s.falsePositives === 0 ? 1 : s.matched / (s.matched + s.falsePositives);
  const recall = s.gold === 0 ? 1 : s.matched / s.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const attributed = s.speakerScored - s.speakerNull;
  return { precision, recall, f1, speakerAccuracy: attributed === 0 ? 1 : s.speakerCorrect / attributed, speakerAccuracyAll: s.speakerScored === 0 ? 1 : s.speakerCorrect / s.speakerScored };
}

/** An ArticleDoc for a benchmark text: every non-blank line is a paragraph (the corpus is already clean). */
export function plainDoc(text: string, id: string): ArticleDoc {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.replace(/\s+$/, '');
    if (trimmed.trim() === '') continue;
    const lead = trimmed.length - trimmed.trimStart().length;
    const b = blocks.length;
    blocks.push({ kind: 'paragraph', text: trimmed.trimStart(), start: start + lead, end: start + trimmed.length, anchor: `p-${b + 1}` });
    sentences.push({ text: trimmed.trimStart(), start: start + lead, end: start + trimmed.length, block: b, index: sentences.length });
  }
  return docOf(id, text, blocks, sentences);
}
