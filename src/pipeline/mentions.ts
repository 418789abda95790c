/**
 * Who is mentioned in an article: people found by name (with the titles written next to them) and
 * organisations, outside quotes, in reading order.
 */
import type { ArticleDoc, Span, SpeakerType } from './types.ts';
import { STATE_ABBREVIATIONS, wordsOf, type Word } from './context.ts';
import { cueBase, isBetweenWord, isCognition } from './cues.ts';
import {
  genderOfFirstName, isCapitalised, isFirstName, isNationality, KNOWN_ORG_PHRASES, KNOWN_ORGS, NAME_PARTICLES,
  normToken, ORG_HEADS, PLACES, PLURAL_ROLES, US_STATES, ROLE_HEADS, TITLE_WORDS, translitKey,
} from './names.ts';

/** Honorifics and short titles that mark the next words as a personal name. */
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'adm.', 'maj.', 'prof.', 'rev.', 'sec.', 'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'sir', 'dame', 'lord', 'lady', 'miss', 'envoy', 'vice', 'prime', 'chief', 'justice', 'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'emir', 'cardinal', 'bishop', 'father']);

/** A person, organisation or role known inside one article. */
export interface Entity {
  name: string;
  type: SpeakerType;
  descriptors: string[];
  mentions: Span[];
  gender: 'male' | 'female' | null;
  /** Translit key of the surname (last name token) for people. */
  surname: string;
  /** Translit key of the first name, or '' when never seen. */
  first: string;
  plural: boolean;
  /** An indefinite description ("a voter"): never the same entity as another mention with the same words. */
  distinct?: boolean;
  /** A lone surname the text leaves open between these people (Bill or Hillary Clinton): it never speaks. */
  candidates?: number[];
}

/** One mention of an entity, in reading order. */
export interface Mention extends Span {
  entity: number;
  possessive: boolean;
  /** An organisation named as a modifier after a possessive ("its Facebook page"): no antecedent of "they". */
  modifier?: boolean;
}

/** Capitalised words that start sentences or headings but never names. */
const FUNCTION_CAPS = new Set([
  'beyond', 'rather', 'still', 'yet', 'so', 'then', 'now', 'despite', 'like', 'unlike', 'under', 'over', 'through', 'against', 'among', 'amid', 'within', 'although',
  'though', 'because', 'instead', 'here', 'thus', 'indeed', 'perhaps', 'maybe', 'besides', 'even', 'only', 'just',
  'asked', 'told', 'says', 'said', 'dear', 'does', 'did', 'do', 'is', 'was', 'are', 'were', 'can', 'will', 'would',
  'should', 'could', 'has', 'have', 'had', 'sources', 'officials', 'critics', 'supporters', 'both', 'either', 'neither',
  'the', 'a', 'an', 'after', 'before', 'on', 'in', 'at', 'as', 'but', 'and', 'or', 'if', 'when', 'while', 'since',
  'according', 'meanwhile', 'however', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those',
  'there', 'his', 'her', 'their', 'its', 'our', 'my', 'last', 'next', 'earlier', 'later', 'during', 'for', 'from',
  'with', 'without', 'by', 'to', 'of', 'speaking', 'reacting', 'throughout', 'yesterday', 'today', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'who', 'what', 'where', 'why',
  'how', 'not', 'no', 'yes', 'so', 'still', 'also', 'both', 'each', 'every', 'all', 'some', 'many', 'most', 'one',
  'previous', 'read', 'photo', 'image', 'video', 'watch', 'related', 'exit', 'leave', 'now', 'then', 'once',
  'another', 'other', 'others', 'any', 'several', 'such', 'whose', 'which', 'about', 'outside', 'inside', 'across', 'behind',
  'near', 'toward', 'towards', 'around', 'along', 'upon', 'via',
]);

/** Leading words that are never a first name: numbers and teams ("Six Trump supporters", "Team Trump sees …"). */
const NO_FIRST_NAMES = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|team|camp|staff)$/;

/** Extra descriptor words besides titles: organisation names written before a title ("White House spokesman"). */
const DESCRIPTOR_EXTRA = new Set(['white', 'house', 'kremlin', 'pentagon', 'campaign', 'party', 'department', 'ministry', 'of', 'the', 'state']);

/** True when a word may be part of a personal name. */
function nameWord(w: Word): boolean {
  if (!isCapitalised(w.text) || STATE_ABBREVIATIONS.has(w.lower)) return false;
  const l = w.lower.replace(/['’]s$/, '');
  // "Protesters chanted", "Aides said": a capitalised group noun names a group, never a person ("Secretary-Treasurer" is a title)
  return !TITLE_WORDS.has(l) && !FUNCTION_CAPS.has(l) && !KNOWN_ORGS.has(l) && !isNationality(w.text) && !PLACES.has(l) && !PLURAL_ROLES.has(l) && !TITLE_WORDS.has(l.split('-')[0] ?? '');
}

/** Text between two words is only spaces (no punctuation breaks the run). */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[ \t]+$/.test(text.slice(a.end, b.start)) && !/['’]s$/.test(a.text);
}

/** The descriptor written before a name ("Russian President"), walking left over title words. */
export function descriptorBefore(text: string, words: Word[], nameStart: number): { text: string; start: number } | null {
  let k = nameStart - 1;
  let first = -1;
  while (k >= 0) {
    const w = words[k];
    const right = words[k + 1];
    if (!w || !right || !adjacent(text, w, right)) break;
    const l = w.lower;
    const ok = TITLE_WORDS.has(l) || isNationality(w.text) || KNOWN_ORGS.has(l) || DESCRIPTOR_EXTRA.has(l) || (isCapitalised(w.text) && !FUNCTION_CAPS.has(l) && first >= 0 && k >= nameStart - 6);
    if (!ok) break;
    first = k;
    k--;
  }
  if (first < 0) return null;
  // "mayor of Baltimore", "governor of Maryland": the name after `of` is what the title is of, not its holder
  if (words[nameStart - 1]?.lower === 'of') return null;
  // drop leading glue words ("of", "the") and require one title word
  while (first < nameStart && ['of', 'the'].includes(words[first]?.lower ?? '')) first++;
  const ws = words.slice(first, nameStart);
  if (!ws.some((w) => ROLE_HEADS.has(w.lower) || HONORIFICS.has(w.lower))) return null;
  const s = ws[0];
  const e = ws[ws.length - 1];
  if (!s || !e) return null;
  return { text: text.slice(s.start, e.end), start: s.start };
}

/** Appositive after a name: "Dmitry Peskov, the Kremlin spokesman, said" → "Kremlin spokesman". */
export function appositiveAfter(text: string, end: number): string | null {
  const m = /^,\s+(?:a|an|the)\s+([^,.;:“”"()]{2,80}?),/i.exec(text.slice(end, end + 100));
  if (!m || !m[1]) return null;
  const ws = wordsOf(m[1]);
  if (ws.length > 8 || !ws.some((w) => TITLE_WORDS.has(w.lower))) return null;
  return m[1].trim();
}

/** True when the name at `[start, end)` is the subject of a speech verb: "X said", "X, a …, said", "said X". */
export function speechSubject(text: string, start: number, end: number): boolean {
  // "said Ana Ruiz", "noted NBC’s Dante Chinni": an outlet's possessive may stand between the cue and the name
  if (/\b(?:said|says|added|told|noted|wrote|explained|argued|according to)\s+(?:\p{Lu}[\p{L}.&-]*['’]s\s+)?$/u.test(text.slice(Math.max(0, start - 40), start))) return true;
  const after = text.slice(end, end + 160);
  const appo = /^,[^,.;:“”"()]{2,100},/.exec(after);
  const rest = appo ? after.slice(appo[0].length) : after;
  if (!appo && !/^\s/.test(rest)) return false;
  for (const w of wordsOf(rest).slice(0, 4)) {
    if (isBetweenWord(w.text)) continue;
    return cueBase(w.text) !== null && !isCognition(w.text) && !/ing$/.test(w.lower);
  }
  return false;
}

/** True when a role appositive or an age follows a name: ", a spokeswoman for the mayor," / ", 33,". */
export function roleAppositive(text: string, end: number): boolean {
  // an age in apposition is said of people only: "Harry Bond, 30, of Raleigh"
  if (/^,\s+\d{1,3},\s/.test(text.slice(end, end + 8))) return true;
  const m = /^,\s+(?:\d{1,3},\s+)?(?:a|an|the)\s+([^,.;:“”"()]{2,80})/i.exec(text.slice(end, end + 100));
  if (!m || !m[1]) return false;
  return wordsOf(m[1]).slice(0, 8).some((w) => ROLE_HEADS.has(w.lower) || TITLE_WORDS.has(w.lower));
}

/** True when a possessive and a role stand before a name in apposition: "Kazakhstan's foreign minister, Erlan Idrissov,". */
export function possessiveRoleBefore(text: string, start: number, end: number): boolean {
  const m = /['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+),\s+$/u.exec(text.slice(Math.max(0, start - 80), start));
  // the appositive closes at a comma or the sentence's end ("… said the bureau's director, Ana Ruiz.")
  return !!m && ROLE_HEADS.has(m[1] ?? '') && /^(?:,|\.(?:\s|$))/.test(text.slice(end, end + 2));
}

/** Last words that make a capitalised run a place or a building (common surnames such as Hall, Park, Church left out). */
const PLACE_HEADS = new Set(['garden', 'gardens', 'square', 'street', 'avenue', 'boulevard', 'county', 'city', 'college', 'school', 'bridge', 'tower', 'stadium', 'arena', 'airport', 'hotel', 'museum', 'library', 'plaza', 'mall', 'theater', 'theatre', 'hospital', 'cathedral', 'mosque', 'synagogue', 'temple', 'memorial']);

/** Role nouns that are also verbs ("to head Harbor Freight", "will host Channel Nine"): no description before a name. */
const VERB_ROLES = new Set(['head', 'host', 'judge', 'witness', 'chair', 'author', 'anchor', 'father', 'mother', 'man', 'woman', 'person', 'member']);

/**
 * True when a lower-case role noun stands right before the name at `i`: "university student Dara Oyelowo", "activist Tam
 * Ferro"; not a name that itself modifies a role after it ("billionaire Harbor Mavericks owner Ana Ruiz").
 */
export function roleNounBefore(text: string, all: Word[], i: number): boolean {
  const w = all[i - 1];
  const name = all[i];
  let k = i;
  while (all[k + 1] && adjacent(text, all[k] as Word, all[k + 1] as Word) && /^\p{Lu}/u.test((all[k + 1] as Word).text)) k++;
  const next = all[k + 1];
  if (next && adjacent(text, all[k] as Word, next) && (ROLE_HEADS.has(next.lower) || TITLE_WORDS.has(next.lower))) return false;
  return !!w && !!name && /^\p{Ll}+$/u.test(w.text) && ROLE_HEADS.has(w.lower) && !VERB_ROLES.has(w.lower) && adjacent(text, w, name);
}

/** True when the word after `all[j]` continues a capitalised run ("David French Bakery" is no name). */
function nameWordAfter(text: string, all: Word[], j: number): boolean {
  const cur = all[j];
  const next = all[j + 1];
  return !!cur && !!next && adjacent(text, cur, next) && isCapitalised(next.text);
}

/** Words opening a fronted phrase before a sentence's subject ("On Friday, …", "After the vote, …"). */
const FRONTED = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'last', 'earlier', 'later', 'speaking', 'from', 'with', 'since', 'when', 'while', 'as', 'for', 'meanwhile', 'but', 'and', 'still', 'yet']);

/** Personal honorifics: the capitalised word after one is a surname, whatever else it may be ("Mr. King", "Ms. French"). */
const PERSONAL_HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'miss']);
/** Titles of office before a name: after one, a title, place or nationality word alone is a surname ("Rep. King said"). */
const OFFICE_HONORIFICS = new Set(['sen.', 'rep.', 'gov.', 'sen', 'rep', 'gov']);
/** Title words that are also common surnames ("Larry King", "Erik Prince", "John Major"). */
const SURNAME_TITLES = new Set(['king', 'prince', 'major', 'judge', 'bishop', 'pope', 'cardinal', 'chancellor', 'marshal']);

/** True when `w` is a title, place or nationality word standing for a surname ("King", "Israel", "French"). */
function surnameLike(w: Word): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(w.text)) return false;
  return SURNAME_TITLES.has(w.lower) || PLACES.has(w.lower) || isNationality(w.text) || TITLE_WORDS.has(w.lower);
}

/** True when the word at `i` is a surname after an honorific ("Mr. King said", "Mrs. Will", "Rep. Israel"). */
function surnameAfterHonorific(text: string, all: Word[], i: number): boolean {
  const w = all[i];
  const h = all[i - 1];
  if (!w || !h || !adjacent(text, h, w) || !/^\p{Lu}\p{Ll}/u.test(w.text) || nameWord(w)) return false;
  // "Sen. Majority Leader Mitch McConnell": a title before more capitalised words is no surname
  if (nameWordAfter(text, all, i)) return false;
  if (PERSONAL_HONORIFICS.has(h.lower)) return true;
  return OFFICE_HONORIFICS.has(h.lower) && surnameLike(w) && !FUNCTION_CAPS.has(w.lower.replace(/['’]s$/, ''));
}

/** True when `run` is a known first name and initials ("Peter T."), so a title or place word next is a surname ("Peter T. King"). */
const firstNameRun = (run: Word[]): boolean => isFirstName(run[0]?.text ?? '') && run.slice(1).every((w) => /^\p{Lu}\.$/u.test(w.text));

/** True when a run ends in a surname that is also a place or a title after a first name ("Jim Jordan", "Larry King"). */
export const placeSurname = (run: Word[]): boolean => run.length >= 2 && firstNameRun(run.slice(0, -1)) && surnameLike(run[run.length - 1] as Word);

/** Month and modal words that are also surnames ("Theresa May", "George Will"). */
const WORD_SURNAMES = new Set(['may', 'will', 'june', 'april', 'august']);
/** Words before a month that make it a date ("in May", "since June"). */
const DATE_BEFORE = new Set(['in', 'on', 'since', 'last', 'next', 'this', 'of', 'by', 'until', 'till', 'from', 'early', 'late', 'mid', 'through', 'before', 'after', 'during', 'to', 'between', 'and', 'or', 'every', 'each']);

/** True when the month or modal word at `j` ends a name (`run` its words so far): "Theresa May", "Yin Myint May", "George Will said". */
function wordSurnameAfter(text: string, all: Word[], j: number, run: Word[], surnames?: ReadonlySet<string>): boolean {
  const cur = all[j];
  // a common word the article shows to be a surname ("Al From", "Billie Jean King") ends the name after any name word
  if (cur && !WORD_SURNAMES.has(cur.lower) && surnames?.has(cur.lower)) return /^\p{Lu}\p{Ll}+$/u.test(cur.text) && !nameWordAfter(text, all, j);
  if (!cur || !WORD_SURNAMES.has(cur.lower) || !/^\p{Lu}\p{Ll}+$/u.test(cur.text) || nameWordAfter(text, all, j)) return false;
  // "Trump May 5", "Donald Trump Will Win": a date or a headline, no surname
  if (/^\s*\d/.test(text.slice(cur.end, cur.end + 3))) return false;
  return firstNameRun(run) || run.length >= 2;
}

/** True when a month or modal word the article uses as a surname (`surnames`) stands alone as one: "Will wrote", "May said", never "in May" or "Will he". */
function wordSurnameAlone(text: string, all: Word[], i: number, surnames: ReadonlySet<string> | undefined): boolean {
  const w = all[i];
  if (!w || !surnames?.has(w.lower) || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || DATE_BEFORE.has(all[i - 1]?.lower ?? '')) return false;
  // "the King said": after a determiner a title word is the title
  if (['the', 'a', 'an'].includes(all[i - 1]?.lower ?? '') && !WORD_SURNAMES.has(w.lower)) return false;
  const after = text.slice(w.end, w.end + 20);
  if (/^[,;.]/.test(after)) return !/^[,;.]\s*\d/.test(after);
  // a finite verb after it (read in the text: the stretch may end at the name), not a subject as after the modal ("Will he", "Will voters")
  const next = /^ +(\p{Ll}+)\b/u.exec(after)?.[1] ?? '';
  return cueBase(next) !== null && !/ing$/.test(next) || /ed$/.test(next) || ['had', 'has', 'was', 'is'].includes(next);
}

/** Days and months: "Ruiz Tuesday said" dates the cue, no surname. */
const CALENDAR = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today)$/;

/**
 * Title and function words the article uses as someone's surname: right after a name word, before a comma or a lower-case
 * word ("Billie Jean King remembered", "Al From, who …", "Ian Read said"). A title word needs a known first name before it;
 * a function word must also stand alone mid-sentence before a speech verb ("…,” From said").
 */
export function commonWordSurnames(text: string, gaps: readonly [number, number][]): Set<string> {
  const out = new Set<string>();
  for (const [from, to] of gaps) {
    const all = wordsOf(text.slice(from, to), from);
    for (let i = 1; i < all.length; i++) {
      const w = all[i] as Word;
      const prev = all[i - 1] as Word;
      if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || nameWord(w) || !adjacent(text, prev, w) || !nameWord(prev) || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) continue;
      if (!/^(?:,|\s+\p{Ll})/u.test(text.slice(w.end, w.end + 3))) continue;
      if (SURNAME_TITLES.has(w.lower) && isFirstName(prev.text)) out.add(w.lower);
      else if (FUNCTION_CAPS.has(w.lower) && !CALENDAR.test(w.lower) && standsAloneAsSpeaker(text, w.text)) out.add(w.lower);
    }
  }
  return out;
}

/** True when `word` stands capitalised mid-sentence right before a speech verb somewhere in the text ("…,” From said"). */
function standsAloneAsSpeaker(text: string, word: string): boolean {
  for (const m of text.matchAll(new RegExp(`(?<=[,;]["”’']?\\s+|\\p{Ll}\\s+)${word} (\\p{Ll}+)\\b`, 'gu'))) {
    const verb = m[1] ?? '';
    if (cueBase(verb) !== null && !isCognition(verb) && !/ing$/.test(verb)) return true;
  }
  return false;
}

/**
 * Find the person-name runs in a stretch of text: capitalised words not titles, up to four. `surnames`: month and modal
 * words the article uses as surnames (`MentionTable.wordSurnames`), read as names when they stand alone.
 */
export function nameRuns(text: string, from: number, to: number, surnames?: ReadonlySet<string>): { words: Word[]; all: Word[]; index: number }[] {
  const all = wordsOf(text.slice(from, to), from);
  const runs: { words: Word[]; all: Word[]; index: number }[] = [];
  for (let i = 0; i < all.length; i++) {
    const w = all[i];
    if (!w || !(nameWord(w) || surnameAfterHonorific(text, all, i) || wordSurnameAlone(text, all, i, surnames))) continue;
    const run: Word[] = [w];
    let j = i + 1;
    while (j < all.length && run.length < 4) {
      const prev = all[j - 1];
      const cur = all[j];
      if (!prev || !cur || !adjacent(text, prev, cur)) break;
      if (nameWord(cur)) run.push(cur);
      // a middle name that is also a place: "Deborah Jordan Reynolds"
      else if (run.length === 1 && isFirstName(w.text) && PLACES.has(cur.lower) && /^\p{Lu}\p{Ll}/u.test(cur.text) && nameWordAfter(text, all, j) && nameWord(all[j + 1] as Word)) run.push(cur);
      // a surname that is also a nationality after a first name: "David French", "Mark Cuban"
      else if (run.length <= 2 && isFirstName(prev.text) && isNationality(cur.text) && !/['’]s$/.test(cur.text) && !nameWordAfter(text, all, j)) run.push(cur);
      // a surname that is also a title or a country after a first name: "Larry King", "Steve Israel", "Peter T. King"
      else if (run.length <= 3 && firstNameRun(run) && (SURNAME_TITLES.has(cur.lower) || PLACES.has(cur.lower)) && /^\p{Lu}\p{Ll}+$/u.test(cur.text) && !nameWordAfter(text, all, j)) run.push(cur);
      else if (NAME_PARTICLES.has(cur.lower) && all[j + 1] && nameWord(all[j + 1] as Word)) run.push(cur);
      else if (wordSurnameAfter(text, all, j, run, surnames)) run.push(cur);
      else break;
      j++;
    }
    runs.push({ words: run, all, index: i });
    i = j - 1;
  }
  return runs;
}

/** Build the article's table of people and organisations mentioned outside quotes. */
export class MentionTable {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  private readonly text: string;
  private readonly gaps: [number, number][] = [];
  private readonly alone = new Set<string>();
  private readonly blocks: Span[];
  /** First names seen with each surname, for names with a known first name. */
  private readonly fullFirst = new Map<string, Set<string>>();
  /** Words the article writes in lower case: capitalised at a sentence or headline start they are no first name ("Continued Stone"). */
  private readonly common = new Set<string>();
  /** Month and modal words the article uses as the surname of someone named in full ("George Will"). */
  readonly wordSurnames = new Set<string>();
  /** Starts of lone first names read as a full name by a coordinated pair ("Khizr" in "Khizr and Ghazala Khan"). */
  private readonly pairedFirst = new Set<number>();

  constructor(doc: ArticleDoc, quoteRanges: Span[]) {
    this.text = doc.text;
    this.blocks = doc.blocks;
    for (const w of wordsOf(this.text)) if (/^\p{Ll}/u.test(w.text)) this.common.add(w.lower);
    const ranges = [...quoteRanges].sort((a, b) => a.start - b.start);
    for (const block of doc.blocks) {
      // the gaps of the block between quotes
      let pos = block.start;
      const gaps: [number, number][] = [];
      for (const r of ranges) {
        if (r.end <= block.start || r.start >= block.end) continue;
        if (r.start > pos) gaps.push([pos, r.start]);
        pos = Math.max(pos, r.end);
      }
      if (pos < block.end) gaps.push([pos, block.end]);
      for (const [from, to] of gaps) this.gaps.push([from, to]);
    }
    // surnames used alone somewhere mark a capitalised run as a person ("Alastair Osman … Osman said")
    const runsOf = this.gaps.map(([from, to]) => nameRuns(this.text, from, to));
    for (const runs of runsOf) {
      for (const run of runs) {
        if (run.words.length === 1) this.alone.add(translitKey(run.words[0]?.text ?? ''));
        // surnames of people named with a known first name ("Donald Trump"): "Team Trump" is none of them
        const toks = keyTokens(run.words.map((w) => w.text.replace(/['’]s$/, '')));
        if (toks.length >= 2 && isFirstName(toks[0] ?? '')) this.fullFirst.set(translitKey(toks[toks.length - 1] ?? ''), (this.fullFirst.get(translitKey(toks[toks.length - 1] ?? '')) ?? new Set()).add(translitKey(toks[0] ?? '')));
      }
    }
    for (const word of WORD_SURNAMES) if (this.fullFirst.has(translitKey(word))) this.wordSurnames.add(word);
    for (const word of commonWordSurnames(this.text, this.gaps)) this.wordSurnames.add(word);
    // full names first, then lone surnames, so a surname is read against every full name of the article
    // Both passes read the same runs; without word surnames they are the runs found above.
    const scanRuns = this.wordSurnames.size === 0 ? runsOf : this.gaps.map(([from, to]) => nameRuns(this.text, from, to, this.wordSurnames));
    for (const lone of [false, true]) for (const runs of scanRuns) this.scan(runs, lone);
    // Each gap is searched only for the organisation names the article holds at all (lower case keeps ASCII names in place).
    const lowerText = this.text.toLowerCase();
    const orgPhrases = [...KNOWN_ORG_PHRASES, ...KNOWN_ORGS].filter((phrase) => lowerText.includes(phrase));
    for (const [from, to] of this.gaps) this.scanOrgPhrases(from, to, orgPhrases);
    this.mentions.sort((a, b) => a.start - b.start);
  }

  private scan(runs: ReturnType<typeof nameRuns>, lone: boolean): void {
    const { text } = this;
    for (const raw of runs) {
      const words = this.nameWords(raw.words);
      const run = { ...raw, words, index: raw.index + raw.words.length - words.length };
      const first = run.words[0];
      const last = run.words[run.words.length - 1];
      if (!first || !last) continue;
      if ((keyTokens(run.words.map((w) => w.text)).length === 1) !== lone) continue;
      const desc = descriptorBefore(text, run.all, run.index);
      const found = this.findPerson(run.words.map((w) => w.text), first.start, honorificGender(desc?.text ?? null));
      // a lone surname is known when someone it names was mentioned before it ("Clinton" before "Hillary Clinton" is not yet)
      const known = found >= 0 && (!lone || this.entities[found]?.candidates || (this.entities[found]?.mentions ?? []).some((m) => m.start < first.start)) ? found : -1;
      const orgLike = ORG_HEADS.has(last.lower.replace(/['’]s$/, '')) || PLACES.has(last.lower.replace(/['’]s$/, '')) && !placeSurname(run.words)
        || US_STATES.has(run.words.map((w) => w.lower.replace(/['’]s$/, '')).join(' '))
        // "Madison Square Garden", "Atlantic City", "Broward County": a place named by its kind is no person
        || run.words.length >= 2 && PLACE_HEADS.has(last.lower.replace(/['’]s$/, ''))
        // "Muslim Americans", "Cuban Americans": a people, no person whose surname is "Americans"
        || run.words.length >= 2 && /s$/.test(last.lower) && isNationality(last.text.replace(/s$/, ''));
      const surnameAlone = run.words.length >= 2 && run.words.length <= 3 && (this.alone.has(translitKey(last.text)) || this.wordSurnames.has(last.lower)) && run.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) || /^\p{Lu}\.$/u.test(w.text));
      const nameShaped = run.words.length >= 2 && run.words.length <= 3 && run.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) || /^(?:\p{Lu}\.){1,3}$/u.test(w.text) || NAME_PARTICLES.has(w.lower));
      // a name without a known first name: "Dexter Wakefield said", "said Ana Ruiz", "Ana Ruiz, a spokeswoman for …"
      const unknownName = nameShaped && !titledModifier(text, last.end) && (speechSubject(text, run.words[0]?.start ?? 0, last.end) || roleAppositive(text, last.end) || possessiveRoleBefore(text, first.start, last.end) || roleNounBefore(text, run.all, run.index));
      // "the United States said", "the Chicago Sun-Times reported": no personal name takes an article; "the suburb of Santa Catarina" is a place
      const unknownPerson = (surnameAlone || unknownName) && !/\bthe\s+$/i.test(text.slice(Math.max(0, first.start - 5), first.start))
        && !/\b(?:city|town|village|suburb|province|county|region|district|island|neighborhood|borough) of\s+$/i.test(text.slice(Math.max(0, first.start - 16), first.start));
      // "chairman of the Joint Chiefs", "director of National Nurses United": the title is of the words after it, not held by them
      const holder = desc !== null && !(/\bof\b/i.test(desc.text) && !isFirstName(first.text));
      const isPerson = !orgLike && (known >= 0 || holder || (run.words.length >= 2 && isFirstName(first.text)) || unknownPerson);
      if (!isPerson) {
        this.scanOrg(run.words);
        continue;
      }
      const appositive = appositiveAfter(text, last.end);
      this.addPerson(run.words, desc?.text ?? null, appositive);
      if (!lone) this.addCoordinatedFirst(run.words);
    }
  }

  /**
   * "Khizr and Ghazala Khan": a lone first name coordinated before a first name and a surname is a second person of
   * that surname (mentioned at the first name), so a later `Mr. Khan` is not read as the woman named last.
   */
  private addCoordinatedFirst(words: Word[]): void {
    const { text } = this;
    const toks = keyTokens(words.map((w) => w.text));
    const head = words[0];
    const last = words[words.length - 1];
    if (!head || !last || toks.length !== 2 || words.length !== 2 || /['’]s?$/.test(last.text)) return;
    const m = /(?:^|[^\p{L}.'’-])(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+$/u.exec(text.slice(Math.max(0, head.start - 30), head.start));
    const x = m?.[1];
    if (!m || !x) return;
    const start = head.start - (m[0].length - m[0].indexOf(x));
    // the word before the pair must not be a capitalised name word itself ("Donald and Melania Trump" is fine, "New York and Ana Ruiz" is not)
    if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, start - 20), start))) return;
    const key = translitKey(x);
    const l = x.toLowerCase();
    if (FUNCTION_CAPS.has(l) || this.common.has(l) || PLACES.has(l) || US_STATES.has(l) || isNationality(x) || ORG_HEADS.has(l) || KNOWN_ORGS.has(l) || ROLE_HEADS.has(l) || TITLE_WORDS.has(l)) return;
    // a surname of someone else ("Trump and Hillary Clinton") is that person, not a first name
    if (!isFirstName(x) && (this.fullFirst.has(key) || this.entities.some((e) => e.surname === key))) return;
    const sur = translitKey(toks[1] ?? '');
    const nameWords = [x, toks[1] ?? ''];
    let idx = this.findPerson(nameWords, start);
    if (idx < 0 || this.entities[idx]?.first !== key) {
      idx = this.entities.length;
      this.entities.push({ name: `${x} ${last.text}`, type: 'person', descriptors: [], mentions: [], gender: genderOfFirstName(x), surname: sur, first: key, plural: false });
    }
    const e = this.entities[idx] as Entity;
    const span = { text: x, start, end: start + x.length };
    if (!e.mentions.some((q) => q.start === span.start)) e.mentions.push(span);
    this.pairedFirst.add(start);
    this.insertMention({ ...span, entity: idx, possessive: false });
  }

  private scanOrgPhrases(from: number, to: number, phrases: readonly string[]): void {
    const { text } = this;
    // organisations named without capitalised runs being people ("the Kremlin", "the White House")
    const lower = text.slice(from, to).toLowerCase();
    for (const phrase of phrases) {
      let idx = lower.indexOf(phrase);
      while (idx >= 0) {
        const s = from + idx;
        const e = s + phrase.length;
        const okEdges = !/[\p{L}]/u.test(text[s - 1] ?? ' ') && !/[\p{L}]/u.test(text[e] ?? ' ') && /\p{Lu}/u.test(text[s] ?? '');
        if (okEdges && !this.mentions.some((m) => m.start <= s && m.end >= e)) this.addOrg(text.slice(s, e), s, e);
        idx = lower.indexOf(phrase, idx + phrase.length);
      }
    }
  }

  private scanOrg(words: Word[]): void {
    const key = words.map((w) => normToken(w.text)).join(' ');
    if (words.length === 1 && PLACES.has(key)) {
      const w = words[0];
      if (w) this.addOrg(w.text.replace(/['’]s$/, ''), w.start, w.start + w.text.replace(/['’]s$/, '').length);
    }
  }

  /**
   * The words of a capitalised run that name a person: a leading word that is no first name is dropped when the rest is
   * a first name and a surname or a surname the article uses alone, and the word is written in lower case elsewhere, a
   * role noun or a place ("Continued Stone", "Comedian Sarah Silverman", "Wisconsin Trump"), or — when someone of that
   * surname has a known first name — a verb form or a word after another capitalised word ("Understated Perez",
   * "Washington Post Trump"). A capital that opens a sentence proves nothing ("Rakeyia Scott", wife of Keith Scott).
   */
  nameWords(words: Word[]): Word[] {
    let out = words;
    while (out.length >= 2) {
      const lead = out[0] as Word;
      const rest = out.slice(1);
      const sur = translitKey(rest[rest.length - 1]?.text.replace(/['’]s$/, '') ?? '');
      const restNames = rest.length >= 2 && isFirstName(rest[0]?.text ?? '') || this.alone.has(sur);
      if (isFirstName(lead.text) || !restNames) break;
      const l = lead.lower.replace(/['’]s$/, '');
      // a role noun before a name is a description too ("Billionaire Donald Trump", "Professors Foner")
      const role = ROLE_HEADS.has(l) || PLURAL_ROLES.has(l) || ROLE_HEADS.has(l.replace(/s$/, ''));
      const place = PLACES.has(l) || US_STATES.has(l) || isNationality(lead.text);
      const before = this.text.slice(Math.max(0, lead.start - 40), lead.start);
      const prev = /(\S+)\s+$/.exec(before)?.[1] ?? '';
      // "Washington Post Trump": the capitalised word before it shows the word ends a name of something else
      const afterName = /^\p{Lu}[\p{L}-]*$/u.test(prev) && !TITLE_WORDS.has(prev.toLowerCase()) && !HONORIFICS.has(prev.toLowerCase());
      const named = (this.fullFirst.get(sur)?.size ?? 0) > 0;
      // "Speaker of the House Newt Gingrich", "Celebrities Julianne Moore": a body or a plural group before a full name
      const group = rest.length >= 2 && isFirstName(rest[0]?.text ?? '') && (DESCRIPTOR_EXTRA.has(l) || KNOWN_ORGS.has(l) || /(?:ies|ers|ists|ans|ats|ives|als)$/.test(l));
      if (!(this.common.has(l) || role || place || group || NO_FIRST_NAMES.test(l) || named && (afterName || /(?:ing|ed|ly)$/.test(l) || cueBase(l) !== null))) break;
      out = rest;
    }
    // "Salma Hayek Described Her …", "Gina Ruiz Questioned …": in a title-case heading a verb the article writes in lower
    // case ends the name before it, when that name opens with a known first name or ends in a surname used alone
    const tail = out[out.length - 1];
    const head = out.slice(0, -1);
    const named = isFirstName(head[0]?.text ?? '') || this.alone.has(translitKey(head[head.length - 1]?.text ?? ''));
    if (out.length >= 3 && tail && this.common.has(tail.lower) && /(?:ed|s)$/.test(tail.lower) && named && head.every((w) => !this.common.has(w.lower))) out = head;
    return out;
  }

  /**
   * Index of the person whose surname (and first name, when both known) matches these name words, or -1; a lone
   * surname is read at `at` with the honorific's `gender` (`bySurname`).
   */
  findPerson(nameWords: string[], at = Infinity, gender: Gender = null): number {
    const toks = keyTokens(nameWords);
    const { sur, first } = nameKeys(toks);
    if (!first) return this.bySurname(sur, at, gender);
    // "Mr. Guajardo Villarreal" after "Ildefonso Guajardo Villarreal": two surnames without the first name are that person
    if (toks.length === 2 && !isFirstName(toks[0] ?? '')) {
      const key = toks.map(translitKey).join(' ');
      const full = this.entities.findIndex((e) => e.type === 'person' && !e.candidates && keyTokens(e.name.split(/\s+/)).length >= 3 && keyTokens(e.name.split(/\s+/)).slice(-2).map(translitKey).join(' ') === key);
      if (full >= 0) return full;
    }
    let best = -1;
    let bestPos = -1;
    this.entities.forEach((e, i) => {
      if (e.type !== 'person' || e.candidates || e.surname !== sur) return;
      if (first && e.first && !firstCompatible(first, e.first)) return;
      // "Mr. Obama" known by the surname alone is not the Michelle Obama named later
      if (!e.first && e.gender && (genderOfFirstName(toks[0] ?? '') ?? e.gender) !== e.gender) return;
      const lastPos = Math.max(-1, ...e.mentions.map((m) => m.start));
      if (lastPos > bestPos) {
        best = i;
        bestPos = lastPos;
      }
    });
    // a lone word may also be a first name used alone: only match surnames
    return best;
  }

  /**
   * The person a lone surname means at `at`, as a reader has them in mind there: the one of that surname named in full
   * before it (reading order; the first named after it when none was), narrowed by an honorific's gender (`Mrs.`); of
   * several, the article's main person (named in full more often, or in the headline or lead) when the others are
   * named in full only once and not since the main person last was, close before. Otherwise an entity of its own whose
   * `candidates` are the people it may mean: such a surname names nobody.
   */
  private bySurname(sur: string, at: number, gender: Gender): number {
    const people: number[] = [];
    this.entities.forEach((e, i) => {
      if (e.type === 'person' && !e.candidates && e.surname === sur) people.push(i);
    });
    const named = people.filter((i) => this.entities[i]?.first);
    if (named.length <= 1) return this.soleNamed(people, named[0], at, gender);
    const sex = (i: number): Gender => this.entities[i]?.gender ?? null;
    const fitting = gender ? named.filter((i) => sex(i) !== (gender === 'male' ? 'female' : 'male')) : named;
    const cands = fitting.length > 0 ? fitting : named;
    if (cands.length === 1) return cands[0] as number;
    const full = (i: number): Span[] => (this.entities[i]?.mentions ?? []).filter((m) => keyTokens(m.text.split(/\s+/)).length >= 2 || this.pairedFirst.has(m.start));
    const live = cands.filter((i) => full(i).some((m) => m.start < at));
    if (live.length === 0) {
      // a surname before any full name (a headline): the first person named in full after it
      const firstAfter = (i: number): number => Math.min(...full(i).map((m) => m.start));
      return [...cands].sort((a, b) => firstAfter(a) - firstAfter(b))[0] as number;
    }
    if (live.length === 1) return live[0] as number;
    // "Mr. Abedini" with one man of the surname named before as one: the others' genders are unknown, not male
    const exact = gender ? live.filter((i) => sex(i) === gender) : [];
    if (exact.length === 1) return exact[0] as number;
    const lastBefore = (i: number): Span | undefined => full(i).filter((m) => m.start < at).pop();
    const recent = [...live].sort((a, b) => (lastBefore(b)?.start ?? -1) - (lastBefore(a)?.start ?? -1))[0] as number;
    const recentMention = lastBefore(recent);
    // "Homeland Security Secretary Jeh Johnson says …. Johnson tells …": the one just named as a subject, close before
    if (recentMention && this.subjectLike(recentMention) && this.blockIndex(recentMention.start) >= this.blockIndex(at) - 2) return recent;
    // "Jeb Bush says …. ¶ Bush says …. ¶ … ¶ Bush tells …": the surname last read as one person, as a subject, close before and
    // with nobody of the surname named in full since, carries that reading on
    const chained = this.loneSince(live, recentMention?.start ?? -1, at);
    if (chained && this.subjectLike(chained.mention) && this.blockIndex(chained.mention.start) >= this.blockIndex(at) - 2) return chained.entity;
    // the main person: the only one named in the headline (a surname alone there is the first named in full), else in
    // the headline or the first paragraph, else the only one named in full more than once
    const top = this.blocks[0];
    const firstNamed = [...cands].sort((a, b) => (full(a)[0]?.start ?? Infinity) - (full(b)[0]?.start ?? Infinity))[0] as number;
    const alone = !!top && wordsOf(top.text, top.start).some((w) => translitKey(w.text.replace(/['’]s$/, '')) === sur && !full(firstNamed).concat(...cands.map(full)).some((m) => w.start >= m.start && w.end <= m.end));
    const headline = live.filter((i) => (alone && i === firstNamed) || full(i).some((m) => this.blockIndex(m.start) === 0));
    if (headline.length === 1) return headline[0] as number;
    const lead = live.filter((i) => full(i).some((m) => this.blockIndex(m.start) <= 1));
    if (headline.length === 0 && lead.length === 1) return lead[0] as number;
    // the only one named in full twice or more: the others are named once in passing (a spouse, a relative)
    const often = live.filter((i) => full(i).length >= 2);
    if (often.length === 1 && headline.length === 0 && lead.length === 0) return often[0] as number;
    // a relative named only in passing after the relation ("his wife, Gabriela Lazar,") never takes the other's surname
    const unrelated = gender ? [] : live.filter((i) => !full(i).every((m) => kinBefore(this.text, m.start) !== null));
    if (unrelated.length === 1) return unrelated[0] as number;
    return this.ambiguous(sur, live);
  }

  /**
   * The person a surname means when at most one of `people` is named in full (`only`): someone known by the surname alone
   * instead when an honorific's gender conflicts with `only`'s ("Mr. Obama" is not Michelle Obama), or when `only` is a
   * relative named in passing ("the first lady, Michelle Obama") and the surname was read before that name.
   */
  private soleNamed(people: number[], only: number | undefined, at: number, gender: Gender): number {
    const bare = people.filter((i) => !this.entities[i]?.first);
    const e = only === undefined ? undefined : this.entities[only];
    if (only === undefined || !e) return bare[bare.length - 1] ?? -1;
    if (gender && e.gender && e.gender !== gender) {
      const fitting = bare.filter((i) => (this.entities[i]?.gender ?? gender) === gender);
      return fitting[fitting.length - 1] ?? -1;
    }
    if (gender) return only;
    const full = e.mentions.filter((m) => keyTokens(m.text.split(/\s+/)).length >= 2);
    const firstFull = Math.min(...full.map((m) => m.start));
    // a relative is introduced next to someone the reader already knows by that surname: earlier, the surname was that person
    const earlier = at < firstFull || bare.some((i) => (this.entities[i]?.mentions ?? []).some((m) => m.start < firstFull));
    if (full.length > 0 && earlier && full.every((m) => relationBefore(this.text, m.start))) return bare[bare.length - 1] ?? -1;
    return only;
  }

  /** The last lone-surname mention of one of `people` after `from` and before `at`, with its entity. */
  private loneSince(people: number[], from: number, at: number): { mention: Span; entity: number } | null {
    let best: { mention: Span; entity: number } | null = null;
    for (const i of people) {
      for (const m of this.entities[i]?.mentions ?? []) {
        if (m.start <= from || m.start >= at || keyTokens(m.text.split(/\s+/)).length !== 1 || this.pairedFirst.has(m.start)) continue;
        if (!best || m.start > best.mention.start) best = { mention: m, entity: i };
      }
    }
    return best;
  }

  /** True when a name mention opens its sentence, as its subject ("Former President Bill Clinton criticized …"), not as an object or a possessive. */
  private subjectLike(m: Span): boolean {
    const block = this.blocks[this.blockIndex(m.start)];
    const from = block ? block.start : 0;
    const before = this.text.slice(from, m.start);
    const cut = Math.max(...[...before.matchAll(/[.?!]["”’]?\s+/g)].map((x) => x.index + x[0].length), 0);
    const lead = before.slice(cut);
    if (/^['’]/.test(this.text.slice(m.end, m.end + 1))) return false;
    // titles only before the name, or a short fronted phrase ending with a comma ("On Friday, Jeh Johnson …"), not an
    // appositive ("She thanked her husband, Frank Brandt")
    if (lead.includes(',') && !FRONTED.has(wordsOf(lead)[0]?.lower ?? '')) return false;
    const ws = wordsOf(lead.includes(',') ? lead.slice(lead.lastIndexOf(',') + 1) : lead);
    return ws.length <= 4 && ws.every((w) => /^\p{Lu}/u.test(w.text)) && !this.mentions.some((x) => x.start >= from + cut && x.start < m.start && this.entities[x.entity]?.type === 'person');
  }

  /** Index of the block holding `pos`. */
  private blockIndex(pos: number): number {
    const i = this.blocks.findIndex((b) => pos >= b.start && pos <= b.end);
    return i < 0 ? this.blocks.length : i;
  }

  /** The entity for a lone surname open between `people` (one per surname and set of people). */
  private ambiguous(sur: string, people: number[]): number {
    const key = [...people].sort((a, b) => a - b).join(',');
    const found = this.entities.findIndex((e) => e.candidates && e.surname === sur && [...e.candidates].sort((a, b) => a - b).join(',') === key);
    if (found >= 0) return found;
    const genders = new Set(people.map((i) => this.entities[i]?.gender ?? null));
    const gender = genders.size === 1 ? [...genders][0] ?? null : null;
    const name = (this.entities[people[0] ?? -1]?.name ?? sur).split(/\s+/).pop() ?? sur;
    this.entities.push({ name, type: 'person', descriptors: [], mentions: [], gender, surname: sur, first: '', plural: false, candidates: people });
    return this.entities.length - 1;
  }

  /** Record a person mention; returns the entity index. */
  addPerson(words: Word[], descriptor: string | null, appositive: string | null = null): number {
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return -1;
    const surfaceEnd = last.end - (/['’]s$/.test(last.text) ? 2 : 0);
    const name = this.text.slice(first.start, surfaceEnd);
    const nameWords = words.map((w) => w.text.replace(/['’]s$/, ''));
    let idx = this.findPerson(nameWords, first.start, honorificGender(descriptor));
    if (idx < 0) {
      idx = this.entities.length;
      this.entities.push({ name, type: 'person', descriptors: [], mentions: [], gender: null, surname: '', first: '', plural: false });
    }
    const e = this.entities[idx] as Entity;
    const toks = keyTokens(nameWords);
    const keys = nameKeys(toks);
    e.surname = keys.sur;
    if (keys.first && !e.first) e.first = keys.first;
    if (nameWords.length > e.name.split(/\s+/).length || (nameWords.length === e.name.split(/\s+/).length && name.length > e.name.length)) e.name = name;
    // a family name written first ("Moon Jae-in") says nothing of the gender
    e.gender ??= toks.length >= 2 && keys.first === translitKey(toks[0] ?? '') ? genderOfFirstName(toks[0] ?? '') : null;
    // "Her husband, Saeed Abedini,": the relative noun before the name gives the gender a first name may not
    if (toks.length >= 2) e.gender ??= kinBefore(this.text, first.start);
    for (const d of [descriptor, appositive]) {
      if (!d) continue;
      if (/^(?:mr|sir)\.?$/i.test(d)) e.gender ??= 'male';
      else if (/^(?:mrs|ms|miss|dame|lady)\.?$/i.test(d)) e.gender ??= 'female';
      else if (!e.descriptors.includes(d)) e.descriptors.push(d);
    }
    const span = { text: name, start: first.start, end: surfaceEnd };
    if (!e.mentions.some((m) => m.start === span.start)) e.mentions.push(span);
    // "Sanders' plan" is a possessive too: the apostrophe after a final s is outside the word;
    // "the Clinton campaign" is Clinton's campaign: a modifier, like a possessive, is not the subject
    const possessive = /['’]s$/.test(last.text)
      || (/s$/.test(last.text) && /^['’](?!\p{L})/u.test(this.text.slice(last.end, last.end + 2)))
      || /^\s+(?:campaign|camp|administration)\b/.test(this.text.slice(surfaceEnd, surfaceEnd + 16))
      || roleModifier(this.text, surfaceEnd);
    this.insertMention({ ...span, entity: idx, possessive });
    return idx;
  }

  /** Record an organisation mention ("the Kremlin", "Moscow"). */
  addOrg(surface: string, start: number, end: number): number {
    const key = orgKey(surface);
    let idx = this.entities.findIndex((e) => e.type === 'organisation' && orgKey(e.name) === key);
    if (idx < 0) {
      idx = this.entities.length;
      this.entities.push({ name: orgName(surface), type: 'organisation', descriptors: [], mentions: [], gender: null, surname: '', first: '', plural: false });
    }
    const e = this.entities[idx] as Entity;
    if (!e.mentions.some((m) => m.start === start)) e.mentions.push({ text: this.text.slice(start, end), start, end });
    const modifier = /\b(?:its|his|her|their|our|my|your)\s+$/i.test(this.text.slice(Math.max(0, start - 8), start));
    this.insertMention({ text: this.text.slice(start, end), start, end, entity: idx, possessive: /['’]s$/.test(this.text.slice(end, end + 2)), modifier });
    return idx;
  }

  /** Record an unnamed role speaker ("an adviser to …", "officials in Moscow"). */
  addRole(surface: string, start: number, end: number, plural: boolean, distinct = false): number {
    const name = roleName(surface);
    // "a voter" here and "a voter" later are not known to be one person: `distinct` keeps them apart
    let idx = distinct ? -1 : this.entities.findIndex((e) => e.type === 'role' && !e.distinct && e.name.toLowerCase() === name.toLowerCase());
    if (idx < 0) {
      idx = this.entities.length;
      this.entities.push({ name, type: 'role', descriptors: [], mentions: [], gender: null, surname: '', first: '', plural, distinct });
    }
    const e = this.entities[idx] as Entity;
    if (!e.mentions.some((m) => m.start === start)) e.mentions.push({ text: this.text.slice(start, end), start, end });
    return idx;
  }

  private insertMention(m: Mention): void {
    if (this.mentions.some((x) => x.start === m.start && x.entity === m.entity)) return;
    this.mentions.push(m);
    this.mentions.sort((a, b) => a.start - b.start);
  }
}

type Gender = 'male' | 'female' | null;

/** Relatives by gender, as the reporter introduces them before a name ("his wife, Jane Devine", "her son Tom"). */
const KIN_GENDER: Record<string, Gender> = {
  wife: 'female', mother: 'female', daughter: 'female', sister: 'female', widow: 'female', grandmother: 'female',
  husband: 'male', father: 'male', son: 'male', brother: 'male', widower: 'male', grandfather: 'male',
};

/** The gender of a relative noun right before a name after a possessive ("his wife, ", "Trump's son "), else null. */
function kinBefore(text: string, start: number): Gender {
  const m = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:(?:late|former|estranged|younger|older|eldest|youngest|elder)\s+)?(\p{Ll}+),?\s+$/u.exec(text.slice(Math.max(0, start - 60), start));
  return KIN_GENDER[m?.[1] ?? ''] ?? null;
}

/** True when a relation to someone else stands right before a name: "his wife, ", "the president’s son ", "the first lady, ". */
function relationBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return kinBefore(text, start) !== null || /\bfirst (?:lady|gentleman),?\s+$/i.test(before)
    || /\p{L}['’]s?\s+(?:(?:late|former|estranged|younger|older|eldest|youngest|elder)\s+)?(\p{Ll}+),?\s+$/u.test(before) && KIN_GENDER[/(\p{Ll}+),?\s+$/u.exec(before)?.[1] ?? ''] !== undefined;
}

/** True when a capitalised title and a name follow the words ending at `end`: "Atlantic City Mayor Don Guardian" names the city. */
function titledModifier(text: string, end: number): boolean {
  const next = /^ +(\p{Lu}\p{Ll}+) +\p{Lu}/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase() ?? '';
  return TITLE_WORDS.has(next) || ROLE_HEADS.has(next);
}

/** True when the name ending at `end` modifies a role before another name ("Obama consultant Cornell Belcher", "Trump adviser Roger Stone"). */
function roleModifier(text: string, end: number): boolean {
  const m = /^\s+((?:[\p{Ll}-]+\s+){1,3})\p{Lu}\p{Ll}/u.exec(text.slice(end, end + 60));
  const last = m?.[1]?.trim().split(/\s+/).pop() ?? '';
  return !!m && (ROLE_HEADS.has(last) || TITLE_WORDS.has(last));
}

/** The gender an honorific gives the name after it: `Mr.` male, `Mrs.`/`Ms.` female, else null. */
function honorificGender(descriptor: string | null): Gender {
  const h = (descriptor ?? '').toLowerCase().replace(/\.$/, '');
  return ['mr', 'sir'].includes(h) ? 'male' : ['mrs', 'ms', 'miss', 'dame', 'lady'].includes(h) ? 'female' : null;
}

/** The name words that key a person: no particles ("de", "van") and no suffix ("Jr.", "III"), so "Harris" finds "Harry B. Harris Jr.". */
function keyTokens(nameWords: string[]): string[] {
  const toks = nameWords.filter((t) => !NAME_PARTICLES.has(t.toLowerCase()) && !/^(?:jr|sr|ii|iii|iv)\.?$/i.test(t));
  return toks.length > 0 ? toks : nameWords;
}

/**
 * Surname and first-name keys of a person's name tokens. A short family name before a hyphenated given name written in
 * lower case after the hyphen keeps the family name first ("Ban Ki-moon" is `Ban`, "Moon Jae-in" is `Moon`).
 */
function nameKeys(toks: string[]): { sur: string; first: string } {
  const [a, b] = toks;
  if (toks.length === 2 && a && b && /^\p{Lu}\p{Ll}{1,4}$/u.test(a) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(b)) return { sur: translitKey(a), first: translitKey(b) };
  return { sur: translitKey(toks[toks.length - 1] ?? ''), first: toks.length >= 2 ? translitKey(toks[0] ?? '') : '' };
}

/** True when two first-name keys can be the same person (equal, an initial, or a spelling variant). */
export function firstCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  if (a.length >= 5 && b.length >= 5 && a[0] === b[0]) {
    let d = 0;
    // cheap check; the registry uses a full edit distance
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) d++;
    return d + Math.abs(a.length - b.length) <= 3;
  }
  return false;
}

/** Key for comparing organisation names: lower case, no leading "the", no possessive. */
export function orgKey(surface: string): string {
  return surface.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

/** Display name of an organisation: "the Kremlin", "Russia". */
export function orgName(surface: string): string {
  const s = surface.replace(/['’]s$/, '').trim();
  if (/^the\s/i.test(s)) return `the ${s.slice(4)}`;
  const key = orgKey(s);
  const definite = KNOWN_ORG_PHRASES.includes(key) || ['kremlin', 'pentagon', 'senate', 'duma', 'rada', 'fbi', 'cia', 'un', 'eu', 'bbc', 'kremlin'].includes(key);
  return definite && !PLACES.has(key) ? `the ${s}` : s;
}

/** Display name of a role: the phrase without a leading article, first letter in lower case. */
export function roleName(surface: string): string {
  const s = surface.trim().replace(/^(?:the|a|an)\s+/i, '');
  const first = s.split(/\s+/)[0] ?? '';
  return /^\p{Lu}\p{Ll}/u.test(first) && !isNationality(first) && !PLACES.has(first.toLowerCase()) && !isCapitalised(s.split(/\s+/)[1] ?? 'x') ? s[0]?.toLowerCase() + s.slice(1) : s;
}
