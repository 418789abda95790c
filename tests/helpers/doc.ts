import { docOf } from '../../src/pipeline/doc.ts';
import type { ArticleDoc, Block, Sentence } from '../../src/pipeline/types.ts';

/**
 * A minimal ArticleDoc for unit tests of later stages: every non-blank line is a paragraph,
 * sentences split naively on `. `/`? `/`! `. Tests of the reading stage use the real reader.
 */
export function docFromText(text: string, id = 'fixture'): ArticleDoc {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    const blockIndex = blocks.length;
    blocks.push({ kind: 'paragraph', text: line, start, end: start + line.length, anchor: `p-${blockIndex + 1}` });
    const re = /[^.?!]+(?:[.?!]+["”’']?|$)\s*/g;
    for (const m of line.matchAll(re)) {
      const raw = m[0];
      const trimmed = raw.trimEnd();
      if (trimmed.trim() === '') continue;
      const lead = trimmed.length - trimmed.trimStart().length;
      const s = start + (m.index ?? 0) + lead;
      sentences.push({ text: trimmed.trimStart(), start: s, end: s + trimmed.trimStart().length, block: blockIndex, index: sentences.length });
    }
  }
  return docOf(id, text, blocks, sentences);
}
