// The title candidates the structure stage can see on a page, for the title
// model's ceiling and fit (scripts/eval/fit-title-model.ts): every line
// before the first sentence of the cleaned text, as printed and after
// cleanTitle, two lines joined, a headline glued to the first sentence, the
// lines a chrome rule took from above it (the page as it was), the page
// head's headline (html-meta.ts, title-html.ts) and its parts, and what the
// rules chose. `null` (no title: derive one) is always an option.
import type { IngestFile } from '../ingest/types.ts';
import { cleanTitle, titleSeparated } from '../ingest/structure/title-clean.ts';
import { findTitle, startsText } from '../ingest/structure/title.ts';
import { titleParts } from '../ingest/stages/html-meta.ts';
import type { Candidate, Origin, TitlePage } from './title-features.ts';

/** Lines read before the first sentence at most. */
export const HEAD_WINDOW = 12;
/** Lines of the page before chrome removal read at most. */
const PAGE_WINDOW = 40;

/** The candidates of a file that has been through the cleaning stages; the rules' title is added by the caller. */
export function titleCandidates(file: IngestFile): TitlePage {
  const lines = String(file.value)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const siteNames = file.data.candidates.siteNames ?? [];
  let textAt = lines.findIndex((line, k) => k < HEAD_WINDOW && startsText(line));
  if (textAt < 0) textAt = Math.min(lines.length, HEAD_WINDOW);
  const head = lines.slice(0, Math.min(lines.length, textAt + 1));
  const byText = new Map<string, Candidate>();
  const add = (text: string | undefined, at: number, origin: Origin) => {
    const t = (text ?? '').trim();
    if (t.length < 2 || t.length > 120) return;
    const c = byText.get(t);
    if (c) {
      if (!c.origins.includes(origin)) c.origins.push(origin);
      if (c.at < 0 && at >= 0) c.at = at;
    } else byText.set(t, { text: t, at, origins: [origin] });
  };
  for (let k = 0; k < head.length; k++) {
    const line = head[k]!;
    if (k < textAt) {
      add(line, k, 'line');
      add(cleanTitle(line, siteNames).title, k, 'clean');
      for (const p of titleSeparated(line)) add(cleanTitle(p, siteNames).title, k, 'part');
      if (k + 1 < textAt) add(cleanTitle(line + head[k + 1]!, siteNames).title, k, 'joined');
    }
    const glued = findTitle(lines, k);
    if (glued?.rest !== undefined) add(cleanTitle(glued.title, siteNames).title, k, 'glued');
  }
  const before = file.data.pageLines ?? [];
  for (const line of before.slice(0, PAGE_WINDOW)) {
    const t = line.trim();
    if (!t) continue;
    if (startsText(t)) break;
    add(t, -1, 'page');
    add(cleanTitle(t, siteNames).title, -1, 'page');
  }
  const headline = file.data.candidates.title;
  if (headline) {
    add(headline, -1, 'headline');
    add(cleanTitle(headline, siteNames).title, -1, 'headline');
    for (const p of titleParts(headline, siteNames).parts) add(p, -1, 'headline');
  }
  return { head, textAt, ...(headline ? { headline } : {}), siteNames, before: before.slice(0, PAGE_WINDOW), candidates: [...byText.values()], rules: null };
}
