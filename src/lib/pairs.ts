import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pairFile } from '../pipeline/ids.ts';
import { readPair, type PairAlignment } from './framing.ts';

/** Path of a pair's alignment file in the generated data set. */
export function pairDataPath(a: string, b: string): string {
  return path.resolve(process.env.PARALLAX_GENERATED ?? 'content/generated', 'data', pairFile(a, b));
}

/**
 * A pair with its full sentence alignment. stories.json holds only each pair's summary; the
 * alignment is a file of its own, read by the one page that shows it.
 */
export function loadPair(pair: PairAlignment): PairAlignment {
  const file = pairDataPath(pair.a, pair.b);
  if (!existsSync(file)) return pair;
  return readPair({ a: pair.a, b: pair.b, url: pair.url, alignment: JSON.parse(readFileSync(file, 'utf8')) as unknown }) ?? pair;
}
