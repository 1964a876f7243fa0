// Stage: the page's first lines as they read before the chrome stage, for the
// title stage. A chrome rule judges a line alone (a menu item, a field-table
// row, a line the line model scores as chrome) and sometimes takes the
// headline with the menu; where that line stood — right above the text, with
// only info lines between — is what tells the title stage it was the
// headline, and the chrome stage's log keeps the text but not the place.
import type { IngestFile } from '../types.ts';

/** A headline stands near the top: enough lines for a long menu above it. */
const PAGE_LINES_MAX = 200;

export function keepPageLines(file: IngestFile): void {
  file.data.pageLines = String(file.value)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, PAGE_LINES_MAX);
}
