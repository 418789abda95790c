/**
 * Reusing unchanged output files between ingests. The output folder carries a manifest: for each
 * generated file, a hash of what it was made from (and of the emitter's code). A file whose inputs
 * did not change is hard-linked from the previous output into the new one instead of being made
 * and written again — the previous output still stays whole until the swap.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

interface Manifest {
  version: string;
  files: Record<string, string>;
}

/** Writes files into a staging folder, linking those whose inputs match the previous output's manifest. */
export class OutputWriter {
  readonly reused: string[] = [];
  private readonly staging: string;
  private readonly previousOut: string | null;
  private readonly previous: Record<string, string>;
  private readonly next: Record<string, string> = {};

  constructor(staging: string, previousOut: string | null) {
    this.staging = staging;
    this.previousOut = previousOut;
    this.previous = previousOut === null ? {} : readManifest(previousOut);
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

  /** Records the manifest of the new output. */
  finish(): void {
    const manifest: Manifest = { version: emitterVersion(), files: this.next };
    writeFileSync(path.join(this.staging, manifestName), `${JSON.stringify(manifest)}\n`);
  }
}

/** The previous output's file hashes, or none when it was made by other code or is unreadable. */
function readManifest(out: string): Record<string, string> {
  try {
    const manifest = JSON.parse(readFileSync(path.join(out, manifestName), 'utf8')) as Partial<Manifest>;
    return manifest.version === emitterVersion() && typeof manifest.files === 'object' && manifest.files !== null ? manifest.files : {};
  } catch {
    return {};
  }
}
