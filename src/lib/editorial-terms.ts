import { loadLexicons, type Lexicons } from '../pipeline/lexicons.ts';

/** A contested term as `<Term>` shows it. */
export interface TermDefinition {
  label: string;
  /** "<what the group names>: <why the choice matters>", from terms.json. */
  definition: string;
}

let cached: Lexicons['terms'] | undefined;

/** Looks a term up by id (`invaded`) or `group/term` (`start-of-war/invaded`) in the given groups. */
export function findTerm(id: string, terms: Lexicons['terms']): TermDefinition | undefined {
  const [groupId, termId] = id.includes('/') ? id.split('/', 2) : [undefined, id];
  for (const group of terms.groups) {
    if (groupId !== undefined && group.id !== groupId) continue;
    const term = group.terms.find((t) => t.id === termId);
    if (term === undefined) continue;
    const rivals = group.terms.filter((t) => t !== term).map((t) => `“${t.label}”`).join(', ');
    const definition = `${group.label}${term.note !== undefined ? `. ${term.note}` : ''}${rivals !== '' ? ` Other words for it: ${rivals}.` : ''}`;
    return { label: term.label, definition: definition.replace(/\.\./g, '.') };
  }
  return undefined;
}

/** Looks a term up in content/lexicons/terms.json (read once per build). */
export function termDefinition(id: string, lexiconsDir = 'content/lexicons'): TermDefinition | undefined {
  cached ??= loadLexicons(lexiconsDir).lexicons.terms;
  return findTerm(id, cached);
}
