import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, estimateLeft, formatDuration, isInteractive } from '../../src/ingest/progress.ts';

describe('ingest progress', () => {
  it('prints a plain line every 10% when not on a terminal, with an estimate of the time left', () => {
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgress({ label: 'ingest', total: 200, interactive: false, write: (c) => lines.push(c), now: () => clock });
    for (let i = 0; i < 200; i++) {
      clock += 50; // 20 seeds a second
      progress.tick();
    }
    progress.done();
    expect(lines).toHaveLength(10); // 10% … 90%, then the final line
    expect(lines[0]).toBe('ingest: 10% 20/200 · 20.0/s · ETA 0:09\n');
    expect(lines[9]).toBe('ingest: 200/200 in 0:10\n');
    expect(lines.every((l) => !l.includes('\r'))).toBe(true);
  });

  it('draws a bar in place on a terminal, then one closing line', () => {
    const drawn: string[] = [];
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    terminal.on('data', (c: Buffer) => drawn.push(c.toString('utf8')));
    const lines: string[] = [];
    let clock = 0;
    const progress = createProgress({ label: 'ingest', total: 4, interactive: true, stream: terminal, write: (c) => lines.push(c), now: () => clock });
    for (let i = 0; i < 4; i++) {
      clock += 500;
      progress.tick();
    }
    progress.done();
    const screen = drawn.join('');
    expect(screen).toContain('ingest ████████████████████████ 100% 4/4 · 2.0/s · ETA 0:00');
    expect(screen).toContain('ingest ░░░░░░░░░░░░░░░░░░░░░░░░ 0% 0/4');
    expect(lines).toEqual(['ingest: 4/4 in 0:02\n']);
  });

  it('is plain in CI even on a terminal', () => {
    expect(isInteractive({ CI: 'true' }, true)).toBe(false);
    expect(isInteractive({}, true)).toBe(true);
    expect(isInteractive({}, false)).toBe(false);
  });

  it('estimates from the rate so far and formats durations', () => {
    expect(estimateLeft(0, 10, 1000)).toBeNull();
    expect(estimateLeft(25, 100, 5000)).toBe(15000);
    expect(formatDuration(3_725_000)).toBe('1:02:05');
    expect(formatDuration(59_400)).toBe('0:59');
  });
});
