/** Who `it`/`they` refers to: an organisation or group of the nearest sentence, or the document a speaking `it` stands for. */
import type { MentionTable } from './mentions.ts';
import type { Word } from './context.ts';
import { itAntecedent } from './it-antecedent.ts';
import { candidatesBack } from './antecedent-candidates.ts';
import { isDocumentPhrase, resolvePhrase, type Resolved, type Salience } from './subjects.ts';

/** they/it → the organisation or group that spoke or was named in the nearest sentence. */
export function resolveGroupPronoun(w: Word, plural: boolean, table: MentionTable, sal: Salience): Resolved | null {
  const accept = (i: number): boolean => {
    const e = table.entities[i];
    if (!e) return false;
    return e.type === 'organisation' || (plural && e.plural);
  };
  // "on its Facebook page": an organisation named as a modifier is no group that can speak
  const modifier = (c: { start: number }): boolean => table.mentions.some((m) => m.start === c.start && m.modifier);
  const nearest = candidatesBack(w.start, table, sal, accept).map((g) => g.filter((c) => !modifier(c))).filter((g) => g.length > 0)[0];
  if (!nearest || new Set(nearest.map((c) => c.entity)).size !== 1) return null;
  const pick = nearest[0];
  if (!pick) return null;
  return { entity: pick.entity, source: { text: w.text, start: w.start, end: w.end }, how: 'pronoun', confidence: 0.7 };
}

/** A speaking `it` → the document or organisation the sentences before it name ("The email includes …. At the bottom it reads"). */
export function resolveThingPronoun(text: string, w: Word, table: MentionTable, sal: Salience): Resolved | null {
  const kindOf = (i: number): 'person' | 'organisation' | 'document' | 'other' => {
    const e = table.entities[i];
    if (!e) return 'other';
    if (e.type === 'person' || e.type === 'organisation') return e.type;
    const m = e.mentions[0];
    return e.type === 'role' && m && isDocumentPhrase(text, m.start, m.end) ? 'document' : 'other';
  };
  const found = itAntecedent(w.start, { text, sentenceStarts: sal.sentenceStarts, quoteRanges: sal.quoteRanges, blocks: sal.blocks, spoken: sal.spoken, mentions: table.mentions, kindOf });
  if (!found) return null;
  let entity = 'entity' in found ? found.entity : -1;
  if ('phrase' in found && found.name) {
    // "the Business Council of Harlow County": a capitalised name headed by council, group, party …
    const from = /^the /i.test(found.phrase.text) ? found.phrase.start + 4 : found.phrase.start;
    entity = table.addOrg(text.slice(from, found.phrase.end), from, found.phrase.end);
  } else if ('phrase' in found) {
    const r = resolvePhrase(text, found.phrase.start, found.phrase.end, table, sal);
    if (!r || (r.how !== 'document' && r.how !== 'organisation')) return null;
    entity = r.entity;
  }
  return { entity, source: { text: w.text, start: w.start, end: w.end }, how: 'pronoun', confidence: 0.7, document: kindOf(entity) === 'document' };
}
