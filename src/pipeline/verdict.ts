/**
 * Whether a file is published as an article: empty files, files that are not articles (lists
 * of links, logs, code, binary data) and articles not in English are set aside with a reason.
 */
import type { ArticleDoc, Block } from './types.ts';
import { detectLanguage, type LanguageGuess } from './language.ts';
import { countWords, isProse } from './text-cues.ts';

/** The verdict on a file with the reason shown in the build report. */
export interface Verdict {
  verdict: ArticleDoc['verdict'];
  /** Why the file is not an article, in plain words (null for articles). */
  reason: string | null;
  /** Stable code of the reason. */
  code: string | null;
  language: LanguageGuess;
}

const CODE_LINE = /[;{}]\s*$|^\s*(?:import|export|const|let|var|function|def|class|public|private|protected|return|#include|#!|using|package|func|fn)\b|^\s*(?:if|for|while|switch)\s*\(|^\s*<\/?[a-zA-Z][^>]*>\s*$|^\s*[\w.$]+\s*=\s*[^=]/;
const LOG_LINE = /^\s*\[?(?:\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}|\d{2}:\d{2}:\d{2}|\w{3}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2})|^\s*\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b/;
const URL_LINE = /^\s*(?:[-*•]\s*)?(?:https?:\/\/|www\.)\S+\s*$/i;

/** Why a text is not an article by the shape of its lines (links, log, data, code), or null. */
function structureVerdict(lines: readonly string[]): Pick<Verdict, 'verdict' | 'reason' | 'code'> | null {
  const share = (re: RegExp) => lines.filter((l) => re.test(l)).length / lines.length;
  if (share(URL_LINE) > 0.4) return { verdict: 'not-article', reason: 'the file is a list of links, not an article', code: 'list-of-links' };
  if (share(LOG_LINE) > 0.3) return { verdict: 'not-article', reason: 'the file looks like a log, not an article', code: 'log-file' };
  if (isDataTable(lines)) return { verdict: 'not-article', reason: 'the file is a table of data (comma- or tab-separated), not an article', code: 'data-table' };
  if (share(CODE_LINE) > 0.3) return { verdict: 'not-article', reason: 'the file looks like program code, not an article', code: 'code' };
  return null;
}

/** True when most lines split into the same number (3+) of short fields: CSV or tab-separated data. */
export function isDataTable(lines: readonly string[]): boolean {
  if (lines.length < 3) return false;
  for (const sep of [',', '\t', ';']) {
    const counts = lines.map((l) => l.split(sep).length);
    const header = counts[0] ?? 0;
    if (header < 3) continue;
    // Prose has commas too, but not the same number on every line, and its pieces are long.
    const rows = lines.filter((l, i) => counts[i] === header && l.split(sep).every((f) => f.trim().length <= 40));
    if (rows.length / lines.length >= 0.8) return true;
  }
  return false;
}

/** Judges a read file: `empty`, `not-article`, `non-english` or `article`. */
export function judgeFile(text: string, blocks: readonly Block[]): Verdict {
  const none = { language: 'en', score: 0, confident: false };
  if (text.trim() === '') return { verdict: 'empty', reason: 'the file is empty', code: 'empty-file', language: none };
  const nonSpace = text.replace(/\s/g, '');
  const letters = nonSpace.match(/\p{L}/gu)?.length ?? 0;
  const junk = nonSpace.match(/[\uFFFD\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (junk / nonSpace.length > 0.05 || letters / nonSpace.length < 0.5) {
    return { verdict: 'not-article', reason: 'the file looks like binary data or symbols, not text', code: 'not-text', language: none };
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  // An article pasted with some of the page's style sheet or links is still an article: its prose dominates.
  const prose = paragraphs.filter((b) => isProse(b.text));
  const proseDominates = prose.length >= 3 && countWords(prose.map((b) => b.text).join(' ')) >= 0.5 * countWords(text);
  if (!proseDominates) {
    const notArticle = structureVerdict(lines);
    if (notArticle) return { ...notArticle, language: none };
  }

  const bodyText = paragraphs.map((b) => b.text).join('\n');

  const language = detectLanguage(bodyText || text);
  if (language.confident && language.language !== 'en' && language.language !== 'und') {
    return { verdict: 'non-english', reason: `the article is not in English (detected: ${language.language})`, code: 'non-english', language };
  }
  const bodyWords = countWords(bodyText);
  // A short brief is still an article; a page without a single sentence of running prose is not.
  if (paragraphs.length === 0 || bodyWords < 8 || !paragraphs.some((b) => isProse(b.text) || /[.!?]["”’']?$/.test(b.text))) {
    return { verdict: 'not-article', reason: 'no article text found (too few sentences of running prose)', code: 'no-article-text', language };
  }
  if (language.language === 'und' && language.confident) {
    return { verdict: 'not-article', reason: 'the text does not read as prose in any language we know', code: 'not-prose', language };
  }
  return { verdict: 'article', reason: null, code: null, language };
}
