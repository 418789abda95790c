/**
 * Schema of the optional sidecar file `seeds/<name>.meta.json`, written by editors to correct
 * or complete what the reader detects. Every field is optional; a field that fails validation
 * is reported and ignored, the others are still used.
 */
import { z } from 'zod';
import type { Sidecar } from '../pipeline/types.ts';

/** Field-by-field schema; each field is validated on its own so one bad field does not spoil the rest. */
export const sidecarFields = {
  /** Name of the publication as readers know it, e.g. "Latin Times". Overrides the detected outlet. */
  outlet: z.string().trim().min(1, 'must not be empty').max(120, 'is longer than 120 characters'),
  /** Address of the original page (http or https). */
  url: z
    .string()
    .trim()
    .url('must be a web address')
    .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://'),
  /** Publication date as an ISO date (`2024-12-22`) or date-time (`2024-12-22T10:45:00Z`). */
  published: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date such as 2024-12-22')
    .refine((d) => !Number.isNaN(Date.parse(d.length === 10 ? `${d}T00:00:00Z` : d)), 'is not a real date'),
  /** Headline of the article as published. Overrides the detected headline. */
  headline: z.string().trim().min(1, 'must not be empty').max(400, 'is longer than 400 characters'),
  /** Language of the article as a BCP-47 code, e.g. `en`, `en-GB`, `uk`. */
  language: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a language code such as en or en-GB'),
} as const;

/** A problem with one field of a sidecar. */
export interface SidecarIssue {
  /** Field name, or `(file)` when the whole value is wrong. */
  field: string;
  message: string;
}

/** Validates a parsed sidecar field by field: returns the valid fields and one issue per bad field. */
export function parseSidecar(value: unknown): { sidecar: Sidecar; issues: SidecarIssue[] } {
  const sidecar: Sidecar = {};
  const issues: SidecarIssue[] = [];
  if (value === undefined || value === null) return { sidecar, issues };
  if (typeof value !== 'object' || Array.isArray(value)) {
    issues.push({ field: '(file)', message: 'must be a JSON object with fields such as "outlet" and "url"' });
    return { sidecar, issues };
  }
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!(key in sidecarFields)) {
      issues.push({ field: key, message: `unknown field (known fields: ${Object.keys(sidecarFields).join(', ')})` });
      continue;
    }
    const field = key as keyof typeof sidecarFields;
    const result = sidecarFields[field].safeParse(raw);
    if (result.success) sidecar[field] = result.data;
    else issues.push({ field, message: result.error.issues.map((i) => (i.code === 'invalid_type' ? 'must be a text value' : i.message)).join('; ') });
  }
  if (sidecar.language) sidecar.language = canonicalLanguage(sidecar.language);
  return { sidecar, issues };
}

/** BCP-47 casing: language lower case, region upper case ("en-gb" → "en-GB"). */
function canonicalLanguage(code: string): string {
  return code
    .split('-')
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0]?.toUpperCase() + part.slice(1).toLowerCase() : part))
    .join('-');
}
