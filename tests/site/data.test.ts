import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotesInBlock, speakerVerbs } from '../../src/lib/data.ts';

/** Two reports of a Pentagon briefing: verbs of John Kirby in both, quotes in two paragraphs of the first. */
const articles = [
  { id: 'a-reuters', framing: { verbs: [
    { text: 'said', anchor: 'p-1', speakerId: 'john-kirby', name: 'John Kirby', verb: 'said', class: 'neutral', source: 'cue' },
    { text: 'claimed', anchor: 'p-2', speakerId: 'lloyd-austin', name: 'Lloyd Austin', verb: 'claimed', class: 'loaded', source: 'prose' },
    { text: 'reiterated', anchor: 'p-3', speakerId: 'john-kirby', name: 'John Kirby', verb: 'reiterated', class: 'neutral', source: 'cue' },
    { text: 'said', anchor: 'p-4', speakerId: null, name: 'speaker unclear', verb: 'said', class: 'neutral', source: 'cue' },
  ] } },
  { id: 'b-latin-times', framing: { verbs: [{ text: 'admitted', anchor: 'p-2', speakerId: 'john-kirby', name: 'John Kirby', verb: 'admitted', class: 'loaded', source: 'cue' }] } },
  { id: 'c-no-framing' },
];
const quote = (id: string, article: string, block: string) => ({ id, article, block, kind: 'direct', text: 'the sooner the better', variantGroup: null });
const quotes = [quote('q-1', 'a-reuters', 'p-1'), quote('q-2', 'a-reuters', 'p-3'), quote('q-3', 'a-reuters', 'p-1'), quote('q-4', 'b-latin-times', 'p-1')];

describe('site data indexes', () => {
  const previous = process.env.PARALLAX_GENERATED;
  beforeAll(() => {
    const generated = mkdtempSync(path.join(os.tmpdir(), 'parallax-site-data-'));
    mkdirSync(path.join(generated, 'data'));
    const write = (name: string, items: unknown[]) => writeFileSync(path.join(generated, 'data', name), JSON.stringify(items));
    write('articles.json', articles);
    write('quotes.json', quotes);
    write('speakers.json', []);
    write('stories.json', []);
    process.env.PARALLAX_GENERATED = generated;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.PARALLAX_GENERATED;
    else process.env.PARALLAX_GENERATED = previous;
  });

  it('gives the verbs an article uses of one speaker, in the article’s order', () => {
    expect(speakerVerbs('john-kirby', 'a-reuters').map((v) => v.verb)).toEqual(['said', 'reiterated']);
    expect(speakerVerbs('john-kirby', 'b-latin-times').map((v) => v.verb)).toEqual(['admitted']);
    expect(speakerVerbs('lloyd-austin', 'a-reuters').map((v) => v.source)).toEqual(['prose']);
    expect(speakerVerbs('john-kirby', 'c-no-framing')).toEqual([]);
  });

  it('gives the quotes of one paragraph, in reading order, article by article', () => {
    expect(quotesInBlock('a-reuters', 'p-1').map((q) => q.id)).toEqual(['q-1', 'q-3']);
    expect(quotesInBlock('a-reuters', 'p-3').map((q) => q.id)).toEqual(['q-2']);
    expect(quotesInBlock('b-latin-times', 'p-1').map((q) => q.id)).toEqual(['q-4']);
    expect(quotesInBlock('a-reuters', 'p-2')).toEqual([]);
  });
});
