import { mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFileFor, dataType, publishOpenData } from '../../src/integrations/open-data.ts';

describe('the open data files', () => {
  it('are the data set and the pair alignments, never a path outside the data folder', () => {
    expect(dataFileFor('/srv/data', '/data/quotes.json')).toBe(path.join('/srv/data', 'quotes.json'));
    expect(dataFileFor('/srv/data', '/data/quotes.csv?download=1')).toBe(path.join('/srv/data', 'quotes.csv'));
    expect(dataFileFor('/srv/data', '/data/pairs/000_ab--001_cd.json')).toBe(path.join('/srv/data', 'pairs', '000_ab--001_cd.json'));
    expect(dataFileFor('/srv/data', '/data/../package.json')).toBeNull();
    expect(dataFileFor('/srv/data', '/data/pairs/..%2F..%2Fsecret.json')).toBeNull();
    expect(dataFileFor('/srv/data', '/data/stories/index.jsonl')).toBeNull();
    expect(dataType('quotes.csv')).toBe('text/csv; charset=utf-8');
    expect(dataType('quotes.json')).toBe('application/json');
  });

  it('are copied into the built site as written', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-open-data-'));
    const data = path.join(dir, 'generated', 'data');
    mkdirSync(path.join(data, 'pairs'), { recursive: true });
    mkdirSync(path.join(data, 'stories'), { recursive: true });
    writeFileSync(path.join(data, 'quotes.json'), '[\n  {"id": "q-1"}\n]\n');
    writeFileSync(path.join(data, 'quotes.csv'), 'id\nq-1\n');
    writeFileSync(path.join(data, 'pairs', 'a--b.json'), '{"a":"a"}\n');
    writeFileSync(path.join(data, 'stories', 'index.jsonl'), '{}\n');
    const dist = path.join(dir, 'dist');
    expect(publishOpenData(data, dist)).toBe(3);
    expect(readFileSync(path.join(dist, 'data', 'quotes.json'), 'utf8')).toBe('[\n  {"id": "q-1"}\n]\n');
    expect(readFileSync(path.join(dist, 'data', 'pairs', 'a--b.json'), 'utf8')).toBe('{"a":"a"}\n');
    expect(readdirSync(path.join(dist, 'data')).sort()).toEqual(['pairs', 'quotes.csv', 'quotes.json']);
  });

  it('are linked, not copied, and publishing again never writes into the generated files', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-open-data-'));
    const data = path.join(dir, 'generated', 'data');
    mkdirSync(data, { recursive: true });
    writeFileSync(path.join(data, 'speakers.json'), '[\n{"id":"mara-kestrel"}\n]\n');
    const dist = path.join(dir, 'dist');
    publishOpenData(data, dist);
    expect(statSync(path.join(dist, 'data', 'speakers.json')).ino).toBe(statSync(path.join(data, 'speakers.json')).ino);
    // A later ingest writes a new file; the site built before keeps the data it was built with.
    const previous = path.join(dir, 'previous.json');
    renameSync(path.join(data, 'speakers.json'), previous);
    writeFileSync(path.join(data, 'speakers.json'), '[\n{"id":"oren-vasquez"}\n]\n');
    publishOpenData(data, dist);
    expect(readFileSync(path.join(dist, 'data', 'speakers.json'), 'utf8')).toContain('oren-vasquez');
    expect(readFileSync(previous, 'utf8')).toContain('mara-kestrel');
  });
});
