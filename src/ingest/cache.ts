/**
 * The analysis cache: one `AnalyzedArticle` per seed, keyed by the seed's name, bytes and sidecar
 * and by the generator's version, so an unchanged seed is not analysed again and any change to the
 * pipeline's code invalidates every entry. Entries live in packs in `<dir>/<version>/` (see `packFile`),
 * each named by its place, `<key>.json`; folders of other versions are removed when the cache is opened.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../pipeline/analyze.ts';
import { normalize } from '../pipeline/normalize.ts';
import type { AnalyzedArticle, ArticleDoc } from '../pipeline/types.ts';
import type { CorpusArticle } from '../pipeline/corpus.ts';
import type { ArticleDigests, DatasetCaches, StoryParts } from '../pipeline/dataset.ts';
import type { ArticleFraming } from '../pipeline/framing.ts';
import type { ArticleFeatures } from '../pipeline/stories.ts';
import type { Alignment } from '../pipeline/align.ts';
import type { Lexicons } from '../pipeline/lexicons.ts';

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
  /** The cached analysis of one seed, if there is one (counted as a hit). */
  lookup: (file: string, bytes: Uint8Array, sidecar?: unknown) => AnalyzedArticle | undefined;
  /** Stores an analysis computed elsewhere (as `serializeAnalyzed` JSON) and returns it (counted as a miss). */
  store: (file: string, bytes: Uint8Array, sidecar: unknown, json: string) => AnalyzedArticle;
  /** Per-article results of the data set stage (framing), stored beside the analyses. */
  datasetCaches: (lexicons: Lexicons) => DatasetCaches;
  /** Writes the entries this run made, and gathers the ones it read into the pack when many came from elsewhere (see `packFile`). */
  pack: () => void;
  /** Closes the packs this run read; call once nothing reads the cache's entries any more (after the output is written). */
  close: () => void;
}

/**
 * The pack: the text of every entry an ingest read or made, in one file, so an ingest opens (and a
 * cold one creates) one file instead of thousands. A run that adds few entries to a pack writes them
 * to a run pack of its own (`run-*.pack`, same layout) instead; a run reading many entries from run
 * packs (or from the entry files of older caches) gathers them into the pack again. Layout: a 4-byte length, a JSON index (`entries`: `[path in the version folder, UTF-8 bytes]`;
 * `keys`: see below), the texts. Grouping features name their keys by place in `keys`, so a key
 * shared by many articles is read once and is one string for all of them (interned at once).
 */
export const packFile = 'pack.bin';

const featuresPrefix = 'features/';

/** A features entry as the pack keeps it: its keys by place in the pack's `keys`. */
interface PackedFeatures {
  k: number[];
  weights: number[];
  display: (string | null)[];
}

/** The pack's bytes for these entry texts. */
export function encodePack(texts: ReadonlyMap<string, string | Buffer | PackedText>): Buffer {
  return Buffer.concat(packParts(texts));
}

/** The pack's bytes for these entry texts, in parts (written one by one, never joined in memory). */
function packParts(texts: ReadonlyMap<string, string | Buffer | PackedText>): Buffer[] {
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  const idOf = (key: string): number => {
    let id = keyIds.get(key);
    if (id === undefined) {
      id = keys.length;
      keyIds.set(key, id);
      keys.push(key);
    }
    return id;
  };
  const bodies = [...texts].map(([rel, entry]) => {
    if (!rel.startsWith(featuresPrefix)) return Buffer.isBuffer(entry) ? entry : Buffer.from(typeof entry === 'string' ? entry : entry.text, 'utf8');
    // A features entry from another pack names its keys in that pack's table.
    const f = typeof entry === 'string' || Buffer.isBuffer(entry) ? (JSON.parse(entry.toString()) as ArticleFeatures) : unpackFeatures(entry.text, entry.keys);
    const packed: PackedFeatures = { k: f.keys.map(idOf), weights: f.weights, display: f.display };
    return Buffer.from(JSON.stringify(packed), 'utf8');
  });
  const index = Buffer.from(JSON.stringify({ entries: [...texts.keys()].map((rel, i) => [rel, bodies[i]!.length]), keys }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(index.length);
  return [length, index, ...bodies];
}

/** An entry's text as a pack keeps it, with that pack's feature keys. */
export interface PackedText {
  text: string;
  keys: readonly string[];
}

/** An opened pack: each entry's text, read when asked, and the features' keys. */
export interface Pack {
  texts: Map<string, () => string>;
  keys: string[];
  close: () => void;
}

/**
 * Opens a pack: its index is read now and each entry's text when asked (one positioned read), so
 * the pack of a large corpus is never held whole. A torn pack is empty.
 */
export function openPack(file: string): Pack {
  const fd = openSync(file, 'r');
  const read = (start: number, length: number): Buffer => {
    const buffer = Buffer.allocUnsafe(length);
    if (readSync(fd, buffer, 0, length, start) !== length) throw new Error('torn pack');
    return buffer;
  };
  try {
    const indexEnd = 4 + read(0, 4).readUInt32LE(0);
    const index = JSON.parse(read(4, indexEnd - 4).toString('utf8')) as { entries: [string, number][]; keys: string[] };
    const texts = new Map<string, () => string>();
    let at = indexEnd;
    for (const [rel, length] of index.entries) {
      const start = at;
      texts.set(rel, () => read(start, length).toString('utf8'));
      at += length;
    }
    if (at !== fstatSync(fd).size) throw new Error('torn pack');
    return { texts, keys: index.keys, close: () => closeSync(fd) };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** A features entry of a pack, with its keys. */
function unpackFeatures(text: string, keys: readonly string[]): ArticleFeatures {
  const f = JSON.parse(text) as PackedFeatures;
  return { keys: f.k.map((i) => keys[i]!), weights: f.weights, display: f.display, shared: { table: keys, at: f.k } };
}

/** Share of the entries used that were not in the pack (read elsewhere or made) above which the pack is made again. */
const repackShare = 0.1;

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

/** Writes a file aside and renames it, so a reader never sees half of one; a failed write only costs misses later. */
function writeFileAside(file: string, parts: readonly Uint8Array[]): boolean {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    const fd = openSync(partial, 'w');
    try {
      for (const part of parts) for (let at = 0; at < part.length; ) at += writeSync(fd, part, at);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    return true;
  } catch {
    rmSync(partial, { force: true });
    return false;
  }
}

/** Where a story entry's pair alignments are kept: they are most of its size and rarely needed. */
const pairsEntry = (entry: string): string => entry.replace(/\.json$/, '.pairs.json');

/** Where a story entry's framing and versions are kept: read only when the story's files are written again. */
const bodyEntry = (entry: string): string => entry.replace(/\.json$/, '.body.json');

/** The fields of a story record kept in its body entry (the bulk of a record, with their evidence). */
const bodyFields = new Set(['framing', 'variants']);

/**
 * A story record whose body fields are read on first use, in their place among the record's keys
 * (so spreading or serialising it gives the whole record, in its own key order).
 */
export function lazyRecord(head: StoryParts['record'], load: () => Record<string, unknown>): StoryParts['record'] {
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(head)) {
    if (bodyFields.has(key)) Object.defineProperty(record, key, { enumerable: true, configurable: true, get: () => load()[key] });
    else record[key] = value;
  }
  return record as StoryParts['record'];
}

/**
 * An alignment whose summary is at hand and whose sentences are read on first use: when a pair's
 * file is reused from the previous output, its alignment is never parsed.
 */
export function lazyAlignment(summary: Alignment['summary'], load: () => Alignment): Alignment {
  const lazy = {
    summary,
    get a() { return load().a; },
    get b() { return load().b; },
    get pairs() { return load().pairs; },
    get onlyA() { return load().onlyA; },
    get onlyB() { return load().onlyB; },
    // Serialised as the whole alignment, in its own key order.
    toJSON: (): Alignment => load(),
  };
  return lazy;
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
  // The seed key of every doc this cache returned: per-article results downstream are keyed by it.
  const seedKeys = new WeakMap<ArticleDoc, string>();
  const framingDir = path.join(here, 'framing');
  const featuresDir = path.join(here, 'features');
  const storiesDir = path.join(here, 'stories');
  const digestsDir = path.join(here, 'digests');
  const entryFor = (key: string): string => path.join(here, `${key}.json`);
  const mainPack = path.join(here, packFile);
  const names = readdirSync(here);
  // Run packs in the order they were written (a later one wins), the pack first.
  const runPacks = names.filter((n) => n.startsWith('run-') && n.endsWith('.pack')).sort();
  // Entry files of an older cache, read if there are any (otherwise a miss costs no lookup on disk).
  const loose = names.some((n) => !n.endsWith('.pack') && !n.endsWith('.tmp') && n !== packFile);
  // Where each packed entry is: its text, read when asked, and its pack's feature keys.
  const sources = new Map<string, { text: () => string; keys: readonly string[]; main: boolean }>();
  let hasMain = false;
  const opened: (() => void)[] = [];
  for (const name of existsSync(mainPack) ? [packFile, ...runPacks] : runPacks) {
    try {
      const pack = openPack(path.join(here, name));
      opened.push(pack.close);
      for (const [rel, text] of pack.texts) sources.set(rel, { text, keys: pack.keys, main: name === packFile });
      hasMain ||= name === packFile;
    } catch {
      console.warn(`parallax: the analysis cache's ${name} is torn; its entries are analysed again`);
      rmSync(path.join(here, name), { force: true });
    }
  }
  // Entries read this run (relative paths) and where from (null: their own files); entries made this run.
  const read = new Map<string, { text: () => string; keys: readonly string[]; main: boolean } | null>();
  // (As UTF-8: a text with one curly quote takes two bytes a character as a string.)
  const made = new Map<string, Buffer>();
  const relOf = (entry: string): string => entry.slice(here.length + 1);
  /** The text of an entry, and its pack's feature keys if a pack kept it. */
  const readRaw = (entry: string): { text: string; keys?: readonly string[] } | undefined => {
    const rel = relOf(entry);
    const own = made.get(rel);
    if (own !== undefined) return { text: own.toString('utf8') };
    const source = sources.get(rel);
    if (source !== undefined) {
      try {
        const text = source.text();
        read.set(rel, source);
        return { text, keys: source.keys };
      } catch {
        // A torn pack: the entry's own file is read instead, if there is one.
      }
    }
    if (!loose || !existsSync(entry)) return undefined;
    read.set(rel, null);
    return { text: readFileSync(entry, 'utf8') };
  };
  /** The text of an entry, from this run, a pack or its file. */
  const readText = (entry: string): string | undefined => readRaw(entry)?.text;
  /** Whether an entry is kept (it is then counted as read, so that a new pack keeps it too). */
  const has = (entry: string): boolean => {
    const rel = relOf(entry);
    if (made.has(rel)) return true;
    const source = sources.get(rel);
    if (source !== undefined) {
      read.set(rel, source);
      return true;
    }
    if (!loose || !existsSync(entry)) return false;
    read.set(rel, null);
    return true;
  };
  /** Keeps an entry made this run: it is written with the others by `pack`. */
  const writeEntry = (entry: string, text: string): void => {
    made.set(relOf(entry), Buffer.from(text, 'utf8'));
  };
  const cached = (key: string): AnalyzedArticle | undefined => {
    const entry = entryFor(key);
    try {
      const text = readText(entry);
      if (text === undefined) return undefined;
      const hit = deserializeAnalyzed(text);
      stats.hits++;
      seedKeys.set(hit.doc, key);
      return hit;
    } catch {
      // A torn or foreign entry is a miss; it is overwritten when stored.
      return undefined;
    }
  };
  const keep = (key: string, json: string, result: AnalyzedArticle): AnalyzedArticle => {
    stats.misses++;
    writeEntry(entryFor(key), json);
    seedKeys.set(result.doc, key);
    return result;
  };
  const lookup = (file: string, bytes: Uint8Array, sidecar?: unknown): AnalyzedArticle | undefined => cached(cacheKey(file, bytes, sidecar));
  const store = (file: string, bytes: Uint8Array, sidecar: unknown, json: string): AnalyzedArticle =>
    keep(cacheKey(file, bytes, sidecar), json, deserializeAnalyzed(json));
  return {
    dir: here,
    stats,
    datasetCaches(lexicons) {
      const lexiconsHash = createHash('sha256').update(JSON.stringify(lexicons)).digest('hex');
      // Framing reads the doc (seed key), the quotes' ids and registry speakers, and the lexicons.
      const keyOf = new WeakMap<CorpusArticle, string | null>();
      const articleKey = (c: CorpusArticle): string | null => {
        if (keyOf.has(c)) return keyOf.get(c) ?? null;
        const seed = seedKeys.get(c.doc);
        const quotes = JSON.stringify(c.quotes.map((q) => [q.id, q.speakerId, q.speakerName]));
        const key = seed === undefined ? null : createHash('sha256').update(`${seed}\0${lexiconsHash}\0${quotes}`).digest('hex').slice(0, 32);
        keyOf.set(c, key);
        return key;
      };
      const entryOf = (c: CorpusArticle): string | null => {
        const key = articleKey(c);
        return key === null ? null : path.join(framingDir, `${key}.json`);
      };
      const readEntry = <T>(entry: string | null): T | undefined => {
        if (entry === null) return undefined;
        try {
          const text = readText(entry);
          return text === undefined ? undefined : (JSON.parse(text) as T);
        } catch {
          return undefined;
        }
      };
      const storyEntry = (key: string): string => path.join(storiesDir, `${createHash('sha256').update(`${key}\0${lexiconsHash}`).digest('hex').slice(0, 32)}.json`);
      return {
        stories: {
          get(key) {
            const entry = storyEntry(key);
            const parts = readEntry<StoryParts>(entry);
            if (parts === undefined || !has(bodyEntry(entry)) || (parts.record.pairs.length > 0 && !has(pairsEntry(entry)))) return undefined;
            // Alignments, framing and versions are read only if the story's files are written again (see lazyAlignment).
            let alignments: Alignment[] | undefined;
            const load = (): Alignment[] => (alignments ??= JSON.parse(readText(pairsEntry(entry)) ?? 'null') as Alignment[]);
            let body: Record<string, unknown> | undefined;
            const loadBody = (): Record<string, unknown> => (body ??= JSON.parse(readText(bodyEntry(entry)) ?? 'null') as Record<string, unknown>);
            const pairs = parts.record.pairs.map((p, i) => ({ ...p, alignment: lazyAlignment(p.alignment.summary, () => load()[i]!) }));
            return { ...parts, record: lazyRecord({ ...parts.record, pairs }, loadBody) };
          },
          set(key, parts) {
            const entry = storyEntry(key);
            // The head keeps every key of the record in its order; the body fields' values are in the body entry.
            const head = Object.fromEntries(Object.entries(parts.record).map(([k, v]) => [k, bodyFields.has(k) ? null : v]));
            const body = Object.fromEntries(Object.entries(parts.record).filter(([k]) => bodyFields.has(k)));
            const light = { ...parts, record: { ...head, pairs: parts.record.pairs.map((p) => ({ ...p, alignment: { summary: p.alignment.summary } })) } };
            writeEntry(pairsEntry(entry), JSON.stringify(parts.record.pairs.map((p) => p.alignment)));
            writeEntry(bodyEntry(entry), JSON.stringify(body));
            writeEntry(entry, JSON.stringify(light));
          },
        },
        framing: {
          get: (c) => readEntry<ArticleFraming>(entryOf(c)),
          set(c, framing) {
            const entry = entryOf(c);
            if (entry !== null) writeEntry(entry, JSON.stringify(framing));
          },
        },
        digests: {
          get(doc) {
            const seed = seedKeys.get(doc);
            return seed === undefined ? undefined : readEntry<ArticleDigests>(path.join(digestsDir, `${seed}.json`));
          },
          set(doc, digests) {
            const seed = seedKeys.get(doc);
            if (seed !== undefined) writeEntry(path.join(digestsDir, `${seed}.json`), JSON.stringify(digests));
          },
        },
        features: {
          get(doc) {
            const seed = seedKeys.get(doc);
            if (seed === undefined) return undefined;
            try {
              const raw = readRaw(path.join(featuresDir, `${seed}.json`));
              if (raw === undefined) return undefined;
              return raw.keys === undefined ? (JSON.parse(raw.text) as ArticleFeatures) : unpackFeatures(raw.text, raw.keys);
            } catch {
              return undefined;
            }
          },
          set(doc, features) {
            const seed = seedKeys.get(doc);
            // A shared key table is the pack's, not the entry's.
            const { shared: _shared, ...own } = features;
            if (seed !== undefined) writeEntry(path.join(featuresDir, `${seed}.json`), JSON.stringify(own));
          },
        },
      };
    },
    lookup,
    store,
    close() {
      for (const close of opened.splice(0)) close();
    },
    pack() {
      const used = new Set([...read.keys(), ...made.keys()]);
      const elsewhere = [...used].filter((rel) => made.has(rel) || read.get(rel)?.main !== true).length;
      if (used.size === 0 || (hasMain && elsewhere === 0)) return;
      // The packs stay open until `close`: lazy story records may still read from them (their files may be replaced now).
      if (hasMain && elsewhere <= used.size * repackShare) {
        if (made.size === 0) return;
        writeFileAside(path.join(here, `run-${Date.now().toString(36).padStart(9, '0')}-${process.pid}.pack`), packParts(made));
        made.clear();
        return;
      }
      const texts = new Map<string, string | Buffer | PackedText>();
      for (const rel of [...used].sort()) {
        try {
          const own = made.get(rel);
          const source = read.get(rel);
          texts.set(rel, own ?? (source ? { text: source.text(), keys: source.keys } : readFileSync(path.join(here, rel), 'utf8')));
        } catch {
          // Gone (another build cleared the cache) or torn: left out.
        }
      }
      if (writeFileAside(mainPack, packParts(texts))) {
        // The run packs read at the start are in the pack now (another build may remove them too).
        for (const name of runPacks) rmSync(path.join(here, name), { force: true });
      }
      made.clear();
    },
    analyze(file, bytes, sidecar) {
      const key = cacheKey(file, bytes, sidecar);
      const hit = cached(key);
      if (hit !== undefined) return hit;
      const result = analyze(file, bytes, sidecar);
      return keep(key, serializeAnalyzed(result), result);
    },
  };
}

/** The cache folder the environment asks for: `PARALLAX_CACHE` (a folder, or `off`), else the default. */
export function cacheDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const value = env.PARALLAX_CACHE;
  if (value === 'off' || value === '0' || value === 'false') return null;
  return value !== undefined && value !== '' ? value : defaultCacheDir;
}
