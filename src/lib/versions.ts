import type { QuoteRecord } from '../schemas/dataset.ts';
import type { DiffPart, VariantInfo } from './framing.ts';
import { wordDiff } from './worddiff.ts';

/** One article's version of an utterance, with its word diff against the fullest version. */
export interface QuoteVersion {
  quote: QuoteRecord;
  /** True for the version the others are compared with (the one with most words). */
  reference: boolean;
  /** From the reference to this version; empty for the reference itself. */
  diff: DiffPart[];
  identical: boolean;
}

const words = (text: string): number => text.match(/\S+/g)?.length ?? 0;
const canonical = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Versions of one utterance (quotes sharing a `variantGroup`), fullest first, each diffed against
 * it: the generator's reference and diffs when it wrote them, else computed here with jsdiff.
 */
export function quoteVersions(group: QuoteRecord[], info?: VariantInfo): QuoteVersion[] {
  if (group.length === 0) return [];
  const sorted = [...group].sort((x, y) => Number(y.id === info?.complete) - Number(x.id === info?.complete)
    || words(y.text) - words(x.text) || x.article.localeCompare(y.article) || x.start - y.start);
  const reference = sorted[0]!;
  return sorted.map((quote, i) => {
    const identical = i > 0 && canonical(quote.text) === canonical(reference.text);
    const given = info?.complete === reference.id ? info.diffs.get(quote.id) : undefined;
    const diff = i === 0 || identical ? [] : given !== undefined && given.length > 0 ? given : wordDiff(reference.text, quote.text);
    return { quote, reference: i === 0, diff, identical };
  });
}

/** Quotes grouped by utterance (`variantGroup`; a quote without one is its own group), in first-seen order. */
export function groupByUtterance(quotes: QuoteRecord[]): QuoteRecord[][] {
  const groups = new Map<string, QuoteRecord[]>();
  for (const q of quotes) {
    const key = q.variantGroup ?? `single:${q.id}`;
    const list = groups.get(key) ?? [];
    list.push(q);
    groups.set(key, list);
  }
  return [...groups.values()];
}
