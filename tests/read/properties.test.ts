import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/pipeline/read.ts';
import type { ArticleDoc, Span } from '../../src/pipeline/types.ts';

/** Every span the reading stage produces. */
function allSpans(doc: ArticleDoc): Span[] {
  const meta = doc.meta as ArticleDoc['meta'] & { dateline?: Span | null };
  return [...doc.lines, ...doc.blocks, ...doc.sentences, ...doc.removed, ...doc.meta.dateCues, ...(meta.dateline ? [meta.dateline] : [])];
}

/** Lines that look like pasted pages: prose, quotes, furniture, odd characters. */
const pageLine = fc.oneof(
  fc.constantFrom(
    '',
    'Advertisement',
    'Photo by Jane Roe/AFP via Getty Images',
    '© 2024 Example News. All rights reserved.',
    'By Sam Writer | Example News',
    'WASHINGTON, April 15. /TASS/. Officials said talks would go on.',
    '“We will strive for an end to this,” he said. Dr. J. R. Smith agreed… The U.S. paid $1.8 billion.',
    'Read more: Something else happened',
    'example.com',
    'Section heading here',
    '\u00a0\u200b\ufeff\u0000\u0007',
    'Eddie Roe is a reporter at Example News.',
  ),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
);
const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\u2028');

describe('reading never fails and keeps offsets exact', () => {
  it('on arbitrary strings and page-like texts', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.tuple(pageLine, lineEnd), { maxLength: 25 }).map((parts) => parts.map(([l, e]) => l + e).join('')),
    );
    fc.assert(
      fc.property(text, (input) => {
        const { doc, toOriginal } = readArticle('prop.txt', new TextEncoder().encode(input));
        const decoded = new TextDecoder().decode(new TextEncoder().encode(input)).replace(/^\ufeff/, '');
        for (const s of allSpans(doc)) {
          expect(doc.text.slice(s.start, s.end)).toBe(s.text);
          const a = toOriginal(s.start);
          const b = toOriginal(s.end);
          expect(0 <= a && a <= b && b <= decoded.length).toBe(true);
        }
        expect(doc.sentences.every((s) => s.block >= 0 && s.block < doc.blocks.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const { doc, toOriginal, problems } = readArticle('bytes.txt', bytes);
        for (const s of allSpans(doc)) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
        for (let i = 0; i <= doc.text.length; i += 7) expect(toOriginal(i)).toBeGreaterThanOrEqual(0);
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
