import type { ArticleDoc, ArticleMeta, Block, Sentence } from './types.ts';

/** Metadata of a text nothing is known about beyond its title. */
export function blankMeta(title: string): ArticleMeta {
  return { headline: null, title, outlet: null, outletRule: null, byline: null, url: null, published: null, language: 'en', dateCues: [], credits: [] };
}

/** A doc from ready-made blocks and sentences, for texts that skip the reader (tests, benchmarks). */
export function docOf(id: string, text: string, blocks: Block[], sentences: Sentence[]): ArticleDoc {
  return { id, seed: `${id}.txt`, text, lines: [], blocks, sentences, removed: [], meta: blankMeta(id), verdict: 'article' };
}
