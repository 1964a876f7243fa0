// Stage: site chrome lines removed by general line features (issue 4).
//
// The body is the span from the first to the last line of prose. Before it
// (header zone) and after it (footer zone) every line the chrome rules flag
// is dropped; short non-chrome lines there (title, salutation, byline) stay
// for the structure stage. Between body lines only unmistakable chrome
// (ICP and filing numbers, copyright, login prompts) is dropped. Once the
// footer zone has shown chrome, the rest of it is the site footer. Labelled
// values and site names in dropped lines become candidates.
import type { IngestFile } from '../types.ts';
import { isBlank, isProse } from './chrome/features.ts';
import { DATE_TIME, collectCandidates } from './chrome/labels.ts';
import { classifyChrome, stripEdgeControls } from './chrome/rules.ts';
import { copyrightName, sitePrefix, webmasterNames } from './chrome/sitenames.ts';

const STAGE = 'chrome';

/** Line index → reason for every chrome line, and the first body line (the line count when nothing is prose). */
function chromeLines(lines: string[]): { chrome: Map<number, string>; bodyStart: number } {
  const verdicts = lines.map((line) => (isBlank(line) ? undefined : classifyChrome(line)));
  const body = lines.map((line, i) => verdicts[i] === undefined && isProse(line));
  const first = body.indexOf(true);
  const last = body.lastIndexOf(true);
  const chrome = new Map<number, string>();
  verdicts.forEach((verdict, i) => {
    if (verdict && (verdict.strong || first === -1 || i < first || i > last)) chrome.set(i, verdict.reason);
  });
  const footerStart = first === -1 ? undefined : [...chrome.keys()].find((i) => i > last);
  if (footerStart !== undefined) {
    for (let i = footerStart + 1; i < lines.length; i++) {
      if (!chrome.has(i) && !isBlank(lines[i]) && !isProse(lines[i])) chrome.set(i, 'site footer');
    }
  }
  const bodyStart = first === -1 ? lines.length : first;
  markRepeatedNames(lines, chrome, bodyStart);
  return { chrome, bodyStart };
}

/**
 * An account or site name on a line of its own before the body (清风龙岗) that
 * the page's post header repeats among its fields (龙岗区纪委监委 清风龙岗
 * 2023-04-12 18:00): a name line, not the title. Only post headers — lines
 * with a date-time and no breadcrumb separators — are compared, so a title
 * repeated in a breadcrumb stays.
 */
function markRepeatedNames(lines: string[], chrome: Map<number, string>, bodyStart: number): void {
  const fields = new Set<string>();
  for (const [i] of chrome) {
    if (i < bodyStart && DATE_TIME.test(lines[i]) && !/[>＞»›]/.test(lines[i])) for (const f of lines[i].trim().split(/\s+/)) fields.add(f);
  }
  for (let i = 0; i < bodyStart; i++) {
    const line = lines[i].trim();
    if (!chrome.has(i) && line.length <= 10 && /^\p{Script=Han}+$/u.test(line) && fields.has(line)) chrome.set(i, 'site banner');
  }
}

function addSiteNames(file: IngestFile, names: string[]): void {
  if (names.length === 0) return;
  const known = file.data.candidates.siteNames ?? [];
  file.data.candidates.siteNames = [...new Set([...known, ...names])];
}

export function stripChrome(file: IngestFile): void {
  const text = String(file.value);
  const lines = text.split('\n');
  const { chrome, bodyStart } = chromeLines(lines);
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const reason = chrome.get(i);
    if (reason === undefined) {
      const { line: rest, cut } = i < bodyStart ? stripEdgeControls(line) : { line, cut: [] };
      for (const text of cut) file.data.removed.push({ stage: STAGE, reason: 'page controls', text });
      kept.push(rest);
      return;
    }
    collectCandidates(line, file.data.candidates);
    const name = reason === 'site banner' ? line.trim() : copyrightName(line);
    addSiteNames(file, [...(name ? [name] : []), ...webmasterNames(line, text)]);
    file.data.removed.push({ stage: STAGE, reason, text: line.trim() });
  });

  const head = kept.findIndex((line) => !isBlank(line));
  const prefix = head === -1 ? undefined : sitePrefix(kept[head], file.data.candidates.siteNames ?? []);
  if (prefix) {
    kept[head] = kept[head].slice(prefix.prefix.length);
    addSiteNames(file, [prefix.name]);
    file.data.removed.push({ stage: STAGE, reason: 'site-name prefix', text: prefix.prefix.trim() });
  }

  while (kept.length > 0 && isBlank(kept[0])) kept.shift();
  while (kept.length > 0 && isBlank(kept[kept.length - 1])) kept.pop();
  if (chrome.size > 0) file.info(`removed ${chrome.size} chrome line(s)`, { ruleId: 'chrome', source: STAGE });
  file.value = kept.join('\n');
}
