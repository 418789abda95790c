/**
 * The story index beside `stories.json`, so a build never holds every story's framing evidence at
 * once: `stories/index.jsonl`, one light line per story (what every page needs: title, articles,
 * the pairs' summaries, the versions' diffs), read once per build, in the order of stories.json.
 * The pages that show a story's framing (its page and its compare pages) read its own line of
 * stories.json, which holds one story per line (src/lib/data.ts).
 */

/** A pair as `stories.json` lists it: its summary, and where its sentence alignment is. */
export interface PublishedPair {
  a: string;
  b: string;
  url: string;
  /** The alignment file, `/data/pairs/<a>--<b>.json`. */
  data?: string;
  alignment?: { summary?: unknown };
}

/** A story as written to `stories.json` (its pairs without their sentence alignments). */
export interface PublishedStory {
  id: string;
  title: string;
  articles: string[];
  url: string;
  pairs: readonly PublishedPair[];
  [extra: string]: unknown;
}

/**
 * A story as stories.json publishes it: its pairs as given (summaries and where their alignments
 * are), its framing without the articles' own signals, which articles.json holds already (each
 * article's `framing`, the same record): they were a sixth of stories.json.
 */
export function publishedStory(story: Pick<PublishedStory, 'id' | 'title' | 'articles' | 'url'> & Record<string, unknown>, pairs: readonly PublishedPair[]): PublishedStory {
  const framing = story.framing;
  if (typeof framing !== 'object' || framing === null || Array.isArray(framing) || !('articles' in framing)) return { ...story, pairs };
  const rest: Record<string, unknown> = { ...framing };
  delete rest.articles;
  return { ...story, framing: rest, pairs };
}

/** Version diff as the generator writes it. */
export interface IndexDiffPart {
  op: string;
  text: string;
}

/** One line of the story index: the story without its framing evidence. */
export interface StoryIndexEntry {
  id: string;
  title: string;
  articles: string[];
  url: string;
  /** Each pair's summary counts, in the shape `stories.json` has them. */
  pairs: { a: string; b: string; url: string; data: string | null; alignment: { summary: { shared: number; onlyA: number; onlyB: number } } }[];
  /** Versions of quotes: what the site shows of them (the fullest version, flags, each version's diff). */
  variants: { id: string; complete: string; flags: string[]; versions: { quote: string; diff: IndexDiffPart[] }[] }[];
}

/** Where the story index is, relative to the data folder. */
export const STORY_INDEX_FILE = 'stories/index.jsonl';

const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const string = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The light index entry of a story. */
export function storyIndexEntry(story: PublishedStory): StoryIndexEntry {
  return {
    id: story.id,
    title: story.title,
    articles: story.articles,
    url: story.url,
    pairs: story.pairs.map((p) => {
      const summary = record(p.alignment?.summary);
      return { a: p.a, b: p.b, url: p.url, data: p.data ?? null, alignment: { summary: { shared: count(summary.shared), onlyA: count(summary.onlyA), onlyB: count(summary.onlyB) } } };
    }),
    variants: array(story.variants).map((raw) => {
      const g = record(raw);
      return {
        id: string(g.id),
        complete: string(g.complete),
        flags: array(g.flags).filter((f): f is string => typeof f === 'string'),
        versions: array(g.versions).map((v) => ({
          quote: string(record(v).quote),
          diff: array(record(v).diff).map((d) => ({ op: string(record(d).op), text: string(record(d).text) })),
        })),
      };
    }),
  };
}

/** The story's line of `stories/index.jsonl` (newline included): append one per story. */
export function storyIndexLine(story: PublishedStory): string {
  return `${JSON.stringify(storyIndexEntry(story))}\n`;
}
