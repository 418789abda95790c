import { closeSync, openSync, writeSync } from 'node:fs';

/** Bytes gathered before each write: one system call per megabyte instead of one per element. */
const chunkChars = 1 << 20;

/** Writes a JSON array whose `i`-th element (already serialised, indented for its place) is `element(i)`. */
function writeElements(file: string, count: number, element: (i: number) => string): void {
  const fd = openSync(file, 'w');
  try {
    if (count === 0) {
      writeSync(fd, '[]\n');
      return;
    }
    let buffer = '[\n';
    for (let i = 0; i < count; i += 1) {
      buffer += i < count - 1 ? `${element(i)},\n` : `${element(i)}\n`;
      if (buffer.length >= chunkChars) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, `${buffer}]\n`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes an array as `JSON.stringify(items, null, 2)` would, element by element: a data set of
 * thousands of articles is larger than the longest string a JavaScript engine can hold. With
 * `oneLine`, each element is one compact line instead (for the bulkiest file, still valid JSON).
 */
export function writeJsonArray(file: string, items: readonly unknown[], options: { oneLine?: boolean } = {}): void {
  writeElements(file, items.length, (i) => (options.oneLine === true ? JSON.stringify(items[i]) : jsonArrayElement(items[i])));
}

/** One element of an array as `JSON.stringify(items, null, 2)` writes it, indented for its place (no comma). */
export function jsonArrayElement(item: unknown): string {
  // Stringified inside a one-element array, an element comes out indented for its place in ours.
  return JSON.stringify([item], null, 2).slice(2, -2);
}

/** Writes `[`, the given compact JSON lines separated by commas, `]`: what `writeJsonArray(…, { oneLine: true })` writes for their values. */
export function writeJsonLines(file: string, lines: readonly string[]): void {
  writeElements(file, lines.length, (i) => lines[i]!);
}

/**
 * A value as one compact line of JSON: how the data set's elements and the pair files are written
 * (indentation made them a quarter to a third larger, for every reader to skip).
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value);
}
