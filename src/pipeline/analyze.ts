import { readArticle } from './read.ts';
import { extractQuotes } from './quotes.ts';
import { attributeQuotes } from './attribute.ts';
import type { AnalyzedArticle } from './types.ts';

/**
 * Everything Parallax learns from one seed file on its own: clean text, structure, metadata,
 * quotes and their speakers within the article. Pure: same bytes in, same result out, so the
 * result can be cached by content.
 */
export function analyzeArticle(file: string, bytes: Uint8Array, sidecar?: unknown): AnalyzedArticle {
  const { doc, encoding, toOriginal, problems, source } = readArticle(file, bytes, sidecar);
  if (doc.verdict !== 'article') {
    return { doc, speakers: [], quotes: [], problems, encoding, source, toOriginal };
  }
  const spans = extractQuotes(doc);
  const { speakers, quotes } = attributeQuotes(doc, spans);
  return { doc, speakers, quotes, problems, encoding, source, toOriginal };
}
