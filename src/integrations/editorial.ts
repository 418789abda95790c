import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
  editorialDir, formatEditorialProblem, generatedDir, listEditorialFiles, loadEditorialIndex, validateEditorialDir, type EditorialProblem,
} from '../lib/editorial-validate.ts';

export interface EditorialOptions {
  /** Editors' folder; default `PARALLAX_EDITORIAL` or `content/editorial`. */
  editorial?: string;
  /** Generator output; default `PARALLAX_GENERATED` or `content/generated`. */
  generated?: string;
  /** Lexicons folder (for `<Term id>`); default `content/lexicons`. */
  lexicons?: string;
}

/** Thrown by `astro build` when an editorial file names something that does not exist. */
export class EditorialValidationError extends Error {
  declare readonly problems: EditorialProblem[];
  constructor(problems: EditorialProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in editorial files:\n` +
        problems.map((p) => `  ${formatEditorialProblem(p)}`).join('\n') +
        '\nSee docs/editors.md, "What the errors mean".',
    );
    this.name = 'EditorialValidationError';
    // Not enumerable, so a crash report prints the message above, not the objects again.
    Object.defineProperty(this, 'problems', { value: problems, enumerable: false });
  }
}

/** Validates the editorial folder against the generated data; problems, or one saying the data is missing. */
export function checkEditorial(options: EditorialOptions = {}): EditorialProblem[] {
  const editorial = options.editorial ?? editorialDir();
  const generated = options.generated ?? generatedDir();
  if (!existsSync(path.join(generated, 'data', 'articles.json'))) {
    return [{ file: generated, line: 1, column: 1, message: 'no generated data set: run `npm run ingest` (or `npm run build`) first' }];
  }
  // The index reads the whole data set again: with no editorial files there is nothing to check against it.
  if (listEditorialFiles(editorial).length === 0) return [];
  const index = loadEditorialIndex(generated, options.lexicons ?? 'content/lexicons');
  return validateEditorialDir(editorial, index).problems;
}

function report(problems: EditorialProblem[], logger: AstroIntegrationLogger): void {
  for (const p of problems) logger.error(formatEditorialProblem(p));
}

/**
 * Checks every id editorial files name (note targets, `<QuoteRef>`, `<Compare>`, `<Term>`) when
 * Astro starts. `astro build` fails on the first bad id, so a note whose quote vanished after a
 * seed changed is never dropped silently; `astro dev` logs the problems and checks again whenever
 * an editorial file or the generated data changes.
 */
export default function editorialIntegration(options: EditorialOptions = {}): AstroIntegration {
  let watchers: FSWatcher[] = [];
  return {
    name: 'parallax:editorial',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkEditorial(options);
        if (problems.length === 0) return;
        if (command === 'build') throw new EditorialValidationError(problems);
        report(problems, logger);
      },
      'astro:server:setup': ({ logger }) => {
        let timer: NodeJS.Timeout | undefined;
        let last = '';
        const recheck = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            let problems: EditorialProblem[];
            try {
              problems = checkEditorial(options);
            } catch (error) {
              // Caught mid-swap or a file being saved: the next event checks again.
              logger.warn(`could not check editorial files: ${(error as Error).message}`);
              return;
            }
            // One swap of the generated folder fires several events: report each new state once.
            const state = problems.map(formatEditorialProblem).join('\n');
            if (state === last) return;
            last = state;
            if (problems.length > 0) report(problems, logger);
            else logger.info('editorial files OK');
          }, 300);
        };
        const editorial = options.editorial ?? editorialDir();
        if (existsSync(editorial)) watchers.push(watch(editorial, { recursive: true }, recheck));
        // The generator swaps its whole folder, so watch the parent for the rename.
        const parent = path.dirname(path.resolve(options.generated ?? generatedDir()));
        if (existsSync(parent)) watchers.push(watch(parent, recheck));
      },
      'astro:server:done': () => {
        for (const w of watchers) w.close();
        watchers = [];
      },
    },
  };
}
