/**
 * `npm run audit`: Lighthouse on the home page, an article, a speaker and a story, served from
 * dist/ by `astro preview`, in Debian's Chromium (CHROME_PATH, default /usr/bin/chromium; nothing is
 * downloaded). Prints the four category scores per page and writes them to the README "Audit"
 * section. `--no-readme` leaves the README alone; `--strict` exits 1 when a score is under 0.95.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';

const TARGET = 0.95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const args = new Set(process.argv.slice(2));

interface Row { page: string; path: string; scores: Record<string, number | null>; form: string }

/** The pages to audit, from the data set the site was built from. */
function pagesToAudit(): [name: string, path: string][] {
  const data = (name: string) => JSON.parse(readFileSync(`dist/data/${name}`, 'utf8')) as { url: string; articles?: string[]; quotes?: unknown[] }[];
  const speakers = data('speakers.json').sort((x, y) => (y.quotes?.length ?? 0) - (x.quotes?.length ?? 0));
  const stories = data('stories.json').sort((x, y) => (y.articles?.length ?? 0) - (x.articles?.length ?? 0));
  return [
    ['home', '/'],
    ['article', data('articles.json')[0]?.url ?? '/articles/'],
    ['speaker', speakers[0]?.url ?? '/speakers/'],
    ['story', stories[0]?.url ?? '/stories/'],
  ];
}

/** Markdown table of the scores, one row per page and form factor. */
export function scoreTable(rows: Row[]): string {
  const head = `| page | form factor | ${CATEGORIES.join(' | ')} |\n| --- | --- | ${CATEGORIES.map(() => '---').join(' | ')} |`;
  const body = rows.map((r) => `| ${r.page} (\`${r.path}\`) | ${r.form} | ${CATEGORIES.map((c) => r.scores[c]?.toFixed(2) ?? 'n/a').join(' | ')} |`);
  return [head, ...body].join('\n');
}

/** Replaces the text between the audit markers of the README. */
export function withAudit(readme: string, table: string, date: string): string {
  const start = '<!-- audit:start -->';
  const end = '<!-- audit:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) return readme;
  return `${readme.slice(0, i + start.length)}\nLast run ${date} (Lighthouse, Chromium headless, local \`astro preview\`):\n\n${table}\n${readme.slice(j)}`;
}

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const port = 4900 + Math.floor(Math.random() * 90);
const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port }, logLevel: 'warn' });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const rows: Row[] = [];
try {
  for (const [page, path] of pagesToAudit()) {
    for (const form of ['mobile', 'desktop'] as const) {
      const result = await lighthouse(`http://127.0.0.1:${server.port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        form === 'desktop' ? desktopConfig : undefined);
      const lhr = result?.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr?.categories[c]?.score ?? null]));
      rows.push({ page, path, scores, form });
      const low = lhr ? Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id) : [];
      console.log(`${page.padEnd(8)} ${form.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${scores[c]?.toFixed(2) ?? 'n/a'}`).join('  ')}${low.length > 0 ? `  (below 0.9: ${low.join(', ')})` : ''}`);
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
const table = scoreTable(rows);
if (!args.has('--no-readme')) {
  writeFileSync('README.md', withAudit(readFileSync('README.md', 'utf8'), table, new Date().toISOString().slice(0, 10)));
  console.log('README.md: Audit section updated');
}
const failing = rows.filter((r) => CATEGORIES.some((c) => (r.scores[c] ?? 0) < TARGET));
if (failing.length > 0) console.log(`under ${TARGET}: ${failing.map((r) => `${r.page}/${r.form}`).join(', ')}`);
if (args.has('--strict') && failing.length > 0) process.exit(1);
