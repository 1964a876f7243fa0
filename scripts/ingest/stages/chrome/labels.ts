// Labelled metadata in page chrome (发布时间：… 来源：… 作者：… 责任编辑：…):
// parsed into candidates before the chrome line that carries it is dropped.
import type { Candidates } from '../../types.ts';

type Field = 'published' | 'source' | 'authors' | 'editor' | 'other';

const LABELS: Record<Exclude<Field, 'other'>, string[]> = {
  published: ['发布时间', '发布日期', '发表时间', '发表日期', '发稿时间', '成文日期', '发文日期', '更新时间', '时间', '日期'],
  source: ['信息来源', '文章来源', '稿件来源', '新闻来源', '发布机构', '来源', '出处', '稿源', '转自'],
  authors: ['作者', '撰稿', '撰文', '通讯员', '记者', '供稿', '文'],
  editor: ['责任编辑', '值班编辑', '责编', '编辑'],
};
/** Labels of page furniture whose values are not document metadata. */
const OTHER_LABELS = [
  '索引号', '主题分类', '分类', '文号', '审核', '审校', '校对', '终审', '初审', '二审', '三审', '签发', '监制', '统筹', '摄影', '图片', '图',
  '浏览次数', '浏览量', '浏览', '点击数', '点击量', '点击', '阅读量', '阅读', '访问量', '字号', '字体', '分享到', '分享',
];

const fieldOf = new Map<string, Field>();
for (const [field, labels] of Object.entries(LABELS)) for (const l of labels) fieldOf.set(l, field as Field);
for (const l of OTHER_LABELS) fieldOf.set(l, 'other');

// Longest label first so 责任编辑 wins over 编辑; a label starts the line or
// follows a separator, so 行文：… inside a sentence is not a label.
const alternatives = [...fieldOf.keys()].sort((a, b) => b.length - a.length).join('|');
const LABEL = new RegExp(`(?:^|[\\s|｜【\\[（(·])(${alternatives})\\s*[:：]\\s*`, 'gu');
/** A date-time as sites print it: 2023-8-30 10:47:03, 2023/08/30, 2023年8月30日 10:47. */
export const DATE_TIME = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/u;
/** A person's name ends where Latin text or a second field begins (释然Powered by → 释然). */
const NAME = /^[\p{Script=Han}·•]{2,12}/u;

export interface LabelledField {
  field: Field;
  label: string;
  value: string;
}

/** Every `label：value` pair in the line; values run to the next label or separator. */
export function labelledFields(line: string): LabelledField[] {
  const matches = [...line.matchAll(LABEL)];
  return matches.map((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < matches.length ? (matches[i + 1].index ?? line.length) : line.length;
    const value = line.slice(start, end).split(/\s{2,}|[|｜【\]]/u)[0].trim();
    const label = m[1];
    return { field: fieldOf.get(label) ?? 'other', label, value };
  });
}

/** True when the line is nothing but label：value pairs (optionally after a date-time). */
export function isLabelLine(line: string): boolean {
  const fields = labelledFields(line);
  if (fields.length === 0) return false;
  const first = line.search(LABEL);
  const lead = line.slice(0, first).replace(DATE_TIME, '').replace(/[\s|｜【】\[\]]/gu, '');
  return lead === '';
}

/** 作者：记者 周敏 — role words after a label are labels too, not names. */
export const ROLE_WORD = /^(?:本报|特约)?(?:记者|通讯员|实习生|编辑|摄影|摄)$/u;

function personNames(value: string): string[] {
  return value
    .split(/[\s、，,;；/]+/u)
    .map((part) => part.match(NAME)?.[0] ?? '')
    .filter((name) => name.length >= 2 && !ROLE_WORD.test(name));
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
      const date = value.match(DATE_TIME)?.[0];
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
