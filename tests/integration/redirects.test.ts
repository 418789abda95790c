import { describe, expect, it } from 'vitest';
import { storyRedirects } from '../../src/lib/redirects.ts';

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
});
