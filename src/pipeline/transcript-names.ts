/**
 * Transcript labels that name someone the article never writes in ordinary case: in a transcript where
 * `"WALLACE: …` and `"PENCE: …` lines alternate, the host's label is the only mention of him, and it names him.
 */
import type { ArticleDoc, Span } from './types.ts';
import type { MentionTable } from './mentions.ts';
import type { Resolved } from './subjects.ts';
import { wordsOf } from './context.ts';
import { isNationality, KNOWN_ORGS, ORG_HEADS, PLACES, PLURAL_ROLES, ROLE_HEADS, TITLE_WORDS } from './names.ts';
import { NOT_SPEAKER_LABEL, SPEAKER_LABEL } from './quotes.ts';

/** Label words of stage directions and unnamed voices ("CROSSTALK", "UNIDENTIFIED MALE", "AUDIENCE MEMBER"). */
const NOT_A_NAME = new Set([
  'crosstalk', 'inaudible', 'laughter', 'applause', 'unidentified', 'unknown', 'male', 'female', 'man', 'woman', 'crowd',
  'audience', 'member', 'announcer', 'narrator', 'voice', 'question', 'answer', 'caller', 'participant', 'all', 'both',
  'audio', 'clip', 'end', 'begin', 'commercial', 'break', 'music', 'interviewer', 'panel', 'off', 'camera', 'sot', 'vo',
  // explainer heads ("WHY IT MATTERS:", "WHAT'S NEXT:", "THE BOTTOM LINE:")
  'what', "what's", 'why', 'how', 'who', 'where', 'when', 'it', 'is', 'the', 'a', 'of', 'and', 'to', 'in', 'next', 'bottom', 'line',
]);

/** The speaker labels that open the article's paragraphs, inside an opening mark or not (`"WALLACE: …`, `PENCE: …`). */
export function paragraphLabels(doc: ArticleDoc): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    const m = b.kind === 'paragraph' ? SPEAKER_LABEL.exec(b.text.replace(/^["“”']\s*/, '')) : null;
    if (m?.[1] && m[1] !== 'Q' && m[1] !== 'A' && !NOT_SPEAKER_LABEL.test(m[1])) out.push(m[1]);
  }
  return out;
}

/** True when an upper-case label is shaped like a personal name: no role, title, place, organisation or stage word. */
export function labelIsName(label: string): boolean {
  const ws = label.split(/\s+/).map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
  return ws.length > 0 && ws.every((w) => /^\p{L}[\p{L}'’-]+$/u.test(w) && !NOT_A_NAME.has(w) && !ROLE_HEADS.has(w) && !PLURAL_ROLES.has(w)
    && !TITLE_WORDS.has(w) && !KNOWN_ORGS.has(w) && !ORG_HEADS.has(w) && !PLACES.has(w) && !isNationality(w[0]?.toUpperCase() + w.slice(1)));
}

/** Label words in ordinary case ("JAKE TAPPER" → Jake, Tapper), as the mention table knows names. */
const ordinaryCase = (label: string): string[] => label.split(/\s+/).map((w) => w.slice(0, 1) + w.slice(1).toLowerCase());

/**
 * The person a transcript label names when the article knows nobody by that name: only in a transcript (three
 * labelled paragraphs or more, two labels or more alternating, another label naming a person the article knows:
 * the interview partner) and for a label shaped like a name. The person is added to the article's table under the
 * name in ordinary case ("Wallace"); null when the label is no such name.
 */
export function transcriptPerson(doc: ArticleDoc, label: Span, table: MentionTable): Resolved | null {
  const labels = paragraphLabels(doc);
  if (labels.length < 3 || new Set(labels).size < 2 || !labels.includes(label.text) || !labelIsName(label.text)) return null;
  // a list of upper-case heads is no transcript: someone the article names must take part
  if (!labels.some((l) => l !== label.text && table.findPerson(ordinaryCase(l)) >= 0)) return null;
  const idx = table.addPerson(wordsOf(label.text, label.start), null);
  const e = table.entities[idx];
  if (!e) return null;
  // the label's capitals are the transcript's typography, not the name
  if (e.name === e.name.toUpperCase()) e.name = e.name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return { entity: idx, source: label, how: 'name', confidence: 0.8 };
}
