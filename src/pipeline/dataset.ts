import type { ArticleRecord, QuoteRecord, SpeakerRecord, StoryRecord } from '../schemas/dataset.ts';
import type { CorpusArticle, CorpusQuote } from './corpus.ts';
import { buildRegistry, type Registry, type SpeakerAliases } from './speakers.ts';
import { groupStories, type StoryPins } from './stories.ts';
import { groupVariants } from './variants.ts';
import { articleFraming, storyFraming } from './framing.ts';
import { alignArticles } from './align.ts';
import type { Lexicons } from './lexicons.ts';
import { canonicalText, paths, quoteId, shortHash } from './ids.ts';
import type { AnalyzedArticle, Problem } from './types.ts';

/** What editors supply beside the seeds (all optional). */
export interface Editorial {
  speakers?: SpeakerAliases;
  stories?: StoryPins;
  lexicons: Lexicons;
}

export interface Dataset {
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  speakers: SpeakerRecord[];
  stories: StoryRecord[];
  problems: Problem[];
  /** Seed files that are not published as articles, with the reason. */
  skipped: { file: string; reason: string }[];
  /** Each article's text as read, which the records' offsets point into (for the MDX emitter; not serialised). */
  sources: Map<string, string>;
}

/** Keeps the first of several seeds with the same text; the others become problems. */
function dropDuplicates(analyzed: AnalyzedArticle[]): { kept: AnalyzedArticle[]; problems: Problem[] } {
  const seen = new Map<string, string>();
  const kept: AnalyzedArticle[] = [];
  const problems: Problem[] = [];
  for (const item of analyzed) {
    const key = shortHash(canonicalText(item.doc.text), 16);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file: item.doc.seed,
        severity: 'warning',
        code: 'duplicate-seed',
        message: `has the same text as ${first}; it is counted once, as ${first}`,
      });
      continue;
    }
    seen.set(key, item.doc.seed);
    kept.push(item);
  }
  return { kept, problems };
}

/** Assigns permanent ids and registry speakers to every quote of every article. */
function toCorpus(articles: AnalyzedArticle[], editorial: Editorial): { corpus: CorpusArticle[]; registry: Registry } {
  const registry = buildRegistry(
    articles.map((a) => ({ id: a.doc.id, speakers: a.speakers })),
    editorial.speakers,
  );
  const names = new Map(registry.speakers.map((s) => [s.id, s.name]));
  const corpus = articles.map((a): CorpusArticle => {
    const occurrences = new Map<string, number>();
    const quotes = a.quotes.map((q): CorpusQuote => {
      const key = canonicalText(q.text);
      const n = occurrences.get(key) ?? 0;
      occurrences.set(key, n + 1);
      const speakerId = q.speaker === null ? null : registry.idOf(a.doc.id, q.speaker);
      return { ...q, id: quoteId(a.doc.id, q.text, n), speakerId, speakerName: speakerId === null ? null : (names.get(speakerId) ?? null) };
    });
    return { doc: a.doc, quotes };
  });
  return { corpus, registry };
}

/**
 * Builds the whole data set from analysed articles: speakers across articles, stories, versions
 * of quotes, framing signals and pair alignments. Offsets are mapped back to the files as read.
 */
export function buildDataset(analyzed: AnalyzedArticle[], editorial: Editorial): Dataset {
  const problems: Problem[] = analyzed.flatMap((a) => a.problems);
  const skipped: Dataset['skipped'] = [];
  const published: AnalyzedArticle[] = [];
  for (const a of analyzed) {
    if (a.doc.verdict === 'article') published.push(a);
    else skipped.push({ file: a.doc.seed, reason: a.problems.find((p) => p.severity === 'error')?.message ?? a.doc.verdict });
  }
  const { kept, problems: duplicateProblems } = dropDuplicates(published);
  problems.push(...duplicateProblems);
  for (const p of duplicateProblems) skipped.push({ file: p.file, reason: p.message });

  const { corpus, registry } = toCorpus(kept, editorial);
  const byId = new Map(kept.map((a) => [a.doc.id, a]));
  const corpusById = new Map(corpus.map((c) => [c.doc.id, c]));

  const groups = groupStories(corpus, editorial.stories);
  const storyOf = new Map<string, string>();
  for (const g of groups) for (const id of g.articles) storyOf.set(id, g.id);
  const variants = groupVariants(corpus, groups);

  const quotes: QuoteRecord[] = [];
  const articles: ArticleRecord[] = [];
  const speakerQuotes = new Map<string, { quotes: string[]; articles: Set<string>; outlets: Set<string> }>();

  for (const c of corpus) {
    const a = byId.get(c.doc.id);
    if (a === undefined) continue;
    const map = a.toOriginal;
    // Records quote the file as read, so `text === source.slice(start, end)` always holds.
    const spanOut = (s: { start: number; end: number }) => {
      const start = map(s.start);
      const end = map(s.end);
      return { text: a.source.slice(start, end), start, end };
    };
    for (const q of c.quotes) {
      const where = spanOut(q);
      quotes.push({
        id: q.id,
        article: c.doc.id,
        ...where,
        kind: q.kind,
        speaker: q.speakerId,
        source: q.source === null ? null : spanOut(q.source),
        cue: q.cue === null ? null : q.cue.text,
        variantGroup: variants.groupOf[q.id] ?? null,
        url: paths.quote(c.doc.id, q.id),
        rule: q.rule,
        confidence: q.confidence,
        speakerName: q.speakerName,
        block: c.doc.blocks[q.block]?.anchor ?? 'p-1',
        insertions: q.insertions.map(spanOut),
        ellipsis: q.ellipsis,
      });
      if (q.speakerId !== null && q.kind !== 'term') {
        const entry = speakerQuotes.get(q.speakerId) ?? { quotes: [], articles: new Set(), outlets: new Set() };
        entry.quotes.push(q.id);
        entry.articles.add(c.doc.id);
        if (c.doc.meta.outlet !== null) entry.outlets.add(c.doc.meta.outlet);
        speakerQuotes.set(q.speakerId, entry);
      }
    }
    const { meta } = c.doc;
    articles.push({
      id: c.doc.id,
      seed: c.doc.seed,
      url: paths.article(c.doc.id),
      headline: meta.headline,
      title: meta.title,
      outlet: meta.outlet,
      story: storyOf.get(c.doc.id) ?? '',
      paragraphs: c.doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
      removed: c.doc.removed.map((r) => ({ text: r.text, reason: r.reason, role: r.role, rule: r.rule })),
      byline: meta.byline,
      published: meta.published,
      language: meta.language,
      encoding: a.encoding,
      dateCues: meta.dateCues.map((d) => ({ ...spanOut(d), kind: d.kind })),
      credits: meta.credits,
      blocks: c.doc.blocks.map((b) => ({ ...spanOut(b), kind: b.kind, anchor: b.anchor })),
      quotes: c.quotes.map((q) => q.id),
      speakers: [...new Set(c.quotes.filter((q) => q.kind !== 'term').flatMap((q) => (q.speakerId === null ? [] : [q.speakerId])))],
      framing: articleFraming(c, editorial.lexicons),
    });
  }

  const speakers: SpeakerRecord[] = registry.speakers.flatMap((s) => {
    const entry = speakerQuotes.get(s.id);
    if (entry === undefined) return [];
    return [{
      id: s.id,
      name: s.name,
      aliases: s.aliases,
      url: paths.speaker(s.id),
      type: s.type,
      descriptors: s.descriptors,
      quotes: entry.quotes,
      articles: [...entry.articles].sort(),
      outlets: [...entry.outlets].sort(),
    }];
  });

  const stories: StoryRecord[] = groups.map((g) => {
    const members = g.articles.flatMap((id) => {
      const c = corpusById.get(id);
      return c === undefined ? [] : [c];
    });
    const pairs = [];
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = members[i];
        const b = members[j];
        if (a === undefined || b === undefined) continue;
        pairs.push({ a: a.doc.id, b: b.doc.id, url: paths.compare(g.id, a.doc.id, b.doc.id), alignment: alignArticles(a.doc, b.doc) });
      }
    }
    return {
      id: g.id,
      title: g.title,
      articles: g.articles,
      url: paths.story(g.id),
      framing: storyFraming(g, members, variants, editorial.lexicons),
      pairs,
    };
  });

  return {
    articles: articles.sort((x, y) => x.id.localeCompare(y.id)),
    quotes,
    speakers: speakers.sort((x, y) => x.id.localeCompare(y.id)),
    stories: stories.sort((x, y) => x.id.localeCompare(y.id)),
    problems,
    skipped,
    sources: new Map(kept.map((a) => [a.doc.id, a.source])),
  };
}
