import { z } from 'zod';

/**
 * Schemas of the editor-maintained lexicons in `content/lexicons/` (see the README there and
 * docs/framing.md). Phrases are plain words, never regular expressions: editors cannot break the
 * build with a pattern, and matching is always whole-word and case-insensitive.
 */

const phrase = z.string().trim().min(1).max(80);

/** `sides.json`: which side or country each speaker speaks for. */
export const sidesSchema = z.object({
  /** Free text for editors; ignored by the pipeline. */
  description: z.string().optional(),
  /** Keyed by registry speaker id (`vladimir-putin`). */
  speakers: z.record(
    z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'speaker ids are lowercase words joined by hyphens'),
    z.object({
      /** Side or country shown on the page, e.g. `Russia`, `United States`, `Ukraine`. */
      side: z.string().trim().min(1),
      /** Names used for the speaker in prose (`Putin`), so "Putin claimed …" counts without a quote. */
      names: z.array(phrase).default([]),
    }),
  ),
});

/** `verbs.json`: attribution verbs, neutral or loaded. */
export const verbsSchema = z.object({
  description: z.string().optional(),
  verbs: z.array(
    z.object({
      /** Every form to match (`claimed`, `claims`, `claim`); the first is the label. */
      forms: z.array(phrase).min(1),
      /** `neutral` reports speech; `loaded` adds the outlet's judgement of it. */
      class: z.enum(['neutral', 'loaded']),
      /** What a loaded verb suggests (`casts doubt`, `implies a concession`). */
      connotation: z.string().optional(),
    }),
  ),
});

/** `terms.json`: groups of rival words for the same thing. */
export const termsSchema = z.object({
  description: z.string().optional(),
  groups: z.array(
    z.object({
      /** Stable id (`start-of-war`). */
      id: z.string().regex(/^[a-z0-9-]+$/),
      /** What the terms name, shown as the row label. */
      label: z.string().min(1),
      terms: z
        .array(
          z.object({
            /** Stable id within the group (`invaded`). */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** Shown on the page. */
            label: z.string().min(1),
            /** Phrases that count as this term (`invaded`, `invasion`). */
            patterns: z.array(phrase).min(1),
            /** Why the choice matters, for readers. */
            note: z.string().optional(),
          }),
        )
        .min(2, 'a group needs at least two rival terms'),
    }),
  ),
});

/** `sources.json`: sources an article cites, named or not. */
export const sourcesSchema = z.object({
  description: z.string().optional(),
  sources: z.array(
    z.object({
      /** Shown on the page (`Reuters`, `unnamed officials`). */
      label: z.string().min(1),
      /** `agency` (wire service), `outlet` (another publication), `agency-credit` (generic wire credit), `unnamed`. */
      kind: z.enum(['agency', 'outlet', 'agency-credit', 'unnamed']),
      patterns: z.array(phrase).min(1),
    }),
  ),
});

export type SidesLexicon = z.infer<typeof sidesSchema>;
export type VerbsLexicon = z.infer<typeof verbsSchema>;
export type TermsLexicon = z.infer<typeof termsSchema>;
export type SourcesLexicon = z.infer<typeof sourcesSchema>;

/** All lexicons, as loaded by `loadLexicons`. */
export interface Lexicons {
  sides: SidesLexicon;
  verbs: VerbsLexicon;
  terms: TermsLexicon;
  sources: SourcesLexicon;
}

/** The files and their schemas, in one place for the loader and the tests. */
export const lexiconFiles = {
  sides: { file: 'sides.json', schema: sidesSchema },
  verbs: { file: 'verbs.json', schema: verbsSchema },
  terms: { file: 'terms.json', schema: termsSchema },
  sources: { file: 'sources.json', schema: sourcesSchema },
} as const;
