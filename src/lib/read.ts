/**
 * Defensive readers for generated data whose shape other stages are still refining: each returns
 * a value of the expected type or a fallback, never throws, so a page renders what is there.
 */

/** A plain object, or an empty one. */
export function obj(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** An array, or an empty one. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string, or the fallback. */
export function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

/** A string, or null. */
export function strOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A finite number, or the fallback. */
export function num(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The strings of an array, others dropped. */
export function strings(value: unknown): string[] {
  return list(value).filter((v): v is string => typeof v === 'string');
}
