/**
 * Language detection by stop-word ratio (Latin-script languages) and by script (others).
 * Enough to tell English news from everything else; not a general language identifier.
 */

const STOP_WORDS: Record<string, string> = {
  en: 'the of and to a in is that for it was on with as he she his her by at from be have has had are were not this but they said which will would an or who been their its also after about more than over into up out one all we i you there when what',
  es: 'el la los las de del y en que a un una por con para es se no su sus al lo como más pero fue ha son este esta dijo sobre entre también sin desde muy ya',
  fr: 'le la les de des du et en un une que qui est pour dans par sur pas au aux ce cette il elle ne se sont avec plus a été ont mais ou comme leur nous vous',
  de: 'der die das und den dem des ein eine einer in zu mit von ist im nicht sich auf für auch es als an bei wird wurde sind hat dass sie er nach aus noch wie oder',
  it: 'il lo la gli le di del della dei e è in un una che per con non si da al alla sono ha anche come più ma ed nel nella questo questa',
  pt: 'o a os as de do da dos das e em um uma que para com não por se no na ao à mais foi são é como mas também seu sua pelo pela',
  nl: 'de het een en van in is dat op te met voor niet zijn er aan ook als bij door maar om over nog wordt werd heeft hebben deze die',
  tr: 've bir bu da de için ile olarak çok daha ama gibi olan en ki ne var değil sonra kadar',
  pl: 'i w na z że się nie do jest to o jak po za od a ale przez dla jego tak są był była',
  id: 'yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah karena oleh sebagai atau',
};

const SETS = Object.fromEntries(Object.entries(STOP_WORDS).map(([lang, list]) => [lang, new Set(list.split(' '))]));

/** The languages each stop word belongs to. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [lang, set] of Object.entries(SETS)) for (const word of set) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), lang]);

const SCRIPTS: { lang: string; re: RegExp }[] = [
  { lang: 'uk', re: /[іїєґІЇЄҐ]/u },
  { lang: 'ru', re: /\p{Script=Cyrillic}/u },
  { lang: 'ar', re: /\p{Script=Arabic}/u },
  { lang: 'he', re: /\p{Script=Hebrew}/u },
  { lang: 'el', re: /\p{Script=Greek}/u },
  { lang: 'hi', re: /\p{Script=Devanagari}/u },
  { lang: 'ja', re: /[\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { lang: 'ko', re: /\p{Script=Hangul}/u },
  { lang: 'zh', re: /\p{Script=Han}/u },
  { lang: 'th', re: /\p{Script=Thai}/u },
];

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/gu;

/** Result of language detection. */
export interface LanguageGuess {
  /** BCP-47 code. */
  language: string;
  /** Share of the words that are stop words of that language (1 for script-based guesses). */
  score: number;
  /** False when the text is too short to tell; the language is then `en` by default. */
  confident: boolean;
}

/** Guesses the language of a text. */
export function detectLanguage(text: string): LanguageGuess {
  const { letters, latin } = letterCounts(text);
  if (letters === 0) return { language: 'en', score: 0, confident: false };
  if (latin / letters < 0.5) {
    const nonLatin = (text.match(NON_LATIN_LETTER) ?? []).join('');
    // Script order matters: Japanese text also holds Han characters, Ukrainian is Cyrillic.
    const hanOrKana = SCRIPTS.find((s) => s.re.test(nonLatin) && (s.lang !== 'uk' || ukrainianShare(nonLatin) > 0.01));
    return { language: hanOrKana?.lang ?? 'und', score: 1, confident: true };
  }
  const tokens = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 12) return { language: 'en', score: 0, confident: false };
  // One look-up per word for every language at once.
  const hits = new Map<string, number>();
  for (const t of tokens) for (const lang of LANGUAGES_OF.get(t) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  let best = 'en';
  let bestScore = -1;
  for (const lang of Object.keys(SETS)) {
    const score = (hits.get(lang) ?? 0) / tokens.length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  const english = (hits.get('en') ?? 0) / tokens.length;
  // English news prose runs at 35–50 % stop words; another language must clearly beat it.
  if (english >= 0.2 && bestScore < english * 1.3) return { language: 'en', score: english, confident: true };
  if (bestScore < 0.12) return { language: 'und', score: bestScore, confident: tokens.length >= 40 };
  return { language: best, score: bestScore, confident: true };
}

/** Letters of `text` (code points) and how many of them are Latin; ASCII is told apart without a regex. */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // ASCII letters are Latin; no other ASCII character is a letter
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        letters++;
        latin++;
      }
      continue;
    }
    const point = text.codePointAt(i) ?? code;
    if (point > 0xffff) i++;
    const c = String.fromCodePoint(point);
    if (LETTER.test(c)) {
      letters++;
      if (LATIN.test(c)) latin++;
    }
  }
  return { letters, latin };
}

/** Share of letters that occur only in Ukrainian among Cyrillic languages. */
function ukrainianShare(text: string): number {
  const uk = text.match(/[іїєґІЇЄҐ]/gu)?.length ?? 0;
  return uk / Math.max(1, text.length);
}
