/**
 * Reusing unchanged output files between ingests. The output folder carries a manifest: for each
 * generated file, a hash of what it was made from (and of the emitter's code). A file whose inputs
 * did not change is hard-linked from the previous output into the new one instead of being made
 * and written again — the previous output still stays whole until the swap. Files made of many
 * elements (the data set's arrays) are written whole, but the bytes of each unchanged element are
 * copied from the previous file instead of being serialised again.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, linkSync, openSync, readFileSync, readdirSync, writeFileSync, writevSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Name of the manifest inside the output folder. */
export const manifestName = '.manifest.json';

const root = fileURLToPath(new URL('../../', import.meta.url));

let emitVersion: string | undefined;

/** A hash of the emitters' code: output made by other code is never reused. */
export function emitterVersion(): string {
  if (emitVersion !== undefined) return emitVersion;
  const hash = createHash('sha256');
  for (const dir of ['src/emit', 'src/schemas']) {
    const full = path.join(root, dir);
    if (!existsSync(full)) continue;
    for (const f of readdirSync(full, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort()) {
      hash.update(`${dir}/${f}\0`).update(readFileSync(path.join(full, f))).update('\0');
    }
  }
  emitVersion = hash.digest('hex').slice(0, 16);
  return emitVersion;
}

/** A short hash of a file's inputs (strings joined unambiguously). */
export function inputsHash(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** The elements of a file written by `OutputWriter.elements`: each one's input hash and its length in bytes. */
interface ElementsEntry {
  hashes: string[];
  bytes: number[];
}

interface Manifest {
  version: string;
  files: Record<string, string>;
  elements?: Record<string, ElementsEntry>;
}

/** How a file of elements is laid out: text before, between and after its non-empty elements; `empty` when there are none. */
export interface ElementLayout {
  head: string;
  between: string;
  tail: string;
  empty: string;
}

/** A JSON array as `writeJsonArray` writes it: `[`, one element (`jsonArrayElement`, or a compact line) after another, `]`. */
export const jsonArrayLayout: ElementLayout = { head: '[\n', between: ',\n', tail: '\n]\n', empty: '[]\n' };

/** Lines that carry their own line breaks. */
export const linesLayout: ElementLayout = { head: '', between: '', tail: '', empty: '' };

/** Bytes gathered before each write: one system call per megabyte, not one per element. */
const chunkBytes = 1 << 20;

/** Writes files into a staging folder, linking those whose inputs match the previous output's manifest. */
export class OutputWriter {
  readonly reused: string[] = [];
  private readonly staging: string;
  private readonly previousOut: string | null;
  private readonly previous: Record<string, string>;
  private readonly previousElements: Record<string, ElementsEntry>;
  private readonly next: Record<string, string> = {};
  private readonly nextElements: Record<string, ElementsEntry> = {};

  constructor(staging: string, previousOut: string | null) {
    this.staging = staging;
    this.previousOut = previousOut;
    const manifest = previousOut === null ? null : readManifest(previousOut);
    this.previous = manifest?.files ?? {};
    this.previousElements = manifest?.elements ?? {};
  }

  /** Writes `rel` from `make()`, or links the previous file when `hash` (of its inputs) is unchanged. */
  file(rel: string, hash: string, make: () => string): void {
    this.next[rel] = hash;
    const target = path.join(this.staging, rel);
    if (this.previousOut !== null && this.previous[rel] === hash) {
      try {
        linkSync(path.join(this.previousOut, rel), target);
        this.reused.push(rel);
        return;
      } catch {
        // Gone, or another file system: write it instead.
      }
    }
    writeFileSync(target, make());
  }

  /**
   * Writes `rel` as `layout` joins `hashes.length` elements, element `i` being `make(i)` (empty: no
   * element), or copies its bytes from the previous file when an element of the same `hashes[i]` was
   * there; the whole file is linked when every hash is unchanged.
   */
  elements(rel: string, layout: ElementLayout, hashes: readonly string[], make: (i: number) => string): void {
    const target = path.join(this.staging, rel);
    const before = this.previousElements[rel];
    if (before !== undefined && this.previousOut !== null && sameList(before.hashes, hashes)) {
      try {
        linkSync(path.join(this.previousOut, rel), target);
        this.nextElements[rel] = before;
        this.reused.push(rel);
        return;
      } catch {
        // Gone: written below.
      }
    }
    const old = before === undefined || this.previousOut === null ? null : previousElements(path.join(this.previousOut, rel), layout, before);
    const bytes: number[] = [];
    const fd = openSync(target, 'w');
    try {
      let pending: Buffer[] = [];
      let size = 0;
      const put = (b: Buffer): void => {
        pending.push(b);
        size += b.length;
        if (size >= chunkBytes || pending.length >= 512) flush();
      };
      const flush = (): void => {
        if (pending.length > 0) writevSync(fd, pending);
        pending = [];
        size = 0;
      };
      let written = 0;
      hashes.forEach((hash, i) => {
        const element = old?.get(hash) ?? Buffer.from(make(i), 'utf8');
        bytes.push(element.length);
        if (element.length === 0) return;
        put(Buffer.from(written === 0 ? layout.head : layout.between, 'utf8'));
        put(element);
        written++;
      });
      put(Buffer.from(written === 0 ? layout.empty : layout.tail, 'utf8'));
      flush();
    } finally {
      closeSync(fd);
    }
    this.nextElements[rel] = { hashes: [...hashes], bytes };
  }

  /** Records the manifest of the new output. */
  finish(): void {
    const manifest: Manifest = { version: emitterVersion(), files: this.next, elements: this.nextElements };
    writeFileSync(path.join(this.staging, manifestName), `${JSON.stringify(manifest)}\n`);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The bytes of each element of a previous file by its hash, or null when the file is not as its manifest says. */
function previousElements(file: string, layout: ElementLayout, entry: ElementsEntry): Map<string, Buffer> | null {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch {
    return null;
  }
  const found = new Map<string, Buffer>();
  const head = Buffer.byteLength(layout.head);
  const between = Buffer.byteLength(layout.between);
  let at = 0;
  let written = 0;
  for (let i = 0; i < entry.hashes.length; i++) {
    const length = entry.bytes[i] ?? 0;
    if (length === 0) continue;
    at += written === 0 ? head : between;
    found.set(entry.hashes[i]!, data.subarray(at, at + length));
    at += length;
    written++;
  }
  const end = at + Buffer.byteLength(written === 0 ? layout.empty : layout.tail);
  return end === data.length ? found : null;
}

/** The previous output's manifest, or none when it was made by other code or is unreadable. */
function readManifest(out: string): Manifest | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(out, manifestName), 'utf8')) as Partial<Manifest>;
    if (manifest.version !== emitterVersion() || typeof manifest.files !== 'object' || manifest.files === null) return null;
    return { version: manifest.version, files: manifest.files, ...(typeof manifest.elements === 'object' && manifest.elements !== null ? { elements: manifest.elements } : {}) };
  } catch {
    return null;
  }
}
