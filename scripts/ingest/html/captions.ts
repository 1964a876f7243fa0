// Picture captions by where they stand, whatever their wording: the short
// text in the same block as an image, the short block directly under an
// image's block, and the text of a <figure>. Readability keeps them (they sit
// inside the article container) and no extractor we know of drops them;
// hand-written because the cue is the page's layout, not its words.
import { isCreditOnly } from '../stages/chrome/credits.ts';
import { isCentred, isHeadingLike, textOf } from './blocks.ts';
import { ATTACHMENT } from './link-lists.ts';

/** Captions are a phrase or a sentence or two; a longer block under a picture is a paragraph. */
export const MAX_CAPTION = 100;

/** The largest element around the image that holds no text: the image's block. */
function imageBlock(image: Element): Element {
  let block = image;
  while (block.parentElement && !/^(BODY|HTML)$/iu.test(block.parentElement.tagName) && textOf(block.parentElement) === '') block = block.parentElement;
  return block;
}

/** The next element, when only whitespace or empty elements (a <p> the parser closed around a <div>) separate them. */
function nextElement(element: Element): Element | undefined {
  for (let node = element.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1 && textOf(node as Element) === '' && !(node as Element).querySelector('img') && (node as Element).tagName !== 'IMG') continue;
    if (node.nodeType === 1) return node as Element;
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return undefined;
  }
  return undefined;
}

/** The text of `container` that comes before its descendant `block`. */
function textBefore(container: Element, block: Element): string {
  let text = '';
  for (let node: Node | null = block; node && node !== container; node = node.parentNode) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) text += sibling.textContent ?? '';
  }
  return text.trim();
}

const BLOCKS = 'p, div, section, article, table, tr, td, li, ul, ol, dl, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, center, figure';

/** Whether a child block of the element holds text: then its text is paragraphs, not a caption beside the picture. */
const hasTextBlocks = (element: Element) => [...element.querySelectorAll(BLOCKS)].some((child) => textOf(child) !== '');

function isCaption(element: Element, title: string | undefined): boolean {
  const text = textOf(element);
  if (text === '' || [...text].length > MAX_CAPTION) return false;
  if (element.querySelector('img')) return false;
  return !isHeadingLike(element, title) && !isFileLink(element);
}

/**
 * Text that is all the name of a linked file: the picture beside it is the
 * file type's icon and the text the document's attachment (附件), no caption.
 */
function isFileLink(element: Element): boolean {
  const files = [...element.querySelectorAll('a')].filter((a) => ATTACHMENT.test(a.getAttribute('href') ?? ''));
  const linked = files.reduce((n, a) => n + textOf(a).replace(/\s/gu, '').length, 0);
  return linked > 0 && linked >= textOf(element).replace(/\s/gu, '').length;
}

/** A labelled statement beside a picture (周边县城：震中距伽师县92公里…) is text; a caption's own label (图为：, 图片说明：) is not one. */
const LABELLED = /^(?!图为|图片|图注|图说)[\p{Script=Han}]{2,8}[：:]/u;

/** A wire photo's caption: one sentence that opens with the day of the picture (5月13日，在河北省遵化市…). */
function isDatedCaption(text: string): boolean {
  return /^(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]/u.test(text) && /[。！]$/u.test(text) && !/[。！？]/u.test(text.slice(0, -1));
}

/**
 * The caption elements of the page: for each image, the short text around it
 * in its own block, else the short centred block right under it (a heading,
 * a bold subheading or the page's title there is not a caption) or the dated
 * sentence under it on a page with a photographer's credit line, and the
 * short text blocks of a <figure>.
 */
export function findCaptions(root: Element, title?: string): Element[] {
  const found = new Set<Element>();
  let credit: boolean | undefined;
  const credited = () => (credit ??= [...root.querySelectorAll('p, div, span, td')].some((el) => isCreditOnly(textOf(el))));
  for (const image of root.querySelectorAll('img')) {
    const block = imageBlock(image);
    const around = block.parentElement;
    if (around && !/^(BODY|HTML)$/iu.test(around.tagName) && textBefore(around, block) === '' && !hasTextBlocks(around)) {
      // <p><img><br>图为…</p>: the caption shares the image's block, under the picture.
      const text = textOf(around);
      if ([...text].length <= MAX_CAPTION && !isHeadingLike(around, title) && !LABELLED.test(text) && !isFileLink(around) && around.querySelectorAll('img').length === 1) {
        found.add(around);
        continue;
      }
    }
    // Only a centred block: a body paragraph or a plain subheading under a picture is set like the text around it.
    // Or, on a page that credits its photographer, the one dated sentence under the picture (a wire photo story).
    const next = nextElement(block);
    if (next && isCaption(next, title) && (isCentred(next) || (credited() && isDatedCaption(textOf(next))))) found.add(next);
  }
  for (const figure of root.querySelectorAll('figure')) {
    for (const child of figure.querySelectorAll('p, span, div, figcaption')) if (!child.querySelector('img') && isCaption(child, title)) found.add(child);
  }
  // Outermost only: a caption inside another caption is the same text.
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}
