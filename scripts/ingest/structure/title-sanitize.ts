// The last cleaning of the chosen title: string shapes a page leaves on a
// headline whichever line it was chosen from (a column's name after `_`, a
// catalogue's field label, an essay site's lead-in, the headline printed
// twice). Each rule is a row with its id, the shape and real lines it was seen
// in (two sites at least; tests/unit/title-s33.test.ts runs every example);
// the id reaches the cleaning log through the cut's reason.
import { endsInGenreWord } from '../extract/genre.ts';
import { hanCount as han } from '../stages/chrome/features.ts';
import type { Cut } from './title-clean.ts';
import { SUBJECT_FIELDS } from './title-vocabulary.ts';

export interface SanitizeExample {
  /** The chosen title as the rules had it. */
  line: string;
  /** The title after the rule. */
  title: string;
  /** "<site> <eval|fixture|unit|pages>:<ref>" (pages: a page the search tool stored, by its address). */
  seen: string;
}

export interface SanitizeRule {
  id: string;
  why: string;
  /** The title left and the piece cut, or undefined where the rule does not apply. */
  apply: (title: string) => { title: string; cut: string } | undefined;
  examples: SanitizeExample[];
}

const plain = (s: string) => s.replace(/[\s\p{P}\p{S}]/gu, '');

/** `标题_名字`: one underscore (a run of them is a blank to fill: 202____年) before a short name closing the line. */
const UNDERSCORE_TAIL = /^(.*[^_\s])\s*_(?!_)\s*([\p{Script=Han}A-Za-z0-9·]{2,8})$/u;
/** A catalogue's field label before the title, after a colon, a bar or spaces (名  称: …, 文献题名 …). */
const CATALOGUE_LABEL = /^(?:文献题名|题\s*名|名\s*称|标\s*题|文件名称)\s*(?:[:：|｜]\s*|\s+)(?=\S)/u;
/** An essay site's lead-in up to the quotation mark that opens the piece's name (下面是…网友为您精心整理分享的“…). */
const LEAD_IN = /^下面是[^，。！？“”"]{0,24}?(?:整理|分享|收集|搜集|精选|推荐)的\s*[“"]?/u;
/**
 * A status a law database or an essay site prints in brackets after the title: the 时效性 values of the national
 * database of laws and regulations (flk.npc.gov.cn: 有效, 已修改, 已废止, 尚未生效) and of 北大法宝 (现行有效, 失效,
 * 部分失效, 已被修改), and a reposting site's claim that the copy is whole or new (全文完整, 完整版, 最新). The
 * bracket is the page's; the document's own 废止 (关于废止…的决定) stands in no bracket at the end.
 */
const STATUS_LABEL = /\s*[（(【\[]\s*(?:已废止|已失效|失效|部分失效|已被修改|已修改|现行有效|尚未生效|全文完整|完整版|最新版?)\s*[）)】\]]$/u;
/**
 * A document-sharing site's download or file label after the title: a format and 下载 (Word下载, PDF免费下载), or
 * the uploaded file's extension (.docx, and a paid file's .docVIP). A title about downloads keeps its own words: the label needs a format word,
 * 免费 or a bracket before 下载.
 */
const DOWNLOAD_LABEL = /\s*(?:[（(【\[]\s*)?(?:(?:Word|WORD|word|PDF|pdf|Doc|DOC|doc|WPS|wps)\s*(?:文档|版)?\s*(?:免费)?下载|免费下载|(?<=[（(【\[]\s*)下载)(?:\s*[）)】\]])?(?:\.(?:docx?|pdf|wps))?$|\s*\.(?:docx?|DOCX?|pdf|PDF|wps|pptx?)(?:VIP)?$/u;
/**
 * A form's subject field before the title (title-vocabulary.ts SUBJECT_FIELDS), with a colon or, for 主旨 alone,
 * glued to its value (主旨張縣長就任…): not before the words 主旨 opens a title with (主旨演讲, 主旨发言, 主旨报告).
 */
const SUBJECT_LABEL = new RegExp(`^(?:(?:${[...new Set(SUBJECT_FIELDS.map((t) => t.term))].join('|')})\\s*[:：]\\s*|主旨(?![演讲講发發言报報告致辞辭论論坛壇])\\s*)`, 'u');
/**
 * A hijacked page's gambling keywords planted before the headline: runs of a betting site's words, each closed by `_`, `-`,
 * `·`, a bar or a colon (大发体育在线_大发体育投注-彩票平台：…, 手机线上娱乐平台排行榜·…, 一号站注册测速网址_…). A run is cut
 * only when it holds a word no headline's subject is named by (投注, 娱乐平台, 网址: spam-runs.ts reads the same vocabulary
 * in the text); a plain organ's name before a colon (体育局：, 彩票中心：) holds none.
 */
const GAMBLING_RUN = /^([^，。！？、“”《》\s_·|｜:：-]{2,16})\s*[_·|｜:：-]\s*/u;
const GAMBLING_WORD = /投注|盘口|网投|娱乐平台|娱乐城|娱乐场|彩票平台|棋牌|百家乐|博彩|体育在线|网址/u;
function gamblingRuns(title: string): { title: string; cut: string } | undefined {
  let rest = title;
  let cut = '';
  for (let m = GAMBLING_RUN.exec(rest); m && GAMBLING_WORD.test(m[1]!); m = GAMBLING_RUN.exec(rest)) {
    cut += m[0];
    rest = rest.slice(m[0].length);
  }
  return cut && han(rest) >= 8 ? { title: rest.trim(), cut } : undefined;
}

/** A list's item number before the doubled headline (1、…). */
const ITEM_NUMBER = /^\d{1,2}\s*[、.．]\s*/u;

/** A label the page set after the title, cut when a title of six Han characters or more stands before it. */
function cutTrailingLabel(title: string, label: RegExp): { title: string; cut: string } | undefined {
  const m = label.exec(title);
  if (!m || han(title.slice(0, m.index)) < 6) return undefined;
  return { title: title.slice(0, m.index).trim(), cut: m[0].trim() };
}

/** The title printed twice on its line: the same words again, or again without the words a site put before them. */
function once(title: string): { title: string; cut: string } | undefined {
  const number = ITEM_NUMBER.exec(title);
  const rest = number ? title.slice(number[0].length) : title;
  const chars = [...rest];
  for (let k = Math.ceil(chars.length / 2); k < chars.length - 3; k++) {
    const first = chars.slice(0, k).join('').trim();
    const second = chars.slice(k).join('').trim();
    if (han(second) < 4) continue;
    // The same words twice (a space between or not).
    if (plain(first) === plain(second)) return { title: second, cut: (number?.[0] ?? '') + first };
    // The second copy a tail of the first, and a whole title by itself (its genre word closing it): the
    // document's own heading after the site's longer headline (县长在…的讲话在…的讲话).
    if (first.length > second.length && first.endsWith(second) && endsInGenreWord(second) && han(second) >= 6) return { title: second, cut: (number?.[0] ?? '') + first };
  }
  return undefined;
}

export const SANITIZE_RULES: SanitizeRule[] = [
  {
    id: 'underscore-tail',
    why: "a column's or a site's short name after `_` closing the headline",
    apply: (title) => {
      const m = UNDERSCORE_TAIL.exec(title);
      if (!m) return undefined;
      const [, head, tail] = m as unknown as [string, string, string];
      // The headline is the long part; a name after it is short and names no document (…_通知 would be a genre).
      if (han(head) < 8 || [...head].length < 2 * [...tail].length || endsInGenreWord(tail)) return undefined;
      return { title: head.trim(), cut: `_${tail}` };
    },
    examples: [
      { line: '四川出台《农民体育高质量发展实施意见》 提出乡镇级健身设施全覆盖_环球快看点', title: '四川出台《农民体育高质量发展实施意见》 提出乡镇级健身设施全覆盖', seen: 'business-review-diningclub.com fixture:titles-s33/diningclub-tiyu.txt' },
      { line: '工业设计城打造创新设计“联合国”_蜀山区审计局', title: '工业设计城打造创新设计“联合国”', seen: 'www.hfss.gov.cn eval:unseen19/c19-hfss-shushan-industrial-design-city-report (<title>)' },
    ],
  },
  {
    id: 'catalogue-label',
    why: "a catalogue's field label before the title",
    apply: (title) => {
      const m = CATALOGUE_LABEL.exec(title);
      if (!m || han(title.slice(m[0].length)) < 6) return undefined;
      return { title: title.slice(m[0].length), cut: m[0].trim() };
    },
    examples: [
      { line: '文献题名 换届不换绿化任务 绿化造林代代相传——楚雄州新老州长在州长样板林交接仪式上的讲话摘录', title: '换届不换绿化任务 绿化造林代代相传——楚雄州新老州长在州长样板林交接仪式上的讲话摘录', seen: 'lygc.lknet.ac.cn eval:unseen26/a26-lknet-chuxiong-prefecture-governors-model-forest-handover-speeches' },
      { line: '名称 市人民政府办公室关于印发健康六盘水行动推进方案的通知', title: '市人民政府办公室关于印发健康六盘水行动推进方案的通知', seen: 'www.gzlps.gov.cn eval:cases/c3a-liupanshui-health-action-notice' },
      { line: '名  称: 关于印发琼中黎族苗族自治县农村集体经济组织“三资”管理暂行规定的通知', title: '关于印发琼中黎族苗族自治县农村集体经济组织“三资”管理暂行规定的通知', seen: 'qiongzhong.hainan.gov.cn eval:unseen24/b24-qiongzhong-rural-collective-three-assets-rules-notice' },
    ],
  },
  {
    id: 'subject-field',
    why: "a form's subject field label before the title (主旨, a post's 主题)",
    apply: (title) => {
      const m = SUBJECT_LABEL.exec(title);
      if (!m || han(title.slice(m[0].length)) < 6) return undefined;
      return { title: title.slice(m[0].length), cut: m[0].trim() };
    },
    examples: [
      { line: '主旨张县长就任第十七届嘉义县长暨一级主管布达', title: '张县长就任第十七届嘉义县长暨一级主管布达', seen: 'upntoday.blogspot.com eval:unseen29/d29-upntoday-chiayi-magistrate-zhanghuaguan-second-term-glued-labels-report' },
      { line: '主题: 东引乡长林德建2025新年感言', title: '东引乡长林德建2025新年感言', seen: 'matsu.idv.tw eval:unseen27/d27-matsu-dongyin-township-head-lindejian-2025-new-year-message-forum-speech' },
    ],
  },
  {
    id: 'lead-in-opening',
    why: "an essay site's lead-in sentence before the piece's name",
    apply: (title) => {
      const m = LEAD_IN.exec(title);
      if (!m) return undefined;
      let rest = title.slice(m[0].length);
      // The quotation the lead-in opened closes after the name, or the line was cut before it.
      if (m[0].endsWith('“') || m[0].endsWith('"')) rest = rest.replace(/[”"][^“”"]*$/u, '');
      if (han(rest) < 6) return undefined;
      return { title: rest.trim(), cut: m[0] };
    },
    examples: [
      { line: '下面是就爱阅读网友为您精心整理分享的“创建全国文明城市动员大会上的讲话稿例文', title: '创建全国文明城市动员大会上的讲话稿例文', seen: 'www.92read.com eval:unseen22/a22-92read-changde-civilized-city-mobilization-speech' },
      { line: '下面是小编为大家整理的2022年欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话', title: '2022年欢乐度中秋、拼搏四季度——会长在中秋联谊上讲话', seen: 'agnbn.com eval:unseen4/x2-agnbn-chamber-midautumn-president-speech' },
    ],
  },
  {
    id: 'status-label',
    why: "a law database's or a reposting site's status in brackets after the title (已废止, 全文完整)",
    apply: (title) => cutTrailingLabel(title, STATUS_LABEL),
    examples: [
      { line: '木兰县人民政府关于印发木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020)的通知（已废止）', title: '木兰县人民政府关于印发木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020)的通知', seen: 'mulan.gov.cn eval:unseen23/b23-mulan-county-blue-sky-three-year-plan-notice' },
      { line: '2023年县长在全县安全生产电视电话会议上讲话(全文完整)', title: '2023年县长在全县安全生产电视电话会议上讲话', seen: 'hhscyy.com eval:unseen20/a20-hhscyy-county-chief-work-safety-teleconference-speech' },
    ],
  },
  {
    id: 'download-label',
    why: "a document-sharing site's download or file label after the title (Word下载, .docx)",
    apply: (title) => cutTrailingLabel(title, DOWNLOAD_LABEL),
    examples: [
      { line: '领导干部大会上市长讲话稿Word下载', title: '领导干部大会上市长讲话稿', seen: 'm.bdocx.com eval:unseen22/a22-bdocx-mayor-leading-cadres-meeting-speech' },
      { line: '表彰大会领导讲话发言.docx', title: '表彰大会领导讲话发言', seen: 'm.zixin.com.cn pages:https://m.zixin.com.cn/doc/7999293.html (the file name over its pages)' },
      { line: '在XX年新春联谊会上的致辞.docVIP', title: '在XX年新春联谊会上的致辞', seen: 'max.book118.com pages:https://max.book118.com/html/2019/0122/8017054040002003.shtm (a paid file\'s name and badge)' },
    ],
  },
  {
    id: 'gambling-prefix',
    why: "a hijacked page's gambling keyword runs planted before the headline",
    apply: gamblingRuns,
    examples: [
      { line: '大发体育在线_大发体育投注-彩票平台：2025年中小学生防溺水工作会议召开', title: '2025年中小学生防溺水工作会议召开', seen: 'ahshangpin.com eval:unseen29/b29-ahshangpin-hengfeng-drowning-prevention-meeting-injected-report' },
      { line: '手机线上娱乐平台排行榜·拦部姐对话白岩松：部长受访，从一身汗到说家常话的变化背后', title: '拦部姐对话白岩松：部长受访，从一身汗到说家常话的变化背后', seen: 'kasoldeals.com eval:unseen34/a34-kasoldeals-hijacked-mirror-redstar-interview-baiyansong-ministers-passage-gambling-spam-injected-doubled-title-cut' },
      { line: '一号站注册测速网址_中央电视台[新闻会客厅]专题采访原考试中心杨学为主任', title: '中央电视台[新闻会客厅]专题采访原考试中心杨学为主任', seen: 'sizhongpx.com eval:unseen34/a34-sizhongpx-hijacked-mirror-cctv-news-parlour-exam-centre-yangxuewei-interview-spam-title-prefix-trad-cut' },
    ],
  },
  {
    id: 'headline-twice',
    why: 'the headline printed twice on its line (a list item number before it)',
    apply: once,
    examples: [
      { line: '深圳市七届人大一次会议记者会 深圳市七届人大一次会议记者会', title: '深圳市七届人大一次会议记者会', seen: 'yantongly.com eval:unseen24/d24-yantongly-shenzhen-mayor-qinweizhong-npc-press-conference-interview' },
      { line: '1、县长在全县防旱暨春耕生产会议上的讲话在全县防旱暨春耕生产会议上的讲话', title: '在全县防旱暨春耕生产会议上的讲话', seen: 'm.wenku365.com eval:unseen28/e28-wenku365-county-head-drought-spring-ploughing-meeting-speech' },
      { line: '农业部答记者问农业部答记者问', title: '农业部答记者问', seen: 'zhuti.net.cn unit:structure.test.ts (an image alt text doubled)' },
    ],
  },
];

/** The chosen title with every sanitize rule's piece cut off (a rule may fire after another one's cut). */
export function sanitizeTitle(title: string): { title: string; cut: Cut[] } {
  const cut: Cut[] = [];
  let rest = title;
  for (let pass = 0; pass < 3; pass++) {
    let fired = false;
    for (const rule of SANITIZE_RULES) {
      const done = rule.apply(rest);
      if (!done || done.title === rest || han(done.title) < 4) continue;
      cut.push({ text: done.cut.trim(), reason: `title-sanitize ${rule.id}: ${rule.why}` });
      rest = done.title;
      fired = true;
    }
    if (!fired) break;
  }
  return { title: rest, cut };
}
