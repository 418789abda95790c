import type { QuoteRecord } from '../schemas/dataset.ts';

const columns = ['id', 'article', 'kind', 'speaker', 'speakerName', 'text', 'cue', 'rule', 'confidence', 'variantGroup', 'start', 'end', 'url'] as const;

/** RFC 4180 field: quoted when it holds a comma, quote or line break. A leading =,+,-,@ is defused for spreadsheets. */
export function csvField(value: string | number | null): string {
  let s = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header line of the quotes CSV (without its line break). */
export const quotesCsvHeader = columns.join(',');

/** One quote's row of the quotes CSV (without its line break). */
export function quoteCsvRow(q: QuoteRecord): string {
  return columns.map((c) => csvField(q[c])).join(',');
}

/** The quotes of the data set as CSV, one row per quote. */
export function quotesCsv(quotes: QuoteRecord[]): string {
  return `${[quotesCsvHeader, ...quotes.map(quoteCsvRow)].join('\r\n')}\r\n`;
}
