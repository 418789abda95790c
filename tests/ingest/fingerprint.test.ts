import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFingerprint } from '../../src/ingest/fingerprint.ts';

describe('buildFingerprint', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'parallax-fp-'));
  mkdirSync(path.join(dir, 'a', 'deep'), { recursive: true });
  writeFileSync(path.join(dir, 'a', 'one.mdx'), 'one');
  writeFileSync(path.join(dir, 'a', 'deep', 'two.json'), '{}');
  writeFileSync(path.join(dir, 'config.mjs'), 'export default {}');
  const inputs = [path.join(dir, 'a'), path.join(dir, 'config.mjs'), path.join(dir, 'missing')];

  it('is stable while nothing changes and changes with any file or setting', () => {
    const first = buildFingerprint(inputs, { SITE: 'x' });
    expect(buildFingerprint(inputs, { SITE: 'x' })).toBe(first);
    expect(buildFingerprint(inputs, { SITE: 'y' })).not.toBe(first);
    writeFileSync(path.join(dir, 'a', 'deep', 'two.json'), '{"changed":true}');
    const second = buildFingerprint(inputs, { SITE: 'x' });
    expect(second).not.toBe(first);
    writeFileSync(path.join(dir, 'a', 'three.mdx'), '');
    expect(buildFingerprint(inputs, { SITE: 'x' })).not.toBe(second);
  });
});
