// Field tables by line shape: a page's info table (索引号 / 主题分类 / 发文机构 /
// 成文日期, 来源 / 作者 / 时间 / 点击) prints one short `label：value` per line,
// whatever its labels say. Three or more such lines in a row outside the body
// are a table; wording-free, so it holds on sites whose labels no vocabulary
// lists. Hand-written: no library reads line shapes of scraped Chinese pages.
import { isBlank } from './features.ts';

/** A short label (no sentence punctuation), a colon, and a short value or none. */
const FIELD = /^([^\s:：，。！？；,.!?;、]{1,6})\s*[:：]\s*(.*)$/u;
const MAX_VALUE = 30;
const MIN_RUN = 3;

/**
 * A list's bullet before a row: • 主题分类：, or the dash a page's list comes
 * out as in text (- 资料来源:金门日报社 / - 记者:李增汪 / - 新闻日期:108-06-15 on
 * kmcc.gov.tw, unseen5 y1-kmcc; - 發布機關:… on pkl.gov.taipei, clean-s11 02).
 */
const BULLET = /^(?:[•·●◆■▪‧∙]|-(?=\s))\s*/u;

/** A line shaped like one row of a field table: 发布机构：太湖县人民政府办公室, 实施时间：, • 发文字号：. */
export function isFieldLine(line: string): boolean {
  const m = FIELD.exec(line.trim().replace(BULLET, ''));
  if (!m) return false;
  const value = m[2]!.trim();
  // A value that is a sentence is a turn or a prose line (主持人：各位网友，大家好！).
  return [...value].length <= MAX_VALUE && !/[，。！？；,!?;]/u.test(value);
}

/**
 * Indexes of the lines of field tables standing wholly before line `first` or
 * after line `last` (blank lines between rows allowed). Lines already taken
 * by another rule count as rows but are left to it.
 */
export function fieldTableRows(lines: string[], first: number, last: number, taken: (i: number) => boolean): number[] {
  const found: number[] = [];
  let run: number[] = [];
  const flush = () => {
    // A value line stands between rows: after the table's last label it is the text's own first line (a title).
    while (run.length > 0 && !isFieldLine(lines[run[run.length - 1]!]!)) run.pop();
    if (run.length >= MIN_RUN) found.push(...run.filter((i) => !taken(i)));
    run = [];
  };
  // The line right above the body ending in a colon is its salutation (同志们：, 各位代表：).
  let salutation = first - 1;
  while (salutation >= 0 && isBlank(lines[salutation]!)) salutation--;
  if (salutation >= 0 && !/[:：]\s*$/u.test(lines[salutation]!)) salutation = -1;
  // The file's first line is where a headline stands, and 作者：标题 is one.
  const head = lines.findIndex((line) => !isBlank(line));
  lines.forEach((line, i) => {
    if (isBlank(line) || i === head) return;
    const outside = first === -1 || i < first || i > last;
    if (outside && i !== salutation && isFieldLine(line)) run.push(i);
    // A value the table prints on the line under its label (发文字号： / 镇政发〔2024〕7号).
    else if (outside && run.length > 0 && isValueLine(line) && isEmptyField(lines[run[run.length - 1]!]!) && run[run.length - 1]! === previous(lines, i)) run.push(i);
    else flush();
  });
  flush();
  return found;
}

/** A row whose value is empty: its label alone (• 发文字号：). */
function isEmptyField(line: string): boolean {
  return isFieldLine(line) && /[:：]\s*$/u.test(line);
}

/** A value on a line of its own: short, no label's colon (a time's is one: 16:40), no sentence. */
function isValueLine(line: string): boolean {
  const text = line.trim();
  return [...text].length <= MAX_VALUE && !/[，。！？；,!?;]|(?<!\d)[:：]|[:：](?!\d)/u.test(text);
}

/** The index of the last non-blank line before line `i`. */
function previous(lines: string[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isBlank(lines[j]!)) j--;
  return j;
}

/**
 * A Taiwan government press-release form: the database prints who released it
 * and whom to ask as `label：value` rows around the text (發佈單位: 新聞室 /
 * 發佈類別: 教育類 … 聯絡人:無 / 聯絡電話:無 on cdn.www.taichung.gov.tw,
 * unseen7 a7-taichung; - 發布機關:… / - 聯絡人:劉玉華 / - 聯絡資訊:0928880031 on
 * pkl.gov.taipei, docs/wide-samples/clean-s11 02). Two such rows in a row are
 * the form, wherever they stand; a lone 联络人 line under a notice (聯絡人:公園處
 * 劉玉華(…), pkl's own last lines) is the notice's contact and stays.
 */
const RELEASE_FORM = /^(?:[-•·●◆■▪‧∙]\s*)?(?:发布|發佈|發布)(?:单位|單位|机关|機關|类别|類別)\s*[:：]|^(?:[-•·●◆■▪‧∙]\s*)?(?:联络|聯絡)(?:人|电话|電話|资讯|資訊)\s*[:：]/u;

/** A row of a release form: its label, and a short value or none. */
export function isReleaseFormRow(line: string): boolean {
  const text = line.trim();
  return RELEASE_FORM.test(text) && isFieldLine(text.replace(/^-\s*/u, ''));
}

/** Indexes of the rows of release forms: two or more rows in a row (blank lines between allowed). */
export function releaseFormRows(lines: string[]): number[] {
  const found: number[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length >= 2) found.push(...run);
    run = [];
  };
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    if (isReleaseFormRow(line)) run.push(i);
    else flush();
  });
  flush();
  return found;
}
