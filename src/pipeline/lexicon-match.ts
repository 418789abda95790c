import type { Lexicons } from '../schemas/lexicons.ts';
import type { CorpusQuote } from './corpus.ts';
import { phrasePattern } from './tokens.ts';
import type { ArticleDoc, Block } from './types.ts';

/**
 * Finds lexicon phrases (contested terms, attribution verbs, cited sources) in an article's body,
 * each hit with the evidence a page needs: offsets, sentence index and paragraph anchor.
 */

/** Where a hit sits in the article. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  /** Sentence index (`doc.sentences[i].index`), null when no sentence holds it. */
  sentence: number | null;
  /** Paragraph anchor (`p-3`), null when outside the body. */
  anchor: string | null;
}

/** A contested term found in the text. */
export interface TermHit extends Evidence {
  group: string;
  term: string;
  label: string;
  /** Inside a quote: the speaker's word, not the outlet's. */
  inQuote: boolean;
}

/** A source the article cites. */
export interface SourceHit extends Evidence {
  label: string;
  kind: 'agency' | 'outlet' | 'agency-credit' | 'unnamed';
}

const cache = new Map<string, RegExp>();

/** A case-insensitive whole-word regex for any of the phrases (cached). */
export function phraseRegex(phrases: readonly string[]): RegExp {
  // Longest first, so "special military operation" wins over "military operation".
  const key = phrases.join('\u0000');
  let re = cache.get(key);
  if (re === undefined) {
    re = new RegExp(phrasePattern(...phrases), 'giu');
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Evidence for the span `[start, end)` of `doc.text`. */
export function evidenceAt(doc: ArticleDoc, start: number, end: number): Evidence {
  const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
  const block = doc.blocks.find((b) => b.start <= start && start < b.end);
  return { text: doc.text.slice(start, end), start, end, sentence: sentence?.index ?? null, anchor: block?.anchor ?? null };
}

/** Spans of the body (blocks, or the `blocks` given of them), where every signal is looked for: removed lines never count. */
function bodyMatches(doc: ArticleDoc, re: RegExp, blocks: readonly Block[] = doc.blocks): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const b of blocks) {
    // The cached regex reused with exec: matchAll would copy it for every block and entry.
    re.lastIndex = 0;
    for (let m = re.exec(b.text); m !== null; m = re.exec(b.text)) {
      out.push({ start: b.start + m.index, end: b.start + m.index + m[0].length });
      // An empty pattern in a lexicon matches nothing but a place: move on by one character, as matchAll does.
      if (m[0] === '') re.lastIndex += (b.text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  }
  re.lastIndex = 0;
  return out;
}

/**
 * The blocks where any of `phrases` is found: a phrase's own regex can match only there, since the
 * regex of all of them matches wherever one does (one scan of a block instead of one per entry).
 */
function blocksWithAny(doc: ArticleDoc, phrases: readonly string[]): Block[] {
  const any = phraseRegex(phrases);
  return doc.blocks.filter((b) => {
    any.lastIndex = 0;
    return any.test(b.text);
  });
}

// An article's terms are read by its framing and by every pair of its story it is aligned in: found once.
const termsFound = new WeakMap<ArticleDoc, { lexicons: Lexicons; quotes: readonly CorpusQuote[]; hits: TermHit[] }>();

/** Contested terms of the lexicon in the article body; the longest phrase wins where two overlap (computed once per doc, lexicons and quotes). */
export function findTerms(doc: ArticleDoc, lexicons: Lexicons, quotes: readonly CorpusQuote[] = []): TermHit[] {
  const known = termsFound.get(doc);
  if (known !== undefined && known.lexicons === lexicons && known.quotes === quotes) return known.hits;
  const hits = termsIn(doc, lexicons, quotes);
  termsFound.set(doc, { lexicons, quotes, hits });
  return hits;
}

function termsIn(doc: ArticleDoc, lexicons: Lexicons, quotes: readonly CorpusQuote[]): TermHit[] {
  const hits: TermHit[] = [];
  const blocks = blocksWithAny(doc, lexicons.terms.groups.flatMap((g) => g.terms.flatMap((t) => t.patterns)));
  for (const group of lexicons.terms.groups) {
    for (const term of group.terms) {
      for (const m of bodyMatches(doc, phraseRegex(term.patterns), blocks)) {
        const inQuote = quotes.some((q) => q.kind !== 'indirect' && m.start >= q.start && m.end <= q.end);
        hits.push({ ...evidenceAt(doc, m.start, m.end), group: group.id, term: term.id, label: term.label, inQuote });
      }
    }
  }
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  // "proxy war" also contains "war": keep the longer, more specific hit.
  return hits.filter((h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
}

/** Sources cited in the body and in credit lines kept by the reader. */
export function findSources(doc: ArticleDoc, lexicons: Lexicons): SourceHit[] {
  const hits: SourceHit[] = [];
  const blocks = blocksWithAny(doc, lexicons.sources.sources.flatMap((s) => s.patterns));
  for (const source of lexicons.sources.sources) {
    const re = phraseRegex(source.patterns);
    for (const m of bodyMatches(doc, re, blocks)) hits.push({ ...evidenceAt(doc, m.start, m.end), label: source.label, kind: source.kind });
    for (const credit of doc.meta.credits) {
      re.lastIndex = 0;
      const m = re.exec(credit);
      if (m !== null) {
        const at = doc.text.indexOf(credit);
        const start = at < 0 ? -1 : at + m.index;
        hits.push({ text: m[0], start, end: start < 0 ? -1 : start + m[0].length, sentence: null, anchor: null, label: source.label, kind: source.kind });
      }
    }
  }
  return hits.sort((x, y) => x.start - y.start);
}
