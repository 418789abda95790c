/**
 * Benchmark figure for story grouping: groups 1,000 and 10,000 synthetic articles (generated
 * deterministically from a seed number) and prints the times, their ratio and how well the
 * synthetic events were recovered. Not a timed test: run it with `npm run bench:stories [seed]`.
 * Linear cost means a ratio near 10; all-pairs comparison would give about 100.
 */
import { performance } from 'node:perf_hooks';
import type { CorpusArticle, CorpusQuote } from '../src/pipeline/corpus.ts';
import { groupStories } from '../src/pipeline/stories.ts';
import { docOf } from '../src/pipeline/doc.ts';
import { random } from '../src/bench/scale.ts';
import type { ArticleDoc, Block, Sentence } from '../src/pipeline/types.ts';

const SYLLABLES = ['ka', 'lo', 'mir', 'ten', 'va', 'ros', 'el', 'din', 'sa', 'gor', 'ul', 'bri', 'ta', 'nek', 'pol', 'zu', 'ar', 'vin', 'del', 'om'];

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

const capital = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** A corpus of `n` articles about `n / 5` events (1 to 9 articles each). */
export function syntheticCorpus(n: number, seed: number): { articles: CorpusArticle[]; eventOf: Map<string, number> } {
  const rand = random(seed);
  const common = Array.from({ length: 3000 }, () => word(rand, 2 + Math.floor(rand() * 2)));
  // Zipf-like choice of common words: a few are everywhere, most are rare.
  const zipf = (): string => common[Math.min(common.length - 1, Math.floor(common.length ** rand()) - 1)]!;
  const articles: CorpusArticle[] = [];
  const eventOf = new Map<string, number>();
  let event = 0;
  while (articles.length < n) {
    const people = Array.from({ length: 3 }, () => `${capital(word(rand, 2))} ${capital(word(rand, 3))}`);
    const place = capital(word(rand, 3));
    const terms = Array.from({ length: 12 }, () => word(rand, 3));
    const quote = Array.from({ length: 12 }, () => (rand() < 0.5 ? zipf() : terms[Math.floor(rand() * terms.length)]!)).join(' ');
    const size = 1 + Math.floor(rand() * 9);
    for (let k = 0; k < size && articles.length < n; k++) {
      const id = String(articles.length).padStart(6, '0');
      const paragraphs: string[] = [];
      for (let p = 0; p < 8; p++) {
        const words: string[] = [];
        for (let w = 0; w < 25; w++) {
          const r = rand();
          words.push(r < 0.6 ? zipf() : r < 0.8 ? terms[Math.floor(rand() * terms.length)]! : r < 0.9 ? people[Math.floor(rand() * people.length)]! : place);
        }
        paragraphs.push(`${capital(words.join(' '))}.`);
      }
      // Most reports of an event quote its main speaker, each with its own cut of the words.
      const quoted = rand() < 0.6 ? quote.split(' ').slice(Math.floor(rand() * 3), 12 - Math.floor(rand() * 3)).join(' ') : null;
      if (quoted !== null) paragraphs.push(`${people[0]} said, “${quoted}.”`);
      const doc = makeDoc(id, paragraphs);
      articles.push({ doc, quotes: quoted === null ? [] : [quoteOf(doc, quoted, people[0]!)] });
      eventOf.set(id, event);
    }
    event++;
  }
  return { articles, eventOf };
}

function quoteOf(doc: ArticleDoc, text: string, speaker: string): CorpusQuote {
  const start = doc.text.lastIndexOf(text);
  return {
    text,
    start,
    end: start + text.length,
    kind: 'direct',
    block: doc.blocks.length - 1,
    insertions: [],
    ellipsis: false,
    speaker: 0,
    source: null,
    cue: null,
    rule: 'synthetic',
    confidence: 1,
    id: `${doc.id}-q0`,
    speakerId: speaker.toLowerCase().replace(/\s+/g, '-'),
    speakerName: speaker,
  };
}

function makeDoc(id: string, paragraphs: string[]): ArticleDoc {
  const text = paragraphs.join('\n\n');
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  let offset = 0;
  paragraphs.forEach((p, i) => {
    blocks.push({ kind: 'paragraph', text: p, start: offset, end: offset + p.length, anchor: `p-${i + 1}` });
    sentences.push({ text: p, start: offset, end: offset + p.length, block: i, index: i });
    offset += p.length + 2;
  });
  return docOf(id, text, blocks, sentences);
}

function run(n: number, seed: number, repeat: number): { ms: number; stories: number; purity: number; completeness: number } {
  const { articles, eventOf } = syntheticCorpus(n, seed);
  // Best of several runs: the machine is shared, and the minimum is the least noisy estimate.
  let ms = Infinity;
  let stories = groupStories(articles);
  for (let r = 0; r < repeat; r++) {
    const start = performance.now();
    stories = groupStories(articles);
    ms = Math.min(ms, performance.now() - start);
  }
  // Purity: share of articles whose story holds only their event; completeness: share of events kept in one story.
  let pure = 0;
  const storiesOfEvent = new Map<number, Set<string>>();
  for (const s of stories) {
    const events = new Set(s.articles.map((id) => eventOf.get(id)));
    if (events.size === 1) pure += s.articles.length;
    for (const id of s.articles) {
      const e = eventOf.get(id)!;
      storiesOfEvent.set(e, (storiesOfEvent.get(e) ?? new Set()).add(s.id));
    }
  }
  const whole = [...storiesOfEvent.values()].filter((set) => set.size === 1).length;
  return { ms, stories: stories.length, purity: pure / n, completeness: whole / storiesOfEvent.size };
}

if (process.argv[1]?.endsWith('bench-stories.ts')) main();
function main(): void {
const seed = Number(process.argv[2] ?? 7);
const small = run(1_000, seed, 5);
const large = run(10_000, seed, 3);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
for (const [n, r] of [[1_000, small], [10_000, large]] as const) {
  console.log(`${n} articles: ${r.ms.toFixed(0)} ms, ${r.stories} stories, purity ${pct(r.purity)}, events kept whole ${pct(r.completeness)}`);
}
const ratio = large.ms / small.ms;
console.log(`ratio time(10k)/time(1k): ${ratio.toFixed(2)} (linear ≈ 10, all pairs ≈ 100; target ≤ 12)`);
process.exitCode = ratio <= 12 ? 0 : 1;
}
