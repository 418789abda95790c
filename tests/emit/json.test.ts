import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeJsonArray, writeJsonLines } from '../../src/emit/json.ts';

describe('writeJsonArray', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-json-'));
  it.each([
    ['empty', []],
    ['flat', [1, 'two', null, true]],
    ['nested', [{ a: [1, { b: 'line\nbreak' }], c: {} }, [], { d: [[]] }]],
  ])('writes the same bytes as JSON.stringify for a %s array', (name, items) => {
    const file = path.join(dir, `${name}.json`);
    writeJsonArray(file, items);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });

  it('writes arrays larger than its write buffer whole and in order', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({ i, text: `${i} `.repeat(200) }));
    const file = path.join(dir, 'large.json');
    writeJsonArray(file, items);
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });

  it('writes one compact line per element when asked, as valid JSON', () => {
    const items = [{ a: [1, { b: 'line\nbreak' }] }, 'two', []];
    const file = path.join(dir, 'lines.json');
    writeJsonArray(file, items, { oneLine: true });
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toEqual(items);
    expect(text.split('\n')).toEqual(['[', '{"a":[1,{"b":"line\\nbreak"}]},', '"two",', '[]', ']', '']);
  });

  it('writes already serialised lines as the one-line array of their values', () => {
    const items = [{ a: 1 }, 'two', [], { nested: { deep: [null] } }];
    const lines = path.join(dir, 'from-lines.json');
    const array = path.join(dir, 'from-items.json');
    writeJsonLines(lines, items.map((item) => JSON.stringify(item)));
    writeJsonArray(array, items, { oneLine: true });
    expect(readFileSync(lines, 'utf8')).toBe(readFileSync(array, 'utf8'));
    writeJsonLines(lines, []);
    expect(readFileSync(lines, 'utf8')).toBe('[]\n');
  });
});
