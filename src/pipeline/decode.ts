/**
 * Decoding: raw bytes of a seed file to the text "as read" that the data contract's offsets
 * refer to (UTF-8 with the BOM dropped; UTF-16 with a BOM; Windows-1252 for invalid UTF-8).
 */
import type { DecodedText, Encoding } from './types.ts';

/** Detects a byte-order mark and returns the encoding it announces and its length in bytes. */
export function sniffBom(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Guesses UTF-16 without a BOM: ASCII text in UTF-16 has a zero in every other byte. */
export function sniffUtf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Real UTF-16 prose: most pairs have one zero byte, on the same side.
  if (oddZeros / pairs > 0.6 && evenZeros / pairs < 0.05) return 'utf-16le';
  if (evenZeros / pairs > 0.6 && oddZeros / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Decodes bytes with `encoding`, never throwing (invalid sequences become U+FFFD). */
function lenient(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes);
}

/** Decodes a seed file: BOM first, then strict UTF-8, then UTF-16 without BOM, then Windows-1252. */
export function decode(bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  const bom = sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = lenient(body, bom.encoding);
    if (bom.encoding !== 'utf-8') warnings.push(`read as ${bom.encoding.toUpperCase()} (byte-order mark found)`);
    if (text.includes('\uFFFD') && !strictOk(body, bom.encoding)) {
      warnings.push(`some bytes are not valid ${bom.encoding.toUpperCase()}; they were replaced by “�”`);
    }
    return { text, encoding: bom.encoding, warnings };
  }
  if (strictOk(bytes, 'utf-8')) return { text: lenient(bytes, 'utf-8'), encoding: 'utf-8', warnings };
  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) {
    warnings.push(`read as ${utf16.toUpperCase()} (no byte-order mark, but the byte pattern is UTF-16)`);
    return { text: lenient(bytes, utf16), encoding: utf16, warnings };
  }
  warnings.push('not valid UTF-8; read as Windows-1252');
  return { text: lenient(bytes, 'windows-1252'), encoding: 'windows-1252', warnings };
}

/** True when `bytes` decode without error in `encoding`. */
function strictOk(bytes: Uint8Array, encoding: Encoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
