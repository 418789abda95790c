/**
 * The reading stage: from the raw bytes of one seed file to an `ArticleDoc`.
 * decode → normalize → lines (roles) → blocks → sentences → metadata → verdict.
 */
import type { ArticleDoc, Block, Encoding, Line, Problem, RemovedLine } from './types.ts';
import { decode } from './decode.ts';
import { normalize } from './normalize.ts';
import { groupUnits, judgeUnits, linesFromUnits, splitLines, type JudgedUnit } from './lines.ts';
import { segmentBlocks } from './segment.ts';
import { buildMeta, type ReadMeta } from './meta.ts';
import { judgeFile } from './verdict.ts';
import { articleIdFromFile, sidecarNameFor } from './article-id.ts';
import { parseSidecar } from '../schemas/sidecar.ts';

export { articleIdFromFile } from './article-id.ts';
export type { ReadMeta, DatelineInfo } from './meta.ts';

/** What `readArticle` returns. */
export interface ReadResult {
  doc: ArticleDoc;
  encoding: Encoding;
  /** Maps an offset of `doc.text` to the offset in the file as read (decoded, BOM dropped). */
  toOriginal: (i: number) => number;
  problems: Problem[];
  /** The file as read: decoded, byte-order mark dropped (what `toOriginal` maps into). */
  source: string;
}

/** Reads one seed file: `file` is its name relative to the seeds folder, `sidecar` the parsed `.meta.json` if any. */
export function readArticle(file: string, bytes: Uint8Array, sidecar?: unknown): ReadResult {
  const problems: Problem[] = [];
  const problem = (severity: Problem['severity'], code: string, message: string, where = file) => problems.push({ file: where, severity, code, message });

  const decoded = decode(bytes);
  for (const w of decoded.warnings) problem('warning', decoded.encoding === 'windows-1252' ? 'not-utf8' : 'encoding', w);
  const normalized = normalize(decoded.text);
  if (normalized.report.controls > 0) {
    problem('warning', 'control-characters', `${normalized.report.controls} control character(s) (such as NUL) were read as spaces`);
  }

  const side = parseSidecar(sidecar);
  const sidecarFile = sidecarNameFor(file);
  for (const issue of side.issues) {
    problem('warning', 'sidecar-invalid', issue.field === '(file)' ? `sidecar ${issue.message}; it was ignored` : `sidecar field "${issue.field}" ${issue.message}; the field was ignored`, sidecarFile);
  }

  const physical = splitLines(normalized.text);
  const units = judgeUnits(groupUnits(physical, normalized.text));
  const text = joinWrappedLines(normalized.text, units);
  const lines = linesFromUnits(physical, units);
  const blocks = buildBlocks(text, units);
  const removed = removedLines(lines, units);
  const sentences = segmentBlocks(text, blocks);
  const id = articleIdFromFile(file);
  const meta: ReadMeta = buildMeta(text, lines, blocks, side.sidecar, id);

  const verdict = judgeFile(text, blocks);
  if (!side.sidecar.language && verdict.language.confident && verdict.language.language !== 'und') meta.language = verdict.language.language;
  let finalVerdict = verdict.verdict;
  // An editor who declares the language decides whether the article is in English.
  if (side.sidecar.language && finalVerdict === 'non-english' && /^en\b/i.test(side.sidecar.language)) finalVerdict = 'article';
  if (side.sidecar.language && finalVerdict === 'article' && !/^en\b/i.test(side.sidecar.language)) finalVerdict = 'non-english';
  if (finalVerdict === 'empty') problem('error', 'empty-file', 'the file is empty or holds only white space');
  else if (finalVerdict === 'not-article') problem('error', 'not-article', `not published: ${verdict.reason ?? 'not an article'}`);
  else if (finalVerdict === 'non-english') problem('warning', 'non-english', `not published: the article is not in English (language: ${meta.language})`);

  // A list of links or a log has no headline of its own: its first title-like line is not one.
  if (finalVerdict === 'not-article' && !side.sidecar.headline && meta.headline !== null) {
    meta.headline = null;
    meta.title = `Untitled — ${file}`;
  }
  const doc: ArticleDoc = { id, seed: file, text, lines, blocks, sentences, removed, meta, verdict: finalVerdict };
  return { doc, encoding: decoded.encoding, toOriginal: normalized.toOriginal, problems, source: decoded.text };
}

/** Hard-wrap newlines inside a paragraph become spaces (same length, so offsets do not move). */
function joinWrappedLines(text: string, units: readonly JudgedUnit[]): string {
  let out = text;
  for (const u of units) {
    if (u.first === u.last) continue;
    out = out.slice(0, u.start) + out.slice(u.start, u.end).replace(/\n/g, ' ') + out.slice(u.end);
  }
  return out;
}

/** Paragraph and heading blocks with permanent anchors (`p-1` …, `h-1` …) in reading order. */
function buildBlocks(text: string, units: readonly JudgedUnit[]): Block[] {
  const blocks: Block[] = [];
  let p = 0;
  let h = 0;
  for (const u of units) {
    if (u.role === 'paragraph') blocks.push({ kind: 'paragraph', text: text.slice(u.start, u.end), start: u.start, end: u.end, anchor: `p-${++p}` });
    else if (u.role === 'subheading') blocks.push({ kind: 'heading', text: text.slice(u.start, u.end), start: u.start, end: u.end, anchor: `h-${++h}` });
  }
  return blocks;
}

/** Every non-blank line that is not body text, with its reason. */
function removedLines(lines: readonly Line[], units: readonly JudgedUnit[]): RemovedLine[] {
  const reasons = new Map<number, string>();
  for (const u of units) for (let k = u.first; k <= u.last; k++) reasons.set(k, u.reason);
  const out: RemovedLine[] = [];
  lines.forEach((l, k) => {
    if (l.role === 'blank' || l.role === 'paragraph' || l.role === 'subheading') return;
    out.push({ text: l.text, start: l.start, end: l.end, role: l.role, reason: reasons.get(k) ?? l.role, rule: l.rule });
  });
  return out;
}
