import type { CorpusArticle } from './corpus.ts';
import type { ArticleDoc } from './types.ts';
import { articleEntities, entityKeys } from './entities.ts';
import { findNumbers } from './numbers.ts';
import { contentStems, shingles, stem, tokenize } from './tokens.ts';

/**
 * Groups articles about the same event across outlets. Each article becomes a bag of weighted
 * features (names, distinctive words, quote shingles, figures, dates, speakers);
 * an inverted index over the rarer features proposes candidate pairs, so cost grows with the
 * corpus, not with its square; pairs above a similarity bar are merged, strongest first.
 * See docs/framing.md, "How stories are grouped".
 */

/** Editor data: article ids to force together (`pin`) or keep apart (`split`). */
export interface StoryPins {
  pin?: string[][];
  split?: string[][];
}

/** Why two articles were put in the same story: the evidence shown on the story page. */
export interface StoryLink {
  a: string;
  b: string;
  /** Similarity 0..1 (1 for a pin). */
  score: number;
  /** The shared features that weigh most, readable (`name: John Kirby`, `quote: sooner the better`). */
  shared: string[];
  rule: 'similar' | 'pin';
}

/** A story: articles about one event. */
export interface StoryGroup {
  /** Permanent: `story-` + the smallest article id in the group (see `storyIdFor`). */
  id: string;
  title: string;
  /** Article ids, sorted. */
  articles: string[];
  /** Where the title comes from: an article's headline, the names the articles share, or an article's title. */
  titleFrom: { rule: 'headline' | 'shared-names' | 'article-title'; article: string | null };
  /** The links that joined the group. */
  links: StoryLink[];
}

/** Tuning, exported for the benchmark and the docs. */
export const STORY_SETTINGS = {
  /** Similarity at which two articles join on topic alone. */
  threshold: 0.25,
  /** Lower similarity that suffices when the pair also shares event evidence (quote wording, figures, dates). */
  evidenceThreshold: 0.06,
  /** Event evidence needed for the lower bar: one point per shared 3-word quote shingle or date, 1.5 per figure. */
  minEvidence: 3,
  /** When two multi-article groups meet, their mean cross-pair similarity must reach this share of `evidenceThreshold` (guards chaining). */
  linkageShare: 0.5,
  /** Features found in more articles than this are too common to propose pairs (keeps the index linear). */
  maxPostings: 50,
  /** The corpus is treated as at least this big when weighting features, so two articles alone are not over-trusted. */
  minCorpus: 20,
  /** Articles with editor-given publication dates further apart than this never join. */
  maxDaysApart: 14,
} as const;

const WEIGHTS = { name: 2, speaker: 2, quote: 1.5, figure: 1.5, date: 1.5, word: 1 } as const;
// Shared wording of a quote, a figure or a date is evidence of the same event, not just the same topic.
const EVIDENCE: Partial<Record<Kind, number>> = { quote: 1, figure: 1.5, date: 1 };
type Kind = keyof typeof WEIGHTS;

interface Features {
  /** Feature ids (each once, in the article's order) and their weights before IDF. */
  ids: number[];
  values: number[];
  /** Feature id → weight, made on first use (see `weightOf`): only the articles of a link need it. */
  weights?: Map<number, number>;
}

/** The weight of feature `id` in `f`, if it has it. */
function weightOf(f: Features, id: number): number | undefined {
  f.weights ??= new Map(f.ids.map((x, k) => [x, f.values[k]!]));
  return f.weights.get(id);
}

/** The story id an article's group gets when that article is the group's smallest id. */
export function storyIdFor(articleId: string): string {
  return `story-${articleId}`;
}

/**
 * The current story of an old story id: every `story-<article>` stays resolvable because each
 * article belongs to exactly one story. Use it to redirect ids that merging retired.
 */
export function resolveStoryId(id: string, stories: readonly StoryGroup[]): string | null {
  const article = id.startsWith('story-') ? id.slice('story-'.length) : null;
  for (const s of stories) if (s.id === id || (article !== null && s.articles.includes(article))) return s.id;
  return null;
}

// Every kind starts with its own letter, so a key's kind is read without cutting the key.
const KIND_OF_INITIAL = new Map((Object.keys(WEIGHTS) as Kind[]).map((k) => [k.charCodeAt(0), k]));

class Vocabulary {
  /** `<kind>:<key>` → feature id. */
  readonly ids = new Map<string, number>();
  /** Each feature's `<kind>:<key>`. */
  readonly keys: string[] = [];
  readonly kinds: Kind[] = [];
  id(full: string): number {
    let id = this.ids.get(full);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(full, id);
      this.keys.push(full);
      const kind = KIND_OF_INITIAL.get(full.charCodeAt(0));
      this.kinds.push(kind !== undefined && full.startsWith(`${kind}:`) ? kind : (full.slice(0, full.indexOf(':')) as Kind));
    }
    return id;
  }

  /** A feature's key without its kind. */
  name(id: number): string {
    const full = this.keys[id]!;
    return full.slice(full.indexOf(':') + 1);
  }

  private table: readonly string[] | null = null;
  /** Place in `table` → feature id + 1 (0: not met yet). */
  private fromTable = new Int32Array(0);

  /** The id of `full`, which is `table[place]`: a key of a table many articles share is looked up once, not once per article. */
  idAt(table: readonly string[], place: number, full: string): number {
    if (this.table === null) {
      this.table = table;
      this.fromTable = new Int32Array(table.length);
    }
    if (table !== this.table || place < 0 || place >= this.fromTable.length) return this.id(full);
    const known = this.fromTable[place]!;
    if (known > 0) return known - 1;
    const id = this.id(full);
    this.fromTable[place] = id + 1;
    return id;
  }
}

/**
 * Weighted features of one article (body, headline, quotes, figures, dates, speakers), independent of
 * the corpus, so a cache can keep them between builds: `keys[i]` is `<kind>:<key>`, `weights[i]` its
 * weight before IDF, `display[i]` how it reads on the story page (or null for the key itself).
 */
export interface ArticleFeatures {
  keys: string[];
  weights: number[];
  display: (string | null)[];
  /** Optional: the keys' places in a table of keys many articles share (`keys[i] === table[at[i]]`; -1: not in it), from a cache. */
  shared?: { table: readonly string[]; at: number[] };
}

/** What a quote contributes to grouping: its words, and (through the registry) its speaker. */
export interface FeatureQuote {
  kind: string;
  text: string;
}

/**
 * The story-grouping features of one article's own text: they depend on the seed alone, so they
 * are computed with its analysis (on a worker) and cached with it. Each quote's speaker is a
 * placeholder in its place, filled in by `withSpeakers` once the registry has named it.
 */
export function contentFeatures(doc: ArticleDoc, quotes: readonly FeatureQuote[]): ArticleFeatures {
  const index = new Map<string, number>();
  const out: ArticleFeatures = { keys: [], weights: [], display: [] };
  const add = (kind: Kind, key: string, shown: string | null = null): void => {
    const full = `${kind}:${key}`;
    const i = index.get(full);
    if (i === undefined) {
      index.set(full, out.keys.length);
      out.keys.push(full);
      out.weights.push(WEIGHTS[kind]);
      out.display.push(shown);
    } else {
      out.weights[i] = Math.max(out.weights[i]!, WEIGHTS[kind]);
      if (out.display[i] === null) out.display[i] = shown;
    }
  };
  const headline = doc.meta.headline ?? '';
  // Each block is tokenised once, for its words, figures and names.
  const blockTokens = doc.blocks.map((b) => tokenize(b.text));
  for (const [i, text] of [headline, ...doc.blocks.map((b) => b.text)].entries()) {
    const tokens = i === 0 ? tokenize(text) : blockTokens[i - 1];
    const stems = contentStems(text, tokens);
    for (const s of stems) add('word', s);
    for (const n of findNumbers(text, 0, tokens)) {
      if (n.unit === '') continue;
      add('figure', `${n.value} ${n.unit}`, n.text);
    }
  }
  for (const e of articleEntities(doc, blockTokens)) {
    for (const key of entityKeys(e)) add('name', key, key === e.key ? e.text : e.text.split(/\s+/).at(-1)!);
  }
  for (const cue of doc.meta.dateCues) if (cue.kind === 'explicit') add('date', cue.text.toLowerCase().replace(/\s+/g, ' '));
  quotes.forEach((q, i) => {
    if (q.kind !== 'term') add('speaker', `#${i}`);
    if (q.kind === 'direct' || q.kind === 'partial') {
      const tokens = tokenize(q.text);
      const words = tokens.map((t) => stem(t.norm));
      const raw = tokens.map((t) => t.text);
      if (words.length < 3) return;
      shingles(words, 3).forEach((sh, k) => add('quote', sh, raw.slice(k, k + 3).join(' ')));
    }
  });
  return out;
}

/** Fills in the speaker placeholders (`speakers[i]`: registry id of quote i, or null); a speaker counts once, where first quoted. */
export function withSpeakers(f: ArticleFeatures, speakers: readonly (string | null)[]): ArticleFeatures {
  const out: ArticleFeatures = { keys: [], weights: [], display: [] };
  const at: number[] = [];
  const seen = new Set<string>();
  f.keys.forEach((key, i) => {
    let full = key;
    let place = f.shared?.at[i] ?? -1;
    if (key.startsWith('speaker:#')) {
      const id = speakers[Number(key.slice('speaker:#'.length))] ?? null;
      if (id === null) return;
      full = `speaker:${id}`;
      place = -1;
      if (seen.has(full)) return;
      seen.add(full);
    }
    out.keys.push(full);
    out.weights.push(f.weights[i]!);
    out.display.push(f.display[i] ?? null);
    at.push(place);
  });
  if (f.shared !== undefined) out.shared = { table: f.shared.table, at };
  return out;
}

/** The story-grouping features of one article; depends on the article alone (doc and quotes). */
export function articleFeatures(article: CorpusArticle): ArticleFeatures {
  return withSpeakers(contentFeatures(article.doc, article.quotes), article.quotes.map((q) => (q.kind === 'term' ? null : q.speakerId)));
}

/** Per feature id, the last article (by count) that had it and its place there: a key met twice in one article is found without a map. */
interface Seen {
  article: number;
  stamp: number[];
  place: number[];
}

/** Interns an article's features into the corpus vocabulary (the first display text of a feature wins). */
function internFeatures(f: ArticleFeatures, vocab: Vocabulary, display: Map<number, string>, seen: Seen = { article: 0, stamp: [], place: [] }): Features {
  const ids: number[] = [];
  const values: number[] = [];
  const article = ++seen.article;
  const shared = f.shared;
  for (let i = 0; i < f.keys.length; i++) {
    const id = shared === undefined ? vocab.id(f.keys[i]!) : vocab.idAt(shared.table, shared.at[i] ?? -1, f.keys[i]!);
    while (seen.stamp.length <= id) {
      seen.stamp.push(0);
      seen.place.push(0);
    }
    // A key met twice keeps its first place and its last weight, as a Map would.
    if (seen.stamp[id] === article) values[seen.place[id]!] = f.weights[i]!;
    else {
      seen.stamp[id] = article;
      seen.place[id] = ids.length;
      ids.push(id);
      values.push(f.weights[i]!);
    }
    const shown = f.display[i];
    if (shown !== null && shown !== undefined && !display.has(id)) display.set(id, shown);
  }
  return { ids, values };
}

function daysApart(a: string | null, b: string | null): number {
  if (a === null || b === null) return 0;
  const ms = Math.abs(Date.parse(a) - Date.parse(b));
  return Number.isFinite(ms) ? ms / 86_400_000 : 0;
}

class UnionFind {
  readonly parent: number[];
  readonly members: number[][];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.members = Array.from({ length: n }, (_, i) => [i]);
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.members[ra]!.length < this.members[rb]!.length) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.members[ra]!.push(...this.members[rb]!);
    this.members[rb] = [];
  }
}

interface Scored {
  vocab: Vocabulary;
  display: Map<number, string>;
  features: Features[];
  idf: number[];
  /** Pair key `i * n + j` (i < j) → similarity, for pairs the index proposed. */
  sims: Map<number, number>;
  /** Pair key → event evidence points. */
  evidence: Map<number, number>;
}

/** Features, weights and the similarity of every candidate pair the inverted index proposes. */
function scoreCandidates(articles: CorpusArticle[], featuresOf: (a: CorpusArticle) => ArticleFeatures = articleFeatures): Scored {
  const n = articles.length;
  const vocab = new Vocabulary();
  const display = new Map<number, string>();
  const seen: Seen = { article: 0, stamp: [], place: [] };
  const features = articles.map((a) => internFeatures(featuresOf(a), vocab, display, seen));

  // Inverted index: feature → articles (and the feature's weight in each, read in the hot loop
  // below without a map lookup). Document frequency gives each feature its weight. Kept in flat
  // arrays, feature `id`'s postings at `start[id]..start[id + 1]`: one allocation, not one per feature.
  const vocabSize = vocab.keys.length;
  const start = new Int32Array(vocabSize + 1);
  for (const f of features) for (const id of f.ids) start[id + 1]!++;
  for (let id = 0; id < vocabSize; id++) start[id + 1]! += start[id]!;
  const postings = new Int32Array(start[vocabSize]!);
  const postingWeights = new Float64Array(start[vocabSize]!);
  const filled = start.slice(0, vocabSize);
  features.forEach((f, i) => {
    for (let k = 0; k < f.ids.length; k++) {
      const id = f.ids[k]!;
      const at = filled[id]!++;
      postings[at] = i;
      postingWeights[at] = f.values[k]!;
    }
  });
  const size = Math.max(n, STORY_SETTINGS.minCorpus);
  const idf = Array.from({ length: vocabSize }, (_, id) => Math.log((size + 1) / (start[id + 1]! - start[id]! + 0.5)));
  const norms = features.map((f) => {
    let sum = 0;
    for (let k = 0; k < f.ids.length; k++) sum += (f.values[k]! * idf[f.ids[k]!]!) ** 2;
    return Math.sqrt(sum) || 1;
  });

  // Candidate pairs only through features shared by 2..maxPostings articles (blocking): for each
  // article, walk the postings of its features and accumulate dot products with later articles.
  const sims = new Map<number, number>();
  const evidence = new Map<number, number>();
  const dot = new Float64Array(n);
  const points = new Float64Array(n);
  const touched: number[] = [];
  const floor = STORY_SETTINGS.evidenceThreshold * STORY_SETTINGS.linkageShare;
  for (let i = 0; i < n; i++) {
    const { ids, values } = features[i]!;
    for (let f = 0; f < ids.length; f++) {
      const id = ids[f]!;
      const from = start[id]!;
      const to = start[id + 1]!;
      if (to - from < 2 || to - from > STORY_SETTINGS.maxPostings) continue;
      const weight = values[f]! * idf[id]! ** 2;
      const bonus = EVIDENCE[vocab.kinds[id]!] ?? 0;
      for (let k = from; k < to; k++) {
        const j = postings[k]!;
        if (j <= i) continue;
        if (dot[j] === 0) touched.push(j);
        dot[j]! += weight * postingWeights[k]!;
        points[j]! += bonus;
      }
    }
    for (const j of touched) {
      const sim = dot[j]! / (norms[i]! * norms[j]!);
      // Pairs too weak to matter even for the linkage guard are not kept (memory stays linear).
      if (sim >= floor) {
        sims.set(i * n + j, sim);
        if (points[j]! > 0) evidence.set(i * n + j, points[j]!);
      }
      dot[j] = 0;
      points[j] = 0;
    }
    touched.length = 0;
  }
  return { vocab, display, features, idf, sims, evidence };
}

/** Similarity of the article pairs the index proposes (pairs never proposed score 0); for tuning and tests. */
export function storySimilarities(articles: CorpusArticle[]): { a: string; b: string; score: number; evidence: number; joins: boolean }[] {
  const n = articles.length;
  const { sims, evidence } = scoreCandidates(articles);
  return [...sims]
    .map(([key, score]) => ({ a: articles[Math.floor(key / n)]!.doc.id, b: articles[key % n]!.doc.id, score: round(score), evidence: evidence.get(key) ?? 0, joins: joins(score, evidence.get(key) ?? 0) }))
    .sort((x, y) => y.score - x.score || cmp(x.a, y.a) || cmp(x.b, y.b));
}

/** The joining rule: high topical similarity, or a lower one backed by event evidence. */
function joins(sim: number, evidence: number): boolean {
  return sim >= STORY_SETTINGS.threshold || (sim >= STORY_SETTINGS.evidenceThreshold && evidence >= STORY_SETTINGS.minEvidence);
}

/**
 * Groups articles into stories; editor pins and splits win over similarity. `featuresOf` may serve
 * each article's features from a cache (they depend on the article alone).
 */
export function groupStories(articles: CorpusArticle[], pins: StoryPins = {}, featuresOf: (a: CorpusArticle) => ArticleFeatures = articleFeatures): StoryGroup[] {
  const n = articles.length;
  const { vocab, display, features, idf, sims: allSims, evidence } = scoreCandidates(articles, featuresOf);

  const index = new Map(articles.map((a, i) => [a.doc.id, i]));
  const apart = new Map<number, Set<number>>();
  for (const group of pins.split ?? []) {
    const ids = group.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    for (const i of ids) apart.set(i, new Set([...(apart.get(i) ?? []), ...ids.filter((j) => j !== i)]));
  }

  const uf = new UnionFind(n);
  const links: StoryLink[] = [];
  const conflicts = (ra: number, rb: number): boolean =>
    uf.members[ra]!.some((i) => {
      const away = apart.get(i);
      return away !== undefined && uf.members[rb]!.some((j) => away.has(j));
    });

  for (const group of pins.pin ?? []) {
    const ids = group.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    for (const j of ids.slice(1)) {
      const i = ids[0]!;
      if (uf.find(i) === uf.find(j)) continue;
      uf.union(i, j);
      links.push({ a: articles[i]!.doc.id, b: articles[j]!.doc.id, score: 1, shared: [], rule: 'pin' });
    }
  }

  const sims = new Map<number, number>();
  const neighbours: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const [key, sim] of allSims) {
    const i = Math.floor(key / n);
    const j = key % n;
    if (sim < STORY_SETTINGS.evidenceThreshold * STORY_SETTINGS.linkageShare) continue;
    sims.set(key, sim);
    neighbours[i]!.set(j, sim);
    neighbours[j]!.set(i, sim);
  }

  const edges = [...sims].filter(([key, s]) => joins(s, evidence.get(key) ?? 0)).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  for (const [key, sim] of edges) {
    const i = Math.floor(key / n);
    const j = key % n;
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj || conflicts(ri, rj)) continue;
    if (daysApart(articles[i]!.doc.meta.published, articles[j]!.doc.meta.published) > STORY_SETTINGS.maxDaysApart) continue;
    const mi = uf.members[ri]!;
    const mj = uf.members[rj]!;
    if (mi.length > 1 && mj.length > 1) {
      // Average linkage over the known pairs: two big groups need more than one bridge.
      const [small, other] = mi.length <= mj.length ? [mi, rj] : [mj, ri];
      let total = 0;
      for (const x of small) for (const [y, s] of neighbours[x]!) if (uf.find(y) === other) total += s;
      if (total / (mi.length * mj.length) < STORY_SETTINGS.evidenceThreshold * STORY_SETTINGS.linkageShare) continue;
    }
    uf.union(i, j);
    links.push({ a: articles[i]!.doc.id, b: articles[j]!.doc.id, score: round(sim), shared: sharedEvidence(features[i]!, features[j]!, idf, vocab, display), rule: 'similar' });
  }

  const linksOf = new Map<number, StoryLink[]>();
  for (const l of links) {
    const root = uf.find(index.get(l.a)!);
    linksOf.set(root, [...(linksOf.get(root) ?? []), l]);
  }
  const groups: StoryGroup[] = [];
  for (let root = 0; root < n; root++) {
    if (uf.find(root) !== root) continue;
    const members = uf.members[root]!.slice().sort((x, y) => cmp(articles[x]!.doc.id, articles[y]!.doc.id));
    const ids = members.map((i) => articles[i]!.doc.id);
    groups.push({
      id: storyIdFor(ids[0]!),
      ...titleOf(members, articles, neighbours, features, idf, vocab, display),
      articles: ids,
      links: linksOf.get(root) ?? [],
    });
  }
  return groups.sort((x, y) => cmp(x.id, y.id));
}

function words(text: string): number {
  return Math.min(2, text.split(/\s+/).length);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

const LABELS: Record<Kind, string> = { name: 'name', speaker: 'speaker', quote: 'quote', figure: 'figure', date: 'date', word: 'word' };

/** The shared features that weigh most, in words. */
function sharedEvidence(a: Features, b: Features, idf: number[], vocab: Vocabulary, display: Map<number, string>, limit = 8): string[] {
  const shared: [number, number][] = [];
  for (let k = 0; k < a.ids.length; k++) {
    const id = a.ids[k]!;
    const v = weightOf(b, id);
    if (v !== undefined) shared.push([id, a.values[k]! * v * idf[id]! ** 2]);
  }
  return shared
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, limit)
    .map(([id]) => `${LABELS[vocab.kinds[id]!]}: ${display.get(id) ?? vocab.name(id)}`);
}

/** Title: the headline of the most central article; else the names the articles share; else the article's own title. */
function titleOf(
  members: number[],
  articles: CorpusArticle[],
  neighbours: Map<number, number>[],
  features: Features[],
  idf: number[],
  vocab: Vocabulary,
  display: Map<number, string>,
): Pick<StoryGroup, 'title' | 'titleFrom'> {
  const centrality = (i: number): number => members.reduce((sum, j) => sum + (neighbours[i]!.get(j) ?? 0), 0);
  const ranked = members.slice().sort((x, y) => centrality(y) - centrality(x) || x - y);
  for (const i of ranked) {
    const headline = articles[i]!.doc.meta.headline;
    if (headline !== null && headline.trim() !== '') return { title: headline.trim(), titleFrom: { rule: 'headline', article: articles[i]!.doc.id } };
  }
  if (members.length > 1) {
    const count = new Map<number, number>();
    for (const i of members) for (const id of features[i]!.ids) if (vocab.kinds[id] === 'name' && display.has(id)) count.set(id, (count.get(id) ?? 0) + 1);
    const names = [...count]
      .filter(([, c]) => c >= 2)
      // Names most members share first, full names (people) before single words, rarer before common.
      .sort((x, y) => y[1] - x[1] || words(display.get(y[0])!) - words(display.get(x[0])!) || idf[y[0]]! - idf[x[0]]! || x[0] - y[0])
      .map(([id]) => display.get(id)!)
      .filter((name, k, all) => !all.slice(0, k).some((prev) => prev.includes(name) || name.includes(prev)))
      .slice(0, 3);
    if (names.length > 0) {
      const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
      return { title: `${list}: ${members.length} reports`, titleFrom: { rule: 'shared-names', article: null } };
    }
  }
  const first = articles[ranked[0]!]!;
  return { title: first.doc.meta.title, titleFrom: { rule: 'article-title', article: first.doc.id } };
}
