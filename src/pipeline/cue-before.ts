/** Attribution rules that read a cue before the quote: Putin said, “…” / said he believes “…”, participles, clause verbs, `went on`. */
import type { Span } from './types.ts';
import { cueBase, isCognition, isBetweenWord, isParticiple, OBJECT_VERBS, INVERTIBLE } from './cues.ts';
import { wordsOf, type Word } from './context.ts';
import { clauseLike, resolvePhrase, type Resolved } from './subjects.ts';
import { clauseVerbAt, clauseVerbBase } from './clause-verbs.ts';
import { BREAK, spanOf, adjacentDescription, particleAt, readCue, onlyDocument, rightPhrase, namedBefore, leftPhrase, reflexiveClash, titleCase, FRONTED, IRREGULAR_PAST, TIME_WORDS, isFiniteVerb, type Found, type Ctx } from './attribute-context.ts';
import { afterFronted, descriptionSubject, sentenceSubject, SUBORDINATE } from './sentence-subject.ts';
import { clauseSubject, groupSubject } from './group-subject.ts';
import { US_STATES, TITLE_WORDS, PLURAL_ROLES, PLACES, ORG_HEADS, isFirstName, isNationality } from './names.ts';

/** Words opening a parenthetical between a subject and its verb ("Leavitt, during a briefing, said"). */
const PAREN_START = new Set(['during', 'in', 'at', 'on', 'speaking', 'according', 'after', 'before', 'who', 'which', 'like', 'as', 'while', 'when', 'a', 'an', 'the', 'writing', 'asked', 'responding', 'citing', 'however', 'though', 'meanwhile', 'too', 'for', 'from', 'with']);

/** Words before a cue word that make it a noun or an infinitive, not the verb of the quote ("one point", "to counter"). */
const NOT_CUE_BEFORE = new Set(['one', 'this', 'that', 'every', 'each', 'no', 'any', 'some', 'to', 'whose', 'our', 'my', 'your', 'of']);

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
    // "a fellow who is now at the Harlow Center, which …": the words before are inside a relative clause, no subject
    if (['who', 'which', 'that'].includes(left.stop)) return null;
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
  // a title in the appositive is part of it ("Ana Ruiz, star of “Harbor Lights,” said"): its marks are no break
  const gapOf = (a: Word, b: Word): string => text.slice(a.end, b.start).replace(/[“”"]|''/g, '');
  // the appositive closes with a comma, or with a dash that matches its opening ("Jo Sims — a teacher from Dover — says", "Corbin Wale - a teacher - says")
  const close = last && after ? gapOf(last, after) : '';
  const mark = /^\s*,\s*$/.test(close) ? /^\s*,\s*$/ : /^\s+(?:—|–|--?)\s+$/.test(close) ? /^\s+(?:—|–|--?)\s+$/ : null;
  if (!last || !mark) return null;
  for (let j = k; j > 0 && k - j < 26; j--) {
    const gap = gapOf(ws[j - 1] as Word, ws[j] as Word);
    if (!BREAK.test(gap)) continue;
    if (!mark.test(gap)) return null;
    const head = leftPhrase(text, ws, j, floor, true).span;
    if (!head) return null;
    // "Clinton, 35, the daughter of …, said": an age is a second appositive, and so is a home town ("Ana Ruiz, of Dover, Del., said")
    if (/^\d+$/.test(head.text) || /^(?:of|from|in)\s/.test(head.text)) continue;
    // "Tom Hale, the co-writer of “Loud Rooms,” about town meetings, said": a phrase holding a title is the first appositive, not the head
    if (/(?:[“"]|'')$/.test(text.slice(Math.max(0, head.start - 2), head.start)) && head.start > c.beforeStart) continue;
    const appo = spanOf(text, (ws[j] as Word).start, last.end);
    // "Ana Ruiz, a fellow at the Harlow Center, which studies budgets, said": a relative clause is a second appositive
    if (/^(?:which|who)\s/.test(appo.text) && /^\p{Ll}/u.test(head.text)) continue;
    // a long appositive (over eighteen words) only with a relative clause in it
    if (k - j >= 18 && !ws.slice(j, k + 1).some((w) => w.lower === 'who' || w.lower === 'which')) return null;
    // "a plumber from Kenwick, North Dakota, says": the state after a town ends the appositive, it is not one of its own
    if (US_STATES.has(appo.text.toLowerCase()) && /^\p{Lu}/u.test(wordsOf(head.text).pop()?.text ?? '')) continue;
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

/**
 * For a partial quote, a clause verb before it ("likened the rules to “…”") whose subject is a person or an
 * organisation; otherwise (and for other quotes) `beforeCue` as it reads speech cues alone.
 */
export function cueBeforeQuote(c: Ctx): Found | null {
  // a double mark inside the quote means its marks were mismatched and it may run into the reporter's text
  const r = c.o.q.kind === 'partial' && !/[“”"]/.test(c.o.q.text) ? beforeCue(c, true) : null;
  if (!r?.cue || cueBase(r.cue.text) !== null || clauseVerbBase(r.cue.text) === null) return speechCue(c);
  // "When Pruett pointed out that Hadley refers to it as “…”": inside another speaker's report the quote is theirs
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

/** Time words a `who` clause may put before its verb ("who in 2010 said", "who has in the last year described"). */
const WHO_TIME = /^(?:in|on|at|during|the|past|last|this|that|year|years|week|month|ago|\d{4}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Words that open a parenthetical right after `who,` ("who, after a long feud with Hale, said"). */
const WHO_PAREN = new Set(['after', 'before', 'during', 'in', 'on', 'at', 'when', 'while', 'asked', 'speaking', 'like', 'unlike', 'according', 'since']);

/** Index of the `who` whose clause holds the cue at `k`: only adverbs, auxiliaries, a time phrase or a `who, …,` parenthetical between; -1 when none. */
function whoBefore(text: string, ws: Word[], k: number): number {
  const gap = (i: number): string => text.slice((ws[i] as Word).end, (ws[i + 1] as Word).start);
  let j = k - 1;
  while (j > 0 && (isBetweenWord((ws[j] as Word).text) || WHO_TIME.test((ws[j] as Word).lower)) && !BREAK.test(gap(j))) j--;
  if (ws[j]?.lower === 'who' && !BREAK.test(gap(j))) return j;
  // "Brenner, who, after a long feud with Hale about the map, said": one comma-parenthetical after `who,`
  if (!/^\s*,\s*$/.test(gap(k - 1))) return -1;
  for (let i = k - 2; i >= Math.max(1, k - 14); i--) {
    if (!BREAK.test(gap(i))) continue;
    return ws[i]?.lower === 'who' && /^\s*,\s*$/.test(gap(i)) && WHO_PAREN.has((ws[i + 1] as Word).lower) ? i : -1;
  }
  return -1;
}

/**
 * "Harlan, who has described the governor as “…”", "Sen. Ana Ruiz of Ohio, who mused that …", "Dana Pruitt who tweeted, “…”",
 * "the Peruvian president, who said that …": the one person named or described right before the `who` that is the
 * cue's subject, when the quote is in the `who` clause. A plural or a group before it (`residents across the city, who`)
 * is never a person.
 */
function relativeAntecedent(c: Ctx, ws: Word[], k: number): Resolved | null {
  const j = whoBefore(c.text, ws, k);
  const who = ws[j];
  const name = ws[j - 1];
  if (!who || !name || !/^\s*(?:,|--|[—–-])?\s*$/.test(c.text.slice(name.end, who.start))) return null;
  // the quote must be in the `who` clause: no comma between its verb and the quote ("Republicans who agree …, were irritated, with …")
  if (/[,;:]/.test(c.text.slice((ws[k] as Word).end, c.o.open).replace(/[\s,:]+$/, ''))) return null;
  const source = spanOf(c.text, who.start, who.end);
  const m = c.table.mentions.find((x) => x.end === name.end && !x.possessive);
  if (m) return c.table.entities[m.entity]?.type === 'person' ? { entity: m.entity, source, how: 'relative', confidence: 0.85 } : null;
  // a name the table does not list ("Rikkie Wells", "Sen. Ana Ruiz of Ohio") or a description of one person
  let i = j - 1;
  while (i > 0 && j - i < 6 && !BREAK.test(c.text.slice((ws[i - 1] as Word).end, (ws[i] as Word).start)) && (/^\p{Lu}/u.test((ws[i - 1] as Word).text) || (ws[i - 1] as Word).lower === 'of' && /^\p{Lu}/u.test((ws[i] as Word).text))) i--;
  // a single unlisted word ("Republicans who agree") may be a group: a name needs two words
  const named = /^\p{Lu}/u.test(name.text) && /^\p{Lu}/u.test((ws[i] as Word).text) && i < j - 1;
  if (named && !personRun(ws.slice(i, j))) return null;
  if (!named) {
    // "the Peruvian president": a definite description of at most three words, none a preposition ("a candidate who" is anyone)
    for (i = j - 1; i >= Math.max(0, j - 4); i--) if ((ws[i] as Word).lower === 'the') break;
    if (i < Math.max(0, j - 4) || ws.slice(i + 1, j).some((w) => !/^[\p{L}-]+$/u.test(w.text) || RELATIVE_NOT_HEAD.has(w.lower))) return null;
    if (BREAK.test(c.text.slice((ws[i] as Word).end, name.start))) return null;
  }
  const res = resolvePhrase(c.text, (ws[i] as Word).start, name.end, c.table, c.sal);
  const e = res ? c.table.entities[res.entity] : undefined;
  if (!res || !e || e.plural || (e.type !== 'person' && (named || res.how !== 'role'))) return null;
  return { entity: res.entity, source, how: 'relative', confidence: 0.8 };
}

/**
 * An unlisted capitalised run that can be one person's name ("Rikka Vells", "Sen. Ana Ruiz of Ohio"), not a group
 * ("Harbor Democrats", "Kenyan Officials", "Ohio Republicans"): it ends on no plural role, party or nationality; a run
 * that opens with no first name or title must be two or three name-like words, none a place, an organisation head or
 * a nationality, and not end like a group noun (`-ers`, `-ists`, `-ans`).
 */
function personRun(run: Word[]): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return false;
  const single = last.lower.replace(/s$/, '');
  if (PLURAL_ROLES.has(last.lower) || isNationality(last.text) || (single !== last.lower && (TITLE_WORDS.has(single) || isNationality(single)))) return false;
  const titled = (w: Word | undefined): boolean => !!w && TITLE_WORDS.has(w.lower) && !isNationality(w.text);
  if (isFirstName(first.text) || titled(first) || (isNationality(first.text) && titled(run[1]))) return true;
  return run.length <= 3 && !/(?:ers|ists|ans|ats|ives|ies)$/.test(last.lower)
    && run.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !PLACES.has(w.lower) && !ORG_HEADS.has(w.lower) && !isNationality(w.text));
}

/** Words that make a description before `who` more than one person's ("the head of the agency", "the crowd and the mayor"). */
const RELATIVE_NOT_HEAD = new Set(['of', 'for', 'from', 'across', 'in', 'at', 'with', 'and', 'or', 'to', 'on', 'by']);

/** Verbs whose subject wrote or adopted the document after them ("added the caption", "voted for the resolution"). */
const AUTHORING = new Set(`added adds wrote writes written posted posts tweeted tweets issued issues released releases published publishes
  passed passes adopted adopts approved approves voted votes drafted drafts signed signs sent sends filed files attached attaches`.split(/\s+/));

/** Determiners that open the noun phrase a relative `which` follows ("the report, which notes"). */
const THING_OPENERS = new Set(['the', 'a', 'an', 'this', 'its', 'his', 'her', 'their']);

/**
 * `which` right after a document or an organisation is the cue's subject: `the county report, which notes, “…”`,
 * `the study -- which notes that …`, `the sign — which read “…”`, `the Harbor Police Department which reported “…”`. The
 * noun phrase opens with a determiner or a possessive at most six words back and holds no break; a text someone is
 * said to have written or adopted right before it (`added the caption which reads`) is left to its author.
 */
function relativeThing(c: Ctx, ws: Word[], k: number): Resolved | null {
  let j = k - 1;
  while (j > 0 && isBetweenWord((ws[j] as Word).text)) j--;
  const rel = ws[j];
  const head = ws[j - 1];
  if (!rel || !head || rel.lower !== 'which' || !/^\s*(?:,|--|[—–])?\s*$/.test(c.text.slice(head.end, rel.start))) return null;
  for (let i = j - 1; i >= Math.max(0, j - 7); i--) {
    const w = ws[i] as Word;
    if (i < j - 1 && BREAK.test(c.text.slice(w.end, (ws[i + 1] as Word).start))) return null;
    if (!THING_OPENERS.has(w.lower) && !/['’]s$/.test(w.text)) continue;
    // "Hale posted a caption which reads", "voted for a resolution which said": an author's text speaks for them
    const before = ws.slice(Math.max(0, i - 3), i).filter((x) => !BREAK.test(c.text.slice(x.end, w.start)));
    if (before.some((x) => AUTHORING.has(x.lower))) return null;
    const res = resolvePhrase(c.text, w.start, head.end, c.table, c.sal);
    if (!res || (res.how !== 'document' && res.how !== 'organisation')) return null;
    return { ...res, source: spanOf(c.text, rel.start, rel.end), how: 'relative', confidence: 0.8, document: res.how === 'document' };
  }
  return null;
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
export function beforeCue(c: Ctx, clauseVerbs = false): Found | null {
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
    // "told the panel when asked in March about the audit: “…”": the asking is an aside, the cue is further left
    if (base === 'ask' && ['when', 'if'].includes(ws[k - 1]?.lower ?? '') && k + 1 < ws.length && !ws.slice(k + 1).some((x) => x.lower === 'by')) continue;
    // "until the government agreed to make a payment of “…”": agreeing to do something is not speech
    if (base === 'agree' && ws[k + 1]?.lower === 'to') continue;
    // "Rubio will continue to be “…”", "would continue “to break barriers”": going on doing something is not speech
    if (base === 'continue' && (ws[k + 1]?.lower ?? wordsOf(o.q.text)[0]?.lower) === 'to') continue;
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
    // (a day after it is no part of the noun phrase: "The town released a statement Wednesday saying")
    const spanWords = wordsOf(left.span?.text ?? '');
    while (spanWords.length > 2 && TIME_WORDS.test((spanWords[spanWords.length - 1] as Word).lower)) spanWords.pop();
    const clause = !!left.span && ['statement', 'release'].includes(spanWords.pop()?.lower ?? '') && wordsOf(left.span.text, left.span.start).slice(1).some((x) => isFiniteVerb(x) && !cueBase(x.text));
    // "Mr. Ruiz, who …, issued a statement Tuesday saying": the phrase before the participle opens with the verb, not a subject
    const opener = wordsOf(left.span?.text ?? '')[0];
    const verbFirst = !!opener && left.stop === ',' && isFiniteVerb(opener) && (/ed$/.test(opener.lower) || IRREGULAR_PAST.has(opener.lower));
    // "He responded by saying “…”", "When Ruiz asked, Hadley ended by telling her, “…”": the subject of the verb before `by`
    // (in "When Trump answered a question by asserting …" the `by` is inside the fronted clause: read as before)
    const fronted = SUBORDINATE.has(ws[0]?.lower ?? '');
    if (participle && ws[k - 1]?.lower === 'by' && k >= 2 && (!fronted || text.slice(c.beforeStart, w.start).includes(','))) {
      const subj = fronted ? afterFronted(c, w.start) : sentenceSubject(c, c.beforeStart, w.start);
      if (subj && subj.source.end <= (ws[k - 2] as Word).start) return { res: { ...subj, confidence: Math.min(subj.confidence, 0.8) }, cue, rule: 'cue-before:by-participle' };
    }
    if (participle && (!left.span || clause || verbFirst)) {
      // "…, adding, “…”": the speaker of the sentence
      // (not when that quote closed its own sentence: “a failed candidate.” Romney fired back, attacking …)
      if (c.prevFound && c.prevSame && c.prevEnd >= c.beforeStart && !/[.?!…]$/.test(c.prevSame.q.text)) return { ...c.prevFound, cue, rule: 'cue-before:participle' };
      // "Trump and Ryan issued a statement saying …": a joint statement is neither one's alone
      if (clause && left.stop === 'and') return null;
      if (clause && left.span) {
        // "the port council issued a statement calling …": the subject of the verb before the statement
        const lw = wordsOf(left.span.text, left.span.start);
        const v = lw.findIndex((x, j) => j > 0 && isFiniteVerb(x) && !cueBase(x.text));
        const issuer = resolvePhrase(text, left.span.start, (lw[v - 1] as Word).end, c.table, c.sal);
        if (issuer && issuer.how !== 'document' && issuer.how !== 'role') return { res: issuer, cue, rule: 'cue-before:participle' };
      }
      // "Ryan and Trump will meet next week, Spicer said, adding, “…”": the participle goes with the cue right before it
      const aside = parentheticalCue(c, ws, k);
      if (aside !== undefined) return aside ? { res: aside, cue, rule: 'cue-before:participle' } : null;
      // "…, where about 50 protesters had gathered, chanting “…”": the participle ends the clause after the main one
      // (only for a crowd's cry: in "Ruiz spoke while supporters waved signs, saying …" the saying may be hers)
      const own = /^(?:chanting|shouting|yelling|screaming|singing|crying)$/.test(w.lower) ? clauseSubject(c, c.beforeStart, w.start) : null;
      if (own) return { res: own, cue, rule: 'cue-before:participle' };
      const subj = sentenceSubject(c, c.beforeStart, w.start) ?? descriptionSubject(c, c.beforeStart, w.start) ?? groupSubject(c, c.beforeStart, w.start);
      return subj ? { res: subj, cue, rule: 'cue-before:participle' } : null;
    }
    if (!left.span && left.stop === 'start' && INVERTIBLE.has(base) && k === 0) {
      // "Said Comey, “…”" / "Added the senator: “…”": the subject follows the sentence-initial verb
      const phrase = rightPhrase(text, ws, 1);
      const res = phrase ? resolvePhrase(text, phrase.start, phrase.end, c.table, c.sal) : null;
      return res ? { res: { ...res, confidence: res.confidence * 0.95 }, cue, rule: 'cue-before:verb-name-quote' } : null;
    }
    let span = left.span;
    // "Harlan, who has in the last year described …", "Brenner, who, after …, said": the cue of a `who` clause
    const who = left.stop === 'who' || left.stop === ',' ? relativeAntecedent(c, ws, k) : null;
    if (who) return { res: who, cue, rule: 'cue-before:relative-who' };
    if (!span && left.stop === ',') span = beyondParenthetical(text, ws, k, c.beforeStart);
    if (!span && (left.stop === ',' || /^[—–-]$/.test(left.stop))) {
      // "Michael Green, a professor of history, said …": the subject before an appositive
      const appo = appositiveSubject(c, ws, k, c.beforeStart);
      if (appo) return { res: { ...appo, confidence: appo.confidence * (adjacent ? 0.95 : 0.9) }, cue, rule: adjacent ? 'cue-before:name-verb-quote' : 'cue-before:name-verb-that' };
    }
    if (!span && ['and', 'but', 'then', 'also', 'yet'].includes(left.stop)) {
      const subj = sentenceSubject(c, c.beforeStart, w.start) ?? descriptionSubject(c, c.beforeStart, w.start);
      return subj ? { res: { ...subj, confidence: Math.min(subj.confidence, 0.8) }, cue, rule: 'cue-before:shared-subject' } : null;
    }
    if (!span && left.stop === 'which') {
      const which = onlyDocument(base, relativeThing(c, ws, k));
      if (which) return { res: which, cue, rule: 'cue-before:relative-which' };
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
      // "Her campaign sent out a letter to donors stating …": a participle after a verb's object; the cue is further left
      if (participle && clauseLike(wordsOf(span.text, span.start))) continue;
      return null;
    }
    // "put it in her note to staff explaining the merger, “…”": a participle after a common noun describes it
    if (participle && res.how === 'role' && /^\p{Ll}/u.test(text.slice(span.start, span.end))) continue;
    const conf = adjacent ? res.confidence : res.confidence * 0.95;
    return { res: { ...res, confidence: conf }, cue, rule: adjacent ? 'cue-before:name-verb-quote' : 'cue-before:name-verb-that' };
  }
  return null;
}

/**
 * The subject of a `, Name said,` cue set off by commas right before a participle ("…, Nefzi said, adding, “…”"):
 * undefined when there is no such cue, null when its subject names nobody the article knows.
 */
function parentheticalCue(c: Ctx, ws: Word[], k: number): Resolved | null | undefined {
  const verb = ws[k - 1];
  const w = ws[k] as Word;
  if (!verb || !/^\p{Ll}/u.test(verb.text) || cueBase(verb.text) === null || isParticiple(verb.text) || !/^\s*,\s*$/.test(c.text.slice(verb.end, w.start))) return undefined;
  const left = leftPhrase(c.text, ws, k - 1, c.beforeStart);
  if (!left.span || left.stop !== ',' || wordsOf(left.span.text).length > 4) return undefined;
  return resolvePhrase(c.text, left.span.start, left.span.end, c.table, c.sal);
}

/** Forms of "be" that make an -ing cue a progressive verb ("is pledging to “…”"). */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'am']);
