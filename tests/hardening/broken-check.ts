/** Shared checks of an ingest over the broken corpus (fast and full runs). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { BuildReport } from '../../src/ingest/report.ts';
import type { Expectation } from './broken-corpus.ts';

/** Reads `<out>/build-report.json`. */
export function readReport(out: string): BuildReport {
  return JSON.parse(readFileSync(path.join(out, 'build-report.json'), 'utf8')) as BuildReport;
}

/** Every expectation holds: problems named with file and code, the rest published, ids unique and URL-safe. */
export function checkBrokenRun(out: string, seeds: string, expected: Expectation[], log: string[]): void {
  const report = readReport(out);
  const articles = JSON.parse(readFileSync(path.join(out, 'data', 'articles.json'), 'utf8')) as { id: string; seed: string; url: string }[];
  for (const e of expected) {
    const found = report.problems.filter((p) => p.file === e.file);
    if (e.code === null) expect(found, e.file).toEqual([]);
    else expect(found.map((p) => p.code), e.file).toContain(e.code);
    expect(articles.some((a) => a.seed === e.file), e.file).toBe(e.published);
    // The console names the same file.
    if (e.code !== null) expect(log.some((line) => line.includes(`${e.file}: `)), e.file).toBe(true);
  }
  // Every problem reads as a sentence for an editor: no stack traces, error names or machine paths.
  for (const p of report.problems) {
    expect(p.message, p.file).not.toMatch(/\bat .*:\d+|Error\b|undefined|\[object|ENOENT|EISDIR/);
    expect(p.message, p.file).not.toContain(seeds);
    expect(p.file).not.toContain(seeds);
    expect(p.advice, p.code).not.toBeNull();
  }
  // Every .txt that is not published is listed as skipped, with a reason.
  const unpublished = expected.filter((e) => e.file.toLowerCase().endsWith('.txt') && !e.published).map((e) => e.file).sort();
  expect(report.skipped.map((s) => s.file).sort()).toEqual(unpublished);
  // Ids are unique, URL-safe, and every article has its own MDX entry (nothing overwritten).
  const ids = articles.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9_-]+$/);
  expect(readdirSync(path.join(out, 'articles')).length).toBe(articles.length);
  expect(report.articles).toBe(articles.length);
  expect(report.clean).toBe(false);
}
