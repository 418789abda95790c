import fc from 'fast-check';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/pipeline/analyze.ts';
import { buildDataset } from '../../src/pipeline/dataset.ts';
import { loadLexicons } from '../../src/pipeline/lexicons.ts';
import { articleMdx } from '../../src/emit/entries.ts';

/**
 * Property tests over the whole per-article path: bytes → analyzeArticle → buildDataset →
 * article MDX → the MDX parser Astro uses. Inputs are news-like lines salted with every kind of
 * hostile text; the reading stage's own properties live in tests/read/properties.test.ts.
 */
const { lexicons } = loadLexicons('content/lexicons');

const hostile = fc.constantFrom(
  '{process.exit(1)}', '}', '{', '<script>window.__pwned=1</script>', '<Quote id="q-fake">x</Quote>', '<b>', '</div>',
  'import fs from "node:fs";', 'export const x = 1;', 'export default {}', '---', '<!-- c -->', '`', '```', '${x}',
  '# ', '* ', '_', '**', '[x](javascript:alert(1))', '| a | b |', '> ', '1. ', '\\', '&amp;', '&',
  '\u0000', '\u0007', '\u001b[31m', '\u007f', '\u202e', '\u202c', '\u200b', '\ufeff', '\u00a0', '\u2028',
  '👩‍👩‍👧', '𝔘𝔫𝔦', '🚢', 'é', 'ß',
);
const words = fc.constantFrom(
  'The council', 'voted on Tuesday', 'said', 'Maria Lopez', 'Putin', 'told reporters', 'the spokesman', 'according to',
  'We will', 'not', 'be intimidated', 'budget', 'Dr.', 'U.S.', '$1.8 billion', '10 months', 'he added', ',', '.', ' ',
);
const marks = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»');
const line = fc.array(fc.oneof({ weight: 5, arbitrary: words }, { weight: 2, arbitrary: hostile }, { weight: 2, arbitrary: marks }), { maxLength: 30 }).map((parts) => parts.join(' '));
const page = fc.array(fc.tuple(line, fc.constantFrom('\n', '\n\n', '\r\n', '\r')), { minLength: 1, maxLength: 14 }).map((lines) => lines.map(([l, e]) => l + e).join(''));
/** The page as bytes in one of the encodings seeds arrive in. */
const encoded = fc.tuple(page, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom')).map(([text, encoding]): [string, Uint8Array] => {
  if (encoding === 'utf-16le-bom') return [text, new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))];
  const body = Buffer.from(text, 'utf8');
  return [text, new Uint8Array(encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body)];
});

interface Node { type: string; value?: string; name?: string; children?: Node[]; attributes?: { name: string; value: unknown }[] }
function collect(node: Node, out: Node[] = []): Node[] {
  out.push(node);
  for (const child of node.children ?? []) collect(child, out);
  return out;
}
const textOf = (node: Node): string => collect(node).filter((n) => n.type === 'text').map((n) => n.value ?? '').join('');
/** What a reader sees of a stretch of source text: controls as U+FFFD, white space collapsed. */
const shown = (text: string): string => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd').replace(/\s+/g, ' ').trim();

describe('the per-article pipeline on hostile text', () => {
  it('never throws, stays fast, and keeps every span inside the text', () => {
    fc.assert(
      fc.property(encoded, ([, bytes]) => {
        const started = performance.now();
        const a = analyzeArticle('fuzz.txt', bytes);
        expect(performance.now() - started).toBeLessThan(1000);
        const { text } = a.doc;
        for (const b of a.doc.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
        for (const r of a.doc.removed) expect(r.start >= 0 && r.start <= r.end && r.end <= text.length).toBe(true);
        for (const q of a.quotes) {
          expect(q.start >= 0 && q.start < q.end && q.end <= text.length).toBe(true);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          const block = a.doc.blocks[q.block];
          expect(block !== undefined && q.start >= block.start && q.end <= block.end).toBe(true);
        }
        // Offsets map back into the file as read, in order.
        let last = 0;
        for (let i = 0; i <= text.length; i += Math.max(1, Math.floor(text.length / 20))) {
          const o = a.toOriginal(i);
          expect(o >= last && o <= a.source.length).toBe(true);
          last = o;
        }
      }),
      { numRuns: 250 },
    );
  });

  it('emits MDX whose text is the source, literally, with no code and one component per block and quote', async () => {
    await fc.assert(
      fc.asyncProperty(encoded, async ([, bytes]) => {
        const analyzed = analyzeArticle('fuzz.txt', bytes);
        fc.pre(analyzed.doc.verdict === 'article');
        const dataset = buildDataset([analyzed], { lexicons });
        const [record] = dataset.articles;
        expect(record).toBeDefined();
        if (record === undefined) return;
        const source = dataset.sources.get(record.id) ?? '';
        for (const q of dataset.quotes) expect(source.slice(q.start, q.end)).toBe(q.text);
        const mdx = articleMdx(record, dataset.quotes, source);
        const frontmatter = /^---\n([^\n]*)\n---\n/.exec(mdx);
        expect(JSON.parse(frontmatter?.[1] ?? 'null')).toMatchObject({ title: record.title, seed: 'fuzz.txt' });
        const tree = (await mdxToMdast(mdx.slice(frontmatter?.[0].length ?? 0))) as unknown as Node;
        const nodes = collect(tree);
        for (const kind of ['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html']) expect(nodes.map((n) => n.type)).not.toContain(kind);
        const elements = nodes.filter((n) => n.type === 'mdxJsxFlowElement');
        expect(elements.map((n) => n.attributes?.find((x) => x.name === 'id')?.value)).toEqual(record.blocks.map((b) => b.anchor));
        record.blocks.forEach((b, i) => {
          const element = elements[i];
          const heading = element?.attributes?.find((x) => x.name === 'text')?.value;
          expect(shown(typeof heading === 'string' ? heading : textOf(element ?? { type: 'none' }))).toBe(shown(source.slice(b.start, b.end)));
        });
        const quotes = nodes.filter((n) => n.type === 'mdxJsxTextElement');
        expect(quotes.every((n) => n.name === 'Quote')).toBe(true);
        for (const n of quotes) {
          const id = n.attributes?.find((x) => x.name === 'id')?.value;
          const q = dataset.quotes.find((x) => x.id === id);
          expect(q && shown(textOf(n))).toBe(q && shown(q.text));
        }
      }),
      { numRuns: 250 },
    );
  });
});
