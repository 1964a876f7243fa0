// Stage: an HTML page → its main text, one paragraph per line, with the
// labelled lines around it (发布时间, 来源, 作者, 责任编辑 …) kept as metadata
// candidates. Choosing the main text is Mozilla Readability's job (the Firefox
// Reader View algorithm: text density, punctuation — Chinese commas included —
// and link density, not per-site selectors); block boundaries come from
// hast-util-to-text's innerText algorithm, on hast made from the parsed DOM
// itself (serializing it and parsing the HTML again cost a fifth of the stage).
import { Readability } from '@mozilla/readability';
import { fromDom } from 'hast-util-from-dom';
import { toText } from 'hast-util-to-text';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import type { Candidates, IngestFile } from '../types.ts';
import { isProse } from './chrome/features.ts';
import { ROLE_WORD, collectCandidates } from './chrome/labels.ts';
import { markCaptions, removeStructuralChrome } from '../html/structural.ts';
import { readPageMeta } from './html-meta.ts';

const MAX_LINES_BEFORE_TITLE = 5;

const LABELS: [RegExp, keyof Candidates | undefined][] = [
  [/^(发布时间|发布日期|发表时间|时间|日期)$/, 'published'],
  [/^(来源|稿源|信息来源|文章来源)$/, 'source'],
  [/^(作者|记者|撰稿)$/, 'authors'],
  [/^(责任编辑|编辑|责编)$/, 'editor'],
  [/^(浏览次数|点击数|阅读次数|访问量|浏览量|点击量)$/, undefined],
];
const LABEL = new RegExp(`(${LABELS.map(([re]) => re.source.slice(2, -2)).join('|')})\\s*[:：]\\s*`, 'g');

/** Reader controls that survive extraction inside article containers. */
const CONTROLS = /^(【?\s*字[体號号]\s*[:：]?\s*[大中小\s]+】?|打印本页|打印|关闭窗口|关闭|分享到[:：]?.*|【?(打印|关闭|返回顶部|收藏)】?(\s+【?(打印|关闭|返回顶部|收藏)】?)*|[上下]一篇[:：].*)$/;

/** A date-time that newspaper sites print unlabelled before 来源：… on the same line. */
const LEADING_DATE = /^\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*(\d{1,2}:\d{2}(:\d{2})?)?/;

/**
 * A line made of `label：value` pairs (possibly bracketed, possibly after an
 * unlabelled date): the pairs, or undefined when the line is text.
 */
export function labelledValues(line: string): [string, string][] | undefined {
  if (line.length > 160) return undefined;
  const inner = line.replace(/^[（(【[]\s*/, '').replace(/\s*[）)】\]]$/, '');
  const matches = [...inner.matchAll(LABEL)];
  if (matches.length === 0) return undefined;
  const before = inner.slice(0, matches[0]!.index).replace(/[\s|｜]+$/, '');
  const date = LEADING_DATE.exec(before)?.[0];
  if (before !== '' && date !== before) return undefined;
  const pairs: [string, string][] = date ? [['发布时间', date]] : [];
  matches.forEach((m, i) => {
    const end = i + 1 < matches.length ? matches[i + 1]!.index : inner.length;
    pairs.push([m[1]!, inner.slice(m.index + m[0].length, end).replace(/[\s|｜]+$/, '').trim()]);
  });
  // Metadata values are names, dates and counts; a sentence after the label
  // is text — an interview question (记者：…) or a prose line.
  return pairs.some(([, value]) => value.length > 40 || /[，。？！；?!]/.test(value)) ? undefined : pairs;
}

function remember(candidates: Candidates, label: string, value: string): void {
  const key = LABELS.find(([re]) => re.test(label))?.[1];
  if (!key || !value) return;
  if (key === 'authors') candidates.authors ??= value.split(/[\s,，、]+/).filter((token) => token && !ROLE_WORD.test(token));
  else if (key === 'editor') candidates.editor ??= value.split(/[\s,，、]+/)[0];
  else if (key === 'published' || key === 'source') candidates[key] ??= value;
}

/** The text lines of a linkedom node (its DOM types are close enough to the standard ones that hast reads). */
const linesOf = (node: unknown) =>
  toText(fromDom(node as Node))
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, ' ').trim())
    .filter(Boolean);

/** Hidden text longer than this is an article waiting for a script, not a hidden widget. */
const REVEALED_MIN = 200;

/**
 * Pages that show their article by script (WeChat's js_content, lazy
 * templates) serve it with `visibility: hidden` or `display: none`, and
 * Readability skips hidden elements: such an element with a long text is
 * made visible again.
 */
function revealScriptedText(document: { querySelectorAll(s: string): Iterable<{ getAttribute(n: string): string | null; setAttribute(n: string, v: string): void; textContent: string | null }> }): void {
  for (const element of document.querySelectorAll('[style*="hidden"], [style*="none"]')) {
    const style = element.getAttribute('style') ?? '';
    if (!/visibility\s*:\s*hidden|display\s*:\s*none/iu.test(style)) continue;
    if ((element.textContent ?? '').replace(/\s+/gu, '').length < REVEALED_MIN) continue;
    element.setAttribute('style', style.replace(/visibility\s*:\s*hidden\s*;?|display\s*:\s*none\s*;?/giu, ''));
  }
}

/**
 * A picture's caption: <figcaption>, or an element the page's stylesheet
 * names a caption (class="caption", pic_txt, img-desc …). Short, so that an
 * article container with "caption" in a long class list stays.
 */
const CAPTION_CLASS = /(?:^|[\s_-])(?:caption|(?:pic|img|image|photo)[_-]?(?:txt|text|desc|note|info|intro|title)|pictext|picintro|imgtxt|tuzhu)(?:$|[\s_-])/iu;
const MAX_CAPTION = 200;

type CaptionElement = { tagName: string; getAttribute(n: string): string | null; textContent: string | null; remove(): void };

function removeCaptions(document: { querySelectorAll(s: string): Iterable<CaptionElement> }, file: IngestFile): void {
  for (const element of [...document.querySelectorAll('figcaption, [class]')]) {
    const isCaption = element.tagName.toLowerCase() === 'figcaption' || CAPTION_CLASS.test(element.getAttribute('class') ?? '');
    if (!isCaption) continue;
    const text = (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text.length > MAX_CAPTION) continue;
    if (text) file.data.removed.push({ stage: 'html', rule: 'photo-caption', reason: 'picture caption', text });
    element.remove();
  }
}

type SpeechElement = {
  getAttribute(n: string): string | null;
  querySelector(s: string): SpeechElement | null;
  textContent: string | null;
  prepend(text: string): void;
  remove(): void;
};

/**
 * A transcript published as Akoma Ntoso XML names each turn's speaker only in
 * markup: `<speech by="#王韻齡">` pointing at a `<TLCPerson id="王韻齡"
 * showAs="王韻齡">` (sayit archive.tw), or also in a `<from>The SPEAKER</from>`
 * child (the South African National Assembly's Hansard, parliament.gov.za,
 * as mySociety's SayIt imports it). Each speech becomes a turn: the name as
 * printed (`<from>`, else the person's showAs, else the id) and a colon before
 * its first paragraph, where the turn parser looks for a label.
 */
function labelSpeeches(document: { querySelectorAll(s: string): Iterable<SpeechElement> }): void {
  const names = new Map<string, string>();
  for (const person of document.querySelectorAll('tlcperson[id]')) {
    names.set(person.getAttribute('id')!, (person.getAttribute('showas') ?? '').trim() || person.getAttribute('id')!);
  }
  for (const speech of document.querySelectorAll('speech[by]')) {
    const from = speech.querySelector('from');
    const id = speech.getAttribute('by')!.replace(/^#/u, '').trim();
    const name = (from?.textContent ?? '').replace(/\s+/gu, ' ').trim() || names.get(id) || id;
    from?.remove();
    if (!name) continue;
    const colon = /\p{Script=Han}$/u.test(name) ? '：' : ': ';
    (speech.querySelector('p') ?? speech).prepend(name + colon);
  }
}

/** The page's main text as an element: Readability's article, or nothing when it finds none. */
export type MainFinder = (document: Document) => unknown;

const readabilityMain: MainFinder = (document) =>
  // The article as its element, not as HTML text to parse again.
  new Readability<unknown>(document, { serializer: (element) => element }).parse()?.content ?? undefined;

export function extractHtml(file: IngestFile): void {
  extractHtmlWith(file, readabilityMain);
}

/** The stage with another choice of the main element (to compare extractors on the same rules). */
/**
 * Elements of a page's body (the HTML Living Standard's flow content, §3.2.5.2.2, the ones a
 * stored fragment opens with). linkedom makes the first element of a fragment with no
 * <html> or <body> the document's root and leaves the body empty, so neither the page's
 * lines nor Readability saw any text: a 美篇 post stored as its `<p class="ql-block">`
 * paragraphs was quarantined as empty (www.meipian.cn
 * eval:e35-meipian-xin-county-discipline-deputy-secretary-party-lesson-bali-town-markup-split-title-repeated-label-gbk-cut).
 * A fragment opening with head content before its body (<style>, <link>, <meta> …: a paid post's
 * preview stored from its <style> on, pic3.cnyw.net, fixture html/fragment-s40) made that element
 * the root the same way. Such a fragment is given to parse5, the HTML standard's tree builder, which
 * puts head content in <head> and the rest in <body> as a browser does; linkedom is not one.
 * Text before any element, and fragments opening with <head> or <body>, are parsed as before.
 */
export const FRAGMENT_ROOTS = new Set(['p', 'div', 'span', 'section', 'article', 'main', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'font', 'strong', 'b', 'em', 'i', 'a', 'img', 'br', 'center', 'figure', 'header', 'footer', 'nav', 'aside', 'form', 'hr', 'address']);

/** Elements of a page's head (the HTML Living Standard's metadata content) a stored fragment may open with. */
export const HEAD_ROOTS = new Set(['style', 'link', 'meta', 'title', 'base', 'script', 'noscript']);

/** The page parsed; a fragment that opens with a body element or with head content is built into a whole page first. */
function parsePage(html: string, file: IngestFile): ReturnType<typeof parseHTML> {
  const page = parseHTML(html);
  const root = page.document.documentElement?.tagName?.toLowerCase();
  if (root === undefined || !(FRAGMENT_ROOTS.has(root) || HEAD_ROOTS.has(root))) return page;
  file.info(`an HTML fragment opening with <${root}>, parsed as a whole page`, { ruleId: 'html-fragment', source: 'html' });
  return parseHTML(serialize(parse(html)));
}

export function extractHtmlWith(file: IngestFile, findMain: MainFinder): void {
  if (file.data.format !== 'html') return;
  const html = String(file.value);
  const { document } = parsePage(html, file);
  const candidates = file.data.candidates;

  readPageMeta(document as never, candidates);
  labelSpeeches(document as never);

  // Before Readability, which takes the document apart.
  const pageLines = linesOf(document.body ?? document);
  for (const line of pageLines) for (const [label, value] of labelledValues(line) ?? []) remember(candidates, label, value);

  revealScriptedText(document as never);
  removeCaptions(document as never, file);
  markCaptions(document as unknown as Document, candidates.title);
  const article = findMain(document as unknown as Document) as Element | undefined;
  for (const { rule, reason, text } of article ? removeStructuralChrome(article, candidates.title) : []) {
    collectCandidates(text, candidates);
    file.data.removed.push({ stage: 'html', rule, reason, text });
  }
  const main = article ? linesOf(article) : pageLines;
  const kept: string[] = [];
  for (const line of main) {
    if (labelledValues(line) || CONTROLS.test(line)) file.data.removed.push({ stage: 'html', reason: 'page control or labelled line', text: line });
    else kept.push(line);
  }
  // A forum post's author box (用户名, 主题 35 帖子 212) comes before the headline: lines
  // above the page's own title that are not prose are page furniture.
  const titleAt = candidates.title ? kept.slice(0, MAX_LINES_BEFORE_TITLE + 1).indexOf(candidates.title) : -1;
  for (const line of titleAt > 0 ? kept.splice(0, titleAt) : []) {
    if (isProse(line)) kept.unshift(line);
    else {
      collectCandidates(line, candidates); // 发表于 2022-11-3 … is the post's date
      file.data.removed.push({ stage: 'html', reason: 'page furniture before the title', text: line });
    }
  }
  // Readability often lifts the headline out of the text; put it back where the structure stage looks for a title.
  if (candidates.title && !kept.slice(0, 3).includes(candidates.title)) kept.unshift(candidates.title);

  const keptSet = new Set(kept);
  const outside = pageLines.filter((line) => !keptSet.has(line) && !labelledValues(line));
  if (outside.length) {
    file.data.removed.push({ stage: 'html', reason: 'page chrome outside the main text', text: outside.join(' / ').slice(0, 2000) });
  }
  file.value = kept.join('\n') + '\n';
}
