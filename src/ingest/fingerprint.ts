import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
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
