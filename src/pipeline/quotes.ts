/**
 * Quote extraction: find the quoted spans of an article's body and tell direct quotes, partial quotes
 * and terms (scare quotes, titles) apart.
 */
import type { ArticleDoc, QuoteKind, QuoteSpan, Span } from './types.ts';
import { cueBase, INVERTIBLE } from './cues.ts';
import { sentenceEndAfter, sentenceEnds, sentenceStartBefore, wordsOf, type Word } from './context.ts';

type Family = 'double' | 'single' | 'angle';
type Role = 'open' | 'close' | 'either';

interface Mark {
  pos: number;
  /** Characters the mark takes (2 for a doubled mark like ““ or ''). */
  len: number;
  family: Family;
  role: Role;
  /** A closing single mark that may be a plural possessive ("students' union"). */
  possessive?: boolean;
}

/** A quote with the positions of its marks, as found before classification. */
export interface RawQuote {
  block: number;
  open: number;
  /** Position of the closing mark, or null when the quote runs to the end of its paragraph. */
  close: number | null;
  openLen: number;
  closeLen: number;
  start: number;
  end: number;
  /** Set on the pieces of a quote that runs over several paragraphs. */
  chain?: number;
  /** True when a "Quote:" label introduces unmarked quoted text. */
  label?: boolean;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a straight mark opens a quote. */
const OPENING_CONTEXT = /[\s([{—–\-/:;,]/;
/** Characters before which a straight mark closes a quote. */
const CLOSING_CONTEXT = /[\s)\]}.,;:!?—–\-/…]/;

/** Classify every quote mark of one paragraph. */
function marksOf(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i] ?? '';
    const prev = i > from ? text[i - 1] : undefined;
    const next = i + 1 < to ? text[i + 1] : undefined;
    const prevOpening = prev === undefined || OPENING_CONTEXT.test(prev) || '“‘«"\''.includes(prev);
    const nextClosing = next === undefined || CLOSING_CONTEXT.test(next) || '”’»"\''.includes(next);
    if (c === '“' || c === '„' || c === '‟') {
      const len = next === c ? 2 : 1;
      marks.push({ pos: i, len, family: 'double', role: 'open' });
      i += len - 1;
    } else if (c === '”') {
      const len = next === c ? 2 : 1;
      // a right mark used as an opener in a bad paste: space before, a word after
      const role: Role = isSpace(prev) && isWordChar(next) ? 'open' : 'close';
      marks.push({ pos: i, len, family: 'double', role });
      i += len - 1;
    } else if (c === '\'' && next === '\'' && text[i + 2] === '\'' && i + 2 < to && !isSpace(prev) && (i + 3 >= to || CLOSING_CONTEXT.test(text[i + 3] ?? ''))) {
      // "'a special case,''' Mr. Putin said": a nested single quote closes right before the doubled closing mark
      marks.push({ pos: i, len: 1, family: 'single', role: 'close' });
      marks.push({ pos: i + 1, len: 2, family: 'double', role: 'close' });
      i += 2;
    } else if (c === '"' || c === '`' && next === '`' || c === '\'' && next === '\'') {
      const len = c === '"' ? (next === '"' ? 2 : 1) : 2;
      const after = text[i + len];
      const afterClosing = i + len >= to || CLOSING_CONTEXT.test(after ?? '') || '”’»'.includes(after ?? '');
      const role: Role = c === '`' ? 'open' : prevOpening && !afterClosing ? 'open' : !prevOpening && afterClosing ? 'close' : 'either';
      marks.push({ pos: i, len, family: 'double', role });
      i += len - 1;
    } else if (c === '«' || c === '‹') {
      marks.push({ pos: i, len: 1, family: 'angle', role: 'open' });
    } else if (c === '»' || c === '›') {
      marks.push({ pos: i, len: 1, family: 'angle', role: 'close' });
    } else if (c === '‘' || c === '‚') {
      // ‘90s, ‘em: elisions, not quotes
      if (/^\d\ds\b/.test(text.slice(i + 1, i + 5)) || /^em\b/.test(text.slice(i + 1, i + 4))) continue;
      if (!isSpace(next)) marks.push({ pos: i, len: 1, family: 'single', role: 'open' });
    } else if (c === '’' || c === '\'') {
      if (isWordChar(prev) && isWordChar(next)) continue; // don’t, Zelenskiy’s, the 90's
      if (/^\d\ds\b/.test(text.slice(i + 1, i + 5))) continue; // '90s
      if (prevOpening && isWordChar(next)) {
        if (c === '\'' || isSpace(prev)) marks.push({ pos: i, len: 1, family: 'single', role: 'open' });
        continue;
      }
      if (!isSpace(prev) && nextClosing) {
        const possessive = /[sS]/.test(prev ?? '') && /^\s+[\p{Ll}\p{N}]/u.test(text.slice(i + 1, i + 3));
        marks.push({ pos: i, len: 1, family: 'single', role: 'close', possessive });
      }
    }
  }
  return marks;
}

interface Pair {
  open: Mark;
  close: Mark | null;
}

/** Pair the marks of one paragraph; nested pairs are dropped, unclosed openers kept with close null. */
function pairMarks(marks: Mark[]): Pair[] {
  const stack: Mark[] = [];
  const pairs: Pair[] = [];
  const top = (family: Family): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]?.family === family) return k;
    return -1;
  };
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i];
    if (!m) continue;
    const openIdx = top(m.family);
    const role: Role = m.role === 'either' ? (openIdx >= 0 ? 'close' : 'open') : m.role;
    if (role === 'open') {
      stack.push(m);
      continue;
    }
    if (openIdx < 0) continue; // a stray closer or an apostrophe
    if (m.possessive) {
      // "the students' union": skip when a later closer of the same family can close the quote
      const later = marks.slice(i + 1).find((x) => x.family === m.family);
      if (later && later.role !== 'open') continue;
    }
    const open = stack[openIdx];
    if (!open) continue;
    // a closer also closes anything opened after its opener (unbalanced inner marks)
    stack.length = openIdx;
    pairs.push({ open, close: m });
  }
  // unclosed openers: the outermost double or angle runs to the end of the paragraph; singles are dropped
  const outer = stack.find((s) => s.family !== 'single') ?? (stack.length === 1 && stack[0]?.family === 'single' ? stack[0] : undefined);
  if (outer) pairs.push({ open: outer, close: null });
  // keep top-level pairs only
  pairs.sort((a, b) => a.open.pos - b.open.pos);
  const top2: Pair[] = [];
  let reach = -1;
  for (const p of pairs) {
    const end = p.close ? p.close.pos : Number.MAX_SAFE_INTEGER;
    if (p.open.pos < reach) continue;
    top2.push(p);
    reach = end;
  }
  return top2;
}

const LABEL = /^(?:quote|quote from [^:\n]{1,60}|direct speech|verbatim)\s*:\s*/i;
/** A transcript line: "PENCE: …", "JAKE TAPPER: …", "Q: …", "A: …". */
export const SPEAKER_LABEL = /^(Q|A|[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})\s*:\s+(?=\S)/;

/** Words that open notes and headings, not speakers ("CORRECTION:", "UPDATE:"). */
export const NOT_SPEAKER_LABEL = /^(?:correction|clarification|update|updated|note|editor|editors|watch|video|photo|read|related|breaking|exclusive|email|byline|previously|live|source|sources|full text|transcript)\b/i;

/** Blocks that are transcript lines naming a speaker: Q/A lines when there are several, and labels that
 * name someone the article writes in ordinary case ("PENCE:" with "Pence" elsewhere) or recur in a transcript. */
export function transcriptLabels(doc: ArticleDoc): Set<number> {
  const found: { block: number; label: string }[] = [];
  doc.blocks.forEach((b, i) => {
    const m = b.kind === 'paragraph' ? SPEAKER_LABEL.exec(b.text) : null;
    if (m?.[1] && !NOT_SPEAKER_LABEL.test(m[1])) found.push({ block: i, label: m[1] });
  });
  const qa = found.filter((f) => f.label === 'Q' || f.label === 'A');
  const named = found.filter((f) => f.label !== 'Q' && f.label !== 'A');
  const distinct = new Set(named.map((f) => f.label)).size;
  const out = new Set<number>();
  if (qa.length >= 2) for (const f of qa) out.add(f.block);
  for (const f of named) {
    const last = f.label.split(' ').at(-1) ?? '';
    const ordinary = last.length >= 2 && doc.text.includes(`${last[0]}${last.slice(1).toLowerCase()}`);
    if (ordinary || (distinct >= 2 && named.length >= 3)) out.add(f.block);
  }
  return out;
}

/** Find quotes with their marks, paragraph by paragraph, joining multi-paragraph quotes. */
export function findRawQuotes(doc: ArticleDoc): RawQuote[] {
  const { text } = doc;
  const out: RawQuote[] = [];
  let chainId = 0;
  let pendingChain: number | null = null;
  const transcript = transcriptLabels(doc);
  doc.blocks.forEach((block, b) => {
    const from = block.start;
    const to = block.end;
    const inChain = pendingChain;
    pendingChain = null;
    const label = LABEL.exec(text.slice(from, to)) ?? (transcript.has(b) ? SPEAKER_LABEL.exec(text.slice(from, to)) : null);
    if (label && !/^[“"«‘'„]/.test(text.slice(from + label[0].length, from + label[0].length + 1))) {
      const start = from + label[0].length;
      const end = trimEnd(text, start, to);
      if (end > start) out.push({ block: b, open: start, close: null, openLen: 0, closeLen: 0, start, end, label: true });
      return;
    }
    const pairs = pairMarks(marksOf(text, from, to));
    pairs.forEach((p, k) => {
      const start0 = p.open.pos + p.open.len;
      const end0 = p.close ? p.close.pos : to;
      const start = trimStart(text, start0, end0);
      const end = trimEnd(text, start, end0);
      if (end <= start || !/[\p{L}\p{N}]/u.test(text.slice(start, end))) return;
      const q: RawQuote = { block: b, open: p.open.pos, close: p.close ? p.close.pos : null, openLen: p.open.len, closeLen: p.close ? p.close.len : 0, start, end };
      const first = k === 0 && text.slice(from, p.open.pos).trim() === '';
      if (first && inChain !== null) q.chain = inChain;
      if (!p.close) {
        const next = doc.blocks[b + 1];
        const nextStart = next ? text.slice(next.start, next.end).trimStart()[0] : undefined;
        const sameFamily = nextStart !== undefined && (p.open.family === 'double' ? '“"„'.includes(nextStart) : p.open.family === 'angle' ? '«‹'.includes(nextStart) : '‘\''.includes(nextStart));
        if (sameFamily && next?.kind === 'paragraph') {
          if (q.chain === undefined) q.chain = ++chainId;
          pendingChain = q.chain;
        } else if (p.open.family === 'single' && q.chain === undefined) {
          return; // an unclosed single mark is more likely an apostrophe than a quote
        }
      }
      out.push(q);
    });
  });
  // a chain of one piece is not a chain
  const counts = new Map<number, number>();
  for (const q of out) if (q.chain !== undefined) counts.set(q.chain, (counts.get(q.chain) ?? 0) + 1);
  for (const q of out) if (q.chain !== undefined && (counts.get(q.chain) ?? 0) < 2) delete q.chain;
  return out;
}

function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /\s/.test(text[s] ?? '')) s++;
  return s;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Bracketed or parenthesised words inside a quote: the outlet's, not the speaker's. */
export function insertionsOf(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const inner = text.slice(start, end);
  for (const m of inner.matchAll(/\[[^\]\n]{1,80}\]|\([^)\n]{1,80}\)/g)) {
    const s = start + (m.index ?? 0);
    out.push({ text: m[0], start: s, end: s + m[0].length });
  }
  return out;
}

const TERM_LEAD = /(?:so-called|dubbed|termed|titled|entitled|named|the (?:word|term|phrase|label|slogan|hashtag)|known as|branded|labell?ed|calls?|called|calling|nicknamed|slogan|hashtag|the show|the film|the book|the song|the series|the movie|the program(?:me)?)(?:\s+(?:a|an|the|it|them|him|her|this|that|his|their))?\s*$/i;
/** "calls the invasion a “…”": a naming construction, the quoted words are a label. */
const NAMING = /\b(?:calls?|called|calling|dubbed|dubs|labell?ed|labels|branded|brands|termed|terms)(?:\s+[\p{L}’'-]+){1,3}\s+(?:a|an|the|as|as a|as an)\s*$/iu;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'to', 'for', 'at', 'by', 'or', 'with', 'from', 'is', 'as']);

/** True when a sentence window holds a reporting verb or "according to". */
export function hasCue(window: string): boolean {
  if (/\baccording to\b/i.test(window)) return true;
  return wordsOf(window).some((w) => cueBase(w.text) !== null);
}

/**
 * True when the words after a quote are only its cue and the cue's subject, as after a partial quote that ends the
 * reporter's clause with its comma inside the marks: `a “change agent,” Cole said.`, `“cool off,” said Ana Ruiz`.
 */
function cueClause(after: string): boolean {
  const ws = wordsOf(after);
  const k = ws.findIndex((w) => cueBase(w.text) !== null);
  const subject = k === 0 ? ws.slice(1, 2) : ws.slice(0, k);
  // a plain verb of saying, not a participle with its object ("“that person,” telling Fox 35") or a judging verb
  if (k < 0 || k > 3 || subject.length === 0 || !INVERTIBLE.has(cueBase(ws[k]?.text ?? '') ?? '') || /ing$/.test(ws[k]?.lower ?? '')) return false;
  return subject.every((w) => /^\p{Lu}/u.test(w.text) || (k > 0 && /^(?:he|she)$/.test(w.lower)));
}

/** Decide direct, partial or term for one quote from its words and the sentence around it. */
export function classify(text: string, q: RawQuote, blockStart: number, blockEnd: number, prevEnd: number, nextOpen: number): QuoteKind {
  const inner = text.slice(q.start, q.end);
  if (q.chain !== undefined || q.label) return 'direct';
  const words = wordsOf(inner);
  const sentStart = sentenceStartBefore(text, Math.max(blockStart, prevEnd), q.open);
  const before = text.slice(sentStart, q.open);
  const afterFrom = q.close === null ? blockEnd : q.close + q.closeLen;
  const closedSentence = /[.?!…]$/.test(inner) && /^\s*\p{Lu}/u.test(text.slice(afterFrom, afterFrom + 3));
  const after = closedSentence ? '' : text.slice(afterFrom, sentenceEndAfter(text, afterFrom, Math.min(blockEnd, nextOpen)));
  const cue = hasCue(before) || hasCue(after);
  // one word is a term; two words are one unless a cue reports them and they end the reporter's clause
  // “It’s fine,” Trump said: two words that open with a capital and end with a comma before a cue are spoken
  const shortSpoken = words.length === 2 && (/^\p{Lu}/u.test(inner) && /[,!?]$/.test(inner) && hasCue(after) || /^\p{Ll}.*,$/u.test(inner) && cueClause(after));
  // “Safety,” said Mona Grimm. / “No,” he said.: one capitalised word opening its sentence before its cue is spoken too
  const wordSpoken = words.length === 1 && before.trim() === '' && /^\p{Lu}/u.test(inner) && /[,!?]$/.test(inner) && cueClause(after);
  if ((words.length === 1 && !wordSpoken) || (words.length === 2 && !shortSpoken && (!cue || /^\s*[\p{L}\p{N}]/u.test(after)))) return 'term';
  const midSentence = /[\p{L}\p{N},]\s*$/u.test(before) && /^\s*[\p{L}\p{N}]/u.test(after);
  const titleCase = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w.text) || SMALL_WORDS.has(w.lower));
  if (titleCase && words.length <= 8 && !/[.?!,:;]$/.test(inner) && midSentence && !/[,:]\s*$/.test(before)) return 'term';
  if (words.length <= 4 && (TERM_LEAD.test(before) || NAMING.test(before)) && !/[.?!]$/.test(inner)) return 'term';
  const first = inner.trimStart()[0] ?? '';
  const upper = /[\p{Lu}\p{N}…"“‘'(\[]/u.test(first) || inner.startsWith('...');
  const lead = before.trim();
  const lastWord = wordsOf(lead).at(-1);
  const openLead = lead === '' || /[,:—–-]$/.test(lead) || (lastWord !== undefined && lastWord.end === sentStart + before.trimEnd().length && cueBase(lastWord.text) !== null);
  if (upper && openLead) return 'direct';
  return 'partial';
}

/** Options of `extractQuotes`. */
export interface ExtractOptions {
  /** Also return reported speech without marks ("Putin said that …") as kind `indirect`. Off by default. */
  indirect?: boolean;
}

/** Find the quotes of an article: spans of quoted text with their kind, insertions and ellipsis. */
export function extractQuotes(doc: ArticleDoc, options: ExtractOptions = {}): QuoteSpan[] {
  const marked = extractMarked(doc);
  if (!options.indirect) return marked;
  return [...marked, ...findIndirect(doc, marked)].sort((a, b) => a.start - b.start);
}

/** Verbs that report speech with a "that" clause; thought, naming and judging verbs are left out. */
const INDIRECT_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'claim', 'insist', 'warn', 'announce', 'declare', 'argue', 'explain', 'note',
  'acknowledge', 'admit', 'deny', 'confirm', 'predict', 'promise', 'vow', 'pledge', 'assert', 'contend',
  'maintain', 'stress', 'emphasize', 'emphasise', 'reiterate', 'concede', 'allege', 'testify', 'tweet', 'write',
  'suggest', 'complain', 'boast', 'reply', 'respond', 'answer', 'recall', 'disclose', 'reveal',
]);
/** Words after a cue that may stand before "that": the person told ("told reporters", "told the Senate"). */
const LISTENER = /^(?:\s+(?:reporters|journalists|lawmakers|supporters|voters|the\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|the\s+\p{Ll}+|\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}|him|her|them|us|me|on\s+\p{Lu}\p{Ll}+day|in\s+a\s+statement|in\s+an\s+interview|on\s+Twitter))?,?\s+that\s+/u;

/** After "said"/"told": an optional listener or day, then a clause whose subject is followed by a finite verb. */
const BARE_CLAUSE = /^(?:\s+(?:reporters|journalists|him|her|them|\p{Lu}\p{Ll}+))?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?,?\s+(?=(?:he|she|they|we|I|it|the\s+\p{Ll}+|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?:\p{Ll}+ly\s+)?(?:was|were|is|are|would|will|could|had|has|have|should|did|does|can|may|might|must|wanted|planned|hoped|believed)\b)/u;

/**
 * Reported speech without marks where the cue is clear: a subject, a speech verb, "that" and a clause of
 * four words or more, in a sentence with no quotation marks ("Putin said that Russia was ready to talk").
 */
export function findIndirect(doc: ArticleDoc, marked: QuoteSpan[]): QuoteSpan[] {
  const { text } = doc;
  const out: QuoteSpan[] = [];
  doc.blocks.forEach((block, b) => {
    if (block.kind !== 'paragraph') return;
    const from = block.start;
    const to = block.end;
    const starts = [from, ...sentenceEnds(text, from, to)];
    for (let i = 0; i < starts.length; i++) {
      const s = starts[i] ?? from;
      const e = starts[i + 1] ?? to;
      const sentence = text.slice(s, e);
      if (/[“”„"«»]/.test(sentence) || marked.some((q) => q.end > s && q.start < e)) continue;
      const words = wordsOf(sentence, s);
      for (let k = 1; k < Math.min(words.length, 16); k++) {
        const w = words[k] as Word;
        const base = cueBase(w.text);
        if (!base || !INDIRECT_VERBS.has(base) || /ing$/.test(w.lower)) continue;
        // a subject right before the verb: a name, a pronoun or a noun, not "the report"
        const subj = words[k - 1] as Word;
        if (/^(?:a|an|the|to|that|which|who|it|i|we|you)$/.test(subj.lower)) break;
        const rest = text.slice(w.end, e);
        // "said that …", or "said Russia was …" / "told reporters he would …" (a clause with its own subject and verb)
        const m = LISTENER.exec(rest) ?? (['say', 'tell'].includes(base) ? BARE_CLAUSE.exec(rest) : null);
        if (!m) break;
        const start = w.end + m[0].length;
        if (/^(?:would|will|is|was|could|should|has|had|may|might|can|must|be|been|it’s|it's)\b/i.test(text.slice(start, start + 8))) break; // "said that would …": a pronoun, not a clause
        let end = e;
        while (end > start && /[\s.?!]/.test(text[end - 1] ?? '')) end--;
        const inner = text.slice(start, end);
        if (wordsOf(inner).length < 4) break;
        out.push({ text: inner, start, end, kind: 'indirect', block: b, insertions: [], ellipsis: false });
        break;
      }
    }
  });
  return out;
}

/** The quotes written with marks (or a label), classified. */
function extractMarked(doc: ArticleDoc): QuoteSpan[] {
  const { text } = doc;
  const raws = findRawQuotes(doc);
  return raws.map((q, i) => {
    const block = doc.blocks[q.block];
    const blockStart = block?.start ?? 0;
    const blockEnd = block?.end ?? text.length;
    const prev = raws[i - 1];
    const next = raws[i + 1];
    const prevEnd = prev && prev.block === q.block ? (prev.close === null ? prev.end : prev.close + prev.closeLen) : blockStart;
    const nextOpen = next && next.block === q.block ? next.open : blockEnd;
    const inner = text.slice(q.start, q.end);
    const span: QuoteSpan = {
      text: inner,
      start: q.start,
      end: q.end,
      kind: classify(text, q, blockStart, blockEnd, prevEnd, nextOpen),
      block: q.block,
      insertions: insertionsOf(text, q.start, q.end),
      ellipsis: /…|\.\s?\.\s?\./.test(inner),
    };
    if (q.chain !== undefined) span.continues = q.chain;
    return span;
  });
}
