import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ArticleRecord, QuoteRecord, SpeakerRecord, StoryRecord } from '../schemas/dataset.ts';
import { readVariants, type VariantInfo } from './framing.ts';

/** The data set the generator wrote, loaded once per build and indexed for the pages. */
export interface SiteData {
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  speakers: SpeakerRecord[];
  stories: StoryRecord[];
  article: Map<string, ArticleRecord>;
  quote: Map<string, QuoteRecord>;
  speaker: Map<string, SpeakerRecord>;
  story: Map<string, StoryRecord>;
  quotesByArticle: Map<string, QuoteRecord[]>;
  /** Quotes sharing a `variantGroup` (versions of one utterance across articles). */
  quotesByGroup: Map<string, QuoteRecord[]>;
  /** The generator's version groups (`story.variants`) by id, read defensively. */
  variants: Map<string, VariantInfo>;
}

let cached: { dir: string; key: string; data: SiteData } | undefined;

function read<T>(dir: string, name: string): T[] {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T[];
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Loads `content/generated/data/*.json` once per data set: every page shares it until the ingest writes a new one. */
export function siteData(): SiteData {
  const dir = path.resolve(process.env.PARALLAX_GENERATED ?? 'content/generated', 'data');
  // A build reads one data set: no need to stat it again for every component of every page.
  if (cached !== undefined && cached.dir === dir && import.meta.env?.DEV === false) return cached.data;
  // The ingest swaps the whole folder, so a new stories.json means a new data set (dev server, tests).
  const stamp = statSync(path.join(dir, 'stories.json'), { throwIfNoEntry: false });
  const key = `${dir}\u0000${stamp?.mtimeMs ?? 0}\u0000${stamp?.ino ?? 0}`;
  if (cached !== undefined && cached.key === key) return cached.data;
  const articles = read<ArticleRecord>(dir, 'articles.json');
  const quotes = read<QuoteRecord>(dir, 'quotes.json');
  const speakers = read<SpeakerRecord>(dir, 'speakers.json');
  const stories = read<StoryRecord>(dir, 'stories.json');
  const quotesByArticle = new Map<string, QuoteRecord[]>();
  const quotesByGroup = new Map<string, QuoteRecord[]>();
  for (const q of quotes) {
    const list = quotesByArticle.get(q.article) ?? [];
    list.push(q);
    quotesByArticle.set(q.article, list);
    if (q.variantGroup === null) continue;
    const group = quotesByGroup.get(q.variantGroup) ?? [];
    group.push(q);
    quotesByGroup.set(q.variantGroup, group);
  }
  const data: SiteData = {
    articles, quotes, speakers, stories,
    article: byId(articles), quote: byId(quotes), speaker: byId(speakers), story: byId(stories),
    quotesByArticle, quotesByGroup,
    variants: new Map(stories.flatMap((s) => readVariants(s.variants)).map((v) => [v.id, v])),
  };
  cached = { dir, key, data };
  return data;
}

/** Raw bytes of one data file, for the `/data/*.json` endpoints (served as written: no decoding and encoding again). */
export function dataFile(name: string): Uint8Array<ArrayBuffer> {
  const bytes = readFileSync(path.resolve(process.env.PARALLAX_GENERATED ?? 'content/generated', 'data', name));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
