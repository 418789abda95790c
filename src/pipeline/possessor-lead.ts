/**
 * A quote after a colon that closes a phrase naming whose words follow: `Ruiz’s response was: “…”`,
 * `From Ruiz’s Facebook post: “…”`, `In Ruiz’s words: “…”`. The possessor is the speaker when the phrase
 * names one person or organisation the article knows and nothing else stands before the colon.
 */
import type { MentionTable } from './mentions.ts';
import { resolvePhrase, type Resolved, type Salience } from './subjects.ts';

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
