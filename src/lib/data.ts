import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord, QuoteRecord, SpeakerRecord } from '../schemas/dataset.ts';
import { storyIndexEntry, type PublishedStory, type StoryIndexEntry } from '../emit/story-files.ts';
import { readVariants, readVerbs, type VariantInfo, type VerbUse } from './framing.ts';
import { lineStarts, readSpan } from './json-lines.ts';
import { readStoryIndex } from './story-index.ts';

/** A story as pages list it: title, articles, pairs' summaries and versions, without its framing evidence. */
export type SiteStory = StoryIndexEntry;

/** The data set the generator wrote, loaded once per build and indexed for the pages. */
export interface SiteData {
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  speakers: SpeakerRecord[];
  /** Stories from the light index; a story's framing is read on demand with `storyDetails`. */
  stories: SiteStory[];
  article: Map<string, ArticleRecord>;
  quote: Map<string, QuoteRecord>;
  speaker: Map<string, SpeakerRecord>;
  story: Map<string, SiteStory>;
  quotesByArticle: Map<string, QuoteRecord[]>;
  /** Quotes sharing a `variantGroup` (versions of one utterance across articles). */
  quotesByGroup: Map<string, QuoteRecord[]>;
  /** The generator's version groups (`story.variants`) by id, read defensively. */
  variants: Map<string, VariantInfo>;
}

interface Loaded {
  dir: string;
  key: string;
  data: SiteData;
  /** Whole stories, only when the data set has no story index or stories.json is not one story per line. */
  whole: Map<string, PublishedStory> | null;
  /** Where the lines of stories.json start, found when the first story is read (see `storyLine`). */
  lines?: number[];
  /** Each story's place in the index (and so its line of stories.json). */
  places?: Map<string, number>;
  /** The few stories read last: pages of one story are built one after another. */
  recent: Map<string, PublishedStory | undefined>;
  /** The quotes of the article whose paragraphs are being built, by block anchor. */
  blocks?: { article: string; quotes: Map<string, QuoteRecord[]> };
  /** Speaker id → article id → the verbs outlets used of the speaker there; built on first use. */
  verbs?: Map<string, Map<string, VerbUse[]>>;
}

let cached: Loaded | undefined;

/** Stories whose full record stays in memory at once. */
const RECENT_STORIES = 8;

function read<T>(dir: string, name: string): T[] {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T[];
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** The light story index; from `stories.json` whole when the data set has no index. */
function readStories(dir: string): { stories: SiteStory[]; whole: Map<string, PublishedStory> | null } {
  const stories = readStoryIndex(dir);
  if (stories !== null) return { stories, whole: null };
  const whole = read<PublishedStory>(dir, 'stories.json');
  return { stories: whole.map(storyIndexEntry), whole: byId(whole) };
}

function load(): Loaded {
  const dir = path.resolve(process.env.PARALLAX_GENERATED ?? 'content/generated', 'data');
  // A build reads one data set: no need to stat it again for every component of every page.
  if (cached !== undefined && cached.dir === dir && import.meta.env?.DEV === false) return cached;
  // The ingest swaps the whole folder, so a new stories.json means a new data set (dev server, tests).
  const stamp = statSync(path.join(dir, 'stories.json'), { throwIfNoEntry: false });
  const key = `${dir}\u0000${stamp?.mtimeMs ?? 0}\u0000${stamp?.ino ?? 0}`;
  if (cached !== undefined && cached.key === key) return cached;
  const articles = read<ArticleRecord>(dir, 'articles.json');
  const quotes = read<QuoteRecord>(dir, 'quotes.json');
  const speakers = read<SpeakerRecord>(dir, 'speakers.json');
  const { stories, whole } = readStories(dir);
  const quotesByArticle = new Map<string, QuoteRecord[]>();
  const quotesByGroup = new Map<string, QuoteRecord[]>();
  for (const q of quotes) {
    push(quotesByArticle, q.article, q);
    if (q.variantGroup !== null) push(quotesByGroup, q.variantGroup, q);
  }
  const data: SiteData = {
    articles, quotes, speakers, stories,
    article: byId(articles), quote: byId(quotes), speaker: byId(speakers), story: byId(stories),
    quotesByArticle, quotesByGroup,
    variants: new Map(stories.flatMap((s) => readVariants(s.variants)).map((v) => [v.id, v])),
  };
  cached = { dir, key, data, whole, recent: new Map() };
  return cached;
}

/** Loads `content/generated/data/*.json` once per data set: every page shares it until the ingest writes a new one. */
export function siteData(): SiteData {
  return load().data;
}

/**
 * A story's whole record as in `stories.json` (framing, versions, links), read from its line of
 * stories.json by the pages that show it; the last few are kept, never all of them.
 */
export function storyDetails(id: string): PublishedStory | undefined {
  const loaded = load();
  if (loaded.whole !== null) return loaded.whole.get(id);
  if (loaded.recent.has(id)) {
    const story = loaded.recent.get(id);
    // Most recently used last, so the oldest goes first.
    loaded.recent.delete(id);
    loaded.recent.set(id, story);
    return story;
  }
  const story = loaded.data.story.has(id) ? storyLine(loaded, id) : undefined;
  loaded.recent.set(id, story);
  if (loaded.recent.size > RECENT_STORIES) loaded.recent.delete(loaded.recent.keys().next().value!);
  return story;
}

/**
 * A story read from its own line of stories.json, which the ingest writes one story per line in the
 * order of the index; a file laid out otherwise is read whole instead, once.
 */
function storyLine(loaded: Loaded, id: string): PublishedStory | undefined {
  const file = path.join(loaded.dir, 'stories.json');
  const stories = loaded.data.stories;
  // `[`, a line per story, `]`, then the end of the file.
  loaded.lines ??= existsSync(file) ? lineStarts(file) : [];
  loaded.places ??= new Map(stories.map((s, i) => [s.id, i]));
  const at = loaded.places.get(id) ?? -1;
  let story: PublishedStory | undefined;
  if (loaded.lines.length === stories.length + 3 && at !== -1) {
    try {
      // trimmed by hand: a `/,?\s*$/` replace is quadratic on long runs of spaces
      const line = readSpan(file, loaded.lines[at + 1]!, loaded.lines[at + 2]!).trimEnd();
      story = JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as PublishedStory;
    } catch {
      story = undefined;
    }
  }
  if (story?.id === id) return story;
  loaded.whole = existsSync(file) ? byId(read<PublishedStory>(loaded.dir, 'stories.json')) : new Map();
  return loaded.whole.get(id);
}

/** An article's quotes in one block (`p-3`), in reading order; grouped once per article, as its paragraphs are built. */
export function quotesInBlock(article: string, block: string): QuoteRecord[] {
  const loaded = load();
  if (loaded.blocks?.article !== article) {
    const quotes = new Map<string, QuoteRecord[]>();
    for (const q of loaded.data.quotesByArticle.get(article) ?? []) push(quotes, q.block, q);
    loaded.blocks = { article, quotes };
  }
  return loaded.blocks.quotes.get(block) ?? [];
}

/**
 * The verbs an article uses of a speaker (from its framing), in the article's order. Indexed once
 * per data set: a speaker page would otherwise read the framing of every article quoting them.
 */
export function speakerVerbs(speaker: string, article: string): VerbUse[] {
  const loaded = load();
  if (loaded.verbs === undefined) {
    const index = new Map<string, Map<string, VerbUse[]>>();
    for (const a of loaded.data.articles) {
      const framing = a.framing;
      const raw = typeof framing === 'object' && framing !== null ? (framing as { verbs?: unknown }).verbs : undefined;
      for (const v of readVerbs(raw)) {
        if (v.speakerId === null) continue;
        let byArticle = index.get(v.speakerId);
        if (byArticle === undefined) index.set(v.speakerId, (byArticle = new Map()));
        push(byArticle, a.id, v);
      }
    }
    loaded.verbs = index;
  }
  return loaded.verbs.get(speaker)?.get(article) ?? [];
}

