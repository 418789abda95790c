import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { slugify } from '../pipeline/names.ts';
import { readStoryIndex } from './story-index.ts';

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

interface SpeakerLike {
  id: string;
  url: string;
  aliases: string[];
}

/**
 * Speaker ids are slugs of the most used spelling of a name, which new articles can change
 * ("Zelenskiy" → "Zelenskyy"). The old spelling stays among the aliases, so every alias slug that is
 * not a live speaker redirects to its speaker; a slug two speakers share is left alone.
 */
export function speakerRedirects(speakers: SpeakerLike[]): Record<string, string> {
  const own = new Set(speakers.map((s) => s.id));
  const targets = new Map<string, Set<string>>();
  for (const speaker of speakers) {
    for (const alias of speaker.aliases) {
      const slug = slugify(alias);
      if (slug === '' || own.has(slug)) continue;
      targets.set(slug, (targets.get(slug) ?? new Set()).add(speaker.url));
    }
  }
  const redirects: Record<string, string> = {};
  for (const [slug, urls] of [...targets].sort()) if (urls.size === 1) redirects[`/speakers/${slug}/`] = [...urls][0] ?? '';
  return redirects;
}

/** Reads the generated stories and speakers (if an ingest has run) and returns Astro's `redirects` config. */
export function generatedRedirects(generated = process.env.PARALLAX_GENERATED ?? 'content/generated'): Record<string, string> {
  const file = path.join(generated, 'data', 'stories.json');
  if (!existsSync(file)) return {};
  const speakersFile = path.join(generated, 'data', 'speakers.json');
  const speakers = existsSync(speakersFile) ? speakerRedirects(JSON.parse(readFileSync(speakersFile, 'utf8')) as SpeakerLike[]) : {};
  // The light index has each story's id, url and articles: stories.json's framing need not be parsed.
  const stories = readStoryIndex(path.join(generated, 'data')) ?? (JSON.parse(readFileSync(file, 'utf8')) as StoryLike[]);
  return { ...speakers, ...storyRedirects(stories) };
}
