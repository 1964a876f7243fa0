// What an HTML page says about itself in its head and headings: title,
// publication date, source, site name and address. Government sites follow
// the national site standard's <meta name="ArticleTitle|PubDate|ContentSource|
// SiteName|ColumnName"> (GB/T 2016 政府网站发展指引); news sites Open Graph
// and article:published_time. Read before Readability takes the DOM apart.
import type { Candidates } from '../types.ts';
import { FIELD_DATE_LABELS, PAGE_DATE_LABELS, alternatives } from '../extract/date-vocabulary.ts';
import { boldTitle, headingAfterName } from '../structure/title-html.ts';
import { traditionalToSimplified } from '../lib/opencc.ts';
import { PINYIN_LETTERS, countSyllables, hasTone } from '../lib/pinyin.ts';

/** Separators a <title> puts between the headline and the site or column name; a hyphen or a dot between digits is a range or a dated name (1-2月期, 5·19中国旅游日). */
const TITLE_SEPARATOR = /\s*(?:_|\||｜|(?<!\d)-{1,2}|-{1,2}(?!\d)|–|—{1,2}|(?<!\d)·|·(?!\d))\s*/u;
/**
 * Words that end a site's, column's or publisher's name rather than a
 * headline (XX市人民政府, 新闻中心, 中国证券监督管理委员会, XX县人民医院);
 * only parts of at most 16 characters count, headlines are longer.
 */
const SITE_WORDS = /(?:网|網|网站|網站|论坛|論壇|社区|门户|官网|官方网站|频道|頻道|政府|日报|日報|晚报|时报|新闻|新聞|在线|在線|客户端|中心|平台|首页|首頁|主页|栏目|动态|要闻|公开|委员会|委|局|厅|部|办|办公室|法院|检察院|医院|大学|学院|学校|中学|小学)$/u;
const HAN = /\p{Script=Han}/u;
/** Crumbs of a path: 首页>栏目, 网站 » 栏目. */
const BREADCRUMB = /[\p{Script=Han}\w]\s*[>»›]\s*[\p{Script=Han}\w]/u;
/** A column's marker in brackets (北医新闻网_(新闻)): no headline of its own. */
const BRACKETED_LABEL = /^[（(【［\[][^（）()【】［］\[\]]{1,6}[）)】］\]]$/u;

type Doc = { querySelector(s: string): { getAttribute(n: string): string | null; textContent: string | null } | null; querySelectorAll(s: string): Iterable<{ textContent: string | null }> };

const clean = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u3000]+/gu, ' ').trim();

type Meta = { getAttribute(n: string): string | null };

/**
 * The page's <meta> elements in document order, gathered once: each name asked
 * for was two selector queries over the whole page (up to 19 names a page:
 * docs/performance.md, eleventh session).
 */
const metasOf = new WeakMap<Doc, Meta[]>();

/** The first <meta> whose `attribute` is `name`, ASCII case ignored (the selector's `i`). */
function firstMeta(metas: Meta[], attribute: string, name: string): Meta | undefined {
  const wanted = name.toLowerCase();
  return metas.find((meta) => meta.getAttribute(attribute)?.toLowerCase() === wanted);
}

function metaContent(document: Doc, names: string[]): string | undefined {
  let metas = metasOf.get(document);
  if (!metas) metasOf.set(document, (metas = [...(document as unknown as { querySelectorAll(s: string): Iterable<Meta> }).querySelectorAll('meta')]));
  for (const name of names) {
    const value = clean(firstMeta(metas, 'name', name)?.getAttribute('content') ?? firstMeta(metas, 'property', name)?.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

const OPEN_QUOTES = /[“‘「『《]/gu;
const CLOSE_QUOTES = /[”’」』》]/gu;
/** Whether a quotation opened before `at` is still open there. */
const insideQuote = (text: string, at: number) => {
  const head = text.slice(0, at);
  return (head.match(OPEN_QUOTES)?.length ?? 0) > (head.match(CLOSE_QUOTES)?.length ?? 0);
};

/**
 * The <title> cut at its separators, but not inside a quotation: a · there is
 * the quoted name's own (“海丝茶源·飘香安溪” 入选…_公共服务_…, fjax.gov.cn, unseen18 c18-fjax).
 */
function splitTitle(title: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const m of title.matchAll(new RegExp(TITLE_SEPARATOR.source, 'gu'))) {
    if (m[0].length === 0 || insideQuote(title, m.index)) continue;
    parts.push(title.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(title.slice(from));
  return parts;
}

/** A <title> split into its parts, and the parts that name the site or a column. */
export function titleParts(title: string, siteNames: string[]): { parts: string[]; headline?: string } {
  const parts = splitTitle(title).map((p) => p.trim()).filter(Boolean);
  const isSite = (part: string) => siteNames.some((s) => s === part || part.includes(s)) || (SITE_WORDS.test(part) && [...part].length <= 16) || BRACKETED_LABEL.test(part) || !HAN.test(part);
  const headlines = parts.filter((p) => !isSite(p));
  // The longest part that is not a site or column name is the headline (站点_栏目_标题 and 标题_栏目_站点 alike).
  const headline = headlines.sort((a, b) => b.length - a.length)[0];
  return { parts, ...(headline ? { headline } : {}) };
}

/**
 * The page's headline: the standard's ArticleTitle, Open Graph's title, then
 * a heading element that the <title> repeats (the headline is the heading the
 * title names; a site logo in <h1> is not in it), then the <title> without
 * its site and column names.
 */
function headline(document: Doc, siteNames: string[]): string | undefined {
  const fromMeta = metaContent(document, ['ArticleTitle', 'og:title', 'twitter:title']);
  const pageTitle = clean(document.querySelector('title')?.textContent);
  const { headline: fromTitle } = titleParts(pageTitle, siteNames);
  if (fromMeta) return titleParts(fromMeta, siteNames).headline ?? fromMeta;
  const headings = [...document.querySelectorAll('h1, h2, h3, [class*="title" i], [id*="title" i]')]
    .map((h) => clean(h.textContent))
    .filter((h) => [...h].length >= 4 && [...h].length <= 100 && HAN.test(h));
  const named = headings.filter((h) => pageTitle.includes(h) && !siteNames.includes(h) && !(SITE_WORDS.test(h) && [...h].length <= 16));
  const best = named.sort((a, b) => b.length - a.length)[0];
  // An element printing the whole <title> again (a share widget's title) carries its site name too.
  if (best) return best === pageTitle && fromTitle ? fromTitle : best;
  // A breadcrumb for a <title> (世艺网>艺术教育) names the site and its columns, not the page.
  if (fromTitle && !BREADCRUMB.test(pageTitle)) return (fromTitle === pageTitle ? headingAfterName(document, fromTitle) : undefined) ?? fromTitle;
  return topHeading(document, siteNames) ?? boldTitle(document, pageText(document).free);
}

/**
 * A <title> with no headline of its own (-铜雀历史网, the site's name
 * alone): the page's most prominent heading — the one element of the highest
 * heading level the page uses — unless it names the site.
 */
function topHeading(document: Doc, siteNames: string[]): string | undefined {
  for (const level of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) {
    const found = [...document.querySelectorAll(level)].map((h) => clean(h.textContent)).filter((h) => HAN.test(h));
    if (found.length === 0) continue;
    const [h] = found;
    const named = siteNames.some((s) => h!.includes(s)) || (SITE_WORDS.test(h!) && [...h!].length <= 16);
    return found.length === 1 && [...h!].length >= 4 && [...h!].length <= 100 && !named ? h : undefined;
  }
  return undefined;
}

/**
 * WeChat article pages fill their visible date by script from `var ct =
 * "<unix seconds>"`; the same variable is the only date the saved page has.
 * Written out as the day in China Standard Time.
 */
function scriptedPublishTime(document: Doc): string | undefined {
  for (const script of document.querySelectorAll('script')) {
    const seconds = /\bvar\s+ct\s*=\s*"(\d{10})"/u.exec(script.textContent ?? '')?.[1];
    if (seconds) return new Date((Number(seconds) + 8 * 3600) * 1000).toISOString().slice(0, 10);
  }
  return undefined;
}

interface PageNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes?: ArrayLike<PageNode>;
}

/** Elements whose text is never the page's own visible text, and lists whose dates are other articles'. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'HEAD', 'TITLE']);
const LISTED = new Set(['LI', 'A']);

interface PageText {
  /** The visible text, one piece per text node, in document order. */
  pieces: string[];
  /** Pieces outside links and list items, where a date alone is the page's own. */
  free: string[];
  /** The Founder (方正) newspaper CMS's `<!--enpproperty <date>…</date>…-->` comment. */
  enpDate?: string;
}

/** The page's text pieces, walked once without building strings of whole subtrees. */
function pageText(document: Doc): PageText {
  // From the document node: on some malformed pages the parser hangs <body> beside <html>, not inside it.
  const root = document as unknown as PageNode;
  const out: PageText = { pieces: [], free: [] };
  const walk = (node: PageNode, listed: boolean) => {
    if (node.nodeType === 8) {
      out.enpDate ??= /^\s*enpproperty[\s\S]*?<date>([^<]+)<\/date>/u.exec(node.nodeValue ?? '')?.[1]?.trim();
      return;
    }
    if (node.nodeType === 3) {
      const text = clean(node.nodeValue);
      if (text) {
        out.pieces.push(text);
        if (!listed) out.free.push(text);
      }
      return;
    }
    if ((node.nodeType !== 1 && node.nodeType !== 9) || SKIPPED.has(node.nodeName.toUpperCase())) return;
    const inList = listed || LISTED.has(node.nodeName.toUpperCase());
    const children = node.childNodes ?? [];
    for (let i = 0; i < children.length; i++) walk(children[i]!, inList);
  };
  walk(root, false);
  return out;
}

const DATE_VALUE = /^[|｜\s]*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/u;
const label = (terms: string) => new RegExp(`${terms}\\s*[:：]\\s*(.*)$`, 'u');
/** A publication label and its value, in one text piece or split over two (label and value in separate cells). */
const LABELLED = label(`(?:${alternatives(PAGE_DATE_LABELS)})`);
/** Bare 时间： and 日期： only where they begin a field: 会议时间：… is not the page's date. */
const FIELD = label(`(?:^|[\\s|｜【\\[])(?:${alternatives(FIELD_DATE_LABELS)})`);
/**
 * A text piece that is a date and nothing else — an e-paper's edition date, a
 * news page's time stamp — or a date before other labelled fields (2005年08月16日　来源：新华网).
 */
const DATE_ALONE = /^(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)(?:\s*星期[一二三四五六日天])?(?:$|\s+[\p{Script=Han}]{2,6}\s*[:：])/u;

/** A short info line whose date carries a clock time: 新华网河北频道 ( 2012-06-04 09:20:26 ). */
const CLOCKED = /(?<!\d)(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?)/u;
const CLOCKED_MAX = 60;

/** A toned pinyin gloss in brackets, as mirror sites glue them after characters: 發(fā)布時(shí)間. */
const GLOSS = new RegExp(`[(（]\\s*[${PINYIN_LETTERS}1-5' ]{1,30}\\s*[)）]`, 'gu');
/** Longer than this, a text piece is no label of an info line. */
const LABEL_PIECE_MAX = 100;

/**
 * A short text piece with a colon, read as the text stages will read it: the
 * pinyin and script stages run after this one, and a label in traditional
 * characters or with pinyin glued into it (發(fā)布時(shí)間：2022-06-24) is the
 * same label. Only toned glosses are taken out: a piece has too little text
 * to tell a toneless one from a word in brackets.
 */
function labelText(piece: string): string {
  if (piece.length > LABEL_PIECE_MAX || !/[:：]/u.test(piece)) return piece;
  const unglossed = piece.replace(GLOSS, (gloss) => (hasTone(gloss) && countSyllables(gloss.slice(1, -1)) > 0 ? '' : gloss));
  return traditionalToSimplified(unglossed);
}

function labelledDate(pieces: string[], re: RegExp): string | undefined {
  for (let i = 0; i < pieces.length; i++) {
    const m = re.exec(labelText(pieces[i]!));
    if (!m) continue;
    const value = DATE_VALUE.exec(m[1]!) ?? (m[1]!.trim() === '' ? DATE_VALUE.exec(pieces[i + 1] ?? '') : null);
    if (value) return value[1]!.trim();
  }
  return undefined;
}

/**
 * Elements the page itself names as a time or a date (<time>, class="pub_time",
 * id="pubtime", class="timeBox"): the first one outside a list item
 * whose short text holds a date is the page's; in a list item the date is
 * another article's.
 */
const TIME_ELEMENTS = 'time, [class*="time" i], [class*="date" i], [id*="time" i], [id*="date" i]';
const TIME_TEXT_MAX = 40;
const FULL_DATE = /(?<!\d)(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/u;

type TimeElement = { getAttribute(n: string): string | null; textContent: string | null; closest(s: string): unknown };

function timeElementDate(document: Doc): string | undefined {
  for (const element of (document as unknown as { querySelectorAll(s: string): Iterable<TimeElement> }).querySelectorAll(TIME_ELEMENTS)) {
    if (element.closest('li')) continue;
    const text = clean(element.getAttribute('datetime') || element.textContent);
    if (text === '' || text.length > TIME_TEXT_MAX) continue;
    const full = FULL_DATE.exec(text)?.[1];
    if (full) return full;
  }
  return undefined;
}

/**
 * The page's publication date, best first: a labelled date the reader sees
 * (发布时间：, 生成日期： in an info line or a 信息公开 table cell), the head's
 * PubDate or article:published_time, a date after a bare 时间： field, the
 * newspaper CMS's date, WeChat's scripted time, an element named as the
 * page's time or date, a date standing alone outside
 * links and lists (an e-paper's edition date), a date with a clock time in a
 * short line outside them. What the reader sees comes
 * before PubDate, which some sites set again when the page is regenerated.
 */
function publishedDate(document: Doc): string | undefined {
  const text = pageText(document);
  const meta = metaContent(document, ['PubDate', 'article:published_time', 'publishdate', 'pubdate', 'publish_date', 'datePublished', 'og:release_date', 'firstpublishedtime', 'dcterms.created', 'DC.date.issued']);
  return (
    labelledDate(text.pieces, LABELLED) ??
    (meta && /\d{4}/u.test(meta) ? meta : undefined) ??
    labelledDate(text.pieces, FIELD) ??
    (text.enpDate && /\d{4}/u.test(text.enpDate) ? text.enpDate : undefined) ??
    scriptedPublishTime(document) ??
    timeElementDate(document) ??
    text.free.map((p) => DATE_ALONE.exec(p)?.[1]).find(Boolean) ??
    text.free.map((p) => (p.length <= CLOCKED_MAX ? CLOCKED.exec(p)?.[1] : undefined)).find(Boolean)
  );
}

/** Fills the candidates with what the page's head and headings say; what is already known wins. */
export function readPageMeta(document: Doc, candidates: Candidates): void {
  // Gathered afresh: the page may have changed since an earlier reading.
  metasOf.delete(document);
  const site = metaContent(document, ['SiteName', 'og:site_name', 'application-name']);
  const siteNames = [...new Set([...(candidates.siteNames ?? []), ...(site ? [site] : [])])];
  const pageTitle = clean(document.querySelector('title')?.textContent);
  const { parts, headline: fromTitle } = titleParts(pageTitle, siteNames);
  // The non-headline parts of the <title> name the site or a column (标题_XX市人民政府).
  for (const part of parts) if (part !== fromTitle && HAN.test(part) && [...part].length <= 20 && SITE_WORDS.test(part)) siteNames.push(part);
  const title = headline(document, siteNames);
  if (title) candidates.title ??= title;
  const published = publishedDate(document);
  if (published) candidates.published ??= published;
  const source = metaContent(document, ['ContentSource', 'source']);
  if (source && HAN.test(source)) candidates.source ??= source;
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['og:url', 'Url']);
  if (url && /^https?:\/\//u.test(url)) candidates.url ??= url;
  const unique = [...new Set(siteNames)];
  if (unique.length) candidates.siteNames = unique;
}
