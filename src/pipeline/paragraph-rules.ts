/** Attribution rules that read the paragraph: coordinated quotes, continuations, the previous sentence, colon and reported intros, sandwiched quotes. */
import type { ArticleDoc } from './types.ts';
import { cueBase, isCognition, isBetweenWord, isParticiple, INVERTIBLE } from './cues.ts';
import { sentenceEndAfter, sentenceStartBefore, wordsOf, type Word } from './context.ts';
import type { MentionTable } from './mentions.ts';
import { isNewsOrg, resolvePhrase } from './subjects.ts';
import { CLAUSE_STOP, CUE_NOUNS, DETERMINERS, spanOf, lastIndexBefore, particleAt, leftPhrase, FRONTED, type Outer, type Found, type Ctx } from './attribute-context.ts';
import { beforeCue } from './cue-before.ts';
import { ROLE_HEADS, TITLE_WORDS } from './names.ts';
import { sentenceSubject, sentenceSubjectQuote } from './sentence-subject.ts';

/**
 * “A” are “B,” he said: two quotes of one sentence joined by a few words of the reporter's, the cue after the
 * second closing it. True when those words and the sentence before the first quote name nobody and hold no cue.
 */
export function splitSentence(text: string, table: MentionTable, a: Outer, b: Outer, r: Found, blockStart: number): boolean {
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
export function coordinated(c: Ctx): Found | null {
  if (!c.prevSame || !c.prevFound) return null;
  const gap = c.text.slice(c.prevSame.closeEnd, c.o.open);
  if (!/^\s*,?\s*(?:and|or|as well as|but also)?\s*$/i.test(gap) || gap.trim() === '') return null;
  return { ...c.prevFound, res: { ...c.prevFound.res, confidence: c.prevFound.res.confidence * 0.95 }, rule: 'coordinated' };
}


/** A quote following an attributed quote of the same paragraph with no new speaker in between. */
export function sameParagraph(c: Ctx): Found | null {
  if (!c.prevSame || !c.prevFound || unnamedCueAfter(c)) return null;
  // "his call for “…”, … a candidate who called for “…”": an owned saying names no speaker for the sentences after it
  if (c.prevFound.rule === 'possessor-noun') return null;
  // a title inside the reporter's sentence ("… on NBC's “Meet the Press.”") is nobody's words
  const qw = wordsOf(c.o.q.text);
  if (qw.length <= 6 && qw.every((w) => w.text.length < 4 || /^\p{Lu}/u.test(w.text)) && /[\p{L}\p{N}’']\s*$/u.test(c.text.slice(c.beforeStart, c.o.open))) return null;
  const gapStart = c.prevSame.closeEnd;
  const gap = c.text.slice(gapStart, c.o.open);
  // a new attribution in between ("…,” Smith said. Jones said “…”) ends the run; asides about others do not
  const gapWords = wordsOf(gap, gapStart);
  const speaker = c.table.entities[c.prevFound.res.entity];
  const tailEnd = attributionTailEnd(c, gapStart);
  const newCue = gapWords.some((w, k) => {
    // "Romney fired back in March, attacking …": a two-word cue is a new attribution too
    const particle = particleAt(c.text, gapWords, k) !== null && c.prevFound?.cue?.end !== w.end;
    if (!particle && (cueBase(w.text) === null || isParticiple(w.text) || isCognition(w.text) || (c.prevFound?.cue && w.start === c.prevFound.cue.start))) return false;
    // a noun, not a verb: "a think tank", "the report", "the Political Report"
    // (and a capitalised cue word inside a sentence is a title: "said State Senator Ana Ruiz")
    const prevWord = gapWords[k - 1];
    if (!particle && (DETERMINERS.has(prevWord?.lower ?? '') || /^\p{Lu}/u.test(w.text) && (/^\p{Lu}/u.test(prevWord?.text ?? '') || !!prevWord && !/[.?!:]\s*$/.test(c.text.slice(prevWord.start, w.start))))) return false;
    // "said Sean Dorsey in a Friday tweet": after a determiner and a capitalised modifier a cue word that is also a noun is one
    if (!particle && DETERMINERS.has(gapWords[k - 2]?.lower ?? '') && /^\p{Lu}/u.test(prevWord?.text ?? '') && CUE_NOUNS.has(w.lower)) return false;
    let j = particle ? k - 2 : k - 1;
    while (j >= 0 && isBetweenWord((gapWords[j] as Word).text)) j--;
    const subj = gapWords[j];
    if (!subj) return false;
    if (/^(?:he|she)$/.test(subj.lower)) return false;
    // a cue inside a subordinate clause is no new attribution: "…,” Hooton said after Rubio spoke. “…”
    let h = j;
    while (h > 0 && /^\p{Lu}/u.test((gapWords[h - 1] as Word).text)) h--;
    if (/^\p{Lu}/u.test(subj.text) && FRONTED.has(gapWords[h - 1]?.lower ?? '') && h > 1 && cueBase((gapWords[h - 2] as Word).text)) return false;
    // the rest of the previous quote's attribution sentence is that attribution's: a cue there in a subordinate or
    // participle clause (“…,” Dekker told the Star, after Ruiz stated …), on a possessive (before Lane’s comments) or
    // a place's "state" before a role (Ohio state director) names no new speaker
    if (/^\p{Lu}/u.test(subj.text) && w.end <= tailEnd && !introduces(c, w) && tailClause(c, gapWords, h, w)) return false;
    if (!/^\p{Lu}/u.test(subj.text)) return j >= 0 && !CLAUSE_STOP.has(subj.lower) && !(w.end <= tailEnd && !introduces(c, w));
    return !(speaker && speaker.name.toLowerCase().split(/\s+/).includes(subj.lower.replace(/['’]s$/, '')));
  });
  if (newCue) return null;
  // “…,” Loomis said. Kasich resisted: “…” — a new sentence about someone else, ending in a colon, introduces the quote
  // (also right after a quote that closed its sentence: “… Hispanics!”Former candidate Ana Ruiz told a newspaper: “…”)
  const opens = c.beforeStart > gapStart ? c.beforeStart : /[.?!]$/.test(c.prevSame.q.text) && /^\s*\p{Lu}/u.test(gap) ? gapStart + (/^\s*/.exec(gap)?.[0].length ?? 0) : -1;
  if (opens >= 0 && /:\s*$/.test(gap)) {
    const subj = sentenceSubject(c, opens, c.o.open);
    if (subj && subj.entity !== c.prevFound.res.entity) return null;
  }
  // "The book accuses Bob …. “…,” he said": a he/she cue after the quote is never a document or an organisation
  const prevType = c.table.entities[c.prevFound.res.entity]?.type;
  if (prevType !== 'person' && /^\s*(?:he|she)\s+\p{Ll}/iu.test(c.text.slice(c.o.closeEnd, c.o.closeEnd + 20))) return null;
  return { ...c.prevFound, res: { ...c.prevFound.res, confidence: Math.min(c.prevFound.res.confidence, 0.85) }, rule: 'continuation' };
}

/** Words that open a subordinate clause inside an attribution sentence ("…,” Ruiz said, where Lane also spoke). */
const TAIL_CLAUSE = new Set([...FRONTED, 'where', 'as', 'who', 'which', 'whom', 'whose', 'than', 'if', 'whether']);

/**
 * True when the cue word `w` (its subject's name starting at gap word `h`) sits in the previous cue's own sentence as no
 * new report: a clause word or an -ing participle after a comma between that cue and the subject (the clause going on
 * after its cue, or ending on `spoke`), a possessive subject, or "state" before a role noun.
 */
function tailClause(c: Ctx, gapWords: Word[], h: number, w: Word): boolean {
  const cueEnd = c.prevFound?.cue?.end ?? Infinity;
  const k = gapWords.indexOf(w);
  if (/['’]s$/.test(gapWords[k - 1]?.text ?? '')) return true;
  const after = gapWords[k + 1]?.lower ?? '';
  if (w.lower === 'state' && (ROLE_HEADS.has(after) || TITLE_WORDS.has(after))) return true;
  // a clause that ends on its cue may hand the next quote to its subject ("…,” Pell said as Ruiz interrupted. “…”)
  if (/^\s*[.!?]/.test(c.text.slice(w.end)) && cueBase(w.text) !== 'speak') return false;
  return gapWords.slice(0, h).some((x, i) => x.start >= cueEnd && (TAIL_CLAUSE.has(x.lower) || (/^\p{Ll}+ing$/u.test(x.text) && /,\s*$/.test(c.text.slice(gapWords[i - 1]?.end ?? x.start, x.start)))));
}

/** True when a cue whose subject is someone unnamed follows the quote: “…,” his colleague wrote on Facebook. */
function unnamedCueAfter(c: Ctx): boolean {
  const m = /^\s*,?\s*(?:his|her|their|a|an|one|another)((?:\s+[\p{Ll}-]+){2,5})/u.exec(c.text.slice(c.o.closeEnd, c.afterEnd));
  const verb = (m?.[1] ?? '').trim().split(/\s+/).slice(1).find((w) => cueBase(w) !== null) ?? '';
  return verb !== '' && !isParticiple(verb) && !isCognition(verb);
}

/**
 * The end of the previous quote's own attribution sentence when its cue follows that quote ("…,” Lew said in the
 * conference call, asked about …): the gap's words up to there belong to that attribution.
 */
function attributionTailEnd(c: Ctx, gapStart: number): number {
  const cue = c.prevFound?.cue;
  if (!cue || cue.start < gapStart) return gapStart;
  const end = sentenceEndAfter(c.text, cue.end, c.o.open);
  // not past a second source: in "…, according to a pool report from the governor’s office." the words are the report's
  const relay = c.text.slice(cue.end, end).search(/\baccording to\b/i);
  return relay < 0 ? end : cue.end + relay;
}

/** True when only punctuation stands between a cue word and the quote: the cue introduces it ("as the heckler yelled: “…”"). */
const introduces = (c: Ctx, w: Word): boolean => /^[\s,:;—–-]*$/.test(c.text.slice(w.end, c.o.open));

/** A quote paragraph introduced by the previous paragraph ending with a colon: "Zelensky said:". */
export function colonIntro(c: Ctx): Found | null {
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
    // a noun after a determiner ("made the following comment:", "had a statement:"): the intro's subject decides
    if (DETERMINERS.has(ws[k - 1]?.lower ?? '') || ws[k - 1]?.lower === 'following') break;
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
 * ("Hadley was quick to add that the levy is not negotiable.").
 */
export function nextParagraph(c: Ctx, outers: Outer[], results: (Found | null)[], i: number): Found | null {
  const { text, o, doc } = c;
  const block = doc.blocks[o.q.block];
  const prevBlock = doc.blocks[o.q.block - 1];
  if (!block || !prevBlock || prevBlock.kind !== 'paragraph' || c.prevSame) return null;
  if (text.slice(block.start, o.open).replace(/^(?:quote|quote from [^:\n]{1,60})\s*:/i, '').trim() !== '') return null;
  // the quote paragraph must itself be only quote (no narrative after it)
  const after = text.slice(o.closeEnd, block.end).trim();
  if (after !== '' && !/^[.,]?$/.test(after)) return null;
  // "'A healthy environment.'" alone in its paragraph, in single marks and five words at most: a section heading quoting the section
  if (/^[‘']/.test(text.slice(o.open, o.open + 1)) && !/^''/.test(text.slice(o.open, o.open + 2)) && o.q.text.trim().split(/\s+/).length <= 5) return null;
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
  // a capitalised cue word inside the sentence is part of a name ("Iowa State University's Dana Whitcombe agreed.")
  const cues = wordsOf(text.slice(start, end), start).filter((w, k) => cueBase(w.text) !== null && !(k > 0 && /^\p{Lu}/u.test(w.text)));
  const first = cues[0];
  if (!first || cues.length > 1 && !ownReport(c, first.end, end)) return null;
  const intro: Ctx = { ...c, o: { ...c.o, open: cues.length > 1 ? first.end : end }, beforeStart: start, prevSame: undefined, prevFound: null };
  const r = beforeCue(intro);
  if (!r || !r.cue) return null;
  // a framed cue ("was quick to add", "went on to say") is the verb that ends it
  const base = cueBase(r.cue.text.split(/\s+/).pop() ?? '') ?? '';
  if (!INVERTIBLE.has(base) || base === 'post') return null;
  const e = c.table.entities[r.res.entity];
  if (!e || (e.type !== 'person' && e.type !== 'organisation') || isNewsOrg(e.name)) return null;
  // with later cue words, the speaker alone before the first ("Matthews, Seitz-Wald and Lopez argued that …" is no one speaker)
  if (cues.length > 1 && c.table.mentions.some((m) => m.start >= start && m.start < first.start && m.entity !== r.res.entity && !m.possessive)) return null;
  return r;
}

/**
 * True when the words after a sentence's first cue are the speaker's own report, naming nobody else who could speak:
 * "Ortega said that for months his rivals had been predicting a sale of the port, but this would not happen.", "Fisk,
 * visibly annoyed, answered by wagging a finger at the board, saying the plan was late." — the later cue words are
 * participles or nouns and nobody else is named (no other person or organisation, no pronoun that could be someone else).
 */
function ownReport(c: Ctx, from: number, end: number): boolean {
  if (/\b(?:he|she|they|according)\b/i.test(c.text.slice(from, end))) return false;
  // each later cue word is a participle or a noun ("pointing", "saying", "his scathing remarks"), never a finite verb
  // with a subject of its own ("Fisk said the trust had warned her …" may go on with the trust's words)
  const ws = wordsOf(c.text.slice(from, end), from);
  const verb = ws.some((w, k) => cueBase(w.text) !== null && /^\p{Ll}/u.test(w.text) && !/ing$/.test(w.lower) && !DETERMINERS.has(ws[k - 1]?.lower ?? '') && !DETERMINERS.has(ws[k - 2]?.lower ?? ''));
  return !verb && !c.table.mentions.some((m) => m.start >= from && m.start < end && !m.possessive && !m.modifier);
}

/** True when a quote is a whole sentence of its own (it ends with its own punctuation). */
const wholeSentence = (o: Outer): boolean => /[.?!…:]$/.test(o.q.text) || o.q.continues !== undefined;

/** A quote opening its sentence after a sentence of the same paragraph that reports one speaker: "Smith said the plan would fail. “It is a waste.”" */
export function previousSentence(c: Ctx): Found | null {
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
export function sandwiched(doc: ArticleDoc, outers: Outer[], results: (Found | null)[], i: number): Found | null {
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
