import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockElement, inlineElement, text, toMdx } from '../../src/emit/mdx.ts';
import { blockHtml, escapeText, parseArticleBody, quoteHtml } from '../../src/lib/article-body.ts';
import type { QuoteRecord } from '../../src/schemas/dataset.ts';

/** The body of generated MDX, as the content layer hands it to the page (frontmatter removed). */
const bodyOf = (mdx: string): string => mdx.replace(/^---\n[^\n]*\n---\n/, '');

const record = (over: Partial<QuoteRecord>): QuoteRecord => ({
  id: 'q-1', article: 'a-1', text: 'x', start: 0, end: 1, kind: 'direct', speaker: 'ana-ortiz', source: { text: 'Ortiz', start: 0, end: 5 },
  cue: 'said', variantGroup: null, url: '/articles/a-1/#q-1', block: 'p-1', rule: 'cue-after:quote-name-verb', confidence: 0.95,
  insertions: [], ellipsis: false, speakerName: 'Ana Ortiz', ...over,
} as QuoteRecord);

describe('article body from generated MDX', () => {
  it('reads paragraphs, headings and quotes in order, with their props', () => {
    const mdx = toMdx({ title: 't' }, [
      blockElement('Para', { id: 'p-1' }, [text('The mayor said, “'), inlineElement('Quote', { id: 'q-1', kind: 'direct', speaker: 'ana-ortiz', name: 'Ana Ortiz' }, [text('We will rebuild')]), text('” on Monday.')]),
      blockElement('Heading', { id: 'h-1', text: 'After the flood' }, []),
      blockElement('Para', { id: 'p-2' }, [text('Critics called it a “'), inlineElement('Quote', { id: 'q-2', kind: 'term' }, [text('stunt')]), text('”.')]),
    ]);
    expect(parseArticleBody(bodyOf(mdx))).toEqual([
      { kind: 'para', id: 'p-1', inlines: [{ text: 'The mayor said, “' }, { quote: { id: 'q-1', kind: 'direct', speaker: 'ana-ortiz', name: 'Ana Ortiz' }, text: 'We will rebuild' }, { text: '” on Monday.' }] },
      { kind: 'heading', id: 'h-1', text: 'After the flood' },
      { kind: 'para', id: 'p-2', inlines: [{ text: 'Critics called it a “' }, { quote: { id: 'q-2', kind: 'term', speaker: undefined, name: undefined }, text: 'stunt' }, { text: '”.' }] },
    ]);
  });

  it('keeps hostile text as escaped text in the HTML', () => {
    const value = '<script>alert(1)</script> {x} export const a = 1; www.example.com & "quoted"';
    const mdx = toMdx({}, [blockElement('Para', { id: 'p-1' }, [text(value)])]);
    const [block] = parseArticleBody(bodyOf(mdx));
    const html = blockHtml(block!, () => undefined);
    expect(html).not.toContain('<script>');
    expect(html).toContain(escapeText(value));
    expect(html).not.toContain('<a href="www');
  });

  it('round-trips any text of a paragraph', () => {
    const alphabet = fc.constantFrom(...Array.from('ab {}<>/`$#*_[]()!-=|~@.\\&;:"\'\u00a0\u202e😀“”'), 'import ', 'export ', 'http://', 'www.');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }).map((p) => p.join('').replace(/\s+/g, ' ').trim()), (value) => {
      fc.pre(value.length > 0);
      const [block] = parseArticleBody(bodyOf(toMdx({}, [blockElement('Para', { id: 'p-1' }, [text(value)])])));
      expect(block?.kind === 'para' ? block.inlines.map((i) => i.text).join('') : null).toBe(value);
    }));
  });

  it('refuses a body with anything the generator never writes', () => {
    expect(() => parseArticleBody('<Para id="p-1">\n  text\n</Para>\n\n<Chart data="x" />\n')).toThrow(/unexpected Chart/);
  });

  it('moves the speaker label after the closing mark and the evidence after the paragraph text', () => {
    const mdx = toMdx({}, [blockElement('Para', { id: 'p-3' }, [text('“'), inlineElement('Quote', { id: 'q-1', kind: 'direct', speaker: 'ana-ortiz', name: 'Ana Ortiz' }, [text('We will rebuild,')]), text('” Ortiz said.')])]);
    const html = blockHtml(parseArticleBody(bodyOf(mdx))[0]!, () => record({}));
    expect(html).toMatch(/^<div class="para" id="p-3" data-pagefind-title="Paragraph 3"><p>“<span class="quote quote-direct" id="q-1"/);
    expect(html).toContain('<span class="qt">We will rebuild,</span>”<span class="qa"><a class="speaker-label" href="/speakers/ana-ortiz/">Ana Ortiz</a>');
    const running = html.slice(0, html.indexOf('</p>'));
    expect(running).not.toContain('class="evidence"');
    expect(html.slice(html.indexOf('</p>'))).toContain('<span class="evidence" id="why-q-1" popover data-pagefind-ignore><strong class="ev-title">Why Ana Ortiz?</strong>');
  });

  it('shows an unclear speaker and a term as such', () => {
    expect(quoteHtml({ id: 'q-9', kind: 'direct' }, 'words', record({ speaker: null, speakerName: null }))).toContain('<span class="speaker-label unclear">speaker unclear</span>');
    expect(quoteHtml({ id: 'q-8', kind: 'term' }, 'stunt', undefined)).toBe('<span class="term" id="q-8" title="Words in quotation marks used by the outlet itself: not attributed to anyone">stunt</span>');
  });
});
