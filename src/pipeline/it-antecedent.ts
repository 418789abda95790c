/**
 * What a speaking `it` refers back to: a document ("The email includes a photo …. At the bottom it reads, “…”") or an
 * organisation ("Still, the Harbor Business Council opposed an increase. “…,” it recommended"), read sentence by sentence
 * back from the pronoun. The phrase found is resolved by the caller like any speaker phrase.
 */
import type { Span } from './types.ts';
import { wordsOf, type Word } from './context.ts';
import { DOCUMENT_HEADS, ORG_HEADS, ROLE_HEADS } from './names.ts';

/** What the reader needs from the article: sentences, quotes, attributed quotes and the entities of the mention table. */
export interface ItContext {
  text: string;
  sentenceStarts: number[];
  quoteRanges: Span[];
  blocks: Span[];
  spoken: { start: number; entity: number }[];
  /** Mentions of the table (people and organisations), in reading order. */
  mentions: { start: number; end: number; entity: number }[];
  /** `person`, `organisation`, `document` (a role named by a document phrase) or `other`, for an entity. */
  kindOf: (entity: number) => 'person' | 'organisation' | 'document' | 'other';
}

/** An antecedent: a phrase of the reporter's to resolve (`name` when it is an organisation's capitalised name), or an entity that already spoke. */
export type ItAntecedent = { phrase: Span; name: boolean } | { entity: number };

/** Lower-case organisation heads a determiner makes an organisation ("the company", "the staff association"). */
const ORG_NOUNS = new Set([...ORG_HEADS].filter((h) => !DOCUMENT_HEADS.has(h) && !ROLE_HEADS.has(h) && !/^(?:times|post|journal|news|media|white|house|forces|authorities|tv|radio|army|navy|guard|police|station|channel|movement|statement|report)$/.test(h)));
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'one']);
/** Words that open a sentence before its subject ("Still, …", "And …"). */
const OPENERS = new Set(['and', 'but', 'so', 'yet', 'still', 'meanwhile', 'instead', 'also', 'now', 'then']);
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
const CAND_LIMIT = 4;

interface Candidate { start: number; phrase?: Span; entity?: number; name?: boolean }

/**
 * The document or organisation a speaking `it` at `pos` refers to: the subject of the nearest sentence before it that
 * names one, when that subject can speak; or the only one of that sentence when its subject is a person (a person is
 * never "it"). A sentence whose subject is `it` again is a link of the chain; any other subject ("The city sued …")
 * stops the search. Only within this and the previous paragraph, and one more for each `It …` sentence of the chain.
 */
export function itAntecedent(pos: number, c: ItContext): ItAntecedent | null {
  const { sentenceStarts: starts } = c;
  const blockIdx = c.blocks.findIndex((b) => pos >= b.start && pos <= b.end);
  const floorOf = (b: number): number => c.blocks[Math.max(0, b - 1)]?.start ?? 0;
  let floor = floorOf(blockIdx);
  let si = starts.length - 1;
  while (si > 0 && (starts[si] ?? 0) > pos) si--;
  for (let k = si, end = pos; k >= 0 && (starts[k] ?? 0) >= floor; end = starts[k] ?? 0, k--) {
    const s = starts[k] ?? 0;
    const ws = reporterWords(c, s, end);
    const cands = candidates(c, ws, s, end);
    const subj = subjectIndex(c, ws);
    const subjWord = ws[subj];
    const first = cands[0];
    const distinct = new Set(cands.map((x) => x.entity ?? x.phrase?.text.toLowerCase()));
    // "The video … after a passage where it states …": inside its own sentence the pronoun may mean either
    if (k === si && distinct.size > 1) return null;
    if (first && subjWord && first.start === subjWord.start) return asAntecedent(first);
    const personSubject = !!subjWord && (PERSONAL.has(subjWord.lower) || c.mentions.some((m) => m.start === subjWord.start && c.kindOf(m.entity) === 'person'));
    // a person is never "it"
    if (first && personSubject && distinct.size === 1) return asAntecedent(first);
    // "It stated that … “…”": an "It" subject that spoke this sentence's quote is the same thing again
    const spokeIt = cands.filter((x) => x.entity !== undefined);
    if (subjWord?.lower === 'it' && spokeIt.length > 0) return new Set(spokeIt.map((x) => x.entity)).size === 1 ? asAntecedent(spokeIt[0] as Candidate) : null;
    // a quote-only paragraph: the document or organisation that spoke it
    if (first && ws.length === 0 && distinct.size === 1) return asAntecedent(first);
    // "It also pointed up …", or the pronoun's own sentence ("At the bottom it reads"): the chain goes on
    if (cands.length === 0 && (!subjWord || k === si) || subjWord?.lower === 'it') {
      // every "It …" link lets the chain reach one paragraph further back
      if (subjWord?.lower === 'it') floor = Math.min(floor, floorOf(c.blocks.findIndex((b) => s >= b.start && s <= b.end)));
      // a quote-only paragraph someone (not something) spoke ends the chain
      if (!subjWord && c.spoken.some((sp) => sp.start >= s && sp.start < end)) return null;
      continue;
    }
    return null;
  }
  return null;
}

const asAntecedent = (x: Candidate): ItAntecedent => (x.entity !== undefined ? { entity: x.entity } : { phrase: x.phrase as Span, name: !!x.name });

/** The words of `[from, to)` outside quotes. */
function reporterWords(c: ItContext, from: number, to: number): Word[] {
  let t = c.text.slice(from, to);
  for (const r of c.quoteRanges) {
    const a = Math.max(r.start, from);
    const b = Math.min(r.end, to);
    if (a < b) t = t.slice(0, a - from) + ' '.repeat(b - a) + t.slice(b - from);
  }
  return wordsOf(t, from);
}

/** Index of the subject's first word: past an opening conjunction and a fronted phrase ("On his website, …"). */
function subjectIndex(c: ItContext, ws: Word[]): number {
  let i = OPENERS.has(ws[0]?.lower ?? '') ? 1 : 0;
  const w0 = ws[i];
  if (!w0 || DETERMINERS.has(w0.lower) || /['’]s$/.test(w0.text) || c.mentions.some((m) => m.start === w0.start)) return i;
  for (let j = i; j < Math.min(ws.length - 1, i + 6); j++) {
    const a = ws[j] as Word;
    const b = ws[j + 1] as Word;
    if (/,/.test(c.text.slice(a.end, b.start))) return j + 1;
  }
  return i;
}

/** Documents and organisations a sentence names, and those of its quotes, in reading order. */
function candidates(c: ItContext, ws: Word[], from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (const sp of c.spoken) {
    if (sp.start < from || sp.start >= to) continue;
    const kind = c.kindOf(sp.entity);
    if (kind === 'document' || kind === 'organisation') out.push({ start: ws.find((w) => w.start > sp.start)?.start ?? sp.start, entity: sp.entity });
  }
  for (const m of c.mentions) {
    if (m.start >= from && m.start < to && c.kindOf(m.entity) === 'organisation' && !/\b(?:its|his|her|their)\s+$/i.test(c.text.slice(Math.max(0, m.start - 8), m.start))) {
      const start = detStart(ws, m.start);
      out.push({ start, phrase: { text: c.text.slice(start, m.end), start, end: m.end } });
    }
  }
  ws.forEach((w, i) => {
    // a singular head only: "it" is never "the emails", and "the paper notes" is a verb
    const isDoc = /^\p{Ll}/u.test(w.text) && DOCUMENT_HEADS.has(w.lower);
    const isOrg = /^\p{Ll}/u.test(w.text) ? ORG_NOUNS.has(w.lower) : ORG_HEADS.has(w.lower) && !DOCUMENT_HEADS.has(w.lower) && i > 0;
    if (!isDoc && !isOrg) return;
    // the head is the last noun of its phrase: "the letter writer" is no letter
    const next = ws[i + 1];
    if (next && /^\p{Ll}/u.test(next.text) && !/[,;:.—–-]/.test(c.text.slice(w.end, next.start)) && (DOCUMENT_HEADS.has(next.lower) || ORG_HEADS.has(next.lower) || ROLE_HEADS.has(next.lower))) return;
    for (let j = i - 1; j >= Math.max(0, i - CAND_LIMIT); j--) {
      const d = ws[j] as Word;
      if (/[,;:.—–]/.test(c.text.slice(d.end, (ws[j + 1] as Word).start))) return;
      if (DETERMINERS.has(d.lower) || /['’]s$/.test(d.text)) {
        // "Thursday's memo", "the Harbor Business Council"; never a quote's words or an object of "of" a person owns
        if (out.some((o) => o.start <= d.start && (o.phrase?.end ?? o.start) >= w.end)) return;
        // "the Business Council of Harlow County": a capitalised name goes on after "of"
        const of = /^\p{Lu}/u.test(w.text) ? /^ of(?: \p{Lu}[\p{L}.'’-]*)+/u.exec(c.text.slice(w.end, to)) : null;
        const end = w.end + (of?.[0].length ?? 0);
        out.push({ start: d.start, phrase: { text: c.text.slice(d.start, end), start: d.start, end }, name: /^\p{Lu}/u.test(w.text) });
        return;
      }
      if (!isOrg && /^\p{Lu}/u.test(d.text) && j < i - 1) return;
    }
  });
  return out.sort((a, b) => a.start - b.start);
}

/** The start of the determiner right before a mention ("the Harbor Council"), or the mention's own start. */
function detStart(ws: Word[], start: number): number {
  const i = ws.findIndex((w) => w.start === start);
  const d = ws[i - 1];
  return d && d.lower === 'the' ? d.start : start;
}
