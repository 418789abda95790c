/**
 * The cross-article speaker registry: one speaker per person (spelling variants merged), one per
 * organisation, and unnamed roles kept per article. Ids are slugs of the canonical name.
 */
import type { LocalSpeaker, SpeakerType } from './types.ts';
import { editDistance, NAME_PARTICLES, slugify, translitKey } from './names.ts';
import { orgKey } from './mentions.ts';

/** Editor data (content/editorial/speakers.json): extra aliases and wrong merges to undo. */
export interface SpeakerAliases {
  /** Canonical name → other spellings of the same speaker. The canonical name fixes the id. */
  aliases?: Record<string, string[]>;
  /** Each inner list names speakers that must never be merged with one another. */
  split?: string[][];
}

export interface RegistrySpeaker {
  id: string;
  name: string;
  type: SpeakerType;
  aliases: string[];
  descriptors: string[];
}

export interface Registry {
  speakers: RegistrySpeaker[];
  idOf(articleId: string, localIndex: number): string | null;
}

interface Entry {
  article: string;
  local: number;
  speaker: LocalSpeaker;
  /** Normalised key of the display name. */
  key: string;
  first: string;
  surname: string;
}

interface Cluster {
  type: SpeakerType;
  entries: Entry[];
  /** Pinned canonical name from the editorial aliases. */
  pinned: string | null;
  first: string;
  surname: string;
  key: string;
}

/** Name tokens without particles, possessives or trailing initials. */
function nameParts(name: string): { first: string; surname: string } {
  const all = name.split(/\s+/).filter((t) => t && !NAME_PARTICLES.has(t.toLowerCase()));
  // "Jr." and "III" tell a son from his father: they stay part of the surname key
  const suffix = all.filter((t) => /^(?:jr|sr|ii|iii|iv)\.?,?$/i.test(t)).map((t) => t.toLowerCase().replace(/[.,]/g, '')).join('');
  const toks = all.filter((t) => !/^(?:jr|sr|ii|iii|iv)\.?,?$/i.test(t));
  const surname = translitKey(toks[toks.length - 1] ?? '') + (suffix ? `+${suffix}` : '');
  const first = toks.length >= 2 ? translitKey(toks[0] ?? '') : '';
  return { first, surname };
}

const normName = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'.]/g, '').replace(/\s+/g, ' ').trim();

/** Largest surname edit distance tolerated for a key of this length (Johnson ≠ Johnston; spelling variants are already equal keys). */
const surnameTolerance = (n: number): number => (n <= 7 ? 0 : n <= 10 ? 1 : 2);

/** Surnames within the tolerance; lengths further apart than it cannot be (cheap test first: buckets hold thousands at scale). */
function closeSurnames(a: string, b: string): boolean {
  const tolerance = surnameTolerance(Math.min(a.length, b.length));
  if (Math.abs(a.length - b.length) > tolerance) return false;
  return tolerance === 0 ? a === b : editDistance(a, b) <= tolerance;
}

/** True when two first-name keys can belong to the same person: equal, an initial, or a close spelling. */
function firstNamesMatch(a: string, b: string): boolean {
  if (!a || !b || a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const n = Math.min(a.length, b.length);
  return n >= 5 && editDistance(a, b) <= 2;
}

/** Build the registry from every article's local speakers; the same input always gives the same ids. */
export function buildRegistry(articles: { id: string; speakers: LocalSpeaker[] }[], editorial: SpeakerAliases = {}): Registry {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const aliasOf = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(editorial.aliases ?? {})) {
    aliasOf.set(normName(canonical), canonical);
    for (const v of variants) aliasOf.set(normName(v), canonical);
  }
  const splitSets = (editorial.split ?? []).map((names) => new Set(names.map(normName)));
  const mustSplit = (a: Cluster, key: string): boolean =>
    splitSets.some((set) => set.has(key) && a.entries.some((e) => set.has(e.key) && e.key !== key));

  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const bySurnameInitial = new Map<string, Cluster[]>();
  const entries: Entry[] = [];
  for (const a of sorted) a.speakers.forEach((speaker, local) => entries.push({ article: a.id, local, speaker, key: normName(speaker.name), ...nameParts(speaker.name) }));
  const assignment = new Map<string, Cluster>();
  const add = (c: Cluster, e: Entry): void => {
    c.entries.push(e);
    assignment.set(`${e.article}\u0000${e.local}`, c);
  };
  const newCluster = (e: Entry, pinned: string | null): Cluster => {
    const c: Cluster = { type: e.speaker.type, entries: [], pinned, first: e.first, surname: e.surname, key: e.key };
    clusters.push(c);
    return c;
  };

  // people with a first name first, so that surnames alone can be linked afterwards
  const people = entries.filter((e) => e.speaker.type === 'person').sort((a, b) => Number(!a.first) - Number(!b.first));
  for (const e of people) {
    const pinned = aliasOf.get(e.key) ?? null;
    if (pinned) {
      const c = byKey.get(`pin:${normName(pinned)}`) ?? newCluster(e, pinned);
      byKey.set(`pin:${normName(pinned)}`, c);
      add(c, e);
      continue;
    }
    const bucket = bySurnameInitial.get(e.surname.slice(0, 1)) ?? [];
    const fits = bucket.filter((c) =>
      c.type === 'person' && closeSurnames(c.surname, e.surname) &&
      (e.first ? firstNamesMatch(c.first, e.first) && !!c.first : true) && !mustSplit(c, e.key),
    );
    // a surname alone joins only when exactly one person in the corpus fits
    const target = e.first ? fits[0] : fits.filter((c) => c.first).length === 1 ? fits.find((c) => c.first) : fits.length === 1 ? fits[0] : undefined;
    if (target) add(target, e);
    else {
      const c = newCluster(e, null);
      add(c, e);
      bucket.push(c);
      bySurnameInitial.set(e.surname.slice(0, 1), bucket);
    }
  }
  for (const e of entries) {
    if (e.speaker.type === 'organisation') {
      const pinned = aliasOf.get(e.key) ?? null;
      const k = `org:${pinned ? normName(pinned) : orgKey(e.speaker.name)}`;
      const c = byKey.get(k) ?? newCluster(e, pinned);
      byKey.set(k, c);
      add(c, e);
    } else if (e.speaker.type === 'role') {
      // an unnamed role in one article is not known to be the same person as in another
      add(newCluster(e, null), e);
    }
  }

  const speakers: RegistrySpeaker[] = [];
  const ids = new Map<Cluster, string>();
  const used = new Set<string>();
  const ordered = clusters.filter((c) => c.entries.length > 0);
  for (const c of ordered) {
    const name = c.pinned ?? canonicalName(c);
    const base = c.type === 'role' ? `${slugify(name).split('-').slice(0, 8).join('-')}--${slugify(c.entries[0]?.article ?? '')}` : slugify(name) || 'speaker';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(c, id);
    const names = [...new Set(c.entries.map((e) => e.speaker.name))];
    const extra = c.pinned ? (editorial.aliases?.[c.pinned] ?? []) : [];
    const aliases = [...new Set([...names, ...extra])].filter((n) => n !== name).sort();
    const descCount = new Map<string, number>();
    for (const e of c.entries) for (const d of e.speaker.descriptors) descCount.set(d, (descCount.get(d) ?? 0) + 1);
    const descriptors = [...descCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
    speakers.push({ id, name, type: c.type, aliases, descriptors });
  }
  return {
    speakers,
    idOf(articleId: string, localIndex: number): string | null {
      const c = assignment.get(`${articleId}\u0000${localIndex}`);
      return c ? (ids.get(c) ?? null) : null;
    },
  };
}

/**
 * The canonical name of a cluster: the spelling used by the most articles among the fullest names
 * (first name and surname); ties go to the longer name, then to the alphabetically first.
 */
export function canonicalName(c: { entries: { article: string; speaker: LocalSpeaker; first: string }[] }): string {
  const full = c.entries.filter((e) => e.first);
  const pool = full.length > 0 ? full : c.entries;
  const articlesBy = new Map<string, Set<string>>();
  for (const e of pool) {
    const n = e.speaker.type === 'organisation' ? e.speaker.name.replace(/^The\s/, 'the ') : e.speaker.name;
    articlesBy.set(n, (articlesBy.get(n) ?? new Set()).add(e.article));
  }
  return [...articlesBy.entries()].sort((a, b) => b[1].size - a[1].size || b[0].split(/\s+/).length - a[0].split(/\s+/).length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] ?? '';
}
