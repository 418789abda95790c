/** Attribution rules that read a cue after the quote: “…,” Putin said / said Putin / according to Kirby, and far cues. */
import type { Span } from './types.ts';
import { cueBase, isCognition, isBetweenWord, isParticiple, OBJECT_VERBS, INVERTIBLE } from './cues.ts';
import { QUOTE_CHARS, wordsOf, type Word } from './context.ts';
import { describedPerson, resolvePhrase, type Resolved } from './subjects.ts';
import { clauseVerbBase } from './clause-verbs.ts';
import { PLURAL_ROLES, ROLE_HEADS, TITLE_WORDS } from './names.ts';
import { CLAUSE_STOP, RIGHT_STOP, BREAK, DETERMINERS, spanOf, adjacentDescription, particleAt, readCue, onlyDocument, rightPhrase, titleCase, FRONTED, type Found, type Ctx } from './attribute-context.ts';

/** Cue right after the quote: “…,” Putin said / said Putin / he told reporters / according to Kirby. */
export function afterCue(c: Ctx): Found | null {
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
  // “…!” or “….” after a colon or a cue of its own (`his demand in Berlin: “…!” Conservatives still …`, `he replied,
  // “….” He added, “…”`): the quote closed a sentence that had its cue, a capital after it opens the next one
  const intro = text.slice(c.beforeStart, o.open);
  const introduced = /:\s*$/.test(intro) || /,\s*$/.test(intro) && wordsOf(intro).slice(-3).some((w) => cueBase(w.text) !== null);
  if (/[.?!…]$/.test(o.q.text) && /^\s*\p{Lu}/u.test(tail) && introduced) return null;
  // “We are refugees.” Mr. Zahed said: “…” — a cue whose colon opens the next quote introduces that quote, not this one
  if (/[.?!…]$/.test(o.q.text) && /:\s*$/.test(tail) && c.afterEnd < text.length && QUOTE_CHARS.includes(text[c.afterEnd] as string)) return null;
  if (ws.length === 0) return null;
  if (insideFrontedReport(intro)) return null;
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
    // terms inside the window are the reporter's words ("Bill Ross, wearing “Vote Ross” pins, said"): their marks are no break
    const between = text.slice(k === 0 ? from : (ws[k - 1] as Word).end, w.start).replace(/[“”"]|''/g, '');
    if (k > 0 && BREAK.test(between)) {
      // only commas: an appositive between the name and its verb ("Peskov, the Kremlin spokesman, said")
      if (!/^\s*,\s*$/.test(between)) return null;
      if (commas === 0 && k > 5 && !possessiveRoleNamed(c, ws, k)) return longClauseCue(c, ws, k);
      commas++;
      lastComma = k;
    }
    if (commas === 0 && w.lower === 'and' && k > 1 && w0.lower === 'the') {
      const both = coordinatedDescription(c, ws, k);
      if (both) return both;
    }
    // "“…,” Ruiz has since said": `since` after an auxiliary is an adverb, no clause
    const adverb = w.lower === 'since' && /^(?:has|have|had)$/.test(ws[k - 1]?.lower ?? '');
    if (commas === 0 && (k >= 12 || (CLAUSE_STOP.has(w.lower) && k > 0 && !adverb))) return longClauseAhead(c, ws, from);
    // "“…,” Trump shot back", "“…,” Trump went on, as if …": the particle closes a two-word cue
    // "“…,” Read said": a capitalised word the article uses as a surname is the subject, no verb
    if (/^\p{Lu}/u.test(w.text) && c.table.wordSurnames.has(w.lower)) continue;
    const particle = particleAt(text, ws, k);
    const base = cueBase(w.text) ?? readCue(w) ?? particle;
    if (!base || isCognition(w.text)) continue;
    // "“…” by the United States, …", "“…,” Secretary of State Ana Ortiz said": a capitalised cue word after a
    // capitalised word (or `of` after one) ends a name or a title, it is no verb
    const nameBefore = (ws[k - 1] as Word | undefined)?.lower === 'of' ? ws[k - 2] : ws[k - 1];
    if (k > 0 && /^\p{Lu}/u.test(w.text) && /^\p{Lu}/u.test(nameBefore?.text ?? '') && /^\s+$/.test(between) && !titleCase(c)) continue;
    // "“…,” former State policy director Ana Ruiz wrote": a capitalised cue word after a lower-case modifier is a name's too
    if (k > 0 && /^\p{Lu}/u.test(w.text) && /^\p{Ll}/u.test(nameBefore?.text ?? '') && /^\s+$/.test(between) && !titleCase(c)) continue;
    // "“…,” the tweet said", "Hale's report concluded": a cue word after a determiner is the subject's noun
    // (and after `of`: "the former deputy secretary of state said")
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
    if (commas > 0 && s + 1 !== lastComma) {
      const named = commas === 1 ? unclosedAppositive(c, ws, k, s, lastComma, from) : null;
      if (named) return { res: named, cue: spanOf(text, w.start, w.end), rule: 'cue-after:quote-name-verb' };
      continue;
    }
    // "“…,” one aide, speaking on condition of anonymity, said": a participle opening the appositive is its own, the cue follows it
    if (isParticiple(w.text) && commas > 0 && k === lastComma && /^(?:speaking|talking|writing|commenting|responding)$/.test(w.lower)) continue;
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
 * "“…,” the independent Vermont senator and Democratic presidential candidate told …": two descriptions joined by
 * `and` before the cue rename one person (`describedPerson` checks both heads), else nothing is read here.
 */
function coordinatedDescription(c: Ctx, ws: Word[], and: number): Found | null {
  // a title ("“The Morning Show,” the senator and … said she …") is nobody's words
  if (wordsOf(c.o.q.text).every((w) => /^\p{Lu}/u.test(w.text) || w.text.length <= 3)) return null;
  for (let v = and + 2; v <= and + 6 && v < ws.length; v++) {
    const w = ws[v] as Word;
    if (BREAK.test(c.text.slice((ws[v - 1] as Word).end, w.start))) return null;
    if (!/^\p{Ll}/u.test(w.text) || cueBase(w.text) === null || isParticiple(w.text) || isCognition(w.text)) continue;
    // "… said she wanted to …": a cue opening its own report introduces a later quote, not this one
    if (/^(?:that|he|she|they|it|i|we)$/.test(ws[v + 1]?.lower ?? '')) return null;
    const res = describedPerson(c.text, ws.slice(0, v), c.table, c.sal);
    return res ? { res, cue: spanOf(c.text, w.start, w.end), rule: 'cue-after:quote-name-verb' } : null;
  }
  return null;
}

/**
 * "“…,” California Rep. Dan Hale’s chief of staff, Joe Kaspar, told …": a role after a possessive, then the name in
 * apposition between commas and the cue verb. The words before the comma at `comma` are the role, not a clause.
 */
function possessiveRoleNamed(c: Ctx, ws: Word[], comma: number): boolean {
  const role = ws.slice(0, comma);
  const pos = role.findIndex((w) => /['’]s$/.test(w.text));
  if (pos < 0 || pos === role.length - 1 || role.some((w) => cueBase(w.text) !== null || CLAUSE_STOP.has(w.lower))) return false;
  const roleWords = role.slice(pos + 1).map((w) => w.lower);
  if (!roleWords.some((w) => ROLE_HEADS.has(w) || TITLE_WORDS.has(w))) return false;
  let j = comma;
  while (j < ws.length && j - comma < 4 && /^\p{Lu}/u.test((ws[j] as Word).text) && !BREAK.test(c.text.slice((ws[j] as Word).end, (ws[j + 1] as Word | undefined)?.start ?? (ws[j] as Word).end))) j++;
  const verb = ws[j + 1];
  return j > comma && /^\p{Lu}/u.test((ws[j] as Word | undefined)?.text ?? '') && /^\s*,\s*$/.test(c.text.slice((ws[j] as Word).end, verb?.start ?? 0)) && !!verb && cueBase(verb.text) !== null && /^\p{Ll}/u.test(verb.text);
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
  const named = lead.some((x, i) => /^(?:he|she|they|i|we|who)$/.test(x.lower) || (i > 0 && /^\p{Lu}/u.test(x.text)));
  if (named && !plainLead(text.slice(c.beforeStart, o.open))) return null;
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
  // past a name in the lead only a person's cue: "“…” from corporations, the Washington Post reported" may quote a report inside another's
  if (named && res && c.table.entities[res.entity]?.type !== 'person') return null;
  return res ? { res: { ...res, confidence: res.confidence * 0.9 }, cue: spanOf(text, w.start, w.end), rule: 'cue-after:far' } : null;
}

/**
 * True when the reporter's words before a quote report nobody's saying: no speech or clause verb, no `according to`, no
 * possessive right before the quote ("A cashier who “…” is held accountable, Warren said", "Sanders “…” just as …, Rendell
 * added"): a name or a pronoun there is what the speaker talks about.
 */
function plainLead(lead: string): boolean {
  const ws = wordsOf(lead);
  if (ws.some((w) => cueBase(w.text) !== null || clauseVerbBase(w.text) !== null || w.lower === 'according')) return false;
  return !/['’]s?\s*$/.test(lead) && !/[:;]/.test(lead);
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
  // a name inside the clause is what the speaker talks about ("“…” than that of the CIA chief, Zuckoff said"); not a name
  // opening it (its subject: "“…” (Press), Stephen Cohen and … of the University of California, Berkeley suggest") nor a
  // possessive that owns words ("“…” in Lane's words, Ruiz said"); and only after a quote the sentence runs through (a
  // partial, or one with no comma of its own: `“We need a bridge,” since … by Mayor Salas …, Becker said` stays unclear)
  const runsOn = c.o.q.kind === 'partial' || !/[,.;:?!]$/.test(c.o.q.text);
  if (c.table.mentions.some((m) => m.start < last.end && m.end > first.start && (!runsOn || m.start <= first.start || m.possessive || /['’]/.test(text.slice(m.end, m.end + 1))))) return null;
  let verbAt = ws.findIndex((w, k) => k >= comma && k <= comma + 5 && cueBase(w.text) !== null);
  // "“…” for Lane leading up to the vote, forcing him to fight on two fronts, said Tom Pell": a participle clause of the
  // reporter's between the two commas, the cue after the second
  const second = verbAt < 0 ? participleClauseEnd(c, ws, comma) : -1;
  if (second > 0) {
    comma = second;
    verbAt = ws.findIndex((w, k) => k >= comma && k <= comma + 5 && cueBase(w.text) !== null);
  }
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
 * Index of the comma that closes a participle clause opening at `comma` ("forcing him to fight on two fronts,"): an -ing word
 * that is no cue, at most twelve words with no cue or clause verb and no other break, then a comma; -1 when there is none.
 */
function participleClauseEnd(c: Ctx, ws: Word[], comma: number): number {
  const w = ws[comma];
  if (!w || !/^\p{Ll}+ing$/u.test(w.text) || cueBase(w.text) !== null || clauseVerbBase(w.text) !== null) return -1;
  for (let k = comma + 1; k < ws.length && k <= comma + 12; k++) {
    const x = ws[k] as Word;
    const gap = c.text.slice((ws[k - 1] as Word).end, x.start);
    if (/^\s*,\s*$/.test(gap)) return k;
    if (BREAK.test(gap) || cueBase(x.text) !== null || clauseVerbBase(x.text) !== null || x.lower === 'according') return -1;
  }
  return -1;
}

/**
 * "said his oldest friend at Halvern, Neil Tasker", "exhorted Moss's introducer, actress Lia Moreno": after an
 * inverted cue, a description then a comma and a full name (titles in lower case allowed) that ends the phrase names the
 * speaker. Not when the description ends in someone else's role ("a spokesman for the governor, Paul Ortega").
 */
function namedAfterDescription(c: Ctx, phrase: Span): Resolved | null {
  const { text } = c;
  // the phrase stopped at a preposition ("his oldest friend | at Halvern, Neil Tasker"): the complement is part of the description
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

/**
 * True when the words before the quote open the sentence with a subordinate clause that reports someone ("After Scalia
 * said that … “…,” Trump said:", "But even as Trump claimed that “…,” a prosecutor said …"): the quote is that
 * clause's, the cue after it belongs to the main clause.
 */
function insideFrontedReport(intro: string): boolean {
  const ws = wordsOf(intro);
  let i = 0;
  while (i < 2 && /^(?:and|but|yet|even)$/.test(ws[i]?.lower ?? '')) i++;
  const opener = ws[i]?.lower ?? '';
  if (!FRONTED.has(opener) && opener !== 'as') return false;
  // the clause has not closed before the quote
  if (/,/.test(intro.slice((ws[i] as Word).end))) return false;
  return ws.slice(i + 1).some((w) => /^\p{Ll}/u.test(w.text) && cueBase(w.text) !== null && !isParticiple(w.text) && !isCognition(w.text));
}

/**
 * “…,” Nora Pell, the polling analyst who founded the Dover Poll tweeted on Wednesday: an appositive opening with an article
 * after a person's name whose closing comma is missing, the quote opening its sentence. The cue at `k` (its subject word at `s`) is no verb of a `who`
 * clause, no participle, no comma follows it, and the appositive holds no other cue.
 */
function unclosedAppositive(c: Ctx, ws: Word[], k: number, s: number, comma: number, from: number): Resolved | null {
  const w = ws[k] as Word;
  // the quote opens its sentence (not a title inside the reporter's words: "on CNN’s “New Day,” Sen. Ana Ruiz, a …")
  if (c.text.slice(c.beforeStart, c.o.open).trim() !== '') return null;
  if (!['the', 'a', 'an'].includes(ws[comma]?.lower ?? '') || comma < 1 || isParticiple(w.text) || /^\s*,/.test(c.text.slice(w.end))) return null;
  if (['who', 'which', 'that'].includes(ws[s]?.lower ?? '') || ws.slice(comma, k).some((x) => cueBase(x.text) !== null)) return null;
  const name = ws.slice(0, comma);
  if (!name.every((x) => /^\p{Lu}/u.test(x.text) || TITLE_WORDS.has(x.lower))) return null;
  const end = (name[name.length - 1] as Word).end;
  const res = resolvePhrase(c.text, from, end, c.table, c.sal);
  return res && res.how === 'name' && res.source.end === end && c.table.entities[res.entity]?.type === 'person' ? res : null;
}
