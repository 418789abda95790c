import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../helpers/doc.ts';
import { extractQuotes } from '../../src/pipeline/quotes.ts';
import { attributeQuotes } from '../../src/pipeline/attribute.ts';

/** Text built from the pieces that trouble quote finders: marks of every kind, names, cues, line breaks. */
const piece = fc.constantFrom('“', '”', '"', "'", '‘', '’', '«', '»', '„', "''", '(', ')', '[', ']', '…', '...', '.', ',', ':', ' ', ' ', '\n', '\n\n',
  'PENCE:', 'Q:', 'A:', 'said that', 'told reporters', 'Russia was', 'Dexter Wakefield', ', a spokeswoman for the city,', 'Said', 'the senator',
  'Putin', 'said', 'he', 'she', 'the Kremlin', 'Quote:', 'according to', 'Mr.', 'U.S.', 'spokesman', 'an adviser to', 'John Kirby', 'told reporters', 'we', 'war', 'don’t', "students'");
const messy = fc.oneof(fc.array(piece, { maxLength: 80 }).map((a) => a.join('')), fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

describe('extraction and attribution never fail', () => {
  it('return spans inside the text whose text is the slice, quickly', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const doc = docFromText(text);
        const started = performance.now();
        const quotes = extractQuotes(doc, { indirect: true });
        const { speakers, quotes: attributed } = attributeQuotes(doc, quotes);
        expect(performance.now() - started).toBeLessThan(1000);
        for (const q of attributed) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          for (const s of [q.source, q.cue, ...q.insertions]) if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
          if (q.speaker !== null) expect(speakers[q.speaker]).toBeDefined();
          // a quote never crosses a paragraph boundary
          expect(q.text.includes('\n')).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stay fast on a long article with an unclosed mark in every paragraph', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Putin said “we will ${i} and the spokesman John Kirby said, ‘no`).join('\n\n');
    const doc = docFromText(text);
    const started = performance.now();
    attributeQuotes(doc, extractQuotes(doc, { indirect: true }));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
