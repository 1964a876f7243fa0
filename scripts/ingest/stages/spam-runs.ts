// Gambling-site keyword runs that hijacked pages splice into a title and into
// sentences (…在榕召开。沙巴体育网址_2024欧洲杯投注官网-网投|盘口：生态环境局…;
// …院长周强，777娱乐官方网址要实现…). The run replaces a word the page had (the
// city's name) or is glued before a clause; today it leaves the keyword in the
// body and, where it stands alone, makes the line read as chrome. Only the run
// is cut, so the sentence stays.
//
// A run is anchored on a brand: a gambling word joined to a site word (体育网址,
// 投注官网, 娱乐官方网址 — data in SPAM_BRANDS, with examples), never the
// gambling word alone: a report about a casino (百家乐、21点), a lottery centre's
// own news (体育彩票) or a crackdown on 棋牌娱乐场所 uses those words as text.
// A casino's own name may stand for the brand where it comes with its mirror
// route (必赢76net线路, spliced where a college's name was: 我院成功举行了“青春畅想”
// 必赢76net线路2006级新生文艺汇演; 必赢76net线路在J6-463第一会议室召开…); such
// a term is `named`: it opens with the name, so nothing before it is taken.
// From any other brand the run takes up to two Han characters and any digits or Latin
// letters before it (沙巴, 777), the keywords chained after it by _ | - (each
// with a gambling word in it: _2024欧洲杯投注官网, -网投, |盘口) and a colon
// closing it.
import type { IngestFile } from '../types.ts';

const STAGE = 'spam-runs';

export interface SpamTerm {
  term: string;
  example: string;
  seen: string;
  /** The term opens with the casino's own name: the run starts where it does. */
  named?: boolean;
}

/** Brands: a gambling word and a site word together. */
export const SPAM_BRANDS: SpamTerm[] = [
  { term: '娱乐(?:官方网址|官方网站|官网|网址)', example: '撒贝宁专访最高人民法院院长周强,777娱乐官方网址要实现信息化建设与司法改革的相互促进、共同发展', seen: 'www.dlkelp.com eval:z1-dlkelp-wangguiguo-enforcement-interview' },
  { term: '(?:体育|投注|博彩|彩票|棋牌|真人|百家乐)(?:官方网址|官方网站|官网|网址)', example: '沙巴体育网址_2024欧洲杯投注官网-网投|盘口', seen: 'qswyx.com eval:z1-qswyx-fuzhou-eco-coop-meeting-report' },
  { term: '必赢[A-Za-z0-9]{0,8}线路', named: true, example: '11月8日晚,我院成功举行了“青春畅想”必赢76net线路2006级新生文艺汇演。汇演结束后,记者采访了我院副院长王斌。以下为采访内容(王:王院长 记:记者)。', seen: 'sprcoffee.com fixture:chrome/pages/sprcoffee-spam.txt' },
  { term: '必赢[A-Za-z0-9]{0,8}线路', named: true, example: '4月15日,必赢76net线路在J6-463第一会议室召开70周年校庆工作部署会。教辅单位党委书记曲有刚、海洋学院党委书记朱建国应邀出席,学院领导班子成员、各系主任、教师代表、退休同志代表参加了会议。会议由学院党委书记秦昌盛主持。', seen: 'hsluye.com fixture:chrome/pages/hsluye-spam.txt' },
  // A casino's name with its number or 澳门 (澳门太阳集团 and its mirror numbers), spliced where a
  // college's name stood. Bare 太阳集团 is left: it is also an ordinary company name.
  { term: '(?:\\d{3,5}|澳门)太阳集团\\d{0,4}(?:官方网站|官网|网站|网址)?', named: true, example: '9月20日上午,9728太阳集团于我校东校区清源楼A-227会议室召开党政联席会议。该院全体党政领导班子成员及办公室主任参加,会议由该院党委书记管金标主持。', seen: 'mydigitalpets.com fixture:chrome/pages/mydigitalpets-spam.txt' },
  { term: '(?:\\d{3,5}|澳门)太阳集团\\d{0,4}(?:官方网站|官网|网站|网址)?', named: true, example: '“健康是幸福生活最重要的指标”。为了进一步提升全院教工的健康素养,共同探索全民健康的新思路、新体系和新思维,3月20日,澳门太阳集团2020网站与体育教学研究部联合开展了“健康生活,羽你有约”羽毛球场捐赠启用仪式暨支部共建活动。学院党委书记张晖、体育教学研究部主任卢三妹、学院党委副书记肖蕙、副院长赵艳萍、奥冠体育总经理杨功锋、体育教学研究部小球党支部书记张晓萍、法学系教工党支部书记陈维君、学院工会主席王琳、副主席杨柳等师生代表出席本次活动。', seen: 'szxsdbz.com fixture:chrome/pages/szxsdbz-spam.txt' },
  { term: '(?:\\d{3,5}|澳门)太阳集团\\d{0,4}(?:官方网站|官网|网站|网址)?', named: true, example: '7月11日,澳门太阳集团9728网站赴融水“文化传播赋能乡村振兴”暑期社会实践队到融水苗族自治县融媒体中心调研,深入了解融媒体中心的发展状况。', seen: 'www.circlevilleutah.com fixture:chrome/pages/circlevilleutah-media-visit-credits.txt' },
  // An SEO ranking phrase (澳门十大…网站 / …正版) spliced into a clause; 澳门 with a ranking word and a
  // site word is never a Macao place in prose.
  { term: '澳门十大\\p{Script=Han}{0,8}?(?:官方网站|官网|网站|网址|正版|平台)', named: true, example: '在此次“双代会”筹备工作专题会议上,全体与会人员就我司“双代会”筹备工作进行了充分讨论。学院经理蒋永穆教授发言,他说:学院要充分利用“双代会”这一平台解决学院发展过程中面临的各种疑难、复杂问题,大家要勠力同心,为学院发展出谋划策,为学院建设添砖加瓦。会上,全体参会人员就学院三届六次“双代会”主题进行了讨论,并一致同意此次“双代会”主题为:“推进一流学科和一流思政课程建设、努力创建重点澳门十大电子正规游戏网站”。公司党委副书记何艺新教授结合大家讨论的结果对“双代会”的筹备工作进行了安排和布置,要求大家认真对待学院“双代会”,做好准备工作,确保学院三届六次“双代会”顺利召开。', seen: 'beautynaileugene.com fixture:chrome/pages/beautynaileugene-spam.txt' },
  { term: '澳门十大\\p{Script=Han}{0,8}?(?:官方网站|官网|网站|网址|正版|平台)', named: true, example: '2008年11月1日,第四届中外校长体育论坛在乐鱼体育隆重举行。作为乐鱼体育55周年校庆系列活动之一,此届论坛以奥林匹克运动与文化为主题,共有来自德国科隆体育大学、美国伊萨卡大学、俄罗斯国立体育大学、白俄罗斯国立体育大学、日本中京女子大学、韩国国立体育大学、越南河内第一体育大学、越南岘港第三体育大学、澳门理工学院、首都体育学院及上海体育学院的学校领导和专家参加。上午九点,论坛在乐鱼体育澳门十大博彩集团正版干部培训中心召开。会议由乐鱼体育副校长池建主持。', seen: 'le-yusports.com fixture:chrome/pages/leyusports-spam.txt' },
];
/** Words of a keyword chained after a brand. */
export const SPAM_WORDS = '投注|盘口|网投|娱乐|体育|彩票|棋牌|真人|百家乐|博彩|官网|网址|欧洲杯|世界杯';

const TERMS = [...new Set(SPAM_BRANDS.map((b) => b.term))];
const BRAND = new RegExp(TERMS.map((t) => `(?:${t})`).join('|'), 'gu');
const NAMED = SPAM_BRANDS.filter((b) => b.named).map((b) => new RegExp(`^(?:${b.term})$`, 'u'));
const BEFORE = /(?:\p{Script=Han}{0,2}[A-Za-z0-9]*)$/u;
const CHAINED = new RegExp(`^[_|｜\\-－–—]([A-Za-z0-9\\p{Script=Han}]{1,14})`, 'u');
const SPAM_WORD = new RegExp(SPAM_WORDS, 'u');

/** The spam runs of one line: [start, end) offsets, in order. */
export function spamRuns(line: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const m of line.matchAll(BRAND)) {
    const at = m.index;
    if (runs.length > 0 && at < runs.at(-1)![1]) continue;
    const start = NAMED.some((n) => n.test(m[0])) ? at : at - (BEFORE.exec(line.slice(Math.max(0, runs.at(-1)?.[1] ?? 0), at))?.[0].length ?? 0);
    let end = at + m[0].length;
    for (let next = CHAINED.exec(line.slice(end)); next && SPAM_WORD.test(next[1]!); next = CHAINED.exec(line.slice(end))) end += next[0].length;
    if (/^[:：]/u.test(line.slice(end))) end += 1;
    runs.push([start, end]);
  }
  return runs;
}

// A mirror's own site title, the shape an HTML <title> has: a name, a separator
// (_ | -) and a site word (英国威廉希尔公司_官方网站:, 凯发地址首页app). The separator
// never stands between two words of Chinese prose, so the shape is evidence
// without any gambling word.
export const SITE_TITLE_TAILS: SpamTerm[] = [
  { term: '[_|｜][\\p{Script=Han}A-Za-z0-9]{0,10}?(?:官方网站|官网)[:：]?', example: '去年,英国威廉希尔公司_官方网站:环境质量总体稳定', seen: 'bc0550.com eval:b13-bc0550-eco-committee-injected-report' },
  { term: '[_|｜][\\p{Script=Han}A-Za-z0-9]{0,10}?(?:官方网站|官网)[:：]?', example: '沙巴体育网址_2024欧洲杯投注官网-网投|盘口:生态环境局党组成员', seen: 'qswyx.com eval:z1-qswyx-fuzhou-eco-coop-meeting-report' },
];
const TAIL = new RegExp([...new Set(SITE_TITLE_TAILS.map((t) => t.term))].join('|'), 'gu');
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9]/u;

/**
 * Site titles spliced into the text at several places. The name before the
 * tail has no edge of its own (市生态环境局英国威廉希尔公司_官方网站:分局), so it is
 * read from the repetition: the run reaches back as far as every copy agrees.
 * Prose never repeats a name glued to `_官方网站` mid-clause; one copy is left alone.
 */
export function repeatedSiteTitles(text: string): string[] {
  const byTail = new Map<string, number[]>();
  for (const m of text.matchAll(TAIL)) byTail.set(m[0], [...(byTail.get(m[0]) ?? []), m.index]);
  const runs: string[] = [];
  for (const [tail, ats] of byTail) {
    if (ats.length < 2) continue;
    let n = 0;
    for (;;) {
      const chars = ats.map((at) => text[at - n - 1] ?? '');
      if (n >= 16 || !NAME_CHAR.test(chars[0]!) || chars.some((c) => c !== chars[0])) break;
      n += 1;
    }
    if (n >= 2) runs.push(text.slice(ats[0]! - n, ats[0]! + tail.length));
  }
  return runs;
}

// A gambling site's name put in place of the page's own name everywhere it stood (百家乐平台 for
// 新华 in the title bar, masthead, source line and dateline: 百家乐平台社香港1月21日电; a keyword bar
// 欧洲杯买球官网_澳门金沙城中心-投注|平台: for the district's name in the headline, source line and
// first sentence). No brand shape marks it, but a strong gambling word recurs with the same
// characters around it, and those characters are the name: its extent is read from where the
// copies stop agreeing. A site word inside it (平台, 官网) is required, so a casino report naming
// 百家乐 twice is left, and each copy must open where a name can (a crackdown's 网络投注平台 is prose).
export const GAMBLING_NAME_SEEDS: SpamTerm[] = [
  { term: '百家乐|买球|投注|博彩|盘口|网投', example: '百家乐平台社香港1月21日电(记者刘明洋)农历癸卯兔年将至', seen: 'catapt.com eval:a17-catapt-hk-newyear-greetings-report' },
  { term: '百家乐|买球|投注|博彩|盘口|网投', example: '9月22日,欧洲杯买球官网_澳门金沙城中心-投注|平台:公安局新工派出所开展', seen: 'yifeixiaoshan.com eval:a17-yifeixiaoshan-xingong-police-station-report' },
];
const SEED = new RegExp([...new Set(GAMBLING_NAME_SEEDS.map((t) => t.term))].join('|'), 'gu');
const NAME_SITE_WORD = /平台|官方网站|官网|网址|网站/u;
const NAME_PART = /[\p{Script=Han}A-Za-z0-9_|｜\-－:：]/u;
/** How far a name may reach from its gambling word on either side. */
const NAME_REACH = 24;

/** Names around a gambling word that recurs with the same characters on both sides. */
export function repeatedGamblingNames(text: string): string[] {
  const bySeed = new Map<string, number[]>();
  for (const m of text.matchAll(SEED)) bySeed.set(m[0], [...(bySeed.get(m[0]) ?? []), m.index]);
  const names = new Set<string>();
  for (const [seed, ats] of bySeed) {
    if (ats.length < 2) continue;
    const agree = (offset: (at: number) => number) => {
      const chars = ats.map((at) => text[offset(at)] ?? '');
      return NAME_PART.test(chars[0]!) && chars.every((c) => c === chars[0]);
    };
    let left = 0;
    while (left < NAME_REACH && agree((at) => at - left - 1)) left += 1;
    let right = 0;
    while (right < NAME_REACH && agree((at) => at + seed.length + right)) right += 1;
    const name = text.slice(ats[0]! - left, ats[0]! + seed.length + right);
    // A name stands on its own: each copy opens at a line, a label or a clause, never after a
    // word of the sentence (网络投注平台, 涉案投注平台 are the text's own words).
    const standsAlone = ats.every((at) => !/[\p{Script=Han}A-Za-z0-9]/u.test(text[at - left - 1] ?? ''));
    if (name.length > seed.length && NAME_SITE_WORD.test(name) && standsAlone) names.add(name);
  }
  // The longest first, so that a name holding another is cut whole.
  return [...names].sort((a, b) => b.length - a.length);
}

export function cutSpamRuns(file: IngestFile): void {
  cutGamblingRuns(file);
  // After the gambling runs, so that a brand's chained keywords go with it.
  cutSiteTitles(file);
  cutGamblingNames(file);
}

function cutGamblingNames(file: IngestFile): void {
  let text = String(file.value);
  for (const name of repeatedGamblingNames(text)) {
    const copies = text.split(name).length - 1;
    if (copies < 2) continue;
    file.message(`spam run removed: "${name}" (${copies} copies)`, { ruleId: 'spam-run', source: STAGE });
    file.data.removed.push({ stage: STAGE, rule: 'repeated-gambling-name', reason: 'a gambling site name put where the page named itself', text: name });
    text = text.split(name).join('');
  }
  file.value = text;
}

function cutGamblingRuns(file: IngestFile): void {
  const text = String(file.value);
  BRAND.lastIndex = 0;
  if (!new RegExp(BRAND.source, 'u').test(text)) return;
  const lines = text.split('\n').flatMap((original) => {
    const runs = spamRuns(original);
    if (runs.length === 0) return [original];
    let line = original;
    for (const [start, end] of runs.reverse()) {
      const run = line.slice(start, end);
      file.message(`spam run removed: "${run}"`, { ruleId: 'spam-run', source: STAGE });
      file.data.removed.push({ stage: STAGE, rule: 'gambling-run', reason: 'gambling keywords spliced into the text', text: run });
      line = line.slice(0, start) + line.slice(end);
    }
    return line.trim() === '' ? [] : [line];
  });
  file.value = lines.join('\n');
}

function cutSiteTitles(file: IngestFile): void {
  let text = String(file.value);
  for (const run of repeatedSiteTitles(text)) {
    file.message(`spam run removed: "${run}" (${text.split(run).length - 1} copies)`, { ruleId: 'spam-run', source: STAGE });
    file.data.removed.push({ stage: STAGE, rule: 'repeated-site-title', reason: 'a site title spliced into the text at several places', text: run });
    text = text.split(run).join('');
  }
  file.value = text;
}
