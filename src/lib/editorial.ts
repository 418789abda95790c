import { getCollection, type CollectionEntry } from 'astro:content';
import { editorialSlug, editorialUrl, noteAnchor } from './editorial-paths.ts';
import { currentStory, parseTarget } from './editorial-targets.ts';
import { siteData } from './data.ts';
import { editorialDir, listEditorialFiles } from './editorial-validate.ts';

/** One editors' file as pages use it. */
export type EditorialEntry = CollectionEntry<'editorial'>;

let built: Promise<EditorialEntry[]> | undefined;

/** Published editorial entries (drafts are left out of builds), sorted by date then slug. */
export function editorialEntries(): Promise<EditorialEntry[]> {
  // Every page asks, many times (a Notes per paragraph and quote): a build reads the folder once;
  // the dev server asks again, as editors add and change files.
  if (import.meta.env.DEV) return loadEntries();
  built ??= loadEntries();
  return built;
}

async function loadEntries(): Promise<EditorialEntry[]> {
  // Astro warns on every query of an empty collection: with no editorial files, don't ask.
  if (listEditorialFiles(editorialDir()).length === 0) return [];
  const entries = await getCollection('editorial', (e) => !e.data.draft || import.meta.env.DEV);
  return entries.sort((a, b) => a.data.date.getTime() - b.data.date.getTime() || slugOf(a).localeCompare(slugOf(b)));
}

/** The entry's slug: its `slug` field or its file name. */
export function slugOf(entry: EditorialEntry): string {
  return editorialSlug(entry.filePath ?? entry.id, entry.data.slug);
}

const storyMaps = new WeakMap<object, Map<string, string[]>>();

/** A target as it stands now: a retired story id becomes the story that holds its article. */
export function currentTarget(target: string | undefined): string | undefined {
  if (target === undefined || !target.startsWith('story:')) return target;
  const data = siteData();
  let stories = storyMaps.get(data.stories);
  if (stories === undefined) storyMaps.set(data.stories, (stories = new Map(data.stories.map((s) => [s.id, s.articles]))));
  const id = currentStory(target.slice('story:'.length), stories);
  return id === null ? target : `story:${id}`;
}

const noteIndexes = new WeakMap<EditorialEntry[], Map<string, EditorialEntry[]>>();

/** Notes by their current target, in entry order: built once per set of entries, not per lookup. */
function notesByTarget(entries: EditorialEntry[]): Map<string, EditorialEntry[]> {
  let index = noteIndexes.get(entries);
  if (index !== undefined) return index;
  index = new Map();
  for (const e of entries) {
    if (e.data.kind !== 'note') continue;
    const target = currentTarget(e.data.target);
    if (target === undefined) continue;
    index.set(target, [...(index.get(target) ?? []), e]);
  }
  noteIndexes.set(entries, index);
  return index;
}

/** Notes attached to exactly this target (`quote:q-…`, `paragraph:<id>#p-3`, …). */
export async function notesFor(target: string): Promise<EditorialEntry[]> {
  return [...(notesByTarget(await editorialEntries()).get(target) ?? [])];
}

/** Those of `targets` that have notes, in order: pages place a `<Notes>` only where there is something to show. */
export async function targetsWithNotes(targets: string[]): Promise<string[]> {
  const index = notesByTarget(await editorialEntries());
  return targets.filter((target) => index.has(target));
}

/** Guides and essays, optionally only those about one target. */
export async function standalonePages(filter: { kind?: 'guide' | 'essay'; target?: string } = {}): Promise<EditorialEntry[]> {
  return (await editorialEntries()).filter(
    (e) => e.data.kind !== 'note' && (filter.kind === undefined || e.data.kind === filter.kind) && (filter.target === undefined || currentTarget(e.data.target) === filter.target),
  );
}

/** Permanent URL of a guide or essay; for a note, its anchor on the page it annotates. */
export function entryUrl(entry: EditorialEntry, targetUrl: (target: string) => string): string {
  if (entry.data.kind !== 'note') return editorialUrl(entry.data.kind, slugOf(entry));
  const base = targetUrl(entry.data.target ?? '').replace(/#.*$/, '');
  return `${base}#${noteAnchor(slugOf(entry))}`;
}

/** Human date for bylines ("23 December 2024"), independent of the build machine's locale and zone. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
