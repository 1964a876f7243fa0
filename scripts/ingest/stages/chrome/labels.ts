// Labelled metadata in page chrome (发布时间：… 来源：… 作者：… 责任编辑：…):
// parsed into candidates before the chrome line that carries it is dropped.
import type { Candidates } from '../../types.ts';
import { LABELS, type Field } from './vocabulary.ts';
import { SHARED_COPY_MARKS, alternatives as markAlternatives } from '../../extract/date-vocabulary.ts';

const fieldOf = new Map<string, Field>();
for (const { field, term } of LABELS) for (const label of term.split('|')) fieldOf.set(label, field);

// Longest label first so 责任编辑 wins over 编辑. A label starts the line or
// follows a separator or a printed time (09:53:00来源：), so 行文：… inside a
// sentence is not a label. Government index tables letter-space their labels
// (索 引 号) and print them before a cell bar rather than a colon.
const alternatives = [...fieldOf.keys()].sort((a, b) => b.length - a.length).join('|');
const LABEL = new RegExp(`(?:^|[\\s|｜【\\[（(·]|(?<=\\d))(${alternatives})\\s*[:：]\\s*`, 'gu');
// Inside a line that is an info line by its shape, a label may follow the
// previous value with no separator at all (张三来源:新闻中心发布时间:…).
const GLUED_LABEL = new RegExp(`(${alternatives})\\s*[:：]\\s*`, 'gu');
const TABLE_LABEL = new RegExp(`(?:^|[|｜])\\s*(${alternatives})\\s*(?=[|｜]|\\s\\S)`, 'gu');
/** Letter-spaced Han (索 引 号, 发 布 机 构) closed up; spacing between words stays. */
export function closeUp(line: string): string {
  return line.replace(/(?<!\p{Script=Han})\p{Script=Han}(?: +\p{Script=Han}(?!\p{Script=Han})){2,}|(?<!\p{Script=Han})\p{Script=Han} +\p{Script=Han}(?=\s*[:：])/gu, (run) => run.replace(/ +/gu, ''));
}
/** A date-time as sites print it: 2023-8-30 10:47:03, 2023/08/30, 2023年8月30日 10:47. */
/** A list's bullet or dash, all that stands before a line's first label (closeUp has taken the space after a dash). */
const LEAD_BULLET = /^[•·●◆■▪‧∙-]\s*/u;
/** A date of the Republic's calendar with a three-digit year (106-08-29, 112.7.5), as core/dates/parse.ts reads it. */
const ROC_DATE = /(?<![\d.\-/])1\d\d([-./])\d{1,2}\1\d{1,2}(?![\d.\-/])/u;
export const DATE_TIME = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/u;
/** A person's name ends where Latin text or a second field begins (释然Powered by → 释然). */
const NAME = /^[\p{Script=Han}·•]{2,12}/u;

export interface LabelledField {
  field: Field;
  label: string;
  value: string;
}

/** Every `label：value` pair in the line; values run to the next label or separator. */
export function labelledFields(raw: string): LabelledField[] {
  const line = closeUp(raw);
  const matches = [...line.matchAll(opensOnLabel(line) && !/[。！？]/u.test(line) ? GLUED_LABEL : LABEL)];
  return matches.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < matches.length ? (matches[i + 1].index ?? line.length) : line.length;
    const label = m[1];
    const field = fieldOf.get(label) ?? 'other';
    // A catalogue table flattened into cells puts the value in the cell after its label's (发文机构: | 铜川市人民政府办公室 |,
    // tongchuan.gov.cn; 发布机构: | 沂水县沙沟镇 |, yishui.gov.cn): the bars between them are no value.
    let value = line.slice(start, end).replace(/^[\s|｜]+/u, '').split(/\s{2,}|[|｜【\]]/u)[0].trim();
    // A stamp glued after a name is no part of it (来源:某某日报2023-03-01 10:20).
    // …and the dashes between them (新闻资料来源:马祖日报--2017-06-16).
    if (field !== 'published') value = value.split(DATE_TIME)[0].replace(/[-—–－\s]+$/u, '').trim();
    return { field, label, value };
  });
}

/** The line's first label opens it, after nothing but a date-time, a URL or separators. */
function opensOnLabel(line: string): boolean {
  const first = line.search(LABEL);
  if (first < 0) return false;
  // A list's bullet before the first label (the Taiwan template prints its info block as a list:
  // • 發布日期:106-08-29 / • 更新日期:… / • 發布單位:… on ctd.judicial.gov.tw, unseen16 c16-judicial;
  // - 資料來源:金門日報社 on kmcc.gov.tw, unseen5 y1-kmcc) opens no text.
  const lead = line.slice(0, first).trimStart().replace(LEAD_BULLET, '').replace(DATE_TIME, '').replace(/^(?:https?:\/\/|www\.)\S+/iu, '').replace(/[\s|｜【】\[\]]/gu, '');
  return lead === '';
}

/**
 * Labels that also open sentences (来自：…的代表, 来自全县各乡镇): a line opening on one
 * is an info line only by its shape, a short value and no sentence punctuation.
 */
const WEAK_LABELS = new Set(['来自']);
const MAX_WEAK_LINE = 40;

/** True when the line is nothing but label：value pairs (optionally after a date-time). */
export function isLabelLine(raw: string): boolean {
  const line = closeUp(raw);
  if (isTableLabelLine(line)) return true;
  if (!opensOnLabel(line)) return false;
  const first = line.match(LABEL)?.[0].replace(/^[\s|｜【\[（(·]/u, '').replace(/\s*[:：]\s*$/u, '');
  return !WEAK_LABELS.has(first ?? '') || ([...line.trim()].length <= MAX_WEAK_LINE && !/[，。！？,!?]/u.test(line));
}

/** A row of a government index table: 索引号 | 2021-3740 | 公开目录: | …, or 索 引 号 2019… 分 类 其他. */
function isTableLabelLine(line: string): boolean {
  const labels = [...line.matchAll(TABLE_LABEL)];
  return labels.length > 0 && labels[0].index === line.search(/\S/u) && !/[。！？]/u.test(line);
}

/**
 * 作者：记者 周敏 — role words after a label are labels too, not names; so is
 * a newsroom's role (学通社记者, 中国青年网通讯员, 学生通讯员).
 */
export const ROLE_WORD = /^(?:\p{Script=Han}{0,6}(?:记者|通讯员|实习生)|(?:本报|特约)?(?:编辑|摄影|摄))$/u;

/** A sharing site's uploader placeholder (作者:会员上传) names nobody. */
const SHARED_COPY = new RegExp(markAlternatives(SHARED_COPY_MARKS), 'u');

function personNames(value: string): string[] {
  return value
    .split(/[\s、，,;；/]+/u)
    .map((part) => part.match(NAME)?.[0] ?? '')
    .filter((name) => name.length >= 2 && !ROLE_WORD.test(name) && !SHARED_COPY.test(name));
}

/** Adds what the line's labels say to the candidates; earlier findings win. */
export function collectCandidates(line: string, candidates: Candidates): void {
  const forumPost = line.match(new RegExp(`发表于\\s*(${DATE_TIME.source})`, 'u'));
  if (forumPost) candidates.published ??= forumPost[1].trim();
  // A chrome line's date with a clock time (WeChat header), a weekday (e-paper
  // masthead) or opening the line (2023-05-06 来源：…) is its publication date.
  const stamp = line.match(DATE_TIME);
  if (stamp && (/\d:\d\d/u.test(stamp[0]) || /星期[一二三四五六日天]/u.test(line) || line.slice(0, stamp.index).trim() === '')) {
    candidates.published ??= stamp[0].trim();
  }
  for (const { field, value } of labelledFields(line)) {
    if (value === '') continue;
    if (field === 'published') {
      // Or a date of the Republic's calendar with a three-digit year, as Taiwan's template prints it (發布日期:106-08-29,
      // ctd.judicial.gov.tw, unseen16 c16-judicial): core/dates/parse.ts reads such a date already.
      const date = (value.match(DATE_TIME) ?? value.match(ROC_DATE))?.[0];
      if (date) candidates.published ??= date.trim();
    } else if (field === 'source') {
      candidates.source ??= value;
    } else if (field === 'editor') {
      const [name] = personNames(value);
      if (name) candidates.editor ??= name;
    } else if (field === 'authors') {
      const names = personNames(value);
      if (names.length > 0) candidates.authors = [...new Set([...(candidates.authors ?? []), ...names])];
    }
  }
}
