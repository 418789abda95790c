import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Name of a set-aside site: a sibling of `dist`, so that moving it is a rename on the same filesystem. */
const asideName = (dist: string): string => `${path.basename(dist)}.old-${process.pid}`;

/**
 * Moves the last build's site out of `dist` before a build and returns where it went (null when there
 * is none, or it holds a `.git` Astro would keep). Astro would delete it file by file first, and a
 * filesystem that has just freed thousands of inodes (ext4) is slow to create the next thousands.
 */
export function setAside(dist: string): string | null {
  if (!existsSync(dist) || existsSync(path.join(dist, '.git'))) return null;
  const old = path.join(path.dirname(dist), asideName(dist));
  rmSync(old, { recursive: true, force: true });
  renameSync(dist, old);
  return old;
}

/** Puts the last build's site back after a failed build: no half-built site, no half index. */
export function restore(old: string, dist: string): void {
  rmSync(dist, { recursive: true, force: true });
  renameSync(old, dist);
}

/**
 * Removes set-aside sites (this build's, and any an interrupted build left) in a detached process, so
 * that the build does not wait for it.
 */
export function discardInBackground(dist: string): void {
  const parent = path.dirname(path.resolve(dist));
  const prefix = `${path.basename(dist)}.old-`;
  const old = readdirSync(parent).filter((name) => name.startsWith(prefix)).map((name) => path.join(parent, name));
  if (old.length === 0) return;
  const script = 'for (const dir of process.argv.slice(1)) require("node:fs").rmSync(dir, { recursive: true, force: true });';
  spawn(process.execPath, ['-e', script, ...old], { detached: true, stdio: 'ignore' }).unref();
}
