// Chrome inside a line of text rather than on a line of its own: Weibo
// topics glued into a post (…屏障。#官方通报动物园20只东北虎死亡#), the
// prompt of a link the extraction dropped, left as an open bracket at the end
// of one line and its close at the start of the next (…冲锋号。（详情请点击链接：
// / ）江苏省委常委…), and a post's headline glued before its first sentence.
import { isBracketCredit } from '../../structure/lines.ts';
import { isProse } from './features.ts';

/**
 * A Weibo topic: #…# around a phrase that starts with a character. Not after
 * a digit or letter (1#楼和2#楼), and no clause punctuation inside, so that a
 * text quoting two topics (话题“#跟着课文看杭州”…“#人民日报谈…”) keeps them.
 */
const HASHTAG = /(?<![0-9A-Za-z])#(?=\p{Script=Han})[^#\s，。、；：“”‘’,;:]{1,40}[\p{Script=Han}）)？！?!]#\s*/gu;
/** WeChat's topic tags on a line of their own: #香港一线, #乡村振兴 #基层治理. */
const TOPIC_LINE = /^(?:#\p{Script=Han}[^\s#，。]{1,19}\s*)+$/u;

/** The line without its topics, and what was cut; a line that was only a tag becomes empty. */
export function stripHashtags(line: string): { line: string; cut: string[] } {
  const text = line.trim();
  if (TOPIC_LINE.test(text)) return { line: '', cut: [text] };
  const cut = (line.match(HASHTAG) ?? []).map((tag) => tag.trim());
  return cut.length === 0 ? { line, cut } : { line: line.replace(HASHTAG, ''), cut };
}

/**
 * A font-size switch glued inside a line of text, where a one-line page runs its
 * info line, the switch and the text together (…浏览次数: 次 【字体:小 大】 有人会说 on
 * bazhou.gov.cn, unseen3 w1-bazhou; 【字体: alone on guangde.gov.cn,
 * docs/wide-samples/infolines-s12 11): its label and nothing but 大/中/小 in
 * brackets, a shape no sentence has.
 */
const FONT_SIZE_SWITCH = /\s*【\s*(?:字体|字号)\s*[:：]\s*(?:[大中小]\s*){1,3}】\s*/gu;

/**
 * The line without its font-size switches, and what was cut. A switch between
 * words leaves a line break: it stood between the info line and the text.
 */
export function stripFontSizeSwitch(line: string): { line: string; cut: string[] } {
  const cut = (line.match(FONT_SIZE_SWITCH) ?? []).map((s) => s.trim());
  if (cut.length === 0) return { line, cut };
  const parts = line.split(FONT_SIZE_SWITCH).map((part) => part.trim()).filter((part) => part !== '');
  return { line: parts.join('\n'), cut };
}

/**
 * A table cell's bar left after a line's last sentence when a page laid out in
 * a table is read as text (…奋力奋斗！ |). Only a bar right after sentence-final
 * punctuation, and the only bar of the line, so that a table row printed as
 * text (| 姓名 | 职务 |) keeps its cells.
 */
const TRAILING_CELL_BAR = /(?<=[。！？!?”」』）)])\s*[|｜]\s*$/u;

/**
 * The empty cells closing a table row read as text (…工作的通告 | ||, 打印 字号: | |):
 * two or more bars with nothing between them after the line's words, and no
 * other bar in the line, so a row with filled cells keeps its bars.
 */
const TRAILING_EMPTY_CELLS = /(?<=[^\s|｜])\s*[|｜](?:\s*[|｜])+\s*$/u;

/** The line without a trailing cell bar, and what was cut. */
export function stripTrailingCellBar(line: string): { line: string; cut: string[] } {
  const bars = line.match(/[|｜]/gu)?.length ?? 0;
  const empty = TRAILING_EMPTY_CELLS.exec(line);
  if (empty && (empty[0].match(/[|｜]/gu)?.length ?? 0) === bars) return { line: line.slice(0, empty.index), cut: [empty[0].trim()] };
  const bar = bars === 1 ? TRAILING_CELL_BAR.exec(line) : null;
  return bar ? { line: line.slice(0, bar.index), cut: [bar[0].trim()] } : { line, cut: [] };
}

/**
 * A paging widget's count glued after the text's last sentence (…谢谢大家。第1页 共1页,
 * zixin): the count a site's software prints under a paged text, which other
 * pages print on a line of its own (第1页 / 共43页, 31ppt; rule doc-site-meta).
 * After a sentence end it can be no part of the sentence.
 */
const TRAILING_PAGE_COUNT = /(?<=[。！？!?”」』])\s*第\s*\d{1,4}\s*页\s*[/，,]?\s*共\s*\d{1,4}\s*页\s*$/u;

/**
 * A site's contact record: three or more label：number pairs on one line, the
 * labels naming telephones, faxes and mailboxes (急救电话:0813-120 预约挂号电话:0813-2401126
 * 投诉电话:2300337, kinds3 dohacking; 投稿邮箱:zgw42@qq.com,联系电话:027-8822118,传真:027-88221101,
 * unseen20 ruclaw). A notice prints its own contact as one or two pairs and names a
 * person (联系人); a site's footer lists its services (急救, 挂号, 投诉, 投稿, 客服), so
 * the run must name one of them and no 联系人.
 */
const CONTACT_PAIR = String.raw`[\p{Script=Han}]{0,10}(?:电话|传真|邮箱|热线|E-?mail)(?:\s*[（(][\p{Script=Han}]{1,4}[）)])?\s*[:：]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[0-9（）()][0-9（）()\-－—–、/ ]{4,40}[0-9])`;
const CONTACT_RUN = new RegExp(`(?:${CONTACT_PAIR}[\\s，,；;、]*){3,}[。.]?$`, 'iu');
/** A label every contact pair holds: a line without one is not handed to CONTACT_RUN, which is tried at each of its positions. */
const CONTACT_LABEL = /电话|传真|邮箱|热线|E-?mail/iu;
const SITE_SERVICE = /急救|挂号|投诉|举报|投稿|客服|服务热线|违法和不良信息/u;
const NOTICE_PERSON = /联系人/u;

/** The line without a site's contact record glued after its last sentence, and what was cut. */
export function stripTrailingContacts(line: string): { line: string; cut: string[] } {
  const run = CONTACT_LABEL.test(line) ? CONTACT_RUN.exec(line) : null;
  if (!run || run.index === 0 || !/[。！？!?”」』]\s*$/u.test(line.slice(0, run.index))) return { line, cut: [] };
  if (!SITE_SERVICE.test(run[0]) || NOTICE_PERSON.test(run[0])) return { line, cut: [] };
  return { line: line.slice(0, run.index).trimEnd(), cut: [run[0].trim()] };
}

/** The line without a page count glued after its last sentence, and what was cut. */
export function stripPageCount(line: string): { line: string; cut: string[] } {
  const count = TRAILING_PAGE_COUNT.exec(line);
  return count ? { line: line.slice(0, count.index), cut: [count[0].trim()] } : { line, cut: [] };
}

/**
 * An essay site's notice of the text it hides, set inside a line or after its
 * last words: ……此处隐藏4956个字……, ---此处隐藏8766字,下载后查看---,
 * …以病人为中心全文约1391字，请下载后阅读、编辑。 The words around it are the text's.
 * Also a paywall's bracketed count of what it shows and hides, on a line of
 * its own or after the last words shown: （未完，全文共2010字，当前显示249字）
 * (www.6dgww.com, unseen7 b7-6dgww), …装中国粮。（剩余3263字） (www.qikan.com.cn,
 * unseen4 x1-qikan).
 */
const HIDDEN_TEXT = /\s*[-—…．.]*\s*(?:此处(?:隐藏|省略)\d+个?字(?:[，,]?\s*(?:请?下载后(?:查看|阅读)|VIP会员可见))?|(?:全文|本文)(?:约|共)\d+字[，,]\s*请?下载后(?:阅读|查看|编辑)(?:、(?:阅读|查看|编辑))*|[（(]\s*(?:未完[，,]\s*)?(?:全文共\d+字[，,]\s*当前显示\d+字|剩余\d+字)\s*[）)])[。！]?\s*[-—…．.]*\s*/gu;

/** Words every notice of hidden text holds: HIDDEN_TEXT, with its optional edges, is tried at every position of a line without them. */
const HIDDEN_TEXT_WORD = /此处|全文|本文|剩余/u;

/** The line without the notices of hidden text, and what was cut. */
export function stripHiddenText(line: string): { line: string; cut: string[] } {
  if (!HIDDEN_TEXT_WORD.test(line)) return { line, cut: [] };
  const cut = (line.match(HIDDEN_TEXT) ?? []).map((notice) => notice.trim());
  return cut.length === 0 ? { line, cut } : { line: line.replace(HIDDEN_TEXT, ''), cut };
}

/**
 * The dots a site prints where it cuts a text short for a teaser or preview,
 * after the last words of the page's text in the middle of a clause (…努力营造...,
 * …摆放了抽象设计的...... |, …主观......). An ellipsis after a sentence's end is the text's.
 */
const CUT_ELLIPSIS = /(?<=[\p{Script=Han}，、,])\s*(?:\.{3,}|…+|。{3,})\s*[|｜]?\s*$/u;

/** The lines with the cut-off dots taken from the text's last line, and what was cut. */
export function stripCutEllipsis(lines: string[]): { lines: string[]; cut: string[] } {
  const last = lines.findLastIndex((line) => line.trim() !== '');
  const m = last === -1 ? null : CUT_ELLIPSIS.exec(lines[last]!);
  if (!m) return { lines, cut: [] };
  const out = [...lines];
  out[last] = out[last]!.slice(0, m.index);
  return { lines: out, cut: [m[0].trim()] };
}

/** An opened bracket whose words point to a link: （详情请点击链接：, （点击查看. */
const TEASER_OPEN = /\s*[（(]\s*(?:详情|更多|全文|原文|相关)?[^（）()]{0,8}?(?:点击|点此|链接|详见)[^（）()]{0,8}?[:：]?\s*$/u;
const TEASER_CLOSE = /^\s*[）)]\s*/u;

/**
 * Lines with each dangling link prompt removed: the open part at the end of a
 * line when the next non-blank line opens with its closing bracket.
 */
export function closeDanglingTeasers(lines: string[]): { lines: string[]; cut: string[] } {
  const out = [...lines];
  const cut: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const open = TEASER_OPEN.exec(out[i]!);
    if (!open) continue;
    let next = i + 1;
    while (next < out.length && out[next]!.trim() === '') next++;
    if (next >= out.length || !TEASER_CLOSE.test(out[next]!)) continue;
    cut.push(`${open[0].trim()}）`);
    out[i] = out[i]!.slice(0, open.index);
    out[next] = out[next]!.replace(TEASER_CLOSE, '');
  }
  return { lines: out, cut };
}

/**
 * A post's headline in 【】 glued before its first sentence (Weibo, news
 * apps: 【安徽阜阳一动物园20只东北虎死亡？官方：成立调查组进行全面调查】阜阳市…)
 * goes on a line of its own, without the brackets, where the structure stage
 * reads a title. Short bracketed labels (【本报综合报道】), datelines
 * (【新华社北京5月9日电】) and a newsroom's credit ending in its byline
 * (【环球时报报道 记者 郭媛丹 刘欣】, 【《财经网》专稿/记者 罗昌平】) open the
 * first sentence as printed and stay where they are.
 */
const GLUED_HEADLINE = /^\s*【([^【】。]{8,60})】\s*(?=[\p{Script=Han}“])/u;

/** The lines with the headline split off the first sentence, or undefined when none is glued to it. */
export function splitGluedHeadline(lines: string[]): { lines: string[]; headline: string } | undefined {
  // The post's first sentence: lines above it are the page's (a cut-short headline, 公开).
  const first = lines.findIndex((line) => isProse(line));
  if (first === -1) return undefined;
  const m = GLUED_HEADLINE.exec(lines[first]!);
  const rest = m ? lines[first]!.slice(m[0].length) : '';
  if (!m || isBracketCredit(m[1]!) || !isProse(rest)) return undefined;
  return { lines: [...lines.slice(0, first), m[1]!, rest, ...lines.slice(first + 1)], headline: m[1]! };
}

/**
 * The newsroom's credit or dateline in 【】 that opens the first sentence and so stays
 * (【记者X/台南报导】…), or undefined: what splitGluedHeadline declined, for the cleaning log.
 */
export function ledeBracketCredit(lines: string[]): string | undefined {
  const first = lines.findIndex((line) => isProse(line));
  const m = first === -1 ? null : GLUED_HEADLINE.exec(lines[first]!);
  return m && isBracketCredit(m[1]!) ? m[1]! : undefined;
}

/** A site's address: www.gongwenhui.com, http://example.com.cn/. */
const DOMAIN = '(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|cc|top)(?:\\.cn)?/?';
/** A stamp glued after a line's text: a space, maybe the site's name, its address. */
const STAMP_TAIL = new RegExp(`\\s+((?:[\\p{Script=Han}A-Za-z0-9]{2,10}\\s+)?${DOMAIN})\\s*$`, 'iu');

/**
 * A site's anti-copy stamp glued to the end of lines (同志们: 公文汇
 * www.gongwenhui.com, 一、…郑重宣示 公文汇 www.gongwenhui.com). A text may end
 * a line with an address it names once; a stamp is the same tail on two
 * lines or more, which is what tells them apart.
 */
export function stripRepeatedStamps(lines: string[]): { lines: string[]; cut: string[] } {
  const tails = lines.map((line) => {
    const m = STAMP_TAIL.exec(line);
    return m && m.index > 0 ? { at: m.index, stamp: m[1]!.replace(/\s+/gu, ' ') } : undefined;
  });
  const counts = new Map<string, number>();
  for (const t of tails) if (t) counts.set(t.stamp, (counts.get(t.stamp) ?? 0) + 1);
  const cut: string[] = [];
  const out = lines.map((line, i) => {
    const t = tails[i];
    if (!t || (counts.get(t.stamp) ?? 0) < 2) return line;
    cut.push(t.stamp);
    return line.slice(0, t.at);
  });
  return { lines: out, cut };
}

