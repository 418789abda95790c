/** Attribution rules that read a cue before the quote: Putin said, “…” / said he believes “…”, participles, clause verbs, `went on`. */
import type { Span } from './types.ts';
import { cueBase, isCognition, isBetweenWord, isParticiple, OBJECT_VERBS, INVERTIBLE } from './cues.ts';
import { wordsOf, type Word } from './context.ts';
import { clauseLike, describedPerson, resolvePhrase, type Resolved } from './subjects.ts';
import { clauseVerbAt, clauseVerbBase } from './clause-verbs.ts';
import { BREAK, CLAUSE_STOP, CUE_NOUNS, spanOf, adjacentDescription, particleAt, readCue, onlyDocument, rightPhrase, namedBefore, leftPhrase, reflexiveClash, titleCase, FRONTED, IRREGULAR_PAST, TIME_WORDS, isFiniteVerb, type Found, type Ctx } from './attribute-context.ts';
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

/** Prepositions that open a phrase between a subject and its verb ("Lane on Tuesday in an interview with the Gazette said"). */
const SUBJECT_PP = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'over', 'via', 'through']);

/** "Lane on Tuesday in an interview with the Gazette said": the person the subject phrase opens with, when a prepositional phrase follows the name. */
function nameBeforePhrase(c: Ctx, span: Span): Resolved | null {
  const m = c.table.mentions.find((x) => x.start === span.start && x.end < span.end && !x.possessive);
  if (!m || c.table.entities[m.entity]?.type !== 'person') return null;
  const rest = wordsOf(c.text.slice(m.end, span.end), m.end);
  // the phrase after the name holds no verb of its own ("Lane in a statement released by his office" is his statement)
  if (!SUBJECT_PP.has(rest[0]?.lower ?? '') || !/^\s+$/.test(c.text.slice(m.end, (rest[0] as Word).start)) || rest.some((w) => isFiniteVerb(w) && !/ed$/.test(w.lower))) return null;
  return resolvePhrase(c.text, m.start, m.end, c.table, c.sal);
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

/**
 * The person named before a description that is itself an appositive ("Jon Dale, the chief executive of Ora Media"):
 * undefined when no comma opens the description, null when the words before it are no person's or organisation's name.
 */
function nameBeforeDescription(c: Ctx, ws: Word[], head: Span, floor: number): Resolved | null | undefined {
  const i = ws.findIndex((w) => w.start === head.start);
  if (i < 1 || !/^\s*,\s*$/.test(c.text.slice((ws[i - 1] as Word).end, head.start))) return undefined;
  const name = leftPhrase(c.text, ws, i, floor, true).span;
  if (!name) return null;
  // the name is the phrase, titles aside ("Ruiz’s ally, the head of …" is not Ruiz, "an email obtained by Citizens United" not
  // the group), or ends it after a verb and `from`, `with`, `to` or `for` ("drew fire from Tom Hale, a spokesman …")
  const words = wordsOf(name.text, name.start);
  let r = words.length;
  while (r > 0 && (/^\p{Lu}/u.test((words[r - 1] as Word).text) || TITLE_WORDS.has((words[r - 1] as Word).lower))) r--;
  const run = words.slice(r);
  const lead = words.slice(0, r);
  // "At Harvard, the students, who …": a fronted phrase is no name
  if (SUBORDINATE.has(run[0]?.lower ?? '')) return null;
  if (!run.length || lead.length && (!['from', 'with', 'to', 'for'].includes(lead[lead.length - 1]?.lower ?? '') || lead.slice(1).some((w) => /^\p{Lu}/u.test(w.text)))) return null;
  const res = resolvePhrase(c.text, (run[0] as Word).start, name.end, c.table, c.sal);
  const type = res ? c.table.entities[res.entity]?.type : undefined;
  return res && res.source.end === name.end && (type === 'person' || type === 'organisation') ? res : null;
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
  const dashed = !mark.test(',');
  for (let j = k; j > 0 && k - j < 26; j--) {
    const gap = gapOf(ws[j - 1] as Word, ws[j] as Word);
    if (!BREAK.test(gap)) continue;
    // "Jon Dale -- the firm that owns the show, which streams online -- told": commas inside a dash appositive are its own
    if (dashed && /^\s*,\s*$/.test(gap)) continue;
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
    // "A former candidate -- Tom Brandt, who lost in 2008 -- said": the name opening a dash appositive, before its own comma
    const comma = dashed ? appoWords.findIndex((w, i) => i > 0 && /,/.test(text.slice((appoWords[i - 1] as Word).end, w.start))) : -1;
    const nameWords = comma > 0 ? appoWords.slice(0, comma) : appoWords;
    if (nameWords.length <= 4 && nameWords.every((w) => /^\p{Lu}/u.test(w.text))) {
      const named = resolvePhrase(text, appo.start, (nameWords[nameWords.length - 1] as Word).end, c.table, c.sal);
      if (named && c.table.entities[named.entity]?.type === 'person') return named;
    }
    // "Jon Dale, the chief executive of Ora Media -- the firm that …, told": a description after a comma is a first appositive, the name stands before it
    const outer = /^\p{Ll}/u.test(head.text) ? nameBeforeDescription(c, ws, head, floor) : undefined;
    if (outer !== undefined) return outer;
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

/**
 * "the former secretary of state and current Democratic nominee said": two descriptions joined by `and` as the subject
 * (`span` is the one after `and`) rename one person when `describedPerson` finds the one person both fit.
 */
function coordinatedSubject(c: Ctx, ws: Word[], span: Span): Resolved | null {
  const i = ws.findIndex((w) => w.start === span.start);
  const and = ws[i - 1];
  if (i < 2 || and?.lower !== 'and' || !/^\p{Ll}/u.test(span.text)) return null;
  const first = leftPhrase(c.text, ws, i - 1, c.beforeStart);
  if (!first.span || (first.stop !== 'start' && first.stop !== ',')) return null;
  const words = wordsOf(c.text.slice(first.span.start, span.end), first.span.start);
  return describedPerson(c.text, words, c.table, c.sal);
}

/** Participles that open an aside between a subject and its verb without commas ("a source speaking to Fox News said"). */
const ASIDE_PARTICIPLES = new Set(['speaking', 'talking', 'writing', 'commenting', 'responding']);

/**
 * The subject before an aside set off by no comma, a `who` clause with a verb of its own or a speech participle:
 * "a White House official who spoke anonymously to discuss strategy said Wednesday, “…”", "Another intelligence source
 * speaking to Fox News said, “…”". The subject opens the sentence or its main clause (after a comma) and resolves to
 * someone; the cue at `k` follows the aside within sixteen words.
 */
function asideSubject(c: Ctx, ws: Word[], k: number): Resolved | null {
  for (let j = k - 2; j >= Math.max(1, k - 16); j--) {
    const w = ws[j] as Word;
    if (BREAK.test(c.text.slice(w.end, (ws[j + 1] as Word).start))) return null;
    if (w.lower !== 'who' && !ASIDE_PARTICIPLES.has(w.lower)) continue;
    if (BREAK.test(c.text.slice((ws[j - 1] as Word).end, w.start))) return null;
    // "Trump was talking about … when he told": a progressive, or a clause with a subject of its own before the cue, is no aside
    if (PROGRESSIVE.has((ws[j - 1] as Word).lower) || ws.slice(j + 1, k).some((x) => CLAUSE_STOP.has(x.lower) || /^(?:he|she|they|i|we|you|it)$/.test(x.lower))) return null;
    // the `who` clause has a verb of its own before the cue ("who spoke … said", not "who said")
    if (w.lower === 'who' && !ws.slice(j + 1, k).some((x) => isFiniteVerb(x) || cueBase(x.text) !== null)) return null;
    const head = leftPhrase(c.text, ws, j, c.beforeStart);
    if (!head.span || (head.stop !== 'start' && head.stop !== ',')) return null;
    const res = resolvePhrase(c.text, head.span.start, head.span.end, c.table, c.sal);
    // the whole phrase is the subject, titles aside ("Sen. Tom Hale speaking to reporters said")
    if (!res || res.how === 'pronoun' || res.how === 'document' || !/^(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(c.text.slice(head.span.start, res.source.start))) return null;
    return res;
  }
  return null;
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
  // "said Scott Rell, the chamber’s chief strategist, who added that …": a description set off after a name is that person
  const described = appositiveAntecedent(c, ws, j);
  if (described) return { entity: described.entity, source, how: 'relative', confidence: 0.8 };
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

/** The person named before a comma-set description that ends right before `, who` at `j` ("Tom Hale, a spokesman for the port, who"), or null. */
function appositiveAntecedent(c: Ctx, ws: Word[], j: number): Resolved | null {
  if (!/^\s*,\s*$/.test(c.text.slice((ws[j - 1] as Word).end, (ws[j] as Word).start))) return null;
  let i = j - 1;
  while (i > 0 && j - i < 12 && !BREAK.test(c.text.slice((ws[i - 1] as Word).end, (ws[i] as Word).start))) i--;
  const first = ws[i] as Word;
  if (i === 0 || !/^(?:a|an|the)$/.test(first.lower)) return null;
  const res = nameBeforeDescription(c, ws, spanOf(c.text, first.start, (ws[j - 1] as Word).end), c.beforeStart);
  return res && c.table.entities[res.entity]?.type === 'person' ? res : null;
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
  passed passes adopted adopts approved approves voted votes drafted drafts signed signs sent sends filed files attached attaches
  adding writing posting tweeting issuing releasing publishing passing adopting approving drafting signing sending filing`.split(/\s+/));

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
  // "a message that said, …": `that` right before the cue is a relative (a complementiser is followed by a subject), never after a comma
  const relThat = rel?.lower === 'that' && j === k - 1 && !!head && /^ +$/.test(c.text.slice(head.end, rel.start));
  if (!rel || !head || rel.lower !== 'which' && !relThat || !/^\s*(?:,|--|[—–])?\s*$/.test(c.text.slice(head.end, rel.start))) return null;
  for (let i = j - 1; i >= Math.max(0, j - 7); i--) {
    const w = ws[i] as Word;
    if (i < j - 1 && BREAK.test(c.text.slice(w.end, (ws[i + 1] as Word).start))) return null;
    if (!THING_OPENERS.has(w.lower) && !/['’]s$/.test(w.text)) continue;
    // "Hale posted a caption which reads", "voted for a resolution which said": an author's text speaks for them
    const before = ws.slice(Math.max(0, i - 3), i).filter((x) => !BREAK.test(c.text.slice(x.end, w.start)));
    if (before.some((x) => AUTHORING.has(x.lower))) return null;
    // "wants a platform that calls for …": an indefinite text with a present verb may be one wished for, not one that exists
    const cue = ws[k] as Word;
    if (relThat && ['a', 'an'].includes(w.lower) && !/ed$/.test(cue.lower) && !['said', 'read', 'wrote', 'stated'].includes(cue.lower)) return null;
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

/** Words that frame an infinitive of saying as the subject's own act ("was quick to add", "was prompted to say", "hastened to add"). */
const SAYING_FRAMES = new Set(['quick', 'prompted', 'moved', 'careful', 'eager', 'keen', 'compelled', 'hastened', 'rushed']);

/**
 * Index of the word the subject stands before when the cue at `k` is an infinitive in a frame of saying: "went so far as
 * to say", "was quick to add", "was prompted to say" (not negated: "was not quick to say"), else null.
 */
function sayingFrameAt(text: string, ws: Word[], k: number): number | null {
  const w = ws[k] as Word;
  if (cueBase(w.text) !== w.lower || !INVERTIBLE.has(w.lower) || ws[k - 1]?.lower !== 'to') return null;
  const go = /^(?:go|goes|went|going|gone)$/.test(ws[k - 5]?.lower ?? '');
  const head = go && ws.slice(k - 4, k - 1).map((x) => x.lower).join(' ') === 'so far as' ? k - 5 : SAYING_FRAMES.has(ws[k - 2]?.lower ?? '') ? k - 2 : -1;
  if (head < 1 || BREAK.test(text.slice((ws[head] as Word).start, w.end))) return null;
  // "was not quick to say": nothing was said
  return /^(?:not|never)$|n['’]t$/.test((ws[head - 1] as Word).lower) ? null : head;
}

/**
 * True when the inverted cue at `k` and its subject `phrase` are an aside set off by commas inside the quote's sentence
 * ("The trouble, says Ana Ruiz, a historian, is that it was “…”"): words of the sentence stand before it, a comma follows the
 * subject, and up to the quote (at most forty words: an appositive, then the rest of the sentence) nothing reports anyone
 * else — no cue or clause verb, no `according`, no semicolon, colon or dash, no other quote.
 */
function invertedAside(c: Ctx, ws: Word[], k: number, phrase: Span): boolean {
  const rest = c.text.slice(phrase.end, c.o.open);
  if (k < 2 || !/^\s*,/.test(rest) || /[;:—–“”"]|''|\s--?\s/.test(rest.replace(/[“"]\s*$|''\s*$/, ''))) return false;
  const after = wordsOf(rest);
  if (after.length > 40 || after.some((w) => cueBase(w.text) !== null || clauseVerbBase(w.text) !== null || readCue(w) !== null || w.lower === 'according')) return false;
  return !ws.slice(0, k).some((w) => /^(?:who|whom|which)$/.test(w.lower) || /^\p{Ll}/u.test(w.text) && (cueBase(w.text) !== null || clauseVerbBase(w.text) !== null));
}

/**
 * The speaker of the previous quote when the cue at `k` is a second verb coordinated right after it ("She declared
 * “What a night!” and said that …”): that quote's own cue stood before it in the sentence, with its subject.
 */
function secondCue(c: Ctx, ws: Word[], k: number): Resolved | null {
  const prev = c.prevFound;
  if (!c.prevSame || !prev?.cue || !prev.rule.startsWith('cue-before:name-verb') || prev.cue.end > c.prevSame.open) return null;
  // only `and`/`but` (and between-words) after that quote, then the cue
  let j = k - 1;
  while (j > 0 && isBetweenWord((ws[j] as Word).text)) j--;
  if (j !== 0 || !/^(?:and|but)$/.test((ws[0] as Word).lower) || !/^[\s,]*$/.test(c.text.slice(c.prevSame.closeEnd, (ws[0] as Word).start))) return null;
  return prev.res;
}

/** Forms of `tell` whose object may carry a relative clause before the `that` of the report. */
const TELL = new Set(['tell', 'tells', 'told', 'telling']);

/**
 * Index of `tell` when the cue at `k` opens a `who` clause describing its listener and the quote follows the teller's own
 * `that`: "told a young woman who suggested that … that “…”", "tells voters who wonder why … that he “…”" (at most three words
 * between that `that` and the quote). The clause's verb
 * takes the first `that` when it comes right after it, so the teller's is a later one; -1 when there is no such shape.
 */
function listenerRelative(text: string, ws: Word[], k: number): number {
  let who = k - 1;
  while (who > 0 && isBetweenWord((ws[who] as Word).text)) who--;
  if (ws[who]?.lower !== 'who') return -1;
  // the listener: up to four lower-case words after `tell` ("reporters", "a young woman"), no break
  let t = who - 1;
  while (t > 0 && who - t <= 4 && /^\p{Ll}/u.test((ws[t] as Word).text) && !TELL.has((ws[t] as Word).lower)) t--;
  if (!TELL.has(ws[t]?.lower ?? '') || t === who - 1 || BREAK.test(text.slice((ws[t] as Word).start, (ws[who] as Word).end))) return -1;
  // the quote comes a few words after a `that` of the teller's ("that he “…”", "that it was “…”"), with no break in the clause
  const that = ws.findLastIndex((w) => w.lower === 'that');
  if (that <= k || ws.length - that > 4 || /[,;:]/.test(text.slice((ws[k] as Word).end, (ws[ws.length - 1] as Word).end))) return -1;
  const thats = ws.slice(k + 1).filter((w) => w.lower === 'that').length;
  return thats >= (ws[k + 1]?.lower === 'that' ? 2 : 1) ? t : -1;
}

/** True when the words from `from` to the quote end in a colon and hold no quote mark, dash or named person or organisation. */
function farColon(c: Ctx, from: number): boolean {
  const between = c.text.slice(from, c.o.open);
  return /:\s*$/.test(between) && !/[“”"—–]|''|\s-{1,2}\s/.test(between) && !c.table.mentions.some((m) => m.start >= from && m.end <= c.o.open);
}

/** Cue before the quote in its sentence: Putin said, “…” / Kirby told reporters, ‘…’ / said he believes “…”. */
export function beforeCue(c: Ctx, clauseVerbs = false): Found | null {
  const { text, o } = c;
  const ws = wordsOf(text.slice(c.beforeStart, o.open), c.beforeStart);
  for (let k = ws.length - 1; k >= 0; k--) {
    const w = ws[k] as Word;
    const distance = ws.length - 1 - k;
    // a quote the sentence introduces with a colon may come further after its cue ("said in an interview that she sent … the
    // same text: “…”"), when no other quote, dash or name comes between
    if (o.q.kind === 'direct' && distance > 14 && (distance > 24 || !farColon(c, w.end))) return null;
    // "Htein said that according to its analysis, …": the source of someone's report, not the speaker
    if (w.lower === 'according' && ws[k + 1]?.lower === 'to' && ws[k - 1]?.lower === 'that') continue;
    if (w.lower === 'according' && ws[k + 1]?.lower === 'to') {
      const phrase = rightPhrase(text, ws, k + 2);
      if (!phrase) return null;
      const res = resolvePhrase(text, phrase.start, phrase.end, c.table, c.sal);
      return res ? { res: { ...res, confidence: res.confidence * 0.95 }, cue: spanOf(text, w.start, (ws[k + 1] as Word).end), rule: 'cue-before:according-to' } : null;
    }
    const onward = wentOnAt(text, ws, k) ?? sayingFrameAt(text, ws, k);
    if (onward !== null) {
      // "The email goes on to say: “…”", "She went on: “…”", "Lane was quick to add": the subject stands before the frame
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
    // "He’s claiming that …": after `he`/`she` the `’s` is `is` or `has`, never a possessive
    const contracted = k > 0 && /^(?:he|she)['’]s$/.test((ws[k - 1] as Word).lower);
    const progressive = k > 0 && (PROGRESSIVE.has((ws[k - 1] as Word).lower) || contracted);
    const participle = !progressive && (isParticiple(w.text) || (/ing$/.test(w.lower) && clauseVerbBase(w.text) !== null));
    if (k > 0 && ['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes((ws[k - 1] as Word).lower)) continue; // "the report", "a statement"
    // "saying in a Halean post on Twitter:", "in a CNN interview": a capitalised modifier between them changes nothing
    if (k > 1 && CUE_NOUNS.has(w.lower) && /^\p{Lu}/u.test((ws[k - 1] as Word).text) && ['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes((ws[k - 2] as Word).lower)) continue;
    // "in her economically depressed state, “…”": `state` a few modifiers after a determiner is the noun
    if (w.lower === 'state' && ws.slice(Math.max(0, k - 3), k).some((x) => ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'].includes(x.lower))) continue;
    // "Ginsburg’s comments “…”", "Clinton’s call … to “…”": a cue word after a possessive is the possessor's noun, not a verb
    if (k > 0 && !contracted && (/['’]s$/.test((ws[k - 1] as Word).text) || /s$/.test((ws[k - 1] as Word).text) && /^['’]\s/.test(text.slice((ws[k - 1] as Word).end, w.start + 1)))) continue;
    // "Trump’s over-the-top comments make him wish …": a plural speech noun after a possessive and one modifier, too
    if (k > 1 && /^(?:comments|remarks|claims|calls|charges|statements|words)$/.test(w.lower) && /^\p{Ll}/u.test((ws[k - 1] as Word).text) && /['’]s$/.test((ws[k - 2] as Word).text) && !BREAK.test(text.slice((ws[k - 2] as Word).end, w.start))) continue;
    // not a cue of its own: a noun ("at one point") or an infinitive ("used the money to counter “…”")
    // ("a message that said, “…”" is a relative `that` and its verb, `relativeThing`)
    const relThat = ws[k - 1]?.lower === 'that' && /^\p{Ll}/u.test(w.text) && isFiniteVerb(w) && relativeThing(c, ws, k) !== null;
    if (k > 0 && NOT_CUE_BEFORE.has((ws[k - 1] as Word).lower) && !relThat || base === 'point' && ws[k + 1]?.lower !== 'out') continue;
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
    // an adverb may stand between `by` and the participle ("responded by first saying", "by simply saying")
    const by = ws[k - 1]?.lower === 'by' ? k - 1 : ws[k - 2]?.lower === 'by' && (ws[k - 1]?.lower === 'first' || isBetweenWord(ws[k - 1]?.text ?? '')) ? k - 2 : -1;
    if (participle && by >= 1 && (!fronted || text.slice(c.beforeStart, w.start).includes(','))) {
      // "A Chinese official responded by saying …": an unnamed role opening the sentence, as for other participles
      const subj = fronted ? afterFronted(c, w.start) : sentenceSubject(c, c.beforeStart, w.start) ?? descriptionSubject(c, c.beforeStart, w.start);
      if (subj && subj.source.end <= (ws[by - 1] as Word).start) return { res: { ...subj, confidence: Math.min(subj.confidence, 0.8) }, cue, rule: 'cue-before:by-participle' };
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
    if (!left.span && left.stop === ',' && INVERTIBLE.has(base) && base !== 'tell' && /^\p{Ll}/u.test(w.text) && /^(?:\p{Lu}|the$)/u.test(ws[k + 1]?.text ?? '')) {
      // "But, said Solovey, “…”", "In other words, explained moderator Nancy Cordes: “…”": an inverted cue after a
      // fronted phrase, its subject running up to the comma or colon that opens the quote (not `said of Rubio:`)
      const phrase = rightPhrase(text, ws, k + 1);
      const res = phrase && /^\s*[,:]\s*$/.test(text.slice(phrase.end, o.open)) ? resolvePhrase(text, phrase.start, phrase.end, c.table, c.sal) : null;
      if (res) return { res: { ...res, confidence: res.confidence * 0.95 }, cue, rule: 'cue-before:verb-name-quote' };
      // "The paradox of Nancy, says Carl Anthony, a historian, is that she was “…”": an inverted aside inside the sentence
      const aside = phrase && invertedAside(c, ws, k, phrase) ? resolvePhrase(text, phrase.start, phrase.end, c.table, c.sal) : null;
      // only a name: "Rawlings, 59, of Ashton, who watched …, said the event brought back …" is no aside but a reported clause
      if (aside && aside.how === 'name' && /^\p{Lu}/u.test(phrase?.text ?? '')) return { res: { ...aside, confidence: aside.confidence * 0.9 }, cue, rule: 'cue-before:inverted-aside' };
    }
    let span = left.span;
    // "Sam Ruiz, the communications director for the party said in a statement": an appositive after the name opening
    // the sentence whose closing comma is missing; not an aside ("Ruiz, the mayor said, was …")
    if (span && left.stop === ',' && /^(?:the|a|an)\s/i.test(span.text) && !/^\s*,/.test(text.slice(w.end))) {
      const named = nameBeforeDescription(c, ws, span, c.beforeStart);
      if (named && named.source.start === ws.find((x) => !TITLE_WORDS.has(x.lower))?.start && c.table.entities[named.entity]?.type === 'person') return { res: { ...named, confidence: named.confidence * 0.85 }, cue, rule: adjacent ? 'cue-before:name-verb-quote' : 'cue-before:name-verb-that' };
    }
    // "Harlan, who has in the last year described …", "Brenner, who, after …, said": the cue of a `who` clause
    const who = left.stop === 'who' || left.stop === ',' ? relativeAntecedent(c, ws, k) : null;
    if (who) return { res: who, cue, rule: 'cue-before:relative-who' };
    if (!span && left.stop === ',') {
      span = beyondParenthetical(text, ws, k, c.beforeStart);
      // "Tom Hale, a spokesman for the port, who has long opposed it, said", "Mark Holm, chairman of the board, the …, said": the name before the description speaks
      const named = span && /^\p{Ll}/u.test(span.text) ? nameBeforeDescription(c, ws, span, c.beforeStart) : null;
      if (named && c.table.entities[named.entity]?.type === 'person') return { res: { ...named, confidence: named.confidence * 0.9 }, cue, rule: 'cue-before:name-verb-that' };
    }
    if (!span && (left.stop === ',' || /^[—–-]$/.test(left.stop))) {
      // "Michael Green, a professor of history, said …": the subject before an appositive
      const appo = appositiveSubject(c, ws, k, c.beforeStart);
      if (appo) return { res: { ...appo, confidence: appo.confidence * (adjacent ? 0.95 : 0.9) }, cue, rule: adjacent ? 'cue-before:name-verb-quote' : 'cue-before:name-verb-that' };
    }
    if (!span && ['and', 'but', 'then', 'also', 'yet'].includes(left.stop)) {
      const subj = sentenceSubject(c, c.beforeStart, w.start) ?? descriptionSubject(c, c.beforeStart, w.start) ?? secondCue(c, ws, k);
      return subj ? { res: { ...subj, confidence: Math.min(subj.confidence, 0.8) }, cue, rule: 'cue-before:shared-subject' } : null;
    }
    if (!span && (left.stop === 'which' || left.stop === 'that')) {
      const which = onlyDocument(base, relativeThing(c, ws, k));
      if (which) return { res: which, cue, rule: 'cue-before:relative-which' };
    }
    if (!span) {
      if (OBJECT_VERBS.has(base)) continue;
      // "Morial told a young woman who suggested that … that “…”": the `who` clause describes the listener, the quote is the teller's
      const tell = left.stop === 'who' ? listenerRelative(text, ws, k) : -1;
      if (tell >= 0) {
        k = tell + 1;
        continue;
      }
      return null;
    }
    // "a White House official who spoke anonymously … said", "Another source speaking to Fox News said": the subject before the aside
    const aside = !participle && left.span && left.stop !== 'start' ? asideSubject(c, ws, k) : null;
    if (aside) return { res: { ...aside, confidence: aside.confidence * 0.9 }, cue, rule: adjacent ? 'cue-before:name-verb-quote' : 'cue-before:name-verb-that' };
    // "When Hale suggested a delay, Weir fired back: “…”": the verb of a fronted clause is not the quote's cue
    if (FRONTED.has(left.stop) && span.start - c.beforeStart < 12 && /,/.test(text.slice(w.end, o.open))) return null;
    // "A voter told me, “…”": a description opening the sentence, right before the quote, speaks as what it is
    const described = adjacent && left.stop === 'start' && /[,:]\s*$/.test(text.slice(w.end, o.open)) ? adjacentDescription(c, span, base) : null;
    const res = onlyDocument(base, nameBeforePhrase(c, span) ?? resolvePhrase(text, span.start, span.end, c.table, c.sal) ?? described ?? nameBeforeOf(c, span) ?? (left.stop === 'and' ? coordinatedSubject(c, ws, span) : null));
    if (!res) {
      if (OBJECT_VERBS.has(base) || isCognition(w.text) || base === 'read') continue;
      // "Her campaign sent out a letter to donors stating …": a participle after a verb's object; the cue is further left
      if (participle && clauseLike(wordsOf(span.text, span.start))) continue;
      // "Holt says Lane's late-night posts were “…”", "warned that officers he has spoken with “…”": the cue word is inside
      // the clause an earlier cue reports, not the quote's cue
      if (!participle && insideReport(text, ws, span)) continue;
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

/** True when the phrase `span` opens right after a finite speech cue, or after `that` following one ("says Lane's …", "warned that officers …"). */
function insideReport(text: string, ws: Word[], span: Span): boolean {
  const j = ws.findIndex((w) => w.start === span.start);
  const stop = ws[j - 1]?.lower === 'that' ? ws[j - 2] : ws[j - 1];
  // "Costa reported, his wife whispered": a break after the cue closes it, the next clause has its own subject
  if (!stop || BREAK.test(text.slice(stop.end, span.start))) return false;
  // "at one point the crowd reprised the chant": a phrase with a past verb of its own is a clause with its own subject
  if (wordsOf(span.text).some((x) => /^\p{Ll}/u.test(x.text) && (/ed$/.test(x.lower) || IRREGULAR_PAST.has(x.lower)))) return false;
  const base = cueBase(stop.text);
  // "called his remarks …": a naming verb's object is a thing or a person, not a reported clause
  return /^\p{Ll}/u.test(stop.text) && base !== null && base !== 'point' && !OBJECT_VERBS.has(base) && !isParticiple(stop.text) && !isCognition(stop.text);
}

/** Forms of "be" that make an -ing cue a progressive verb ("is pledging to “…”"). */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'am']);
