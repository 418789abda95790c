import type { ArticleRecord, QuoteRecord } from '../schemas/dataset.ts';

/** The outlet's name, or a plain "Outlet unknown". */
export function outletLabel(article: Pick<ArticleRecord, 'outlet'>): string {
  return article.outlet ?? 'Outlet unknown';
}

/** Short column labels for a story's articles: the outlet, made unique with the article number. */
export function columnLabels(articles: ArticleRecord[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const a of articles) counts.set(a.outlet ?? '', (counts.get(a.outlet ?? '') ?? 0) + 1);
  return new Map(articles.map((a) => {
    const number = a.id.split(/[_-]/)[0] ?? a.id;
    if (a.outlet === null) return [a.id, `Article ${number} (outlet unknown)`];
    return [a.id, (counts.get(a.outlet) ?? 0) > 1 ? `${a.outlet} (${number})` : a.outlet];
  }));
}

/** The build date, or SOURCE_DATE_EPOCH when set, so rebuilds of the same data are identical. */
export function buildDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

const RULES: [prefix: string, text: string][] = [
  ['cue-after:quote-name-verb', 'the speaker and a speech verb follow the quote (“…,” Putin said)'],
  ['cue-after:quote-verb-name', 'a speech verb and the speaker follow the quote (“…,” said Putin)'],
  ['cue-after:according-to', '“according to” and the speaker follow the quote'],
  ['cue-before:name-verb-quote', 'the speaker and a speech verb introduce the quote (Putin said, “…”)'],
  ['cue-before:name-verb-that', 'the speaker and a speech verb introduce the quoted words (Putin said that “…”)'],
  ['cue-before:according-to', '“according to” and the speaker come before the quote'],
  ['cue-before:participle', 'a speech verb in “-ing” form refers back to the sentence’s subject (…, saying “…”)'],
  ['cue-before:shared-subject', 'the quote continues a sentence whose subject is the speaker'],
  ['continuation-before', 'the next quote in the paragraph is attributed and nothing in between names someone else'],
  ['continuation', 'the quote continues the previous attributed quote with no new speaker in between'],
  ['coordinated', 'joined by “and” to a quote of the same speaker'],
  ['colon-intro', 'the paragraph before ends with the speaker and “said:”'],
  ['multi-paragraph', 'one quote running over several paragraphs takes the attribution of its best-attributed piece'],
  ['term', 'a word in quotation marks (scare quotes, a name or title): the outlet’s words, not speech'],
  ['none', 'no rule was confident, so no speaker is given'],
];

const SUFFIXES: Record<string, string> = {
  pronoun: 'the speaker was named by a pronoun (he, she), resolved to the nearest fitting person',
  descriptor: 'the speaker was named by a description (the Russian leader), matched to a person of the article',
  role: 'the speaker was named by a role (the spokesman)',
  organisation: 'the speaker is an organisation',
  subject: 'the speaker is the subject of the sentence',
};

/** Plain-language explanation of an attribution rule name such as `cue-after:quote-name-verb+pronoun`. */
export function explainRule(rule: string): string {
  const [base = '', ...suffixes] = rule.split('+');
  const text = RULES.find(([prefix]) => base.startsWith(prefix))?.[1] ?? `rule “${base}”`;
  const extra = suffixes.map((s) => SUFFIXES[s]).filter((s): s is string => s !== undefined);
  return [text, ...extra].join('; ');
}

/** Confidence in words, with the number. */
export function confidenceText(confidence: number): string {
  const word = confidence >= 0.9 ? 'high' : confidence >= 0.75 ? 'fair' : confidence > 0 ? 'low' : 'none';
  return `${word} (${confidence.toFixed(2)})`;
}

/** Words in a quote. */
export function wordCount(quote: Pick<QuoteRecord, 'text'>): number {
  return quote.text.match(/\S+/g)?.length ?? 0;
}

/** Human name of a quote kind. */
export function kindLabel(kind: string): string {
  return ({ direct: 'direct quote', partial: 'partial quote', indirect: 'reported speech', term: 'term in quotation marks' } as Record<string, string>)[kind] ?? kind;
}
