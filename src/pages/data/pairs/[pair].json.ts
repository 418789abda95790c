import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { siteData } from '../../../lib/data.ts';
import { pairDataPath } from '../../../lib/pairs.ts';

/** Every pair's sentence alignment, served as the generator wrote it (`/data/pairs/<a>--<b>.json`). */
export function getStaticPaths() {
  return siteData().stories.flatMap((story) => story.pairs.map((p) => ({ params: { pair: `${p.a}--${p.b}` }, props: { a: p.a, b: p.b } })));
}

export const GET: APIRoute = ({ props }) => {
  const { a, b } = props as { a: string; b: string };
  return new Response(readFileSync(pairDataPath(a, b), 'utf8'), { headers: { 'Content-Type': 'application/json' } });
};
