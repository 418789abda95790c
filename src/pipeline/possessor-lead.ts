/**
 * A quote after a colon that closes a phrase naming whose words follow: `Ruiz’s response was: “…”`,
 * `From Ruiz’s Facebook post: “…”`, `In Ruiz’s words: “…”`. The possessor is the speaker when the phrase
 * names one person or organisation the article knows and nothing else stands before the colon.
 */
import type { MentionTable } from './mentions.ts';
import { resolvePhrase, type Resolved, type Salience } from './subjects.ts';
import { wordsOf } from './context.ts';
import { cueBase } from './cues.ts';
import { clauseVerbBase } from './clause-verbs.ts';
import { DETERMINERS } from './attribute-context.ts';

/** Nouns for someone's own words (not a report about them: `Ruiz’s critics`, `Ruiz’s report` stay out). */
const OWN_WORDS = 'response|reply|answer|retort|statement|message|post|tweet|words|remarks|comment|comments|explanation|verdict|advice|plea|warning|promise|pitch|argument|reasoning|conclusion|assessment';

// the possessor: one to four capitalised words (titles and initials allowed), then `’s` or a plural's `’`
const POSSESSOR = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}?`;
// between the possessor and the noun: at most two adjectives or a platform (`Facebook post`, `terse written statement`)
const MODIFIERS = String.raw`(?:(?:\p{Ll}[\p{Ll}-]*|Facebook|Twitter|Instagram|YouTube|Medium)\s+){0,2}`;
const LEAD = new RegExp(String.raw`^\s*(?:(?:From|In)\s+)?(${POSSESSOR})(?:['’]s|(?<=s)['’])\s+${MODIFIERS}(?:${OWN_WORDS})(?:\s+(?:was|is|read|reads|said|says|in full))?\s*:\s*$`, 'u');

/** Words between the modifiers that hand the words to someone else or make the phrase no label of them. */
const NOT_OWN = /\b(?:about|to|for|on|of|with|by|against|and|or|critics?|opponents?|rivals?)\b/;

/**
 * The speaker whose words a possessive lead names (`lead`: the text from the sentence start to the opening
 * mark, starting at `leadStart`); null when there is no such lead or its possessor is not one known person or organisation.
 */
export function possessorSpeaker(text: string, leadStart: number, lead: string, table: MentionTable, sal: Salience): Resolved | null {
  const m = LEAD.exec(lead);
  const name = m?.[1];
  if (!m || !name) return null;
  const rest = lead.slice(m.index + m[0].indexOf(name) + name.length);
  if (NOT_OWN.test(rest)) return null;
  const start = leadStart + m.index + m[0].indexOf(name);
  const res = resolvePhrase(text, start, start + name.length, table, sal);
  if (!res || res.how === 'pronoun' || res.how === 'role' || res.how === 'document' || res.how === 'descriptor') return null;
  const e = table.entities[res.entity];
  if (!e || (e.type !== 'person' && e.type !== 'organisation')) return null;
  return { ...res, confidence: Math.min(res.confidence, 0.75) };
}

/** Nouns for a saying that belongs to its possessor (`his call for`, `her remark that`); not slogans, books or titles. */
const SAYING = 'call|calls|remark|remarks|claim|claims|promise|promises|pledge|pledges|vow|vows|warning|warnings|description|characterization|insistence|comment|comments|argument|assertion|assertions|boast|demand|demands|statement|statements|quip|retort|answer|response|reply|assumption|rejection|dictum|declaration|prediction|suggestion|admission|contention|accusation|charge|plea|threat|catch phrase';

// his / her, a capitalised possessor (`Trump’s`, `Mr. Obama's`, `Forbes’`) or a description (`The Florida senator’s`);
// the possessor starts a word, or every capital inside a long token is retried (quadratic)
const OWNER = String.raw`(?<pron>\b[Hh]is|\b[Hh]er)|(?<name>\b[Tt]he\s+(?:[\p{L}.-]+\s+){0,2}\p{Ll}[\p{Ll}-]*|(?<![\p{L}.’'-])${POSSESSOR})(?:['’]s|(?<=s)['’])`;
// a short phrase of time, place or audience after the noun (`on Wednesday`, `before a special House committee`)
// it ends on a word, so the spaces after it belong to one `\s+` only (two adjacent ones are quadratic on long runs of spaces)
const AFTER_NOUN = String.raw`(?:\s+(?:(?:on|in|during|before|at|from|to|last|earlier|this)\s+)?[\p{L}\d.-]+(?:\s+[\p{L}\d.-]+){0,4}?)?`;
// what may stand between the noun and the quote: `that` and a short clause, `for`/`to`/`of` and two words, or `was (that)`
const TAIL = String.raw`(?:${AFTER_NOUN}\s+that,?(?<clause>(?:\s+[^\s,;:.!?()“”"—–]+){0,14})|\s+(?:for|to|of)(?:\s+[\p{L}-]+){0,2}(?<as>\s+as)?|(?<copula>${AFTER_NOUN}(?:\s*\([^()]{1,60}\))?(?:,[^,;:“”"]{1,60},)?\s+(?:was|is)(?:\s+that)?,?))\s*$`;
// an adjective or a month before the noun (`her March comment`, `his oft-repeated call`), not a noun: `Her economic plan promises to`
const ADJECTIVE = String.raw`(?:\p{Ll}[\p{Ll}-]*(?:ed|al|ic|ous|ful|ive|ent|ant|ing|ary|est|ier)|famous|recent|latest|first|last|new|stock|own|January|February|March|April|May|June|July|August|September|October|November|December)`;
const ADJECTIVE_WORD = new RegExp(`^${ADJECTIVE}$`, 'u');
const OWNED = new RegExp(String.raw`(?:${OWNER})\s+(?:${ADJECTIVE}\s+){0,2}(?<noun>${SAYING})${TAIL}`, 'u');

/** Words after which a cue word is a noun (`secretary of state`, `a convoluted answer`). */
const BEFORE_NOUN = new Set([...DETERMINERS, 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from']);

/** A cue, a clause verb or `according to` before the possessor: someone else reports the saying (`the rally denounced Trump’s call for`). */
function reportedBySomeoneElse(before: string): boolean {
  if (/\baccording to\b/i.test(before)) return true;
  const ws = wordsOf(before);
  return ws.some((w, i) => {
    if (!/^\p{Ll}/u.test(w.text) || (cueBase(w.text) === null && clauseVerbBase(w.text) === null)) return false;
    const prev = ws[i - 1];
    if (BEFORE_NOUN.has(prev?.lower ?? '') || (prev && ADJECTIVE_WORD.test(prev.text) && DETERMINERS.has(ws[i - 2]?.lower ?? ''))) return false;
    // "a super PAC called Future 45": naming, not speaking
    const next = ws[i + 1];
    return !(cueBase(w.text) === 'call' && next && /^\p{Lu}/u.test(next.text) && !/['’]s?$/.test(next.text));
  });
}

/**
 * The owner of a speech noun whose content is the quote (`his call for “…”`, `her remark that “…”`, `Trump’s claim that
 * he “…”`, `His assumption was that “…”`): `lead` is the text from the sentence start (`leadStart`)
 * to the opening mark, `sentenceStart` where its sentence starts. Null when another speaker's verb stands before the
 * owner, when an `as` hands the quote to someone's label of the saying, or when the owner is not one known person or
 * organisation.
 */
export function ownedSayingSpeaker(text: string, sentenceStart: number, leadStart: number, lead: string, table: MentionTable, sal: Salience): Resolved | null {
  const m = OWNED.exec(lead);
  const g = m?.groups;
  if (!m || !g) return null;
  // `Ruiz’s statement that she opposed the lease as “…”`, `Trump’s comments as “…”`: the label is someone else's
  if (/\bas\b/.test(g.clause ?? '') || (g.as && !/^(?:description|characterization)$/.test(g.noun ?? ''))) return null;
  // `The Ohio senator’s answer was that …` only as the sentence's subject
  const owner = g.pron ?? g.name ?? '';
  const start = leadStart + m.index + m[0].indexOf(owner);
  if (g.copula !== undefined && text.slice(sentenceStart, start).trim() !== '') return null;
  if (reportedBySomeoneElse(text.slice(sentenceStart, start))) return null;
  const res = resolvePhrase(text, start, start + owner.length, table, sal);
  if (!res || res.how === 'role' || res.how === 'document') return null;
  const e = table.entities[res.entity];
  if (!e || (e.type !== 'person' && e.type !== 'organisation')) return null;
  if (res.how === 'pronoun' && res.confidence < 0.7) return null;
  return { ...res, confidence: Math.min(res.confidence, 0.7) };
}
