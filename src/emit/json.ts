import { closeSync, openSync, writeSync } from 'node:fs';

/** Bytes gathered before each write: one system call per megabyte instead of one per element. */
const chunkChars = 1 << 20;

/**
 * Writes an array as `JSON.stringify(items, null, 2)` would, element by element: a data set of
 * thousands of articles is larger than the longest string a JavaScript engine can hold. With
 * `oneLine`, each element is one compact line instead (for the bulkiest file, still valid JSON).
 */
export function writeJsonArray(file: string, items: readonly unknown[], options: { oneLine?: boolean } = {}): void {
  const fd = openSync(file, 'w');
  try {
    if (items.length === 0) {
      writeSync(fd, '[]\n');
      return;
    }
    let buffer = '[\n';
    for (let i = 0; i < items.length; i += 1) {
      const element = options.oneLine === true ? JSON.stringify(items[i]) : `  ${JSON.stringify(items[i], null, 2).replace(/\n/g, '\n  ')}`;
      buffer += i < items.length - 1 ? `${element},\n` : `${element}\n`;
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
