import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readArticle, type ReadResult } from '../../src/pipeline/read.ts';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seeds = new Map<string, ReadResult>(
  readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f.slice(0, 3), readArticle(f, readFileSync(seedsDir + f))]),
);
const seed = (prefix: string) => seeds.get(prefix) as ReadResult;

// Page furniture that must never survive into a paragraph, whatever the outlet.
const FURNITURE = [
  /Photo by|via Getty Images|\[Photo/i,
  /is an? [\w ]*Reporter/,
  /Previous article|Next article|Leave a Reply|Exit mobile version/,
  /©|All rights reserved/i,
  /^\(With Agency Inputs\)$/,
  /^theindianstatesman\.com$/,
  /^Vladimir Putin$/,
];

describe('the five seeds', () => {
  it('reads all five as English articles without problems', () => {
    expect(seeds.size).toBe(5);
    for (const [name, r] of seeds) {
      expect(r.doc.verdict, name).toBe('article');
      expect(r.encoding, name).toBe('utf-8');
      expect(r.problems, name).toEqual([]);
    }
  });

  it('keeps no caption, bio, chrome or copyright line in any paragraph', () => {
    for (const [name, r] of seeds) {
      for (const b of r.doc.blocks) for (const re of FURNITURE) expect(b.text, `${name}: ${re}`).not.toMatch(re);
    }
  });

  it('removes the furniture with readable reasons', () => {
    const reasons = (p: string) => seed(p).doc.removed.map((l) => [l.role, l.text.slice(0, 24)]);
    expect(reasons('000')).toEqual([['credit', '(With Agency Inputs)']]);
    expect(seed('000').doc.meta.credits).toEqual(['(With Agency Inputs)']);
    expect(reasons('001').map(([role]) => role)).toEqual(['topic-tag', 'caption', 'caption', 'caption', 'copyright']);
    expect(reasons('002').map(([role]) => role)).toEqual(['chrome', 'chrome', 'author-bio', 'chrome']);
    expect(reasons('003').map(([role]) => role)).toEqual(['site-name', 'headline', 'photo-credit', 'chrome']);
    expect(reasons('004')).toEqual([]);
  });

  it('makes the section headings of 000 headings', () => {
    expect(seed('000').doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Russia claims Ukraine refusing peace talks',
      'Zelenskiy’s historic US visit',
    ]);
    for (const p of ['001', '002', '003', '004']) expect(seed(p).doc.blocks.every((b) => b.kind === 'paragraph'), p).toBe(true);
  });

  it('finds the headline of 003 and invents none for the others', () => {
    expect(seed('003').doc.meta.headline).toBe('White House Signals Hope for Ceasefire, Says Russia Has Incentive to End War');
    for (const p of ['000', '001', '002', '004']) {
      expect(seed(p).doc.meta.headline, p).toBeNull();
      expect(seed(p).doc.meta.title, p).toMatch(/^Untitled article — \S/);
    }
    expect(seed('004').doc.meta.title).toBe('Untitled article — On January 31, U.S. President Donald Trump stated…');
  });

  it('finds the outlets the pages name, and null where they name none', () => {
    const outlets = Object.fromEntries([...seeds].map(([p, r]) => [p, r.doc.meta.outlet]));
    expect(outlets).toEqual({ '000': null, '001': 'Latin Times', '002': '24PalNews', '003': 'The Indian Statesman', '004': null });
  });

  it('reads one paragraph per line in 004, which has no blank lines', () => {
    expect(seed('004').doc.blocks).toHaveLength(16);
  });

  it('keeps every span exact', () => {
    for (const [name, r] of seeds) {
      const spans = [...r.doc.lines, ...r.doc.blocks, ...r.doc.sentences, ...r.doc.removed, ...r.doc.meta.dateCues];
      for (const s of spans) expect(r.doc.text.slice(s.start, s.end), name).toBe(s.text);
      const decoded = readFileSync(seedsDir + r.doc.seed, 'utf8');
      for (const b of r.doc.blocks) expect(decoded.slice(r.toOriginal(b.start), r.toOriginal(b.end)), name).toBe(b.text);
    }
  });
});
