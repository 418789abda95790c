import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/analyze.ts';
import { buildDataset } from '../../src/pipeline/dataset.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';

// The seeds through the real reader and quote stages: stories and versions as readers will see them.
describe('coverage of the seeds through the whole pipeline', () => {
  const files = readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort();
  const analyzed = files.map((f) => analyzeArticle(f, readFileSync(`seeds/${f}`)));
  const ds = buildDataset(analyzed, { lexicons: loadLexicons('content/lexicons').lexicons });

  it('groups 000, 001 and 002 and leaves 003 and 004 alone', () => {
    expect(ds.stories.map((s) => s.articles.map((id) => id.slice(0, 3)))).toEqual([['000', '001', '002'], ['003'], ['004']]);
  });

  it('gives versions of the same words one variant group', () => {
    const group = (article: string, start: string) => ds.quotes.find((q) => q.article.startsWith(article) && q.text.startsWith(start))?.variantGroup;
    expect(group('000', 'alive and kicking')).toBe(group('002', 'alive and well'));
    expect(group('000', 'Our goal is not')).toBe(group('002', 'Our goal is …'));
    expect(group('000', 'We will strive')).toBe(group('002', 'We will strive to ensure'));
    expect(group('000', 'We will strive')).toBe(group('001', 'We will strive'));
    expect(group('000', 'Our goal is not')).not.toBe(group('000', 'We will strive'));
  });
});
