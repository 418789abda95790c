import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';

/** The loader context as Astro's glob loader reads it: file extension → how to read and render the file. */
type GlobContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/** Markdown's entry type, its HTML without the trailing newline MDX output does not have. */
function asMdxRenders(markdown: ContentEntryType): ContentEntryType {
  const renderer = markdown.getRenderFunction;
  if (renderer === undefined) return markdown;
  return {
    ...markdown,
    getRenderFunction: async (config) => {
      const render = await renderer.call(markdown, config);
      return async (entry) => {
        const rendered = await render(entry);
        return { ...rendered, html: rendered.html.trimEnd() };
      };
    },
  };
}

/** A glob loader whose `.mdx` files are read with the entry type `swap` makes of Markdown's; unchanged where Astro's context has none. */
function withMdxEntryType(loader: Loader, swap: (markdown: ContentEntryType) => ContentEntryType): Loader {
  return {
    ...loader,
    load: (context: GlobContext) => {
      const markdown = context.entryTypes?.get('.md');
      if (context.entryTypes === undefined || markdown === undefined) return loader.load(context);
      const entryTypes = new Map(context.entryTypes).set('.mdx', swap(markdown));
      return loader.load({ ...context, entryTypes } as GlobContext);
    },
  };
}

/**
 * Wraps a glob loader so its `.mdx` files are read as Markdown: each body is rendered to HTML once,
 * when content syncs, instead of becoming a module of its own that the build must bundle. Only for
 * generated entries whose body is plain prose (speakers, stories: one sentence each, see
 * src/emit/entries.ts); thousands of one-line MDX modules were half the bundling time.
 */
export function markdownBodies(loader: Loader): Loader {
  return withMdxEntryType(loader, asMdxRenders);
}

/**
 * Wraps a glob loader so its `.mdx` entries keep their frontmatter and body but are neither rendered
 * when content syncs nor bundled as modules: for generated articles, whose body the page renders itself
 * (src/lib/article-body.ts).
 */
export function sourceBodies(loader: Loader): Loader {
  return withMdxEntryType(loader, ({ getRenderFunction: _render, ...source }) => source);
}
