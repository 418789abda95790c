/**
 * Who a speaker phrase refers to: a name, a pronoun, a descriptor ("the Russian leader"), an
 * organisation ("the Kremlin") or an unnamed role ("an adviser to …"), resolved through the article.
 */
import type { Span } from './types.ts';
import { wordsOf, type Word } from './context.ts';
import { cueBase, isBetweenWord } from './cues.ts';
import { descriptorBefore, MentionTable, nameRuns, orgKey, placeSurname } from './mentions.ts';
import type { OpeningSubject } from './opening-subject.ts';
import { candidatesBack, inQuote, sentenceOf } from './antecedent-candidates.ts';
import { resolvePronoun } from './pronouns.ts';
import { resolveGroupPronoun, resolveThingPronoun } from './thing-pronouns.ts';
import {
  DOCUMENT_HEADS, FEMALE_PRONOUNS, INDEFINITE, isCapitalised, isNationality, KNOWN_ORG_PHRASES, KNOWN_ORGS, MALE_PRONOUNS, ORG_HEADS,
  PLACES, PLURAL_ROLES, ROLE_HEADS, TITLE_WORDS, US_STATES,
} from './names.ts';

/** The outcome of resolving a speaker phrase. */
export interface Resolved {
  entity: number;
  source: Span;
  /** `name`, `pronoun`, `descriptor`, `organisation`, `role`, `document`, `apposition`. */
  how: string;
  confidence: number;
  /** A pronoun that stands for a document ("it reads"): `read` is its cue as for the document itself. */
  document?: boolean;
}

/** Positions the resolver must not look into (quotes) and the salient speakers so far. */
export interface Salience {
  /** Quote ranges (outer, marks included): mentions inside are the speaker's words, not the reporter's. */
  quoteRanges: Span[];
  /** Attributed quotes so far: where they are and who spoke. */
  spoken: { start: number; entity: number }[];
  /** Sentence starts of the article, sorted. */
  sentenceStarts: number[];
  /** Block ranges, to limit how far back a pronoun may look. */
  blocks: Span[];
  /** Definite descriptions that open a sentence ("The senator said …"), resolved to a person of the article. */
  described?: { start: number; entity: number }[];
  /** `He`/`She` as the subject of a sentence ("She also criticized …"), resolved in reading order: a chain of pronouns leads back to a name. */
  subjectPronouns?: { start: number; entity: number }[];
  /** `He`/`She` sentence subjects that no person could be found for with confidence: someone the text has not named may be "she". */
  openPronouns?: { start: number; gender: 'male' | 'female' }[];
  /** Fronted clauses ("As for the notion that … Clinton …," / "When Hale spoke,"): a name there is not the sentence subject. */
  fronted?: Span[];
}

const CLAUSE_WORDS = new Set(['that', 'who', 'which', 'and', 'but', 'when', 'while', 'said', 'says']);
const PREPOSITIONS = new Set(['of', 'to', 'for', 'at', 'in', 'with', 'from', 'on']);
const LEADER_HEADS = new Set(['leader', 'president', 'prime', 'minister', 'premier', 'chancellor', 'king', 'head']);
/** Possessive determiners that open a role of someone the reader knows ("his colleague", "its senior vice president"). */
const OWN_DETERMINERS = new Set(['his', 'her', 'their', 'its']);
/** Relatives heading an unnamed speaker after a possessive ("his wife", "her son"). */
export const KIN_NOUNS = new Set(['wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'widow', 'widower', 'grandmother', 'grandfather', 'cousin', 'niece', 'nephew', 'uncle', 'aunt', 'fiancee', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'partner']);
const SPOKES_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'press']);
const NEWS_ORGS = new Set(['reuters', 'ap', 'afp', 'associated press', 'tass', 'interfax', 'cnn', 'bbc', 'report', 'the report', 'newspaper', 'agency', 'outlet']);

/** True when an organisation is a news outlet reporting someone else's words. */
export function isNewsOrg(name: string): boolean {
  const k = orgKey(name);
  return NEWS_ORGS.has(k) || /\b(?:times|post|journal|news|report|newspaper|agency|tribune|herald|gazette|telegraph)$/.test(k);
}

/** Resolve a speaker phrase `[start, end)` of the text. */
export function resolvePhrase(text: string, start: number, end: number, table: MentionTable, sal: Salience): Resolved | null {
  const phrase = text.slice(start, end);
  const ws = wordsOf(phrase, start);
  // a long phrase is only read as a name with an appositive ("Ana Ruiz, director of … and a professor at …")
  if (ws.length === 0 || ws.length > 14 && !phrase.includes(',')) return null;
  const first = ws[0] as Word;
  const lastW = ws[ws.length - 1] as Word;
  const span = (a: Word, b: Word): Span => ({ text: text.slice(a.start, b.end), start: a.start, end: b.end });
  // pronouns
  if (ws.length === 1) {
    // "He’s claiming that …", "she’s said": the contraction is `is`/`has` (a pronoun has no `’s` possessive), its subject the pronoun
    const contracted = /^(?:he|she)['’]s$/.test(first.lower);
    const pronoun = contracted ? { ...first, text: first.text.slice(0, -2), lower: first.lower.slice(0, -2), end: first.end - 2 } : first;
    const l = pronoun.lower;
    if (MALE_PRONOUNS.has(l) || FEMALE_PRONOUNS.has(l)) return resolvePronoun(text, pronoun, MALE_PRONOUNS.has(l) ? 'male' : 'female', table, sal);
    if (l === 'it') return resolveThingPronoun(text, first, table, sal) ?? resolveGroupPronoun(first, false, table, sal);
    if (l === 'they') return resolveGroupPronoun(first, true, table, sal);
    if (l === 'i' || l === 'we' || l === 'you') return null;
  }
  // a surname that is also a nationality, once the full name was seen ("Mark Cuban … Cuban said")
  if (ws.length === 1 && isNationality(first.text) && /^\p{Lu}\p{Ll}/u.test(first.text)) {
    const known = table.findPerson([first.text], first.start);
    if (known >= 0 && table.entities[known]?.first) {
      table.addPerson([first], null);
      return { entity: known, source: { text: first.text, start: first.start, end: first.end }, how: 'name', confidence: 0.8 };
    }
  }
  // apposition: "Dmitry Peskov, the Kremlin spokesman"
  const comma = phrase.indexOf(',');
  if (comma > 0) {
    const head = resolvePhrase(text, start, start + comma, table, sal);
    const type = head ? table.entities[head.entity]?.type : undefined;
    if (head && (type === 'person' || type === 'organisation')) return { ...head, how: 'apposition' };
    // "an intelligence source, who was not authorized to speak": an aside about an unnamed role names nobody else
    if (head && head.how === 'role' && /^\s*(?:who|speaking|asked)\s/.test(phrase.slice(comma + 1))) return head;
    // "the White House spokesman, Josh Earnest": the name is the appositive
    const rest = wordsOf(phrase.slice(comma + 1), start + comma + 1);
    const runs = nameRuns(text, start + comma + 1, end);
    const only = runs[0];
    if (runs.length === 1 && only && only.words.length >= 2 && only.words.length === rest.length) {
      const named = resolvePhrase(text, start + comma + 1, end, table, sal);
      if (named && table.entities[named.entity]?.type === 'person') return { ...named, how: 'apposition' };
    }
    return null;
  }
  const lowerAll = ws.map((w) => w.lower.replace(/['’]s$/, ''));
  const noThe = lowerAll[0] === 'the' ? lowerAll.slice(1) : lowerAll;
  const joined = noThe.join(' ');
  // a text speaking for its authors: "the email said", "a sign read", "one Club for Growth ad"
  const docHead = documentHead(ws);
  // a complement may make it longer: "a Wednesday editorial in The Carrow Ledger"
  if (docHead && (ws.length <= 7 || ws.length <= 10 && docHead.complement)) {
    const idx = table.addRole(phrase, start, end, false);
    return { entity: idx, source: { text: phrase, start, end }, how: 'document', confidence: 0.85 };
  }
  // "Powell’s office said": the office speaks, not the person it belongs to
  const owned = ownedOrganisation(text, ws, table);
  if (owned) return owned;
  // organisations
  const lastL = noThe[noThe.length - 1] ?? '';
  const hasPossessive = ws.some((w) => /['’]s$/.test(w.text));
  // "Clinton's campaign", "Powell’s office": the organisation that speaks for a named person, not the person
  const namedUnit = ws.length >= 2 && ['campaign', 'office', 'administration'].includes(lastL) && /^\p{Lu}\p{L}*['’]s$/u.test(ws[ws.length - 2]?.text ?? '');
  if (namedUnit && ws.length <= 7) {
    const idx = table.addOrg(phrase, first.start, lastW.end);
    return { entity: idx, source: span(first, lastW), how: 'organisation', confidence: 0.9 };
  }
  // "Netanyahu rallied supporters by", "His office put out a statement": a clause, no noun phrase naming a speaker
  const clause = clauseLike(ws);
  if (KNOWN_ORG_PHRASES.includes(joined) || (noThe.length === 1 && (KNOWN_ORGS.has(joined) || PLACES.has(joined))) ||
    (!clause && ORG_HEADS.has(lastL) && !ROLE_HEADS.has(lastL) && !PLURAL_ROLES.has(lastL) && !hasPossessive && noThe.length <= 5 && !noThe.some((w) => PREPOSITIONS.has(w)))) {
    const a = lowerAll[0] === 'the' ? first : first;
    const idx = table.addOrg(text.slice(a.start, lastW.end), a.start, lastW.end);
    return { entity: idx, source: span(a, lastW), how: 'organisation', confidence: 0.9 };
  }
  // "the American Federation of Teachers", "the Science Directorate of the Harbor Department": an organisation and its
  // complement, all in capitals, is one organisation, never a person named after `of` ("Teachers")
  const prepAt = ws.findIndex((w) => ['of', 'for', 'on'].includes(w.lower));
  const ofAt = prepAt > 0 && ORG_HEADS.has((ws[prepAt - 1] as Word).lower) ? prepAt : -1;
  const inName = (w: Word): boolean => isCapitalised(w.text) || ['the', 'and', 'of', 'for', 'on', '&'].includes(w.lower);
  if (ofAt > 0 && ws.length <= 10 && !clause && !hasPossessive && ws.every(inName) && isCapitalised((ws[ofAt - 1] as Word).text) && !ws.some((w) => TITLE_WORDS.has(w.lower) || ROLE_HEADS.has(w.lower))) {
    const idx = table.addOrg(phrase, first.start, lastW.end);
    return { entity: idx, source: span(first, lastW), how: 'organisation', confidence: 0.9 };
  }
  // unnamed roles: indefinite or plural heads, possessive roles, role heads with a complement
  const headPlural = noThe.some((w, i) => PLURAL_ROLES.has(w) && (i === 0 || i === noThe.length - 1 || !PREPOSITIONS.has(noThe[i - 1] ?? '')));
  const indefinite = INDEFINITE.has(lowerAll[0] ?? '');
  const prepThenDet = lowerAll.some((w, i) => PREPOSITIONS.has(w) && ['the', 'a', 'an', 'his', 'her', 'their'].includes(lowerAll[i + 1] ?? ''));
  const roleHead = ROLE_HEADS.has(noThe[0] ?? '') || TITLE_WORDS.has(noThe[0] ?? '');
  // "his colleague", "its senior vice president", "her husband": a role or a relative of someone the pronoun means
  const ownRole = OWN_DETERMINERS.has(lowerAll[0] ?? '') && ws.length <= 5 && ws.slice(1).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) && (ROLE_HEADS.has(lastL) || KIN_NOUNS.has(lastL));
  const possessiveRole = hasPossessive && ROLE_HEADS.has(lastL) || ownRole;
  const runs = nameRuns(text, start, end, table.wordSurnames);
  const found = runs[runs.length - 1];
  // "Continued Stone": a leading word the article writes in lower case is no part of the name
  const named = found ? table.nameWords(found.words) : [];
  const run = found && { ...found, words: named, index: found.index + found.words.length - named.length };
  // "adviser to President Ruiz", "officials in Lima": the name is inside a complement, not the speaker
  const complementBefore = !!run && ws.some((w) => w.end <= (run.words[0]?.start ?? 0) && PREPOSITIONS.has(w.lower) && w.lower !== 'of');
  const endsWithName = !!run && run.words[run.words.length - 1]?.end === lastW.end && (!PLACES.has(lastW.lower) || placeSurname(run.words)) && !complementBefore;
  const lead = run ? ws.filter((w) => w.end <= (run.words[0]?.start ?? 0)) : [];
  // "an angry Hollande": an indefinite article and a mood before a person already named is that person
  const moodName = endsWithName && !!run && ['a', 'an'].includes(lowerAll[0] ?? '') && lead.length <= 3 && lead.slice(1).every((w) => /^\p{Ll}+$/u.test(w.text) && !ROLE_HEADS.has(w.lower) && !TITLE_WORDS.has(w.lower) && !PLURAL_ROLES.has(w.lower)) && table.findPerson(run.words.map((w) => w.text), run.words[0]?.start) >= 0;
  if (clause && (!endsWithName || /^\p{Ll}/u.test(first.text) && first.lower !== 'the')) return null;
  if (!(endsWithName && (!indefinite || moodName) && !prepThenDet) && (indefinite || (headPlural && !isCapitalised(lastW.text)) || headPlural && lowerAll[0] !== 'the' || possessiveRole || (roleHead && prepThenDet))) {
    if (!ownRole && !ws.some((w) => ROLE_HEADS.has(w.lower) || PLURAL_ROLES.has(w.lower) || TITLE_WORDS.has(w.lower))) return null;
    if (lowerAll[0] === 'the' && !headPlural) {
      const d = resolveDescriptor(text, ws, table, sal);
      if (d) return d;
    }
    // "a voter" twice may be two voters: a singular indefinite role is its own speaker each time
    // "his friend" here and "his friend" later may be friends of two people
    const idx = table.addRole(phrase, start, end, headPlural, ownRole || indefinite && !headPlural && ['a', 'an', 'one', 'another'].includes(lowerAll[0] ?? ''));
    return { entity: idx, source: { text: phrase, start, end }, how: 'role', confidence: 0.85 };
  }
  // "former Gov. Ana Ruiz of Maine", "Ruiz of the Harbor Teachers": the person named before `of`, not where they are from
  const from = found ? personBeforeOf(text, ws, found.words, table, sal) : null;
  if (from) return from;
  // "in Dayton, Ohio, said": a state or a city is where something happened, never a person
  if (found && endsWithName && US_STATES.has(found.words.map((w) => w.lower.replace(/['’]s$/, '')).join(' ')) && !knownPerson(table, found.words)) return null;
  // "ESPN said", "the ACU said in a statement": an acronym alone names an organisation, never a person
  const acronym = run?.words.length === 1 && /^\p{Lu}{2,6}$/u.test(run.words[0]?.text ?? '') && !knownPerson(table, run.words);
  if (run && endsWithName && acronym && ws.length <= 2 && (ws.length === 1 || lowerAll[0] === 'the')) {
    const w = run.words[0] as Word;
    return { entity: table.addOrg(w.text, w.start, w.end), source: span(first, lastW), how: 'organisation', confidence: 0.9 };
  }
  // a name at the end of the phrase, after titles: "White House spokesman John Kirby"
  if (run && endsWithName) {
    const before = ws.filter((w) => w.end <= (run.words[0]?.start ?? 0));
    // a short description before the name, without a determiner ("Republican party boss Reince Priebus")
    // "his friend Mahamat Oumar", "her campaign manager Jeff Weaver": a possessive and lower-case words before a full name describe it
    const ownDescription = ['his', 'her', 'their', 'its'].includes(before[0]?.lower ?? '') && run.words.length >= 2 && before.length <= 4 && before.slice(1).every((w) => /^\p{Ll}+$/u.test(w.text) && !CLAUSE_WORDS.has(w.lower));
    const okBefore = moodName || ownDescription || before.length <= 7 && before.every((w) => !['a', 'an', 'his', 'her', 'their', 'its'].includes(w.lower) && !CLAUSE_WORDS.has(w.lower));
    if (!okBefore) return null;
    if (coordinatedName(text, run.words, table)) return null;
    const desc = descriptorBefore(text, run.all, run.index);
    const known = table.findPerson(run.words.map((w) => w.text), run.words[0]?.start);
    const idx = table.addPerson(run.words, desc?.text ?? null);
    const nm = run.words;
    return { entity: idx, source: span(nm[0] as Word, nm[nm.length - 1] as Word), how: 'name', confidence: known >= 0 || nm.length >= 2 ? 0.95 : 0.8 };
  }
  // a definite descriptor: "the Russian leader", "the spokesman"
  if (lowerAll[0] === 'the' || lowerAll[0] === 'this') {
    const d = resolveDescriptor(text, ws, table, sal) ?? describedPerson(text, ws, table, sal);
    if (d) return d;
    // an unresolved description is kept as what the text says ("said the Florida senator")
    const head = noThe[noThe.length - 1] ?? '';
    if (ws.length <= 8 && (ROLE_HEADS.has(head) || noThe.some((w) => PREPOSITIONS.has(w)) && ws.some((w) => ROLE_HEADS.has(w.lower)))) {
      const idx = table.addRole(phrase, start, end, false);
      return { entity: idx, source: { text: phrase, start, end }, how: 'role', confidence: 0.75 };
    }
  }
  return null;
}

/**
 * True when the name is one of several people coordinated as one subject ("Ruiz and Hadley said", "Fisk, Ortega and
 * Reuters’ Ana Ruiz argued", "said Ana Ruiz and Walter Hadley"): none of them is the one speaker.
 */
function coordinatedName(text: string, words: Word[], table: MentionTable): boolean {
  const a = words[0];
  const b = words[words.length - 1];
  if (!a || !b) return false;
  const isSomeone = (start: number, end: number): boolean => table.mentions.some((m) => m.start <= start && m.end >= end && m.end <= end + 2 && table.entities[m.entity]?.type === 'person');
  // a person right before `and` (a few description words may stand between: "and her husband", "and Reuters’")
  const before = /(\p{Lu}[\p{L}.'’-]*?)(?:['’]s?)?\s+(?:and|&)\s+(?:(?:his|her|their|[\p{Ll}-]+|\p{Lu}[\p{L}-]*['’]s?|\p{Lu}[\p{Ll}]*\.)\s+){0,3}$/u.exec(text.slice(Math.max(0, a.start - 80), a.start));
  if (before?.[1]) {
    const at = a.start - before[0].length + before[0].indexOf(before[1]);
    if (isSomeone(at, at + before[1].length)) return true;
  }
  // a person right after `and`, with no comma: "said Ana Ruiz and Walter Hadley" (", and Hadley agreed" is a new clause)
  const after = /^\s+(?:and|&)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(b.end, b.end + 60));
  if (after?.[1]) {
    const at = b.end + after[0].length - after[1].length;
    if (table.mentions.some((m) => m.start === at && table.entities[m.entity]?.type === 'person')) return true;
  }
  return false;
}

/** Words that make a phrase a clause: pronouns, auxiliaries and modals ("scout leaders should be", "officers he"). */
const CLAUSE_AUX = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'should', 'would', 'will', 'can', 'could', 'may', 'might', 'must', 'shall']);
/** Words a noun phrase naming a speaker never ends with ("rallied supporters by", "the former secretary of"). */
const OPEN_END = new Set(['by', 'of', 'to', 'for', 'at', 'in', 'on', 'with', 'from', 'over', 'about', 'a', 'an', 'the', 'and', 'or', 'as', 'that']);
/** Words after which an article may open a noun phrase inside a longer one ("spokesman for the buyer"). */
const BEFORE_ARTICLE = new Set([...OPEN_END, 'into', 'against', 'among', 'near', 'close', 'behind', 'under', 'after', 'before', 'during', 'like', 'than', 'via', 'across', 'through', 'within', 'without', 'all', 'both', 'half']);

/**
 * True when the words of a speaker phrase are a clause rather than a noun phrase: a pronoun or an auxiliary after the
 * first word, a preposition or an article at the end, an article right after a word that is no preposition (a verb
 * and its object: "put out a statement", "heads the Senate Banking Committee"), or a past tense right after a role
 * noun ("the Vermont senator emailed supporters").
 */
export function clauseLike(ws: Word[]): boolean {
  const l = ws.map((w) => w.lower);
  if (l.slice(1).some((w) => CLAUSE_AUX.has(w)) || (ws.length > 1 && OPEN_END.has(l[l.length - 1] ?? ''))) return true;
  for (let i = 1; i < l.length; i++) {
    const w = l[i] as string;
    const prev = l[i - 1] as string;
    if (['a', 'an', 'the', 'his', 'her', 'their', 'its'].includes(w) && !BEFORE_ARTICLE.has(prev) && !/^\p{Lu}/u.test(ws[i - 1]?.text ?? '')) return true;
    if (/ed$/.test(w) && i < l.length - 1 && (ROLE_HEADS.has(prev) || PLURAL_ROLES.has(prev))) return true;
  }
  return false;
}

/** The person named right before `of` when a capitalised run (a place or a body) follows it and ends the phrase: "Rep. Peter Hale of New York". */
function personBeforeOf(text: string, ws: Word[], tail: Word[], table: MentionTable, sal: Salience): Resolved | null {
  const k = ws.findIndex((w) => w.start === tail[0]?.start);
  // capitalised words the name runs leave out may stand between (`of New York`, `of the Harbor Authority`)
  let of = k - 1;
  while (of > 0 && (ws[of]?.lower === 'the' || /^\p{Lu}/u.test(ws[of]?.text ?? '')) && k - of <= 3) of--;
  const before = ws[of - 1];
  if (k < 0 || of < 1 || ws[of]?.lower !== 'of' || !before || !/^\p{Lu}\p{Ll}/u.test(before.text)) return null;
  // the words before `of` end in a name ("Peter T. King"), not a title ("the Secretary of State")
  if (nameRuns(text, (ws[0] as Word).start, before.end).pop()?.words.at(-1)?.end !== before.end) return null;
  if (tail[tail.length - 1]?.end !== ws[ws.length - 1]?.end) return null;
  const res = resolvePhrase(text, (ws[0] as Word).start, before.end, table, sal);
  return res && res.how === 'name' && table.entities[res.entity]?.type === 'person' ? res : null;
}

/** True when the article names a person with these words' surname and a first name ("Steve Israel"). */
function knownPerson(table: MentionTable, words: Word[]): boolean {
  const i = table.findPerson(words.map((w) => w.text.replace(/['’]s$/, '')));
  return i >= 0 && !!table.entities[i]?.first;
}

/** Heads of a body that speaks for the person who owns it ("Ryan’s office", "Clinton’s campaign"). */
const OWNED_HEADS = new Set(['office', 'campaign', 'administration', 'staff', 'team', 'camp', 'headquarters']);

/**
 * A person's office, campaign or staff ("Powell’s office", "Sen. Kelly Ayotte’s campaign"): an organisation named
 * after the person's fullest name in the article ("Colin Powell’s office"), never the person.
 */
function ownedOrganisation(text: string, ws: Word[], table: MentionTable): Resolved | null {
  const p = ws.findIndex((w) => /['’]s$/.test(w.text));
  const owner = ws[p];
  const head = ws[ws.length - 1];
  if (!owner || !head || p === ws.length - 1 || ws.length - p > 3 || !OWNED_HEADS.has(head.lower)) return null;
  if (ws.slice(p + 1).some((w) => !/^\p{Ll}+$/u.test(w.text))) return null;
  const run = nameRuns(text, (ws[0] as Word).start, owner.end).pop();
  if (!run || run.words[run.words.length - 1]?.end !== owner.end) return null;
  const words = run.words.map((w) => w.text.replace(/['’]s$/, ''));
  // the fullest name only when one person of the article has that surname ("Mrs. Clinton's campaign" is not Chelsea's)
  const known = table.findPerson(words);
  const surname = table.entities[known]?.surname;
  const unique = known >= 0 && table.entities.filter((e) => e.type === 'person' && e.surname === surname).length === 1;
  const person = unique ? table.entities[known]?.name : words.join(' ');
  const name = `${person}${owner.text.slice(-2)} ${text.slice((ws[p + 1] as Word).start, head.end)}`;
  const first = ws[0] as Word;
  const from = first.lower === 'the' ? (ws[1] as Word).start : first.start;
  const idx = table.addOrg(name, from, head.end);
  return { entity: idx, source: { text: text.slice(from, head.end), start: from, end: head.end }, how: 'organisation', confidence: 0.9 };
}


/** True when `[start, end)` is a document phrase ("the report", "Hoff’s letter"), without touching the mention table. */
export function isDocumentPhrase(text: string, start: number, end: number): boolean {
  const ws = wordsOf(text.slice(start, end), start);
  const head = documentHead(ws);
  return head !== null && (ws.length <= 7 || ws.length <= 10 && head.complement);
}

/** Past participles that start a document's complement ("the order released Friday", "the statement issued by …"). */
const DOCUMENT_PARTICIPLES = new Set(['released', 'issued', 'published', 'posted', 'filed', 'sent', 'obtained', 'signed', 'dated', 'written', 'prepared', 'circulated', 'distributed', 'unveiled', 'aired']);

/** True for a participle describing the word before it ("the order released Friday"), not a verb with an object ("issued a statement"). */
function documentParticiple(ws: Word[], i: number): boolean {
  if (!DOCUMENT_PARTICIPLES.has(ws[i]?.lower ?? '')) return false;
  const next = ws[i + 1]?.lower === 'out' ? ws[i + 2] : ws[i + 1];
  return !['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'that'].includes(next?.lower ?? '');
}

/** The head noun of a document phrase ("the campaign email", "one of her ads", "a voice-over in the ad") and whether a complement follows it, or null. */
function documentHead(ws: Word[]): { head: string; complement: boolean } | null {
  const first = ws[0]?.lower ?? '';
  if (!['the', 'a', 'an', 'one', 'this', 'that', 'his', 'her', 'its', 'their', 'another'].includes(first) && !/['’]s$/.test(ws[0]?.text ?? '')) return null;
  // the head is the last word before a complement ("the email from the campaign", "the order released Friday")
  let end = ws.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(w.lower) && !(first === 'one' && i === 1 && w.lower === 'of') || i > 1 && documentParticiple(ws, i)));
  const complement = end > 0;
  if (end < 0) end = ws.length;
  const head = (ws[end - 1]?.lower ?? '').replace(/s$/, '');
  // "Smith's letter" is a document; "the letter writer" is not (its head is "writer")
  if (!DOCUMENT_HEADS.has(head) && !DOCUMENT_HEADS.has(ws[end - 1]?.lower ?? '')) return null;
  // a capitalised head names an outlet ("the Post", "the Brief"), not a document
  if (/^\p{Lu}/u.test(ws[end - 1]?.text ?? '')) return null;
  return { head, complement };
}

/** The words of a descriptor that must agree with a person's titles ("Russian", "former", "White House"). */
function descriptorParts(ws: Word[]): { head: string; mods: string[] } | null {
  const content = ws.filter((w) => !['the', 'this', 'that', 'a', 'an'].includes(w.lower));
  const head = content[content.length - 1]?.lower;
  if (!head || !(ROLE_HEADS.has(head) || TITLE_WORDS.has(head))) return null;
  if (content.some((w) => PREPOSITIONS.has(w.lower))) return null;
  return { head, mods: content.slice(0, -1).map((w) => w.lower) };
}

const stem = (s: string): string => s.replace(/['’]s$/, '').slice(0, 5);

/** "the Russian leader" → the person whose titles in this article fit (Russian President Vladimir Putin). */
export function resolveDescriptor(text: string, ws: Word[], table: MentionTable, sal: Salience): Resolved | null {
  const parts = descriptorParts(ws);
  const first = ws[0];
  const last = ws[ws.length - 1];
  if (!parts || !first || !last) return null;
  const headSet = LEADER_HEADS.has(parts.head) ? LEADER_HEADS : SPOKES_HEADS.has(parts.head) ? SPOKES_HEADS : new Set([parts.head]);
  // "the New Jersey governor" fits "New Jersey Gov. Chris Christie": a title abbreviation is its office, when a modifier
  // agrees too (a bare "the senator" is not the one "Sen." of the article: an untitled senator may be meant)
  const office = parts.mods.length > 0 ? OFFICES[parts.head] : undefined;
  const fits = (i: number): boolean => {
    const e = table.entities[i];
    if (!e || e.type !== 'person') return false;
    const toks = e.descriptors.flatMap((d) => d.toLowerCase().split(/\s+/));
    if (!toks.some((t) => headSet.has(t) || office !== undefined && OFFICES[t] === office)) return false;
    return parts.mods.every((m) => toks.some((t) => stem(t) === stem(m)));
  };
  const mentions = table.mentions.filter((m) => m.start < first.start && !inQuote(m.start, sal) && fits(m.entity));
  const distinct = [...new Set(mentions.map((m) => m.entity))];
  const source = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  const lastMention = mentions[mentions.length - 1];
  if (!lastMention) return null;
  if (distinct.length === 1) return { entity: lastMention.entity, source, how: 'descriptor', confidence: 0.8 };
  // several fit: the most recent one, only when it is close
  const blockIdx = sal.blocks.findIndex((b) => first.start >= b.start && first.start <= b.end);
  const floor = sal.blocks[Math.max(0, blockIdx - 1)]?.start ?? 0;
  if (lastMention.start >= floor) return { entity: lastMention.entity, source, how: 'descriptor', confidence: 0.65 };
  return null;
}

/** Heads of a description that renames someone already introduced ("the Vermont senator", "the actress"), not a new unnamed person. */
export const RENAMING_HEADS = new Set([
  'senator', 'governor', 'mayor', 'president', 'candidate', 'nominee', 'front-runner', 'frontrunner', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'premier', 'chancellor', 'admiral', 'general', 'ambassador', 'billionaire',
  'businessman', 'businesswoman', 'mogul', 'tycoon', 'neurosurgeon', 'surgeon', 'actor', 'actress', 'singer', 'rapper',
  'author', 'comedian', 'filmmaker', 'entrepreneur', 'host', 'anchor', 'founder', 'pastor', 'economist', 'pollster',
  'developer', 'magnate', 'justice', 'judge', 'governor-elect', 'contender', 'hopeful', 'challenger', 'incumbent',
]);
/** True when an opening subject is a definite description with a renaming head ("the Oregon senator", "the actress"). */
export function renamingDescription(text: string, subject: OpeningSubject): boolean {
  const phrase = text.slice(subject.start, subject.end);
  return subject.kind === 'description' && /^the\s/i.test(phrase) && RENAMING_HEADS.has(phrase.split(/\s+/).pop()?.toLowerCase() ?? '');
}
/** Offices a person holds one of at a time: "the senator" is not someone the article calls "Gov.". */
const OFFICES: Record<string, string> = {
  senator: 'senator', 'sen.': 'senator', sen: 'senator', governor: 'governor', 'gov.': 'governor', gov: 'governor',
  mayor: 'mayor', congressman: 'representative', congresswoman: 'representative', 'rep.': 'representative', representative: 'representative',
  admiral: 'admiral', 'adm.': 'admiral', general: 'general', 'gen.': 'general', judge: 'judge', justice: 'justice',
  // "President Obama" and "House Speaker Paul Ryan" are not "the Florida senator"
  president: 'president', speaker: 'speaker',
};
const FEMALE_HEADS = new Set(['actress', 'congresswoman', 'businesswoman', 'chairwoman', 'spokeswoman', 'queen', 'princess']);
const MALE_HEADS = new Set(['congressman', 'businessman', 'chairman', 'spokesman', 'king', 'prince']);

/**
 * A sentence-opening description that no title of the article resolves ("Hadley is choosing not to respond …
 * Instead, the Ohio senator is keeping to …"): the one person the nearest earlier sentence (this or the
 * previous paragraph) has as a subject, when nobody else there could be meant (others only as possessives).
 * `ws` starts at "the".
 */
export function renamedSubject(text: string, ws: Word[], table: MentionTable, sal: Salience): Resolved | null {
  const the = ws[0];
  if (the?.lower !== 'the') return null;
  let head = -1;
  for (let j = 1; j <= 5 && j < ws.length; j++) {
    const w = ws[j] as Word;
    if (/[,;:.!?()“”"—–]/.test(text.slice((ws[j - 1] as Word).end, w.start))) return null;
    if (RENAMING_HEADS.has(w.lower) && /^\p{Ll}/u.test(w.text)) {
      head = j;
      break;
    }
    // modifiers only: "former", "Vermont", "68-year-old", "Republican presidential"
    if (PREPOSITIONS.has(w.lower) || CLAUSE_WORDS.has(w.lower) || /['’]s$/.test(w.text) || ROLE_HEADS.has(w.lower) || PLURAL_ROLES.has(w.lower)) return null;
  }
  const h = ws[head];
  if (!h) return null;
  // "the senator John Doe", "the candidate’s wife", "the governor of Ohio": someone else, or a name follows
  const next = ws[head + 1];
  if (next && !/[,;:.!?()“”"—–]/.test(text.slice(h.end, next.start)) && (/^\p{Lu}/u.test(next.text) || PREPOSITIONS.has(next.lower))) return null;
  if (/^['’]s/.test(text.slice(h.end, h.end + 2))) return null;
  const gender = FEMALE_HEADS.has(h.lower) ? 'female' : MALE_HEADS.has(h.lower) ? 'male' : null;
  const office = OFFICES[h.lower];
  const party = ws.slice(1, head).map((w) => PARTIES[w.lower]).find((x) => x !== undefined);
  const accept = (i: number): boolean => {
    const e = table.entities[i];
    if (!e || e.type !== 'person' || e.plural || (gender && e.gender && e.gender !== gender)) return false;
    // an office the article gives this person is not the one described ("Gov. Christie" is not "the senator")
    const toks = e.descriptors.flatMap((d) => d.toLowerCase().split(/\s+/));
    const offices = toks.map((t) => OFFICES[t]).filter((o) => o !== undefined);
    // nor is a party ("the Republican nominee" is not the Democratic nominee)
    const parties = toks.map((t) => PARTIES[t]).filter((x) => x !== undefined);
    return (!office || offices.length === 0 || offices.includes(office)) && (!party || parties.length === 0 || parties.includes(party));
  };
  // only sentences before this one: a name in its own fronted phrase ("After meeting Trump, the senator …") is not it
  const sentence = sal.sentenceStarts[sentenceOf(the.start, sal.sentenceStarts)] ?? the.start;
  const nearest = candidatesBack(sentence, table, sal, (i) => table.entities[i]?.type === 'person')[0];
  if (!nearest) return null;
  const subjects = new Set(nearest.filter((c) => c.first === 0).map((c) => c.entity));
  const only = [...subjects][0];
  if (subjects.size !== 1 || only === undefined || !accept(only)) return null;
  const last = ws[head] as Word;
  return { entity: only, source: { text: text.slice(the.start, last.end), start: the.start, end: last.end }, how: 'descriptor', confidence: 0.7 };
}

/** Heads that usually mean someone other than the people just named: the head of state, the court. */
const OTHERS_HEADS = new Set(['president', 'judge', 'justice']);
const PARTIES: Record<string, string> = { republican: 'republican', gop: 'republican', democratic: 'democratic', democrat: 'democratic' };
/** An age written as a word ("46-year-old"), a modifier or the head of a description of a person. */
const AGE = /^\d{1,3}-year-old$/;
/** Party members as the head of a description ("the Wisconsin Republican"): someone already named, of that party. */
export const PARTY_NOUNS = new Set(['republican', 'democrat']);

/**
 * A definite description as a speaker phrase ("“…,” the Vermont senator said", "the GOP front-runner told reporters"):
 * the one person named before it, in this or the two paragraphs before or as the headline's person, that it may rename
 * (gender, office and party agree), when nobody else there could be meant.
 */
export function describedPerson(text: string, ws: Word[], table: MentionTable, sal: Salience): Resolved | null {
  const the = ws[0];
  const last = ws[ws.length - 1];
  // "the independent Vermont senator and Democratic presidential candidate": two descriptions of one person
  const coordinated = ws.some((w, i) => i > 1 && w.lower === 'and');
  if (the?.lower !== 'the' || !last || ws.length < 2 || ws.length > (coordinated ? 11 : 7)) return null;
  if (/[,;:.!?()“”"—–]/.test(text.slice(the.end, last.start))) return null;
  // "secretary of state" is an office of its own
  const parts = ws.slice(1).map((w) => w.lower).join(' ').replace(/\bsecretary of state(?= and\b|$)/g, 'secretary-of-state').split(' and ');
  const firstHeads = parts.slice(0, -1).map((p) => p.split(' ').pop() ?? '');
  if (parts.length > 2 || firstHeads.some((h) => !(RENAMING_HEADS.has(h) || h === 'secretary-of-state') || OTHERS_HEADS.has(h))) return null;
  const words = parts.flatMap((p) => p.split(' ')).filter((w) => !firstHeads.includes(w));
  const head = words[words.length - 1] ?? '';
  // "the Utah Republican": a party member renames a person as a senator does (capitalised)
  const partyNoun = PARTY_NOUNS.has(head);
  // "the president", "the judge": mostly the head of state or the court, someone other than the people just named
  // "said the 46-year-old": an age renames a person as a role does
  if (!/^\p{Ll}/u.test(last.text) && !partyNoun && !AGE.test(head) || !(RENAMING_HEADS.has(head) || head === 'secretary-of-state' || partyNoun || AGE.test(head)) || OTHERS_HEADS.has(head)) return null;
  const mods = words.slice(0, -1);
  // modifiers only: "former", "Vermont", "presumptive Republican presidential"
  if (mods.length > (coordinated ? 6 : 4) || mods.some((w) => PREPOSITIONS.has(w) || CLAUSE_WORDS.has(w) || /['’]s$/.test(w) || ROLE_HEADS.has(w) || PLURAL_ROLES.has(w) || RENAMING_HEADS.has(w) || DESCRIPTION_DETERMINERS.has(w))) return null;
  const heads = [...firstHeads, head];
  // "the senator John Doe", "the candidate’s wife", "the governor of Ohio": someone else, or a name follows
  const after = text.slice(last.end, last.end + 20);
  if (/^['’]s|^,?\s+(?:of|for|at|in|from|\p{Lu})/u.test(after)) return null;
  const gender = heads.some((h) => FEMALE_HEADS.has(h)) ? 'female' : heads.some((h) => MALE_HEADS.has(h)) ? 'male' : null;
  const offices = heads.map((h) => OFFICES[h]).filter((o) => o !== undefined);
  const party = mods.map((m) => PARTIES[m]).find((x) => x !== undefined) ?? (partyNoun ? PARTIES[head] : undefined);
  const accept = (i: number): boolean => {
    const e = table.entities[i];
    if (!e || e.type !== 'person' || e.plural || (gender && e.gender && e.gender !== gender)) return false;
    const toks = e.descriptors.flatMap((d) => d.toLowerCase().split(/\s+/));
    // an office or a party the article gives this person is not the one described ("Gov. Christie" is not "the senator")
    const held = toks.map((t) => OFFICES[t]).filter((o) => o !== undefined);
    if (offices.length > 0 && held.length > 0 && !offices.some((o) => held.includes(o))) return false;
    const parties = toks.map((t) => PARTIES[t]).filter((x) => x !== undefined);
    return !party || parties.length === 0 || parties.includes(party);
  };
  const people = new Set<number>();
  // the people of this and the two paragraphs before (an interview's questions come between); an ambiguous surname is someone too
  for (const group of candidatesBack(the.start, table, sal, (i) => table.entities[i]?.type === 'person' && !table.entities[i]?.plural, 2)) {
    for (const c of group) people.add(c.entity);
  }
  // the headline's only person is the one the article is about, when the article names them again since and quotes them
  const top = sal.blocks[0];
  const headline = new Set(table.mentions.filter((m) => top && m.start >= top.start && m.start < top.end && m.start < the.start && table.entities[m.entity]?.type === 'person').map((m) => m.entity));
  const main = [...headline][0];
  const body = table.mentions.filter((m) => m.entity === main && top && m.start >= top.end && m.start < the.start);
  if (headline.size === 1 && main !== undefined && body.length >= 2 && body.some((m) => /\s/.test(m.text.trim())) && sal.spoken.some((x) => x.entity === main && x.start < the.start)) people.add(main);
  const fitting = [...people].filter(accept);
  // two descriptions joined by `and` that several fit: the one who opens the nearest earlier sentence naming someone
  // ("Sen. Bernie Sanders on Wednesday also called …"), when the article gives them the office described or nobody else
  // fitting opens a sentence nearby (the others only named inside one); a single description is too loose for it
  if (coordinated && fitting.length > 1) {
    const groups = candidatesBack(the.start, table, sal, (i) => fitting.includes(i), 2);
    const opener = openers(text, groups[0] ?? [], sal);
    const only = opener.length === 1 ? opener[0] : undefined;
    const toks = only === undefined ? [] : (table.entities[only]?.descriptors ?? []).flatMap((d) => d.toLowerCase().split(/\s+/));
    const holds = toks.some((t) => offices.includes(OFFICES[t] ?? ''));
    const alone = new Set(groups.flatMap((g) => openers(text, g, sal))).size === 1;
    if (only !== undefined && (holds || alone)) fitting.splice(0, fitting.length, only);
  }
  const only = fitting[0];
  if (fitting.length !== 1 || only === undefined || table.entities[only]?.candidates) return null;
  // "a Republican senator, who asked not to be named, … the senator said": an unnamed person of that kind came before
  const blockIdx = sal.blocks.findIndex((b) => the.start >= b.start && the.start <= b.end);
  const floor = sal.blocks[Math.max(0, blockIdx - 1)]?.start ?? 0;
  const unnamed = new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${heads.map((h) => h.replace('secretary-of-state', 'secretary')).join('|')})\\b`, 'iu');
  if (unnamed.test(text.slice(floor, the.start))) return null;
  return { entity: only, source: { text: text.slice(the.start, last.end), start: the.start, end: last.end }, how: 'descriptor', confidence: 0.7 };
}

/** The people of one sentence's candidates who open it (only capitalised words before them), outside the headline. */
function openers(text: string, group: { entity: number; start: number; first: number }[], sal: Salience): number[] {
  const at = sal.sentenceStarts[sentenceOf(group[0]?.start ?? 0, sal.sentenceStarts)] ?? 0;
  const top = sal.blocks[0];
  const open = group.filter((c) => c.first === 0 && !(top && c.start < top.end) && /^[\s“"'‘]*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(text.slice(at, c.start)));
  return [...new Set(open.map((c) => c.entity))];
}

/** Heads that point back to someone already named ("the latter", "the other") rather than describe a speaker. */
const ANAPHORIC_HEADS = new Set([
  'latter', 'former', 'other', 'others', 'same', 'first', 'second', 'last', 'next', 'one', 'two', 'three', 'both',
  'rest', 'remainder', 'man', 'woman', 'person', 'people', 'guy', 'lady', 'gentleman', 'thing', 'way', 'time', 'day',
]);
const DESCRIPTION_DETERMINERS = new Set(['a', 'an', 'one', 'another', 'the', 'some', 'several', 'many', 'two', 'three']);

/**
 * A short description as a speaker of its own type, for a cue right next to the quote: "“…,” a voter said",
 * "said one protester", "the crowd chanted". The description stays what the text calls it (an unnamed role).
 */
export function descriptionSpeaker(text: string, start: number, end: number, table: MentionTable): Resolved | null {
  const ws = wordsOf(text.slice(start, end), start);
  const first = ws[0];
  const last = ws[ws.length - 1];
  if (!first || !last || ws.length < 2 || ws.length > 4 || !DESCRIPTION_DETERMINERS.has(first.lower)) return null;
  // a plain noun phrase: lower-case head, no complement or clause, no possessive, no digits
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(last.text) || ANAPHORIC_HEADS.has(last.lower) || /ly$|ing$/.test(last.lower)) return null;
  if (ws.slice(1).some((w) => PREPOSITIONS.has(w.lower) || isBetweenWord(w.text) || cueBase(w.text) !== null || ['be', 'been', 'being'].includes(w.lower) || CLAUSE_WORDS.has(w.lower) || DESCRIPTION_DETERMINERS.has(w.lower) || /['’]|\d/.test(w.text))) return null;
  if (ws.slice(1, -1).some((w) => !/^[\p{L}-]+$/u.test(w.text))) return null;
  if (/[,;:()]/.test(text.slice(start, end))) return null;
  const plural = /[^s]s$/.test(last.lower) && !/(?:ss|us|is)$/.test(last.lower) || last.lower === 'crowd' || last.lower === 'audience';
  const idx = table.addRole(text.slice(start, end), start, end, plural, first.lower !== 'the');
  return { entity: idx, source: { text: text.slice(start, end), start, end }, how: 'description', confidence: 0.7 };
}
