/**
 * Clause verbs: communication verbs that are not plain speech cues but report a subject's words as their
 * object or complement ("likened the rules to “…”", "dismissed the report as “…”", "condemned “…”").
 * They are read for partial quotes only, and only when the quote sits in the verb's own clause.
 */
import { cueBase, isBetweenWord } from './cues.ts';
import type { Word } from './context.ts';
import { DOCUMENT_HEADS } from './names.ts';

/** Base form → every form; the words the reporter uses for the subject's own characterisation. */
const FORMS: Record<string, string[]> = {
  // comparing and naming: "likened X to “…”", "dubbed him “…”", "referred to X as “…”"
  compare: ['compared', 'compares', 'comparing'],
  liken: ['likened', 'likens', 'likening'],
  equate: ['equated', 'equates', 'equating'],
  dub: ['dubbed', 'dubs', 'dubbing'],
  brand: ['branded', 'brands', 'branding'],
  nickname: ['nicknamed', 'nicknames', 'nicknaming'],
  characterize: ['characterized', 'characterizes', 'characterizing', 'characterised', 'characterises', 'characterising'],
  portray: ['portrayed', 'portrays', 'portraying'],
  refer: ['referred', 'refers', 'referring'],
  dismiss: ['dismissed', 'dismisses', 'dismissing'],
  hail: ['hailed', 'hails', 'hailing'],
  defend: ['defended', 'defends', 'defending'],
  // judging in words: "condemned “such a murderous attack”", "blamed the “fog of war”"
  condemn: ['condemned', 'condemns', 'condemning'],
  denounce: ['denounced', 'denounces', 'denouncing'],
  decry: ['decried', 'decries', 'decrying'],
  deride: ['derided', 'derides', 'deriding'],
  ridicule: ['ridiculed', 'ridicules', 'ridiculing'],
  lambaste: ['lambasted', 'lambastes', 'lambasting'],
  rebuke: ['rebuked', 'rebukes', 'rebuking'],
  chastise: ['chastised', 'chastises', 'chastising'],
  berate: ['berated', 'berates', 'berating'],
  deplore: ['deplored', 'deplores', 'deploring'],
  bemoan: ['bemoaned', 'bemoans', 'bemoaning'],
  blame: ['blamed', 'blames', 'blaming'],
  fault: ['faulted', 'faults', 'faulting'],
  thank: ['thanked', 'thanks', 'thanking'],
  commend: ['commended', 'commends', 'commending'],
  applaud: ['applauded', 'applauds', 'applauding'],
  welcome: ['welcomed', 'welcomes', 'welcoming'],
  credit: ['credited', 'credits', 'crediting'],
  advocate: ['advocated', 'advocates', 'advocating'],
  // committing, asking and voicing: "threatened to “…”", "voiced a wish for a “…”"
  threaten: ['threatened', 'threatens', 'threatening'],
  implore: ['implored', 'implores', 'imploring'],
  beg: ['begged', 'begs', 'begging'],
  encourage: ['encouraged', 'encourages', 'encouraging'],
  express: ['expressed', 'expresses', 'expressing'],
  cite: ['cited', 'cites', 'citing'],
  voice: ['voiced', 'voices', 'voicing'],
};

const BASE = new Map<string, string>();
for (const [base, forms] of Object.entries(FORMS)) for (const f of forms) BASE.set(f, base);

/** Verbs whose quote must follow `as` ("referred to Obama as “…”", "defended him as “…”"): otherwise the quote is what they are about. */
const NEEDS_AS = new Set(['refer', 'defend']);

/** Verbs that need an object before their `to`/`with` ("likened the rules to “…”"). */
const COMPARING = new Set(['compare', 'liken', 'equate']);

/** Words that open another clause or speaker between the verb and the quote. */
const CLAUSE_OPENERS = new Set([
  'who', 'whom', 'whose', 'which', 'when', 'while', 'because', 'if', 'although', 'though', 'since', 'where', 'whether',
  'after', 'before', 'unless', 'until', 'according', 'such', 'by',
]);

/** Nouns for someone's words or a text: a quote after them is those words, not the subject's ("condemned Smith's remark that “…”"). */
const WORDS_NOUNS = new Set([
  'remark', 'remarks', 'comment', 'comments', 'words', 'word', 'phrase', 'term', 'slogan', 'motto', 'mantra', 'refrain',
  'chant', 'chants', 'line', 'lines', 'claim', 'claims', 'call', 'calls', 'pledge', 'promise', 'vow', 'charge',
  'accusation', 'assertion', 'suggestion', 'description', 'characterization', 'label', 'quip', 'joke', 'question',
  'answer', 'response', 'reply', 'speech', 'rhetoric', 'language', 'title', 'headline', 'hashtag', 'tagline',
  'message', 'warning', 'argument', 'insult', 'insults', 'nickname', 'name', 'named', 'titled', 'entitled',
  'headlined', 'quote', 'quoted', 'quoting',
]);

/** Words after which a speech word is a noun ("the report", "his statement"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'our', 'my', 'your']);

/** Pronouns that cannot head a relative clause about a thing ("him who"). */
const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'they', 'them', 'it', 'we', 'us', 'i', 'me', 'you', 'those']);

/** Forms of "be" that make a following verb passive ("was condemned as “…”"). */
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s']);

/** Possessives right before a quote: "Obama’s “if you like your plan …”" is Obama’s phrase. */
const POSSESSIVE = /^(?:his|her|their|its)$|['’]s$/i;

/** Capitalised words whose `’s` is a contraction, not a possessive ("It’s", "She’s"). */
const CONTRACTED = new Set(['it', 'he', 'she', 'that', 'there', 'here', 'what', 'who', 'where', 'let', 'how', 'when']);

/** True for a capitalised possessive: `Ortega’s`, or a plural's `Democrats’` (whose apostrophe the word leaves out). */
function namePossessive(text: string, w: Word): boolean {
  if (!/^\p{Lu}/u.test(w.text)) return false;
  if (/['’]s$/.test(w.text)) return !CONTRACTED.has(w.lower.slice(0, -2));
  return /s$/.test(w.text) && /^['’](?![\p{L}\p{N}])/u.test(text.slice(w.end));
}

/** The base form when `word` is a clause verb form ("likened" → "liken"), else null. */
export function clauseVerbBase(word: string): string | null {
  return BASE.get(word.toLowerCase()) ?? null;
}

/**
 * The base of the clause verb at `ws[k]` when the quote opening at `open` is its object or complement: the
 * verb is active, at most twelve words come between, with no punctuation, no other speech verb, no word that
 * opens another clause (who, which, when, by …) and no noun for someone's words; else null.
 */
export function clauseVerbAt(text: string, ws: Word[], k: number, open: number): string | null {
  const w = ws[k];
  if (!w || !/^\p{Ll}/u.test(w.text)) return null;
  const base = clauseVerbBase(w.text);
  if (!base) return null;
  const between = ws.slice(k + 1);
  // quote marks between can only be a term's (“change warrior”): the rules start after the previous real quote
  if (between.length > 12 || /[,;:.!?()[\]—–]|\s--?\s/.test(text.slice(w.end, open))) return null;
  // "was dubbed “…” by": passive, the subject did not say it
  let j = k - 1;
  while (j >= 0 && isBetweenWord((ws[j] as Word).text) && !BE.has((ws[j] as Word).lower)) j--;
  if (j >= 0 && BE.has((ws[j] as Word).lower)) return null;
  if (NEEDS_AS.has(base) && !between.some((b) => b.lower === 'as')) return null;
  if (base === 'refer' && between[0]?.lower !== 'to') return null;
  // "Talk compared to “…”": a participle with no object describes its noun, nobody compares
  if (COMPARING.has(base) && ['to', 'with'].includes(between[0]?.lower ?? '')) return null;
  for (const [i, b] of between.entries()) {
    const before = between[i - 1];
    // "compared Trump to a coach who is “…”", "the climate in which people “…”": a relative clause about a thing or
    // an unnamed person, not a speaker
    if ((b.lower === 'who' || b.lower === 'which') && before && /^\p{Ll}+$/u.test(before.text) && !PRONOUNS.has(before.lower)) continue;
    if (CLAUSE_OPENERS.has(b.lower)) return null;
    // a speech word after a determiner is a noun ("the report"); otherwise it is another clause's verb
    // (or after a possessive: "denounced Ortega’s remarks as “…”")
    const noun = before !== undefined && (DETERMINERS.has(before.lower) || namePossessive(text, before));
    if (!noun && (cueBase(b.text) !== null || clauseVerbBase(b.text) !== null)) return null;
    // "dismissed the report as “…”" is the subject's label for it; "cited a report that “…”" quotes the report
    const words = WORDS_NOUNS.has(b.lower) || DOCUMENT_HEADS.has(b.lower.replace(/s$/, '')) || (noun && cueBase(b.text) !== null);
    if (words && !between.slice(i + 1).some((x) => x.lower === 'as')) return null;
  }
  const last = between[between.length - 1];
  if (last && POSSESSIVE.test(last.text)) return null;
  return base;
}
