// The newest documents as an RSS feed, /rss.xml. A feed's links must be
// absolute, so it is written only when SITE_URL gives the site's address.
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDocuments, documentPath, typeLabels } from '../lib/documents.ts';
import { regionPath } from '../lib/regions.ts';
import { plainRedactions } from '../lib/redaction.ts';
import { site } from '../site.config.ts';

const ITEMS = 50;

export const getStaticPaths = (() => (site.published ? [{ params: { feed: 'rss' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const docs = (await allDocuments()).slice(0, ITEMS);
  return rss({
    title: site.title,
    description: site.description,
    site: site.url,
    customData: `<language>${site.lang}</language>`,
    items: docs.map((doc) => ({
      title: plainRedactions(doc.data.title),
      link: documentPath(doc.id),
      // RSS needs a full date; a month or year alone stands for its first day.
      ...(doc.data.date ? { pubDate: new Date(`${doc.data.date}-01-01`.slice(0, 10)) } : {}),
      // Feed readers drop styles: a redaction is the character that looks like the page's box.
      description: plainRedactions(doc.data.excerpt),
      categories: [typeLabels[doc.data.type], ...(doc.data.region ? regionPath(doc.data.region) : [])],
    })),
  });
};
