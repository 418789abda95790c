/**
 * The reporter's words around a quote: sentence windows and word tokens with offsets.
 */
import type { Span } from './types.ts';

/** Every character that can open or close a quotation in news text. */
export const QUOTE_CHARS = '“”„‟"«»‹›‘’‚\'`';

export interface Word extends Span {
  /** Lower-case form. */
  lower: string;
}

/** Words (letters, digits, inner apostrophes, dots of abbreviations, hyphens) of `text` from `offset`; the first `limit` only. */
export function wordsOf(text: string, offset = 0, limit = Infinity): Word[] {
  const out: Word[] = [];
  // One regex reused with exec: matchAll would clone it for every call (thousands per article).
  WORD.lastIndex = 0;
  for (let m = limit > 0 ? WORD.exec(text) : null; m !== null; m = out.length < limit ? WORD.exec(text) : null) {
    let w = m[0];
    // keep a final dot only for abbreviations and initials ("Mr.", "J.", "U.S.")
    if (w.endsWith('.') && !isAbbreviation(w)) w = w.slice(0, -1);
    const start = offset + m.index;
    out.push({ text: w, start, end: start + w.length, lower: w.toLowerCase() });
  }
  return out;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.-](?=[\p{L}\p{N}]))*\.?/gu;

const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'cmdr.', 'adm.', 'maj.',
  'st.', 'jr.', 'sr.', 'prof.', 'rev.', 'sec.', 'supt.', 'ret.', 'jan.', 'feb.', 'mar.', 'apr.', 'aug.', 'sept.',
  'sep.', 'oct.', 'nov.', 'dec.', 'no.', 'vs.', 'etc.', 'inc.', 'corp.', 'ltd.', 'co.', 'mt.', 'ft.', 'gop.',
]);

/** Initials that name places or bodies, not people ("U.S.", "D.C.", "N.J."). */
const PLACE_INITIALS = new Set(['u.s.', 'u.n.', 'u.k.', 'e.u.', 'd.c.', 'l.a.', 'n.j.', 'n.y.', 'n.c.', 's.c.', 'n.h.', 'n.m.', 'n.d.', 's.d.', 'r.i.', 'p.s.', 'a.c.']);
/** A title that goes on a name after place initials ("U.S. Rep. Ana Ruiz", "U.S. Attorney Ana Ruiz"): no sentence end before it. */
const TITLE_AFTER_PLACE = /^\s(?:(?:Rep|Sen|Gov|Del|Atty|Amb)\.|(?:Attorney|District|Circuit|Magistrate|Ambassador|Secretary|Senator|Representative|Marshal)\s+\p{Lu})/u;
/** Words that open a sentence rather than continue a name. */
const OPENERS = /^\s(?:The|A|An|He|She|It|They|We|I|You|His|Her|Its|Their|This|That|These|Those|There|But|And|Or|So|Yet|In|On|At|As|After|While|When|If|Others)\b/;

/** US states as news style abbreviates them after a town ("Allentown, Pa., said"): a place, never a name. */
export const STATE_ABBREVIATIONS = new Set([
  'ala.', 'ariz.', 'ark.', 'calif.', 'colo.', 'conn.', 'del.', 'fla.', 'ga.', 'ill.', 'kan.', 'ky.', 'md.', 'mass.',
  'mich.', 'minn.', 'mo.', 'mont.', 'neb.', 'nev.', 'okla.', 'ore.', 'pa.', 'tenn.', 'vt.', 'va.', 'wash.', 'wis.', 'wyo.',
]);

/** True for "Mr.", "U.S.", "J." — a dot that does not end a sentence. */
export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return ABBREVIATIONS.has(w) || STATE_ABBREVIATIONS.has(w) || /^(?:\p{L}\.)+$/u.test(w);
}

/** Offsets just after each sentence end in `text[from, to)` (outside quotes: callers pass gaps between quotes). */
export function sentenceEnds(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== '.' && c !== '?' && c !== '!') continue;
    let j = i + 1;
    while (j < to && /[.?!)\]]/.test(text[j] ?? '')) j++;
    if (j < to && !/\s/.test(text[j] ?? '')) continue;
    if (c === '.') {
      const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(from, i - 12), i + 1));
      if (before && /^\p{Lu}\.$/u.test(before[0])) continue; // a middle initial: "Mark S. Kirk"
      // "J.J. MacNab", "G.K. Butterfield": initials before a surname, not a sentence end ("in the U.S. The …" is one)
      if (before && /^(?:\p{Lu}\.){2,3}$/u.test(before[0]) && !PLACE_INITIALS.has(before[0].toLowerCase()) && !OPENERS.test(text.slice(j, j + 12)) && /^\s\p{Lu}\p{Ll}/u.test(text.slice(j, j + 3))) continue;
      if (before && isAbbreviation(before[0])) {
        // "U.S. officials" is not a sentence end; "in the U.S. The" is, but we cannot tell cheaply: keep going
        const next = /\S/.exec(text.slice(j, to));
        // a state closing its sentence right before a quote ("in Santa Monica, Calif. “The …"): the window ends there
        if (!next && STATE_ABBREVIATIONS.has(before[0].toLowerCase()) && j < text.length && /[\s“"‘']/u.test(text[j] ?? '')) {
          out.push(j);
          i = j - 1;
          continue;
        }
        if (!next || !/[\p{Lu}“"‘']/u.test(next[0]) || /^(?:mr|mrs|ms|dr|sen|rep|gov|gen|st|lt|col|capt|cmdr|adm|maj|sgt|prof|rev|supt)\.$/.test(before[0].toLowerCase())) continue;
        if (PLACE_INITIALS.has(before[0].toLowerCase()) && TITLE_AFTER_PLACE.test(text.slice(j, j + 40))) continue;
        // "said Del. Stacey Plaskett": a delegate's title, unless a town and its comma come before (", Del.")
        if (before[0] === 'Del.' && !/,\s*$/.test(text.slice(Math.max(from, i - 8), i - 3)) && /^\s\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(j, j + 40))) continue;
      }
    }
    out.push(j);
    i = j - 1;
  }
  return out;
}

/** The sentence text between `from` and `pos`: everything after the last sentence end. */
export function sentenceStartBefore(text: string, from: number, pos: number): number {
  const ends = sentenceEnds(text, from, pos);
  return ends.length > 0 ? (ends[ends.length - 1] ?? from) : from;
}

/** The end of the sentence that starts at `pos` (first sentence end before `to`, or `to`). */
export function sentenceEndAfter(text: string, pos: number, to: number): number {
  const ends = sentenceEnds(text, pos, to);
  return ends[0] ?? to;
}

/** Count of words in a string. */
export function wordCount(text: string): number {
  return wordsOf(text).length;
}
