import { hash } from 'node:crypto';

/** Short, stable hex digest of a string. */
export function shortHash(value: string, length = 8): string {
  // One-shot hashing: a Hash object per quote id cost several times more.
  return hash('sha1', value, 'hex').slice(0, length);
}

/** Collapses whitespace and case so cosmetic edits don't change an id derived from text. */
export function canonicalText(value: string): string {
  return value.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff]+/g, ' ').trim().toLowerCase();
}

/**
 * Permanent quote id: derived from the article and the quote's own words (plus which occurrence of
 * those words it is), so adding seeds or editing other paragraphs never changes it.
 */
export function quoteId(articleId: string, quoteText: string, occurrence: number): string {
  const suffix = occurrence > 0 ? `\u0000${occurrence}` : '';
  return `q-${shortHash(`${articleId}\u0000${canonicalText(quoteText)}${suffix}`)}`;
}

/** Where a pair's sentence alignment is written, relative to the data folder. */
export function pairFile(a: string, b: string): string {
  return `pairs/${a}--${b}.json`;
}

/** URL paths of the site's pages; one place so data and pages always agree. */
export const paths = {
  article: (id: string): string => `/articles/${id}/`,
  speaker: (id: string): string => `/speakers/${id}/`,
  story: (id: string): string => `/stories/${id}/`,
  quote: (articleId: string, quote: string): string => `/articles/${articleId}/#${quote}`,
  /** Independent of the story, so regrouping stories never breaks a comparison link. */
  compare: (a: string, b: string): string => `/compare/${a}--${b}/`,
};
