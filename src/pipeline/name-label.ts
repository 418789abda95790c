/**
 * Name labels inside a paragraph: `Clinton: "…" Bush: "…"`, `Poll lessons - Carl Bialik: “…”`,
 * `More from Jones: “…”`. The label is the speaker when it names one person or organisation the article knows.
 */
import type { MentionTable } from './mentions.ts';
import { cueBase } from './cues.ts';
import { TITLE_WORDS } from './names.ts';
import { resolvePhrase, type Resolved, type Salience } from './subjects.ts';

// a name run in ordinary case (upper-case labels are transcripts), initials allowed, no "and" (two people are no single speaker)
const NAME = String.raw`\p{Lu}(?:\p{Ll}[\p{L}’'-]*|\.)(?:\s+\p{Lu}(?:\p{Ll}[\p{L}’'-]*|\.)){0,3}`;
// the label stands alone (after the previous quote or the start of its sentence), after a headline's dash, or after "More from"
const LABEL = new RegExp(String.raw`(?:^\s*|\s[-–—]+\s*)(?:(?:More\s+)?[Ff]rom\s+)?(${NAME})\s*:\s*$`, 'u');

/**
 * The speaker named by a label right before a quote (`lead`: the text from the sentence start to the opening
 * mark); null when a label is there but names nobody the article knows, undefined when there is no label.
 */
export function labelSpeaker(text: string, leadStart: number, lead: string, quote: string, table: MentionTable, sal: Salience): Resolved | null | undefined {
  const m = LABEL.exec(lead) ?? LABEL.exec(' '.repeat(titleLength(lead)) + lead.slice(titleLength(lead)));
  const name = m?.[1];
  if (!m || !name) return undefined;
  // an inverted cue ("Said Ellis: “…”") is not a label: the cue rules read it
  if (cueBase(name.split(/\s/)[0] ?? '') !== null) return undefined;
  // a headline ("Trump: ‘We Are Going All The Way’"): titles are the outlet's words
  const words = quote.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length > words.length / 2) return null;
  const start = leadStart + m.index + m[0].indexOf(name);
  const end = start + name.length;
  // only someone the article already knows: a new capitalised word ("Update:") is no speaker (and is not added)
  const known = table.mentions.some((x) => x.start < end && x.end > start || text.slice(x.start, x.end) === name) || table.findPerson(name.split(/\s+/)) >= 0;
  if (!known) return null;
  const res = resolvePhrase(text, start, end, table, sal);
  if (!res || res.how === 'pronoun' || res.how === 'descriptor' || res.how === 'role' || res.how === 'document') return null;
  const e = table.entities[res.entity];
  if (!e || (e.type !== 'person' && e.type !== 'organisation')) return null;
  return { ...res, confidence: Math.min(res.confidence, 0.85) };
}

/** Length of the title words opening a label (`Former secretary of state `, `Rep. `), 0 when none. */
function titleLength(lead: string): number {
  const m = /^\s*(?:[\p{L}.]+\s+){1,6}/u.exec(lead);
  if (!m) return 0;
  let len = 0;
  // only title words (and `of`/`the` inside a title) may stand before the name: "Here is what he told Clinton:" is no label
  for (const w of m[0].matchAll(/[\p{L}.]+\s+/gu)) {
    const word = w[0].trim().toLowerCase();
    if (!TITLE_WORDS.has(word) && !(len > 0 && (word === 'of' || word === 'the'))) break;
    len = (w.index ?? 0) + w[0].length;
  }
  return len;
}
