import { list, num, obj, str, strOrNull, strings } from './read.ts';

/**
 * The framing signals and pair alignments of the data set, read defensively (see docs/framing.md):
 * a missing or renamed field gives an empty list, so pages show what the generator wrote.
 */

export interface Voice { speakerId: string | null; name: string; side: string | null; quotes: number; words: number; evidence: string[] }
export interface VerbUse { text: string; anchor: string | null; speakerId: string | null; name: string; verb: string; class: string; connotation: string | null; source: string }
export interface TermUse { text: string; anchor: string | null; group: string; term: string; label: string; inQuote: boolean }
export interface FigureUse { text: string; anchor: string | null; value: number; unit: string; qualifier: string | null; article: string }
export interface SourceUse { text: string; anchor: string | null; label: string; kind: string }

/** Framing signals of one article. */
export interface ArticleFraming {
  article: string;
  outlet: string | null;
  voices: Voice[];
  sides: { side: string; quotes: number; words: number; share: number }[];
  verbs: VerbUse[];
  terms: TermUse[];
  figures: FigureUse[];
  sources: SourceUse[];
  sourcing: Record<string, number>;
}

/** A row of the coverage matrix: article id → quote ids (or how a speaker appears). */
export interface CoverageRow { id: string; label: string; present: Record<string, string[]>; absent: string[] }
export interface SharedSentence { similarity: number; a: SentenceRef; b: SentenceRef }
export interface SentenceRef { article: string; anchor: string | null; text: string }

/** Framing signals across the articles of a story. */
export interface StoryFraming {
  articles: ArticleFraming[];
  quoteRows: CoverageRow[];
  speakerRows: CoverageRow[];
  exclusive: Record<string, { quotes: string[]; speakers: string[]; paragraphs: { anchor: string; text: string }[] }>;
  figures: { unit: string; discrepancy: boolean; mentions: FigureUse[] }[];
  shared: SharedSentence[];
  terms: { group: string; label: string; byArticle: Record<string, string[]> }[];
}

/** One sentence of an alignment. */
export interface AlignedSentence { index: number; text: string; anchor: string | null }
export interface DiffPart { op: 'same' | 'added' | 'removed'; text: string }
export interface AlignedPair { kind: string; a: AlignedSentence[]; b: AlignedSentence[]; score: number; reordered: boolean; identical: boolean; diff: DiffPart[] }

/** How two articles of a story line up, sentence by sentence. */
export interface PairAlignment {
  a: string;
  b: string;
  url: string;
  pairs: AlignedPair[];
  onlyA: AlignedSentence[];
  onlyB: AlignedSentence[];
  shared: number;
  /** Sentences with no counterpart on each side: the summary's counts when the sentences are not loaded. */
  unmatched: { a: number; b: number };
}

const anchorOf = (v: Record<string, unknown>): string | null => strOrNull(v.anchor);

const readOnce = new WeakMap<object, Map<string, unknown>>();

/**
 * Reads a raw value once per build: the data set is never changed after loading, and pages read the
 * same records again and again (a story's pairs on each of its articles and compare pages, its
 * framing on its page and compare pages). Callers must not change what they get.
 */
function once<T>(raw: unknown, key: string, reader: () => T): T {
  if (typeof raw !== 'object' || raw === null) return reader();
  let byKey = readOnce.get(raw);
  if (byKey === undefined) readOnce.set(raw, (byKey = new Map()));
  if (byKey.has(key)) return byKey.get(key) as T;
  const value = reader();
  byKey.set(key, value);
  return value;
}

function voice(raw: unknown): Voice {
  const v = obj(raw);
  return { speakerId: strOrNull(v.speakerId), name: str(v.name, 'speaker unclear'), side: strOrNull(v.side), quotes: num(v.quotes), words: num(v.words), evidence: strings(v.evidence) };
}

function verb(raw: unknown): VerbUse {
  const v = obj(raw);
  return { text: str(v.text), anchor: anchorOf(v), speakerId: strOrNull(v.speakerId), name: str(v.name, 'speaker unclear'), verb: str(v.verb, str(v.text)), class: str(v.class, 'unlisted'), connotation: strOrNull(v.connotation), source: str(v.source) };
}

/** Reads the `verbs` of an article's framing alone (for indexes over the whole corpus). */
export function readVerbs(raw: unknown): VerbUse[] {
  return list(raw).map(verb).filter((v) => v.verb !== '');
}

function term(raw: unknown): TermUse {
  const v = obj(raw);
  return { text: str(v.text), anchor: anchorOf(v), group: str(v.group), term: str(v.term, str(v.text)), label: str(v.label, str(v.text)), inQuote: v.inQuote === true };
}

function figure(raw: unknown, article = ''): FigureUse {
  const v = obj(raw);
  return { text: str(v.text), anchor: anchorOf(v), value: num(v.value), unit: str(v.unit), qualifier: strOrNull(v.qualifier), article: str(v.article, article) };
}

function source(raw: unknown): SourceUse {
  const v = obj(raw);
  return { text: str(v.text), anchor: anchorOf(v), label: str(v.label, str(v.text)), kind: str(v.kind) };
}

/**
 * Reads an article's `framing` field. Not kept: an article's page reads it once, and keeping every
 * article's would hold a second copy of the corpus's framing until the build ends.
 */
export function readArticleFraming(raw: unknown, article = ''): ArticleFraming {
  const f = obj(raw);
  const id = str(f.article, article);
  const sourcing: Record<string, number> = {};
  for (const [k, v] of Object.entries(obj(f.sourcing))) if (typeof v === 'number') sourcing[k] = v;
  return {
    article: id,
    outlet: strOrNull(f.outlet),
    voices: list(f.voices).map(voice).filter((v) => v.quotes > 0 || v.words > 0),
    sides: list(f.sides).map((s) => { const o = obj(s); return { side: str(o.side, 'unlisted'), quotes: num(o.quotes), words: num(o.words), share: num(o.share) }; }),
    verbs: readVerbs(f.verbs),
    terms: list(f.terms).map(term).filter((t) => t.text !== ''),
    figures: list(f.figures).map((x) => figure(x, id)),
    sources: list(f.sources).map(source).filter((s) => s.label !== ''),
    sourcing,
  };
}

function coverageRow(raw: unknown): CoverageRow {
  const r = obj(raw);
  const present: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(obj(r.present))) present[k] = strings(v);
  return { id: str(r.id), label: str(r.label, str(r.id)), present, absent: strings(r.absent) };
}

function sentenceRef(raw: unknown): SentenceRef {
  const s = obj(raw);
  return { article: str(s.article), anchor: anchorOf(s), text: str(s.text) };
}

/** Reads a story's `framing` field. */
export function readStoryFraming(raw: unknown): StoryFraming {
  return once(raw, 'story', () => storyFraming(raw));
}

function storyFraming(raw: unknown): StoryFraming {
  const f = obj(raw);
  const exclusive: StoryFraming['exclusive'] = {};
  for (const [k, v] of Object.entries(obj(f.exclusive))) {
    const e = obj(v);
    exclusive[k] = {
      quotes: strings(e.quotes),
      speakers: strings(e.speakers),
      paragraphs: list(e.paragraphs).map((p) => ({ anchor: str(obj(p).anchor), text: str(obj(p).text) })).filter((p) => p.anchor !== ''),
    };
  }
  const omissions = obj(f.omissions);
  return {
    articles: list(f.articles).map((a) => readArticleFraming(a)),
    quoteRows: list(omissions.quotes).map(coverageRow).filter((r) => r.id !== ''),
    speakerRows: list(omissions.speakers).map(coverageRow).filter((r) => r.id !== ''),
    exclusive,
    figures: list(f.figures).map((g) => {
      const o = obj(g);
      return { unit: str(o.unit), discrepancy: o.discrepancy === true, mentions: list(o.mentions).map((m) => figure(m)) };
    }).filter((g) => g.mentions.length > 0),
    shared: list(f.sharedSentences).map((s) => { const o = obj(s); return { similarity: num(o.similarity), a: sentenceRef(o.a), b: sentenceRef(o.b) }; })
      .filter((s) => s.a.article !== '' && s.b.article !== ''),
    terms: list(f.terms).map((t) => {
      const o = obj(t);
      const byArticle: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(obj(o.byArticle))) byArticle[k] = strings(v);
      return { group: str(o.group), label: str(o.label, str(o.group)), byArticle };
    }).filter((t) => t.group !== ''),
  };
}

function sentence(raw: unknown): AlignedSentence {
  const s = obj(raw);
  return { index: num(s.index, -1), text: str(s.text), anchor: anchorOf(s) };
}

function diffPart(raw: unknown): DiffPart {
  const d = obj(raw);
  const op = d.op === 'added' || d.op === 'removed' ? d.op : 'same';
  return { op, text: str(d.text) };
}

/** Reads one entry of a story's `pairs` field. */
export function readPair(raw: unknown): PairAlignment | undefined {
  const p = obj(raw);
  const al = obj(p.alignment);
  const a = str(p.a, str(al.a));
  const b = str(p.b, str(al.b));
  if (a === '' || b === '') return undefined;
  const pairs = list(al.pairs).map((x): AlignedPair => {
    const o = obj(x);
    return {
      kind: str(o.kind), a: list(o.a).map(sentence), b: list(o.b).map(sentence), score: num(o.score),
      reordered: o.reordered === true, identical: o.identical === true, diff: list(o.diff).map(diffPart),
    };
  }).filter((x) => x.a.length > 0 && x.b.length > 0);
  const onlyA = list(al.onlyA).map(sentence);
  const onlyB = list(al.onlyB).map(sentence);
  const summary = obj(al.summary);
  return {
    a, b, url: str(p.url),
    pairs,
    onlyA,
    onlyB,
    shared: num(summary.shared, pairs.length),
    unmatched: { a: num(summary.onlyA, onlyA.length), b: num(summary.onlyB, onlyB.length) },
  };
}

/** Reads a story record's `pairs` field. */
export function readPairs(raw: unknown): PairAlignment[] {
  return once(raw, 'pairs', () => list(raw).flatMap((p) => readPair(p) ?? []));
}

/** Versions of one utterance as the generator grouped them (`story.variants`). */
export interface VariantInfo {
  id: string;
  /** Quote id of the fullest version, the diff reference. */
  complete: string;
  /** Quote id → word diff from the fullest version. */
  diffs: Map<string, DiffPart[]>;
  flags: string[];
}

/** Reads a story record's `variants` field. */
export function readVariants(raw: unknown): VariantInfo[] {
  return list(raw).map((g) => {
    const o = obj(g);
    const diffs = new Map<string, DiffPart[]>();
    for (const v of list(o.versions)) {
      const version = obj(v);
      const quote = str(version.quote);
      if (quote !== '') diffs.set(quote, list(version.diff).map(diffPart));
    }
    return { id: str(o.id), complete: str(o.complete), diffs, flags: strings(o.flags) };
  }).filter((g) => g.id !== '');
}
