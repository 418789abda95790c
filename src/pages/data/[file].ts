import type { APIRoute } from 'astro';
import { dataFile } from '../../lib/data.ts';

/** The open data set, served as the generator wrote it. */
const files = ['articles.json', 'quotes.json', 'speakers.json', 'stories.json', 'quotes.csv'] as const;

export function getStaticPaths() {
  return files.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = String(params.file);
  const type = file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
  return new Response(dataFile(file), { headers: { 'Content-Type': type } });
};
