/**
 * Scores the reader on the held-out pages of `tests/fixtures/read/pages/`: every page `<name>.txt` has
 * a hand-written `<name>.expected.json` with the headline, outlet, byline, verdict, paragraph starts,
 * headings and the removed lines with their roles. Written before the rules were tuned on them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readArticle, type ReadResult } from '../../src/pipeline/read.ts';
import type { ArticleDoc, LineRole } from '../../src/pipeline/types.ts';

const pagesDir = fileURLToPath(new URL('../fixtures/read/pages/', import.meta.url));

/** What a page's `.expected.json` holds; a missing field is not scored. */
export interface Expected {
  kind: string;
  verdict: ArticleDoc['verdict'];
  headline?: string | null;
  outlet?: string | null;
  byline?: string | null;
  /** The start of every paragraph, in order. */
  paragraphs?: string[];
  /** The end of the last paragraph. */
  lastWords?: string;
  headings?: string[];
  /** `[role, start of the line]` for every removed line, in page order. */
  removed?: [LineRole, string][];
  /** Starts of lines whose treatment is a matter of taste (a standfirst, a site name); not scored. */
  unscored?: string[];
}

/** The score of one page. */
export interface PageScore {
  name: string;
  verdictOk: boolean;
  headlineOk: boolean | null;
  outletOk: boolean | null;
  bylineOk: boolean | null;
  /** Scored lines, lines kept or removed correctly, lines with the exact expected role. */
  lines: number;
  keepOk: number;
  roleOk: number;
  /** Body lines expected, kept, and kept correctly. */
  bodyExpected: number;
  bodyKept: number;
  bodyTrue: number;
  paragraphsOk: boolean | null;
  headingsOk: boolean | null;
  /** Human-readable differences, for the summary. */
  misses: string[];
}

/** Names of the held-out pages (without `.txt`). */
export function pageNames(): string[] {
  return readdirSync(pagesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Reads a held-out page with the real reader. */
export function readPage(name: string): ReadResult {
  return readArticle(`${name}.txt`, readFileSync(`${pagesDir}${name}.txt`));
}

/** The expectations of a held-out page. */
export function expectedFor(name: string): Expected {
  return JSON.parse(readFileSync(`${pagesDir}${name}.expected.json`, 'utf8')) as Expected;
}

const isBody = (role: LineRole) => role === 'paragraph' || role === 'subheading';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Expected role of every non-blank physical line (null for unscored lines). */
export function expectedRoles(doc: ArticleDoc, exp: Expected): (LineRole | null)[] {
  const roles: (LineRole | null)[] = doc.lines.map((l) => (l.text === '' ? null : 'paragraph'));
  const headings = new Set(exp.headings ?? []);
  doc.lines.forEach((l, i) => {
    if (headings.has(l.text)) roles[i] = 'subheading';
  });
  let from = 0;
  for (const [role, start] of exp.removed ?? []) {
    const i = doc.lines.findIndex((l, k) => k >= from && l.text !== '' && l.text.startsWith(start));
    if (i === -1) throw new Error(`fixture: removed line not found after line ${from}: ${start}`);
    roles[i] = role;
    from = i + 1;
  }
  const unscored = exp.unscored ?? [];
  doc.lines.forEach((l, i) => {
    if (unscored.some((u) => l.text !== '' && l.text.startsWith(u))) roles[i] = null;
  });
  return roles;
}

/** Scores one page against its expectations. */
export function scorePage(name: string, result = readPage(name), exp = expectedFor(name)): PageScore {
  const { doc } = result;
  const misses: string[] = [];
  const same = (field: 'headline' | 'outlet' | 'byline'): boolean | null => {
    if (!(field in exp)) return null;
    const ok = doc.meta[field] === exp[field];
    if (!ok) misses.push(`${field}: got ${JSON.stringify(doc.meta[field])}, expected ${JSON.stringify(exp[field])}`);
    return ok;
  };
  const verdictOk = doc.verdict === exp.verdict;
  if (!verdictOk) misses.push(`verdict: got ${doc.verdict}, expected ${exp.verdict}`);
  const score: PageScore = {
    name,
    verdictOk,
    headlineOk: same('headline'),
    outletOk: same('outlet'),
    bylineOk: same('byline'),
    lines: 0,
    keepOk: 0,
    roleOk: 0,
    bodyExpected: 0,
    bodyKept: 0,
    bodyTrue: 0,
    paragraphsOk: null,
    headingsOk: null,
    misses,
  };
  if (exp.removed === undefined) return score;

  const roles = expectedRoles(doc, exp);
  doc.lines.forEach((l, i) => {
    const want = roles[i];
    if (want === null || want === undefined) return;
    score.lines++;
    if (isBody(want)) score.bodyExpected++;
    if (isBody(l.role)) score.bodyKept++;
    if (isBody(want) && isBody(l.role)) score.bodyTrue++;
    if (isBody(want) === isBody(l.role)) score.keepOk++;
    else misses.push(`${isBody(want) ? 'body removed' : 'kept'} [${l.rule}] ${l.text.slice(0, 70)}`);
    if (want === l.role) score.roleOk++;
    else if (isBody(want) === isBody(l.role)) misses.push(`role ${l.role} [${l.rule}], expected ${want}: ${l.text.slice(0, 60)}`);
  });

  const unscored = exp.unscored ?? [];
  const paras = doc.blocks.filter((b) => b.kind === 'paragraph' && !unscored.some((u) => b.text.startsWith(u))).map((b) => squash(b.text));
  if (exp.paragraphs) {
    const starts = exp.paragraphs.filter((s) => !unscored.some((u) => s.startsWith(u)));
    score.paragraphsOk = paras.length === starts.length && starts.every((s, i) => paras[i]?.startsWith(squash(s)));
    if (exp.lastWords && !paras.at(-1)?.endsWith(squash(exp.lastWords))) score.paragraphsOk = false;
    if (!score.paragraphsOk) misses.push(`paragraphs: got ${paras.length} (${paras.map((p) => p.slice(0, 18)).join(' / ')}), expected ${starts.length}`);
  }
  if (exp.headings) {
    const got = doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    score.headingsOk = JSON.stringify(got) === JSON.stringify(exp.headings);
    if (!score.headingsOk) misses.push(`headings: got ${JSON.stringify(got)}`);
  }
  return score;
}

/** Totals over pages: shares of lines and fields right. */
export function summarize(scores: readonly PageScore[]) {
  const sum = (f: (s: PageScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const share = (f: (s: PageScore) => boolean | null) => {
    const scored = scores.filter((s) => f(s) !== null);
    return { ok: scored.filter((s) => f(s) === true).length, of: scored.length };
  };
  const lines = sum((s) => s.lines);
  return {
    lines,
    keepAccuracy: sum((s) => s.keepOk) / lines,
    roleAccuracy: sum((s) => s.roleOk) / lines,
    bodyPrecision: sum((s) => s.bodyTrue) / sum((s) => s.bodyKept),
    bodyRecall: sum((s) => s.bodyTrue) / sum((s) => s.bodyExpected),
    verdict: share((s) => s.verdictOk),
    headline: share((s) => s.headlineOk),
    outlet: share((s) => s.outletOk),
    byline: share((s) => s.bylineOk),
    paragraphs: share((s) => s.paragraphsOk),
    headings: share((s) => s.headingsOk),
  };
}

/** A plain-text table of the scores, one row per page. */
export function table(scores: readonly PageScore[]): string {
  const mark = (b: boolean | null) => (b === null ? ' ' : b ? '✓' : '✗');
  const pct = (a: number, b: number) => (b === 0 ? '   -' : `${Math.round((100 * a) / b)}`.padStart(4));
  const rows = scores.map(
    (s) =>
      `${s.name.padEnd(22)} ${mark(s.verdictOk)} ${mark(s.headlineOk)} ${mark(s.outletOk)} ${mark(s.bylineOk)} ${mark(s.paragraphsOk)} ${mark(s.headingsOk)} ` +
      `${pct(s.keepOk, s.lines)} ${pct(s.roleOk, s.lines)} ${pct(s.bodyTrue, s.bodyKept)} ${pct(s.bodyTrue, s.bodyExpected)}`,
  );
  const t = summarize(scores);
  const f = (x: { ok: number; of: number }) => `${x.ok}/${x.of}`;
  return [
    `${'page'.padEnd(22)} V H O B P S keep role prec  rec`,
    ...rows,
    `lines ${t.lines}: keep/remove ${(100 * t.keepAccuracy).toFixed(1)}%, exact role ${(100 * t.roleAccuracy).toFixed(1)}%, ` +
      `body precision ${(100 * t.bodyPrecision).toFixed(1)}%, recall ${(100 * t.bodyRecall).toFixed(1)}%`,
    `verdict ${f(t.verdict)}, headline ${f(t.headline)}, outlet ${f(t.outlet)}, byline ${f(t.byline)}, paragraphs ${f(t.paragraphs)}, headings ${f(t.headings)}`,
  ].join('\n');
}
