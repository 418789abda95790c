/**
 * JSON-LD for `<script type="application/ld+json">`. Seed text is untrusted, so every `<`, `>`
 * and `&` is escaped as a JSON unicode escape: no text can close the script element or open a comment.
 */
export function jsonLd(data: unknown): string {
  return (JSON.stringify(data) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** An absolute URL of a site path. */
export function absolute(pathname: string, site: URL | undefined): string {
  return new URL(pathname, site ?? 'https://parallax.example.org').href;
}

/** Text for meta attributes (descriptions, Open Graph): one line, angle brackets as ‹ ›. */
export function metaText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/</g, '‹').replace(/>/g, '›');
}
