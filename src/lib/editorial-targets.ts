import type { ArticleRecord, QuoteRecord, SpeakerRecord, StoryRecord } from '../schemas/dataset.ts';
import { targetKinds, type TargetKind } from '../schemas/editorial.ts';

/** A parsed `target`: `paragraph:000_x#p-3` → `{ kind: 'paragraph', id: '000_x', anchor: 'p-3' }`. */
export interface Target {
  kind: TargetKind;
  id: string;
  anchor?: string;
}

/** The ids editorial files may name, taken from the generated data set and the lexicons. */
export interface EditorialIndex {
  /** Article id → anchors of its headings and paragraphs. */
  articles: Map<string, string[]>;
  /** Quote id → article id and paragraph anchor. */
  quotes: Map<string, { article: string; block: string }>;
  speakers: Set<string>;
  /** Story id → article ids. */
  stories: Map<string, string[]>;
  /** Variant group id → quote ids (the versions of one utterance). */
  variantGroups: Map<string, string[]>;
  /** Contested term ids of `terms.json`. */
  terms: Set<string>;
}

/** A bad id found in an editorial file, with the nearest valid one when there is any. */
export interface TargetProblem {
  message: string;
  suggestion?: string;
}

/** Minimal slices of the data set the index needs (so tests can build one by hand). */
export interface IndexSource {
  articles: Pick<ArticleRecord, 'id' | 'blocks'>[];
  quotes: Pick<QuoteRecord, 'id' | 'article' | 'block' | 'variantGroup'>[];
  speakers: Pick<SpeakerRecord, 'id'>[];
  stories: Pick<StoryRecord, 'id' | 'articles'>[];
  terms?: string[];
}

/** Indexes the data set for lookups by id. */
export function buildEditorialIndex(source: IndexSource): EditorialIndex {
  const variantGroups = new Map<string, string[]>();
  for (const q of source.quotes) {
    if (q.variantGroup === null) continue;
    variantGroups.set(q.variantGroup, [...(variantGroups.get(q.variantGroup) ?? []), q.id]);
  }
  return {
    articles: new Map(source.articles.map((a) => [a.id, a.blocks.map((b) => b.anchor)])),
    quotes: new Map(source.quotes.map((q) => [q.id, { article: q.article, block: q.block }])),
    speakers: new Set(source.speakers.map((s) => s.id)),
    stories: new Map(source.stories.map((s) => [s.id, s.articles])),
    variantGroups,
    terms: new Set(source.terms ?? []),
  };
}

/** Parses `kind:id[#anchor]`; null when the kind is unknown or a part is missing. */
export function parseTarget(value: string): Target | null {
  const colon = value.indexOf(':');
  if (colon <= 0) return null;
  const kind = value.slice(0, colon);
  if (!(targetKinds as readonly string[]).includes(kind)) return null;
  const rest = value.slice(colon + 1);
  if (kind === 'paragraph') {
    const hash = rest.indexOf('#');
    if (hash <= 0 || hash === rest.length - 1) return null;
    return { kind: 'paragraph', id: rest.slice(0, hash), anchor: rest.slice(hash + 1) };
  }
  if (rest === '' || rest.includes('#')) return null;
  return { kind: kind as TargetKind, id: rest };
}

/** Levenshtein distance (insertions, deletions and substitutions cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidate closest to `value` by edit distance (ties: the first in sorted order); undefined when there is none. */
export function nearest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of [...candidates].sort()) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function missing(what: string, id: string, candidates: Iterable<string>, hint = ''): TargetProblem {
  const suggestion = nearest(id, candidates);
  return { message: `${what} "${id}" does not exist${hint}`, ...(suggestion === undefined ? {} : { suggestion }) };
}

const quoteHint = ' (quote ids change when the quoted words change: copy the id from the quote\'s link on its article page)';

/** Checks that a target names something in the data set; null when it does. */
export function checkTarget(target: Target, index: EditorialIndex): TargetProblem | null {
  switch (target.kind) {
    case 'article':
      return index.articles.has(target.id) ? null : missing('article', target.id, index.articles.keys());
    case 'paragraph': {
      const anchors = index.articles.get(target.id);
      if (anchors === undefined) {
        const problem = missing('article', target.id, index.articles.keys());
        return { ...problem, ...(problem.suggestion === undefined ? {} : { suggestion: `${problem.suggestion}#${target.anchor ?? ''}` }) };
      }
      const anchor = target.anchor ?? '';
      if (anchors.includes(anchor)) return null;
      const suggestion = nearest(anchor, anchors);
      return {
        message: `article "${target.id}" has no paragraph "${anchor}" (it has ${anchors[0] ?? 'none'}…${anchors.at(-1) ?? ''})`,
        ...(suggestion === undefined ? {} : { suggestion: `${target.id}#${suggestion}` }),
      };
    }
    case 'quote':
      return index.quotes.has(target.id) ? null : missing('quote', target.id, index.quotes.keys(), quoteHint);
    case 'speaker':
      return index.speakers.has(target.id) ? null : missing('speaker', target.id, index.speakers.keys());
    case 'story': {
      if (index.stories.has(target.id)) return null;
      // A retired story id (a new article joined and now comes first) still names one of its
      // articles: the note follows that article to its story, as the old URL redirects there.
      if (currentStory(target.id, index.stories) !== null) return null;
      return missing('story', target.id, index.stories.keys());
    }
  }
}

/** The story that now holds the article a story id was made from (`story-<article>`), or null. */
export function currentStory(storyId: string, stories: ReadonlyMap<string, readonly string[]>): string | null {
  if (stories.has(storyId)) return storyId;
  const article = storyId.startsWith('story-') ? storyId.slice('story-'.length) : '';
  for (const [id, articles] of stories) if (articles.includes(article)) return id;
  return null;
}

/** Checks a `<QuoteRef id>`; null when the quote exists. */
export function checkQuoteId(id: string, index: EditorialIndex): TargetProblem | null {
  return index.quotes.has(id) ? null : missing('quote', id, index.quotes.keys(), quoteHint);
}

/** Checks a `<Compare group>`; accepts a group id (`variant-q-…`) or the id of any quote in it. */
export function checkVariantGroup(id: string, index: EditorialIndex): TargetProblem | null {
  if (index.variantGroups.has(id) || index.quotes.has(id)) return null;
  // A group id is `variant-<quote id>`; when regrouping renames it, its quote still leads to the group.
  if (id.startsWith('variant-') && index.quotes.has(id.slice('variant-'.length))) return null;
  return missing('group of versions', id, index.variantGroups.keys(), ' (group ids are "variant-" + a quote id; see the story page)');
}

/** Checks a `<Term id>` against the contested terms of `terms.json`. */
export function checkTermId(id: string, index: EditorialIndex): TargetProblem | null {
  return index.terms.has(id) ? null : missing('contested term', id, index.terms, ' in content/lexicons/terms.json');
}

/** The page a target lives on and its anchor, e.g. `/articles/000_x/#p-3`. */
export function targetUrl(target: Target, index: EditorialIndex): string {
  switch (target.kind) {
    case 'article':
      return `/articles/${target.id}/`;
    case 'paragraph':
      return `/articles/${target.id}/#${target.anchor ?? ''}`;
    case 'quote': {
      const quote = index.quotes.get(target.id);
      return quote === undefined ? '/articles/' : `/articles/${quote.article}/#${target.id}`;
    }
    case 'speaker':
      return `/speakers/${target.id}/`;
    case 'story':
      return `/stories/${target.id}/`;
  }
}
