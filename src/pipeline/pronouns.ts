/**
 * Who `he`/`she` refers to: the most salient compatible person of the nearest sentence, chains of subject
 * pronouns, antecedents the mention table does not list, and the guards that leave a pronoun unresolved.
 */
import type { Span } from './types.ts';
import { STATE_ABBREVIATIONS, wordsOf, type Word } from './context.ts';
import { cueBase } from './cues.ts';
import type { MentionTable } from './mentions.ts';
import { addressedBefore, rivalSubject } from './weak-antecedent.ts';
import { notAPerson, openingSubject } from './opening-subject.ts';
import { DOCUMENT_HEADS, genderOfFirstName, isNationality, KNOWN_ORGS, ORG_HEADS, PLACES, PLURAL_ROLES, ROLE_HEADS, TITLE_WORDS, US_STATES } from './names.ts';
import { candidatesBack, inQuote, reporterBefore, sentenceOf, sentenceStartOf } from './antecedent-candidates.ts';
import { renamingDescription, resolvePhrase, type Resolved, type Salience } from './subjects.ts';

/** he/she → the most salient compatible person in the nearest sentence that has one. */
export function resolvePronoun(text: string, w: Word, gender: 'male' | 'female' | null, table: MentionTable, sal: Salience): Resolved | null {
  const accept = (i: number): boolean => {
    const e = table.entities[i];
    // "The book says …. “…,” he said": a document is never he or she
    if (!e || e.type === 'organisation' || e.plural || e.type === 'role' && DOCUMENT_HEADS.has(e.name.split(/\s+/).pop() ?? '')) return false;
    return gender === null || e.gender === null || e.gender === gender;
  };
  let groups = candidatesBack(w.start, table, sal, accept);
  let chained = false;
  if (groups.length === 0 && gender !== null) {
    // "he said" after paragraphs that keep saying "he": follow the chain of pronouns back to a name
    groups = pronounChain(w, gender, table, sal, accept);
    chained = groups.length > 0;
    if (!chained) groups = lastOfGender(w, gender, table, sal, accept);
    chained = groups.length > 0;
  }
  const nearest = groups[0];
  if (!nearest || nearest.length === 0) return unlistedAntecedent(text, w, gender, table, sal);
  // "Devine said …. His wife called for …. “…,” she said": someone unnamed of that gender came since; when the
  // sentences since open with that relative named in apposition ("his wife, Jane, pressed for …"), she is the one
  if (gender !== null && kinSince(w, Math.max(...nearest.map((c) => c.start)), gender, sal)) return unlistedAntecedent(text, w, gender, table, sal, sal.sentenceStarts[sentenceOf(Math.max(...nearest.map((c) => c.start)), sal.sentenceStarts) + 1]);
  // "… thanks to Brandt. One Ohio delegate said he …. “…,” he said": an unnamed speaker came since
  if (gender !== null && unnamedSpeakerSince(w, Math.max(...nearest.map((c) => c.start)), sal)) return null;
  // a speaker of that sentence first, then the subject of its reporting clause ("Cruz electrified the crowds, Stovall
  // said. “…,” he said" is Stovall), then the earliest non-possessive mention (the subject, usually)
  const reported = nearest.find((c) => table.mentions.some((m) => m.start === c.start && m.entity === c.entity && reportingClause(text, m.start, m.end)));
  const spoke = nearest.find((c) => c.spoke);
  // "…, Stovall said, but Hale disagreed. “…,” he said": a new subject after the reporting clause leaves it open
  if (!spoke && reported && nearest.some((c) => c.start > reported.start && c.entity !== reported.entity && clauseSubjectAfter(text, reported.start, c, table))) return null;
  const sorted = [...nearest].sort((a, b) => a.first - b.first || a.start - b.start);
  const pick = spoke ?? reported ?? sorted[0];
  if (!pick) return null;
  // "She has gone public … his wife, Hillary Clinton …": that sentence's own "She" is someone unresolved, who comes first
  const sentence = sentenceOf(pick.start, sal.sentenceStarts);
  if (!spoke && gender !== null && (sal.openPronouns ?? []).some((p) => p.gender === gender && p.start < pick.start && p.start < w.start && sentenceOf(p.start, sal.sentenceStarts) === sentence)) return null;
  // "Wines believes that the Clinton campaign …. “…,” she said": a possessive, a modifier or the one asked is no subject
  if (!spoke && gender !== null && weakOnly(pick.entity, nearest, table, sal) && rivalSubject(reporterBefore(pick.start, sal), gender, (i) => table.mentions.some((m) => m.start === i + sentenceStartOf(pick.start, sal)))) return throughOwnPronoun(text, w, gender, groups, table, sal) ?? unlistedAntecedent(text, w, gender, table, sal);
  // "Though it went smoothly, he said, … loyalists to Joe Biden …. “…,” he said": the `he said` before the name is not them
  if (!spoke && gender !== null && pronounCueBefore(reporterBefore(pick.start, sal), gender)) return throughOwnPronoun(text, w, gender, groups, table, sal);
  // "Ana Ruiz is drawing contrasts with Mayor Carla Voss. “…,” she said": a subject the table does not list opens the
  // sentence, the person it lists there is only an object
  if (!spoke && gender !== null) {
    const from = sentenceStartOf(pick.start, sal);
    const subject = openingSubject(reporterBefore(pick.start, sal), from);
    // not the one asked ("A reporter asked Sanders …. He replied"), not after a bare -s form ("Opinion polls see …")
    const verb = subject ? /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(subject.clauseEnd, subject.clauseEnd + 40))?.[1] ?? '' : '';
    const plain = /s$/.test(verb) && !['is', 'was', 'has', 'says', 'does'].includes(verb);
    const unlisted = subject && !plain && pick.start >= subject.clauseEnd && !addressedBefore(reporterBefore(pick.start, sal)) && !table.mentions.some((m) => m.start <= subject.start && m.end >= subject.end) ? unlistedAntecedent(text, w, gender, table, sal) : null;
    if (unlisted) return unlisted;
    // "The senator met Tom Hale …. “…,” he said": the one the description renames is unknown, the object is not the speaker
    if (subject && !plain && pick.start >= subject.clauseEnd && renamingDescription(text, subject) && !table.mentions.some((m) => m.start <= subject.start && m.end >= subject.end)) return null;
  }
  const distinct = new Set(nearest.map((c) => c.entity)).size;
  const sameSentence = sentenceOf(pick.start, sal.sentenceStarts) >= sentenceOf(w.start, sal.sentenceStarts) - 1;
  // "Lou said nothing was wrong with Lew’s request.": the others there are only possessives, the subject is the one
  const onlySubject = !spoke && pick.first === 0 && nearest.every((c) => c.entity === pick.entity || c.first >= 1 || objectOf(text, pick.start, c.start, table, sal));
  const confidence = chained ? (distinct === 1 ? 0.7 : 0.6) : distinct === 1 ? (sameSentence ? 0.85 : 0.75) : spoke ? 0.75 : onlySubject ? 0.7 : 0.65;
  // "Clinton" open between Bill and Hillary, then "she said": the pronoun's gender tells which one
  const open = table.entities[pick.entity]?.candidates;
  const ofGender = open && gender && open.every((i) => table.entities[i]?.gender) ? open.filter((i) => table.entities[i]?.gender === gender) : [];
  return { entity: ofGender.length === 1 ? (ofGender[0] as number) : pick.entity, source: { text: w.text, start: w.start, end: w.end }, how: 'pronoun', confidence };
}

/**
 * True when the words hold a `he`/`she` of `gender` followed by a speech verb ("he said", "she argued"), outside a
 * subordinate clause (in "While he acknowledged …, Ham noted" the pronoun may mean the name after it).
 */
function pronounCueBefore(words: string, gender: 'male' | 'female'): boolean {
  const ws = wordsOf(words);
  return ws.some((w, i) => {
    if (w.lower !== (gender === 'male' ? 'he' : 'she') || cueBase(ws[i + 1]?.text ?? '') === null) return false;
    const clause = words.slice(0, w.start).split(/[,;:—–]/).pop() ?? '';
    return !/\b(?:when|while|after|before|because|since|though|although|as|if|once|until|whether)\b/i.test(clause);
  });
}

/**
 * "Cruz spoke first. When he took the stage after Hale’s introduction, he said …. “…,” he said": the nearest sentence
 * names only people after its own `he`/`she` subject (a possessive, the one asked, the name after `he said`), so
 * that subject is the one the pronoun follows: the single compatible person of the sentence before, when nobody who
 * could be someone is named between them.
 */
function throughOwnPronoun(text: string, w: Word, gender: 'male' | 'female', groups: ReturnType<typeof candidatesBack>, table: MentionTable, sal: Salience): Resolved | null {
  const nearest = groups[0] ?? [];
  const first = Math.min(...nearest.map((c) => c.start));
  const from = sentenceStartOf(first, sal);
  const words = reporterBefore(first, sal);
  // the sentence's own pronoun, a subject with its verb, before every person it names
  const own = new RegExp(`\\b${gender === 'male' ? '[Hh]e' : '[Ss]he'}\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}+`, 'u').exec(words);
  if (!own || nearest.some((c) => c.spoke)) return null;
  const sentence = sentenceOf(from, sal.sentenceStarts);
  const before = groups.find((g) => g.length > 0 && sentenceOf((g[0] as { start: number }).start, sal.sentenceStarts) < sentence);
  if (!before) return null;
  const pick = [...before].sort((a, b) => a.first - b.first || a.start - b.start)[0];
  // a person named only as a possessive or a fronted clause there is no subject either; one the nearest sentence names beside its own pronoun is not that pronoun
  if (!pick || !pick.spoke && pick.first !== 0 || nearest.some((c) => c.entity === pick.entity)) return null;
  // one person there, or its opening subject when the others are only possessives or objects of its verb ("Bruch said he is ready to fight … support for Trump")
  if (before.some((c) => c.entity !== pick.entity && (pick.spoke || c.spoke || c.first < 1 && !objectOf(text, pick.start, c.start, table, sal)))) return null;
  const at = sentenceOf(pick.start, sal.sentenceStarts);
  const end = sal.sentenceStarts[at + 1] ?? from;
  // nobody who could be someone else between that sentence and this one
  const gap = reporterGap(end, from, sal);
  if (namesSomeone(gap) || wordsOf(gap).some((x) => ROLE_HEADS.has(x.lower) || PLURAL_ROLES.has(x.lower) || KIN.has(x.lower))) return null;
  if (!pick.spoke && pronounCueBefore(reporterBefore(pick.start, sal), gender)) return null;
  if ((sal.openPronouns ?? []).some((p) => p.gender === gender && p.start < pick.start && sentenceOf(p.start, sal.sentenceStarts) === at)) return null;
  if (kinSince(w, pick.start, gender, sal) || unnamedSpeakerSince(w, pick.start, sal)) return null;
  return { entity: pick.entity, source: { text: w.text, start: w.start, end: w.end }, how: 'pronoun', confidence: 0.7 };
}

/** The reporter's words between two positions, across paragraphs (quotes blanked, paragraphs joined by a full stop). */
function reporterGap(from: number, to: number, sal: Salience): string {
  return sal.blocks
    .filter((b) => b.end > from && b.start < to)
    .map((b) => {
      const a = Math.max(b.start, from);
      return outsideQuotes({ text: b.text.slice(a - b.start, Math.min(b.end, to) - b.start), start: a, end: Math.min(b.end, to) }, sal);
    })
    .join('. ');
}

/**
 * "Okonkwo, however, could hardly hide his delight. … “…,” he replied": when the table has nobody for the pronoun,
 * the opening subject of the nearest sentence of this or the previous paragraph that has one, a name the table does not
 * list or a description of a person ("A 29-year-old Lund woman received …"), provided no other lone capitalised word
 * that could be someone stands between it and the pronoun.
 */
function unlistedAntecedent(text: string, w: Word, gender: 'male' | 'female' | null, table: MentionTable, sal: Salience, after = 0): Resolved | null {
  if (gender === null) return null;
  const starts = sal.sentenceStarts;
  const blockIdx = sal.blocks.findIndex((b) => w.start >= b.start && w.start <= b.end);
  // `after`: only sentences from there on (the ones after a candidate a relative since hides)
  const floor = Math.max(sal.blocks[Math.max(0, blockIdx - 1)]?.start ?? 0, after);
  const listed = (a: number, b: number): boolean => table.mentions.some((m) => m.start <= a && m.end >= b);
  const since = new Set<string>();
  for (let k = sentenceOf(w.start, starts); k >= 0 && (starts[k] ?? 0) >= floor; k--) {
    const s = starts[k] as number;
    // a sentence inside a quote is the speaker's, not the reporter's; one that opens with a quote is the reporter's
    if (inQuote(s, sal) && !sal.quoteRanges.some((r) => r.start === s)) continue;
    const block = sal.blocks.find((b) => s >= b.start && s < b.end);
    // the first block is the headline ("Border talks"): no sentence of the reporter's
    if (!block || block === sal.blocks[0]) continue;
    const end = Math.min(w.start, starts[k + 1] ?? Infinity, block.end);
    // quotes blanked to spaces of their own length: positions in `words` stay positions in the text
    const words = blankQuotes({ text: block.text.slice(s - block.start, end - block.start), start: s, end }, sal);
    const subject = openingSubject(words, s);
    const named = subject ? new Set(text.slice(subject.start, subject.end).split(/\s+/)) : new Set<string>();
    // lone capitalised words inside the sentence (not its first word) that the table does not list may be someone
    for (const m of words.matchAll(/(?<=[^.?!\s“”"(]\s+)(\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}'’-])(?!\s+\p{Lu})/gu)) {
      const at = s + (m.index ?? 0);
      const word = (m[1] ?? '').replace(/['’]s$/, '');
      // a capitalised word after another one is part of a longer name; after `in`, `at`, `near` … it is a place ("in Benghazi")
      if (/(?:\p{Lu}[\p{L}'’-]*|\b(?:in|at|near|across|throughout|outside|inside|into)\b)\s+$/u.test(words.slice(0, m.index))) continue;
      // a state written short ("N.H.") and a town before its state ("a Salem, N.H., resident") are places
      const rest = words.slice((m.index ?? 0) + (m[1] ?? '').length);
      const state = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}\p{L}+)?)/u.exec(rest)?.[1] ?? '';
      if (/^\.(?:\p{L}\.)+/u.test(rest) || STATE_ABBREVIATIONS.has(`${word}.`.toLowerCase()) || STATE_ABBREVIATIONS.has(state.toLowerCase()) || /^(?:\p{Lu}\.){2}$/u.test(state) || US_STATES.has(state.toLowerCase())) continue;
      // "a … resident named Caroline": the name a described subject goes by is that subject
      if (subject?.kind === 'description' && /\b(?:named|nicknamed)\s+$/.test(words.slice(0, m.index))) continue;
      // words of the subject's appositive describe it ("Swanson, who is a pastor in Elgin,"); a first name of the other gender is nobody the pronoun means
      const other = genderOfFirstName(word);
      if (!notAPerson(word) && !CALENDAR.test(word.toLowerCase()) && !listed(at, at + word.length) && !(subject && at >= subject.start && at < subject.clauseEnd) && !(other && other !== gender)) since.add(word);
    }
    if (!subject || subject.start >= w.start) continue;
    // "The senator is sticking to …": a definite description renames someone, never a new speaker; the descriptor rules name it or nobody does
    if (renamingDescription(text, subject)) return null;
    // a subject the table lists is someone the pronoun cannot mean (another gender, an organisation): look further back
    if (subject.kind === 'name' && listed(subject.start, subject.end)) continue;
    // a word the article also writes in lower case is no name ("Border will …" beside "the border")
    if (subject.kind === 'name' && [...named].some((x) => lowerWordsOf(text).has(x.toLowerCase()))) return null;
    if ([...since].some((x) => !named.has(x))) return null;
    if (subject.gender && subject.gender !== gender) return null;
    // a description stays the unnamed person it describes: renaming it to someone named is for the descriptor rules
    const phrase = text.slice(subject.start, subject.end);
    const known = table.entities.findIndex((e) => e.type === 'role' && e.mentions.some((m) => m.start === subject.start));
    const res = known >= 0 ? { entity: known } : subject.kind === 'description' ? { entity: table.addRole(phrase, subject.start, subject.end, false, /^an?\s/i.test(phrase)) } : resolvePhrase(text, subject.start, subject.end, table, sal);
    const e = res ? table.entities[res.entity] : undefined;
    if (!res || !e || e.plural || !(e.type === 'person' && (e.gender === null || e.gender === gender) || e.type === 'role' && subject.kind === 'description')) return null;
    return { entity: res.entity, source: { text: w.text, start: w.start, end: w.end }, how: 'pronoun', confidence: 0.7 };
  }
  return null;
}

/** A finite verb right after a name: the name is the subject of a clause of its own ("… said Trump was lying"). */
const OWN_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|is|was|are|were|has|had|have|will|would|could|can|did|does|may|might|must|should|\p{Ll}+ed|\p{Ll}+s)\b/u;

/**
 * True when the mention at `other` is only an object in the sentence whose subject, opening it, is the mention at
 * `subject` ("Cruz is drawing contrasts between himself and Donald Trump."): not coordinated with it, not the subject
 * of a clause of its own, and nothing but titles or a name before the subject.
 */
function objectOf(text: string, subject: number, other: number, table: MentionTable, sal: Salience): boolean {
  const s = table.mentions.find((m) => m.start === subject);
  const o = table.mentions.find((m) => m.start === other);
  if (!s || !o || o.start <= s.end || o.possessive) return false;
  const lead = reporterBefore(subject, sal);
  if (!/^\s*(?:(?:And|But|So|Still|Yet|Then|Now)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|[\p{Ll}-]+)\s+){0,4}$/u.test(lead)) return false;
  if (wordsOf(lead).some((x) => /^\p{Ll}/u.test(x.text) && !TITLE_WORDS.has(x.lower) && !ROLE_HEADS.has(x.lower) && !/^(?:and|but|so|still|yet|then|now|front-runner)$/.test(x.lower))) return false;
  // "Sen. Ana Varga and Sen. Rosa Kemp met …": two subjects
  if (/^\s*,?\s*(?:and|or|&)\s/.test(text.slice(s.end, o.start))) return false;
  return !OWN_VERB.test(text.slice(o.end, o.end + 40)) && !/^\s*(?:,|and\b)/.test(text.slice(o.end, o.end + 6));
}

/** True when every mention of `entity` in the nearest sentence is a possessive, a modifier or the one asked or told. */
function weakOnly(entity: number, nearest: { entity: number; start: number; spoke: boolean; first: number }[], table: MentionTable, sal: Salience): boolean {
  return nearest.every((c) => c.entity !== entity || (!c.spoke && (c.first >= 1 || (table.mentions.some((m) => m.start === c.start) && addressedBefore(reporterBefore(c.start, sal))))));
}

/**
 * Resolve the `He`/`She` subjects of the sentences that start before `upTo` and were not yet seen ("She also
 * criticized Trump." → the person the previous sentences were about), so that a later "she said" can follow them.
 * Only confident resolutions are kept (one compatible person, or the speaker of the nearest sentence).
 */
export function resolveSubjectPronouns(text: string, table: MentionTable, sal: Salience, upTo: number, done: { next: number }): void {
  sal.subjectPronouns ??= [];
  while (done.next < sal.sentenceStarts.length && (sal.sentenceStarts[done.next] ?? Infinity) < upTo) {
    const s = sal.sentenceStarts[done.next] as number;
    done.next++;
    if (inQuote(s, sal)) continue;
    const opening = subjectPronoun(text, s);
    const w = opening ?? reportingPronoun(text, s, sal.sentenceStarts[done.next] ?? upTo, sal);
    if (!w || w.start >= upTo || inQuote(w.start, sal)) continue;
    const gender = /^she/.test(w.lower) ? 'female' : 'male';
    const r = resolvePronoun(text, w, gender, table, sal);
    // a reporting clause links only a person of that known gender: it says nothing of the others ("…, he argued." after Odalys)
    if (r && r.confidence >= 0.7 && (opening || table.entities[r.entity]?.gender === gender)) sal.subjectPronouns.push({ start: w.start, entity: r.entity });
    else if (opening) (sal.openPronouns ??= []).push({ start: w.start, gender });
  }
}

/** The `he`/`she` subject of the sentence at `s`: its first word, or the word after a short fronted phrase ("On Sunday, she …"). */
function subjectPronoun(text: string, s: number): Word | null {
  const ws = wordsOf(text.slice(s, s + 120), s, 11);
  const isPronoun = (w: Word | undefined): boolean => !!w && /^(?:he|she)(?:['’]s)?$/.test(w.lower);
  if (isPronoun(ws[0])) return ws[0] as Word;
  // "And he’s predicted …", "But she said …": a conjunction before the subject
  if (/^(?:and|but|so|yet|then|still|now|later|instead)$/.test(ws[0]?.lower ?? '') && isPronoun(ws[1]) && /^\s+$/.test(text.slice((ws[0] as Word).end, (ws[1] as Word).start))) return ws[1] as Word;
  for (let k = 1; k < ws.length && k <= 9; k++) {
    if (!/,/.test(text.slice((ws[k - 1] as Word).end, (ws[k] as Word).start))) continue;
    // after a longer phrase, ", he argued." reports the words before it: a cue of its own, no subject opening the main clause
    if (k > 5 && cueBase(ws[k + 1]?.text ?? '') !== null) return null;
    return isPronoun(ws[k]) && !/^\p{Lu}/u.test((ws[k] as Word).text) ? (ws[k] as Word) : null;
  }
  return null;
}

/**
 * The `he`/`she` of a reporting clause that closes a sentence without quotes ("The board never saw such numbers, she said."):
 * the person reported, a link of the pronoun chain like a subject pronoun.
 */
function reportingPronoun(text: string, s: number, end: number, sal: Salience): Word | null {
  const block = sal.blocks.find((b) => s >= b.start && s < b.end);
  if (!block || sal.quoteRanges.some((r) => r.end > s && r.start < end)) return null;
  const sentence = text.slice(s, Math.min(end, block.end));
  const m = new RegExp(String.raw`,\s+((?:he|she))\s+${REPORTING}\.\s*$`).exec(sentence);
  if (!m || m.index === undefined) return null;
  const start = s + m.index + m[0].indexOf(m[1] as string);
  return { text: m[1] as string, lower: m[1] as string, start, end: start + (m[1] as string).length };
}

/** Up to three more paragraphs back, while every paragraph skipped uses the same pronoun and names nobody. */
function pronounChain(w: Word, gender: 'male' | 'female', table: MentionTable, sal: Salience, accept: (entity: number) => boolean): ReturnType<typeof candidatesBack> {
  const blockIdx = sal.blocks.findIndex((b) => w.start >= b.start && w.start <= b.end);
  const subject = gender === 'male' ? /(?:^|[.?!]\s+)He\s/ : /(?:^|[.?!]\s+)She\s/;
  for (let back = 2; back <= 4 && blockIdx - back >= 0; back++) {
    const skipped = sal.blocks[blockIdx - back + 1];
    if (!skipped) return [];
    // each paragraph skipped keeps the same subject ("He …") and names nobody else, even someone unknown
    const words = outsideQuotes(skipped, sal);
    if (!subject.test(words) || namesSomeone(words)) return [];
    const groups = candidatesBack(w.start, table, sal, accept, back);
    if (groups.length > 0) return groups;
  }
  return [];
}

/**
 * Up to three more paragraphs back: the nearest sentence naming a compatible person, only when that sentence names
 * one person only, of the pronoun's own (known) gender, so nobody else who could be "he" came after them.
 */
function lastOfGender(w: Word, gender: 'male' | 'female', table: MentionTable, sal: Salience, accept: (entity: number) => boolean): ReturnType<typeof candidatesBack> {
  const nearest = candidatesBack(w.start, table, sal, accept, 4)[0];
  if (!nearest) return [];
  const ids = new Set(nearest.map((c) => c.entity));
  const only = table.entities[[...ids][0] ?? -1];
  // a full name whose first name tells no gender ("Phyllis Schlafly") counts while the words since then use the pronoun (below)
  if (ids.size !== 1 || only?.type !== 'person' || only.gender !== gender && !(only.gender === null && only.first)) return [];
  // the reporter's words since then name nobody, not even someone unknown ("NBC’s Dante Chinni") or a role ("my father")
  const from = Math.max(...nearest.map((c) => c.start));
  // from the end of that sentence (its own words may be the name itself; `Adm.` does not end it) to the pronoun
  const gap = reporterGap(sal.sentenceStarts[sentenceOf(from, sal.sentenceStarts) + 1] ?? w.start, w.start, sal);
  if (namesSomeone(gap) || wordsOf(gap).some((x) => ROLE_HEADS.has(x.lower) || PLURAL_ROLES.has(x.lower) || KIN.has(x.lower))) return [];
  // a name without a gender: the words since then keep saying "she" (or "he"), and never the other
  if (only.gender === null && ((gender === 'female' ? /\b(?:he|him|his)\b/i : /\b(?:she|her|hers)\b/i).test(gap) || !(gender === 'female' ? /\bshe\b/i : /\bhe\b/i).test(gap))) return [];
  return [nearest];
}

const FEMALE_KIN = new Set(['wife', 'mother', 'daughter', 'sister', 'widow', 'grandmother', 'aunt', 'girlfriend']);
const MALE_KIN = new Set(['husband', 'father', 'son', 'brother', 'widower', 'grandfather', 'uncle', 'boyfriend']);

/** True when the reporter's words after the sentence at `from` and before the pronoun name a relative of its gender ("his wife"). */
function kinSince(w: Word, from: number, gender: 'male' | 'female', sal: Salience): boolean {
  const starts = sal.sentenceStarts;
  const next = starts[sentenceOf(from, starts) + 1] ?? w.start;
  if (next >= w.start) return false;
  const kin = gender === 'female' ? FEMALE_KIN : MALE_KIN;
  return sal.blocks
    .filter((b) => b.end > next && b.start < w.start)
    .some((b) => {
      const a = Math.max(b.start, next);
      const piece = outsideQuotes({ text: b.text.slice(a - b.start, Math.min(b.end, w.start) - b.start), start: a, end: Math.min(b.end, w.start) }, sal);
      // "the demands of being a father", "as a mother": a relative after `being a`, `is a`, `as a` says what someone is, it names nobody new
      const ws = wordsOf(piece);
      return ws.some((x, k) => kin.has(x.lower) && !(/^(?:a|an)$/.test(ws[k - 1]?.lower ?? '') && /^(?:being|is|was|as|became|becoming)$/.test(ws[k - 2]?.lower ?? '')));
    });
}

/** A sentence whose subject is an indefinite description of someone who speaks ("One California delegate said …"). */
const UNNAMED_SPEAKER = /^(?:One|Another|A|An)\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}[\p{Ll}-]*\s+(?:said|says|told|tells|added|recalled|explained)\b/u;

/** True when a sentence after the one at `from` and before the pronoun opens with an unnamed speaker. */
function unnamedSpeakerSince(w: Word, from: number, sal: Salience): boolean {
  const starts = sal.sentenceStarts;
  for (let k = sentenceOf(from, starts) + 1; k < starts.length && (starts[k] ?? Infinity) < w.start; k++) {
    const s = starts[k] as number;
    if (inQuote(s, sal)) continue;
    const b = sal.blocks.find((x) => s >= x.start && s < x.end);
    if (b && UNNAMED_SPEAKER.test(b.text.slice(s - b.start, Math.min(b.end, w.start) - b.start).trimStart())) return true;
  }
  return false;
}

/** Speech verbs that close a reporting clause ("…, Stovall said."). */
const REPORTING = '(?:said|says|added|adds|argued|argues|noted|notes|explained|explains|contended|contends|wrote|writes|recalled|recalls)';

/** True when the name at `[start, end)` is the subject of a reporting clause: "…, Stovall said.", "…, said Katie Harbath, …". */
function reportingClause(text: string, start: number, end: number): boolean {
  if (new RegExp(String.raw`^\s+${REPORTING}[,.]`).test(text.slice(end, end + 16))) return true;
  return new RegExp(String.raw`,\s+${REPORTING}\s+$`).test(text.slice(Math.max(0, start - 16), start)) && /^[,.]/.test(text.slice(end, end + 1));
}

/** True when candidate `c` opens a clause of its own after `from` ("…, Stovall said, but Mark Hale disagreed"), not a possessive. */
function clauseSubjectAfter(text: string, from: number, c: { start: number; entity: number }, table: MentionTable): boolean {
  const m = table.mentions.find((x) => x.start === c.start && x.entity === c.entity);
  if (!m || m.possessive) return false;
  return /[,;]\s*(?:but|and|while|whereas|yet)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(text.slice(from, c.start));
}

/** Family words: someone else the text may call "he" or "she" ("my father"). */
const KIN = new Set(['father', 'mother', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'uncle', 'aunt', 'grandfather', 'grandmother', 'boyfriend', 'girlfriend', 'man', 'woman', 'boy', 'girl', 'guy']);

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|i)$/;

/** True when a capitalised word inside a sentence may be a person: not a place, an organisation, a nationality or a date. */
function namesSomeone(words: string): boolean {
  for (const m of words.matchAll(/[^.?!\s“”"]\s+(\p{Lu}[\p{L}’'.-]*)/gu)) {
    const w = (m[1] ?? '').replace(/['’]s$/, '').replace(/\.+$/, '');
    const l = w.toLowerCase();
    // an acronym or a heading in capitals (`NATO`, `FULL TEXT`), not a label before a colon, and a US state are nobody
    if (/^\p{Lu}{2,}$/u.test(w) && !/^\s*:/.test(words.slice((m.index ?? 0) + m[0].length)) || US_STATES.has(l)) continue;
    if (!(PLACES.has(l) || KNOWN_ORGS.has(l) || isNationality(w) || CALENDAR.test(l) || TITLE_WORDS.has(l) || ORG_HEADS.has(l))) return true;
  }
  return false;
}

/** The reporter's words of a block: quoted stretches blanked out. */
function outsideQuotes(b: Span, sal: Salience): string {
  let out = '';
  let pos = b.start;
  for (const r of sal.quoteRanges) {
    if (r.end <= b.start || r.start >= b.end) continue;
    if (r.start > pos) out += b.text.slice(pos - b.start, r.start - b.start);
    out += ' ';
    pos = Math.max(pos, r.end);
  }
  if (pos < b.end) out += b.text.slice(pos - b.start);
  return out;
}

/** The text of `b` with each quote inside it blanked to spaces of the same length. */
function blankQuotes(b: Span, sal: Salience): string {
  let t = b.text;
  for (const r of sal.quoteRanges) {
    const from = Math.max(r.start, b.start);
    const to = Math.min(r.end, b.end);
    if (from < to) t = t.slice(0, from - b.start) + ' '.repeat(to - from) + t.slice(to - b.start);
  }
  return t;
}

let lowerWords: { text: string; words: Set<string> } | null = null;
/** The words the text writes in lower case (runs of letters, with and without inner apostrophes and hyphens), built once per article. */
function lowerWordsOf(text: string): Set<string> {
  if (lowerWords?.text !== text) {
    const words = new Set<string>();
    for (const m of text.matchAll(/\p{L}+(?:['’-]\p{L}+)*/gu)) {
      if (m[0] !== m[0].toLowerCase()) continue;
      words.add(m[0]);
      for (const part of m[0].split(/['’-]/)) words.add(part);
    }
    lowerWords = { text, words };
  }
  return lowerWords.words;
}
