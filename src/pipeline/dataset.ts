import type { ArticleRecord, QuoteRecord, SpeakerRecord, StoryRecord } from '../schemas/dataset.ts';
import { articleSpeakers, type CorpusArticle, type CorpusQuote } from './corpus.ts';
import { buildRegistry, type Registry, type SpeakerAliases } from './speakers.ts';
import { contentFeatures, groupStories, withSpeakers, type ArticleFeatures, type StoryGroup, type StoryPins } from './stories.ts';
import { groupVariants, type VariantResult } from './variants.ts';
import { articleFraming, rememberFraming, storyFraming, type ArticleFraming } from './framing.ts';
import { alignArticles } from './align.ts';
import type { Lexicons } from './lexicons.ts';
import { canonicalText, paths, quoteId, shortHash } from './ids.ts';
import { mapEvidenceOffsets, type OffsetMap } from './offsets.ts';
import { comparedPairs } from './pairs.ts';
import type { AnalyzedArticle, ArticleDoc, Problem } from './types.ts';

/** What a story contributes to the data set; it depends only on the story's own articles. */
export interface StoryParts {
  /** Variant group of each of the story's quotes, and how many versions each group has. */
  groupOf: Record<string, string>;
  versions: Record<string, number>;
  record: StoryRecord;
}

/** Stores for results computed per article and per story, kept between builds by the caller (see src/ingest/cache.ts). */
export interface DatasetCaches {
  framing?: { get: (article: CorpusArticle) => ArticleFraming | undefined; set: (article: CorpusArticle, framing: ArticleFraming) => void };
  /** Story-grouping features of an article's own text (see `contentFeatures`; they depend on the seed alone). */
  features?: { get: (doc: ArticleDoc) => ArticleFeatures | undefined; set: (doc: ArticleDoc, features: ArticleFeatures) => void };
  /** Keyed by `storyKey`: a story none of whose articles changed is not recomputed. */
  stories?: { get: (key: string) => StoryParts | undefined; set: (key: string, parts: StoryParts) => void };
  /** Digests of an article's own texts (see `articleDigests`; they depend on the seed alone). */
  digests?: { get: (doc: ArticleDoc) => ArticleDigests | undefined; set: (doc: ArticleDoc, digests: ArticleDigests) => void };
}

/** Hashes of an article's texts that the cross-article steps compare or key on. */
export interface ArticleDigests {
  /** Of its canonical text: seeds with the same one are duplicates. */
  text: string;
  /** Of its text as read (a part of its story's key). */
  source: string;
  /** Its quotes' permanent ids, in order. */
  quoteIds: string[];
}

/** The digests of one article, computed. */
export function articleDigests(a: AnalyzedArticle): ArticleDigests {
  const occurrences = new Map<string, number>();
  const quoteIds = a.quotes.map((q) => {
    const key = canonicalText(q.text);
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    return quoteId(a.doc.id, q.text, n);
  });
  return { text: shortHash(canonicalText(a.doc.text), 16), source: shortHash(a.source, 40), quoteIds };
}

/** The digests of one article, from the cache or computed (and kept). */
function digestsOf(a: AnalyzedArticle, caches: DatasetCaches): ArticleDigests {
  let digests = caches.digests?.get(a.doc);
  if (digests === undefined || digests.quoteIds.length !== a.quotes.length) {
    digests = articleDigests(a);
    caches.digests?.set(a.doc, digests);
  }
  return digests;
}

/**
 * What a story's results are computed from: its grouping, and for each article the text as read,
 * its metadata (sidecars change it) and its quotes with their permanent ids and registry speakers.
 */
export function storyKey(
  story: StoryGroup,
  members: readonly AnalyzedArticle[],
  corpus: ReadonlyMap<string, CorpusArticle>,
  sourceHash: (a: AnalyzedArticle) => string = (a) => shortHash(a.source, 40),
): string {
  const material = JSON.stringify([
    story.id, story.title, story.articles, story.links,
    members.map((a) => [
      a.doc.id, sourceHash(a), a.doc.meta,
      (corpus.get(a.doc.id)?.quotes ?? []).map((q) => [q.id, q.speakerId, q.speakerName, q.kind, q.start, q.end]),
    ]),
  ]);
  return shortHash(material, 40);
}

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
  /** Each story's `storyKey`: what its results were computed from (lets the writer reuse unchanged files). */
  storyKeys: Map<string, string>;
}

/**
 * Gives every article a unique id when several seed names fold to the same one (`Café.txt`,
 * `cafe.txt`): a name that already is its id keeps it, the others get a suffix from a hash of their
 * own name, so the result never depends on which files are present or in what order.
 */
export function uniqueArticleIds(analyzed: AnalyzedArticle[]): { articles: AnalyzedArticle[]; problems: Problem[] } {
  const byId = new Map<string, AnalyzedArticle[]>();
  for (const a of analyzed) byId.set(a.doc.id, [...(byId.get(a.doc.id) ?? []), a]);
  const problems: Problem[] = [];
  const renamed = new Map<AnalyzedArticle, string>();
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const own = group.find((a) => a.doc.seed.replace(/\.[^.]*$/, '') === id);
    for (const a of group) {
      if (a === own) continue;
      const unique = `${id}-${shortHash(a.doc.seed, 6)}`;
      renamed.set(a, unique);
      const other = (own ?? group.find((b) => b !== a))?.doc.seed ?? '';
      problems.push({
        file: a.doc.seed,
        severity: 'warning',
        code: 'id-collision',
        message: `has a name that gives the same web address as ${other}; it is published as ${unique} instead`,
      });
    }
  }
  const articles = analyzed.map((a) => {
    const id = renamed.get(a);
    return id === undefined ? a : { ...a, doc: { ...a.doc, id } };
  });
  return { articles, problems };
}

/** Keeps the first of several seeds with the same text; the others become problems. */
function dropDuplicates(analyzed: AnalyzedArticle[], textKey: (a: AnalyzedArticle) => string): { kept: AnalyzedArticle[]; problems: Problem[] } {
  const seen = new Map<string, string>();
  const kept: AnalyzedArticle[] = [];
  const problems: Problem[] = [];
  for (const item of analyzed) {
    const key = textKey(item);
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

/** A story's record and its quotes' variant groups, from its own articles only (`maps`: their offset maps by id). */
export function storyParts(g: StoryGroup, members: CorpusArticle[], maps: ReadonlyMap<string, OffsetMap>, lexicons: Lexicons): StoryParts {
  const variants = groupVariants(members, [g]);
  const byId = new Map(members.map((m) => [m.doc.id, m]));
  const pairs = comparedPairs(g).flatMap(([idA, idB]) => {
    const a = byId.get(idA);
    const b = byId.get(idB);
    if (a === undefined || b === undefined) return [];
    const alignment = alignArticles(a.doc, b.doc, { quotesA: a.quotes, quotesB: b.quotes, lexicons });
    const mapA = maps.get(idA) ?? null;
    const mapB = maps.get(idB) ?? null;
    return [{
      a: idA,
      b: idB,
      url: paths.compare(idA, idB),
      alignment: {
        ...alignment,
        pairs: alignment.pairs.map((p) => ({ ...p, a: mapEvidenceOffsets(p.a, maps, mapA), b: mapEvidenceOffsets(p.b, maps, mapB) })),
        onlyA: mapEvidenceOffsets(alignment.onlyA, maps, mapA),
        onlyB: mapEvidenceOffsets(alignment.onlyB, maps, mapB),
      },
    }];
  });
  return {
    groupOf: variants.groupOf,
    versions: Object.fromEntries(variants.groups.map((v) => [v.id, v.versions.length])),
    record: {
      id: g.id,
      title: g.title,
      articles: g.articles,
      url: paths.story(g.id),
      framing: mapEvidenceOffsets(storyFraming(g, members, variants, lexicons), maps),
      variants: mapEvidenceOffsets(variantsOfStory(variants, g), maps),
      links: g.links,
      pairs,
    },
  };
}

/** The groups of a story that hold several versions (a quote alone has no versions to compare). */
function variantsOfStory(variants: VariantResult, story: StoryGroup): VariantResult['groups'] {
  return variants.groups.filter((g) => g.story === story.id && g.versions.length > 1);
}

/** Assigns permanent ids and registry speakers to every quote of every article. */
function toCorpus(articles: AnalyzedArticle[], editorial: Editorial, quoteIds: (a: AnalyzedArticle) => string[]): { corpus: CorpusArticle[]; registry: Registry } {
  const registry = buildRegistry(
    articles.map((a) => ({ id: a.doc.id, speakers: a.speakers })),
    editorial.speakers,
  );
  const names = new Map(registry.speakers.map((s) => [s.id, s.name]));
  const corpus = articles.map((a): CorpusArticle => {
    const ids = quoteIds(a);
    const quotes = a.quotes.map((q, i): CorpusQuote => {
      const speakerId = q.speaker === null ? null : registry.idOf(a.doc.id, q.speaker);
      return { ...q, id: ids[i]!, speakerId, speakerName: speakerId === null ? null : (names.get(speakerId) ?? null) };
    });
    return { doc: a.doc, quotes };
  });
  return { corpus, registry };
}

/** A story whose parts are to be computed: its group, its articles, and what the parts are computed from. */
export interface StoryTask {
  group: StoryGroup;
  /** `storyKey` of the story: the key of its cached parts. */
  key: string;
  members: CorpusArticle[];
  /** The members' analyses (their texts as read and offset maps). */
  analyses: AnalyzedArticle[];
}

/** The cross-article steps done before the per-story work: ids, registry, grouping. */
export interface DatasetPlan {
  editorial: Editorial;
  caches: DatasetCaches;
  problems: Problem[];
  skipped: Dataset['skipped'];
  kept: AnalyzedArticle[];
  corpus: CorpusArticle[];
  registry: Registry;
  storyOf: Map<string, string>;
  tasks: StoryTask[];
}

/** Ids, duplicates, the speaker registry and the story grouping: everything the per-story work needs. */
export function planDataset(input: AnalyzedArticle[], editorial: Editorial, caches: DatasetCaches = {}): DatasetPlan {
  const { articles: analyzed, problems: idProblems } = uniqueArticleIds(input);
  const problems: Problem[] = [...analyzed.flatMap((a) => a.problems), ...idProblems];
  const skipped: Dataset['skipped'] = [];
  const published: AnalyzedArticle[] = [];
  for (const a of analyzed) {
    if (a.doc.verdict === 'article') published.push(a);
    else skipped.push({ file: a.doc.seed, reason: a.problems.find((p) => p.severity === 'error')?.message ?? a.doc.verdict });
  }
  const digests = new Map(published.map((a) => [a, digestsOf(a, caches)]));
  const { kept, problems: duplicateProblems } = dropDuplicates(published, (a) => digests.get(a)!.text);
  problems.push(...duplicateProblems);
  for (const p of duplicateProblems) skipped.push({ file: p.file, reason: p.message });

  const { corpus, registry } = toCorpus(kept, editorial, (a) => digests.get(a)!.quoteIds);
  const byId = new Map(kept.map((a) => [a.doc.id, a]));
  const corpusById = new Map(corpus.map((c) => [c.doc.id, c]));

  const featuresOf = (c: CorpusArticle): ArticleFeatures => {
    let content = caches.features?.get(c.doc);
    if (content === undefined) {
      content = contentFeatures(c.doc, c.quotes);
      caches.features?.set(c.doc, content);
    }
    return withSpeakers(content, c.quotes.map((q) => (q.kind === 'term' ? null : q.speakerId)));
  };
  const groups = groupStories(corpus, editorial.stories, featuresOf);
  const storyOf = new Map<string, string>();
  for (const g of groups) for (const id of g.articles) storyOf.set(id, g.id);
  const tasks = groups.map((group): StoryTask => {
    const analyses = group.articles.flatMap((id) => byId.get(id) ?? []);
    return { group, key: storyKey(group, analyses, corpusById, (a) => digests.get(a)!.source), members: analyses.flatMap((a) => corpusById.get(a.doc.id) ?? []), analyses };
  });
  return { editorial, caches, problems, skipped, kept, corpus, registry, storyOf, tasks };
}

/** Versions of quotes, story framing and pair alignments of one story: they depend on its own articles only. */
export function computeStoryParts(task: StoryTask, lexicons: Lexicons): StoryParts {
  const maps = new Map<string, OffsetMap>(task.analyses.map((a) => [a.doc.id, a.toOriginal]));
  return storyParts(task.group, task.members, maps, lexicons);
}

/**
 * Builds the whole data set from analysed articles: speakers across articles, stories, versions
 * of quotes, framing signals and pair alignments. Offsets are mapped back to the files as read.
 */
export function buildDataset(input: AnalyzedArticle[], editorial: Editorial, caches: DatasetCaches = {}): Dataset {
  const plan = planDataset(input, editorial, caches);
  // Versions of quotes, story framing and pair alignments stay within a story: computed story by story.
  const parts = plan.tasks.map((task): StoryParts => {
    const stored = caches.stories?.get(task.key);
    if (stored !== undefined) return stored;
    const computed = computeStoryParts(task, editorial.lexicons);
    caches.stories?.set(task.key, computed);
    return computed;
  });
  return finishDataset(plan, parts);
}

/** The data set from the plan and each story's parts (in the order of `plan.tasks`). */
export function finishDataset(plan: DatasetPlan, parts: StoryParts[]): Dataset {
  const { editorial, caches, problems, skipped, kept, corpus, registry, storyOf } = plan;
  const byId = new Map(kept.map((a) => [a.doc.id, a]));
  const maps = new Map<string, OffsetMap>(kept.map((a) => [a.doc.id, a.toOriginal]));
  const storyKeys = new Map(plan.tasks.map((t) => [t.group.id, t.key]));
  // An article's framing depends on it alone (and the lexicons): a cache may hold it from an earlier build.
  const framingOf = (c: CorpusArticle): ArticleFraming => {
    const stored = caches.framing?.get(c);
    if (stored !== undefined) {
      rememberFraming(c, editorial.lexicons, stored);
      return stored;
    }
    const framing = articleFraming(c, editorial.lexicons);
    caches.framing?.set(c, framing);
    return framing;
  };
  const groupOf = new Map(parts.flatMap((p) => Object.entries(p.groupOf)));
  const versionCount = new Map(parts.flatMap((p) => Object.entries(p.versions)));
  /** The contract's `variantGroup`: shared by at least two versions, else null. */
  const variantGroupOf = (quote: string): string | null => {
    const group = groupOf.get(quote);
    return group !== undefined && (versionCount.get(group) ?? 0) > 1 ? group : null;
  };

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
        variantGroup: variantGroupOf(q.id),
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
      speakers: articleSpeakers(c.quotes),
      framing: mapEvidenceOffsets(framingOf(c), maps, map),
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

  const stories = parts.map((p) => p.record);

  return {
    articles: articles.sort((x, y) => x.id.localeCompare(y.id)),
    quotes,
    speakers: speakers.sort((x, y) => x.id.localeCompare(y.id)),
    stories: stories.sort((x, y) => x.id.localeCompare(y.id)),
    problems,
    skipped,
    sources: new Map(kept.map((a) => [a.doc.id, a.source])),
    storyKeys,
  };
}
