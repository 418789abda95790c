import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface StoryLike {
  id: string;
  url: string;
  articles: string[];
}

/**
 * Story ids are `story-<first article id>`. When an article with a smaller id joins a story, the
 * story's id changes; every `story-<article>` that is not a story's own id redirects to the story
 * holding that article, so an old story link still lands on the right page.
 */
export function storyRedirects(stories: StoryLike[]): Record<string, string> {
  const own = new Set(stories.map((s) => s.id));
  const redirects: Record<string, string> = {};
  for (const story of stories) {
    for (const article of story.articles) {
      const alias = `story-${article}`;
      if (!own.has(alias)) redirects[`/stories/${alias}/`] = story.url;
    }
  }
  return redirects;
}

/** Reads the generated stories (if an ingest has run) and returns Astro's `redirects` config. */
export function generatedRedirects(generated = process.env.PARALLAX_GENERATED ?? 'content/generated'): Record<string, string> {
  const file = path.join(generated, 'data', 'stories.json');
  if (!existsSync(file)) return {};
  return storyRedirects(JSON.parse(readFileSync(file, 'utf8')) as StoryLike[]);
}
