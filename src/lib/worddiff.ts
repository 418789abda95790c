import { diffWords } from 'diff';
import type { DiffPart } from './framing.ts';

/** Word-level difference from one text to another, case kept, runs of the same op merged. */
export function wordDiff(from: string, to: string): DiffPart[] {
  const out: DiffPart[] = [];
  for (const change of diffWords(from, to)) {
    const op = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = out[out.length - 1];
    if (last !== undefined && last.op === op) last.text += change.value;
    else out.push({ op, text: change.value });
  }
  return out;
}

/** The parts one side of a diff shows: the `from` side keeps removals, the `to` side additions. */
export function sideOf(diff: DiffPart[], side: 'from' | 'to'): DiffPart[] {
  const hidden = side === 'from' ? 'added' : 'removed';
  return diff.filter((part) => part.op !== hidden);
}

/** Number of words a diff adds or removes, for a one-line summary. */
export function changedWords(diff: DiffPart[]): { added: number; removed: number } {
  const count = (op: DiffPart['op']) => diff.filter((p) => p.op === op).reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);
  return { added: count('added'), removed: count('removed') };
}
