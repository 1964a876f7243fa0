// The newest documents as an RSS feed.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allDocuments, documentPath, typeLabels } from '../lib/documents.ts';
import { regionPath } from '../lib/regions.ts';
import { site } from '../site.config.ts';

const ITEMS = 50;

export const GET: APIRoute = async (context) => {
  const docs = (await allDocuments()).slice(0, ITEMS);
  return rss({
    title: site.title,
    description: site.description,
    site: context.site ?? site.url,
    customData: `<language>${site.lang}</language>`,
    items: docs.map((doc) => ({
      title: doc.data.title,
      link: documentPath(doc.id),
      // RSS needs a full date; a month or year alone stands for its first day.
      ...(doc.data.date ? { pubDate: new Date(`${doc.data.date}-01-01`.slice(0, 10)) } : {}),
      description: doc.data.excerpt,
      categories: [typeLabels[doc.data.type], ...(doc.data.region ? regionPath(doc.data.region) : [])],
    })),
  });
};
