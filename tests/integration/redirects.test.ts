import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedRedirects, storyRedirects } from '../../src/lib/redirects.ts';
import { STORY_INDEX_FILE, storyIndexLine } from '../../src/emit/story-files.ts';

describe('story redirects', () => {
  it('sends every article-derived story id that is no longer a story to the story holding the article', () => {
    const redirects = storyRedirects([
      { id: 'story-a', url: '/stories/story-a/', articles: ['a', 'c', 'd'] },
      { id: 'story-b', url: '/stories/story-b/', articles: ['b'] },
    ]);
    expect(redirects).toEqual({ '/stories/story-c/': '/stories/story-a/', '/stories/story-d/': '/stories/story-a/' });
  });

  it('never redirects a live story page', () => {
    // "story-b" is both an article-derived alias inside story-a and a live story: the live page wins.
    const redirects = storyRedirects([
      { id: 'story-a', url: '/stories/story-a/', articles: ['a', 'b'] },
      { id: 'story-b', url: '/stories/story-b/', articles: ['c'] },
    ]);
    expect(redirects['/stories/story-b/']).toBeUndefined();
  });

  it('reads the stories from the light index, never the framing in stories.json, when there is one', () => {
    const generated = mkdtempSync(path.join(os.tmpdir(), 'parallax-redirects-'));
    mkdirSync(path.join(generated, 'data', 'stories'), { recursive: true });
    // A harbour strike covered twice; its id was once story-harbour-2's.
    const story = { id: 'story-harbour-1', title: 'Dockers walk out at Port Ellery', articles: ['harbour-1', 'harbour-2'], url: '/stories/story-harbour-1/', pairs: [] };
    writeFileSync(path.join(generated, 'data', STORY_INDEX_FILE), storyIndexLine(story));
    writeFileSync(path.join(generated, 'data', 'stories.json'), 'not read when the index is there\n');
    expect(generatedRedirects(generated)).toEqual({ '/stories/story-harbour-2/': '/stories/story-harbour-1/' });
    writeFileSync(path.join(generated, 'data', 'stories.json'), `${JSON.stringify([{ ...story, url: '/stories/elsewhere/' }])}\n`);
    expect(generatedRedirects(generated)).toEqual({ '/stories/story-harbour-2/': '/stories/story-harbour-1/' });
  });
});
