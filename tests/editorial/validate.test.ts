import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/cli.ts';
import { formatEditorialProblem, loadEditorialIndex, validateEditorialDir, validateEditorialSource } from '../../src/lib/editorial-validate.ts';
import type { EditorialIndex } from '../../src/lib/editorial-targets.ts';

/**
 * Editorial files that name something missing fail with the file, the line and the nearest valid
 * id, checked on the data set the seeds produce.
 */
const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-editorial-validate-'));
const generated = path.join(work, 'generated');
let index: EditorialIndex;

beforeAll(async () => {
  expect(await runIngest({ seeds: 'seeds', out: generated, log: () => {} })).toBe(0);
  index = loadEditorialIndex(generated);
}, 120_000);

const note = (frontmatter: string, body = 'A sentence from the editors.') => `---\n${frontmatter}\nauthor: "Test Editor"\ndate: 2024-12-23\n---\n\n${body}\n`;

describe('a note on something that does not exist', () => {
  it('names the file, the line of the target and the nearest quote id', () => {
    const { problems } = validateEditorialSource('notes/typo.mdx', note('title: "On the partial quote"\ntarget: "quote:q-3fc67df6"'), index);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'notes/typo.mdx', line: 3, suggestion: 'quote:q-3fc67df5' });
    expect(formatEditorialProblem(problems[0]!)).toMatch(/^notes\/typo\.mdx:3:\d+ {2}target quote "q-3fc67df6" does not exist.*did you mean "quote:q-3fc67df5"\?$/);
  });

  it('catches a missing article, paragraph anchor, speaker and story', () => {
    const cases: [string, string][] = [
      ['article:000_aa17f673e635cf29', 'article:000_aa17f673e635cf28'],
      ['paragraph:000_aa17f673e635cf28#p-40', 'paragraph:000_aa17f673e635cf28#p-4'],
      ['speaker:vladimir-puttin', 'speaker:vladimir-putin'],
      ['story:story-000_aa17f673e635cf2', 'story:story-000_aa17f673e635cf28'],
    ];
    for (const [target, suggestion] of cases) {
      const { problems } = validateEditorialSource('n.mdx', note(`target: "${target}"`), index);
      expect(problems.map((p) => p.suggestion), target).toEqual([suggestion]);
      expect(problems[0]?.line).toBe(2);
    }
  });

  it('checks ids inside the MDX body at the line of the component', () => {
    const body = 'First paragraph.\n\n<QuoteRef id="q-3fc67df5" />\n\nThen <QuoteRef id="q-0000beef" inline /> and\n\n<Compare group="variant-q-02f6b6e2" />\n\n<Term id="sent-troop">sent troops</Term>\n\n<Callout kind="warning">Careful.</Callout>';
    const { problems } = validateEditorialSource('guides/g.mdx', note('kind: guide\ntitle: "A guide"', body), index);
    expect(problems.map((p) => [p.line, p.suggestion])).toEqual([
      [12, problems[0]?.suggestion],
      [14, 'variant-q-02f6b6e1'],
      [16, 'sent-troops'],
      [18, 'caution'],
    ]);
    expect(problems[0]?.message).toContain('quote "q-0000beef" does not exist');
    expect(problems[0]?.suggestion).toMatch(/^q-[0-9a-f]{8}$/);
  });

  it('reports broken MDX with its line', () => {
    const { problems } = validateEditorialSource('notes/broken.mdx', note('target: "story:story-000_aa17f673e635cf28"', 'Fine line.\n\nA <b>tag that never closes {oops.'), index);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^MDX syntax:/);
    expect(problems[0]?.line).toBe(9);
  });

  it('reports frontmatter fields at their line', () => {
    const { problems } = validateEditorialSource('notes/f.mdx', '---\ntarget: "story:story-000_aa17f673e635cf28"\nauthor: "A"\ndate: "not a date"\n---\n\nText.\n', index);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4 });
    expect(problems[0]?.message).toContain('"date"');
    const noTarget = validateEditorialSource('notes/t.mdx', note('title: "Lost"'), index).problems;
    expect(noTarget[0]?.message).toContain('a note needs a target');
  });

  it('accepts the notes and the guide that ship with the project', () => {
    const { problems, files } = validateEditorialDir('content/editorial', index);
    expect(problems.map(formatEditorialProblem)).toEqual([]);
    expect(files.map((f) => f.data.kind).sort()).toContain('guide');
  });
});

describe('npm run build with a bad note', () => {
  it('fails and prints the file, the line and the suggestion', () => {
    const editorial = path.join(work, 'editorial');
    mkdirSync(path.join(editorial, 'notes'), { recursive: true });
    cpSync('content/editorial', editorial, { recursive: true });
    writeFileSync(path.join(editorial, 'notes', 'vanished-quote.mdx'), note('target: "quote:q-3fc67df6"'));
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      env: { ...process.env, PARALLAX_EDITORIAL: editorial, PARALLAX_GENERATED: path.join(work, 'generated-build') },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toMatch(/notes\/vanished-quote\.mdx:2:\d+ {2}target quote "q-3fc67df6" does not exist/);
    expect(output).toContain('did you mean "quote:q-3fc67df5"?');
  }, 150_000);
});
