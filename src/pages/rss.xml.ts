import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../lib/data.ts';
import { outletLabel } from '../lib/site.ts';

/** RSS feed of stories and articles; items without a publication date keep the data set's order. */
export const GET: APIRoute = async ({ site }) => {
  const { stories, articles, article } = siteData();
  return rss({
    title: 'Parallax',
    description: 'How news coverage differs, quote by quote: stories and the articles that report them.',
    site: site ?? 'https://parallax.example.org',
    items: [
      ...stories.map((s) => ({
        title: `Story: ${s.title}`,
        link: s.url,
        description: `${s.articles.length} ${s.articles.length === 1 ? 'article' : 'articles'}: ${s.articles.map((id) => { const a = article.get(id); return a ? outletLabel(a) : id; }).join(', ')}`,
        categories: ['story'],
      })),
      ...articles.map((a) => ({
        title: a.title,
        link: a.url,
        description: `${outletLabel(a)}. ${a.paragraphs[0]?.slice(0, 280) ?? ''}`,
        ...(a.published && !Number.isNaN(Date.parse(a.published)) ? { pubDate: new Date(a.published) } : {}),
        categories: ['article', ...(a.outlet ? [a.outlet] : [])],
      })),
    ],
    customData: '<language>en</language>',
  });
};
