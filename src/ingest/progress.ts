/**
 * Progress of a long ingest: on a terminal, a bar redrawn in place (cli-progress) with the rate and
 * an estimate of the time left; in CI or when the output is not a terminal, a plain line every
 * `step` percent, which logs keep readable.
 */
import { SingleBar } from 'cli-progress';

export interface ProgressOptions {
  /** What is counted, e.g. "analysing seeds". */
  label: string;
  total: number;
  /** Where plain lines go (default: standard output). */
  write?: (chunk: string) => void;
  /** Where the bar is drawn on a terminal (default: standard output). */
  stream?: NodeJS.WritableStream;
  /** Redraw in place (a terminal) or print plain lines (CI, logs). */
  interactive?: boolean;
  /** Percent between plain lines. */
  step?: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

export interface Progress {
  /** Counts `n` more items done. */
  tick: (n?: number) => void;
  /** Ends the display with a final line. */
  done: () => void;
}

/** `m:ss` (or `h:mm:ss`) for a duration in milliseconds. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Whether to redraw in place: standard output is a terminal and not in CI. */
export function isInteractive(env: NodeJS.ProcessEnv = process.env, tty = process.stdout.isTTY === true): boolean {
  return tty && env.CI !== 'true' && env.CI !== '1';
}

/** Estimated time left from the items done so far and the time they took. */
export function estimateLeft(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0 || elapsedMs <= 0) return null;
  return ((total - done) * elapsedMs) / done;
}

/** Starts a progress display over `total` items. */
export function createProgress(options: ProgressOptions): Progress {
  const { label, total } = options;
  const write = options.write ?? ((chunk: string) => void process.stdout.write(chunk));
  const interactive = options.interactive ?? isInteractive();
  const step = options.step ?? 10;
  const now = options.now ?? (() => performance.now());
  const started = now();
  let count = 0;
  let nextPercent = step;

  const status = (): string => {
    const elapsed = now() - started;
    const left = estimateLeft(count, total, elapsed);
    const rate = elapsed > 0 ? (count * 1000) / elapsed : 0;
    const percent = total === 0 ? 100 : Math.floor((count * 100) / total);
    return `${percent}% ${count}/${total} · ${rate.toFixed(1)}/s · ${left === null ? 'ETA …' : `ETA ${formatDuration(left)}`}`;
  };
  if (interactive) {
    const bar = new SingleBar({
      format: `${label} {bar} {status}`,
      barCompleteChar: '█',
      barIncompleteChar: '░',
      barsize: 24,
      fps: 10,
      hideCursor: true,
      clearOnComplete: true,
      stream: options.stream ?? process.stdout,
    });
    // The status (rate, estimate) is computed here, with the clock given in the options.
    bar.start(total, 0, { status: status() });
    return {
      tick(n = 1) {
        count = Math.min(total, count + n);
        bar.update(count, { status: status() });
      },
      done() {
        bar.stop();
        write(`${label}: ${count}/${total} in ${formatDuration(now() - started)}\n`);
      },
    };
  }

  return {
    tick(n = 1) {
      count = Math.min(total, count + n);
      const percent = total === 0 ? 100 : (count * 100) / total;
      if (percent >= nextPercent && count < total) {
        write(`${label}: ${status()}\n`);
        while (nextPercent <= percent) nextPercent += step;
      }
    },
    done() {
      write(`${label}: ${count}/${total} in ${formatDuration(now() - started)}\n`);
    },
  };
}
