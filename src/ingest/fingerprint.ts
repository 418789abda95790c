import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Every file below `entry` (or `entry` itself), sorted, so the walk order never changes the hash. */
function filesOf(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(entry, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/**
 * A hash of everything a site build reads: the generated collections, editors' files, the site's
 * code and configuration, and the environment variables the build honours. Equal fingerprints
 * mean the same `dist/`.
 */
export function buildFingerprint(inputs: readonly string[], env: Readonly<Record<string, string | undefined>>): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of filesOf(input)) {
      hash.update(`${file}\u0000`);
      hash.update(readFileSync(file));
      hash.update('\u0000');
    }
  }
  for (const [name, value] of Object.entries(env).sort(([a], [b]) => a.localeCompare(b))) hash.update(`${name}=${value ?? ''}\u0000`);
  return hash.digest('hex');
}

/** Where a successful build records the fingerprint it was built from. */
const stampName = '.parallax-build.json';

/** Everything `astro build` reads for this site, given where the collections and editors' files are. */
export function siteFingerprint(options: { root: string; generated: string; editorial: string }): string {
  const { root } = options;
  const inputs = [options.generated, options.editorial, ...['content/lexicons', 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'].map((p) => path.join(root, p))];
  return buildFingerprint(inputs, { PARALLAX_SITE: process.env.PARALLAX_SITE, PARALLAX_GENERATED: options.generated, PARALLAX_EDITORIAL: options.editorial });
}

/** True when `dist` was built, with its search index, from exactly this fingerprint. */
export function isUpToDate(dist: string, fingerprint: string): boolean {
  const stamp = path.join(dist, stampName);
  if (!existsSync(stamp) || !existsSync(path.join(dist, 'pagefind'))) return false;
  try {
    return (JSON.parse(readFileSync(stamp, 'utf8')) as { fingerprint?: unknown }).fingerprint === fingerprint;
  } catch {
    return false;
  }
}

/** Records that `dist` is now built from `fingerprint`. */
export function markBuilt(dist: string, fingerprint: string): void {
  writeFileSync(path.join(dist, stampName), `${JSON.stringify({ fingerprint }, null, 2)}\n`);
}
