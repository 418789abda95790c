import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pipeline/decode.ts';
import { normalize } from '../../src/pipeline/normalize.ts';
import { readArticle } from '../../src/pipeline/read.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const utf16le = (s: string) => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const swap = (b: Uint8Array) => b.map((_, i) => b[i % 2 === 0 ? i + 1 : i - 1] ?? 0);

const SAMPLE = 'The minister said “talks will resume” on Monday.';

describe('decode', () => {
  it('reads UTF-8 and drops the byte-order mark', () => {
    const result = decode(concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(SAMPLE)));
    expect(result).toEqual({ text: SAMPLE, encoding: 'utf-8', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const le = decode(concat(new Uint8Array([0xff, 0xfe]), utf16le(SAMPLE)));
    expect(le.text).toBe(SAMPLE);
    expect(le.encoding).toBe('utf-16le');
    const be = decode(concat(new Uint8Array([0xfe, 0xff]), swap(utf16le(SAMPLE))));
    expect(be.text).toBe(SAMPLE);
    expect(be.encoding).toBe('utf-16be');
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a warning', () => {
    // “Café” with curly quotes as Windows-1252 bytes: 0x93 C a f 0xE9 0x94
    const result = decode(new Uint8Array([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]));
    expect(result.text).toBe('“Café”');
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings.join(' ')).toMatch(/Windows-1252/);
  });

  it('returns the text as read, which the offset map points into', () => {
    const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('Ministers met\u200b on Monday to agree the budget\r\nand said talks would go on.\r\n'));
    const { source, toOriginal, doc } = readArticle('bom.txt', bytes);
    expect(source).toBe('Ministers met\u200b on Monday to agree the budget\r\nand said talks would go on.\r\n');
    const block = doc.blocks[0];
    expect(block && source.slice(toOriginal(block.start), toOriginal(block.end))).toBe('Ministers met\u200b on Monday to agree the budget\r\nand said talks would go on.');
    expect(readArticle('old.txt', new Uint8Array([0x93, 0x48, 0x69, 0x94])).source).toBe('“Hi”');
  });

  it('reports the Windows-1252 fallback as a problem of the file', () => {
    const { problems, encoding } = readArticle('old.txt', new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2e]));
    expect(encoding).toBe('windows-1252');
    expect(problems).toContainEqual(expect.objectContaining({ file: 'old.txt', severity: 'warning', code: 'not-utf8' }));
  });
});

describe('normalize', () => {
  it('turns CRLF and CR into LF and maps offsets back to the decoded text', () => {
    const decoded = 'First line.\r\nSecond line.\rThird line.';
    const { text, toOriginal } = normalize(decoded);
    expect(text).toBe('First line.\nSecond line.\nThird line.');
    const second = text.indexOf('Second');
    expect(decoded.slice(toOriginal(second), toOriginal(second + 'Second line.'.length))).toBe('Second line.');
    const third = text.indexOf('Third');
    expect(decoded.slice(toOriginal(third), toOriginal(text.length))).toBe('Third line.');
  });

  it('reads NBSP and odd spaces as spaces and removes zero-width characters, offsets exact', () => {
    const decoded = 'Mr.\u00a0Kirby\u200b said\u2009“no\u00adthing\ufeff” today.';
    const { text, toOriginal } = normalize(decoded);
    expect(text).toBe('Mr. Kirby said “nothing” today.');
    const quote = text.indexOf('“');
    const end = text.indexOf('”') + 1;
    expect(decoded.slice(toOriginal(quote), toOriginal(end))).toBe('“no\u00adthing\ufeff”');
    // A span ending before a removed invisible character does not swallow it.
    const kirby = text.indexOf('Kirby');
    expect(decoded.slice(toOriginal(kirby), toOriginal(kirby + 5))).toBe('Kirby');
  });

  it('keeps the zero-width joiner and non-joiner, which emoji and Persian words need', () => {
    const decoded = 'Family 👩\u200d👩\u200d👧 and\u200b می\u200cخواهم now.';
    const { text, toOriginal } = normalize(decoded);
    expect(text).toBe('Family 👩\u200d👩\u200d👧 and می\u200cخواهم now.');
    const word = text.indexOf('می');
    expect(decoded.slice(toOriginal(word), toOriginal(word + 'می\u200cخواهم'.length))).toBe('می\u200cخواهم');
  });

  it('reads NUL and other control characters as spaces without crashing', () => {
    const { text, report } = normalize('Bad\u0000byte\u0007here.');
    expect(text).toBe('Bad byte here.');
    expect(report.controls).toBe(2);
    const { problems } = readArticle('nul.txt', utf8('Officials said the bridge would reopen\u0000 on Friday after repairs to the deck.'));
    expect(problems.map((p) => p.code)).toContain('control-characters');
  });

  it('maps every index within bounds and in order', () => {
    const decoded = '\ufeff\u200bA\r\nB\u200b\u200bC\r';
    const { text, toOriginal } = normalize(decoded);
    let previous = 0;
    for (let i = 0; i <= text.length; i++) {
      const o = toOriginal(i);
      expect(o).toBeGreaterThanOrEqual(previous);
      expect(o).toBeLessThanOrEqual(decoded.length);
      previous = o;
    }
  });
});
