/** Permanent article ids and sidecar names from seed file names. */

/** Permanent article id from a seed file name: lower case, accents folded, no extension, `[a-z0-9_-]` only. */
export function articleIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]*$/, '') || base;
  const id = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'article' : id;
}

/** Name of the sidecar file of a seed: `seeds/x.txt` → `x.meta.json`. */
export function sidecarNameFor(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return `${base.replace(/\.[^.]*$/, '') || base}.meta.json`;
}
