/**
 * Types shared by the pipeline stages.
 *
 * Offsets: inside the pipeline every `start`/`end` is a JavaScript string index into the
 * *analysis text* (`ArticleDoc.text`, the decoded file after `normalize`). The orchestrator
 * maps them back to the file as read (UTF-8, BOM dropped) when it writes the data set.
 */

/** A span of text with half-open offsets `[start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Something wrong with an input file, reported with the file and a reason a person understands. */
export interface Problem {
  /** Seed file name (relative to the seeds folder), or another input path. */
  file: string;
  severity: 'error' | 'warning';
  /** Stable machine code, e.g. `empty-file`, `not-utf8`, `duplicate-seed`. */
  code: string;
  message: string;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Output of `decode`: the text "as read" that the data contract's offsets refer to. */
export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Human-readable warnings (e.g. "not valid UTF-8; read as Windows-1252"). */
  warnings: string[];
}

/**
 * Analysis text and a map back to the decoded text. Normalisation may remove characters
 * (zero-width, CR of CRLF), so offsets shift; `toOriginal` undoes that.
 */
export interface NormalizedText {
  text: string;
  /** Maps an index of `text` to the index of the decoded text (works for `end` offsets too). */
  toOriginal: (index: number) => number;
}

export type LineRole =
  | 'blank'
  | 'headline'
  | 'subheading'
  | 'paragraph'
  | 'caption'
  | 'photo-credit'
  | 'byline'
  | 'author-bio'
  | 'chrome'
  | 'copyright'
  | 'site-name'
  | 'credit'
  | 'dateline'
  | 'topic-tag';

/** One physical line of the analysis text with the role a rule gave it. */
export interface Line extends Span {
  role: LineRole;
  /** Name of the rule that decided the role, e.g. `chrome:read-more`. */
  rule: string;
}

/** A unit of the cleaned article body. */
export interface Block extends Span {
  kind: 'heading' | 'paragraph';
  /** Permanent anchor within the article page: `p-1`, `p-2` … for paragraphs, `h-1` … for headings. */
  anchor: string;
}

export interface Sentence extends Span {
  /** Index into `ArticleDoc.blocks`. */
  block: number;
  /** Index of the sentence within the article (0-based, reading order). */
  index: number;
}

/** A line judged not to be article text, kept so readers can check. */
export interface RemovedLine extends Span {
  /** The line's role, e.g. `caption`, `chrome`. */
  role: LineRole;
  /** Human-readable reason, e.g. "image caption", "site navigation". */
  reason: string;
  rule: string;
}

export interface DateCue extends Span {
  /** `explicit` (January 31, 2024-05-01), `weekday` (on Thursday), `relative` (10 months, last week). */
  kind: 'explicit' | 'weekday' | 'relative';
}

export interface ArticleMeta {
  /** The headline when the source has one; never invented. */
  headline: string | null;
  /** What pages show: the headline, or "Untitled article — <first words>". */
  title: string;
  outlet: string | null;
  /** How the outlet was found, e.g. `copyright-line`, `site-name`, `author-bio`, `sidecar`. */
  outletRule: string | null;
  byline: string | null;
  url: string | null;
  /** ISO date, only when an editor supplied it in a sidecar file. */
  published: string | null;
  /** BCP-47 language code, `en` by default, from detection or sidecar. */
  language: string;
  dateCues: DateCue[];
  /** Sourcing lines kept as information, e.g. "(With Agency Inputs)". */
  credits: string[];
}

/** Editor-supplied metadata from `seeds/<name>.meta.json`. */
export interface Sidecar {
  outlet?: string;
  url?: string;
  published?: string;
  headline?: string;
  language?: string;
}

/** What the reading stage produces for one seed file. */
export interface ArticleDoc {
  /** Permanent id from the seed file name. */
  id: string;
  /** Seed file name. */
  seed: string;
  /** Analysis text; every offset in this doc points into it. */
  text: string;
  lines: Line[];
  blocks: Block[];
  sentences: Sentence[];
  removed: RemovedLine[];
  meta: ArticleMeta;
  /** `article`, or why the file is not published as one. */
  verdict: 'article' | 'not-article' | 'non-english' | 'empty';
}

export type QuoteKind = 'direct' | 'partial' | 'term' | 'indirect';

/** A quoted span found in the text, before attribution. */
export interface QuoteSpan extends Span {
  kind: QuoteKind;
  /** Index into `ArticleDoc.blocks` of the block where the quote starts. */
  block: number;
  /** Bracketed or parenthesised words inside the quote that are the outlet's, not the speaker's. */
  insertions: Span[];
  /** True when the quote contains an ellipsis (… or ...). */
  ellipsis: boolean;
  /** For a quote that runs over several paragraphs, the ids of its pieces share this number. */
  continues?: number;
}

export type SpeakerType = 'person' | 'organisation' | 'role';

/** A speaker as known inside one article, before the cross-article registry. */
export interface LocalSpeaker {
  /** Fullest name used in this article ("John Kirby"), or the descriptor for an unnamed role. */
  name: string;
  type: SpeakerType;
  /** Titles and roles seen with the name ("White House spokesman"). */
  descriptors: string[];
  /** Every mention in the article. */
  mentions: Span[];
}

export interface Attribution {
  /** Index into the article's `LocalSpeaker[]`, or null for "speaker unclear". */
  speaker: number | null;
  /** The mention the attribution rests on. */
  source: Span | null;
  /** The cue verb or phrase ("said", "according to", "told reporters"). */
  cue: Span | null;
  /** The rule that decided, e.g. `cue-after:quote-verb-name`, `pronoun`, `continuation`, `none`. */
  rule: string;
  /** 0..1 */
  confidence: number;
}

export type AttributedQuote = QuoteSpan & Attribution;

/** Everything the per-article stages produce; cacheable by file content. */
export interface AnalyzedArticle {
  doc: ArticleDoc;
  speakers: LocalSpeaker[];
  quotes: AttributedQuote[];
  problems: Problem[];
  encoding: Encoding;
  /** The file as read (decoded, BOM dropped): what the data set's offsets and displayed text come from. */
  source: string;
  /** Maps analysis-text offsets back to the file as read. */
  toOriginal: (index: number) => number;
}
