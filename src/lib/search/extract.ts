// Reads one built document page back into what the phrase index holds of it:
// the metadata SearchMeta put in the page, the title, and every paragraph that
// starts with a paragraph anchor — exactly the text a reader sees. The index
// is built from the paragraph records (src/integrations/phrase-index.ts); the
// browser tests read the pages with this to check that it holds what they show.
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import type { IndexDoc } from './build.ts';
import { PARAGRAPH_TAGS, type DocMeta } from './format.ts';

const hasClass = (el: Element, name: string) => {
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.includes(name);
};

/** null when the page is not a document page (no search metadata). */
export function extractDocument(html: string): IndexDoc | null {
  const tree: Root = fromHtml(html);
  let meta: DocMeta | undefined;
  let article: Element | undefined;
  visit(tree, 'element', (el) => {
    if (el.tagName === 'script' && el.properties.dataSearchMeta !== undefined) meta = JSON.parse(toText(el, { whitespace: 'pre' })) as DocMeta;
    if (el.tagName === 'article' && !article) article = el;
  });
  if (!meta || !article) return null;
  let title = '';
  const paragraphs: [string, string][] = [];
  const walk = (el: Element, ancestors: Element[]) => {
    if (el.tagName === 'h1' && !title) title = toText(el).trim();
    if (el.tagName === 'a' && hasClass(el, 'anchor')) {
      const unit = ancestors.findLast((a) => PARAGRAPH_TAGS.includes(a.tagName));
      const text = unit ? toText(unit).trim() : '';
      if (text) paragraphs.push([String(el.properties.id), text]);
    }
    for (const child of el.children) if (child.type === 'element') walk(child, [...ancestors, el]);
  };
  walk(article, []);
  return { meta, text: { title, paragraphs } };
}
