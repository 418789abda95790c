import { z } from 'zod';

/**
 * Frontmatter of the editors' MDX files under `content/editorial/` (see docs/editors.md).
 * The generator never writes there; `src/integrations/editorial.ts` checks every id they name
 * against the generated data set on each build.
 */

/** Kinds of things a note can be attached to, as written before the colon of `target`. */
export const targetKinds = ['article', 'paragraph', 'quote', 'speaker', 'story'] as const;
export type TargetKind = (typeof targetKinds)[number];

/** Kinds of editorial files: a note shown on the page it annotates, or a page of its own. */
export const editorialKinds = ['note', 'guide', 'essay'] as const;
export type EditorialKind = (typeof editorialKinds)[number];

/** Callout kinds accepted by `<Callout kind="…">`. */
export const calloutKinds = ['note', 'tip', 'caution', 'teacher'] as const;

/** `article:<id>`, `paragraph:<article id>#<anchor>`, `quote:<q-id>`, `speaker:<slug>`, `story:<story id>`. */
export const targetPattern = /^(article|quote|speaker|story):[^\s#]+$|^paragraph:[^\s#]+#[^\s#]+$/;

export const editorialSchema = z
  .object({
    /**
     * What the file is. `note` (the default) is shown on the page of its `target`, marked as the
     * editors' words. `guide` (a teaching guide) is a page of its own at `/guides/<slug>/` with a
     * printable worksheet at `/guides/<slug>/worksheet/`; `essay` is a page at `/notes/<slug>/`.
     */
    kind: z.enum(editorialKinds).default('note'),
    /**
     * What the file is about, as `<kind>:<id>`: `article:000_aa17f673e635cf28`,
     * `paragraph:000_aa17f673e635cf28#p-3`, `quote:q-3fc67df5`, `speaker:vladimir-putin`,
     * `story:story-000_aa17f673e635cf28`. Required for notes. Optional for guides and essays:
     * when set, the page they annotate links to them.
     */
    target: z
      .string()
      .regex(targetPattern, 'must look like "article:<id>", "paragraph:<article id>#p-3", "quote:q-…", "speaker:<slug>" or "story:story-…"')
      .optional(),
    /** Heading of the note or page. Required for guides and essays; optional for notes. */
    title: z.string().min(1).optional(),
    /** Who wrote it, as readers should see it ("Maria Rossi, editor"). */
    author: z.string().min(1),
    /** When it was written (`2024-12-23`). Shown beside the author. */
    date: z.coerce.date(),
    /** When it was last revised in substance; shown as "updated …" when set. */
    updated: z.coerce.date().optional(),
    /**
     * The permanent URL segment of a guide or essay. Defaults to the file name without `.mdx`.
     * Lowercase letters, digits and hyphens; never change it once published.
     */
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens')
      .optional(),
    /** One sentence for lists, search results and the page's meta description. */
    description: z.string().optional(),
    /** Guides: who the guide is written for ("Secondary school, ages 15–18"). */
    audience: z.string().optional(),
    /** Guides: how long the lesson takes ("one 50-minute lesson"). */
    duration: z.string().optional(),
    /** Checked on every build but not published. */
    draft: z.boolean().default(false),
  })
  .superRefine((data, ctx) => {
    if (data.kind === 'note' && data.target === undefined) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'a note needs a target (what it is about), e.g. "story:story-000_…"' });
    }
    if (data.kind !== 'note' && data.title === undefined) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: `a ${data.kind} needs a title` });
    }
  });

export type EditorialData = z.infer<typeof editorialSchema>;
