// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// Canonical URLs, the sitemap and feeds use this; set PARALLAX_SITE when publishing elsewhere.
const site = process.env.PARALLAX_SITE ?? 'https://parallax.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Generated text must render exactly as written: no smart quotes or dashes.
  markdown: { smartypants: false },
  integrations: [mdx({ smartypants: false }), sitemap()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  vite: {
    server: { watch: { ignored: ['**/content/generated.staging-*/**', '**/content/generated.old-*/**'] } },
  },
});
