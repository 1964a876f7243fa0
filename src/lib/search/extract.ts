// Reads one built document page back into the text the phrase index holds of
// it: the title and every paragraph that starts with a paragraph anchor —
// exactly the text a reader sees. The index is built from the paragraph
// records (src/integrations/phrase-index.ts); the browser tests read the pages
// with this to check that the records hold what the pages show.
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import type { IndexDoc } from './build.ts';
import { PARAGRAPH_TAGS } from './format.ts';

const hasClass = (el: Element, name: string) => {
  const cls = el.properties.className;
  return Array.isArray(cls) && cls.includes(name);
};

/** null when the page is not a document page (no article). */
export function extractDocument(html: string): IndexDoc['text'] | null {
  const tree: Root = fromHtml(html);
  let article: Element | undefined;
  visit(tree, 'element', (el) => {
    if (el.tagName === 'article' && !article) article = el;
  });
  if (!article) return null;
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
  return { title, paragraphs };
}
