/**
 * Where a pronoun may look back: the sentences before a position, their reporter's words, and the people and
 * organisations they name (mentions, speakers of earlier quotes, resolved descriptions and subject pronouns).
 */
import type { MentionTable } from './mentions.ts';
import type { Salience } from './subjects.ts';

/** Index of the sentence containing `pos`. */
export function sentenceOf(pos: number, starts: number[]): number {
  let lo = 0;
  let hi = starts.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

export const inQuote = (pos: number, sal: Salience): boolean => sal.quoteRanges.some((r) => pos >= r.start && pos < r.end);

/** Candidates per sentence before `pos`, nearest sentence first, within the current and previous block. */
export function candidatesBack(pos: number, table: MentionTable, sal: Salience, accept: (entity: number) => boolean, blocksBack = 1): { entity: number; start: number; spoke: boolean; first: number }[][] {
  const blockIdx = sal.blocks.findIndex((b) => pos >= b.start && pos <= b.end);
  const floor = sal.blocks[Math.max(0, blockIdx - blocksBack)]?.start ?? 0;
  const bySentence = new Map<number, { entity: number; start: number; spoke: boolean; first: number }[]>();
  const add = (s: number, c: { entity: number; start: number; spoke: boolean; first: number }): void => {
    const list = bySentence.get(s) ?? [];
    list.push(c);
    bySentence.set(s, list);
  };
  for (const m of table.mentions) {
    if (m.start >= pos || m.start < floor || inQuote(m.start, sal) || !accept(m.entity)) continue;
    const inFronted = (sal.fronted ?? []).some((f) => m.start >= f.start && m.start < f.end);
    add(sentenceOf(m.start, sal.sentenceStarts), { entity: m.entity, start: m.start, spoke: false, first: m.possessive ? 1 : inFronted ? 0.5 : 0 });
  }
  for (const sp of sal.spoken) {
    if (sp.start >= pos || sp.start < floor || !accept(sp.entity)) continue;
    add(sentenceOf(sp.start, sal.sentenceStarts), { entity: sp.entity, start: sp.start, spoke: true, first: 0 });
  }
  for (const d of [...(sal.described ?? []), ...(sal.subjectPronouns ?? [])]) {
    if (d.start >= pos || d.start < floor || !accept(d.entity)) continue;
    add(sentenceOf(d.start, sal.sentenceStarts), { entity: d.entity, start: d.start, spoke: false, first: 0 });
  }
  return [...bySentence.entries()].sort((a, b) => b[0] - a[0]).map(([, v]) => v);
}

/** The start of the sentence holding `pos`, never before its block. */
export function sentenceStartOf(pos: number, sal: Salience): number {
  const block = sal.blocks.find((b) => pos >= b.start && pos <= b.end);
  return Math.max(sal.sentenceStarts[sentenceOf(pos, sal.sentenceStarts)] ?? 0, block?.start ?? 0);
}

/** The reporter's words of the sentence holding `pos`, up to `pos`, quotes blanked (offsets kept). */
export function reporterBefore(pos: number, sal: Salience): string {
  const block = sal.blocks.find((b) => pos >= b.start && pos <= b.end);
  if (!block) return '';
  const from = sentenceStartOf(pos, sal);
  let out = block.text.slice(from - block.start, pos - block.start);
  for (const r of sal.quoteRanges) {
    const a = Math.max(r.start, from);
    const b = Math.min(r.end, pos);
    if (a < b) out = out.slice(0, a - from) + ' '.repeat(b - a) + out.slice(b - from);
  }
  return out;
}
