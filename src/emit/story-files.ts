/**
 * Per-story data files beside `stories.json`. `stories.json` stays the published data set; the
 * site reads these instead, so a build never holds every story's framing evidence at once:
 *
 * - `stories/index.jsonl`: one light line per story (what every page needs: title, articles,
 *   the pairs' summaries, the versions' diffs), read once per build;
 * - `stories/<id>.json`: the story exactly as in `stories.json`, read only by the pages that
 *   show its framing (the story page and its compare pages).
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

/** Path of a story's own file, relative to the data folder. */
export function storyFile(id: string): string {
  return `stories/${id}.json`;
}

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

/**
 * The files of one story, paths relative to the data folder: its whole record, as in `stories.json`
 * (`line`: the story serialised for stories.json, or how to get it, so it is not serialised twice;
 * a file's `text` is made when read, so a file that is not written again costs nothing).
 */
export function storyDataFiles(story: PublishedStory, line: string | (() => string) = () => JSON.stringify(story)): { file: string; readonly text: string }[] {
  const lineOf = typeof line === 'string' ? () => line : line;
  return [{ file: storyFile(story.id), get text() { return `${lineOf()}\n`; } }];
}
