/**
 * Article metadata from the judged lines: headline (never invented), title, outlet and how it
 * was found, byline, sourcing credits, dateline, date cues. Sidecar values override detection.
 */
import type { ArticleMeta, Block, Line, Sidecar, Span } from './types.ts';
import { agencyLine, findDateline, domainOf } from './line-rules.ts';
import { outletFromBio, outletFromByline, outletFromCopyright, outletFromDomain, outletFromPitch, outletFromSourceLine, splitHeadlineSuffix } from './outlet.ts';
import { findDateCues } from './dates.ts';

/** A dateline found at the start of a paragraph or on its own line. */
export interface DatelineInfo extends Span {
  place: string;
  date: string | null;
  agency: string | null;
}

/** Metadata of the reading stage: the shared fields plus the dateline. */
export interface ReadMeta extends ArticleMeta {
  /** Dateline ("WASHINGTON, April 15. /TASS/."), kept as information; the paragraph keeps its text. */
  dateline: DatelineInfo | null;
}

/** Byline name(s) from a byline line: "By Jane Doe and John Roe | Reuters" → "Jane Doe and John Roe". */
export function bylineName(line: string): string | null {
  const rest = line.replace(/^(?:by|written by|interview(?:ed)? by|words by|reported by|story by|posted by|published by|text by|author|reporter|written and reported by)\s*:?\s+/i, '');
  // Wire bylines write names in capitals and run the agency on: "OLENA MARCHUK and DAVID RENWICK Associated Press".
  const caps = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s+(?:\p{Lu}[\p{Lu}.'’-]*|and|&))+)(?=\s+\p{Lu}\p{Ll})/u.exec(rest);
  if (caps?.[1] && /\s/.test(caps[1])) return caps[1].replace(/\s+(?:and|&)$/, '');
  const t = rest
    .split(/\s*(?:[|•·,;–—]|\s-\s|\bon\s+(?=\p{Lu}|\d)|\sat\s+(?:the\s+)?(?=\p{Lu})|\bupdated\b|\bpublished\b|\d)/iu)[0]
    ?.trim();
  return t && /^\p{Lu}/u.test(t) ? t : null;
}

/** The name in "Harriet Lowe Transport correspondent" or "Marcus Delgado | Reporter". */
function jobless(line: string): string {
  const sep = line.split(/\s*(?:\||,|–|—|\s-\s)\s*/)[0] ?? line;
  return sep === line ? line.split(/\s+/).slice(0, 2).join(' ') : sep;
}

/** Author name from a biography: "Eddie Hudson is an Entertainment News Reporter …" → "Eddie Hudson". */
export function bioName(line: string): string | null {
  const m = /^((?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}[\p{Lu}][\p{L}'’-]+)\s+(?:is|was|has been|covers|writes|reports|joined)\b/u.exec(line.trim());
  return m?.[1] ?? null;
}

/** First words of the article for an untitled article's title. */
export function firstWords(text: string, maxWords = 8, maxChars = 60): string {
  const out: string[] = [];
  for (const w of text.trim().split(/\s+/)) {
    if (out.length >= maxWords || out.join(' ').length + w.length > maxChars) break;
    out.push(w);
  }
  return out.join(' ').replace(/[\s,;:.!?…"“”'‘’—–-]+$/u, '');
}

/** Builds the metadata from the lines and blocks of an article, then applies the sidecar. */
export function buildMeta(text: string, lines: readonly Line[], blocks: readonly Block[], sidecar: Sidecar, seedId: string): ReadMeta {
  const of = (role: Line['role']) => lines.filter((l) => l.role === role);
  // A headline broken over two lines (a PDF, a narrow column) is one headline.
  const headlineIndex = lines.findIndex((l) => l.role === 'headline');
  const headlineParts: string[] = [];
  for (let k = headlineIndex; k >= 0 && lines[k]?.role === 'headline'; k++) headlineParts.push((lines[k] as Line).text);
  let headline = headlineParts.length > 0 ? headlineParts.join(' ') : null;

  const outlets: { name: string; rule: string }[] = [];
  let url: string | null = null;
  for (const l of of('site-name')) {
    const d = domainOf(l.text);
    if (!d) continue;
    if (d.url && !url) url = d.url;
    const named = outletFromDomain(d.domain);
    outlets.push(named ? { name: named, rule: 'site-name' } : { name: d.domain, rule: 'site-name:domain' });
  }
  for (const l of of('copyright')) {
    const name = outletFromCopyright(l.text);
    if (name) outlets.push({ name, rule: 'copyright-line' });
  }
  if (headline) {
    const split = splitHeadlineSuffix(headline);
    if (split) {
      headline = split.headline;
      outlets.push({ name: split.outlet, rule: 'headline-suffix' });
    }
  }
  for (const l of of('author-bio')) {
    const name = outletFromBio(l.text);
    if (name) outlets.push({ name, rule: 'author-bio' });
  }
  for (const l of of('chrome')) {
    const name = l.rule === 'chrome:newsletter' ? outletFromPitch(l.text) : null;
    if (name) outlets.push({ name, rule: 'newsletter' });
  }
  for (const l of of('byline')) {
    const name = l.rule === 'byline:by' ? outletFromByline(l.text) : null;
    if (name) outlets.push({ name, rule: 'byline' });
  }
  // "Source: X" above the text names where an aggregator took it from; below, it is usually a chart's source.
  const bodyStart = blocks[0]?.start ?? Infinity;
  for (const l of of('credit')) {
    const name = l.start < bodyStart || /^this\b/i.test(l.text) ? outletFromSourceLine(l.text) : null;
    if (name) outlets.push({ name, rule: 'source-line' });
  }

  let dateline: DatelineInfo | null = null;
  const firstBlock = blocks.find((b) => b.kind === 'paragraph');
  // The dateline opens the article text; the first two paragraphs allow for a stray line before it.
  const datelineCandidates = [...of('dateline'), ...blocks.filter((b) => b.kind === 'paragraph').slice(0, 2)];
  for (const c of datelineCandidates) {
    const d = findDateline(c.text);
    if (!d) continue;
    const raw = c.text.slice(0, d.end);
    const trimmed = raw.trimEnd();
    dateline = { text: trimmed, start: c.start, end: c.start + trimmed.length, place: d.place, date: d.date, agency: d.agency };
    if (d.agency && /^\p{Lu}/u.test(d.agency)) outlets.push({ name: d.agency, rule: 'dateline' });
    break;
  }
  for (const l of of('dateline')) {
    const agency = agencyLine(l.text);
    if (agency) outlets.push({ name: agency, rule: 'dateline' });
  }

  // A readable name beats a bare domain; the order above is the order of trust.
  const ranked = [...outlets.filter((o) => o.rule !== 'site-name:domain' && o.rule !== 'dateline'), ...outlets.filter((o) => o.rule === 'site-name:domain'), ...outlets.filter((o) => o.rule === 'dateline')];
  let outlet = ranked[0] ?? null;
  if (!outlet && sidecar.url) {
    const d = domainOf(sidecar.url);
    const name = d ? outletFromDomain(d.domain) : null;
    if (name) outlet = { name, rule: 'url' };
  }

  // A "By …" line first, then "Name | Reporter", then a name alone next to a date or a job.
  const named = ['byline:by', 'byline:surname-caps', 'byline:name-and-job', 'byline:name'].map((rule) => of('byline').find((l) => l.rule === rule)).find((l) => l !== undefined);
  const bio = of('author-bio')[0];
  const nameText = named?.rule === 'byline:surname-caps' ? named.text.replace(/\s+in\s+\p{Lu}[\p{L} -]*$/u, '') : named?.rule === 'byline:name-and-job' ? jobless(named.text) : named?.text;
  const byline = (nameText && bylineName(nameText)) ?? (bio && bioName(bio.text)) ?? null;

  const credits = of('credit').map((l) => l.text);
  const cueRanges = [...blocks, ...lines.filter((l) => l.role === 'byline' || l.role === 'dateline')];
  const dateCues = findDateCues(text, cueRanges.sort((a, b) => a.start - b.start));

  if (sidecar.headline) headline = sidecar.headline;
  const lead = firstBlock ? firstWords(firstBlock.text.slice(dateline && dateline.start === firstBlock.start ? dateline.end - firstBlock.start : 0)) : '';
  const title = headline ?? `Untitled article — ${lead || seedId}…`;
  return {
    headline,
    title,
    outlet: sidecar.outlet ?? outlet?.name ?? null,
    outletRule: sidecar.outlet ? 'sidecar' : (outlet?.rule ?? null),
    byline,
    url: sidecar.url ?? url,
    published: sidecar.published ?? null,
    language: sidecar.language ?? 'en',
    dateCues,
    credits,
    dateline,
  };
}
