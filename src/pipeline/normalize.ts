/**
 * Normalisation: the decoded text becomes the analysis text. Line ends become `\n`, odd spaces
 * become plain spaces, invisible characters are removed (joiners stay), control characters become spaces.
 * `toOriginal` maps analysis offsets back to the decoded text exactly.
 */
import type { NormalizedText } from './types.ts';

/** What normalisation did, for warnings. */
export interface NormalizeReport {
  /** Control characters (NUL, …) replaced by spaces. */
  controls: number;
  /** Invisible characters (zero-width, soft hyphen, direction marks) removed. */
  invisibles: number;
}

const LINE_BREAKS = new Set(['\u2028', '\u2029', '\u0085', '\v', '\f']);
// Zero-width space, BOM, soft hyphen, direction marks and isolates: no visible effect. The zero-width
// joiner and non-joiner (U+200D, U+200C) stay: they shape emoji sequences and Persian and Indic words.
const INVISIBLE = /[\u200B\u200E\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u202A-\u202E\u2066-\u2069\u034F]/;
const ODD_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/;
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;

/** Normalises decoded text for analysis and returns the analysis text with its offset map. */
export function normalize(decoded: string): NormalizedText & { report: NormalizeReport } {
  const out: string[] = [];
  const origin: number[] = []; // origin[i]: index in `decoded` of analysis character i
  const report: NormalizeReport = { controls: 0, invisibles: 0 };
  for (let i = 0; i < decoded.length; i++) {
    const ch = decoded[i] as string;
    const code = decoded.charCodeAt(i);
    // printable ASCII and `\n` (nearly every character) stay as they are: no set or pattern to test
    if ((code >= 0x20 && code < 0x7f) || code === 0x0a) {
      out.push(ch);
      origin.push(i);
      continue;
    }
    if (ch === '\r') {
      out.push('\n');
      origin.push(i);
      if (decoded[i + 1] === '\n') i++; // CRLF: the LF is dropped so `\n` maps to the CR
      continue;
    }
    if (LINE_BREAKS.has(ch)) out.push('\n');
    else if (INVISIBLE.test(ch)) {
      report.invisibles++;
      continue;
    } else if (ODD_SPACE.test(ch)) out.push(' ');
    else if (CONTROL.test(ch)) {
      report.controls++;
      out.push(' ');
    } else out.push(ch);
    origin.push(i);
  }
  const text = out.join('');
  return { text, toOriginal: makeToOriginal(text, origin, decoded.length), report };
}

/**
 * Builds the offset map. Where characters were removed between two analysis characters, a
 * boundary before whitespace is read as a span end (kept tight to the preceding character) and
 * any other boundary as a span start (at the following character).
 */
export function makeToOriginal(text: string, origin: readonly number[], originalLength: number): (index: number) => number {
  const n = origin.length;
  return (index: number): number => {
    if (Number.isNaN(index) || index < 0) return 0;
    const i = Math.floor(index);
    if (i === 0) return origin[0] ?? 0;
    if (i >= n) return n === 0 ? 0 : Math.min(originalLength, (origin[n - 1] as number) + 1);
    const here = origin[i] as number;
    const prevEnd = (origin[i - 1] as number) + 1;
    if (here === prevEnd) return here;
    return /\s/.test(text[i] as string) ? prevEnd : here;
  };
}
