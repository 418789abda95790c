import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ZodType } from 'zod';
import { lexiconFiles, type Lexicons } from '../schemas/lexicons.ts';
import type { Problem } from './types.ts';

export type { Lexicons } from '../schemas/lexicons.ts';

/** Lexicons with nothing in them: what a missing or broken file falls back to. */
export function emptyLexicons(): Lexicons {
  return { sides: { speakers: {} }, verbs: { verbs: [] }, terms: { groups: [] }, sources: { sources: [] } };
}

function readOne<T>(dir: string, file: string, schema: ZodType<T>, fallback: T, problems: Problem[]): T {
  const path = join(dir, file);
  // Problems name the file relative to the working folder, never a machine path.
  const shown = relative(process.cwd(), path) || file;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    problems.push({ file: shown, severity: 'warning', code: 'lexicon-missing', message: `${file} not found; its signal is left empty` });
    return fallback;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    problems.push({ file: shown, severity: 'error', code: 'lexicon-not-json', message: `${file} is not valid JSON: ${(error as Error).message}` });
    return fallback;
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(top level)';
    problems.push({ file: shown, severity: 'error', code: 'lexicon-invalid', message: `${file}: field ${field}: ${issue.message}` });
  }
  return fallback;
}

/** Reads `sides.json`, `verbs.json`, `terms.json` and `sources.json` from `dir`, validated; a bad file is a problem, not a crash. */
export function loadLexicons(dir: string): { lexicons: Lexicons; problems: Problem[] } {
  const problems: Problem[] = [];
  const empty = emptyLexicons();
  const lexicons: Lexicons = {
    sides: readOne(dir, lexiconFiles.sides.file, lexiconFiles.sides.schema, empty.sides, problems),
    verbs: readOne(dir, lexiconFiles.verbs.file, lexiconFiles.verbs.schema, empty.verbs, problems),
    terms: readOne(dir, lexiconFiles.terms.file, lexiconFiles.terms.schema, empty.terms, problems),
    sources: readOne(dir, lexiconFiles.sources.file, lexiconFiles.sources.schema, empty.sources, problems),
  };
  return { lexicons, problems };
}
