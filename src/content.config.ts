import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { editorialSchema } from './schemas/editorial.ts';
import { markdownBodies, sourceBodies } from './lib/markdown-bodies.ts';

/** Where the generator writes; never edited by hand (see scripts/ingest.ts). */
const generated = process.env.PARALLAX_GENERATED ?? './content/generated';

const articles = defineCollection({
  // The page renders the body from its MDX source (src/lib/article-body.ts): no module per article to bundle.
  loader: sourceBodies(glob({ pattern: '*.mdx', base: `${generated}/articles` })),
  schema: z.object({
    /** What pages show: the headline, or "Untitled article — …". */
    title: z.string(),
    /** The source's own headline; null when it has none. */
    headline: z.string().nullable(),
    outlet: z.string().nullable(),
    byline: z.string().nullable(),
    /** Seed file the article was read from. */
    seed: z.string(),
    story: reference('stories'),
    speakers: z.array(reference('speakers')),
    /** Number of quotes, of every kind. */
    quotes: z.number().int(),
  }),
});

const speakers = defineCollection({
  // Bodies are one generated sentence: rendered as Markdown when content syncs, not bundled as MDX.
  loader: markdownBodies(glob({ pattern: '*.mdx', base: `${generated}/speakers` })),
  schema: z.object({
    name: z.string(),
    type: z.enum(['person', 'organisation', 'role']),
    aliases: z.array(z.string()),
    descriptors: z.array(z.string()),
    articles: z.array(reference('articles')),
  }),
});

const stories = defineCollection({
  loader: markdownBodies(glob({ pattern: '*.mdx', base: `${generated}/stories` })),
  schema: z.object({
    title: z.string(),
    articles: z.array(reference('articles')),
  }),
});

/** Editors' notes, essays and teaching guides (docs/editors.md); never written by the generator. */
const editorial = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.PARALLAX_EDITORIAL ?? './content/editorial' }),
  schema: editorialSchema,
});

export const collections = { articles, speakers, stories, editorial };
