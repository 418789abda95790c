/**
 * An article's body, from its generated MDX to HTML, without making the MDX a module of the build.
 *
 * The generator writes each article as MDX whose body is a flat list of `<Para id>` and `<Heading id
 * text>` blocks, with `<Quote id kind speaker name>` around quoted words (src/emit/entries.ts). Bundling
 * ten thousand such files as modules was most of the site build's time and memory; the body is
 * instead parsed here (satteri, the site's MDX parser) and rendered by the page. Only those three
 * elements and plain text are read: anything else in a generated body is an error of the generator.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { QuoteRecord } from '../schemas/dataset.ts';
import { confidenceText, explainRule, kindLabel } from './site.ts';
import { labelAfterQuoteMark, splitEvidence } from './markup.ts';
import { markdownFeatures } from './markdown-features.mjs';

/** A quote's props as the generator wrote them. */
export interface QuoteProps {
  id: string;
  kind: string;
  speaker?: string;
  name?: string;
}

/** Inline content of a paragraph: text, or a quote around its text. */
export type Inline = { text: string } | { quote: QuoteProps; text: string };

/** One block of an article body. */
export type BodyBlock = { kind: 'heading'; id: string; text: string } | { kind: 'para'; id: string; inlines: Inline[] };

/** Text escaped as Astro escapes expressions in a template. */
export function escapeText(value: string): string {
  return value.replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' })[c] ?? c);
}

/** An attribute value escaped as Astro escapes attributes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

const attr = (name: string, value: string | undefined): string => (value === undefined ? '' : ` ${name}="${escapeAttribute(value)}"`);

function attributes(node: MdastNode): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of (node as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? []) {
    if (typeof a.name === 'string' && typeof a.value === 'string') out[a.name] = a.value;
  }
  return out;
}

const children = (node: MdastNode): MdastNode[] => (node as { children?: MdastNode[] }).children ?? [];
const textOf = (node: MdastNode): string => ((node as { value?: unknown }).value as string | undefined) ?? children(node).map(textOf).join('');

function inlinesOf(nodes: MdastNode[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') out.push(...inlinesOf(children(node)));
    else if (node.type === 'mdxJsxTextElement' && (node as { name?: string }).name === 'Quote') {
      const a = attributes(node);
      out.push({ quote: { id: a.id ?? '', kind: a.kind ?? 'direct', speaker: a.speaker, name: a.name }, text: textOf(node) });
    } else if (node.type === 'text') out.push({ text: textOf(node) });
    else throw new Error(`unexpected ${node.type} in a generated article body`);
  }
  return out;
}

/** The blocks of a generated article body (its MDX without frontmatter). */
export function parseArticleBody(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  // the site's parser features (no GFM: a URL in a seed stays text), no positions: nothing here reads them
  for (const node of children(mdxToMdast(body, { features: markdownFeatures, position: false }))) {
    const name = (node as { name?: string }).name;
    const a = attributes(node);
    if (node.type === 'mdxJsxFlowElement' && name === 'Heading') blocks.push({ kind: 'heading', id: a.id ?? '', text: a.text ?? '' });
    else if (node.type === 'mdxJsxFlowElement' && name === 'Para') blocks.push({ kind: 'para', id: a.id ?? '', inlines: inlinesOf(children(node)) });
    else throw new Error(`unexpected ${name ?? node.type} in a generated article body`);
  }
  return blocks;
}

/**
 * A quote in an article's text: the words highlighted, the speaker's name after them and the evidence
 * in a popover that needs no script (the paragraph moves the name past the closing mark and the
 * popover out of the sentence). Terms in quotation marks are the outlet's words, never attributed.
 */
export function quoteHtml(props: QuoteProps, inner: string, q: QuoteRecord | undefined): string {
  const { id, kind, speaker, name } = props;
  if (kind === 'term') return `<span class="term"${attr('id', id)} title="Words in quotation marks used by the outlet itself: not attributed to anyone">${inner}</span>`;
  const known = speaker !== undefined && name !== undefined;
  const why = `why-${id}`;
  const label = known
    ? `<a class="speaker-label"${attr('href', `/speakers/${speaker}/`)}>${escapeText(name)}</a>`
    : '<span class="speaker-label unclear">speaker unclear</span>';
  const ask = known ? `Why ${name}? Show the evidence` : 'Why is the speaker unclear? Show the evidence';
  const rows = q
    ? `<span class="ev-row"><b>Rule:</b> ${escapeText(explainRule(q.rule))} <code>${escapeText(q.rule)}</code></span>` +
      `<span class="ev-row"><b>Cue:</b> ${q.cue !== null ? `“${escapeText(q.cue)}”` : 'none found'}</span>` +
      `<span class="ev-row"><b>Source mention:</b> ${q.source !== null ? `“${escapeText(q.source.text)}”` : 'none'}</span>` +
      `<span class="ev-row"><b>Confidence:</b> ${escapeText(confidenceText(q.confidence))}</span>` +
      `<span class="ev-row"><b>Kind:</b> ${escapeText(kindLabel(q.kind))}${q.insertions.length > 0 ? `; the outlet inserted ${escapeText(q.insertions.map((s) => `“${s.text}”`).join(', '))}` : ''}${q.ellipsis ? '; contains an ellipsis' : ''}</span>`
    : '';
  const unsure = known ? '' : '<span class="ev-row">No attribution rule was confident enough. Parallax leaves the speaker open rather than guess: a wrong speaker would be worse.</span>';
  const versions = known && q?.variantGroup ? ` · <a${attr('href', `/speakers/${speaker}/#${q.variantGroup}`)}>all versions</a>` : '';
  return `<span${attr('class', `quote quote-${kind}`)}${attr('id', id)}${attr('data-speaker', speaker)}${attr('data-pagefind-title', `Quote: ${known ? name : 'speaker unclear'}`)}>` +
    `<span class="qt">${inner}</span><span class="qa">${label}<button type="button" class="why"${attr('popovertarget', why)}${attr('aria-label', ask)} title="Why this speaker?"></button></span><!--/qa--></span>` +
    `<!--ev--><span class="evidence"${attr('id', why)} popover data-pagefind-ignore><strong class="ev-title">${escapeText(known ? `Why ${name}?` : 'Why is the speaker unclear?')}</strong>${rows}${unsure}` +
    `<span class="ev-row ev-links"><a class="copy-link"${attr('href', `#${id}`)}>Link to this quote</a>${versions} · <a href="/method/#attribution">how attribution works</a></span>` +
    `<button type="button" class="ev-close"${attr('popovertarget', why)} popovertargetaction="hide">Close</button></span><!--/ev-->`;
}

/** A paragraph with its permanent anchor and copy-link control; speaker labels after the closing marks, popovers after the text. */
export function paraHtml(id: string, inlines: Inline[], quote: (id: string) => QuoteRecord | undefined): string {
  const inner = inlines.map((i) => ('quote' in i ? quoteHtml(i.quote, escapeText(i.text), quote(i.quote.id)) : escapeText(i.text))).join('');
  const { text, evidence } = splitEvidence(`<p>${inner}</p>`);
  const number = id.replace(/^p-/, '');
  return `<div class="para"${attr('id', id)}${attr('data-pagefind-title', `Paragraph ${number}`)}>${labelAfterQuoteMark(text)}${evidence}` +
    `<a class="anchor copy-link"${attr('href', `#${id}`)} data-pagefind-ignore><span aria-hidden="true">¶</span><span class="sr-only">Link to paragraph ${escapeText(number)}</span></a></div>`;
}

/** A section heading inside an article, with its permanent anchor. */
export function headingHtml(id: string, text: string): string {
  return `<h2${attr('id', id)} class="section">${escapeText(text)}<a class="anchor copy-link"${attr('href', `#${id}`)} data-pagefind-ignore><span aria-hidden="true">¶</span><span class="sr-only">Link to this section</span></a></h2>`;
}

/** The HTML of one block. */
export function blockHtml(block: BodyBlock, quote: (id: string) => QuoteRecord | undefined): string {
  return block.kind === 'heading' ? headingHtml(block.id, block.text) : paraHtml(block.id, block.inlines, quote);
}
