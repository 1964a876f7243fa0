// The cleaning log and warnings in the reader's language. Ingest records
// them for machines (stage and rule ids, English reasons: the exports keep
// them so); a document page shows them through these tables. A reason or
// warning of a kind not listed here falls back to its stage's label, so a
// new pipeline rule never shows English to a reader, only less detail.
import { formatDate } from './dates.ts';

/** What each pipeline stage does, as the 步骤 column says it. */
const STAGES: Record<string, string> = {
  decode: '解码',
  html: '提取网页正文',
  markup: '清除网页源码',
  damage: '标记乱码',
  pinyin: '删去拼音注音',
  script: '繁体转简体',
  chrome: '删去网页杂项',
  boilerplate: '删去站点模板',
  watermark: '删去水印',
  repeats: '删去重复文字',
  normalize: '整理格式',
  structure: '整理标题与版式',
  anchors: '段落编号',
  dates: '日期',
  classify: '文档类型',
  region: '地区',
  speakers: '讲话人',
  source: '来源',
  slogans: '提法',
  finalize: '汇总',
  overrides: '人工校正',
};

/** Rule ids of removed spans (chrome rules, watermark, repeats, boilerplate …). */
const RULES: Record<string, string> = {
  paywall: '付费或下载提示',
  'uploader-disclaimer': '上传者声明',
  'photo-credit': '图片说明与署名',
  jammer: '论坛防复制干扰文字',
  'printed-markup': '显示为文字的代码',
  'icp-number': 'ICP 备案号',
  'police-filing': '公安备案号',
  copyright: '版权声明',
  'login-prompt': '登录提示',
  'doc-site-meta': '文档网站的上传信息',
  'share-widget': '分享按钮',
  breadcrumb: '位置导航',
  'related-links': '相关链接',
  'prev-next': '上一篇、下一篇链接',
  'info-line': '信息行（来源、时间、浏览次数等）',
  'page-controls': '页面操作按钮（打印、关闭、字号等）',
  counters: '浏览统计',
  hotline: '热线电话',
  contact: '联系方式',
  'cell-bar': '链接栏',
  'site-banner': '网站横幅',
  advertisement: '广告',
  'site-menu': '网站菜单',
  'follow-prompt': '关注提示',
  navigation: '导航',
  'column-label': '栏目名称',
  'e-paper': '电子报导航',
  disclaimer: '免责声明',
  byline: '记者、作者署名',
  'comment-section': '网友评论区',
  'figure-caption': '图表说明',
  'journal-data': '期刊编目信息',
  'link-teaser': '指向已丢失链接的提示',
  'planted-profile': '镜像网页中插入的推广简介',
  'production-credit': '编辑与制作署名',
  'related-link': '相关链接',
  'video-player': '视频播放器',
  'photo-caption': '图片说明（文库未收图片）',
  'cut-short-copy': '被截短的重复行（下一行接着写完）',
  'site-footer': '网站页脚',
  'site-name-line': '只有网站名称的一行',
  'site-name-prefix': '正文前的网站名称',
  'site-name-in-sentence': '插在句中的网站名称',
  'domain-in-sentence': '插在句中的网址',
  'markup-as-text': '显示为文字的网页标签',
  'repeated-run': '重复的文字',
  'learned-template': '同一网站多篇文档共有的模板文字',
};

/** Reasons recorded without a rule id, by what they say. */
const REASONS: [RegExp, string | ((m: RegExpMatchArray) => string)][] = [
  [/^encoding damage/, '乱码，已替换为 □'],
  [/^page furniture before the title/, '标题前的网页杂项'],
  [/^page chrome outside the main text/, '正文以外的网页内容'],
  [/^(\d+) pinyin glosses/, (m) => `汉字后的拼音注音（${m[1]} 处）`],
  [/^speaker name line/, '标题下的讲话人署名行（已读作讲话人）'],
  [/^speaker's name before the title/, '标题前的讲话人姓名（已读作讲话人）'],
  [/^date line/, '标题下的日期行（已读作日期）'],
  [/^the page's date/, '网页上的日期（已读作日期）'],
  [/^byline/, '作者署名（已读作来源）'],
  [/^attribution/, '来源说明（已读作来源）'],
  [/^issuing body/, '发文机关（已读作来源）'],
  [/^文号/, '文号（已读作日期）'],
  [/^photo caption/, '图片说明（文库未收图片）'],
  [/^the title printed again/, '重复的标题'],
  [/^headline line beside the title/, '标题旁的引题、副题或图片说明'],
  [/^page furniture/, '标题周围的网页杂项'],
  [/^site or column name/, '标题旁的网站或栏目名称'],
  [/^site name glued to the title/, '粘在标题上的网站名称'],
  [/genre tag/, '上传者加的文体标签'],
  [/^list bullet/, '标题前的列表符号'],
  [/^site name inside a sentence/, '插在句中的网站名称'],
  [/^web address inside a sentence/, '插在句中的网址'],
  [/^site name line/, '只有网站名称的一行'],
];

/** "repeat of lines 3–8", "…context…": the detail a reason carries, kept beside the label. */
function reasonDetail(reason: string): string | undefined {
  const lines = reason.match(/lines (\d+)[–-](\d+)/);
  if (lines) return `与第 ${lines[1]}–${lines[2]} 行相同`;
  const context = reason.match(/…[^…]*…/);
  return context?.[0];
}

export const stageLabel = (stage: string): string => STAGES[stage] ?? '其他处理';

/** The 原因 of one removed span, in Chinese. */
export function removalLabel(removal: { stage: string; rule?: string; reason: string; text?: string }): string {
  // Older documents name no rule; a chrome reason is mostly its rule id in words ('page controls').
  const byRule = RULES[removal.rule ?? removal.reason.trim().replace(/\s+/g, '-')];
  if (byRule) {
    const detail = reasonDetail(removal.reason);
    return detail ? `${byRule}：${detail}` : byRule;
  }
  for (const [pattern, label] of REASONS) {
    const m = removal.reason.match(pattern);
    if (m) return typeof label === 'string' ? label : label(m);
  }
  return stageLabel(removal.stage);
}

const q = (text: string | undefined) => (text === undefined ? '' : `“${text}”`);
/** An ISO date in the site's date style (2023年8月30日). */
const day = (iso: string) => (/^\d{4}(-\d{2}){0,2}$/.test(iso) ? formatDate(iso) : iso);

type Say = (m: RegExpMatchArray) => string;

/**
 * The warnings' rule ids in Chinese, each with how to say its reasons with
 * what they quote (the reason's wording is the stage's; only the quoted text
 * is read from it). A reason the rule does not list is said by its label.
 */
const WARNINGS: Record<string, { label: string; reasons: [RegExp, Say][] }> = {
  damage: {
    label: '乱码已替换为 □',
    reasons: [
      [/^encoding damage replaced by \S+: "(.*?)"(?: in "(.*)")?$/s, (m) => `乱码已替换为 □：原始文本为${q(m[1])}${m[2] ? `，在${q(m[2])}中` : ''}`],
      [/^encoding damage: (\d+) more/, (m) => `另有 ${m[1]} 处乱码已替换为 □`],
    ],
  },
  'title-damaged': {
    label: '标题在乱码处截断：标题结尾可能有缺失',
    reasons: [[/^title glued to the first sentence and cut at a damage mark: "(.*?)"/s, (m) => `标题与正文首句相连，在乱码处截断为${q(m[1])}：标题结尾和首句开头可能有缺失`]],
  },
  'region-unsure': {
    label: '地区留空：正文所说的地方不止一处，或只是顺带提及，不能确定文档所属地区',
    reasons: [[/^region left empty: the text speaks of its own (\S+) but does not name it/, (m) => `地区留空：正文说到“本${m[1]!.split('/').join('、本')}”，却没有写出名称`]],
  },
  'speakers-unsure': {
    label: '讲话人留空：文中的讲话人不能确定',
    reasons: [[/^speakers: the speech names more than one speaker \((.*)\)/, (m) => `讲话人留空：文中出现多位讲话人（${m[1]!.split(/,\s*/).join('、')}）`]],
  },
  'date-unsure': {
    label: '日期留空：网页上的日期不是文档的日期',
    reasons: [
      [/^speech without a stated delivery date: the page's date (\S+)/, (m) => `日期留空：网页上的日期${day(m[1]!)}不是讲话当天，未作为讲话日期`],
      [/^a sharing site's copy: its posting date (\S+)/, (m) => `日期留空：这是文档分享网站的转载，上传日期${day(m[1]!)}不是文档的日期`],
    ],
  },
  watermark: {
    label: '已删去水印',
    reasons: [
      [/^watermark removed: web address inside a sentence: (….*…)$/s, (m) => `已删去插在句中的网址：${m[1]}`],
      [/^watermark removed: a line that is only the site name "(.*)"$/s, (m) => `已删去只有网站名称的一行${q(m[1])}`],
      [/^watermark removed: site name "(.*?)" inside a sentence(?:: (….*…))?$/s, (m) => `已删去插在句中的网站名称${q(m[1])}${m[2] ? `：${m[2]}` : ''}`],
    ],
  },
  repeat: {
    label: '已删去重复文字',
    reasons: [[/^repeated text dropped: lines (\d+)[–-](\d+) repeat lines (\d+)[–-](\d+)/, (m) => `已删去重复文字：第 ${m[1]}–${m[2]} 行与第 ${m[3]}–${m[4]} 行相同`]],
  },
  'type-unsure': {
    label: '文档类型不确定：按用语与按结构判断的类型不同，保留按用语判断的类型',
    reasons: [],
  },
  'markup-as-text': {
    label: '正文中混有网页源码，已删去',
    reasons: [[/^HTML source printed as text: (\d+) tag/, (m) => `正文中混有网页源码：已删去 ${m[1]} 个标签`]],
  },
};

/** A warning as ingest wrote it (core/schema.ts): the reason, its rule id and stage. */
export interface WarningFacts {
  reason: string;
  ruleId: string;
  source: string;
}

/** Whether the site has words for the warning's rule; the page keeps the reason of one it has not beside the label. */
export const knownWarning = (warning: WarningFacts): boolean => warning.ruleId in WARNINGS || warning.ruleId in RULES;

/**
 * The warning's rule in Chinese: a warning rule's label, else the label of a
 * removal rule of that id (a stage may warn under its removal rule's id),
 * else only that its stage found something.
 */
export function warningRuleLabel(warning: WarningFacts): string {
  return WARNINGS[warning.ruleId]?.label ?? RULES[warning.ruleId] ?? `清洗时发现的其他问题（${stageLabel(warning.source)}，详见数据导出中的记录）`;
}

/** One warning as a reader reads it: its reason with what it quotes, or its rule's label. */
export function warningLabel(warning: WarningFacts): string {
  for (const [pattern, say] of WARNINGS[warning.ruleId]?.reasons ?? []) {
    const m = warning.reason.match(pattern);
    if (m) return say(m);
  }
  return warningRuleLabel(warning);
}
