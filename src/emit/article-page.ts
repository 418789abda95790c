/**
 * An article's page straight from its corpus article: everything the page shows is known once the
 * stories are grouped, so the pool's workers render it beside the story's parts instead of the
 * main thread rendering every page after the data set is finished. It reads the same fields
 * `finishDataset` (src/pipeline/dataset.ts) records, mapped the same way.
 */
import { articleSpeakers, type CorpusArticle } from '../pipeline/corpus.ts';
import type { OffsetMap } from '../pipeline/offsets.ts';
import { articleMdx, type ArticlePage, type PageQuote } from './entries.ts';

/** The MDX entry of an article of story `story`, from its corpus article, its text as read and its offset map. */
export function articlePageMdx(c: CorpusArticle, source: string, toOriginal: OffsetMap, story: string): string {
  const { meta } = c.doc;
  const span = (s: { start: number; end: number }) => ({ start: toOriginal(s.start), end: toOriginal(s.end) });
  const page: ArticlePage = {
    title: meta.title,
    headline: meta.headline,
    outlet: meta.outlet,
    byline: meta.byline,
    seed: c.doc.seed,
    story,
    speakers: articleSpeakers(c.quotes),
    blocks: c.doc.blocks.map((b) => ({ ...span(b), kind: b.kind, anchor: b.anchor })),
    quotes: c.quotes.map((q) => q.id),
  };
  const quotes = c.quotes.map((q): PageQuote => ({ id: q.id, ...span(q), kind: q.kind, speaker: q.speakerId, speakerName: q.speakerName }));
  return articleMdx(page, quotes, source);
}
