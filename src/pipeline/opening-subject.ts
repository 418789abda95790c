/**
 * The subject a reporter's sentence opens with, read from its words alone: a name the mention table may not list
 * ("Okonkwo, however, could hardly …", "Okafor believes …") or a description of a person ("A 29-year-old Lund woman
 * received …", "The actor explained …"). A pronoun that finds nobody in the table may fall back on it.
 */
import { isNationality, KNOWN_ORGS, ORG_HEADS, PLACES, ROLE_HEADS, TITLE_WORDS, US_STATES } from './names.ts';

/** A sentence's opening subject: its span (offsets of the text) and what a pronoun must agree with. */
export interface OpeningSubject {
  start: number;
  end: number;
  kind: 'name' | 'description';
  /** The gender the head noun gives a description ("woman", "actor"), else null. */
  gender: 'male' | 'female' | null;
  /** Where the subject and its appositive end: words before it describe the subject. */
  clauseEnd: number;
}

const FEMALE_HEADS = new Set(['woman', 'girl', 'lady', 'actress', 'mother', 'wife', 'daughter', 'sister', 'widow', 'grandmother', 'aunt', 'girlfriend', 'businesswoman', 'congresswoman', 'chairwoman', 'spokeswoman']);
const MALE_HEADS = new Set(['man', 'boy', 'guy', 'actor', 'father', 'husband', 'son', 'brother', 'widower', 'grandfather', 'uncle', 'boyfriend', 'businessman', 'congressman', 'chairman', 'spokesman']);

/** Words that open a sentence without being its subject ("But Ruiz said …"). */
const OPENERS = /^(?:(?:But|And|So|Still|Yet|Then|Later|Now|Instead)\s+)?/u;
/** A finite verb after the subject: a form in -s or -ed, an auxiliary or a common irregular past ("could", "said"). */
const VERB = String.raw`(?:\p{Ll}+ly\s+)?(?:(?!(?:his|this|its|us|yes|less|unless|across|plus|thus|always|perhaps|news|as|series|species|politics|economics|years|times|days|weeks|months|hours|minutes|words|comments|remarks|supporters|voters|officials|leaders|people|members|ads|points|votes|states|races)\b)\p{Ll}{2,}(?:s|ed)|is|was|has|had|did|does|could|would|will|can|may|might|must|should|said|told|wrote|spoke|took|made|gave|went|came|thought|felt|began|saw|knew|got|kept|left|met|ran|won|became|sent|put|set|let|heard|read)\b`;
/** An appositive or a parenthetical set off by commas ("Swanson, who is a pastor in Elgin, Ill.,", "Okonkwo, however,"). */
const APPOSITIVE = String.raw`((?:,[^,;:?!“”"]{1,120}){1,3},)?`;
const NAME_RUN = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}`;
const DESCRIPTION = String.raw`(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}\d][\p{L}\d-]*\s+){0,4}?(\p{Ll}+)`;
/** A relative clause without commas after a description ("The man who organised the march told …"). */
const RELATIVE = String.raw`(?:\s+who\s+[^,.;:?!“”"]{1,60}?)?`;
const NAME_SUBJECT = new RegExp(String.raw`^(${NAME_RUN})${APPOSITIVE}\s+${VERB}`, 'u');
const DESCRIPTION_SUBJECT = new RegExp(String.raw`^(${DESCRIPTION})(${RELATIVE}${APPOSITIVE})\s+${VERB}`, 'u');
/** A relative or a role named by the appositive after it: "his wife, Jane, offered …". */
const NAMED_RELATIVE = new RegExp(String.raw`^(?:his|her|their)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+),\s+(${NAME_RUN}),\s+${VERB}`, 'iu');
/** A phrase fronted before the subject, up to its comma ("Discussing the show’s success in an interview, the actor …"). */
const FRONTED = /^[^;:“”"]{1,120}?,\s+/u;

/** Capitalised words that open a sentence without naming anybody ("This seems …", "Polls showed …"). */
const NOT_SOMEONE = /^(?:on|in|at|by|for|from|with|during|over|under|about|amid|despite|the|this|that|these|those|it|its|they|we|i|you|he|she|his|her|their|our|my|your|there|here|what|which|who|when|while|if|as|after|before|since|because|although|though|polls?|democrats|republicans|officials|voters|critics|supporters|aides|analysts|experts|reports?|sources|data|news|media|congress|washington|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds|thousands|millions|several|many|some|most|few|all|both|each|every|no|last|next|first|early|late|meanwhile|however|also|even|only|just|more|less)$/;

/** True when a capitalised word cannot be a person: a place, an organisation, a nationality, a title or a word that opens sentences. */
export function notAPerson(word: string): boolean {
  const l = word.toLowerCase().replace(/['’]s$/, '');
  return NOT_SOMEONE.test(l) || PLACES.has(l) || KNOWN_ORGS.has(l) || ORG_HEADS.has(l) || TITLE_WORDS.has(l) || US_STATES.has(l) || isNationality(word);
}

/**
 * The subject of the reporter's sentence `words` (quotes blanked, offsets from `offset`): a run of up to three
 * capitalised words or a description with a person's head noun, then (after an optional appositive) a finite verb.
 */
export function openingSubject(words: string, offset: number): OpeningSubject | null {
  const lead = /^\s*/u.exec(words)?.[0].length ?? 0;
  const opener = OPENERS.exec(words.slice(lead))?.[0].length ?? 0;
  const from = lead + opener;
  const plain = subjectAt(words.slice(from), offset + from);
  if (plain) return plain;
  // after a fronted phrase: the subject follows the first comma that leaves one ("When she was starting out, Palmer accepted …")
  let at = from;
  for (let k = 0; k < 3; k++) {
    const f = FRONTED.exec(words.slice(at));
    if (!f) return null;
    at += f[0].length;
    const found = subjectAt(words.slice(at), offset + at);
    if (found) return found;
  }
  return null;
}

/** The subject `rest` opens with (`at` its offset), or null. */
function subjectAt(rest: string, at: number): OpeningSubject | null {
  const d = DESCRIPTION_SUBJECT.exec(rest);
  const head = d?.[2] ?? '';
  const genderOf = (h: string): 'male' | 'female' | null => (FEMALE_HEADS.has(h) ? 'female' : MALE_HEADS.has(h) ? 'male' : null);
  if (d?.[1] && (ROLE_HEADS.has(head) || FEMALE_HEADS.has(head) || MALE_HEADS.has(head))) {
    return { start: at, end: at + d[1].length, kind: 'description', gender: genderOf(head), clauseEnd: at + d[1].length + (d[3]?.length ?? 0) };
  }
  // "his wife, Jane, offered …": the name in apposition is the subject, the head gives its gender
  const r = NAMED_RELATIVE.exec(rest);
  const kin = r?.[1]?.toLowerCase() ?? '';
  if (r?.[2] && (ROLE_HEADS.has(kin) || FEMALE_HEADS.has(kin) || MALE_HEADS.has(kin)) && !r[2].split(/\s+/).some(notAPerson)) {
    const start = at + rest.indexOf(r[2], r[0].indexOf(','));
    return { start, end: start + r[2].length, kind: 'name', gender: genderOf(kin), clauseEnd: start + r[2].length + 1 };
  }
  const n = NAME_SUBJECT.exec(rest);
  // a possessive opens a longer subject ("Ban’s term as chief expires"): the name is not the subject
  if (!n?.[1] || /['’]s?$/.test(n[1]) || n[1].split(/\s+/).some(notAPerson)) return null;
  return { start: at, end: at + n[1].length, kind: 'name', gender: null, clauseEnd: at + n[1].length + (n[2]?.length ?? 0) };
}
