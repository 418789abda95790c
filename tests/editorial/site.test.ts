import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../hardening/site-build.ts';
import { runIngest } from '../../src/ingest/cli.ts';

/**
 * Builds the site from the seeds with a temp editorial folder holding a note on each kind of
 * target, an essay and the guide `npm run new:guide` scaffolds for the seed story, then reads the HTML.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-editorial-site-'));
const generated = path.join(work, 'generated');
const editorial = path.join(work, 'editorial');
let dist = '';
const story = 'story-000_aa17f673e635cf28';
const a000 = '000_aa17f673e635cf28';

const note = (slug: string, target: string, body: string) =>
  writeFileSync(path.join(editorial, 'notes', `${slug}.mdx`), `---\ntarget: "${target}"\nauthor: "Ines Walter, desk editor"\ndate: 2024-12-24\n---\n\n${body}\n`);

let scaffold = { status: 1 as number | null, output: '' };

beforeAll(async () => {
  mkdirSync(path.join(editorial, 'notes'), { recursive: true });
  expect(await runIngest({ seeds: 'seeds', out: generated, log: () => {} })).toBe(0);
  note('on-article', `article:${a000}`, 'MARKER-ARTICLE: the article never names its outlet.');
  note('on-paragraph', `paragraph:${a000}#p-4`, 'MARKER-PARAGRAPH: “sent troops” is the outlet’s own phrase.');
  note('on-quote', 'quote:q-3fc67df5', 'MARKER-QUOTE: a partial quote. Compare <QuoteRef id="q-3311a2f7" inline />.');
  note('on-speaker', 'speaker:john-kirby', 'MARKER-SPEAKER: White House national security spokesman.');
  note('on-story', `story:${story}`, 'MARKER-STORY: three outlets, one press appearance.\n\n<Compare group="variant-q-02f6b6e1" />');
  mkdirSync(path.join(editorial, 'essays'), { recursive: true });
  writeFileSync(path.join(editorial, 'essays', 'reading-partial-quotes.mdx'),
    '---\nkind: essay\ntitle: "Reading partial quotes"\nauthor: "Ines Walter"\ndate: 2024-12-20\n---\n\nMARKER-ESSAY <Callout kind="tip">Check the words outside the marks.</Callout>\n');
  const result = spawnSync(process.execPath, ['scripts/new-guide.ts', story, '--slug', 'seed-story', '--date', '2024-12-23'], {
    env: { ...process.env, PARALLAX_EDITORIAL: editorial, PARALLAX_GENERATED: generated }, encoding: 'utf8',
  });
  scaffold = { status: result.status, output: `${result.stdout}${result.stderr}` };
  // A project copy and process of its own: other test files build at the same time.
  ({ dist } = await buildSite({ seeds: 'seeds', work, name: 'site', editorial }));
}, 300_000);

const html = (page: string): string => readFileSync(path.join(dist, page, 'index.html'), 'utf8');
/** The editors' note holding a marker, as HTML. */
function noteWith(page: string, marker: string): string {
  const s = html(page);
  const at = s.indexOf(marker);
  expect(at, `${marker} on ${page}`).toBeGreaterThan(-1);
  const start = s.lastIndexOf('<aside class="ed-note"', at);
  return s.slice(start, s.indexOf('</aside>', at) + 8);
}

describe('notes render where they belong, marked as the editors’ words', () => {
  it('article note on the article page, with author and date', () => {
    const n = noteWith(`articles/${a000}`, 'MARKER-ARTICLE');
    expect(n).toMatch(/Editors(&#39;|')\s?note/);
    expect(n).toContain('Ines Walter, desk editor');
    expect(n).toContain('datetime="2024-12-24"');
  });

  it('paragraph note right after its paragraph, before the next', () => {
    const s = html(`articles/${a000}`);
    const at = s.indexOf('MARKER-PARAGRAPH');
    expect(at).toBeGreaterThan(s.indexOf('id="p-4"'));
    expect(at).toBeLessThan(s.indexOf('id="p-5"'));
    expect(noteWith(`articles/${a000}`, 'MARKER-PARAGRAPH')).toContain('href="#p-4"');
  });

  it('quote note after the paragraph holding the quote, with the QuoteRef rendered', () => {
    const s = html(`articles/${a000}`);
    const at = s.indexOf('MARKER-QUOTE');
    expect(at).toBeGreaterThan(s.indexOf('id="q-3fc67df5"'));
    expect(at).toBeLessThan(s.indexOf('id="p-6"'));
    const n = noteWith(`articles/${a000}`, 'MARKER-QUOTE');
    expect(n).toContain('href="/articles/002_e419aea86dcde8f5/#q-3311a2f7"');
    expect(n).toContain('All conflicts one way or another end in negotiations');
  });

  it('speaker and story notes on their pages; Compare shows the versions', () => {
    expect(noteWith('speakers/john-kirby', 'MARKER-SPEAKER')).toContain('Ines Walter');
    const n = noteWith(`stories/${story}`, 'MARKER-STORY');
    expect(n).toContain('ed-compare');
    expect(n).toContain('We are striving for this');
    expect(n).toContain('<del>war</del>');
    expect(html(`stories/${story}`)).toContain('href="/guides/seed-story/"');
  });

  it('notes appear nowhere else', () => {
    expect(html('articles/001_55dd73c77a4fa553')).not.toMatch(/MARKER-(ARTICLE|PARAGRAPH|QUOTE)/);
    expect(html('speakers/vladimir-putin')).not.toContain('MARKER-SPEAKER');
  });
});

describe('standalone pages', () => {
  it('essay at /notes/<slug>/ and both listed on the home page', () => {
    expect(html('notes/reading-partial-quotes')).toContain('MARKER-ESSAY');
    expect(html('notes/reading-partial-quotes')).toContain('ed-callout-tip');
    const home = html('');
    expect(home).toContain('href="/notes/reading-partial-quotes/"');
    expect(home).toContain('href="/guides/seed-story/"');
  });
});

describe('the scaffolded guide for the seed story', () => {
  it('was written by npm run new:guide', () => {
    expect(scaffold.status, scaffold.output).toBe(0);
    expect(existsSync(path.join(editorial, 'guides', 'seed-story.mdx'))).toBe(true);
  });

  it('refuses to overwrite it without --force', () => {
    const file = path.join(editorial, 'guides', 'seed-story.mdx');
    const before = readFileSync(file);
    const again = spawnSync(process.execPath, ['scripts/new-guide.ts', story, '--slug', 'seed-story'], {
      env: { ...process.env, PARALLAX_EDITORIAL: editorial, PARALLAX_GENERATED: generated }, encoding: 'utf8',
    });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('builds, and every question links to a sentence that exists', () => {
    const page = html('guides/seed-story');
    const questions = [...page.matchAll(/<section class="ed-question">([\s\S]*?)<\/section>/g)].map((m) => m[1] ?? '');
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(page).toContain('sent troops');
    expect(page).toContain('invaded');
    let links = 0;
    for (const q of questions.slice(0, -1)) {
      const hrefs = [...q.matchAll(/href="(\/articles\/[^"#]+\/)#([^"]+)"/g)];
      expect(hrefs.length, q.slice(0, 200)).toBeGreaterThan(0);
      for (const [, articleUrl, anchor] of hrefs) {
        links += 1;
        expect(html(articleUrl!.slice(1, -1)), `${articleUrl}#${anchor}`).toContain(`id="${anchor}"`);
      }
    }
    expect(links).toBeGreaterThan(10);
  });

  it('has a printable worksheet with space to write', () => {
    const sheet = html('guides/seed-story/worksheet');
    expect(sheet).toContain('class="worksheet');
    expect((sheet.match(/class="ed-answer"/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(sheet).toContain('https://');
    const css = allCss('guides/seed-story/worksheet');
    expect(css).toMatch(/@media print/);
    expect(css).toMatch(/\.worksheet \.ed-answer\s*\{\s*display:\s*block/);
  });
});

/** Every stylesheet of the built site, linked or inlined. */
function allCss(page: string): string {
  const dir = path.join(dist, '_astro');
  const linked = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(path.join(dir, f), 'utf8')) : [];
  const inline = [...html(page).matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
  return [...linked, ...inline].join('\n');
}
