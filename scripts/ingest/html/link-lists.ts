// Lists of links at either end of the main text: navigation, breadcrumbs and
// related-article lists that the extractor took in with the article because
// they share its container. Readability weighs link density per container;
// this looks at the blocks at the edges of the container it chose, which it
// does not. Hand-written: no extractor we know of trims the edges this way.
import { textOf } from './blocks.ts';

/** A block is a link block when at least this share of its text is inside links. */
const LINK_SHARE = 0.6;
/** A run at an edge needs this many links: one link alone is a pointer, not a list. */
const MIN_LINKS = 2;
/** A file behind a link is an attachment of the document (附件), which stays. */
export const ATTACHMENT = /\.(?:docx?|xlsx?|pdf|wps|zip|rar|et|ofd|pptx?|txt)(?:$|[?#])/iu;

const BLOCK = 'p, li, dt, dd, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, section, article, div, table, ul, ol, dl, center';

const strip = (text: string) => text.replace(/\s/gu, '');

/** The smallest blocks that hold text: paragraphs, list items, rows, and divs without block children that hold text. */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const visit = (element: Element) => {
    const blocks = [...element.children].filter((child) => textOf(child) !== '');
    const hasBlock = blocks.some((child) => child.matches(BLOCK) || child.querySelector(BLOCK));
    if (!hasBlock) {
      if (textOf(element) !== '') out.push(element);
      return;
    }
    // Text loose beside block children (<div>text<p>…</p></div>) stands as the container's own line.
    const loose = [...element.childNodes].some((node) => node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '');
    if (loose) {
      out.push(element);
      return;
    }
    for (const child of blocks) visit(child);
  };
  visit(root);
  return out;
}

interface LinkStats {
  share: number;
  links: number;
  attachment: boolean;
}

function linkStats(block: Element): LinkStats {
  const text = strip(textOf(block));
  const anchors: Element[] = [...block.querySelectorAll('a')].filter((a) => strip(textOf(a)) !== '');
  if (block.matches('a') && text) anchors.push(block);
  const linked = anchors.reduce((sum, a) => sum + strip(textOf(a)).length, 0);
  return {
    share: text ? linked / text.length : 0,
    links: anchors.length,
    attachment: anchors.some((a) => ATTACHMENT.test(a.getAttribute('href') ?? '')),
  };
}

/** The link blocks that open and close the main element: runs of blocks mostly made of links, with two links or more. */
export function edgeLinkBlocks(main: Element, keep: (block: Element) => boolean): Element[] {
  const blocks = leafBlocks(main);
  const run = (ordered: Element[]) => {
    const taken: Element[] = [];
    let links = 0;
    for (const block of ordered) {
      const stats = linkStats(block);
      if (stats.share < LINK_SHARE || stats.attachment || keep(block)) break;
      taken.push(block);
      links += stats.links;
    }
    return links >= MIN_LINKS ? taken : [];
  };
  const head = run(blocks);
  const tail = run([...blocks].reverse()).filter((block) => !head.includes(block));
  return [...head, ...tail];
}
