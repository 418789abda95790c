// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { generatedRedirects } from './src/lib/redirects.ts';
import { markdownFeatures } from './src/lib/markdown-features.mjs';
import editorial from './src/integrations/editorial.ts';
import openData from './src/integrations/open-data.ts';

// Canonical URLs, the sitemap and feeds use this; set PARALLAX_SITE when publishing elsewhere.
const site = process.env.PARALLAX_SITE ?? 'https://parallax.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Generated text must render exactly as written (see src/lib/markdown-features.mjs).
  markdown: { processor: satteri({ features: markdownFeatures }) },
  integrations: [mdx(), sitemap(), editorial(), openData()],
  build: { format: 'directory' },
  // Old story ids keep working when stories regroup (see src/lib/redirects.ts).
  redirects: generatedRedirects(),
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro's own "use astro:head-inject" directive in MDX modules is noise for every page.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
    server: { watch: { ignored: ['**/content/generated.staging-*/**', '**/content/generated.old-*/**'] } },
  },
});
