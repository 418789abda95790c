/** Maps analysis-text offsets to offsets in the file as read. */
export type OffsetMap = (index: number) => number;

function isSpanLike(value: Record<string, unknown>): value is Record<string, unknown> & { start: number; end: number } {
  return typeof value.start === 'number' && typeof value.end === 'number';
}

/**
 * Deep-copies a JSON-shaped value, mapping every `{ start, end }` to the file as read. The map is
 * chosen per object by its `article` field (evidence always names its article), else `fallback`.
 */
export function mapEvidenceOffsets<T>(value: T, maps: ReadonlyMap<string, OffsetMap>, fallback: OffsetMap | null = null): T {
  const walk = (v: unknown, current: OffsetMap | null): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, current));
    if (v === null || typeof v !== 'object') return v;
    const record = v as Record<string, unknown>;
    const own = typeof record.article === 'string' ? (maps.get(record.article) ?? current) : current;
    const out: Record<string, unknown> = {};
    for (const [key, x] of Object.entries(record)) out[key] = walk(x, own);
    if (own !== null && isSpanLike(record)) {
      out.start = own(record.start);
      out.end = own(record.end);
    }
    return out;
  };
  return walk(value, fallback) as T;
}
