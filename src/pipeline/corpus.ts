import type { ArticleDoc, AttributedQuote } from './types.ts';

/**
 * The cross-article view every coverage stage (stories, variants, framing, align) reads:
 * one analysed article with quotes that carry permanent ids and registry speakers.
 */

/** A quote with its permanent id and the registry speaker (null when the speaker is unclear). */
export interface CorpusQuote extends AttributedQuote {
  id: string;
  speakerId: string | null;
  speakerName: string | null;
}

/** One article of the corpus: the reading stage's doc and its attributed quotes. */
export interface CorpusArticle {
  doc: ArticleDoc;
  quotes: CorpusQuote[];
}

/** The speakers an article quotes (terms aside), once each, in the order they first speak. */
export function articleSpeakers(quotes: readonly CorpusQuote[]): string[] {
  return [...new Set(quotes.filter((q) => q.kind !== 'term').flatMap((q) => (q.speakerId === null ? [] : [q.speakerId])))];
}
