import type { PhrasingContent, RootContent } from 'mdast';
import type { ArticleRecord, QuoteRecord, SpeakerRecord, StoryRecord } from '../schemas/dataset.ts';
import { blockElement, inlineElement, text, toMdx } from './mdx.ts';

/** Inline content of one block: its text with every outermost quote as a `<Quote>` element. */
function blockChildren(source: string, start: number, end: number, quotes: PageQuote[]): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let cursor = start;
  for (const q of quotes) {
    // Nested or overlapping spans stay inside the outer quote's text.
    if (q.start < cursor || q.end > end || q.start >= q.end) continue;
    if (q.start > cursor) children.push(text(source.slice(cursor, q.start)));
    const speech = q.kind !== 'term';
    children.push(
      inlineElement(
        'Quote',
        { id: q.id, kind: q.kind, speaker: speech ? q.speaker : null, name: speech ? q.speakerName : null },
        [text(source.slice(q.start, q.end))],
      ),
    );
    cursor = q.end;
  }
  if (cursor < end) children.push(text(source.slice(cursor, end)));
  return children;
}

/** What an article's page reads of its record. */
export type ArticlePage = Pick<ArticleRecord, 'title' | 'headline' | 'outlet' | 'byline' | 'seed' | 'story' | 'speakers'> & {
  blocks: Pick<ArticleRecord['blocks'][number], 'start' | 'end' | 'kind' | 'anchor'>[];
  quotes: readonly string[];
};

/** What an article's page reads of its quotes' records. */
export type PageQuote = Pick<QuoteRecord, 'id' | 'start' | 'end' | 'kind' | 'speaker' | 'speakerName'>;

/**
 * The MDX entry of an article: frontmatter from its record, body built as an mdast tree from the
 * text as read (so what readers see is exactly what the source said), quotes as components.
 */
export function articleMdx(record: ArticlePage, quotes: PageQuote[], source: string): string {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const body: RootContent[] = record.blocks.map((block) => {
    if (block.kind === 'heading') return blockElement('Heading', { id: block.anchor, text: source.slice(block.start, block.end) }, []);
    const inBlock = sorted.filter((q) => q.start >= block.start && q.end <= block.end);
    return blockElement('Para', { id: block.anchor }, blockChildren(source, block.start, block.end, inBlock));
  });
  const data = {
    title: record.title,
    headline: record.headline,
    outlet: record.outlet,
    byline: record.byline,
    seed: record.seed,
    story: record.story,
    speakers: record.speakers,
    quotes: record.quotes.length,
  };
  return toMdx(data, body);
}

/** The MDX entry of a speaker. */
export function speakerMdx(record: SpeakerRecord): string {
  const times = record.quotes.length === 1 ? 'time' : 'times';
  const articles = record.articles.length === 1 ? 'article' : 'articles';
  const summary = `Quoted ${record.quotes.length} ${times} in ${record.articles.length} ${articles}.`;
  return toMdx(
    { name: record.name, type: record.type, aliases: record.aliases, descriptors: record.descriptors, articles: record.articles },
    [{ type: 'paragraph', children: [text(summary)] }],
  );
}

/** The MDX entry of a story. */
export function storyMdx(record: StoryRecord): string {
  const n = record.articles.length;
  const summary = n === 1 ? 'One article covers this story so far.' : `${n} articles cover this story.`;
  return toMdx({ title: record.title, articles: record.articles }, [{ type: 'paragraph', children: [text(summary)] }]);
}
