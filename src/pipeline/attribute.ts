/**
 * Attribution: decide who said each quote, with the evidence (cue, source mention, rule, confidence).
 * Precision before recall: when no rule is confident the quote keeps speaker null ("speaker unclear").
 */
import type { ArticleDoc, AttributedQuote, Attribution, LocalSpeaker, QuoteSpan, Span } from './types.ts';
import { cueBase, isCognition, isBetweenWord, isParticiple, OBJECT_VERBS, particleCue } from './cues.ts';
import { QUOTE_CHARS, sentenceEndAfter, sentenceEnds, sentenceStartBefore, wordsOf, type Word } from './context.ts';
import { MentionTable } from './mentions.ts';
import { clauseLike, descriptionSpeaker, isDocumentPhrase, isNewsOrg, renamedSubject, resolveDescriptor, resolvePhrase, resolveSubjectPronouns, type Resolved, type Salience } from './subjects.ts';
import { DOCUMENT_HEADS, PLURAL_ROLES, ROLE_HEADS, TITLE_WORDS } from './names.ts';
import { SPEAKER_LABEL, transcriptLabels } from './quotes.ts';
import { labelSpeaker } from './name-label.ts';
import { possessorSpeaker } from './possessor-lead.ts';
import { signOffSpeaker } from './sign-off.ts';
import { transcriptPerson } from './transcript-names.ts';
import { clauseVerbAt, clauseVerbBase } from './clause-verbs.ts';

/** A quote with the positions of its marks. */
interface Outer {
  q: QuoteSpan;
  /** Start of the opening mark (or of the quote when unmarked). */
  open: number;
  /** End of the closing mark (or of the quote). */
  closeEnd: number;
  /** True when a closing mark was found. */
  closed: boolean;
}

/** Word forms that end a subject phrase when walking left from a cue verb. */
const CLAUSE_STOP = new Set([
  'that', 'and', 'but', 'as', 'while', 'when', 'after', 'before', 'because', 'which', 'who', 'whom', 'where', 'if',
  'so', 'than', 'though', 'although', 'since', 'until', 'whether', 'or', 'nor', 'then', 'what', 'how', 'why',
  'also', 'yet', 'once', 'even',
]);
/** Words that end a speaker phrase after an inverted cue ("said Putin in an interview"). */
const RIGHT_STOP = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'who', 'which', 'that', 'as', 'last', 'this',
  'and', 'told', 'yesterday', 'today', 'earlier', 'later', 'recently', 'adding', 'saying', 'noting', 'via', 'but',
  'because', 'since', 'referring', 'speaking', 'writing', 'asked', 'tuesday', 'monday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'through', 'via', 'about', 'with', 'by', 'over', 'of',
]);
/** Cue verbs that may come before their subject ("…,” said Putin). */
const INVERTIBLE = new Set([
  'say', 'add', 'write', 'ask', 'continue', 'reply', 'respond', 'explain', 'insist', 'note', 'warn', 'declare',
  'state', 'tweet', 'argue', 'counter', 'quip', 'recall', 'joke', 'conclude', 'observe', 'remark', 'exclaim',
  'concede', 'answer', 'tell', 'claim', 'announce', 'complain', 'retort', 'boast', 'admit', 'acknowledge', 'post',
  'confirm', 'stress', 'emphasize', 'emphasise', 'cry', 'shout', 'laugh', 'sigh', 'write', 'predict',
  // verbs of manner news writing inverts too ("“…,” scoffed Ana Ruiz")
  'scoff', 'muse', 'beam', 'agree', 'opine', 'gush', 'chuckle', 'marvel', 'deadpan', 'interject', 'recount', 'lament',
]);
/** Words opening a parenthetical between a subject and its verb ("Leavitt, during a briefing, said"). */
const PAREN_START = new Set(['during', 'in', 'at', 'on', 'speaking', 'according', 'after', 'before', 'who', 'which', 'like', 'as', 'while', 'when', 'a', 'an', 'the', 'writing', 'asked', 'responding', 'citing', 'however', 'though', 'meanwhile', 'too', 'for', 'from', 'with']);

/** A party and state tag after a name, between commas or before the sentence end: ", R-Ky.,", ", D-N.Y.". */
const PARTY_TAG = /, [RDI]-[A-Z][A-Za-z.]{1,8}(?:,|(?=[.;:]))/g;

const BREAK = /[,;:.!?()\[\]“”"«»—–]|(?:^|\s)--?(?:\s|$)/;

/** Words before a cue word that make it a noun or an infinitive, not the verb of the quote ("one point", "to counter"). */
const NOT_CUE_BEFORE = new Set(['one', 'this', 'that', 'every', 'each', 'no', 'any', 'some', 'to', 'whose', 'our', 'my', 'your', 'of']);

interface Found {
  res: Resolved;
  cue: Span | null;
  rule: string;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this', 'that', 'our', 'my']);

const spanOf = (text: string, a: number, b: number): Span => ({ text: text.slice(a, b), start: a, end: b });

/** Positions of the marks around a quote span. */
function outerOf(text: string, q: QuoteSpan): Outer {
  let open = q.start;
  let k = q.start;
  while (k > 0 && /[ \t]/.test(text[k - 1] ?? '')) k--;
  let n = 0;
  while (k > 0 && QUOTE_CHARS.includes(text[k - 1] ?? 'x') && n < 2) {
    k--;
    n++;
    open = k;
  }
  let e = q.end;
  while (e < text.length && /[ \t]/.test(text[e] ?? '')) e++;
  let m = 0;
  let closeEnd = q.end;
  while (e < text.length && QUOTE_CHARS.includes(text[e] ?? 'x') && m < 2) {
    e++;
    m++;
    closeEnd = e;
  }
  return { q, open, closeEnd, closed: m > 0 };
}

/** Attribute the quotes of one article; returns the article's speakers and the quotes with their evidence. */
export function attributeQuotes(doc: ArticleDoc, spans: QuoteSpan[]): { speakers: LocalSpeaker[]; quotes: AttributedQuote[] } {
  const original = doc.text;
  // reported speech is attributed after the quotes and never changes what they see (mentions, salience)
  const quotes = spans.filter((q) => q.kind !== 'indirect');
  const reported = spans.filter((q) => q.kind === 'indirect');
  // short parentheses outside quotes ("Sen. Chuck Schumer (D-N.Y.) said") are transparent to the rules
  // and so are party tags set off by commas ("Mitch McConnell, R-Ky., said", "said Sen. Ron Wyden, D-Ore.")
  const text = original.replace(/ \([^()“”"\n]{1,30}\)(?=[ ,:])/g, (m) => ' '.repeat(m.length)).replace(PARTY_TAG, (m) => ' '.repeat(m.length));
  doc = { ...doc, text };
  const outers = [...quotes].sort((a, b) => a.start - b.start).map((q) => outerOf(text, q));
  const quoteRanges = outers.map((o) => ({ text: '', start: o.open, end: o.closeEnd }));
  const table = new MentionTable(doc, quoteRanges);
  const sal: Salience = { quoteRanges, spoken: [], sentenceStarts: sentenceStartsOf(doc, quoteRanges), blocks: doc.blocks };
  sal.described = describedSubjects(text, table, sal);
  sal.fronted = frontedClauses(text, sal);
  const results: (Found | null)[] = [];
  const transcript = transcriptLabels(doc);
  const labelled = new Set<number>();
  const pronounsDone = { next: 0 };

  const blockOf = (o: Outer): Span => doc.blocks[o.q.block] ?? { text, start: 0, end: text.length };
  outers.forEach((o, i) => {
    if (o.q.kind === 'term') {
      results.push(null);
      return;
    }
    const block = blockOf(o);
    resolveSubjectPronouns(text, table, sal, o.open, pronounsDone);
    // terms (scare quotes, titles) are part of the reporter's sentence: look past them
    const prevIdx = lastIndexBefore(outers, i, (x) => x.q.kind !== 'term');
    const prev = outers[prevIdx];
    const next = outers.slice(i + 1).find((x) => x.q.kind !== 'term');
    const prevSame = prev && prev.q.block === o.q.block ? prev : undefined;
    const nextSame = next && next.q.block === o.q.block ? next : undefined;
    const prevEnd = prevSame ? prevSame.closeEnd : block.start;
    const nextOpen = nextSame ? nextSame.open : block.end;
    const beforeStart = sentenceStartBefore(text, prevEnd, o.open);
    const afterEnd = sentenceEndAfter(text, o.closeEnd, nextOpen);
    const prevFound = prevSame ? results[prevIdx] ?? null : null;
    const ctx: Ctx = { text, table, sal, doc, o, beforeStart, afterEnd, prevSame, prevFound, prevEnd, prevPiece: prev?.q.continues };
    const label = transcriptLine(ctx, transcript);
    if (label !== undefined) labelled.add(i);
    // a name label ("Bush: “…”") speaks for the quote; one that names nobody known stops the other rules
    const labelOrOthers = (): Found | null => {
      const named = nameLabel(ctx);
      return named !== undefined ? named : cueBeforeQuote(ctx) ?? sameParagraph(ctx) ?? previousSentence(ctx) ?? colonIntro(ctx) ?? nextParagraph(ctx, outers, results, i) ?? sentenceSubjectQuote(ctx) ?? possessorLead(ctx);
    };
    const found = label !== undefined ? label : signOff(ctx) ?? coordinated(ctx) ?? afterCue(ctx) ?? labelOrOthers();
    let chosen = found;
    if (found && found.rule.startsWith('cue-after') && isNewsOrg(table.entities[found.res.entity]?.name ?? '')) {
      chosen = beforeCue(ctx) ?? found; // "…,” Putin told reporters, Reuters reported: the reporter is not the speaker
    }
    results.push(chosen);
    if (chosen) sal.spoken.push({ start: o.q.start, entity: chosen.res.entity });
  });
  // a quote with no cue right before an attributed one in the same paragraph: “A.” “B,” he said.
  for (let i = outers.length - 2; i >= 0; i--) {
    const o = outers[i];
    const n = outers[i + 1];
    const r = results[i + 1];
    if (!o || !n || results[i] || o.q.kind === 'term' || !r || n.q.block !== o.q.block) continue;
    if (r.rule.startsWith('cue-after') && (text.slice(o.closeEnd, n.open).trim() === '' || splitSentence(text, table, o, n, r, doc.blocks[o.q.block]?.start ?? 0))) {
      results[i] = { res: { ...r.res, confidence: Math.min(r.res.confidence, 0.8) }, cue: r.cue, rule: 'continuation-before' };
    }
  }
  // a quote-only paragraph between two quotes of one speaker, the next one attributed right after it, is theirs too
  outers.forEach((o, i) => {
    if (!results[i] && o.q.kind === 'direct' && o.q.continues === undefined) results[i] = sandwiched(doc, outers, results, i);
  });
  // the pieces of a multi-paragraph quote share the best attribution among them
  const chains = new Map<number, number[]>();
  outers.forEach((o, i) => {
    if (o.q.continues !== undefined) chains.set(o.q.continues, [...(chains.get(o.q.continues) ?? []), i]);
  });
  for (const idxs of chains.values()) {
    // a transcript spans several speakers: its lines keep their own labels
    if (idxs.some((i) => labelled.has(i))) continue;
    const best = idxs.map((i) => results[i]).filter((r): r is Found => !!r && r.rule !== 'continuation').sort((a, b) => b.res.confidence - a.res.confidence)[0];
    if (best) for (const i of idxs) if (!results[i] || results[i]?.rule === 'continuation') results[i] = { ...best, rule: `multi-paragraph:${best.rule}` };
  }
  // reported speech: only the subject of its own cue ("Putin said that …"); without one it is not kept
  for (const q of reported) {
    const o = outerOf(text, q);
    const block = blockOf(o);
    const beforeStart = sentenceStartBefore(text, block.start, o.open);
    const ctx: Ctx = { text, table, sal, doc, o, beforeStart, afterEnd: o.closeEnd, prevSame: undefined, prevFound: null, prevEnd: block.start };
    const found = beforeCue(ctx);
    if (!found || !found.cue || wordsOf(text.slice(found.cue.end, o.open)).length > 6) continue;
    const k = outers.findIndex((x) => x.q.start > q.start);
    const at = k < 0 ? outers.length : k;
    outers.splice(at, 0, o);
    results.splice(at, 0, { ...found, rule: `indirect:${found.rule.replace('name-verb-quote', 'name-verb-that')}` });
  }
  return finish(original, table, outers, results);
}

/**
 * A transcript line ("PENCE: …", "Q: …"): the label names the speaker when it is a person of the article;
 * Q/A lines and unknown labels stay unclear (undefined when the quote is not a transcript line).
 */
function transcriptLine(c: Ctx, transcript: Set<number>): Found | null | undefined {
  const { text, o } = c;
  const block = c.doc.blocks[o.q.block];
  if (!block) return undefined;
  const inside = SPEAKER_LABEL.exec(o.q.text);
  const outside = transcript.has(o.q.block) ? SPEAKER_LABEL.exec(block.text) : null;
  let label: Span | null = null;
  if (outside?.[1] && text.slice(block.start + outside[0].length, o.open).trim() === '') label = spanOf(text, block.start, block.start + outside[1].length);
  else if (inside?.[1] && text.slice(block.start, o.open).trim() === '' && inside[1].length >= 3) label = spanOf(text, o.q.start, o.q.start + inside[1].length);
  if (!label) return undefined;
  if (label.text === 'Q' || label.text === 'A') return null;
  const words = wordsOf(label.text, label.start);
  const idx = c.table.findPerson(words.map((w) => w.text[0] + w.text.slice(1).toLowerCase()));
  // a label the article never writes in ordinary case ("WALLACE:", the host) still names the speaker of a transcript
  const unknown = idx < 0 ? transcriptPerson(c.doc, label, c.table) : null;
  if (unknown) return { res: unknown, cue: null, rule: 'transcript:label' };
  if (idx < 0) return inside && !outside && !/^[A-Z'’.-]{3,}(?: [A-Z'’.-]{2,}){0,2}$/.test(label.text) ? undefined : null;
  return { res: { entity: idx, source: label, how: 'name', confidence: 0.9 }, cue: null, rule: 'transcript' };
}

/** Sentences opening with a definite description of a person seen earlier ("The Ohio governor said …"). */
function describedSubjects(text: string, table: MentionTable, sal: Salience): { start: number; entity: number }[] {
  const out: { start: number; entity: number }[] = [];
  for (const s of sal.sentenceStarts) {
    if (sal.quoteRanges.some((r) => s >= r.start && s < r.end)) continue;
    const ws = wordsOf(text.slice(s, s + 120), s).slice(0, 12);
    // skip a short fronted phrase: "Instead, the senator …"
    let i = 0;
    const comma = ws.findIndex((w, k) => k > 0 && k <= 4 && /^\s*,/.test(text.slice((ws[k - 1] as Word).end, w.start)));
    if (comma > 0 && ws[0]?.lower !== 'the') i = comma;
    // "But the former Mexican president didn’t stop there."
    else if (/^(?:and|but|so|yet)$/.test(ws[0]?.lower ?? '')) i = 1;
    if (ws[i]?.lower !== 'the') continue;
    for (let j = i + 1; j <= i + 4 && j < ws.length; j++) {
      const w = ws[j] as Word;
      const next = ws[j + 1];
      if (BREAK.test(text.slice((ws[j - 1] as Word).end, w.start))) break;
      if (!ROLE_HEADS.has(w.lower) && !TITLE_WORDS.has(w.lower)) continue;
      // "The senator John Doe": the name is the mention
      if (next && /^\p{Lu}/u.test(next.text) && !BREAK.test(text.slice(w.end, next.start))) break;
      const d = resolveDescriptor(text, ws.slice(i, j + 1), table, sal);
      if (d) out.push({ start: (ws[i] as Word).start, entity: d.entity });
      break;
    }
    // no title of the article fits: the person the previous sentence is about ("Sanders … Instead, the Vermont senator …")
    const renamed = out[out.length - 1]?.start === (ws[i] as Word).start ? null : renamedSubject(text, ws.slice(i), table, sal);
    if (renamed) out.push({ start: (ws[i] as Word).start, entity: renamed.entity });
  }
  return out;
}

/** Clauses fronted before a sentence's subject ("As for the notion that …,", "When Hale spoke,"): from the sentence start to the first comma. */
function frontedClauses(text: string, sal: Salience): Span[] {
  const out: Span[] = [];
  for (const s of sal.sentenceStarts) {
    const ws = wordsOf(text.slice(s, s + 200), s).slice(0, 25);
    // "To Wilson, the plan is silly": a point of view, not a fronted clause
    if (!SUBORDINATE.has(ws[0]?.lower ?? '') || ws[0]?.lower === 'to') continue;
    for (let k = 1; k < ws.length; k++) {
      const gap = text.slice((ws[k - 1] as Word).end, (ws[k] as Word).start);
      if (/[.;:?!“”"]/.test(gap)) break;
      if (gap.includes(',')) {
        out.push(spanOf(text, s, (ws[k - 1] as Word).end));
        break;
      }
    }
  }
  return out;
}

/** Index of the last element before `i` that passes `test`, or -1. */
function lastIndexBefore<T>(xs: T[], i: number, test: (x: T) => boolean): number {
  for (let k = i - 1; k >= 0; k--) if (test(xs[k] as T)) return k;
  return -1;
}

interface Ctx {
  text: string;
  table: MentionTable;
  sal: Salience;
  doc: ArticleDoc;
  o: Outer;
  beforeStart: number;
  afterEnd: number;
  prevSame: Outer | undefined;
  prevFound: Found | null;
  prevEnd: number;
  /** `continues` of the previous quote, when it has one (a piece of the same multi-paragraph quote shares it). */
  prevPiece?: number;
}

/** Sentence starts outside quotes, block by block. */
function sentenceStartsOf(doc: ArticleDoc, ranges: Span[]): number[] {
  const starts: number[] = [];
  for (const b of doc.blocks) {
    starts.push(b.start);
    let pos = b.start;
    const inBlock = ranges.filter((r) => r.start >= b.start && r.start < b.end);
    for (const r of [...inBlock, { text: '', start: b.end, end: b.end }]) {
      if (r.start > pos) starts.push(...sentenceEnds(doc.text, pos, r.start));
      pos = Math.max(pos, r.end);
    }
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}

/**
 * “A” are “B,” he said: two quotes of one sentence joined by a few words of the reporter's, the cue after the
 * second closing it. True when those words and the sentence before the first quote name nobody and hold no cue.
 */
function splitSentence(text: string, table: MentionTable, a: Outer, b: Outer, r: Found, blockStart: number): boolean {
  if (!r.cue || r.cue.start < b.closeEnd || /[.?!…]$/.test(a.q.text)) return false;
  const start = sentenceStartBefore(text, blockStart, a.open);
  const gap = text.slice(a.closeEnd, b.open);
  // one sentence from the first quote to the cue, the joining words short and the reporter's own
  if (/[.?!;:()\[\]—–]|(?:^|\s)--?(?:\s|$)/.test(gap) || /[.?!;:]/.test(text.slice(b.closeEnd, r.cue.start))) return false;
  const words = [...wordsOf(text.slice(start, a.open), start), ...wordsOf(gap, a.closeEnd)];
  if (wordsOf(gap).length > 8 || words.some((w) => cueBase(w.text) !== null || /^(?:he|she|they|i|we|who|according)$/.test(w.lower))) return false;
  // nobody named in the sentence before the first quote or between the two (the words are not someone else's)
  return !table.mentions.some((m) => m.start < b.open && m.end > start && !(m.start >= a.open && m.end <= a.closeEnd));
}

/** “A” and “B”: a quote joined to the previous one shares its speaker. */
function coordinated(c: Ctx): Found | null {
  if (!c.prevSame || !c.prevFound) return null;
  const gap = c.text.slice(c.prevSame.closeEnd, c.o.open);
  if (!/^\s*,?\s*(?:and|or|as well as|but also)?\s*$/i.test(gap) || gap.trim() === '') return null;
  return { ...c.prevFound, res: { ...c.prevFound.res, confidence: c.prevFound.res.confidence * 0.95 }, rule: 'coordinated' };
}

/** Cue right after the quote: “…,” Putin said / said Putin / he told reporters / according to Kirby. */
function afterCue(c: Ctx): Found | null {
  const { text, o } = c;
  const tail = text.slice(o.closeEnd, c.afterEnd);
  const lead = /^[\s,;—–-]*/.exec(tail)?.[0] ?? '';
  // a quote that ended its sentence before the closing mark (“… war.” Trump said) still takes a cue
  if (/^\s*[.?!]/.test(tail)) return null;
  const from = o.closeEnd + lead.length;
  const ws = wordsOf(text.slice(from, c.afterEnd), from).slice(0, 32);
  // “… war.” Trump said. — a new sentence after a closed one must be a bare attribution, not a new report
  // (a question or an exclamation takes its cue in the same sentence: “Who are they?” Trump said of Apple …)
  // a fragment that closed the reporter's sentence (calling him “a failed candidate.” Romney fired back …) has no cue after it
  if (/[.…]$/.test(o.q.text) && /^\s*\p{Lu}/u.test(tail) && (ws.length > 9 || ws.some((w) => w.lower === 'that') || o.q.kind === 'partial')) return null;
  // “… domain!” A campaign ad released Thursday accuses …: a capitalised article opens a new sentence
  if (/[?!]$/.test(o.q.text) && /^\s*(?:A|An|The)\s/.test(tail) && ws.length > 9) return null;
  // “…!” after a colon or a cue of its own (`his demand in Berlin: “…!” Conservatives still …`, `telling her, “…!” She
  // replied …`): the quote closed a sentence that had its cue, a capital after it opens the next one
  const intro = text.slice(c.beforeStart, o.open);
  const introduced = /:\s*$/.test(intro) || /,\s*$/.test(intro) && wordsOf(intro).slice(-3).some((w) => cueBase(w.text) !== null);
  if (/[?!]$/.test(o.q.text) && /^\s*\p{Lu}/u.test(tail) && introduced) return null;
  if (ws.length === 0) return null;
  const w0 = ws[0] as Word;
  const w1 = ws[1];
  if (w0.lower === 'according' && w1?.lower === 'to') {
    const phrase = rightPhrase(text, ws, 2);
    if (!phrase) return null;
    const res = resolvePhrase(text, phrase.start, phrase.end, c.table, c.sal);
    return res ? { res, cue: spanOf(text, w0.start, w1.end), rule: 'cue-after:according-to' } : null;
  }
  let commas = 0;
  let lastComma = -1;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k] as Word;
    const between = text.slice(k === 0 ? from : (ws[k - 1] as Word).end, w.start);
    if (k > 0 && BREAK.test(between)) {
      // only commas: an appositive between the name and its verb ("Peskov, the Kremlin spokesman, said")
      if (!/^\s*,\s*$/.test(between)) return null;
      if (commas === 0 && k > 5) return longClauseCue(c, ws, k);
      commas++;
      lastComma = k;
    }
    if (commas === 0 && (k >= 12 || (CLAUSE_STOP.has(w.lower) && k > 0))) return longClauseAhead(c, ws, from);
    // "“…,” Trump shot back", "“…,” Trump went on, as if …": the particle closes a two-word cue
    const particle = particleAt(text, ws, k);
    const base = cueBase(w.text) ?? readCue(w) ?? particle;
    if (!base || isCognition(w.text)) continue;
    // "“…” by the United States, …", "“…,” Secretary of State Ana Ortiz said": a capitalised cue word after a
    // capitalised word (or `of` after one) ends a name or a title, it is no verb
    const nameBefore = (ws[k - 1] as Word | undefined)?.lower === 'of' ? ws[k - 2] : ws[k - 1];
    if (k > 0 && /^\p{Lu}/u.test(w.text) && /^\p{Lu}/u.test(nameBefore?.text ?? '') && /^\s+$/.test(between) && !titleCase(c)) continue;
    // "“…,” the tweet said", "Hale's report concluded": a cue word after a determiner is the subject's noun
    // (and after `of`: "the former secretary of state and nominee said")
    if (k > 0 && (DETERMINERS.has((ws[k - 1] as Word).lower) || (ws[k - 1] as Word).lower === 'of' || /['’]s$/.test((ws[k - 1] as Word).text))) continue;
    if (k === 0) {
      if (!INVERTIBLE.has(base) && base !== 'read') return null;
      const phrase = rightPhrase(text, ws, 1);
      if (!phrase) return null;
      const res = onlyDocument(base, namedAfterDescription(c, phrase) ?? resolvePhrase(text, phrase.start, phrase.end, c.table, c.sal) ?? adjacentDescription(c, phrase, base));
      // "posted the clip to YouTube": the document is the verb's object, not its speaker
      if (res?.how === 'document' && (OBJECT_VERBS.has(base) || ['post', 'tweet', 'repeat', 'echo'].includes(base))) return null;
      return res ? { res, cue: spanOf(text, w.start, w.end), rule: 'cue-after:quote-verb-name' } : null;
    }
    let s = particle ? k - 2 : k - 1;
    while (s >= 0 && isBetweenWord((ws[s] as Word).text) && s > 0) s--;
    // "“…” about the decision, said Ruiz" / "… played out, he said.": the cue that closes the sentence
    const far = commas > 0 && (k === lastComma || s >= lastComma) ? farCue(c, ws, k, s, lastComma, base) : null;
    if (far) return far;
    // inside the appositive a verb belongs to it ("Verveer, who served as …, told CBS"): the cue follows its closing comma
    if (commas > 0 && s + 1 !== lastComma) continue;
    if (isParticiple(w.text)) return null;
    // "“…,” because Mayor Ruiz had promised it": the subject of a subordinate clause is not the quote's speaker
    if (FRONTED.has(w0.lower) || w0.lower === 'until') return null;
    const subjEnd = (ws[s] as Word).end;
    const res = onlyDocument(base, resolvePhrase(text, from, subjEnd, c.table, c.sal) ?? (commas === 0 ? adjacentDescription(c, spanOf(text, from, subjEnd), base) : null));
    return res ? { res, cue: spanOf(text, particle ? (ws[k - 1] as Word).start : w.start, w.end), rule: 'cue-after:quote-name-verb' } : null;
  }
  return null;
}

/**
 * The cue that closes the sentence after a clause of the reporter's: "“…” about the decision, said Ruiz",
 * "Fundraising was “stagnant” as donors waited, he said." Only when nobody is named before the quote in
 * its sentence (the quote is not someone else's words inside the speaker's report).
 */
function farCue(c: Ctx, ws: Word[], k: number, s: number, lastComma: number, base: string): Found | null {
  const { text, o } = c;
  const w = ws[k] as Word;
  if (isParticiple(w.text) || isCognition(w.text) || base === 'read') return null;
  // the quote ends its own sentence ("…” South Carolina, he said, was …): the cue is in the next one
  if (/[.?!…]$/.test(o.q.text)) return null;
  const lead = wordsOf(text.slice(c.beforeStart, o.open));
  if (lead.some((x, i) => /^(?:he|she|they|i|we|who)$/.test(x.lower) || (i > 0 && /^\p{Lu}/u.test(x.text)))) return null;
  let phrase: Span | null = null;
  if (k === lastComma) {
    // "…, said of Cruz": the comma closed an appositive and the subject is before it
    const next = ws[k + 1];
    if (!INVERTIBLE.has(base) || base === 'tell' || !next || (!/^\p{Lu}/u.test(next.text) && !DETERMINERS.has(next.lower))) return null;
    phrase = rightPhrase(text, ws, k + 1);
  } else {
    const subj = ws.slice(lastComma, s + 1);
    const a = subj[0];
    const b = subj[subj.length - 1];
    if (!a || !b || subj.length > 6 || subj.some((x) => CLAUSE_STOP.has(x.lower))) return null;
    phrase = spanOf(text, a.start, b.end);
  }
  const res = phrase ? onlyDocument(base, resolvePhrase(text, phrase.start, phrase.end, c.table, c.sal)) : null;
  return res ? { res: { ...res, confidence: res.confidence * 0.9 }, cue: spanOf(text, w.start, w.end), rule: 'cue-after:far' } : null;
}

/** `longClauseCue` at the first break after the quote, when that break is a comma. */
function longClauseAhead(c: Ctx, ws: Word[], from: number): Found | null {
  const k = ws.findIndex((w, j) => BREAK.test(c.text.slice(j === 0 ? from : (ws[j - 1] as Word).end, w.start)) && j > 0);
  return k > 5 && /^\s*,\s*$/.test(c.text.slice((ws[k - 1] as Word).end, (ws[k] as Word).start)) ? longClauseCue(c, ws, k) : null;
}

/**
 * The cue that closes the sentence after a longer clause of the reporter's (up to 20 words, its first comma):
 * "“…” since most cases were decided by one vote, said Ana Ruiz", "“…” and donations began to pick up, Gilbert
 * said." Only for a quote that does not end its sentence, a clause with no name and no other cue, and a cue
 * that ends the sentence right after its subject (or heads an inverted `said Name`).
 */
function longClauseCue(c: Ctx, ws: Word[], comma: number): Found | null {
  const { text } = c;
  if (comma > 20) return null;
  const clause = ws.slice(0, comma);
  const first = clause[0] as Word;
  const last = clause[clause.length - 1] as Word;
  if (clause.some((w) => cueBase(w.text) || /^(?:according|who|whom|whose)$/.test(w.lower))) return null;
  if (c.table.mentions.some((m) => m.start < last.end && m.end > first.start)) return null;
  const verbAt = ws.findIndex((w, k) => k >= comma && k <= comma + 5 && cueBase(w.text) !== null);
  const verb = ws[verbAt];
  if (!verb) return null;
  // no break between the comma and the cue: "…, Gilbert said", "…, said Richard Curtin"
  if (ws.slice(comma, verbAt + 1).some((w, j) => j > 0 && BREAK.test(text.slice((ws[comma + j - 1] as Word).end, w.start)))) return null;
  const base = cueBase(verb.text) as string;
  if (verbAt > comma) {
    // "Gilbert said." — the cue ends the sentence (or a comma, or a time or place follows)
    const after = ws[verbAt + 1];
    if (after && !BREAK.test(text.slice(verb.end, after.start)) && !RIGHT_STOP.has(after.lower)) return null;
  }
  let s = verbAt - 1;
  while (s > comma && isBetweenWord((ws[s] as Word).text)) s--;
  return farCue(c, ws, verbAt, verbAt === comma ? verbAt : s, comma, base);
}

/**
 * "said his best friend at Lehigh, Bruce Turry", "exhorted Clinton's introducer, actress Jamie Lee Curtis": after an
 * inverted cue, a description then a comma and a full name (titles in lower case allowed) that ends the phrase names the
 * speaker. Not when the description ends in someone else's role ("a spokesman for the governor, Paul Ortega").
 */
function namedAfterDescription(c: Ctx, phrase: Span): Resolved | null {
  const { text } = c;
  // the phrase stopped at a preposition ("his best friend | at Lehigh, Bruce Turry"): the complement is part of the description
  const ext = /^\s+(?:at|of|from|in)\s+[^,;:.“”"()]{1,40}(?=,)/.exec(text.slice(phrase.end, phrase.end + 60))?.[0] ?? '';
  const end = phrase.end + ext.length;
  const desc = wordsOf(text.slice(phrase.start, end), phrase.start);
  const m = /^,\s+((?:\p{Ll}+\s+){0,2})((?:\p{Lu}[\p{L}'’-]*\.?\s+){1,3}\p{Lu}[\p{L}'’-]+)(?=\s*(?:[,.;:!?]|$|\s(?:of|who|in|at|on|during|after|speaking)\s))/u.exec(text.slice(end, end + 90));
  if (!m || desc.length < 2 || /^\p{Lu}/u.test(desc[0]?.text ?? '') && !/['’]s$/.test(desc[0]?.text ?? '')) return null;
  const prep = desc.findIndex((w) => ['of', 'for', 'to', 'with'].includes(w.lower));
  if (prep >= 0 && desc.slice(prep + 1).some((w) => ROLE_HEADS.has(w.lower) || TITLE_WORDS.has(w.lower) || PLURAL_ROLES.has(w.lower))) return null;
  const start = end + (m[0].length - (m[2] ?? '').length);
  const res = resolvePhrase(text, start, start + (m[2] ?? '').length, c.table, c.sal);
  return res && res.how === 'name' && c.table.entities[res.entity]?.type === 'person' ? { ...res, how: 'apposition' } : null;
}

/** A description right next to a speech cue after the quote ("a voter said", "said one protester"), as an unnamed speaker. */
function adjacentDescription(c: Ctx, phrase: Span, base: string): Resolved | null {
  if (base === 'read' || OBJECT_VERBS.has(base) || isCognition(base)) return null;
  return descriptionSpeaker(c.text, phrase.start, phrase.end, c.table);
}

/** The base of a two-word cue ending at `ws[k]` ("shot back"); "went on" only before a break ("went on, as if …"). */
function particleAt(text: string, ws: Word[], k: number): string | null {
  const prev = ws[k - 1];
  const w = ws[k] as Word;
  if (!prev || BREAK.test(text.slice(prev.end, w.start))) return null;
  const base = particleCue(prev.text, w.text);
  const next = ws[k + 1];
  if (base === 'continue' && next && !BREAK.test(text.slice(w.end, next.start))) return null;
  return base;
}

/** "read"/"reads" report words only for a document subject ("the sign read", "read the email"). */
const readCue = (w: Word): string | null => (w.lower === 'read' || w.lower === 'reads' ? 'read' : null);

/** Keep a resolution after "read" only when it is a document. */
const onlyDocument = (base: string, res: Resolved | null): Resolved | null => (base === 'read' && res?.how !== 'document' ? null : res);

/** The speaker phrase after an inverted cue: words up to punctuation or a stop word. */
function rightPhrase(text: string, ws: Word[], from: number): Span | null {
  const first = ws[from];
  if (!first) return null;
  let end = first.end;
  for (let k = from + 1; k < ws.length && k < from + 10; k++) {
    const w = ws[k] as Word;
    const prev = ws[k - 1] as Word;
    // a capitalised cue word is part of a title or a name ("Secretary of State Ana Ortiz"), not a new verb
    if (BREAK.test(text.slice(prev.end, w.start)) || RIGHT_STOP.has(w.lower) && !['of', 'to'].includes(w.lower) || cueBase(w.text) && !/^\p{Lu}/u.test(w.text)) break;
    // "said Ana Ruiz of the port authority": after a personal name, "of" starts where she is from, not a role complement
    if (w.lower === 'of' && namedBefore(ws.slice(from, k))) break;
    // "of"/"to" join a role complement only ("an adviser to the president")
    end = w.end;
  }
  return spanOf(text, first.start, end);
}

/** "…, with Gorka noting “…”", "with the teachers' federation calling her “…”": the person or organisation doing the participle. */
function withSubject(c: Ctx, ws: Word[], k: number): Resolved | null {
  let s = k - 1;
  while (s > 0 && isBetweenWord((ws[s] as Word).text)) s--;
  for (let j = s - 1; j >= 0 && s - j <= 7; j--) {
    if ((ws[j] as Word).lower !== 'with') continue;
    const first = ws[j + 1] as Word;
    if (BREAK.test(c.text.slice((ws[j] as Word).end, (ws[k] as Word).start))) return null;
    const res = resolvePhrase(c.text, first.start, (ws[s] as Word).end, c.table, c.sal);
    const type = res ? c.table.entities[res.entity]?.type : undefined;
    // the whole phrase must be the name ("the American Federation of Teachers" is not "Teachers")
    const whole = res && res.source.start <= (first.lower === 'the' ? (ws[j + 2] as Word).start : first.start);
    return res && whole && (type === 'person' || type === 'organisation') ? res : null;
  }
  return null;
}

/** "Chancellor Greta Lindqvist of Sweden", "Senator Ana Ruiz of the port authority": the person named before `of` and where they are from. */
function nameBeforeOf(c: Ctx, span: Span): Resolved | null {
  const ws = wordsOf(c.text.slice(span.start, span.end), span.start);
  const of = ws.findIndex((w) => w.lower === 'of');
  const before = ws.slice(0, of);
  if (of < 2 || !namedBefore(before) || !ws.slice(of + 1).every((w) => /^\p{Lu}/u.test(w.text) || w.lower === 'the')) return null;
  const res = resolvePhrase(c.text, span.start, (before[before.length - 1] as Word).end, c.table, c.sal);
  return res && c.table.entities[res.entity]?.type === 'person' ? res : null;
}

/** True when words end in a personal name of two or more capitalised words that are not titles ("Sen. Tom Udall"). */
function namedBefore(ws: Word[]): boolean {
  let n = 0;
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i] as Word;
    if (!/^\p{Lu}\p{Ll}/u.test(w.text) && !/^\p{Lu}\.$/u.test(w.text) || TITLE_WORDS.has(w.lower)) break;
    n++;
  }
  return n >= 2 && ws.every((w) => /^\p{Lu}/u.test(w.text));
}

/** Words of a time phrase news writing puts between a subject and its verb ("Fisk on Thursday said", "later Thursday told", "last week said"). */
const TIME_BETWEEN = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'night', 'morning', 'afternoon', 'evening', 'late', 'early', 'last', 'this', 'week', 'month', 'year', 'however', 'now']);

/** The subject phrase left of a cue verb, or the reason it is empty. */
function leftPhrase(text: string, ws: Word[], verb: number, floor: number, afterComma = false): { span: Span | null; stop: string } {
  let k = verb - 1;
  while (k >= 0 && isBetweenWord((ws[k] as Word).text)) k--;
  let t = verb - 1;
  while (t >= 0 && (isBetweenWord((ws[t] as Word).text) || TIME_BETWEEN.has((ws[t] as Word).lower)) && !BREAK.test(text.slice((ws[t] as Word).end, (ws[t + 1] as Word).start))) t--;
  // only after a name or a clause word ("Fisk on Thursday said", "but now said"), not inside a document phrase ("the email sent on Tuesday night")
  if (t < k && t >= 0 && (/^\p{Lu}/u.test((ws[t] as Word).text) && !['by', 'from', 'of', 'to', 'with'].includes(ws[t - 1]?.lower ?? '') || CLAUSE_STOP.has((ws[t] as Word).lower))) k = t;
  if (k < 0) return { span: null, stop: 'start' };
  const last = ws[k] as Word;
  const gapAfter = text.slice(last.end, (ws[k + 1] as Word).start);
  if (BREAK.test(gapAfter) && !afterComma) return { span: null, stop: gapAfter.trim()[0] ?? ',' };
  let first: Word | null = null;
  let stop = 'start';
  for (let j = k; j >= 0; j--) {
    const w = ws[j] as Word;
    if (CLAUSE_STOP.has(w.lower) || (cueBase(w.text) && j !== k && !/^[A-Z]/.test(w.text))) {
      stop = w.lower;
      break;
    }
    if (j < k && BREAK.test(text.slice(w.end, (ws[j + 1] as Word).start))) {
      stop = ',';
      break;
    }
    first = w;
    if (k - j > 14) return { span: null, stop: 'long' };
  }
  if (!first || first.start < floor) return { span: null, stop };
  // "In 2010 she said", "Last year Ruiz told reporters": a time phrase opening the sentence without a comma is not the subject
  const from = ws.indexOf(first);
  const skip = from === 0 && /^\p{Lu}/u.test(first.text) ? afterFrontedTime(ws, from, k) : from;
  if (skip > from) first = ws[skip] as Word;
  return { span: spanOf(text, first.start, last.end), stop };
}

/** Words of a time phrase opening a subject phrase ("In March", "Last year", "On Tuesday night", "Earlier this week"). */
const TIME_OPENERS = new Set(['in', 'on', 'at', 'during', 'last', 'earlier', 'later', 'this', 'since']);
const TIME_WORDS = /^(?:\d{1,4}s?|the|this|last|early|late|past|year|years|week|weeks|month|months|weekend|night|morning|afternoon|evening|day|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Index of the first word after a fronted time phrase at `from` (`from` itself when there is none), at most `k`. */
function afterFrontedTime(ws: Word[], from: number, k: number): number {
  const opener = ws[from];
  if (!opener || !TIME_OPENERS.has(opener.lower)) return from;
  let j = from + (['in', 'on', 'at', 'during', 'since', 'earlier', 'later'].includes(opener.lower) ? 1 : 0);
  const timeStart = j;
  while (j < k && TIME_WORDS.test((ws[j] as Word).lower)) j++;
  // at least one time word, and a subject left before the verb
  return j > timeStart && j <= k && /[0-9]|[a-z]/i.test((ws[j - 1] as Word).text) && !['the', 'this', 'last'].includes((ws[j - 1] as Word).lower) ? j : from;
}

/** Skip a parenthetical or appositive between commas: "Leavitt, during a briefing, revealed …". */
function beyondParenthetical(text: string, ws: Word[], verb: number, floor: number): Span | null {
  let k = verb - 1;
  while (k >= 0 && isBetweenWord((ws[k] as Word).text)) k--;
  // find the comma that opens the parenthetical
  for (let j = k; j > 0; j--) {
    const w = ws[j] as Word;
    const gap = text.slice((ws[j - 1] as Word).end, w.start);
    if (!BREAK.test(gap)) continue;
    if (!/^\s*,\s*$/.test(gap) || !PAREN_START.has(w.lower)) return null;
    const left = leftPhrase(text, ws, j, floor, true);
    return left.span;
  }
  return null;
}

/** "Name, <appositive>, said": the name (or the appositive when it is the name) before a cue verb. */
function appositiveSubject(c: Ctx, ws: Word[], verb: number, floor: number): Resolved | null {
  const { text } = c;
  let k = verb - 1;
  while (k > 0 && isBetweenWord((ws[k] as Word).text)) k--;
  const last = ws[k];
  const after = ws[k + 1];
  if (!last || !after || !/^\s*,\s*$/.test(text.slice(last.end, after.start))) return null;
  for (let j = k; j > 0 && k - j < 18; j--) {
    const gap = text.slice((ws[j - 1] as Word).end, (ws[j] as Word).start);
    if (!BREAK.test(gap)) continue;
    if (!/^\s*,\s*$/.test(gap)) return null;
    const head = leftPhrase(text, ws, j, floor, true).span;
    if (!head) return null;
    // "Clinton, 35, the daughter of …, said": an age is a second appositive, and so is a home town ("Ana Ruiz, of Dover, Del., said")
    if (/^\d+$/.test(head.text) || /^(?:of|from|in)\s/.test(head.text)) continue;
    const appo = spanOf(text, (ws[j] as Word).start, last.end);
    const appoWords = ws.slice(j, k + 1);
    if (appoWords.length <= 4 && appoWords.every((w) => /^\p{Lu}/u.test(w.text))) {
      const named = resolvePhrase(text, appo.start, appo.end, c.table, c.sal);
      if (named && c.table.entities[named.entity]?.type === 'person') return named;
    }
    const res = resolvePhrase(text, head.start, head.end, c.table, c.sal);
    if (!res) return null;
    const type = c.table.entities[res.entity]?.type;
    // the appositive must describe the head: a role or title ("a spokeswoman for …", "the head of …")
    if (type === 'person' || type === 'organisation') return res;
    return null;
  }
  return null;
}

/** Words that may open a sentence before its subject without a comma ("And he", "But then she", "Recently he"). */
const SUBJECT_OPENERS = new Set(['and', 'but', 'so', 'yet', 'then', 'still', 'now', 'later', 'recently', 'also', 'instead', 'online', 'again', 'earlier', 'often', 'soon']);

/** The `he`/`she` after one or two opening words of a sentence ("And online he has …"), or null. */
function pronounAfterOpener(ws: Word[]): Word | null {
  for (let k = 1; k <= 2; k++) {
    const w = ws[k];
    if (!w || !ws.slice(0, k).every((x) => SUBJECT_OPENERS.has(x.lower))) return null;
    if (['he', 'she'].includes(w.lower)) return w;
  }
  return null;
}

/** The subject at the start of a sentence: its first person or organisation, or a pronoun. */
function sentenceSubject(c: Ctx, sentStart: number, limit: number): Resolved | null {
  const ws = wordsOf(c.text.slice(sentStart, limit), sentStart);
  const w0 = ws[0];
  if (!w0) return null;
  // a sentence that opens with a name has no fronted phrase ("Walter Hewlett sniped that Fiorina, a …"),
  // even with an appositive after the name ("Tracy Martin, Trayvon's father, issued a statement")
  const opening = c.table.mentions.find((m) => (m.start === w0.start || m.start === ws[1]?.start && TITLE_WORDS.has(w0.lower)) && !m.possessive);
  // and with a relative clause after it ("Fisk, who was speaking to the board, did not …")
  if (opening && (!/^\s*,/.test(c.text.slice(opening.end, opening.end + 3)) || appositiveStart(c.text, opening.end) || /^,\s+who\s/.test(c.text.slice(opening.end, opening.end + 6)))) {
    return { entity: opening.entity, source: spanOf(c.text, opening.start, opening.end), how: 'subject', confidence: 0.85 };
  }
  // skip a fronted phrase ("On Thursday,", "In a rare move,", "In an interview with Ana Ruiz last year,"):
  // the subject follows one of its first commas
  const starts = [0];
  if (!/^\p{Lu}/u.test(w0.text.slice(1, 2) || 'a')) {
    for (let k = 1; k < Math.min(ws.length, 25); k++) if (/,/.test(c.text.slice((ws[k - 1] as Word).end, (ws[k] as Word).start))) starts.push(k);
  }
  if (starts.length > 1 && (starts[1] ?? 99) < 9) starts.shift();
  for (const startIdx of starts) {
    const w = ws[startIdx];
    if (!w) continue;
    if (['he', 'she'].includes(w.lower)) return resolvePhrase(c.text, w.start, w.end, c.table, c.sal);
    // "And he …", "But then she …", "Recently she …": a conjunction or an adverb before the pronoun is no subject
    const after = startIdx === 0 ? pronounAfterOpener(ws) : null;
    if (after) return resolvePhrase(c.text, after.start, after.end, c.table, c.sal);
    const limitWord = ws[Math.min(ws.length - 1, startIdx + 6)] as Word;
    const m = c.table.mentions.find((x) => x.start >= w.start && x.start <= limitWord.start && !x.possessive);
    if (!m) continue;
    const between = wordsOf(c.text.slice(w.start, m.start));
    // a title in lower case stays part of the subject ("Republican presidential nominee Donald Trump")
    if (between.some((b) => b.lower !== 'the' && !/^\p{Lu}/u.test(b.text) && !TITLE_WORDS.has(b.lower))) continue;
    return { entity: m.entity, source: spanOf(c.text, m.start, m.end), how: 'subject', confidence: 0.85 };
  }
  return null;
}

/** True when an appositive opens at `pos` (", a pollster …", ", 33,", ", Trayvon's father,"), not a list of names. */
function appositiveStart(text: string, pos: number): boolean {
  const after = text.slice(pos, pos + 80);
  return /^,\s+(?:a|an|the|\d{1,3},|\p{Lu}[\p{L}.-]*['’]s\s|(?:former|longtime|then|now)\s)/u.test(after) || bareRole(after);
}

/** ", president of the institute", ", deputy homeland security adviser,": a role with no determiner, then a complement or a comma. */
function bareRole(after: string): boolean {
  const m = /^,\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?)(\p{Ll}+)(?:\s+(?:of|for|at|to|with|in)\s|\s*,)/u.exec(after);
  if (!m) return false;
  const mods = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
  return ROLE_HEADS.has(m[2] ?? '') && mods.every((w) => TITLE_WORDS.has(w) || ROLE_HEADS.has(w));
}

/** A quote paragraph signed with a dash and a name: `“…” ― Ana Torres`, `"…" — Ana Torres, a nurse in Tucson`. */
function signOff(c: Ctx): Found | null {
  const block = c.doc.blocks[c.o.q.block];
  const found = block ? signOffSpeaker(c.text, block, { text: '', start: c.o.open, end: c.o.closeEnd }, c.sal.quoteRanges, c.table, c.sal, c.doc.meta.byline) : null;
  return found ? { ...found, rule: 'sign-off' } : null;
}

/** A name label right before the quote: `Clinton: "…" Bush: "…"`, `Poll lessons - Carl Bialik: “…”`. */
function nameLabel(c: Ctx): Found | null | undefined {
  // a headline ("Reid: ‘Never underestimate Trump’") is the outlet's title, not a report of speech
  if (c.o.q.block === 0 || c.doc.blocks[c.o.q.block]?.kind === 'heading') return undefined;
  const from = Math.max(c.beforeStart, c.prevEnd);
  const res = labelSpeaker(c.text, from, c.text.slice(from, c.o.open), c.o.q.text, c.table, c.sal);
  return res ? { res, cue: null, rule: 'name-label' } : res;
}

/** A possessive lead before a colon: `Ruiz’s response was: “…”`, `From Ruiz’s Facebook post: “…”`. */
function possessorLead(c: Ctx): Found | null {
  const from = Math.max(c.beforeStart, c.prevEnd);
  const res = possessorSpeaker(c.text, from, c.text.slice(from, c.o.open), c.table, c.sal);
  return res ? { res, cue: null, rule: 'possessor-lead' } : null;
}

/**
 * For a partial quote, a clause verb before it ("likened the rules to “…”") whose subject is a person or an
 * organisation; otherwise (and for other quotes) `beforeCue` as it reads speech cues alone.
 */
function cueBeforeQuote(c: Ctx): Found | null {
  // a double mark inside the quote means its marks were mismatched and it may run into the reporter's text
  const r = c.o.q.kind === 'partial' && !/[“”"]/.test(c.o.q.text) ? beforeCue(c, true) : null;
  if (!r?.cue || cueBase(r.cue.text) !== null || clauseVerbBase(r.cue.text) === null) return speechCue(c);
  // "When Maddow pointed out that Sanders refers to it as “…”": inside another speaker's report the quote is theirs
  if (reportedBy(c.text, c.beforeStart, r.res.source.start)) return speechCue(c);
  // the subject as the mention table linked it in reading order ("Clinton" is Hillary before Bill is named)
  const m = c.table.mentions.find((x) => x.start === r.res.source.start && x.end === r.res.source.end && !x.possessive);
  const res = m ? { ...r.res, entity: m.entity } : r.res;
  const e = c.table.entities[res.entity];
  if (reflexiveClash(c, res.entity, r.cue.end)) return null;
  return e?.type === 'person' || e?.type === 'organisation' ? { ...r, res, rule: 'cue-before:clause-verb' } : speechCue(c);
}

/** `beforeCue`, unless the reflexive object of its cue contradicts the subject's gender. */
function speechCue(c: Ctx): Found | null {
  const r = beforeCue(c);
  return r?.cue && reflexiveClash(c, r.res.entity, r.cue.end) ? null : r;
}

/** "Beck, who has described Trump as “…”": the person named right before the `who` that is the cue's subject. */
function relativeAntecedent(c: Ctx, ws: Word[], k: number): Resolved | null {
  let j = k - 1;
  while (j > 0 && isBetweenWord((ws[j] as Word).text)) j--;
  const who = ws[j];
  const name = ws[j - 1];
  if (who?.lower !== 'who' || !name || !/^\s*,?\s*$/.test(c.text.slice(name.end, who.start))) return null;
  const m = c.table.mentions.find((x) => x.end === name.end && !x.possessive);
  if (!m || c.table.entities[m.entity]?.type !== 'person') return null;
  return { entity: m.entity, source: spanOf(c.text, who.start, who.end), how: 'relative', confidence: 0.85 };
}

/** True when the verb ending at `from` has a `himself`/`herself` object that contradicts the subject's known gender ("Fiorina characterizes herself as …" is not Frank Fiorina). */
function reflexiveClash(c: Ctx, entity: number, from: number): boolean {
  const gender = c.table.entities[entity]?.gender;
  const reflexive = /^\s+(?:\p{L}+\s+)?((?:him|her)self)\b/iu.exec(c.text.slice(from, c.o.open))?.[1]?.toLowerCase();
  return !!gender && !!reflexive && (reflexive === 'himself') !== (gender === 'male');
}

/** True when the words before a subject end in a speech cue, with `that` or `out that`: "said (that) Jones …", "pointed out that Jones …". */
function reportedBy(text: string, from: number, subject: number): boolean {
  const ws = wordsOf(text.slice(from, subject));
  let k = ws.length - 1;
  if (ws[k]?.lower === 'that') k--;
  if (ws[k]?.lower === 'out') k--;
  const w = ws[k];
  return !!w && /^\p{Ll}/u.test(w.text) && cueBase(w.text) !== null && !/^\s*[,;:]/.test(text.slice(from).slice(w.end));
}

/** Index of `went` when the word at `k` ends `went on` + a break or `went on to say` (go, goes, going; a verb of saying, not `to call`), else null. */
function wentOnAt(text: string, ws: Word[], k: number): number | null {
  const go = (j: number): boolean => /^(?:go|goes|went|going|gone)$/.test(ws[j]?.lower ?? '');
  if (ws[k]?.lower === 'on' && go(k - 1) && particleAt(text, ws, k) === 'continue') return k - 1;
  const w = ws[k] as Word;
  if (cueBase(w.text) === w.lower && INVERTIBLE.has(w.lower) && ws[k - 1]?.lower === 'to' && ws[k - 2]?.lower === 'on' && go(k - 3) && !BREAK.test(text.slice((ws[k - 3] as Word).start, w.end))) return k - 3;
  return null;
}

/** Cue before the quote in its sentence: Putin said, “…” / Kirby told reporters, ‘…’ / said he believes “…”. */
function beforeCue(c: Ctx, clauseVerbs = false): Found | null {
  const { text, o } = c;
  const ws = wordsOf(text.slice(c.beforeStart, o.open), c.beforeStart);
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k] as Word;
    const distance = ws.length - 1 - k;
    if (o.q.kind === 'direct' && distance > 14) return null;
    // "Htein said that according to its analysis, …": the source of someone's report, not the speaker
    if (w.lower === 'according' && ws[k + 1]?.lower === 'to' && ws[k - 1]?.lower === 'that') continue;
    if (w.lower === 'according' && ws[k + 1]?.lower === 'to') {
      const phrase = rightPhrase(text, ws, k + 2);
      if (!phrase) return null;
      const res = resolvePhrase(text, phrase.start, phrase.end, c.table, c.sal);
      return res ? { res: { ...res, confidence: res.confidence * 0.95 }, cue: spanOf(text, w.start, (ws[k + 1] as Word).end), rule: 'cue-before:according-to' } : null;
    }
    const onward = wentOnAt(text, ws, k);
    if (onward !== null) {
      // "The email goes on to say: “…”", "She went on: “…”": the subject stands before `went on`
      const left = leftPhrase(text, ws, onward, c.beforeStart);
      const res = left.span ? resolvePhrase(text, left.span.start, left.span.end, c.table, c.sal) : null;
      if (res) return { res, cue: spanOf(text, (ws[onward] as Word).start, w.end), rule: 'cue-before:name-verb-quote' };
      if (!left.span) continue; // "Trump joked …, but went on to say": the earlier cue of the sentence decides
      return null;
    }
    const base = cueBase(w.text) ?? readCue(w) ?? (clauseVerbs ? clauseVerbAt(text, ws, k, o.open) : null);
    if (!base) continue;
    // "until the government agreed to make a payment of “…”": agreeing to do something is not speech
    if (base === 'agree' && ws[k + 1]?.lower === 'to') continue;
    // a capitalised cue word inside a sentence is part of a name ("Secretary of State Hillary Clinton", "the
    // Washington Post"); a headline in title case ("Hollande Says Trump ‘…’") and a label ("Lopez: Saying …") keep it
    if (k > 0 && /^\p{Lu}/u.test(w.text) && !/[:—]/.test(text.slice((ws[k - 1] as Word).end, w.start)) && !titleCase(c)) continue;
    // "is promising to “…”": a progressive is the finite verb of its subject, not a participle
    const progressive = k > 0 && PROGRESSIVE.has((ws[k - 1] as Word).lower);
    const participle = !progressive && (isParticiple(w.text) || (/ing$/.test(w.lower) && clauseVerbBase(w.text) !== null));
    if (k > 0 && ['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes((ws[k - 1] as Word).lower)) continue; // "the report", "a statement"
    // "Ginsburg’s comments “…”", "Clinton’s call … to “…”": a cue word after a possessive is the possessor's noun, not a verb
    if (k > 0 && (/['’]s$/.test((ws[k - 1] as Word).text) || /s$/.test((ws[k - 1] as Word).text) && /^['’]\s/.test(text.slice((ws[k - 1] as Word).end, w.start + 1)))) continue;
    // not a cue of its own: a noun ("at one point") or an infinitive ("used the money to counter “…”")
    if (k > 0 && NOT_CUE_BEFORE.has((ws[k - 1] as Word).lower) || base === 'point' && ws[k + 1]?.lower !== 'out') continue;
    const cue = spanOf(text, w.start, w.end);
    const absolute = participle ? withSubject(c, ws, k) : null;
    if (absolute) return { res: absolute, cue, rule: 'cue-before:with-participle' };
    const left = leftPhrase(text, ws, k, c.beforeStart);
    const adjacent = distance <= 3;
    // "she issued a statement calling …": a statement's words are its issuer's, the subject of the sentence
    const clause = !!left.span && ['statement', 'release'].includes(wordsOf(left.span.text).pop()?.lower ?? '') && wordsOf(left.span.text, left.span.start).slice(1).some((x) => isFiniteVerb(x) && !cueBase(x.text));
    // "Mr. Ruiz, who …, issued a statement Tuesday saying": the phrase before the participle opens with the verb, not a subject
    const opener = wordsOf(left.span?.text ?? '')[0];
    const verbFirst = !!opener && left.stop === ',' && isFiniteVerb(opener) && (/ed$/.test(opener.lower) || IRREGULAR_PAST.has(opener.lower));
    if (participle && (!left.span || clause || verbFirst)) {
      // "…, adding, “…”": the speaker of the sentence
      // (not when that quote closed its own sentence: “a failed candidate.” Romney fired back, attacking …)
      if (c.prevFound && c.prevSame && c.prevEnd >= c.beforeStart && !/[.?!…]$/.test(c.prevSame.q.text)) return { ...c.prevFound, cue, rule: 'cue-before:participle' };
      // "Trump and Ryan issued a statement saying …": a joint statement is neither one's alone
      if (clause && left.stop === 'and') return null;
      if (clause && left.span) {
        // "the Security Council issued a statement calling …": the subject of the verb before the statement
        const lw = wordsOf(left.span.text, left.span.start);
        const v = lw.findIndex((x, j) => j > 0 && isFiniteVerb(x) && !cueBase(x.text));
        const issuer = resolvePhrase(text, left.span.start, (lw[v - 1] as Word).end, c.table, c.sal);
        if (issuer && issuer.how !== 'document' && issuer.how !== 'role') return { res: issuer, cue, rule: 'cue-before:participle' };
      }
      const subj = sentenceSubject(c, c.beforeStart, w.start);
      return subj ? { res: subj, cue, rule: 'cue-before:participle' } : null;
    }
    if (!left.span && left.stop === 'start' && INVERTIBLE.has(base) && k === 0) {
      // "Said Comey, “…”" / "Added the senator: “…”": the subject follows the sentence-initial verb
      const phrase = rightPhrase(text, ws, 1);
      const res = phrase ? resolvePhrase(text, phrase.start, phrase.end, c.table, c.sal) : null;
      return res ? { res: { ...res, confidence: res.confidence * 0.95 }, cue, rule: 'cue-before:verb-name-quote' } : null;
    }
    let span = left.span;
    if (!span && left.stop === ',') span = beyondParenthetical(text, ws, k, c.beforeStart);
    if (!span && left.stop === ',') {
      // "Michael Green, a professor of history, said …": the subject before an appositive
      const appo = appositiveSubject(c, ws, k, c.beforeStart);
      if (appo) return { res: { ...appo, confidence: appo.confidence * (adjacent ? 0.95 : 0.9) }, cue, rule: adjacent ? 'cue-before:name-verb-quote' : 'cue-before:name-verb-that' };
    }
    if (!span && ['and', 'but', 'then', 'also', 'yet'].includes(left.stop)) {
      const subj = sentenceSubject(c, c.beforeStart, w.start);
      return subj ? { res: { ...subj, confidence: 0.8 }, cue, rule: 'cue-before:shared-subject' } : null;
    }
    if (!span && left.stop === 'who') {
      const who = relativeAntecedent(c, ws, k);
      if (who) return { res: who, cue, rule: 'cue-before:relative-who' };
    }
    if (!span) {
      if (OBJECT_VERBS.has(base)) continue;
      return null;
    }
    // "When Hale suggested a delay, Weir fired back: “…”": the verb of a fronted clause is not the quote's cue
    if (FRONTED.has(left.stop) && span.start - c.beforeStart < 12 && /,/.test(text.slice(w.end, o.open))) return null;
    // "A voter told me, “…”": a description opening the sentence, right before the quote, speaks as what it is
    const described = adjacent && left.stop === 'start' && /[,:]\s*$/.test(text.slice(w.end, o.open)) ? adjacentDescription(c, span, base) : null;
    const res = onlyDocument(base, resolvePhrase(text, span.start, span.end, c.table, c.sal) ?? described ?? nameBeforeOf(c, span));
    if (!res) {
      if (OBJECT_VERBS.has(base) || isCognition(w.text) || base === 'read') continue;
      // "Her campaign blasted out an email to supporters stating …": a participle after a verb's object; the cue is further left
      if (participle && clauseLike(wordsOf(span.text, span.start))) continue;
      return null;
    }
    // "put it in his memo to employees explaining the deal, “…”": a participle after a common noun describes it
    if (participle && res.how === 'role' && /^\p{Ll}/u.test(text.slice(span.start, span.end))) continue;
    const conf = adjacent ? res.confidence : res.confidence * 0.95;
    return { res: { ...res, confidence: conf }, cue, rule: adjacent ? 'cue-before:name-verb-quote' : 'cue-before:name-verb-that' };
  }
  return null;
}

/** True when the quote's paragraph is written in title case, like a headline (its longer words all capitalised). */
function titleCase(c: Ctx): boolean {
  const block = c.doc.blocks[c.o.q.block];
  return !!block && wordsOf(block.text).every((x) => x.text.length <= 3 || !/^\p{Ll}/u.test(x.text));
}

/** A quote following an attributed quote of the same paragraph with no new speaker in between. */
function sameParagraph(c: Ctx): Found | null {
  if (!c.prevSame || !c.prevFound) return null;
  // a title inside the reporter's sentence ("… on NBC's “Meet the Press.”") is nobody's words
  const qw = wordsOf(c.o.q.text);
  if (qw.length <= 6 && qw.every((w) => w.text.length < 4 || /^\p{Lu}/u.test(w.text)) && /[\p{L}\p{N}’']\s*$/u.test(c.text.slice(c.beforeStart, c.o.open))) return null;
  const gapStart = c.prevSame.closeEnd;
  const gap = c.text.slice(gapStart, c.o.open);
  // a new attribution in between ("…,” Smith said. Jones said “…”) ends the run; asides about others do not
  const gapWords = wordsOf(gap, gapStart);
  const speaker = c.table.entities[c.prevFound.res.entity];
  const newCue = gapWords.some((w, k) => {
    // "Romney fired back in March, attacking …": a two-word cue is a new attribution too
    const particle = particleAt(c.text, gapWords, k) !== null && c.prevFound?.cue?.end !== w.end;
    if (!particle && (cueBase(w.text) === null || isParticiple(w.text) || isCognition(w.text) || (c.prevFound?.cue && w.start === c.prevFound.cue.start))) return false;
    // a noun, not a verb: "a think tank", "the report", "the Political Report"
    // (and a capitalised cue word inside a sentence is a title: "said State Senator Ana Ruiz")
    const prevWord = gapWords[k - 1];
    if (!particle && (DETERMINERS.has(prevWord?.lower ?? '') || /^\p{Lu}/u.test(w.text) && (/^\p{Lu}/u.test(prevWord?.text ?? '') || !!prevWord && !/[.?!:]\s*$/.test(c.text.slice(prevWord.start, w.start))))) return false;
    let j = particle ? k - 2 : k - 1;
    while (j >= 0 && isBetweenWord((gapWords[j] as Word).text)) j--;
    const subj = gapWords[j];
    if (!subj) return false;
    if (/^(?:he|she)$/.test(subj.lower)) return false;
    // a cue inside a subordinate clause is no new attribution: "…,” Hooton said after Rubio spoke. “…”
    let h = j;
    while (h > 0 && /^\p{Lu}/u.test((gapWords[h - 1] as Word).text)) h--;
    if (/^\p{Lu}/u.test(subj.text) && FRONTED.has(gapWords[h - 1]?.lower ?? '') && h > 1 && cueBase((gapWords[h - 2] as Word).text)) return false;
    if (!/^\p{Lu}/u.test(subj.text)) return j >= 0 && !CLAUSE_STOP.has(subj.lower);
    return !(speaker && speaker.name.toLowerCase().split(/\s+/).includes(subj.lower.replace(/['’]s$/, '')));
  });
  if (newCue) return null;
  return { ...c.prevFound, res: { ...c.prevFound.res, confidence: Math.min(c.prevFound.res.confidence, 0.85) }, rule: 'continuation' };
}

/** Forms of "be" that make an -ing cue a progressive verb ("is pledging to “…”"). */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'am']);

/** Subordinators that open a fronted clause ("When Hale suggested …, Weir said"). */
const FRONTED = new Set(['when', 'after', 'before', 'while', 'because', 'since', 'although', 'though', 'once', 'until']);

/** Words opening a sentence with a subordinate clause or a prepositional phrase before its subject. */
const SUBORDINATE = new Set(['when', 'whenever', 'after', 'as', 'if', 'while', 'although', 'though', 'because', 'since', 'before', 'until', 'once', 'unless', 'from', 'in', 'on', 'at', 'with', 'for', 'by', 'to', 'of', 'unlike', 'like', 'despite', 'without', 'during', 'asked', 'where', 'whether']);

/** Irregular past forms that may follow a speaking subject ("Trump took aim at …"). */
const IRREGULAR_PAST = new Set(['took', 'gave', 'made', 'put', 'sent', 'held', 'led', 'hit', 'went', 'came', 'saw', 'felt', 'found', 'kept', 'brought', 'began', 'stood', 'won', 'set', 'drew', 'struck', 'threw', 'spoke', 'sang', 'swore', 'shot', 'fought', 'taught', 'meant', 'let', 'cast']);

/** True for a noun a participle may describe ("a sign saying", "signs reading"). */
const isNounLike = (w: string): boolean => DOCUMENT_HEADS.has(w.replace(/s$/, '')) || ROLE_HEADS.has(w) || PLURAL_ROLES.has(w) || ['shirt', 't-shirt', 'shirts', 'hat', 'hats', 'sticker', 'stickers', 'chant', 'chants', 'slogan', 'voice', 'voice-over', 'man', 'woman', 'people', 'crowd'].includes(w);

/** Words after a subject that make the sentence passive or a description, not something the subject says. */
const NOT_SAYING = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'seems', 'seemed', 'became', 'becomes', 'remains', 'remained', 'looks', 'looked', 'appears', 'appeared', 'got', 'gets']);

/**
 * A quote inside a sentence whose subject is the one speaking, with no cue the other rules read:
 * "Clinton decried the GOP for “turning its back” on workers", "She then addressed the crowd again: “…”".
 * Not when the subject is described (is, was, became …) or passive, when a relative clause or another
 * speaker comes in between, or when the sentence already holds a quote.
 */
function sentenceSubjectQuote(c: Ctx): Found | null {
  const { text, o } = c;
  if (c.prevSame && c.prevEnd > c.beforeStart) return null;
  const lead = text.slice(c.beforeStart, o.open);
  if (lead.trim() === '' || /[“”"«»]/.test(lead)) return null;
  // "When Trump suggested …, Rubio fired back:" / "From Bush's post:": the subject is not the first name seen
  const doc = documentSubject(c, o.open);
  let subj = doc ?? sentenceSubject(c, c.beforeStart, o.open);
  if (!subj) return null;
  const comma = lead.indexOf(',');
  if (SUBORDINATE.has(wordsOf(lead)[0]?.lower ?? '') && (comma < 0 || subj.source.start < c.beforeStart + comma)) {
    // a long fronted clause ("When Trump suggested that …, Rubio fired back:"): the subject opens the main clause
    subj = afterFronted(c, o.open);
    if (!subj) return null;
  }
  const e = c.table.entities[subj.entity];
  if (!e || e.type === 'role' && !doc || isNewsOrg(e.name) && subj.how !== 'pronoun' && !doc) return null;
  const rest = wordsOf(text.slice(subj.source.end, o.open), subj.source.end);
  let v = 0;
  // "Tracy Martin, Trayvon's father, issued a statement": the verb follows the appositive's closing comma
  let after = subj.source.end;
  if (appositiveStart(text, subj.source.end)) {
    const close = rest.findIndex((w, k) => k > 0 && k <= 20 && /^\s*,\s*$/.test(text.slice((rest[k - 1] as Word).end, w.start)) && isFiniteVerb(w));
    if (close < 0) return null;
    v = close;
    after = (rest[close - 1] as Word).end + 1;
  }
  while (v < rest.length && isBetweenWord((rest[v] as Word).text) && !NOT_SAYING.has((rest[v] as Word).lower)) v++;
  const verb = rest[v];
  // "Trump, who …," / "Trump is a “…”" / "Trump was called “…” by": not the subject's words
  if (!verb || NOT_SAYING.has(verb.lower) || /^[’']s$/.test(text.slice(subj.source.end, subj.source.end + 2)) || BREAK.test(text.slice(after, verb.start))) return null;
  // a finite verb right after the subject ("Clinton decried"), not a noun ("Former Obama spokesman Robert Gibbs")
  if (!cueBase(verb.text) && !/(?:ed|[^s]s)$/.test(verb.lower) && !IRREGULAR_PAST.has(verb.lower)) return null;
  // a title ("his new book, “Trump and Me”"): not words anyone said
  if (wordsOf(o.q.text).every((w) => /^\p{Lu}/u.test(w.text) || w.text.length <= 3)) return null;
  if (!/^\p{Ll}/u.test(verb.text) || /ing$/.test(verb.lower) || ['who', 'whom', 'whose', 'which', 'and', 'or', 'of', 'to', 'in', 'on', 'at', 'for', 'with'].includes(verb.lower)) return null;
  const between = rest.slice(v + 1);
  for (let k = 0; k < between.length; k++) {
    const w = between[k] as Word;
    if (['who', 'whom', 'whose', 'which', 'according', 'by', 'quoted', 'quoting', 'cited', 'citing'].includes(w.lower)) return null;
    // "The ad shows Ruiz saying “…”": a document that reports someone's speech does not speak it
    if (doc && (/^(?:he|she|they|i|we)$/.test(w.lower) || cueBase(w.text) || c.table.mentions.some((m) => m.start === w.start && !m.possessive))) return null;
    // examples and titles: "headlines such as “…”"
    if (w.lower === 'such' && between[k + 1]?.lower === 'as') return null;
    // "a sign saying “…”", "a banner reading": the words are the thing's, not the subject's
    if (k > 0 && /ing$/.test(w.lower) && (cueBase(w.text) || w.lower === 'reading') && !BREAK.test(text.slice((between[k - 1] as Word).end, w.start)) && isNounLike((between[k - 1] as Word).lower)) return null;
    // "… Breitbart News, a website that ran headlines …": a relative clause after an appositive
    if (w.lower === 'that' && /,/.test(text.slice((between[Math.max(0, k - 6)] as Word).start, w.start))) return null;
    // another cue with its own subject: "Trump said Rubio told donors …" (not a noun: "a snappy retort")
    // (a cue word right after a possessive determiner describes a noun: "his believed strength", "her stated goal")
    if (cueBase(w.text) && !isParticiple(w.text) && k > 0 && !['and', 'but', 'then', 'also', 'his', 'her', 'their', 'its'].includes((between[k - 1] as Word).lower) && !nounAfterDeterminer(between, k)) return null;
  }
  if (reflexiveClash(c, subj.entity, verb.end)) return null;
  return { res: { ...subj, confidence: Math.min(subj.confidence, 0.6) }, cue: spanOf(text, verb.start, verb.end), rule: 'sentence-subject' };
}

/** A document opening the sentence right before its verb: "The report found that …", "Her economic plan promises to …". */
function documentSubject(c: Ctx, limit: number): Resolved | null {
  const ws = wordsOf(c.text.slice(c.beforeStart, limit), c.beforeStart);
  const first = ws[0];
  for (let v = 1; first && v < Math.min(ws.length, 8); v++) {
    const w = ws[v] as Word;
    if (BREAK.test(c.text.slice((ws[v - 1] as Word).end, w.start))) return null;
    // "A footnote in the report makes …": a cue word after a determiner is a noun of the phrase
    if (!isFiniteVerb(w) && !isBetweenWord(w.text) || DETERMINERS.has((ws[v - 1] as Word).lower)) continue;
    let end = v - 1;
    while (end > 0 && isBetweenWord((ws[end] as Word).text)) end--;
    if (!isDocumentPhrase(c.text, first.start, (ws[end] as Word).end)) return null;
    const res = resolvePhrase(c.text, first.start, (ws[end] as Word).end, c.table, c.sal);
    return res?.how === 'document' ? res : null;
  }
  return null;
}

/** The subject that opens the main clause after a fronted clause found by `frontedClauses` (null when none). */
function afterFronted(c: Ctx, limit: number): Resolved | null {
  const f = (c.sal.fronted ?? []).find((x) => x.start === c.beforeStart && x.end < limit);
  if (!f) return null;
  const comma = c.text.indexOf(',', f.end);
  if (comma < 0 || comma >= limit) return null;
  const subj = sentenceSubject(c, comma + 1 + (/^\s*/.exec(c.text.slice(comma + 1))?.[0].length ?? 0), limit);
  // the main subject opens the clause (after a title): a name further in ("…, the crowd cheered Rubio") is not it
  return subj && wordsOf(c.text.slice(comma + 1, subj.source.start)).every((w) => /^\p{Lu}/u.test(w.text) || TITLE_WORDS.has(w.lower)) ? subj : null;
}

/** True when the cue-like word at `k` is a noun after a determiner and adjectives: "a snappy retort", "his reply". */
function nounAfterDeterminer(ws: Word[], k: number): boolean {
  const cue = (ws[k] as Word).lower;
  // only a base form is a noun ("retort", "reply"); "his wife whispered" is a verb with its own subject
  // a document's words are the document's ("shared a report that …")
  if (cueBase(cue) !== cue || DOCUMENT_HEADS.has(cue) || cue === 'report') return false;
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    const w = (ws[j] as Word).lower;
    if (['a', 'an', 'his', 'her', 'its', 'this'].includes(w)) return true;
    // one adjective at most, never a noun that could be the subject ("the officials say")
    if (j < k - 1 || !/^\p{Ll}+$/u.test(w) || cueBase(w) || /(?:ed|ing|s)$/.test(w) || isNounLike(w)) return false;
  }
  return false;
}

/** True for a lower-case finite verb form: a cue, a past form or a third-person present ("issued", "told", "argues"). */
const isFiniteVerb = (w: Word): boolean =>
  /^\p{Ll}/u.test(w.text) && !/ing$/.test(w.lower) && !NOT_SAYING.has(w.lower) && (cueBase(w.text) !== null || /(?:ed|[^s]s)$/.test(w.lower) || IRREGULAR_PAST.has(w.lower));

/** A quote paragraph introduced by the previous paragraph ending with a colon: "Zelensky said:". */
function colonIntro(c: Ctx): Found | null {
  const { text, o, doc } = c;
  const block = doc.blocks[o.q.block];
  const prevBlock = doc.blocks[o.q.block - 1];
  if (!block || !prevBlock || text.slice(block.start, o.open).replace(/^(?:quote|quote from [^:\n]{1,60})\s*:/i, '').trim() !== '') return null;
  if (!/:\s*$/.test(prevBlock.text) || innerPiece(c)) return null;
  const start = sentenceStartBefore(text, prevBlock.start, prevBlock.end);
  const ws = wordsOf(text.slice(start, prevBlock.end), start);
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k] as Word;
    if (!cueBase(w.text)) continue;
    const left = leftPhrase(text, ws, k, start);
    if (!left.span) break;
    const res = resolvePhrase(text, left.span.start, left.span.end, c.table, c.sal);
    return res ? { res: { ...res, confidence: res.confidence * 0.9 }, cue: spanOf(text, w.start, w.end), rule: 'colon-intro' } : null;
  }
  return introSubject(c, start, prevBlock.end);
}

/** True for a piece of a multi-paragraph quote after its first: the paragraph before it is the speaker's own words. */
const innerPiece = (c: Ctx): boolean => c.o.q.continues !== undefined && c.prevPiece === c.o.q.continues;

/** Verbs whose subject hands the words to someone else ("Frank quotes Alfred Kahn:", "cited a report:"). */
const RELAYING = /^(?:quot|cit)(?:e|es|ed|ing)$/;

/**
 * The subject of an intro paragraph ending with a colon that has no plain `Name said:` shape: "Trump issued the
 * following statement:", "He then listed the qualities he looks for:", "The Times confirmed it, reporting:" —
 * the subject as a cue before a quote or `sentence-subject` resolves it. Not when the quote paragraph has a cue
 * of its own after the quote (that cue failed: do not guess).
 */
function introSubject(c: Ctx, start: number, end: number): Found | null {
  const { text, o } = c;
  const block = c.doc.blocks[o.q.block];
  const tail = block ? text.slice(o.closeEnd, block.end) : '';
  if (wordsOf(tail).some((w) => cueBase(w.text) !== null)) return null;
  const colon = text.lastIndexOf(':', end);
  const intro: Ctx = { ...c, o: { ...o, open: colon }, beforeStart: start, afterEnd: colon, prevSame: undefined, prevFound: null, prevEnd: start };
  const r = beforeCue(intro) ?? sentenceSubjectQuote(intro);
  if (!r || RELAYING.test(r.cue?.text.toLowerCase() ?? '')) return null;
  const e = c.table.entities[r.res.entity];
  if (!e || e.type === 'role' && r.res.how !== 'document') return null;
  return { ...r, res: { ...r.res, confidence: Math.min(r.res.confidence * 0.9, 0.7) }, rule: 'colon-intro' };
}

/**
 * A quote paragraph with no cue after a paragraph that ends with the same speaker: either its last quote is
 * attributed and nobody new is named after that attribution sentence, or its last sentence reports one speaker
 * ("Trump was quick to add that the wall is not negotiable.").
 */
function nextParagraph(c: Ctx, outers: Outer[], results: (Found | null)[], i: number): Found | null {
  const { text, o, doc } = c;
  const block = doc.blocks[o.q.block];
  const prevBlock = doc.blocks[o.q.block - 1];
  if (!block || !prevBlock || prevBlock.kind !== 'paragraph' || c.prevSame) return null;
  if (text.slice(block.start, o.open).replace(/^(?:quote|quote from [^:\n]{1,60})\s*:/i, '').trim() !== '') return null;
  // the quote paragraph must itself be only quote (no narrative after it)
  const after = text.slice(o.closeEnd, block.end).trim();
  if (after !== '' && !/^[.,]?$/.test(after)) return null;
  const pi = lastIndexBefore(outers, i, (x) => x.q.kind !== 'term');
  const prev = outers[pi];
  if (prev && prev.q.block === o.q.block - 1) {
    const prevRes = results[pi];
    if (!prevRes) return null;
    // nobody else named after the sentence that attributes that quote
    const sentEnd = sentenceEndAfter(text, prev.closeEnd, prevBlock.end);
    const others = c.table.mentions.filter((m) => m.start >= sentEnd && m.start < prevBlock.end && m.entity !== prevRes.res.entity && !m.possessive);
    if (others.length > 0 || /\b(?:he|she)\b/i.test(text.slice(sentEnd, prevBlock.end)) && !sameGenderTail(c, prevRes, sentEnd, prevBlock.end)) return null;
    const conf = prev.q.kind === 'direct' ? 0.75 : 0.6;
    return { res: { ...prevRes.res, confidence: Math.min(prevRes.res.confidence, conf) }, cue: prevRes.cue, rule: 'continuation' };
  }
  // no quote in the previous paragraph: a sentence that reports one speaker introduces the quote
  if (!/[.:]\s*$/.test(prevBlock.text)) return null;
  if (!wholeSentence(o)) return null;
  const lastStart = sentenceStartBefore(text, prevBlock.start, prevBlock.end - 1);
  const r = introSpeaker(c, lastStart, prevBlock.end);
  if (!r) return null;
  return { ...r, res: { ...r.res, confidence: Math.min(r.res.confidence, 0.7) }, rule: 'reported-intro' };
}

/**
 * The speaker of a sentence that introduces the next quote: one plain speech verb with a subject
 * ("Smith said the plan would fail.", "Jones warned:"), not an outlet reporting it.
 */
function introSpeaker(c: Ctx, start: number, end: number): Found | null {
  const { text } = c;
  const cues = wordsOf(text.slice(start, end)).filter((w) => cueBase(w.text) !== null);
  if (cues.length !== 1) return null;
  const intro: Ctx = { ...c, o: { ...c.o, open: end }, beforeStart: start, prevSame: undefined, prevFound: null };
  const r = beforeCue(intro);
  if (!r || !r.cue) return null;
  const base = cueBase(r.cue.text) ?? '';
  if (!INVERTIBLE.has(base) || base === 'post') return null;
  const e = c.table.entities[r.res.entity];
  if (!e || (e.type !== 'person' && e.type !== 'organisation') || isNewsOrg(e.name)) return null;
  return r;
}

/** True when a quote is a whole sentence of its own (it ends with its own punctuation). */
const wholeSentence = (o: Outer): boolean => /[.?!…:]$/.test(o.q.text) || o.q.continues !== undefined;

/** A quote opening its sentence after a sentence of the same paragraph that reports one speaker: "Smith said the plan would fail. “It is a waste.”" */
function previousSentence(c: Ctx): Found | null {
  const { text, o } = c;
  if (text.slice(c.beforeStart, o.open).trim() !== '' || c.beforeStart <= c.prevEnd) return null;
  // the quote has a cue of its own after it ("…,” said the former aide): that cue failed, do not guess
  if (wordsOf(text.slice(o.closeEnd, c.afterEnd)).some((w) => cueBase(w.text) !== null)) return null;
  const start = sentenceStartBefore(text, c.prevEnd, Math.max(c.prevEnd, c.beforeStart - 1));
  // that sentence must start after the previous quote's own attribution, not be its tail ("…,” said Day, reports …)
  if (c.prevSame && start <= c.prevEnd) return null;
  if (!/[.:]\s*$/.test(text.slice(start, c.beforeStart))) return null;
  if (!wholeSentence(o)) return null;
  const r = introSpeaker(c, start, c.beforeStart);
  if (!r) return null;
  return { ...r, res: { ...r.res, confidence: Math.min(r.res.confidence, 0.75) }, rule: 'cue-previous-sentence' };
}

/**
 * A quote-only paragraph sandwiched between quotes of one speaker: the next paragraph opens with a quote attributed
 * to X by the cue right after it (`“…,” Viguerie notes.`), and the last quote before it is X's, with no other quote
 * and no speech cue but that quote's own in the reporter's words between them (`Viguerie is upbeat about …`).
 * Between two different speakers the quote stays unclear.
 */
function sandwiched(doc: ArticleDoc, outers: Outer[], results: (Found | null)[], i: number): Found | null {
  const { text } = doc;
  const o = outers[i] as Outer;
  const block = doc.blocks[o.q.block];
  const pi = lastIndexBefore(outers, i, (x) => x.q.kind !== 'term');
  const ni = outers.findIndex((x, k) => k > i && x.q.kind !== 'term');
  const p = outers[pi];
  const n = outers[ni];
  const before = results[pi];
  const after = results[ni];
  if (!block || !p || !n || !before || !after || !after.rule.startsWith('cue-after') || before.res.entity !== after.res.entity) return null;
  // quote only, and the next paragraph opens with the attributed quote
  const nextBlock = doc.blocks[n.q.block];
  if (text.slice(block.start, o.open).trim() !== '' || !/^[.,]?$/.test(text.slice(o.closeEnd, block.end).trim())) return null;
  if (n.q.block !== o.q.block + 1 || !nextBlock || text.slice(nextBlock.start, n.open).trim() !== '') return null;
  // at most two paragraphs of the reporter's between X's last quote and this one, and nobody else reported speaking
  if (p.q.block >= o.q.block || o.q.block - p.q.block > 3) return null;
  const gapStart = p.closeEnd;
  const cues = wordsOf(text.slice(gapStart, o.open), gapStart).filter((w) => cueBase(w.text) !== null && w.start !== before.cue?.start);
  if (cues.length > 0) return null;
  return { res: { ...after.res, confidence: Math.min(after.res.confidence, before.res.confidence, 0.7) }, cue: after.cue, rule: 'sandwiched' };
}

/** True when a pronoun after an attribution sentence still refers to its speaker (no other person of that gender). */
function sameGenderTail(c: Ctx, r: Found, from: number, to: number): boolean {
  const e = c.table.entities[r.res.entity];
  if (!e || e.type !== 'person') return false;
  const tail = c.text.slice(from, to);
  if (/\bhe\b/i.test(tail) && /\bshe\b/i.test(tail)) return false;
  const g = /\bshe\b/i.test(tail) ? 'female' : 'male';
  return e.gender === g;
}

/** Build LocalSpeakers (only entities that speak) and the attributed quotes. */
function finish(text: string, table: MentionTable, outers: Outer[], results: (Found | null)[]): { speakers: LocalSpeaker[]; quotes: AttributedQuote[] } {
  const speakers: LocalSpeaker[] = [];
  const index = new Map<number, number>();
  const quotes = outers.map((o, i): AttributedQuote => {
    const r = results[i];
    let attribution: Attribution = { speaker: null, source: null, cue: null, rule: o.q.kind === 'term' ? 'term' : 'none', confidence: 0 };
    if (r && r.res.confidence >= 0.5) {
      const e = table.entities[r.res.entity];
      // a lone surname the text leaves open between two people names nobody
      if (e && !e.candidates) {
        let si = index.get(r.res.entity);
        if (si === undefined) {
          si = speakers.length;
          index.set(r.res.entity, si);
          speakers.push({ name: e.name, type: e.type, descriptors: e.descriptors, mentions: [] });
        }
        const source = spanOf(text, r.res.source.start, r.res.source.end);
        const cue = r.cue ? spanOf(text, r.cue.start, r.cue.end) : null;
        attribution = { speaker: si, source, cue, rule: `${r.rule}${r.res.how === 'name' || r.rule.includes(r.res.how) ? '' : `+${r.res.how}`}`, confidence: Math.round(r.res.confidence * 100) / 100 };
      }
    }
    return { ...o.q, ...attribution };
  });
  // mentions: every name mention of the entity plus the sources the attributions rest on
  for (const [entity, si] of index) {
    const e = table.entities[entity];
    const sp = speakers[si];
    if (!e || !sp) continue;
    sp.name = e.name;
    // "President" adds nothing next to "Russian President"
    sp.descriptors = e.descriptors.filter((d) => !e.descriptors.some((o) => o !== d && o.toLowerCase().endsWith(` ${d.toLowerCase()}`)));
    const all = [...e.mentions, ...quotes.filter((q) => q.speaker === si && q.source).map((q) => q.source as Span)];
    const seen = new Set<string>();
    sp.mentions = all.filter((m) => {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }).sort((a, b) => a.start - b.start).map((m) => ({ text: text.slice(m.start, m.end), start: m.start, end: m.end }));
  }
  return { speakers, quotes };
}
