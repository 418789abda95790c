import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/analyze.ts';
import { buildDataset, type DatasetCaches, type StoryParts } from '../../src/pipeline/dataset.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';

const lexicons = loadLexicons('content/lexicons').lexicons;
const seeds = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
const analyzeAll = (edit?: (name: string, text: string) => string) =>
  seeds.map((name) => {
    const text = readFileSync(path.join('seeds', name), 'utf8');
    return analyzeArticle(name, new TextEncoder().encode(edit ? edit(name, text) : text));
  });

/** A story store that counts what it is asked. */
function countingStore() {
  const entries = new Map<string, StoryParts>();
  const counts = { hits: 0, misses: 0 };
  const stories: NonNullable<DatasetCaches['stories']> = {
    get: (key) => {
      const hit = entries.get(key);
      if (hit === undefined) counts.misses += 1;
      else counts.hits += 1;
      return hit === undefined ? undefined : structuredClone(hit);
    },
    set: (key, parts) => void entries.set(key, structuredClone(parts)),
  };
  return { stories, counts };
}

const comparable = (d: ReturnType<typeof buildDataset>) => JSON.stringify([d.articles, d.quotes, d.speakers, d.stories]);

describe('per-story results between builds', () => {
  it('recomputes only the story whose article changed, with the same data set as a cold build', () => {
    const store = countingStore();
    const first = buildDataset(analyzeAll(), { lexicons }, { stories: store.stories });
    expect(comparable(first)).toBe(comparable(buildDataset(analyzeAll(), { lexicons })));
    expect(store.counts).toEqual({ hits: 0, misses: first.stories.length });

    // A new last sentence in seed 003, a story of its own.
    const edit = (name: string, text: string) => (name.startsWith('003') ? `${text}\nThe talks resumed on Friday, officials said.\n` : text);
    store.counts.hits = 0;
    store.counts.misses = 0;
    const second = buildDataset(analyzeAll(edit), { lexicons }, { stories: store.stories });
    expect(store.counts).toEqual({ hits: first.stories.length - 1, misses: 1 });
    expect(comparable(second)).toBe(comparable(buildDataset(analyzeAll(edit), { lexicons })));
  });
});
