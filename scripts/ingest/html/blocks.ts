// What the structural rules of the HTML stage read off an element: its text,
// whether the page centres it, whether it is set as a heading.
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|第[一二三四五六七八九十\d]+[章节部分条])/u;

/** The element's text with whitespace runs collapsed. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
}

const centredAttribute = (element: Element) =>
  element.tagName === 'CENTER' || /^center$/iu.test(element.getAttribute('align') ?? '') || /text-align\s*:\s*center/iu.test(element.getAttribute('style') ?? '');

/** Centred by the element itself or by its only child element (<p style="text-align:center"><span>…). */
export function isCentred(element: Element): boolean {
  if (centredAttribute(element)) return true;
  const [only, ...rest] = [...element.children];
  return only !== undefined && rest.length === 0 && textOf(only) === textOf(element) && centredAttribute(only);
}

const EMPHASIS = 'strong, b, h1, h2, h3, h4, h5, h6';

/** All of the element's text inside <strong>/<b> or a heading element. */
function allEmphasised(element: Element): boolean {
  const text = textOf(element).replace(/\s/gu, '');
  const outermost = [...element.querySelectorAll(EMPHASIS)].filter((e) => {
    for (let up = e.parentElement; up && up !== element; up = up.parentElement) if (up.matches(EMPHASIS)) return false;
    return true;
  });
  const inside = outermost.map((e) => textOf(e).replace(/\s/gu, '')).join('');
  return text !== '' && (element.matches(EMPHASIS) || inside.length >= text.length);
}

/**
 * A heading, a bold subheading, a numbered heading or the page's own title:
 * short text that the layout rules must leave to the structure stage.
 */
export function isHeadingLike(element: Element, title?: string): boolean {
  const text = textOf(element);
  if (/^H[1-6]$/u.test(element.tagName) || element.closest('h1, h2, h3, h4, h5, h6')) return true;
  if (title && text.replace(/\s/gu, '') === title.replace(/\s/gu, '')) return true;
  return NUMBERED.test(text) || allEmphasised(element);
}
