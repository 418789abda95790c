/**
 * The open data set under `/data/`: the generator's files, published as written. They are linked
 * (or copied) into the built site when the build is done (and served from the generated folder by the dev
 * server), not rendered as routes: at 10,000 articles that is 13,000 alignment files and two
 * files of 200 MB that a route would hold in memory two or three times over.
 */
import { copyFileSync, createReadStream, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The data set's files (see src/schemas/dataset.ts), and the folder of pair alignments. */
export const openDataFiles = ['articles.json', 'quotes.json', 'speakers.json', 'stories.json', 'quotes.csv'] as const;
const pairsFolder = 'pairs';

/** Content type of a data file. */
export function dataType(name: string): string {
  return name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
}

/**
 * The file in `dataDir` a `/data/…` path names, or null: only the data set's files and
 * `pairs/<a>--<b>.json`, never a path outside the folder.
 */
export function dataFileFor(dataDir: string, urlPath: string): string | null {
  const rel = decodeURIComponent(urlPath.replace(/^\/?data\//, '').split('?')[0] ?? '');
  if ((openDataFiles as readonly string[]).includes(rel)) return path.join(dataDir, rel);
  const pair = /^pairs\/([A-Za-z0-9_-]+--[A-Za-z0-9_-]+\.json)$/.exec(rel);
  return pair === null ? null : path.join(dataDir, pairsFolder, pair[1]!);
}

/**
 * Puts a generated file into the site: a hard link when both are on one file system (the ingest
 * never changes a file it wrote, it writes a new folder), else a copy. A file already there is
 * removed first, so writing never goes through a link into the generated data.
 */
function publishFile(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Puts the data set's files and the pair alignments from `dataDir` into `<dist>/data/`; returns how many. */
export function publishOpenData(dataDir: string, dist: string): number {
  const out = path.join(dist, 'data');
  mkdirSync(path.join(out, pairsFolder), { recursive: true });
  let copied = 0;
  for (const name of openDataFiles) {
    if (!existsSync(path.join(dataDir, name))) continue;
    publishFile(path.join(dataDir, name), path.join(out, name));
    copied++;
  }
  const pairs = path.join(dataDir, pairsFolder);
  for (const name of existsSync(pairs) ? readdirSync(pairs) : []) {
    if (!name.endsWith('.json')) continue;
    publishFile(path.join(pairs, name), path.join(out, pairsFolder, name));
    copied++;
  }
  return copied;
}

/** The Astro integration: `generated` defaults to `PARALLAX_GENERATED` or `content/generated`. */
export default function openData(options: { generated?: string } = {}): AstroIntegration {
  const dataDir = (): string => path.resolve(options.generated ?? process.env.PARALLAX_GENERATED ?? 'content/generated', 'data');
  return {
    name: 'parallax-open-data',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const file = req.url?.startsWith('/data/') === true ? dataFileFor(dataDir(), req.url) : null;
          if (file === null || !existsSync(file)) {
            next();
            return;
          }
          res.setHeader('Content-Type', dataType(file));
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const copied = publishOpenData(dataDir(), fileURLToPath(dir));
        logger.info(`${copied} open data files linked (or copied) to /data/`);
      },
    },
  };
}
