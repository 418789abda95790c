import { docFromText } from '../helpers/doc.ts';
import type { CorpusArticle, CorpusQuote } from '../../src/pipeline/corpus.ts';
import type { ArticleDoc, QuoteKind } from '../../src/pipeline/types.ts';
import { slug } from '../../src/pipeline/tokens.ts';

/** What a test says about a quote; everything else is found in the text. */
export interface QuoteSpec {
  text: string;
  speaker?: string | null;
  kind?: QuoteKind;
  /** Cue verb written near the quote (`said`), searched in the same paragraph. */
  cue?: string;
  /** Which occurrence of `text` (0-based). */
  nth?: number;
}

/** A hand-made attributed quote located in `doc` by its text. */
export function makeQuote(doc: ArticleDoc, spec: QuoteSpec, n: number): CorpusQuote {
  let start = -1;
  for (let k = 0; k <= (spec.nth ?? 0); k++) start = doc.text.indexOf(spec.text, start + 1);
  if (start < 0) throw new Error(`quote not in ${doc.id}: ${spec.text}`);
  const end = start + spec.text.length;
  const block = doc.blocks.findIndex((b) => b.start <= start && end <= b.end);
  const blk = doc.blocks[block];
  let cue = null;
  if (spec.cue !== undefined && blk !== undefined) {
    // The occurrence nearest to the quote.
    const offsets = [...blk.text.matchAll(new RegExp(spec.cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index ?? 0);
    const rel = start - blk.start;
    const at = offsets.sort((x, y) => Math.abs(x - rel) - Math.abs(y - rel))[0] ?? -1;
    if (at >= 0) cue = { text: spec.cue, start: blk.start + at, end: blk.start + at + spec.cue.length };
  }
  const speakerName = spec.speaker ?? null;
  return {
    text: spec.text,
    start,
    end,
    kind: spec.kind ?? 'direct',
    block,
    insertions: [],
    ellipsis: /…|\.\.\./.test(spec.text),
    speaker: speakerName === null ? null : 0,
    source: null,
    cue,
    rule: 'fixture',
    confidence: 1,
    id: `${doc.id}-q${n}`,
    speakerId: speakerName === null ? null : slug(speakerName),
    speakerName,
  };
}

/** A corpus article from plain text (one paragraph a line) and quote specs. */
export function article(id: string, text: string, quotes: QuoteSpec[] = [], meta: Partial<ArticleDoc['meta']> = {}): CorpusArticle {
  const doc = docFromText(text, id);
  doc.meta = { ...doc.meta, ...meta };
  return { doc, quotes: quotes.map((q, i) => makeQuote(doc, q, i)) };
}
