import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import { blockElement, frontmatter, inlineElement, text, toMdx } from '../../src/emit/mdx.ts';
import { markdownFeatures } from '../../src/lib/markdown-features.mjs';

interface Node { type: string; value?: string; children?: Node[]; attributes?: { name: string; value: unknown }[] }

/** Parses generated MDX with the parser and features the site's build uses. */
async function parse(mdx: string): Promise<Node> {
  const body = mdx.replace(/^---\n[^\n]*\n---\n/, '');
  return mdxToMdast(body, { features: markdownFeatures }) as unknown as Node;
}

function collect(node: Node, out: Node[] = []): Node[] {
  out.push(node);
  for (const child of node.children ?? []) collect(child, out);
  return out;
}

/** Text of a paragraph-wrapping element, as the parser sees it. */
function textOf(node: Node): string {
  return collect(node).filter((n) => n.type === 'text').map((n) => n.value ?? '').join('');
}

const hostile = [
  'import fs from "node:fs"; fs.writeFileSync("/tmp/pwned", "x")',
  'export const pwned = true',
  'IMPORT and EXPORT in capitals',
  '{globalThis.process.exit(1)}',
  'a } stray brace and a { lone one',
  '<script>alert(1)</script> and <Quote id="fake">x</Quote>',
  '<!-- an HTML comment -->',
  '---',
  '# not a heading *not emphasis* _nor this_ `nor code` ${template}',
  '[click](javascript:alert(1)) | a | table |',
  '> not a blockquote',
  '1. not a list',
  '\u202Ebidi override\u202C and emoji 👩‍👩‍👧 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'back\\slash and &amp; an entity',
  'see <a href="http://x.com">link</a> here',
  'visit www.example.com or https://example.org/path?q={x} or mail user@example.com',
  '~~struck~~ and ~tilde~ and a | b | c',
];

describe('MDX emitter', () => {
  it.each(hostile)('keeps %j as literal text', async (value) => {
    const mdx = toMdx({ title: value }, [blockElement('Para', { id: 'p-1' }, [text(value)])]);
    const tree = await parse(mdx);
    const kinds = collect(tree).map((n) => n.type);
    expect(kinds).not.toContain('mdxjsEsm');
    expect(kinds).not.toContain('mdxFlowExpression');
    expect(kinds).not.toContain('mdxTextExpression');
    expect(kinds.filter((k) => k === 'mdxJsxFlowElement' || k === 'mdxJsxTextElement')).toHaveLength(1);
    expect(kinds).not.toContain('link');
    expect(kinds).not.toContain('delete');
    expect(textOf(tree)).toBe(value);
  });

  it('keeps hostile text literal inside a quote element and its attributes', async () => {
    const value = 'export default {a: 1} <b>';
    const mdx = toMdx({}, [blockElement('Para', { id: 'p-2' }, [text('Before '), inlineElement('Quote', { id: 'q-"x"', name: '{evil}' }, [text(value)])])]);
    const tree = await parse(mdx);
    const quote = collect(tree).find((n) => n.type === 'mdxJsxTextElement');
    expect(quote && textOf(quote)).toBe(value);
    expect(quote?.attributes?.map((a) => [a.name, a.value])).toEqual([['id', 'q-"x"'], ['name', '{evil}']]);
  });

  it('writes frontmatter as one line of ASCII JSON', () => {
    const fm = frontmatter({ title: 'Zelenskiy’s visit\u2028---\n' });
    expect(fm).not.toMatch(/[\n\u0080-\uffff]/);
    expect(JSON.parse(fm)).toEqual({ title: 'Zelenskiy’s visit\u2028---\n' });
  });

  it('round-trips random text literally', async () => {
    const alphabet = fc.constantFrom(...Array.from('ab {}<>/`$#*_[]()!-=|~@.\\&;:"\'\n\t\u00a0\u202e😀'), 'import ', 'export ', '---', '<!--', 'http://', 'www.', '<a href="', '</a>');
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('').replace(/\s+/g, ' ').trim()), async (value) => {
        fc.pre(value.length > 0);
        const tree = await parse(toMdx({}, [blockElement('Para', { id: 'p-1' }, [text(value)])]));
        const kinds = collect(tree).map((n) => n.type);
        expect(kinds).not.toContain('mdxjsEsm');
        expect(kinds).not.toContain('mdxFlowExpression');
        expect(kinds).not.toContain('mdxTextExpression');
        expect(textOf(tree).replace(/\s+/g, ' ').trim()).toBe(value);
      }),
      { numRuns: 300 },
    );
  });
});
