import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Plain MDX pages written by the benchmark (BASELINE_CONTENT), one per article of the measured corpus. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.BASELINE_CONTENT ?? './src/content/generated' }),
  schema: z.object({ title: z.string() }),
});

export const collections = { pages };
