/**
 * A person a pronoun must not fall back on: named in the nearest sentence only as a possessive, a modifier
 * ("the Clinton campaign") or the one asked or told, while someone else is that sentence's subject.
 */

/** Verbs whose object is the one addressed, not the one speaking ("asked Clinton why …"). */
const ADDRESSED = /\b(?:asked|asks|told|tells|thanked|thanks|urged|urges|pressed|presses|questioned|interviewed)\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** Capitalised words that open a sentence without being anybody ("This seems …", "Polls showed …"). */
const NOT_SOMEONE = /^(?:the|this|that|these|those|it|its|they|we|i|you|he|she|his|her|their|our|my|your|there|here|what|which|who|polls?|democrats|republicans|officials|voters|critics|supporters|aides|analysts|experts|reports?|sources|data|news|media|congress|washington)$/;

/** True when the words just before a mention make it the object of asking or telling ("a young man asked Clinton"). */
export function addressedBefore(before: string): boolean {
  return ADDRESSED.test(before);
}

/**
 * True when the reporter's words of a sentence before the weak mention (quotes blanked) hold another subject a
 * pronoun of `gender` may mean: a `he`/`she` of that gender, or a sentence that opens with a capitalised word nobody
 * in the article's table is ("Wines believes that …") followed by its verb. `isMention(i)` tells a known name at `i`.
 */
export function rivalSubject(words: string, gender: 'male' | 'female', isMention: (offset: number) => boolean): boolean {
  if ((gender === 'male' ? /\bhe\b/i : /\bshe\b/i).test(words)) return true;
  const open = /^\s*(\p{Lu}[\p{L}'’-]+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:s|ed)\b/u.exec(words);
  if (!open || !open[1]) return false;
  const at = words.indexOf(open[1]);
  return !isMention(at) && !NOT_SOMEONE.test(open[1].toLowerCase());
}
