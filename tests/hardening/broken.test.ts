import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/cli.ts';
import { binaryKind } from '../../src/ingest/run.ts';
import { uniqueArticleIds } from '../../src/pipeline/dataset.ts';
import { analyzeArticle } from '../../src/pipeline/analyze.ts';
import { pngBytes, writeBrokenCorpus, type Expectation } from './broken-corpus.ts';
import { checkBrokenRun, readReport } from './broken-check.ts';

const work = mkdtempSync(path.join(os.tmpdir(), 'parallax-broken-'));
const seeds = path.join(work, 'seeds');
const out = path.join(work, 'out');
const log: string[] = [];
let expected: Expectation[] = [];
let code: number;

beforeAll(async () => {
  expected = writeBrokenCorpus(seeds, { full: false });
  code = await runIngest({ seeds, out, log: (line) => log.push(line) });
});

describe('an ingest over broken files', () => {
  it('builds the rest of the corpus and exits 0', () => {
    expect(code).toBe(0);
    expect(log.find((l) => l.startsWith('ingest: ') && l.includes('articles'))).toMatch(/^ingest: 12 articles, /);
  });

  it('names every bad file with a plain reason, on the console and in build-report.json', () => {
    checkBrokenRun(out, seeds, expected, log);
  });

  it('counts two seeds with the same text once', () => {
    const problem = readReport(out).problems.find((p) => p.code === 'duplicate-seed');
    expect(problem).toMatchObject({ file: 'copy-b.txt', message: expect.stringContaining('copy-a.txt') });
  });

  it('keeps both files whose names fold to the same id, the URL-safe name keeping its id', () => {
    const articles = JSON.parse(readFileSync(path.join(out, 'data', 'articles.json'), 'utf8')) as { id: string; seed: string }[];
    const idOf = (seed: string) => articles.find((a) => a.seed === seed)?.id;
    expect(idOf('cafe-report.txt')).toBe('cafe-report');
    expect(idOf('Café Report.txt')).toMatch(/^cafe-report-[0-9a-f]{6}$/);
    expect(idOf('Mayor Answers Critics.txt')).toBe('mayor-answers-critics');
    expect(idOf('Ünïcode Straße Report.txt')).toMatch(/^unicode-stra-?e-report$/);
  });

  it('reads Windows-1252, UTF-16 and old line ends as the same letters', () => {
    const paragraphs = (seed: string) =>
      (JSON.parse(readFileSync(path.join(out, 'data', 'articles.json'), 'utf8')) as { seed: string; paragraphs: string[] }[]).find((a) => a.seed === seed)?.paragraphs.join('\n') ?? '';
    expect(paragraphs('harbour-strike-1252.txt')).toContain('“We have asked for the same rate');
    expect(paragraphs('harbour-strike-1252.txt')).toContain('café quarter reported fewer customers by lunchtime — several');
    expect(paragraphs('library-funding-utf16.txt')).toContain('"Libraries are where children');
    expect(paragraphs('school-meals-cr.txt').split('\n')).toHaveLength(4);
    expect(paragraphs('bridge-closure-crlf.txt')).not.toContain('\r');
  });

  it('fails with exit code 2 under --strict, and still writes the output', async () => {
    const strictOut = path.join(work, 'strict-out');
    expect(await runIngest({ seeds, out: strictOut, strict: true, log: () => {} })).toBe(2);
    expect(readReport(strictOut).problems.length).toBeGreaterThan(0);
  });

  it('exits 1 when no file is an article, or the folder is missing', async () => {
    const lonely = path.join(work, 'lonely');
    mkdirSync(lonely);
    writeFileSync(path.join(lonely, 'empty.txt'), '');
    const lines: string[] = [];
    expect(await runIngest({ seeds: lonely, out: path.join(work, 'lonely-out'), log: (l) => lines.push(l) })).toBe(1);
    expect(lines.join('\n')).toContain('empty.txt: the file is empty');
    expect(await runIngest({ seeds: path.join(work, 'missing'), out: path.join(work, 'missing-out'), log: () => {} })).toBe(1);
    expect(await runIngest({ seeds: path.join(lonely, 'empty.txt'), out: path.join(work, 'missing-out'), log: () => {} })).toBe(1);
  });

  it('exits 64 on an unknown option', () => {
    const run = spawnSync(process.execPath, ['scripts/ingest.ts', '--no-such-option'], { encoding: 'utf8' });
    expect(run.status).toBe(64);
    expect(run.stderr).toContain('--no-such-option');
  });
});

describe('binaryKind', () => {
  it('names images and binary data but not text, UTF-16 or a stray NUL', () => {
    expect(binaryKind(pngBytes())).toBe('a PNG image');
    expect(binaryKind(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('a JPEG image');
    expect(binaryKind(new Uint8Array(Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? 0 : 200 + (i % 50)))))).toBe('binary data');
    expect(binaryKind(Buffer.from('The council met on Monday.\u0000 It agreed.', 'utf8'))).toBeNull();
    expect(binaryKind(Buffer.from('The council met on Monday and agreed to the plan.', 'utf16le'))).toBeNull();
  });
});

describe('uniqueArticleIds', () => {
  const read = (name: string) => analyzeArticle(name, Buffer.from(`Council Meets\n\nThe council met on Monday, ${name} reported.\n`));
  it('gives the same ids whatever the order and whichever other files are present', () => {
    const files = ['cafe-report.txt', 'Café Report.txt', 'CAFE REPORT.txt'];
    const ids = (names: string[]) => new Map(uniqueArticleIds(names.map(read)).articles.map((a) => [a.doc.seed, a.doc.id]));
    const all = ids(files);
    expect(new Set(all.values()).size).toBe(3);
    expect(all.get('cafe-report.txt')).toBe('cafe-report');
    expect(ids([...files].reverse())).toEqual(all);
    expect(ids(['cafe-report.txt', 'Café Report.txt']).get('Café Report.txt')).toBe(all.get('Café Report.txt'));
  });
  it('reports each renamed file', () => {
    const { problems } = uniqueArticleIds(['cafe-report.txt', 'Café Report.txt'].map(read));
    expect(problems).toEqual([expect.objectContaining({ file: 'Café Report.txt', code: 'id-collision' })]);
    expect(uniqueArticleIds(['a.txt', 'b.txt'].map(read)).problems).toEqual([]);
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));
