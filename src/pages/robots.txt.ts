import type { APIRoute } from 'astro';

/** robots.txt pointing crawlers at the sitemap of the configured site. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? 'https://parallax.example.org').href;
  return new Response(`User-agent: *\nAllow: /\nDisallow: /search/\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
