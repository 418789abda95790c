/**
 * The corpus scaler: grows a folder of real articles into a bigger corpus for measuring, by
 * recombining their paragraphs into synthetic "events" covered by several outlets.
 *
 * How an article is made (deterministic from the seed number and the sorted source files):
 * - Events take turns over the sources in a shuffled order, so every source is used about as often.
 * - An event has 1 to 8 reports (mostly 1 to 3, like real coverage), a date in 2015–2016 and its own
 *   cast: the people named in the source ("First Last") get names drawn from a fixed pool, the same
 *   in every report of the event, so speakers recur across events without all being one person (the
 *   2016 candidates keep their names, as they recur in real coverage).
 * - Each report keeps the source headline (renamed), 60–95% of its paragraphs in order, and one or
 *   two background paragraphs from another source (renamed alike); it gets an outlet (distinct within the event),
 *   a byline, a date line, sometimes page chrome, and a sidecar with outlet, date and address.
 * No text is invented except names, bylines and chrome lines; the paragraphs are the sources' own.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';

/** One source article split for recombining. */
export interface SourceText {
  headline: string;
  paragraphs: string[];
}

/** One generated seed: its file name, text and sidecar. */
export interface ScaledArticle {
  /** `s<index>_<hash>.txt`: sorts in generation order, unique per corpus. */
  file: string;
  text: string;
  meta: { outlet: string; published: string; url: string };
  /** Index of the event the article reports, for checking story grouping. */
  event: number;
}

/** Small fast deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = [
  'Breitbart', 'Huffington Post', 'New York Times', 'Politico', 'USA Today', 'Washington Post', 'Western Journalism',
  'The Harbor Ledger', 'Midland Courier', 'The Capitol Wire', 'Lakeside Tribune', 'Granite State Gazette',
  'The Prairie Sentinel', 'Coastal Daily', 'The Evening Record', 'Summit Observer',
];
const FIRST = [
  'Maria', 'James', 'Aisha', 'Robert', 'Elena', 'David', 'Priya', 'Thomas', 'Grace', 'Daniel', 'Fatima', 'Michael',
  'Sofia', 'William', 'Nadia', 'Joseph', 'Hannah', 'Samuel', 'Leila', 'Charles', 'Chloe', 'Victor', 'Irene', 'Marcus',
];
const LAST = [
  'Okafor', 'Lindqvist', 'Haddad', 'Moreno', 'Kowalski', 'Brennan', 'Nakamura', 'Delacroix', 'Abernathy', 'Castellano',
  'Whitfield', 'Osei', 'Varga', 'Thornton', 'Iyer', 'Halvorsen', 'Mbeki', 'Caldwell', 'Petrov', 'Ashworth', 'Quintero',
  'Fairbanks', 'Sorensen', 'Adeyemi', 'Kincaid', 'Romero', 'Takahashi', 'Dunmore', 'Ferreira', 'Gallagher', 'Novak',
  'Pemberton', 'Rasmussen', 'Santoro', 'Underwood', 'Vasquez', 'Whitaker', 'Yilmaz', 'Zamora', 'Blackwood',
];
const CHROME = ['Advertisement', 'Read more: Full coverage', 'Share this article', 'Sign up for our newsletter'];
// Capitalised words that start or end a "First Last" pair without being a person's name.
const NOT_FIRST = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'For', 'But', 'And', 'If', 'When', 'As', 'White', 'United', 'New', 'Supreme', 'Democratic', 'Republican', 'President', 'Secretary', 'Senator', 'Governor', 'Speaker', 'Former', 'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'North', 'South', 'East', 'West', 'Fox', 'Wall', 'Planned', 'Islamic', 'Middle', 'Prime', 'Attorney', 'General', 'Vice', 'Chief', 'Justice', 'Bernie', 'Hillary', 'Donald']);
const NOT_LAST = new Set(['House', 'States', 'Party', 'News', 'Times', 'Post', 'Court', 'Department', 'Senate', 'Congress', 'Committee', 'Street', 'Security', 'Campaign', 'Journal', 'Press', 'Parenthood', 'State', 'East', 'Minister', 'General', 'Office', 'Council', 'Trump', 'Clinton', 'Sanders', 'Obama']);

/** Splits a source file: first non-blank line is the headline, blank lines separate paragraphs. */
export function splitSource(text: string): SourceText {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.replace(/\s*\n\s*/g, ' ').trim()).filter((b) => b !== '');
  return { headline: blocks[0] ?? '', paragraphs: blocks.slice(1) };
}

/** Reads every `*.txt` of a folder (sorted by name) as sources. */
export async function readSources(dir: string): Promise<SourceText[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const sources: SourceText[] = [];
  for (const name of names) {
    const source = splitSource(await readFile(path.join(dir, name), 'utf8'));
    if (source.paragraphs.length > 0) sources.push(source);
  }
  return sources;
}

/** People named in a text as "First Last", most frequent first (at most `limit`). */
export function namedPeople(texts: readonly string[], limit = 8): [string, string][] {
  const counts = new Map<string, number>();
  for (const t of texts) {
    for (const m of t.matchAll(/\b([A-Z][a-z]+) ([A-Z][a-z]{2,})\b/g)) {
      const [, first = '', last = ''] = m;
      if (NOT_FIRST.has(first) || NOT_LAST.has(last) || NOT_FIRST.has(last)) continue;
      const key = `${first} ${last}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  // A surname that recurs on its own is a person the text is about, not a title-case phrase.
  const joined = texts.join('\n');
  const recurs = (last: string): boolean => (joined.match(new RegExp(`\\b${last}\\b`, 'g')) ?? []).length >= 2;
  return [...counts.entries()]
    .filter(([k]) => recurs(k.slice(k.indexOf(' ') + 1)))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([k]) => k.split(' ') as [string, string]);
}

/** Replaces whole words by the map in one pass. */
function renamer(map: Map<string, string>): (s: string) => string {
  if (map.size === 0) return (s) => s;
  const re = new RegExp(`\\b(?:${[...map.keys()].join('|')})\\b`, 'g');
  return (s) => s.replace(re, (w) => map.get(w) ?? w);
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** A shuffled copy (Fisher–Yates). */
function shuffled<T>(rand: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Reports per event: 1 to 8, geometric-like (mean about 2.3). */
function eventSize(rand: () => number): number {
  return Math.min(8, 1 + Math.floor(-Math.log(1 - rand()) * 1.5));
}

const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);

/** Generates `size` articles from the sources; same sources and seed number, same articles. */
export function* scaledArticles(sources: readonly SourceText[], size: number, seed: number): Generator<ScaledArticle> {
  if (sources.length === 0) throw new Error('the scaler needs at least one source article');
  const rand = random(seed);
  const order = shuffled(rand, sources.map((_, i) => i));
  let made = 0;
  for (let event = 0; made < size; event++) {
    const base = sources[order[event % order.length] as number] as SourceText;
    const cast = new Map<string, string>();
    for (const [first, last] of namedPeople(base.paragraphs)) {
      if (!cast.has(last)) cast.set(last, pick(rand, LAST));
      if (!cast.has(first)) cast.set(first, pick(rand, FIRST));
    }
    const rename = renamer(cast);
    const day = START + Math.floor(rand() * 730) * DAY;
    const outlets = shuffled(rand, OUTLETS);
    const reports = eventSize(rand);
    for (let r = 0; r < reports && made < size; r++, made++) {
      const keep = 0.6 + rand() * 0.35;
      const body = base.paragraphs.filter((_, i) => i === 0 || rand() < keep).map(rename);
      const background = sources[Math.floor(rand() * sources.length)] as SourceText;
      for (let k = 1 + Math.floor(rand() * 2); k > 0 && background.paragraphs.length > 0; k--) {
        body.splice(1 + Math.floor(rand() * body.length), 0, rename(pick(rand, background.paragraphs)));
      }
      const outlet = outlets[r % outlets.length] as string;
      const published = new Date(day + Math.floor(rand() * 3) * DAY).toISOString().slice(0, 10);
      const lines = [rename(base.headline), `By ${pick(rand, FIRST)} ${pick(rand, LAST)}`, published, ...body];
      if (rand() < 0.3) lines.splice(3 + Math.floor(rand() * (lines.length - 3)), 0, pick(rand, CHROME));
      const text = `${lines.join('\n\n')}\n`;
      const hash = createHash('sha256').update(`${seed}:${made}:${text}`).digest('hex').slice(0, 10);
      const file = `s${String(made).padStart(5, '0')}_${hash}.txt`;
      yield { file, text, event, meta: { outlet, published, url: `https://example.org/${outlet.toLowerCase().replace(/[^a-z]+/g, '-')}/${hash}` } };
    }
  }
}

/** Writes a scaled corpus (`*.txt` + `*.meta.json`) into `out` and returns how many articles and events. */
export async function writeScaledCorpus(options: { sources: string; out: string; size: number; seed?: number }): Promise<{ articles: number; events: number }> {
  const sources = await readSources(options.sources);
  await mkdir(options.out, { recursive: true });
  let articles = 0;
  let events = 0;
  for (const a of scaledArticles(sources, options.size, options.seed ?? 1)) {
    await writeFile(path.join(options.out, a.file), a.text);
    await writeFile(path.join(options.out, a.file.replace(/\.txt$/, '.meta.json')), `${JSON.stringify(a.meta)}\n`);
    articles++;
    events = a.event + 1;
  }
  return { articles, events };
}
