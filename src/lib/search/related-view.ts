// The "related documents" section of the search page: shown only when no
// document holds the exact query, filled from Pagefind's word-level ranking
// (related.ts) and labelled so nobody mistakes it for an exact hit.
import { relatedDocuments } from './related.ts';

/** Fills `section` with documents related to `query`; hides it when there are none. `current` says whether the query is still the one on screen. */
export async function showRelated(section: HTMLElement, query: string, current: () => boolean): Promise<void> {
  const list = section.querySelector('ol')!;
  list.replaceChildren();
  section.hidden = true;
  let results;
  try {
    results = await relatedDocuments(query);
  } catch (error) {
    console.warn(error);
    return;
  }
  if (!current() || results.length === 0) return;
  for (const result of results) {
    const link = Object.assign(document.createElement('a'), { href: result.url, textContent: result.title });
    const excerpt = document.createElement('p');
    excerpt.className = 'result-snippet';
    excerpt.append(...result.excerpt.map((run) => (run.hit ? Object.assign(document.createElement('mark'), { textContent: run.text }) : run.text)));
    const heading = document.createElement('h3');
    heading.append(link);
    const item = document.createElement('li');
    item.className = 'related-result';
    item.append(heading, excerpt);
    list.append(item);
  }
  section.hidden = false;
}
