// Site settings in one place: astro.config.mjs, layouts, feeds and citations read them.

/** What the exports' permalinks use when no SITE_URL is set: they must be absolute, and nothing else is known. */
const PLACEHOLDER_ORIGIN = 'https://speech-archive.example.org';

/**
 * SITE_URL, the origin the site is published at (https://archive.example.cn),
 * as an origin with a trailing slash; undefined when unset. The site is served
 * at the root of that origin: every page links from `/`.
 */
export function publishedOrigin(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: ${JSON.stringify(text)} (expected e.g. https://archive.example.cn)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL must be an http(s) address, not ${url.protocol}`);
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_URL must be an origin without a path (the site is served at the root): ${text}`);
  return url.href;
}

const published = publishedOrigin(process.env.SITE_URL);

export const site = {
  title: '讲话文库',
  description: '地方党政讲话、访谈、报道与通知的可检索文库：清洗后的全文、元数据、出处与引用。',
  /**
   * The origin from SITE_URL; undefined when it is not set, and then pages
   * link by path and the citation box, paragraph links and copy buttons take
   * the origin the page is served from, in the browser.
   */
  published,
  /** An absolute base for what must be absolute even without SITE_URL (the exports' permalinks). */
  url: published ?? PLACEHOLDER_ORIGIN,
  lang: 'zh-CN',
} as const;

/** A site path as the pages write it: absolute with SITE_URL, else the path alone. */
export const siteHref = (path: string): string => (site.published ? new URL(path, site.published).href : path);
