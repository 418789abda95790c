import { closeSync, openSync, readSync } from 'node:fs';

/** Bytes read at a time while looking for line breaks. */
const chunkBytes = 1 << 20;

/**
 * Byte offsets where the lines of a file start, then the file's length: line `i` is the bytes from
 * `starts[i]` to `starts[i + 1]` (its line break included). Read a megabyte at a time, never whole.
 */
export function lineStarts(file: string): number[] {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkBytes);
    const starts = [0];
    let at = 0;
    for (let n = readSync(fd, buffer, 0, chunkBytes, at); n > 0; n = readSync(fd, buffer, 0, chunkBytes, at)) {
      for (let i = buffer.indexOf(10); i !== -1 && i < n; i = buffer.indexOf(10, i + 1)) starts.push(at + i + 1);
      at += n;
    }
    if (starts.at(-1) !== at) starts.push(at);
    return starts;
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a file from `start` to `end`, as UTF-8 text. */
export function readSpan(file: string, start: number, end: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(end - start);
    let done = 0;
    while (done < buffer.length) {
      const n = readSync(fd, buffer, done, buffer.length - done, start + done);
      if (n === 0) break;
      done += n;
    }
    return buffer.toString('utf8', 0, done);
  } finally {
    closeSync(fd);
  }
}
