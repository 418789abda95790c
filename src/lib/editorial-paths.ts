import type { EditorialKind } from '../schemas/editorial.ts';

/** What a valid slug looks like: lowercase words of letters and digits joined by hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug of an editorial file: its `slug` field, else its file name without folders or `.mdx`. */
export function editorialSlug(idOrPath: string, slug?: string): string {
  if (slug !== undefined) return slug;
  const base = idOrPath.split(/[\\/]/).at(-1) ?? idOrPath;
  return base.replace(/\.mdx$/i, '');
}

/** Permanent URL of a guide (`/guides/<slug>/`) or essay (`/notes/<slug>/`); notes live on their target's page. */
export function editorialUrl(kind: Exclude<EditorialKind, 'note'>, slug: string): string {
  return kind === 'guide' ? `/guides/${slug}/` : `/notes/${slug}/`;
}

/** URL of a guide's printable worksheet. */
export function worksheetUrl(slug: string): string {
  return `/guides/${slug}/worksheet/`;
}

/** Anchor of a note on the page it annotates (`#note-<slug>`). */
export function noteAnchor(slug: string): string {
  return `note-${slug}`;
}

/** Turns a title into a slug candidate ("Putin's remarks: 3 reports" → "putins-remarks-3-reports"). */
export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.length <= maxLength ? slug : slug.slice(0, maxLength).replace(/-[^-]*$/, '');
  return cut === '' ? 'guide' : cut;
}
