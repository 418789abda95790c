/**
 * `npm run new:guide -- <story-id> [--slug <slug>] [--author <name>] [--force]`: scaffolds a
 * teaching guide for a story into content/editorial/guides/<slug>.mdx from the generated data set
 * (run `npm run ingest` or `npm run build` first). Never overwrites an existing file without --force.
 *
 * Exit codes: 0 written; 1 no such story or no data set; 2 the file exists; 64 bad arguments.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { scaffoldGuide } from '../src/lib/editorial-guide.ts';
import { nearest } from '../src/lib/editorial-targets.ts';
import { editorialDir, generatedDir } from '../src/lib/editorial-validate.ts';
import type { ArticleRecord, QuoteRecord, SpeakerRecord, StoryRecord } from '../src/schemas/dataset.ts';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      author: { type: 'string', default: 'Parallax editors' },
      date: { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  console.error(`new:guide: ${(error as Error).message}`);
  process.exit(64);
}
const { values, positionals } = parsed;
if (values.help || positionals.length !== 1) {
  console.log('Usage: npm run new:guide -- <story-id> [--slug <slug>] [--author <name>] [--force]');
  process.exit(values.help ? 0 : 64);
}
const storyId = positionals[0] ?? '';
const data = path.join(generatedDir(), 'data');
if (!existsSync(path.join(data, 'stories.json'))) {
  console.error(`new:guide: no data set in ${data}; run \`npm run ingest\` first`);
  process.exit(1);
}
const read = <T>(name: string): T => JSON.parse(readFileSync(path.join(data, name), 'utf8')) as T;
const stories = read<StoryRecord[]>('stories.json');
const story = stories.find((s) => s.id === storyId);
if (story === undefined) {
  const suggestion = nearest(storyId, stories.map((s) => s.id));
  console.error(`new:guide: story "${storyId}" does not exist${suggestion === undefined ? '' : ` — did you mean "${suggestion}"?`}`);
  process.exit(1);
}
if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.slug)) {
  console.error('new:guide: --slug must be lowercase letters, digits and hyphens');
  process.exit(64);
}
const { slug, mdx, questions } = scaffoldGuide(
  { story, articles: read<ArticleRecord[]>('articles.json'), quotes: read<QuoteRecord[]>('quotes.json'), speakers: read<SpeakerRecord[]>('speakers.json') },
  { author: values.author, date: values.date ?? new Date().toISOString().slice(0, 10), ...(values.slug === undefined ? {} : { slug: values.slug }) },
);
const file = path.join(editorialDir(), 'guides', `${slug}.mdx`);
if (existsSync(file) && !values.force) {
  console.error(`new:guide: ${file} already exists; edit it, choose another --slug, or pass --force to overwrite it`);
  process.exit(2);
}
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, mdx);
console.log(`new:guide: wrote ${file} (${questions.length + 1} questions) → /guides/${slug}/ and /guides/${slug}/worksheet/`);
