import type { PhrasingContent, RootContent } from 'mdast';
import type { ArticleRecord, SpeakerRecord, StoryRecord } from '../schemas/dataset.ts';
import type { CorpusArticle, CorpusQuote } from '../pipeline/corpus.ts';
import { blockElement, inlineElement, text, toMdx } from './mdx.ts';

/** Inline content of one block: its text with every outermost quote as a `<Quote>` element. */
function blockChildren(blockText: string, blockStart: number, quotes: CorpusQuote[]): PhrasingContent[] {
  const children: PhrasingContent[] = [];
  let cursor = 0;
  for (const q of quotes) {
    const from = q.start - blockStart;
    const to = q.end - blockStart;
    // Nested or overlapping spans stay inside the outer quote's text.
    if (from < cursor || to > blockText.length || from >= to) continue;
    if (from > cursor) children.push(text(blockText.slice(cursor, from)));
    children.push(
      inlineElement(
        'Quote',
        { id: q.id, kind: q.kind, speaker: q.kind === 'term' ? null : q.speakerId, name: q.kind === 'term' ? null : q.speakerName },
        [text(blockText.slice(from, to))],
      ),
    );
    cursor = to;
  }
  if (cursor < blockText.length) children.push(text(blockText.slice(cursor)));
  return children;
}

/** The MDX entry of an article: frontmatter from its record, body built as an mdast tree. */
export function articleMdx(record: ArticleRecord, article: CorpusArticle): string {
  const sorted = [...article.quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const body: RootContent[] = article.doc.blocks.map((block, index) => {
    if (block.kind === 'heading') {
      return blockElement('Heading', { id: block.anchor, text: block.text }, []);
    }
    const inBlock = sorted.filter((q) => q.block === index || (q.start >= block.start && q.end <= block.end));
    return blockElement('Para', { id: block.anchor }, blockChildren(block.text, block.start, inBlock));
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
  const summary = `Quoted ${record.quotes.length} ${record.quotes.length === 1 ? 'time' : 'times'} in ${record.articles.length} ${record.articles.length === 1 ? 'article' : 'articles'}.`;
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
