/**
 * Sign-offs: a quote paragraph signed with a dash and a name, as lists of reader responses and pasted tweets
 * are written: `“…” ― Ana Torres`, `"…" — Ana Torres, a nurse in Tucson`, `“…” —@handle`,
 * `“…” — Ana Torres (@atorres) September 26, 2016`. The name is the speaker.
 */
import type { Span } from './types.ts';
import { cueBase } from './cues.ts';
import { wordsOf } from './context.ts';
import type { MentionTable } from './mentions.ts';
import { isNewsOrg, resolvePhrase, type Resolved, type Salience } from './subjects.ts';
import { TITLE_WORDS } from './names.ts';

// a name: capitalised words and initials ("Edwin G. Monroy", "Christina N Luis Olidem"), name particles between them
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}’'-]*\.?`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:de|del|da|di|van|von|der|la|le|al|bin)\s+)?${NAME_WORD}){0,4}`;
const HANDLE = String.raw`@\w{1,30}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
// after the name: its handle, a date (a pasted tweet), or a short description after a comma ("a nurse in Tucson")
const AFTER = String.raw`(?:\s*\(${HANDLE}\))?(?:\s+${MONTH}\s+\d{1,2},?\s+\d{4}|,\s*([^“”"«»\n]{1,120}?))?`;
// the dash opens the signature; a bare handle may touch it ("—@handle"), a name is set off by a space
const SIGN_OFF = new RegExp(String.raw`^\s*[.,]?\s*(?:―|—|–|--?)(?:\s*(${HANDLE})|\s+(${NAME})${AFTER})\s*\.?\s*$`, 'u');

/** Words that sign a quote without naming anyone. */
const NOBODY = /^(?:anonymous|unknown|unnamed|name withheld|staff|editors?|readers?|source)\b/i;

/** The signature at the end of a paragraph: the dash, and the name or handle it signs with (null when there is none). */
export function signatureOf(text: string, from: number, to: number): { dash: Span; name: Span; handle: boolean } | null {
  const tail = text.slice(from, to);
  const m = SIGN_OFF.exec(tail);
  if (!m) return null;
  const handle = m[1];
  const name = handle ?? m[2];
  if (!name || NOBODY.test(name)) return null;
  // a description is a phrase, not a new sentence: ", a nurse in Tucson", not ", he said. Later …"
  const desc = m[3];
  if (desc && (/[.!?]\s+\p{Lu}/u.test(desc) || wordsOf(desc).length > 15 || wordsOf(desc).some((w) => cueBase(w.text) !== null && !/^\p{Lu}/u.test(w.text)))) return null;
  const dashAt = from + tail.search(/―|—|–|-/);
  const dashEnd = dashAt + (/^--/.test(text.slice(dashAt)) ? 2 : 1);
  const nameAt = tail.indexOf(name, dashEnd - from) + from;
  const nameEnd = nameAt + name.replace(/\.$/, '').length;
  return { dash: { text: text.slice(dashAt, dashEnd), start: dashAt, end: dashEnd }, name: { text: text.slice(nameAt, nameEnd), start: nameAt, end: nameEnd }, handle: !!handle };
}

/**
 * The speaker a paragraph's sign-off names for a quote of that paragraph: the paragraph opens with a quote and
 * ends with the signature (or the next paragraph is the signature alone: `next`), and between its quotes the reporter says nothing that reports speech (at most a few
 * words). `quotes` are the outer ranges (marks included) of the article's quotes; `byline` the article's author,
 * whose sign-off after a brief is no speaker.
 */
export function signOffSpeaker(text: string, block: Span, quote: Span, quotes: Span[], table: MentionTable, sal: Salience, byline: string | null, next?: Span): { res: Resolved; cue: Span } | null {
  const inBlock = quotes.filter((r) => r.start >= block.start && r.start < block.end).sort((a, b) => a.start - b.start);
  const first = inBlock[0];
  const last = inBlock[inBlock.length - 1];
  if (!first || !last || text.slice(block.start, first.start).trim() !== '' || !inBlock.some((r) => r.start <= quote.start && r.end >= quote.end)) return null;
  // the signature may be a paragraph of its own right after a quote-only paragraph (a fact check's `"…" ¶ - Ana Ruiz.`)
  const own = /^[\s.,]*$/.test(text.slice(last.end, block.end)) && next && !quotes.some((r) => r.start >= next.start && r.start < next.end);
  const sig = signatureOf(text, last.end, block.end) ?? (own ? signatureOf(text, next.start, next.end) : null);
  if (!sig) return null;
  // the reporter's words between the quotes: a few, and no speech cue ("“…,” she said. “…” — Name" is not signed)
  const between = inBlock.slice(1).map((r, i) => text.slice((inBlock[i] as Span).end, r.start)).join(' ');
  const ws = wordsOf(between);
  if (ws.length > 12 || ws.some((w) => cueBase(w.text) !== null)) return null;
  const cue = sig.dash;
  if (sig.handle) {
    // a handle names an account, not known to be a person or an organisation
    const idx = table.addRole(sig.name.text, sig.name.start, sig.name.end, false);
    return { res: { entity: idx, source: sig.name, how: 'name', confidence: 0.8 }, cue };
  }
  // the author signing a brief ("…”--Kim Ruiz") reports, she is not the speaker
  const surname = sig.name.text.split(/\s+/).at(-1) ?? '';
  if (byline && surname.length > 1 && byline.includes(surname)) return null;
  // "— Reuters" after a quote paragraph credits the wire that sent the story, not the speaker
  if (isNewsOrg(sig.name.text)) return null;
  const words = wordsOf(sig.name.text, sig.name.start);
  // a single word names someone only when the article already knows them ("— Trump", not "— Madonna" or "— More")
  if (words.length === 1 && table.findPerson([sig.name.text]) < 0 && !table.mentions.some((m) => text.slice(m.start, m.end) === sig.name.text)) return null;
  const res = resolvePhrase(text, sig.name.start, sig.name.end, table, sal);
  const e = res ? table.entities[res.entity] : undefined;
  if (!res || !e || (e.type !== 'person' && e.type !== 'organisation') || !['name', 'organisation'].includes(res.how)) return null;
  // the whole signature is the name, after titles at most ("— Sen. Ana Ortiz"; not "— Read More", which resolves to "More")
  if (words.some((w) => w.end <= res.source.start && !TITLE_WORDS.has(w.lower))) return null;
  return { res: { ...res, confidence: Math.min(res.confidence, 0.8) }, cue };
}
