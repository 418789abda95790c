/** The subject of a sentence (past a fronted clause or phrase), and the `sentence-subject` rule that makes it a quote's speaker. */
import type { Span } from './types.ts';
import { cueBase, isBetweenWord, isParticiple } from './cues.ts';
import { wordsOf, type Word } from './context.ts';
import { describedPerson, isDocumentPhrase, isNewsOrg, KIN_NOUNS, PARTY_NOUNS, RENAMING_HEADS, resolvePhrase, type Resolved, type Salience } from './subjects.ts';
import { DOCUMENT_HEADS, ORG_HEADS, PLURAL_ROLES, ROLE_HEADS, TITLE_WORDS } from './names.ts';
import { notAPerson } from './opening-subject.ts';
import { BREAK, DETERMINERS, FRONTED, spanOf, reflexiveClash, IRREGULAR_PAST, NOT_SAYING, isFiniteVerb, type Found, type Ctx } from './attribute-context.ts';

/** Clauses fronted before a sentence's subject ("As for the notion that …,", "When Hale spoke,"): from the sentence start to the first comma. */
export function frontedClauses(text: string, sal: Salience): Span[] {
  const out: Span[] = [];
  for (const s of sal.sentenceStarts) {
    // "To Wilson, the plan is silly": a point of view, not a fronted clause
    const [first, second] = wordsOf(text.slice(s, s + 200), s, 2);
    // "Soon after the murder of Father Hamel, Trump asserted …": an adverb may open the fronted clause
    const adverbed = /^(?:soon|shortly|just|right|long|even|only|immediately|moments|days|weeks|years)$/.test(first?.lower ?? '') && FRONTED.has(second?.lower ?? '');
    if ((!SUBORDINATE.has(first?.lower ?? '') || first?.lower === 'to') && !adverbed) continue;
    const ws = wordsOf(text.slice(s, s + 200), s, 25);
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
export function sentenceSubject(c: Ctx, sentStart: number, limit: number): Resolved | null {
  const ws = wordsOf(c.text.slice(sentStart, limit), sentStart);
  const w0 = ws[0];
  if (!w0) return null;
  // a sentence that opens with a name has no fronted phrase ("Walter Hewlett sniped that Fiorina, a …"),
  // even with an appositive after the name ("Corwin Hale, the boy's father, issued a statement")
  // after one or two opening words ("And then Trump went on the attack, saying …") as well
  const lead = SUBJECT_OPENERS.has(w0.lower) ? (SUBJECT_OPENERS.has(ws[1]?.lower ?? '') ? 2 : 1) : 0;
  const first = ws[lead] ?? w0;
  const opening = c.table.mentions.find((m) => (m.start === first.start || m.start === ws[lead + 1]?.start && TITLE_WORDS.has(first.lower)) && !m.possessive);
  // and with a relative clause after it ("Fisk, who was speaking to the board, did not …")
  if (opening && (!/^\s*,/.test(c.text.slice(opening.end, opening.end + 3)) || appositiveStart(c.text, opening.end) || /^,\s+who\s/.test(c.text.slice(opening.end, opening.end + 6)))) {
    return { entity: opening.entity, source: spanOf(c.text, opening.start, opening.end), how: 'subject', confidence: 0.85 };
  }
  // skip a fronted phrase ("On Thursday,", "In a rare move,", "In an interview with Ana Ruiz last year,"):
  // the subject follows one of its first commas
  const starts = [0];
  if (!/^\p{Lu}/u.test(w0.text.slice(1, 2) || 'a')) {
    // the comma of a number ("greeted 2,000 supporters") closes no fronted phrase
    for (let k = 1; k < Math.min(ws.length, 25); k++) if (/,/.test(c.text.slice((ws[k - 1] as Word).end, (ws[k] as Word).start)) && !/\d,\d/.test(c.text.slice((ws[k - 1] as Word).end - 1, (ws[k] as Word).start + 1))) starts.push(k);
  }
  // (not when the words before the first comma are a titled name: "Democratic front-runner Hillary Clinton, also campaigning …, said")
  if (starts.length > 1 && (starts[1] ?? 99) < 9 && !titledName(c, ws.slice(0, starts[1]))) starts.shift();
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
    if (between.some((b, j) => b.lower !== 'the' && !/^\p{Lu}/u.test(b.text) && !TITLE_WORDS.has(b.lower) && !titleOf(between, j) && !(j === between.length - 1 && ROLE_HEADS.has(b.lower)))) continue;
    return { entity: m.entity, source: spanOf(c.text, m.start, m.end), how: 'subject', confidence: 0.85 };
  }
  return null;
}

/** True when the words are a person's name after title words or a lower-case title ("Democratic front-runner Hillary Clinton"). */
function titledName(c: Ctx, ws: Word[]): boolean {
  const last = ws[ws.length - 1];
  const m = last && c.table.mentions.find((x) => x.end === last.end && !x.possessive);
  if (!m || c.table.entities[m.entity]?.type !== 'person') return false;
  const before = ws.filter((w) => w.end <= m.start);
  // "Like Corker, Menendez …", "When Robby Mook, …": a fronted phrase, not a title
  if (SUBORDINATE.has(before[0]?.lower ?? '')) return false;
  return before.every((b, j) => /^\p{Lu}/u.test(b.text) || TITLE_WORDS.has(b.lower) || titleOf(before, j) || (j === before.length - 1 && ROLE_HEADS.has(b.lower)));
}

/** True for the `of` of a title inside a subject ("Former Secretary of State Ana Ruiz"), not of a group ("Supporters of Texas Sen. …"). */
const titleOf = (ws: Word[], j: number): boolean => ws[j]?.lower === 'of' && TITLE_WORDS.has(ws[j - 1]?.lower ?? '') && /^\p{Lu}/u.test(ws[j + 1]?.text ?? '');

/** Head nouns of a description that can speak. */
const SPEAKING_HEADS = [ROLE_HEADS, PLURAL_ROLES, ORG_HEADS, DOCUMENT_HEADS];

/** Words a finite verb never follows directly: the noun phrase goes on ("a group of protesters chanted"). */
const NP_GOES_ON = new Set(['of', 'for', 'to', 'in', 'at', 'with', 'from', 'on', 'by', 'inside', 'the', 'a', 'an', 'his', 'her', 'its', 'their']);

/**
 * A description opening the sentence as its subject, for a cue that has none of its own ("A spokesman for the county
 * clerk emailed reporters …, arguing, “…”", "One operative inside the campaign tried …, saying"): the words from the
 * determiner to the first finite verb, when they resolve to an unnamed role, an organisation or a document
 * (`renamingOnly`: only a definite description renaming a person).
 */
export function descriptionSubject(c: Ctx, sentStart: number, limit: number, renamingOnly = false, orgOnly = false): Resolved | null {
  let ws = wordsOf(c.text.slice(sentStart, limit), sentStart, 24);
  // "In three separate interviews, the justice sounded off …": after a short fronted phrase only a renaming description
  // (or, `orgOnly`, an organisation: "In 2014, the Harbor Institute found that “…”")
  const comma = ws.findIndex((w, k) => k > 0 && k <= 10 && /^\s*,\s*$/.test(c.text.slice((ws[k - 1] as Word).end, w.start)));
  if (comma > 0 && ws[comma]?.lower === 'the' && !/^(?:a|an|one|the)$/.test(ws[0]?.lower ?? '') && !/[“”"]/.test(c.text.slice(sentStart, (ws[comma] as Word).start))) {
    ws = ws.slice(comma);
    renamingOnly = !orgOnly;
  } else if (comma > 0 && possessiveOpener(ws.slice(comma)) > 0 && !/[“”"]/.test(c.text.slice(sentStart, (ws[comma] as Word).start))) {
    // "In court documents, Hale's lawyer asked …": a possessive role after a fronted phrase
    ws = ws.slice(comma);
  }
  ws = ws.slice(0, 12);
  const definite = ws[0]?.lower === 'the';
  // "Hale's lawyer asked …, saying", "his colleague wrote": a possessive opens a role of someone else's, never that person
  if (!/^(?:a|an|one|the)$/.test(ws[0]?.lower ?? '') && possessiveOpener(ws) === 0) return null;
  const named = renamingOnly ? null : namedRelative(c, ws);
  if (named) return named;
  for (let v = 1; v < Math.min(ws.length, 10); v++) {
    const w = ws[v] as Word;
    const prev = ws[v - 1] as Word;
    if (BREAK.test(c.text.slice(prev.end, w.start))) return null;
    // "One election official who described the meeting …": the description ends before its relative clause
    const relative = w.lower === 'who' && v > 1;
    if (!relative && (!isFiniteVerb(w) || NP_GOES_ON.has(prev.lower) || v === 1)) continue;
    let np = ws.slice(0, v);
    // "The Treasury secretary also lauded …": an adverb before the verb is no part of the description
    while (np.length > 2 && !relative && isBetweenWord((np[np.length - 1] as Word).text)) np = np.slice(0, -1);
    // the head is a noun that can speak ("a spokesman for …", "the group"), not a verb ("the senator sought to calm")
    // "the former secretary of state" is an office of its own, no head with a complement
    const office = definite && /\ssecretary of state$/i.test(c.text.slice((np[0] as Word).start, (np[np.length - 1] as Word).end));
    const prep = office ? -1 : np.findIndex((x, i) => i > 0 && NP_GOES_ON.has(x.lower) && !DETERMINERS.has(x.lower));
    const head = (np[prep > 0 ? prep - 1 : np.length - 1] as Word).lower;
    const complement = prep > 0 ? np[prep + 1] : undefined;
    const renaming = definite && (RENAMING_HEADS.has(head) || PARTY_NOUNS.has(head) || office || c.sal.described?.some((d) => d.start === (np[0] as Word).start) === true);
    if (!SPEAKING_HEADS.some((set) => set.has(head)) && !renaming || complement && !/^\p{Lu}/u.test(complement.text) && !DETERMINERS.has(complement.lower)) return null;
    // "The billionaire businessman began …": a definite description renames someone already named, never a new
    // speaker: the one person the article makes certain, or nobody
    if (renaming) return prep > 0 || relative || orgOnly ? null : renamedOpening(c, np);
    if (renamingOnly) return null;
    const res = resolvePhrase(c.text, (ws[0] as Word).start, prev.end, c.table, c.sal);
    if (!res || !['role', 'organisation', 'document'].includes(res.how) || orgOnly && res.how !== 'organisation') return null;
    return { ...res, confidence: Math.min(res.confidence, 0.75) };
  }
  return null;
}

/**
 * The person named in apposition after a possessive relative or role opening the sentence ("Schilling's son, Grant,
 * defended …", "his wife, Jane Hale, wrote …"), never the possessor; null when no name of up to three words, a comma
 * and a finite verb follow.
 */
function namedRelative(c: Ctx, ws: Word[]): Resolved | null {
  const owner = possessiveOpener(ws);
  const p = ws.findIndex((w, k) => k > owner && k <= owner + 3 && /^\s*,\s*$/.test(c.text.slice((ws[k - 1] as Word).end, w.start)));
  const head = ws[p - 1];
  if (owner === 0 || p < 0 || !head || !(KIN_NOUNS.has(head.lower) || ROLE_HEADS.has(head.lower)) || ws.slice(owner, p).some((w) => !/^\p{Ll}/u.test(w.text))) return null;
  const q = ws.findIndex((w, k) => k > p && k <= p + 3 && /^\s*,\s*$/.test(c.text.slice((ws[k - 1] as Word).end, w.start)));
  const name = ws.slice(p, q);
  if (q < 0 || !isFiniteVerb(ws[q] as Word) || name.some((w) => !/^\p{Lu}\p{Ll}/u.test(w.text) || notAPerson(w.text))) return null;
  const res = resolvePhrase(c.text, (ws[p] as Word).start, (ws[q - 1] as Word).end, c.table, c.sal);
  return res && c.table.entities[res.entity]?.type === 'person' ? { ...res, confidence: Math.min(res.confidence, 0.8) } : null;
}

/** Words of the possessive opening `ws` (`his`, `Hale's`, `Hillary Clinton’s`: at most three capitalised words), else 0. */
function possessiveOpener(ws: Word[]): number {
  if (/^(?:his|her|its|their)$/.test(ws[0]?.lower ?? '')) return 1;
  const k = ws.slice(0, 3).findIndex((w) => /^\p{Lu}\p{L}*['’]s$/u.test(w.text));
  return k >= 0 && ws.slice(0, k).every((w) => /^\p{Lu}/u.test(w.text)) ? k + 1 : 0;
}

/**
 * The person a definite description opening the sentence renames ("The Florida senator sought …"): the one the
 * sentence-opening descriptions were resolved to (a title of the article, the previous sentence's subject), else the
 * one person of the nearby paragraphs it fits (`describedPerson`).
 */
function renamedOpening(c: Ctx, np: Word[]): Resolved | null {
  const the = np[0] as Word;
  const last = np[np.length - 1] as Word;
  const source = spanOf(c.text, the.start, last.end);
  const seen = c.sal.described?.find((d) => d.start === the.start);
  if (seen) return { entity: seen.entity, source, how: 'descriptor', confidence: 0.7 };
  return describedPerson(c.text, np, c.table, c.sal);
}

/** True when an appositive opens at `pos` (", a pollster …", ", 33,", ", Trayvon's father,", ", New Jersey's governor,", ", Republican of Ohio,"), not a list of names. */
function appositiveStart(text: string, pos: number): boolean {
  const after = text.slice(pos, pos + 80);
  return /^,\s+(?:a|an|the|\d{1,3},|(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}.-]*['’]s\s|(?:former|longtime|then|now)\s|(?:Republican|Democrat|Independent|independent)\s+(?:of|from)\s+\p{Lu})/u.test(after) || bareRole(after);
}

/** ", president of the institute", ", deputy homeland security adviser,": a role with no determiner, then a complement or a comma. */
function bareRole(after: string): boolean {
  const m = /^,\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,3}?)(\p{Ll}+)(?:\s+(?:of|for|at|to|with|in)\s|\s*,)/u.exec(after);
  if (!m) return false;
  const mods = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
  return ROLE_HEADS.has(m[2] ?? '') && mods.every((w) => TITLE_WORDS.has(w) || ROLE_HEADS.has(w));
}

/** Words opening a sentence with a subordinate clause or a prepositional phrase before its subject. */
export const SUBORDINATE = new Set(['when', 'whenever', 'after', 'as', 'if', 'while', 'although', 'though', 'because', 'since', 'before', 'until', 'once', 'unless', 'from', 'in', 'on', 'at', 'with', 'for', 'by', 'to', 'of', 'unlike', 'like', 'despite', 'without', 'during', 'asked', 'where', 'whether']);

/** True for a noun a participle may describe ("a sign saying", "signs reading"). */
const isNounLike = (w: string): boolean => DOCUMENT_HEADS.has(w.replace(/s$/, '')) || ROLE_HEADS.has(w) || PLURAL_ROLES.has(w) || ['shirt', 't-shirt', 'shirts', 'hat', 'hats', 'sticker', 'stickers', 'chant', 'chants', 'slogan', 'voice', 'voice-over', 'man', 'woman', 'people', 'crowd'].includes(w);

/**
 * A quote inside a sentence whose subject is the one speaking, with no cue the other rules read:
 * "Weir decried the budget for “turning its back” on nurses", "She then addressed the crowd again: “…”".
 * Not when the subject is described (is, was, became …) or passive, when a relative clause or another
 * speaker comes in between, or when the sentence already holds a quote.
 */
export function sentenceSubjectQuote(c: Ctx): Found | null {
  const { text, o } = c;
  if (c.prevSame && c.prevEnd > c.beforeStart) return null;
  const lead = text.slice(c.beforeStart, o.open);
  if (lead.trim() === '' || /[“”"«»]/.test(lead)) return null;
  // "When Trump suggested …, Rubio fired back:" / "From Bush's post:": the subject is not the first name seen
  const doc = documentSubject(c, o.open);
  // "The Treasury secretary also lauded Kim for the “…”": a description renaming the one person the article makes certain
  // "The Harbor Institute found that “…”": an organisation the mention table does not list speaks its own sentence too
  let subj = doc ?? sentenceSubject(c, c.beforeStart, o.open) ?? descriptionSubject(c, c.beforeStart, o.open, true) ?? descriptionSubject(c, c.beforeStart, o.open, false, true);
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
  // "Corwin Hale, the boy's father, issued a statement": the verb follows the appositive's closing comma
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
  // a finite verb right after the subject ("Weir decried"), not a noun ("Former Obama spokesman Robert Gibbs")
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
export function afterFronted(c: Ctx, limit: number): Resolved | null {
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
  // "made the following comment:": a fixed phrase introducing what follows
  if ((ws[k - 1] as Word | undefined)?.lower === 'following') return true;
  for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
    const w = (ws[j] as Word).lower;
    if (['a', 'an', 'his', 'her', 'its', 'this'].includes(w)) return true;
    // one adjective at most, never a noun that could be the subject ("the officials say")
    if (j < k - 1 || !/^\p{Ll}+$/u.test(w) || cueBase(w) || /(?:ed|ing|s)$/.test(w) || isNounLike(w)) return false;
  }
  return false;
}
