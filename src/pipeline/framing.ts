import type { Lexicons } from '../schemas/lexicons.ts';
import { alignArticles } from './align.ts';
import { comparedPairs } from './pairs.ts';
import type { CorpusArticle, CorpusQuote } from './corpus.ts';
import { evidenceAt, findSources, findTerms, phraseRegex, type Evidence, type SourceHit, type TermHit } from './lexicon-match.ts';
import { findNumbers, type NumberMention } from './numbers.ts';
import type { StoryGroup } from './stories.ts';
import { isContentWord, overlap, shingles, stem, tokenize } from './tokens.ts';
import type { VariantResult } from './variants.ts';

/**
 * Framing signals: who gets a voice, with which verbs, in which words, from which sources, with
 * which figures, and — across a story — what only one outlet reports. Every entry carries its
 * evidence (offsets, sentence index, paragraph anchor). How to read them: docs/framing.md.
 */

/** One speaker's share of the article's quoted words. */
export interface Voice {
  speakerId: string | null;
  /** Registry name, or "speaker unclear". */
  name: string;
  /** From `sides.json`; null when the speaker is not listed. */
  side: string | null;
  quotes: number;
  /** Words inside the speaker's quotes (outlet insertions left out). */
  words: number;
  /** Quote ids. */
  evidence: string[];
}

/** An attribution verb used of a speaker. */
export interface VerbUse extends Evidence {
  speakerId: string | null;
  name: string;
  /** The verb's label (first form in `verbs.json`) or the cue as written when unlisted. */
  verb: string;
  class: 'neutral' | 'loaded' | 'unlisted';
  connotation: string | null;
  /** `cue` when it introduces a quote; `prose` when found as "<speaker> <verb>" in a sentence. */
  source: 'cue' | 'prose';
}

export interface Figure extends NumberMention {
  sentence: number | null;
  anchor: string | null;
}

export interface ArticleFraming {
  article: string;
  outlet: string | null;
  voices: Voice[];
  /** Quoted words per side (`unlisted` for speakers not in `sides.json`, `unclear` for unknown speakers). */
  sides: { side: string; quotes: number; words: number; share: number }[];
  verbs: VerbUse[];
  terms: TermHit[];
  figures: Figure[];
  sources: SourceHit[];
  /** Counts of `sources` by kind, for a quick read. */
  sourcing: { agency: number; outlet: number; agencyCredit: number; unnamed: number };
}

/** A row of the omission matrix: which articles carry an item. */
export interface OmissionRow {
  /** Variant group id, or speaker id. */
  id: string;
  label: string;
  /** Article id → quote ids (quotes) or how the speaker appears (speakers). */
  present: Record<string, string[]>;
  /** Story articles that do not carry it. */
  absent: string[];
}

/** Figures of the same thing across outlets. */
export interface FigureComparison {
  unit: string;
  /** True when the values differ ("$1.8 billion" against "$1.85 billion"). */
  discrepancy: boolean;
  mentions: (Figure & { article: string })[];
}

/** Near-identical sentences in two outlets (copied wire text). */
export interface SharedSentence {
  similarity: number;
  a: { article: string; sentence: number; anchor: string | null; text: string };
  b: { article: string; sentence: number; anchor: string | null; text: string };
}

export interface StoryFraming {
  story: string;
  articles: ArticleFraming[];
  omissions: { quotes: OmissionRow[]; speakers: OmissionRow[] };
  /** Per article: what no other article of the story has. */
  exclusive: Record<string, { quotes: string[]; speakers: string[]; paragraphs: { anchor: string; text: string }[] }>;
  figures: FigureComparison[];
  sharedSentences: SharedSentence[];
  /** Per term group, which terms each article uses in its own words (quotes left out). */
  terms: { group: string; label: string; byArticle: Record<string, string[]> }[];
}

const UNCLEAR = 'speaker unclear';

function quotedWords(q: CorpusQuote): number {
  let text = q.text;
  for (const ins of q.insertions) text = text.replace(ins.text, ' ');
  return tokenize(text.replace(/…|\.\.\./g, ' ')).length;
}

function sideOf(speakerId: string | null, lexicons: Lexicons): string | null {
  if (speakerId === null) return null;
  return lexicons.sides.speakers[speakerId]?.side ?? null;
}

function voices(article: CorpusArticle, lexicons: Lexicons): Voice[] {
  const bySpeaker = new Map<string, Voice>();
  for (const q of article.quotes) {
    if (q.kind === 'term') continue; // scare quotes are the outlet's words, not a voice
    const key = q.speakerId ?? '';
    const v = bySpeaker.get(key) ?? { speakerId: q.speakerId, name: q.speakerName ?? UNCLEAR, side: sideOf(q.speakerId, lexicons), quotes: 0, words: 0, evidence: [] };
    v.quotes++;
    v.words += quotedWords(q);
    v.evidence.push(q.id);
    bySpeaker.set(key, v);
  }
  return [...bySpeaker.values()].sort((x, y) => y.words - x.words || x.name.localeCompare(y.name));
}

function sides(list: Voice[]): ArticleFraming['sides'] {
  const total = list.reduce((sum, v) => sum + v.words, 0);
  const bySide = new Map<string, { side: string; quotes: number; words: number; share: number }>();
  for (const v of list) {
    const side = v.speakerId === null ? 'unclear' : (v.side ?? 'unlisted');
    const entry = bySide.get(side) ?? { side, quotes: 0, words: 0, share: 0 };
    entry.quotes += v.quotes;
    entry.words += v.words;
    bySide.set(side, entry);
  }
  for (const e of bySide.values()) e.share = total === 0 ? 0 : Math.round((e.words / total) * 1000) / 1000;
  return [...bySide.values()].sort((x, y) => y.words - x.words);
}

function classify(text: string, lexicons: Lexicons): Pick<VerbUse, 'verb' | 'class' | 'connotation'> {
  for (const entry of lexicons.verbs.verbs) {
    if (phraseRegex(entry.forms).test(text)) return { verb: entry.forms[0]!, class: entry.class, connotation: entry.connotation ?? null };
  }
  return { verb: text.trim().toLowerCase(), class: 'unlisted', connotation: null };
}

/** Names to look for in prose: each quoted speaker's name and surname, and the names in `sides.json`. */
function speakerNames(article: CorpusArticle, lexicons: Lexicons): { name: string; speakerId: string; label: string }[] {
  const out: { name: string; speakerId: string; label: string }[] = [];
  for (const q of article.quotes) {
    if (q.speakerId === null || q.speakerName === null) continue;
    out.push({ name: q.speakerName, speakerId: q.speakerId, label: q.speakerName });
    const surname = q.speakerName.split(/\s+/).at(-1);
    if (surname !== undefined && surname !== q.speakerName) out.push({ name: surname, speakerId: q.speakerId, label: q.speakerName });
  }
  for (const [speakerId, entry] of Object.entries(lexicons.sides.speakers)) {
    for (const name of entry.names) out.push({ name, speakerId, label: entry.names[0] ?? name });
  }
  // One entry per name and speaker: an article quoting one person thousands of times must stay linear.
  const seen = new Set<string>();
  return out.filter((n) => {
    const key = `${n.name}\u0000${n.speakerId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Words allowed between a name and its verb: "Putin also claimed", "Kirby repeatedly said".
const BETWEEN = /(?:\s+(?:also|further|then|later|again|repeatedly|previously|earlier|has|had|have|\p{L}+ly))?\s+$/u;

/** Attribution verbs: quote cues, plus "<speaker> <verb>" and "<verb> <speaker>" in any sentence, quote or not. */
function verbs(article: CorpusArticle, lexicons: Lexicons): VerbUse[] {
  const { doc } = article;
  const out: VerbUse[] = [];
  for (const q of article.quotes) {
    if (q.cue === null || q.kind === 'term') continue;
    out.push({ ...evidenceAt(doc, q.cue.start, q.cue.end), speakerId: q.speakerId, name: q.speakerName ?? UNCLEAR, ...classify(q.cue.text, lexicons), source: 'cue' });
  }
  const forms = lexicons.verbs.verbs.flatMap((v) => v.forms);
  if (forms.length === 0) return out;
  const names = speakerNames(article, lexicons).sort((x, y) => y.name.length - x.name.length);
  const seen = new Set(out.map((v) => v.start));
  const verbRe = phraseRegex(forms);
  for (const b of doc.blocks) {
    for (const m of b.text.matchAll(verbRe)) {
      const at = m.index ?? 0;
      const before = b.text.slice(Math.max(0, at - 80), at);
      const gap = BETWEEN.exec(before);
      const head = gap === null ? null : before.slice(0, gap.index);
      const after = b.text.slice(at + m[0].length, at + m[0].length + 80);
      // "<verb> <speaker>" only right after a quote or a comma (", said Putin"), not "warning Zelensky about".
      const inverted = /[,”"’]\s*$/.test(before);
      const who = names.find(({ name }) => (head !== null && endsWithName(head, name)) || (inverted && startsWithName(after, name)));
      const start = b.start + at;
      if (who === undefined || seen.has(start)) continue;
      seen.add(start);
      out.push({ ...evidenceAt(doc, start, start + m[0].length), speakerId: who.speakerId, name: who.label, ...classify(m[0], lexicons), source: 'prose' });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** True when `text` ends with `name` as whole words (the name capitalised as written). */
function endsWithName(text: string, name: string): boolean {
  if (text.length < name.length || text.slice(-name.length).toLowerCase() !== name.toLowerCase()) return false;
  const found = text.slice(-name.length);
  return /\p{Lu}/u.test(found) && !/[\p{L}\p{N}]$/u.test(text.slice(0, -name.length));
}

/** True when `text` starts (after spaces) with `name` as whole words. */
function startsWithName(text: string, name: string): boolean {
  const rest = text.replace(/^\s+/, '');
  if (rest === text || rest.slice(0, name.length).toLowerCase() !== name.toLowerCase()) return false;
  return /\p{Lu}/u.test(rest.slice(0, name.length)) && !/^[\p{L}\p{N}]/u.test(rest.slice(name.length));
}

function figures(article: CorpusArticle): Figure[] {
  const { doc } = article;
  return doc.blocks.flatMap((b) => findNumbers(b.text, b.start).map((n) => ({ ...n, ...pick(evidenceAt(doc, n.start, n.end)) })));
}

function pick(e: Evidence): { sentence: number | null; anchor: string | null } {
  return { sentence: e.sentence, anchor: e.anchor };
}

// Story framing needs every member's framing again: each article is framed once per lexicons.
const framed = new WeakMap<CorpusArticle, { lexicons: Lexicons; framing: ArticleFraming }>();

/** Framing signals of one article on its own (computed once per article object and lexicons). */
export function articleFraming(article: CorpusArticle, lexicons: Lexicons): ArticleFraming {
  const known = framed.get(article);
  if (known !== undefined && known.lexicons === lexicons) return known.framing;
  const framing = frameArticle(article, lexicons);
  framed.set(article, { lexicons, framing });
  return framing;
}

/** Records a framing computed earlier (e.g. read from a cache), so `articleFraming` returns it. */
export function rememberFraming(article: CorpusArticle, lexicons: Lexicons, framing: ArticleFraming): void {
  framed.set(article, { lexicons, framing });
}

// Variant groups by article, built once per result: scanning every group for every story is quadratic.
const groupIndex = new WeakMap<VariantResult, Map<string, number[]>>();

/** The variant groups with a version in one of `articles`, in the result's order. */
function groupsTouching(variants: VariantResult, articles: readonly string[]): VariantResult['groups'] {
  let index = groupIndex.get(variants);
  if (index === undefined) {
    index = new Map();
    variants.groups.forEach((g, k) => {
      for (const v of g.versions) {
        const list = index!.get(v.article) ?? [];
        if (list[list.length - 1] !== k) list.push(k);
        index!.set(v.article, list);
      }
    });
    groupIndex.set(variants, index);
  }
  const found = new Set<number>();
  for (const id of articles) for (const k of index.get(id) ?? []) found.add(k);
  return [...found].sort((x, y) => x - y).map((k) => variants.groups[k]!);
}

function frameArticle(article: CorpusArticle, lexicons: Lexicons): ArticleFraming {
  const list = voices(article, lexicons);
  const sources = dedupe(findSources(article.doc, lexicons));
  const count = (kind: SourceHit['kind']): number => sources.filter((s) => s.kind === kind).length;
  return {
    article: article.doc.id,
    outlet: article.doc.meta.outlet,
    voices: list,
    sides: sides(list),
    verbs: verbs(article, lexicons),
    terms: findTerms(article.doc, lexicons, article.quotes),
    figures: figures(article),
    sources,
    sourcing: { agency: count('agency'), outlet: count('outlet'), agencyCredit: count('agency-credit'), unnamed: count('unnamed') },
  };
}

function dedupe(hits: SourceHit[]): SourceHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.label}\u0000${h.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Framing signals of a story: each article's, and how they compare (omissions, figures, copied text, terms). */
export function storyFraming(story: StoryGroup, articles: CorpusArticle[], variants: VariantResult, lexicons: Lexicons): StoryFraming {
  const members = articles.filter((a) => story.articles.includes(a.doc.id)).sort((x, y) => (x.doc.id < y.doc.id ? -1 : 1));
  const ids = members.map((a) => a.doc.id);
  const framings = members.map((a) => articleFraming(a, lexicons));
  const absentFrom = (present: Record<string, string[]>): string[] => ids.filter((id) => present[id] === undefined);

  // Omission matrix of quotes: one row per variant group.
  const quoteRows: OmissionRow[] = [];
  const groups = groupsTouching(variants, story.articles);
  for (const g of groups) {
    const present: Record<string, string[]> = {};
    for (const v of g.versions) (present[v.article] ??= []).push(v.quote);
    const complete = g.versions.find((v) => v.quote === g.complete) ?? g.versions[0]!;
    quoteRows.push({ id: g.id, label: `${complete.speakerName ?? UNCLEAR}: ${complete.text}`, present, absent: absentFrom(present) });
  }

  // Omission matrix of speakers: quoted, or reported in prose ("Kirby said Putin's comments …").
  const speakerRows = new Map<string, OmissionRow>();
  framings.forEach((f, k) => {
    const id = ids[k]!;
    const mark = (speakerId: string, label: string, how: string): void => {
      const row = speakerRows.get(speakerId) ?? { id: speakerId, label, present: {}, absent: [] };
      const list = (row.present[id] ??= []);
      if (!list.includes(how)) list.push(how);
      speakerRows.set(speakerId, row);
    };
    for (const v of f.voices) if (v.speakerId !== null) mark(v.speakerId, v.name, 'quoted');
    for (const v of f.verbs) if (v.speakerId !== null && v.source === 'prose') mark(v.speakerId, v.name, 'reported');
  });
  for (const row of speakerRows.values()) row.absent = absentFrom(row.present);

  // What only one article has: quotes, speakers, and paragraphs none of whose sentences align elsewhere.
  const matched = new Map<string, Set<number>>(ids.map((id) => [id, new Set<number>()]));
  // The same pairs the compare pages show: all of a small story, a linear number of a large one.
  const byId = new Map(members.map((m) => [m.doc.id, m]));
  for (const [idA, idB] of comparedPairs(story)) {
    const a = byId.get(idA);
    const b = byId.get(idB);
    if (a === undefined || b === undefined) continue;
    const al = alignArticles(a.doc, b.doc);
    for (const p of al.pairs) {
      for (const s of p.a) matched.get(idA)!.add(s.index);
      for (const s of p.b) matched.get(idB)!.add(s.index);
    }
  }
  const exclusive: StoryFraming['exclusive'] = {};
  members.forEach((a, k) => {
    const id = ids[k]!;
    const paragraphs =
      members.length < 2
        ? []
        : a.doc.blocks.flatMap((b, bi) => {
            const sentences = a.doc.sentences.filter((s) => s.block === bi);
            return b.kind === 'paragraph' && sentences.length > 0 && sentences.every((s) => !matched.get(id)!.has(s.index)) ? [{ anchor: b.anchor, text: b.text }] : [];
          });
    exclusive[id] = {
      quotes: members.length < 2 ? [] : quoteRows.filter((r) => r.absent.length === ids.length - 1 && r.present[id] !== undefined).flatMap((r) => r.present[id]!),
      speakers: members.length < 2 ? [] : [...speakerRows.values()].filter((r) => Object.keys(r.present).length === 1 && r.present[id] !== undefined).map((r) => r.id),
      paragraphs,
    };
  });

  const terms = lexicons.terms.groups.map((g) => {
    const byArticle: Record<string, string[]> = {};
    framings.forEach((f, k) => {
      byArticle[ids[k]!] = [...new Set(f.terms.filter((t) => t.group === g.id && !t.inQuote).map((t) => t.term))];
    });
    return { group: g.id, label: g.label, byArticle };
  });

  return {
    story: story.id,
    articles: framings,
    omissions: { quotes: quoteRows, speakers: [...speakerRows.values()].sort((x, y) => x.id.localeCompare(y.id)) },
    exclusive,
    figures: compareFigures(members, framings),
    sharedSentences: sharedSentences(members),
    terms,
  };
}

/** Context words of a figure's sentence, the figure itself left out. */
function figureContext(article: CorpusArticle, f: Figure): Set<string> {
  // Every sentence the figure touches: a splitter may cut "$1.8" at its dot.
  const text = article.doc.sentences
    .filter((x) => x.end > f.start && x.start < f.end)
    .map((x) => x.text)
    .join(' ');
  return new Set(
    tokenize(text)
      .filter((t) => isContentWord(t.norm) && !/\d/.test(t.norm))
      .map((t) => stem(t.norm))
      .filter((w) => w !== f.unit),
  );
}

/** Figures with the same unit told in similar sentences by different articles: agreements and discrepancies. */
function compareFigures(members: CorpusArticle[], framings: ArticleFraming[]): FigureComparison[] {
  // A figure is compared only with other articles': a story of one article has nothing to compare.
  if (members.length < 2) return [];
  const all = framings.flatMap((f, k) => f.figures.filter((x) => x.unit !== '').map((x) => ({ figure: x, article: members[k]!, context: figureContext(members[k]!, x) })));
  const parent = all.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const x = all[i]!;
      const y = all[j]!;
      if (x.article === y.article || x.figure.unit !== y.figure.unit) continue;
      // Same unit and at least two context words in common: the same figure told twice.
      if (overlap(x.context, y.context) >= 2) parent[find(j)] = find(i);
    }
  }
  const clusters = new Map<number, typeof all>();
  all.forEach((x, i) => clusters.set(find(i), [...(clusters.get(find(i)) ?? []), x]));
  const out: FigureComparison[] = [];
  for (const items of clusters.values()) {
    if (new Set(items.map((x) => x.article)).size < 2) continue;
    const values = new Set(items.map((x) => x.figure.value));
    out.push({ unit: items[0]!.figure.unit, discrepancy: values.size > 1, mentions: items.map((x) => ({ ...x.figure, article: x.article.doc.id })) });
  }
  return out.sort((x, y) => Number(y.discrepancy) - Number(x.discrepancy));
}

/** Sentences of eight words or more whose word 3-shingles mostly coincide across two articles. */
function sharedSentences(members: CorpusArticle[]): SharedSentence[] {
  // Only sentences of two different articles are paired: one article has none to share.
  if (members.length < 2) return [];
  const index = new Map<string, { k: number; s: number }[]>();
  const sets: Set<string>[][] = members.map((a) =>
    a.doc.sentences.map((s) => {
      const words = tokenize(s.text).map((t) => t.norm);
      return words.length >= 8 ? new Set(shingles(words, 3)) : new Set<string>();
    }),
  );
  sets.forEach((list, k) =>
    list.forEach((set, s) =>
      set.forEach((sh) => {
        const postings = index.get(sh);
        if (postings === undefined) index.set(sh, [{ k, s }]);
        else postings.push({ k, s });
      }),
    ),
  );
  const counts = new Map<string, number>();
  for (const postings of index.values()) {
    for (let x = 0; x < postings.length; x++) {
      for (let y = x + 1; y < postings.length; y++) {
        const p = postings[x]!;
        const q = postings[y]!;
        if (p.k === q.k) continue;
        const key = p.k < q.k ? `${p.k}:${p.s}:${q.k}:${q.s}` : `${q.k}:${q.s}:${p.k}:${p.s}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const out: SharedSentence[] = [];
  for (const [key, shared] of counts) {
    const [ka, sa, kb, sb] = key.split(':').map(Number) as [number, number, number, number];
    const union = sets[ka]![sa]!.size + sets[kb]![sb]!.size - shared;
    const similarity = shared / union;
    if (similarity < 0.6) continue;
    const side = (k: number, s: number) => {
      const doc = members[k]!.doc;
      const sentence = doc.sentences[s]!;
      return { article: doc.id, sentence: sentence.index, anchor: doc.blocks[sentence.block]?.anchor ?? null, text: sentence.text };
    };
    out.push({ similarity: Math.round(similarity * 1000) / 1000, a: side(ka, sa), b: side(kb, sb) });
  }
  return out.sort((x, y) => y.similarity - x.similarity || x.a.article.localeCompare(y.a.article) || x.a.sentence - y.a.sentence);
}

