import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readArticle, type ReadResult } from '../../src/pipeline/read.ts';
import type { LineRole } from '../../src/pipeline/types.ts';

const fixtures = fileURLToPath(new URL('../fixtures/read/', import.meta.url));

/** Reads a fixture of `tests/fixtures/read/` with the real reader. */
export function readFixture(name: string, sidecar?: unknown): ReadResult {
  return readArticle(name, readFileSync(fixtures + name), sidecar);
}

/** Reads text given inline, as UTF-8 bytes. */
export function readText(text: string, name = 'inline.txt', sidecar?: unknown): ReadResult {
  return readArticle(name, new TextEncoder().encode(text), sidecar);
}

/** The role of the line whose text starts with `prefix`. */
export function roleOf(result: ReadResult, prefix: string): { role: LineRole; rule: string } | undefined {
  const line = result.doc.lines.find((l) => l.text.startsWith(prefix));
  return line && { role: line.role, rule: line.rule };
}

/** Texts of the paragraph blocks. */
export function paragraphs(result: ReadResult): string[] {
  return result.doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
}

/** Texts of the heading blocks. */
export function headings(result: ReadResult): string[] {
  return result.doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
}
