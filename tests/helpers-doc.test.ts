import { describe, expect, it } from 'vitest';
import { docFromText } from './helpers/doc.ts';

describe('docFromText fixture helper', () => {
  it('keeps offsets exact', () => {
    const text = 'First line. Second sentence!\n\nAnother “quoted” one.';
    const doc = docFromText(text);
    for (const s of [...doc.blocks, ...doc.sentences]) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.blocks).toHaveLength(2);
    expect(doc.sentences.map((s) => s.text)).toEqual(['First line.', 'Second sentence!', 'Another “quoted” one.']);
  });
});
