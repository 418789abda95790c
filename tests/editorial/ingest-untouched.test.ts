import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/cli.ts';

/** Path → SHA-256 of every file under `dir`. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) out.set(name, createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return out;
}

describe('the generator never touches editorial files', () => {
  it('leaves every file of a sibling content/editorial byte-identical, run after run', async () => {
    // A project layout in a temp folder: content/generated and content/editorial side by side.
    const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-untouched-'));
    const editorial = path.join(root, 'content', 'editorial');
    cpSync('content/editorial', editorial, { recursive: true });
    // Editor-maintained JSON the ingest reads, plus a note with odd bytes (BOM, CRLF) that must survive as they are.
    writeFileSync(path.join(editorial, 'speakers.json'), '{ "aliases": { "Volodymyr Zelensky": ["Zelenskiy", "Zelenskyy"] } }\n');
    writeFileSync(path.join(editorial, 'notes', 'crlf.mdx'), '\uFEFF---\r\ntarget: "story:story-000_aa17f673e635cf28"\r\nauthor: "A"\r\ndate: 2024-12-23\r\n---\r\n\r\nText.\r\n');
    const before = hashes(editorial);
    const mtimes = [...before.keys()].map((f) => statSync(path.join(editorial, f)).mtimeMs);
    for (let run = 0; run < 2; run += 1) {
      expect(await runIngest({ seeds: 'seeds', out: path.join(root, 'content', 'generated'), editorial, log: () => {} })).toBe(0);
    }
    expect(hashes(editorial)).toEqual(before);
    expect([...before.keys()].map((f) => statSync(path.join(editorial, f)).mtimeMs)).toEqual(mtimes);
    expect(before.size).toBeGreaterThanOrEqual(6);
  }, 120_000);

  it('leaves the project’s own editorial files byte-identical', async () => {
    const before = hashes('content/editorial');
    const out = mkdtempSync(path.join(os.tmpdir(), 'parallax-untouched-out-'));
    expect(await runIngest({ seeds: 'seeds', out: path.join(out, 'generated'), editorial: 'content/editorial', log: () => {} })).toBe(0);
    expect(hashes('content/editorial')).toEqual(before);
  }, 120_000);
});
