import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Options, type Unsafe } from 'mdast-util-to-markdown';

/**
 * Patterns that make untrusted text stay text in MDX. The MDX extensions already escape `<` and
 * `{`; these add `}` anywhere and the ESM keywords at the start of a block, which MDX would
 * otherwise parse as `import`/`export` statements and run at build time. GFM is off in the site's
 * parser (src/lib/markdown-features.mjs), so bare URLs and `~~` need no escaping here.
 */
export const untrustedTextUnsafe: Unsafe[] = [
  { character: '}', inConstruct: ['phrasing'] },
  { atBreak: true, character: '}' },
  { atBreak: true, character: 'i', after: 'mport\\b' },
  { atBreak: true, character: 'e', after: 'xport\\b' },
  { atBreak: true, character: 'I', after: 'MPORT\\b' },
  { atBreak: true, character: 'E', after: 'XPORT\\b' },
];

const options: Options = {
  extensions: [mdxToMarkdown(), { unsafe: untrustedTextUnsafe }],
  bullet: '-',
  emphasis: '_',
  fences: true,
};

/** Props of a generated component: strings, numbers and booleans only, never expressions from text. */
export type Props = Record<string, string | number | boolean | null | undefined>;

function attributes(props: Props): MdxJsxAttribute[] {
  const out: MdxJsxAttribute[] = [];
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    // Numbers and booleans are written as strings: no attribute ever holds an expression.
    out.push({ type: 'mdxJsxAttribute', name, value: value === true ? 'true' : String(value) });
  }
  return out;
}

/** An inline component such as `<Quote id="…">text</Quote>`. */
export function inlineElement(name: string, props: Props, children: PhrasingContent[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(props), children };
}

/** A block component whose children are inline content, e.g. `<Para id="p-1">…</Para>`. */
export function blockElement(name: string, props: Props, children: PhrasingContent[]): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: attributes(props),
    // No children serialises as a self-closing tag.
    children: children.length > 0 ? [{ type: 'paragraph', children }] : [],
  };
}

/**
 * Plain text node; the serializer escapes whatever it holds. Control characters (NUL and the
 * like, never part of readable text) show as U+FFFD so a reader sees that something was there.
 */
export function text(value: string): PhrasingContent {
  return { type: 'text', value: value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd') };
}

/**
 * Frontmatter as JSON (a subset of YAML). Non-ASCII and line separators are escaped so the
 * block is always one line of ASCII that no YAML or fence rule can misread.
 */
export function frontmatter(data: unknown): string {
  const json = JSON.stringify(data) ?? 'null';
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Serialise frontmatter and an mdast body to an MDX document. */
export function toMdx(data: unknown, body: RootContent[]): string {
  const tree: Root = { type: 'root', children: body };
  const markdown = body.length > 0 ? toMarkdown(tree, options) : '';
  return `---\n${frontmatter(data)}\n---\n\n${markdown}`;
}
