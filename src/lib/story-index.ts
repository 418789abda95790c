import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { STORY_INDEX_FILE, type StoryIndexEntry } from '../emit/story-files.ts';

/**
 * The stories of a data folder as its light index lists them (id, title, articles, url, pairs'
 * summaries, versions), or null when it has none: what needs no framing need not parse stories.json.
 */
export function readStoryIndex(dataDir: string): StoryIndexEntry[] | null {
  const index = path.join(dataDir, STORY_INDEX_FILE);
  if (!existsSync(index)) return null;
  return readFileSync(index, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as StoryIndexEntry);
}
