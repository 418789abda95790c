// @ts-check
// The floor: a bare Astro 7 project that renders plain MDX pages, nothing else (see scripts/bench.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
