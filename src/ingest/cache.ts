/**
 * The analysis cache: one `AnalyzedArticle` per seed, keyed by the seed's name, bytes and sidecar
 * and by the generator's version, so an unchanged seed is not analysed again and any change to the
 * pipeline's code invalidates every entry. Entries live in `<dir>/<version>/<key>.json`; folders of
 * other versions are removed when the cache is opened.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../pipeline/analyze.ts';
import { normalize } from '../pipeline/normalize.ts';
import type { AnalyzedArticle } from '../pipeline/types.ts';

/** Where the cache lives unless `PARALLAX_CACHE` says otherwise (`off` disables it). */
export const defaultCacheDir = '.cache/parallax/analysis';

/** How many seeds were served from the cache and how many were analysed. */
export interface CacheStats {
  hits: number;
  misses: number;
}

export interface AnalysisCache {
  /** Folder of this version's entries. */
  dir: string;
  stats: CacheStats;
  /** The analysis of one seed, from the cache or computed (and stored). */
  analyze: (file: string, bytes: Uint8Array, sidecar?: unknown) => AnalyzedArticle;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
// Everything whose code decides what `analyzeArticle` returns, and this file (the entry format).
const versionSources = ['src/pipeline', 'src/schemas', 'src/ingest/cache.ts'];

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!full.endsWith('.ts')) {
    return readdirSync(full, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => path.join(full, f));
  }
  return [full];
}

let version: string | undefined;

/** The generator's version: a hash of the package version and the analysis source files (computed once). */
export function generatorVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash('sha256');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
  hash.update(`parallax@${pkg.version ?? '0'}\0`);
  for (const file of versionSources.flatMap(sourceFiles)) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  version = hash.digest('hex').slice(0, 16);
  return version;
}

/** The cache key of one seed: its name (the article id comes from it), its bytes and its sidecar. */
export function cacheKey(file: string, bytes: Uint8Array, sidecar: unknown): string {
  return createHash('sha256')
    .update(file)
    .update('\0')
    .update(bytes)
    .update('\0')
    .update(sidecar === undefined ? '' : JSON.stringify(sidecar))
    .digest('hex')
    .slice(0, 32);
}

/**
 * Rebuilds the offset map from the text as read. Normalisation only removes characters or
 * replaces them one for one, so equal lengths mean the identity; otherwise it is re-run once, lazily.
 */
export function rebuildToOriginal(source: string, analysisLength: number): (index: number) => number {
  if (source.length === analysisLength) {
    return (index) => (Number.isNaN(index) || index < 0 ? 0 : Math.min(Math.floor(index), analysisLength));
  }
  let map: ((index: number) => number) | undefined;
  return (index) => (map ??= normalize(source).toOriginal)(index);
}

/** An analysis as JSON: everything but the offset map, which is a function. */
export function serializeAnalyzed(a: AnalyzedArticle): string {
  const { toOriginal: _map, ...data } = a;
  return JSON.stringify(data);
}

/** The inverse of `serializeAnalyzed`. */
export function deserializeAnalyzed(json: string): AnalyzedArticle {
  const data = JSON.parse(json) as Omit<AnalyzedArticle, 'toOriginal'>;
  return { ...data, toOriginal: rebuildToOriginal(data.source, data.doc.text.length) };
}

/** Opens (and creates) the cache in `dir` for the current generator version. */
export function openCache(dir: string, analyze: typeof analyzeArticle = analyzeArticle): AnalysisCache {
  const current = generatorVersion();
  mkdirSync(dir, { recursive: true });
  for (const other of readdirSync(dir)) {
    if (other === current) continue;
    try {
      rmSync(path.join(dir, other), { recursive: true, force: true });
    } catch {
      // Another build may still be writing there; it is removed next time.
    }
  }
  const here = path.join(dir, current);
  mkdirSync(here, { recursive: true });
  const stats: CacheStats = { hits: 0, misses: 0 };
  return {
    dir: here,
    stats,
    analyze(file, bytes, sidecar) {
      const entry = path.join(here, `${cacheKey(file, bytes, sidecar)}.json`);
      if (existsSync(entry)) {
        try {
          const hit = deserializeAnalyzed(readFileSync(entry, 'utf8'));
          stats.hits++;
          return hit;
        } catch {
          // A torn or foreign entry is a miss; it is overwritten below.
        }
      }
      stats.misses++;
      const result = analyze(file, bytes, sidecar);
      // Written aside and renamed, so a reader never sees half an entry; a failed write only costs a miss next time.
      const partial = `${entry}.${process.pid}.tmp`;
      try {
        writeFileSync(partial, serializeAnalyzed(result));
        renameSync(partial, entry);
      } catch {
        rmSync(partial, { force: true });
      }
      return result;
    },
  };
}

/** The cache folder the environment asks for: `PARALLAX_CACHE` (a folder, or `off`), else the default. */
export function cacheDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.PARALLAX_CACHE;
  if (value === 'off' || value === '0' || value === 'false') return null;
  return value !== undefined && value !== '' ? value : defaultCacheDir;
}
