/**
 * The build report: every problem the generator met, with the file and a reason in plain words,
 * printed on the console and written to `<out>/build-report.json`.
 */
import type { Problem } from '../pipeline/types.ts';

/** What an editor can do about each kind of problem; codes without advice print the reason alone. */
export const adviceByCode: Readonly<Record<string, string>> = {
  'empty-file': 'Paste the article into the file, or delete the file.',
  'not-article': 'Check that this is the file you meant to add; only news articles are published.',
  'non-english': 'Only English articles are published. If the article is in English, add "language": "en" to its .meta.json file.',
  'not-utf8': 'Check the accented letters and quotation marks on the article page; saving the file as UTF-8 avoids the guess.',
  encoding: 'Nothing to do unless characters look wrong; saving the file as UTF-8 avoids the guess.',
  'control-characters': 'Nothing to do unless text is missing; the invisible characters are shown as “�”.',
  'sidecar-invalid': 'Correct or remove the field in the .meta.json file.',
  'bad-json': 'Fix the JSON (a missing comma or quotation mark is the usual cause) or delete the file.',
  'not-a-seed': 'Move the file out of the seeds folder, or save the article as a .txt file.',
  'not-a-file': 'Move the article files out of the folder into the seeds folder itself.',
  'orphan-sidecar': 'Rename it to match its article (<name>.meta.json next to <name>.txt), or delete it.',
  'not-text': 'Check that this is the file you meant to add: save the article page as plain text (.txt).',
  'too-large': 'Check that this is the right file; a news article is rarely larger than 100 KB.',
  unreadable: 'Check that the file can be opened and is not locked by another program.',
  'duplicate-seed': 'Delete one of the two files.',
  'id-collision': 'Rename one of the files so that the names differ in more than capitals, accents, spaces or punctuation.',
  'analysis-failed': 'This is a fault in Parallax, not in the file: please report it to a developer with the file attached.',
  'lexicon-missing': 'Restore the word list in content/lexicons/.',
  'lexicon-not-json': 'Fix the JSON of the word list in content/lexicons/.',
  'lexicon-invalid': 'Correct the entry of the word list in content/lexicons/.',
};

/** The advice for a problem, or null. */
export function adviceFor(problem: Problem): string | null {
  return adviceByCode[problem.code] ?? null;
}

/** One problem as written to `build-report.json`. */
export interface ReportedProblem extends Problem {
  /** What an editor can do about it (null when there is nothing to do). */
  advice: string | null;
}

/** The contents of `<out>/build-report.json`. */
export interface BuildReport {
  /** False when at least one problem was found (what `--strict` fails on). */
  clean: boolean;
  /** Seed files found (`*.txt`), including those not published. */
  files: number;
  articles: number;
  quotes: number;
  speakers: number;
  stories: number;
  /** Seed files not published as articles, with the reason. */
  skipped: { file: string; reason: string }[];
  problems: ReportedProblem[];
}

const unreadCodes = new Set(['too-large', 'unreadable', 'not-text']);

/** Counts and problems of one ingest, in the order the files were read. */
export function buildReport(input: {
  files: number;
  counts: { articles: number; quotes: number; speakers: number; stories: number };
  skipped: { file: string; reason: string }[];
  problems: readonly Problem[];
}): BuildReport {
  return {
    clean: input.problems.length === 0,
    files: input.files,
    ...input.counts,
    // Files the generator did not even read are skipped too.
    skipped: [
      ...input.skipped,
      ...input.problems.filter((p) => unreadCodes.has(p.code)).map((p) => ({ file: p.file, reason: p.message })),
    ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    problems: input.problems.map((p) => ({ ...p, advice: adviceFor(p) })),
  };
}

/** One console line per problem, the file first, then the reason; the advice on a second line. */
export function formatProblem(p: Problem): string {
  const line = `  ${p.severity === 'error' ? 'error  ' : 'warning'} ${p.file}: ${p.message}`;
  const advice = adviceFor(p);
  return advice === null ? line : `${line}\n          → ${advice}`;
}

/** Renders a build report as JSON text, stable from run to run. */
export function reportJson(report: BuildReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
