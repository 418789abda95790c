import { z } from 'zod';
import type { Alignment } from '../pipeline/align.ts';

/**
 * The open data set written to `<out>/data/` and served under `/data/`. The fields named in
 * DESIGN.md "Contracts" are fixed; the others are Parallax's own additions.
 */

const span = z.object({
  text: z.string(),
  /** Offset in the seed file as read (UTF-8, BOM dropped), JavaScript string index. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const removedLineSchema = z.object({
  text: z.string(),
  /** Why the line is not article text, in words a reader understands. */
  reason: z.string(),
  /** Line role (`caption`, `chrome`, …) and the rule that decided it. */
  role: z.string(),
  rule: z.string(),
});

export const blockSchema = span.extend({
  kind: z.enum(['heading', 'paragraph']),
  /** Permanent anchor on the article page (`p-3`, `h-1`). */
  anchor: z.string(),
});

export const articleSchema = z.object({
  /** Permanent id from the seed file name. */
  id: z.string(),
  /** Seed file name. */
  seed: z.string(),
  /** Permalink of the article page. */
  url: z.string(),
  /** Headline when the source has one; null otherwise (never invented). */
  headline: z.string().nullable(),
  /** What pages show: the headline, or "Untitled article — …". */
  title: z.string(),
  outlet: z.string().nullable(),
  /** Story id. */
  story: z.string(),
  /** Cleaned body text, in order. */
  paragraphs: z.array(z.string()),
  /** Lines judged not to be article text. */
  removed: z.array(removedLineSchema),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string(),
  encoding: z.string(),
  dateCues: z.array(span.extend({ kind: z.string() })),
  /** Sourcing lines such as "(With Agency Inputs)". */
  credits: z.array(z.string()),
  /** Headings and paragraphs with their anchors, in reading order. */
  blocks: z.array(blockSchema),
  /** Quote ids, in reading order. */
  quotes: z.array(z.string()),
  /** Speaker ids quoted in the article. */
  speakers: z.array(z.string()),
  /** Framing signals of the article: voices, verbs, contested terms, sources (see docs/framing.md). */
  framing: z.unknown(),
});

export const quoteSchema = z.object({
  /** Permanent id, also the anchor on the article page. */
  id: z.string(),
  article: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(['direct', 'partial', 'term', 'indirect']),
  speaker: z.string().nullable(),
  /** The mention the attribution rests on. */
  source: span.nullable(),
  cue: z.string().nullable(),
  variantGroup: z.string().nullable(),
  url: z.string(),
  /** Attribution evidence: the rule that decided and how sure it is (0..1). */
  rule: z.string(),
  confidence: z.number().min(0).max(1),
  /** The speaker's name as the registry knows it, null when unclear. */
  speakerName: z.string().nullable(),
  /** Anchor of the paragraph or heading holding the quote. */
  block: z.string(),
  /** Words inside the quote that are the outlet's, not the speaker's. */
  insertions: z.array(span),
  ellipsis: z.boolean(),
});

export const speakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  url: z.string(),
  type: z.enum(['person', 'organisation', 'role']),
  descriptors: z.array(z.string()),
  /** Quote ids attributed to the speaker. */
  quotes: z.array(z.string()),
  articles: z.array(z.string()),
  outlets: z.array(z.string()),
});

export const storySchema = z.object({
  id: z.string(),
  title: z.string(),
  articles: z.array(z.string()),
  url: z.string(),
});

export type ArticleRecord = z.infer<typeof articleSchema>;
export type QuoteRecord = z.infer<typeof quoteSchema>;
export type SpeakerRecord = z.infer<typeof speakerSchema>;
/** Two articles of a story compared sentence by sentence (written to `data/pairs/<a>--<b>.json`). */
export interface PairRecord {
  a: string;
  b: string;
  /** The compare page. */
  url: string;
  alignment: Alignment;
}

export type StoryRecord = z.infer<typeof storySchema> & {
  pairs: PairRecord[];
  /** Framing signals and versions of quotes (see docs/framing.md). */
  [extra: string]: unknown;
};
