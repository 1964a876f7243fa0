// The quiet marker on a paragraph that also stands elsewhere: a button at the
// end of the paragraph that opens the list of the other documents (a popover
// rendered by SharedPassages.astro). Like the paragraph anchor, it holds no
// text node (its label comes from CSS and aria-label), so the paragraph's text
// content, which the phrase index reads from the page, stays the text.
//
// Inserted into the HTML that document-html.ts rendered rather than through a
// parse and serialization, which would change the page's escaping: each
// anchored paragraph or heading there is one element with no block inside,
// so its paragraph ends at the first closing p or heading tag after its anchor.

export interface Marker {
  para: string;
  count: number;
}

export const panelId = (para: string) => `shared-${para}`;

export function markerHtml({ para, count }: Marker): string {
  const label = `另见于 ${count} 篇文献`;
  return `<button type="button" class="shared-mark" popovertarget="${panelId(para)}" data-count="${count}" aria-label="${label}" title="${label}" data-pagefind-ignore></button>`;
}

const CLOSING = /<\/(?:p|h[1-6])>/g;

/** The document HTML with each marker before the end of its paragraph; a marker whose anchor is missing is an error. */
export function withMarkers(html: string, markers: readonly Marker[]): string {
  const at: { index: number; html: string }[] = [];
  for (const marker of markers) {
    const anchor = html.indexOf(`<a class="anchor" id="${marker.para}"`);
    if (anchor === -1) throw new Error(`shared passages: no paragraph anchor ${marker.para} in the document`);
    CLOSING.lastIndex = anchor;
    const end = CLOSING.exec(html);
    if (!end) throw new Error(`shared passages: paragraph ${marker.para} does not end`);
    at.push({ index: end.index, html: markerHtml(marker) });
  }
  at.sort((a, b) => b.index - a.index);
  let out = html;
  for (const { index, html: insert } of at) out = out.slice(0, index) + insert + out.slice(index);
  return out;
}
