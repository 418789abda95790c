import type { StoryGroup } from './stories.ts';

/** Stories up to this size get every pair of articles compared; larger ones get a linear number. */
const FULL_PAIRS_UP_TO = 8;

/**
 * Which pairs of a story's articles get a side-by-side comparison. Every pair while the story is
 * small; beyond that each article with its most similar neighbours and with the story's first
 * article, so the cost stays linear in the story's size rather than quadratic.
 */
export function comparedPairs(story: StoryGroup): [string, string][] {
  const ids = story.articles;
  const pairs = new Map<string, [string, string]>();
  const add = (x: string, y: string) => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    pairs.set(`${a}\u0000${b}`, [a, b]);
  };
  if (ids.length <= FULL_PAIRS_UP_TO) {
    for (let i = 0; i < ids.length; i += 1) for (let j = i + 1; j < ids.length; j += 1) add(ids[i] ?? '', ids[j] ?? '');
  } else {
    const first = ids[0] ?? '';
    for (const id of ids) add(first, id);
    const strongest = [...story.links].sort((x, y) => y.score - x.score);
    const degree = new Map<string, number>();
    for (const link of strongest) {
      if ((degree.get(link.a) ?? 0) >= 2 && (degree.get(link.b) ?? 0) >= 2) continue;
      add(link.a, link.b);
      degree.set(link.a, (degree.get(link.a) ?? 0) + 1);
      degree.set(link.b, (degree.get(link.b) ?? 0) + 1);
    }
  }
  return [...pairs.values()].sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}
