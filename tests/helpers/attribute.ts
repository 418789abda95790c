import { attributeQuotes } from '../../src/pipeline/attribute.ts';
import { extractQuotes } from '../../src/pipeline/quotes.ts';
import { docFromText } from './doc.ts';

/** Each quote of a made-up article with its kind, speaker, rule and evidence. */
export function attribute(text: string, indirect = false) {
  const doc = docFromText(text);
  const { speakers, quotes } = attributeQuotes(doc, extractQuotes(doc, { indirect }));
  return quotes.map((q) => ({
    text: q.text,
    kind: q.kind,
    speaker: q.speaker === null ? null : (speakers[q.speaker]?.name ?? null),
    type: q.speaker === null ? null : (speakers[q.speaker]?.type ?? null),
    rule: q.rule,
    cue: q.cue?.text ?? null,
    source: q.source?.text ?? null,
  }));
}

/** The speaker name of each quote of a made-up article, null where unclear. */
export const speakersOf = (text: string): (string | null)[] => attribute(text).map((q) => q.speaker);
