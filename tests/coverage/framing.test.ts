import { describe, expect, it } from 'vitest';
import { articleFraming, storyFraming } from '../../src/pipeline/framing.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';
import { groupStories, type StoryGroup } from '../../src/pipeline/stories.ts';
import { groupVariants } from '../../src/pipeline/variants.ts';
import type { CorpusArticle } from '../../src/pipeline/corpus.ts';
import { article } from './corpus-helpers.ts';
import { seedCorpus } from '../fixtures/coverage/seeds.ts';

const lexicons = loadLexicons('content/lexicons').lexicons;
const oneStory = (articles: CorpusArticle[]): StoryGroup => ({ id: 'story-x', title: 'x', articles: articles.map((a) => a.doc.id), titleFrom: { rule: 'article-title', article: null }, links: [] });
const frame = (articles: CorpusArticle[]) => storyFraming(oneStory(articles), articles, groupVariants(articles, [oneStory(articles)]), lexicons);

describe('articleFraming', () => {
  it('counts quoted words per speaker and per side', () => {
    const a = article('a', [
      'Putin said, “We will keep talking to everyone who wants peace.”',
      'White House spokesman John Kirby said, “Nothing on the ground suggests that.”',
    ].join('\n'), [
      { text: 'We will keep talking to everyone who wants peace.', speaker: 'Vladimir Putin', cue: 'said' },
      { text: 'Nothing on the ground suggests that.', speaker: 'John Kirby', cue: 'said' },
    ]);
    const f = articleFraming(a, lexicons);
    expect(f.voices.map((v) => [v.speakerId, v.side, v.words])).toEqual([['vladimir-putin', 'Russia', 9], ['john-kirby', 'United States', 6]]);
    expect(f.sides.map((s) => s.side)).toEqual(['Russia', 'United States']);
  });

  it('finds loaded verbs in prose without a quote ("Putin claimed that …")', () => {
    const a = article('a', 'In an interview, Putin claimed that Moscow was ready to negotiate. Kirby also insisted that nothing had changed.');
    const f = articleFraming(a, lexicons);
    expect(f.verbs.map((v) => [v.speakerId, v.verb, v.class, v.source, v.sentence])).toEqual([
      ['vladimir-putin', 'claimed', 'loaded', 'prose', 0],
      ['john-kirby', 'insisted', 'loaded', 'prose', 1],
    ]);
  });

  it('does not take "warning Zelensky" for Zelensky speaking', () => {
    const a = article('a', 'Not a word was heard warning Zelensky about the shelling, Peskov said.');
    expect(articleFraming(a, lexicons).verbs.filter((v) => v.speakerId === 'volodymyr-zelensky')).toEqual([]);
  });

  it('links contested terms to their sentence and tells the outlet’s words from the speaker’s', () => {
    const a = article('a', [
      'The war began after Moscow sent troops into Ukraine in February.',
      'Peskov said the “special military operation” would continue.',
    ].join('\n'), [{ text: 'special military operation', speaker: 'Dmitry Peskov', kind: 'term' }]);
    const terms = articleFraming(a, lexicons).terms;
    expect(terms.map((t) => [t.term, t.sentence, t.anchor, t.inQuote])).toEqual([
      ['war', 0, 'p-1', false],
      ['sent-troops', 0, 'p-1', false],
      ['special-military-operation', 1, 'p-2', true],
    ]);
  });

  it('finds terms and sources in whichever paragraphs hold them, with their anchors and offsets', () => {
    const text = [
      'The harbour board of Port Elsin met on Tuesday to discuss the delayed ferry.',
      'Dockworkers called the cuts an invasion of their rights, and officials said talks would resume.',
      'The board gave no date for the next meeting.',
      'Reuters reported that the war of words went on into the evening.',
    ].join('\n');
    const f = articleFraming(article('a', text), lexicons);
    expect(f.terms.map((t) => [t.term, t.anchor, text.slice(t.start, t.end)])).toEqual([
      ['invaded', 'p-2', 'invasion'],
      ['war', 'p-4', 'war'],
    ]);
    expect(f.sources.map((s) => [s.label, s.anchor, text.slice(s.start, s.end)])).toEqual([
      ['unnamed officials', 'p-2', 'officials said'],
      ['Reuters', 'p-4', 'Reuters'],
    ]);
  });

  it('lists named agencies, credits and unnamed sources', () => {
    const a = article('a', 'According to Reuters, talks resumed. Officials said a deal was close, The Washington Post reported.\n(With Agency Inputs)');
    const f = articleFraming(a, lexicons);
    expect(f.sources.map((s) => [s.label, s.kind])).toEqual([
      ['Reuters', 'agency'],
      ['unnamed officials', 'unnamed'],
      ['The Washington Post', 'outlet'],
      ['agency inputs', 'agency-credit'],
    ]);
    expect(f.sourcing).toEqual({ agency: 1, outlet: 1, agencyCredit: 1, unnamed: 1 });
  });
});

describe('storyFraming', () => {
  it('reports a figure that differs between outlets', () => {
    const a = article('a', 'Biden committed nearly $1.8 billion in military supplies, including a Patriot battery.');
    const b = article('b', 'Washington announced $1.85 billion in military supplies, including a Patriot battery.');
    const c = article('c', 'The same day, the fund paid $3 million to flood victims in the east.');
    const f = frame([a, b, c]);
    expect(f.figures).toHaveLength(1);
    expect(f.figures[0]).toMatchObject({ unit: 'usd', discrepancy: true });
    expect(f.figures[0]!.mentions.map((m) => [m.article, m.text])).toEqual([['a', '$1.8 billion'], ['b', '$1.85 billion']]);
  });

  it('finds copied wire sentences and what only one outlet reports', () => {
    const wire = 'The Kremlin said on Thursday that talks could resume once Kyiv accepted the new borders.';
    const a = article('a', `${wire}\nKirby said, “That is not a basis for talks.”`, [{ text: 'That is not a basis for talks.', speaker: 'John Kirby' }]);
    const b = article('b', `${wire}\nIn Kharkiv, a school was hit overnight by two missiles, local officials said.`);
    const f = frame([a, b]);
    expect(f.sharedSentences).toEqual([expect.objectContaining({ similarity: 1, a: expect.objectContaining({ article: 'a', sentence: 0 }) })]);
    expect(f.exclusive.a?.speakers).toEqual(['john-kirby']);
    expect(f.exclusive.b?.paragraphs.map((p) => p.anchor)).toEqual(['p-2']);
    expect(f.omissions.speakers.find((r) => r.id === 'john-kirby')?.absent).toEqual(['b']);
  });
});

describe('storyFraming on the seeds', () => {
  const corpus = seedCorpus();
  const stories = groupStories(corpus);
  const f = storyFraming(stories[0]!, corpus, groupVariants(corpus, stories), lexicons);
  const [s000, s001, s002] = stories[0]!.articles;

  it('shows Kirby’s rebuttal in 000 and 001 but not 002, and Peskov only in 002', () => {
    const kirby = f.omissions.speakers.find((r) => r.id === 'john-kirby')!;
    expect(Object.keys(kirby.present).sort()).toEqual([s000, s001]);
    expect(kirby.absent).toEqual([s002]);
    expect(f.exclusive[s002!]?.speakers).toContain('dmitry-peskov');
  });

  it('catches 001 calling Putin’s words a claim, in prose', () => {
    const verbs = f.articles.find((a) => a.article === s001)!.verbs;
    expect(verbs.some((v) => v.speakerId === 'vladimir-putin' && v.verb === 'claimed' && v.source === 'prose')).toBe(true);
  });

  it('puts "sent troops" (000) against "invaded" (001)', () => {
    const row = f.terms.find((t) => t.group === 'start-of-war')!;
    expect(row.byArticle[s000!]).toEqual(['sent-troops']);
    expect(row.byArticle[s001!]).toEqual(['invaded']);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });
});
