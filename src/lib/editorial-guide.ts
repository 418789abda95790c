import type { BlockContent, Link, List, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { diffWords } from 'diff';
import { stringify } from 'yaml';
import { untrustedTextUnsafe } from '../emit/mdx.ts';
import type { ArticleRecord, QuoteRecord, SpeakerRecord, StoryRecord } from '../schemas/dataset.ts';
import { readArticleFraming, readStoryFraming, type ArticleFraming, type StoryFraming } from './framing.ts';
import { slugify } from './editorial-paths.ts';

/**
 * Scaffolds a teaching guide for a story from what the generator detected: the words each outlet
 * chose, the versions of a quote, who is quoted and who is not, loaded verbs, sources and what only
 * one outlet reports. Every question links to its evidence (paragraph and quote permalinks).
 * Text from seeds only ever goes into mdast text nodes and link URLs built from ids, so the MDX
 * serialiser escapes it: seed text never becomes code.
 */

/** The data a guide is built from. */
export interface GuideInput {
  story: StoryRecord;
  articles: ArticleRecord[];
  quotes: QuoteRecord[];
  speakers: SpeakerRecord[];
}

/** One generated discussion question: inline content with evidence links, and an optional `<Compare>`. */
export interface GuideQuestion {
  kind: 'wording' | 'versions' | 'voices' | 'verbs' | 'sources' | 'exclusive';
  content: PhrasingContent[];
  /** Variant group to show with `<Compare group>` under the question. */
  compare?: string;
  /** Every permalink the question cites. */
  evidence: string[];
}

const t = (value: string): PhrasingContent => ({ type: 'text', value });
const link = (url: string, value: string): Link => ({ type: 'link', url, children: [t(value)] });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [t(value)] });
/** A bold lead-in followed by a space (kept outside the emphasis so the MDX stays readable). */
const lead = (value: string): PhrasingContent[] => [strong(value), t(' ')];

/** The first item per key, in order. */
function firstBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/** Cuts a long excerpt at a word boundary. */
function excerpt(text: string, max = 140): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '').replace(/[,;:]$/, '')}…`;
}
const para = (children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });
const paragraphNumber = (anchor: string): string => (anchor.startsWith('p-') ? `¶${anchor.slice(2)}` : anchor);

/** "A", "B", … for the story's articles in order; past Z, "A2" and so on. */
export function articleLetters(ids: string[]): Map<string, string> {
  return new Map(ids.map((id, i) => [id, `${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) + 1 : ''}`]));
}

/** "A and B", "A, B and C". */
function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** Interleaves inline pieces with ", " and " and ". */
function joinParts(parts: PhrasingContent[][]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  parts.forEach((p, i) => {
    if (i > 0) out.push(t(i === parts.length - 1 ? ' and ' : ', '));
    out.push(...p);
  });
  return out;
}

interface Context {
  input: GuideInput;
  letters: Map<string, string>;
  framing: StoryFraming;
  byArticle: Map<string, ArticleFraming>;
  quote: Map<string, QuoteRecord>;
}

/** Word choice: groups of contested terms where outlets chose different words (outside quotes). */
function wordingQuestions(ctx: Context): GuideQuestion[] {
  const questions: GuideQuestion[] = [];
  for (const group of ctx.framing.terms) {
    const used = ctx.input.story.articles.map((id) => ({ id, terms: new Set(group.byArticle[id] ?? []) }));
    const nonEmpty = used.filter((u) => u.terms.size > 0);
    const differ = nonEmpty.some((a) => nonEmpty.some((b) => [...a.terms].some((term) => !b.terms.has(term))));
    if (nonEmpty.length < 2 || !differ) continue;
    const evidence: string[] = [];
    const parts: PhrasingContent[][] = [];
    const none: string[] = [];
    for (const u of used) {
      const letter = ctx.letters.get(u.id) ?? u.id;
      const hits = (ctx.byArticle.get(u.id)?.terms ?? []).filter((h) => h.group === group.group && !h.inQuote && h.anchor !== null);
      const firstPerTerm = firstBy(hits, (h) => h.term).slice(0, 3);
      if (firstPerTerm.length === 0) {
        none.push(letter);
        continue;
      }
      const words: PhrasingContent[][] = firstPerTerm.map((h) => {
        const url = `/articles/${u.id}/#${h.anchor ?? ''}`;
        evidence.push(url);
        return [t('“'), link(url, h.text), t(`” (${paragraphNumber(h.anchor ?? '')})`)];
      });
      parts.push([t(`${letter} writes `), ...joinParts(words)]);
    }
    const content: PhrasingContent[] = [...lead(`${group.label}.`), ...joinParts(parts)];
    if (none.length > 0) content.push(t(`; ${joinAnd(none)} ${none.length === 1 ? 'uses' : 'use'} none of these words`));
    content.push(t('. What does each choice suggest about what happened, and about who did it?'));
    questions.push({ kind: 'wording', content, evidence });
  }
  return questions;
}

const wordCount = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** Versions of a quote that differ between outlets, most different first. */
function versionQuestions(ctx: Context, limit: number): GuideQuestion[] {
  const groups = new Map<string, QuoteRecord[]>();
  for (const q of ctx.input.quotes) {
    if (q.variantGroup === null || !ctx.letters.has(q.article) || q.kind === 'term') continue;
    groups.set(q.variantGroup, [...(groups.get(q.variantGroup) ?? []), q]);
  }
  const scored = [...groups.entries()].flatMap(([group, quotes]) => {
    if (new Set(quotes.map((q) => q.article)).size < 2) return [];
    const sorted = [...quotes].sort((a, b) => wordCount(b.text) - wordCount(a.text) || a.article.localeCompare(b.article));
    const fullest = sorted[0];
    if (fullest === undefined) return [];
    let changed = 0;
    for (const q of sorted.slice(1)) for (const part of diffWords(fullest.text, q.text, { ignoreCase: true })) if (part.added || part.removed) changed += wordCount(part.value);
    return changed === 0 ? [] : [{ group, quotes: sorted, changed }];
  });
  scored.sort((a, b) => b.changed - a.changed || a.group.localeCompare(b.group));
  return scored.slice(0, limit).map(({ group, quotes }) => {
    const speaker = quotes[0]?.speakerName ?? 'the speaker';
    const evidence = quotes.map((q) => q.url);
    const parts = quotes.map((q): PhrasingContent[] => [t(`${ctx.letters.get(q.article) ?? q.article}: “`), link(q.url, q.text), t('”')]);
    const content: PhrasingContent[] = [...lead(`One statement, ${quotes.length} versions.`), t(`The outlets quote ${speaker} differently. `), ...joinParts(parts),
      t('. What did each outlet cut or change? Does the change alter what the speaker seems to say?')];
    return { kind: 'versions' as const, content, compare: group, evidence };
  });
}

/** Who is quoted in some articles and missing from others. */
function voicesQuestion(ctx: Context): GuideQuestion[] {
  // The same voice can come in under two ids ("kremlin", "the-kremlin"): merge rows by label.
  const merged = new Map<string, { id: string; ids: string[]; label: string; present: Record<string, string[]>; absent: string[] }>();
  for (const r of ctx.framing.speakerRows) {
    const key = r.label.toLowerCase();
    const row = merged.get(key);
    if (row === undefined) merged.set(key, { id: r.id, ids: [r.id], label: r.label, present: { ...r.present }, absent: [...r.absent] });
    else {
      row.ids.push(r.id);
      for (const [id, how] of Object.entries(r.present)) row.present[id] = [...new Set([...(row.present[id] ?? []), ...how])];
      row.absent = row.absent.filter((id) => r.absent.includes(id));
    }
  }
  const quoted = (r: { present: Record<string, string[]> }) => Object.values(r.present).some((how) => how.includes('quoted'));
  const rows = [...merged.values()]
    .filter((r) => r.absent.length > 0 && Object.keys(r.present).length > 0)
    .sort((a, b) => Number(quoted(b)) - Number(quoted(a)));
  if (rows.length === 0) return [];
  const evidence: string[] = [];
  const sentences: PhrasingContent[] = [];
  for (const row of rows.slice(0, 4)) {
    const quotedIn = Object.entries(row.present).filter(([, how]) => how.includes('quoted')).map(([id]) => id);
    const reportedIn = Object.entries(row.present).filter(([, how]) => !how.includes('quoted')).map(([id]) => id);
    const refs = (ids: string[]) => joinParts(ids.map((id) => {
      const first = ctx.input.quotes.find((q) => q.article === id && q.speaker !== null && row.ids.includes(q.speaker) && q.kind !== 'term');
      const url = first?.url ?? `/articles/${id}/`;
      evidence.push(url);
      return [link(url, ctx.letters.get(id) ?? id)];
    }));
    sentences.push(strong(row.label.charAt(0).toUpperCase() + row.label.slice(1)));
    if (quotedIn.length > 0) sentences.push(t(' is quoted in '), ...refs(quotedIn));
    if (reportedIn.length > 0) sentences.push(t(quotedIn.length > 0 ? ', reported without a quote in ' : ' is reported without a quote in '), ...refs(reportedIn));
    sentences.push(t(` and absent from ${joinAnd(row.absent.map((id) => ctx.letters.get(id) ?? id))}. `));
  }
  sentences.push(t('Who gets to speak in each article, and who has the last word? How would a reader of only one of them see the story?'));
  return [{ kind: 'voices', content: sentences, evidence }];
}

/** Loaded attribution verbs ("claimed", "warned") the outlets chose. */
function verbsQuestion(ctx: Context): GuideQuestion[] {
  const evidence: string[] = [];
  const parts: PhrasingContent[][] = [];
  const plain: string[] = [];
  for (const id of ctx.input.story.articles) {
    const loaded = (ctx.byArticle.get(id)?.verbs ?? []).filter((v) => v.class === 'loaded' && v.anchor !== null);
    const unique = firstBy(loaded, (v) => `${v.name}\u0000${v.verb}`).slice(0, 3);
    if (unique.length === 0) {
      plain.push(ctx.letters.get(id) ?? id);
      continue;
    }
    const bySpeaker = new Map<string, typeof unique>();
    for (const v of unique) bySpeaker.set(v.name, [...(bySpeaker.get(v.name) ?? []), v]);
    parts.push([t(`${ctx.letters.get(id) ?? id} writes that `), ...joinParts([...bySpeaker].map(([name, verbs]) => [t(`${name} `), ...joinParts(verbs.map((v) => {
      const url = `/articles/${id}/#${v.anchor ?? ''}`;
      evidence.push(url);
      return [t('“'), link(url, v.text), t(`” (${paragraphNumber(v.anchor ?? '')})`)];
    }))]))]);
  }
  if (parts.length === 0) return [];
  const content: PhrasingContent[] = [...lead('Reporting verbs.'), ...joinParts(parts)];
  if (plain.length > 0) content.push(t(`; ${joinAnd(plain)} ${plain.length === 1 ? 'keeps' : 'keep'} to neutral verbs such as “said”`));
  content.push(t('. What does each verb add to a plain “said”? Is it the outlet’s judgement or a fact?'));
  return [{ kind: 'verbs', content, evidence }];
}

/** Named and unnamed sources per article. */
function sourcesQuestion(ctx: Context): GuideQuestion[] {
  const evidence: string[] = [];
  const parts: PhrasingContent[][] = [];
  let unnamed = 0;
  for (const id of ctx.input.story.articles) {
    const sources = (ctx.byArticle.get(id)?.sources ?? []).filter((s) => s.anchor !== null);
    if (sources.length === 0) continue;
    const unique = firstBy(sources, (s) => s.label).slice(0, 3);
    unnamed += sources.filter((s) => s.kind === 'unnamed').length;
    parts.push([t(`${ctx.letters.get(id) ?? id} cites `), ...joinParts(unique.map((s) => {
      const url = `/articles/${id}/#${s.anchor ?? ''}`;
      evidence.push(url);
      return [link(url, s.label)];
    }))]);
  }
  if (parts.length < 2 && unnamed === 0) return [];
  return [{
    kind: 'sources',
    content: [...lead('Sources.'), ...joinParts(parts), t('. Which claims can a reader trace to a named source? What changes when a source is unnamed?')],
    evidence,
  }];
}

/** Paragraphs only one outlet has. */
function exclusiveQuestion(ctx: Context): GuideQuestion[] {
  const evidence: string[] = [];
  const parts: PhrasingContent[][] = [];
  for (const id of ctx.input.story.articles) {
    const first = ctx.framing.exclusive[id]?.paragraphs[0];
    if (first === undefined) continue;
    const url = `/articles/${id}/#${first.anchor}`;
    evidence.push(url);
    const sentence = first.text.split(/(?<=[.!?])\s/)[0] ?? first.text;
    parts.push([t(`only ${ctx.letters.get(id) ?? id} reports “`), link(url, excerpt(sentence)), t(`” (${paragraphNumber(first.anchor)})`)]);
  }
  if (parts.length === 0) return [];
  const [head, ...rest] = joinParts(parts);
  const capitalised = head?.type === 'text' ? t(head.value.charAt(0).toUpperCase() + head.value.slice(1)) : head;
  return [{
    kind: 'exclusive',
    content: [...lead('Only in one article.'), ...(capitalised === undefined ? [] : [capitalised]), ...rest, t('. Why might the others leave it out? Does it change how the main event reads?')],
    evidence,
  }];
}

/** The discussion questions for a story, in the order a lesson takes them. */
export function guideQuestions(input: GuideInput): GuideQuestion[] {
  const framing = readStoryFraming(input.story.framing);
  const byArticle = new Map(framing.articles.map((a) => [a.article, a]));
  // Story framing carries the articles' signals; fall back to each article's own record.
  for (const a of input.articles) if (!byArticle.has(a.id) && input.story.articles.includes(a.id)) byArticle.set(a.id, readArticleFraming(a.framing, a.id));
  const ctx: Context = { input, letters: articleLetters(input.story.articles), framing, byArticle, quote: new Map(input.quotes.map((q) => [q.id, q])) };
  return [...wordingQuestions(ctx).slice(0, 2), ...versionQuestions(ctx, 2), ...voicesQuestion(ctx), ...verbsQuestion(ctx), ...sourcesQuestion(ctx), ...exclusiveQuestion(ctx)];
}

function element(name: string, props: Record<string, string>, children: MdxJsxFlowElement['children']): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: Object.entries(props).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })), children };
}

const listOf = (items: PhrasingContent[][], ordered = false): List => ({
  type: 'list', ordered, spread: false, children: items.map((children) => ({ type: 'listItem', spread: false, children: [para(children)] })),
});

export interface ScaffoldOptions {
  author: string;
  /** `YYYY-MM-DD`. */
  date: string;
  slug?: string;
}

/** The guide as an MDX document (YAML frontmatter and a body built as mdast), with its slug. */
export function scaffoldGuide(input: GuideInput, options: ScaffoldOptions): { slug: string; mdx: string; questions: GuideQuestion[] } {
  const { story } = input;
  const letters = articleLetters(story.articles);
  const articles = story.articles.flatMap((id) => input.articles.find((a) => a.id === id) ?? []);
  const questions = guideQuestions(input);
  const slug = options.slug ?? `guide-${slugify(story.title, 50)}`;

  const body: RootContent[] = [
    element('Callout', { kind: 'teacher' }, [para([t('Scaffolded from the differences Parallax detected. Check each question against the articles, cut what does not serve your class, and add your own before you teach it.')])]),
    { type: 'heading', depth: 2, children: [t('Learning goals')] },
    listOf([
      [t(`Compare how ${articles.length} reports of the same event differ in what they quote and how they word it.`)],
      [t('Tell the outlet’s own words apart from the words it quotes.')],
      [t('Check a quotation against other versions of it before relying on it.')],
      [t('Notice whose voices are included and whose are left out, and what that does to the story.')],
    ]),
    { type: 'heading', depth: 2, children: [t('Read')] },
    listOf(articles.map((a) => [strong(`${letters.get(a.id) ?? a.id}.`), t(' '), link(a.url, a.title), t(` (${a.outlet ?? 'outlet unknown'})`)]), false),
    para([t(articles.length === 3 ? 'All three side by side on ' : 'The articles side by side on '), link(story.url, 'the story page'),
      ...(Array.isArray(story.pairs) && story.pairs.length > 0 ? [t(', with a sentence-by-sentence comparison of each pair.')] : [t('.')])]),
    { type: 'heading', depth: 2, children: [t('Discussion questions')] },
  ];
  for (const q of questions) {
    body.push(element('Question', {}, [para(q.content)]));
    if (q.compare !== undefined) body.push(element('Compare', { group: q.compare }, []));
  }
  body.push(element('Question', {}, [para([...lead('Your turn.'), t('Choose one paragraph of one article and rewrite it as neutrally as you can. What did you have to change?')])]));

  const frontmatter = {
    kind: 'guide',
    title: `Teaching guide: ${story.title}`,
    target: `story:${story.id}`,
    author: options.author,
    date: options.date,
    description: `How ${articles.length} reports of the same event differ: word choice, quotes and voices.`,
    audience: 'Secondary school and up',
    duration: 'One 50-minute lesson',
  };
  const tree: Root = { type: 'root', children: body };
  const markdown = toMarkdown(tree, { extensions: [mdxToMarkdown(), { unsafe: untrustedTextUnsafe }], bullet: '-', emphasis: '_', fences: true });
  // Double-quoted scalars keep every value on one line, whatever the seed text holds.
  const yaml = stringify(frontmatter, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return { slug, mdx: `---\n${yaml}---\n\n${markdown}`, questions };
}
