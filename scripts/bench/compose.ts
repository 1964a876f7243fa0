// The clean content of one generated document: what it says, who said it,
// where and when. render.ts then dresses it in a page, a script and an encoding.
import Nzh from 'nzh';
import type { Random } from './random.ts';
import type { Place, SeedPool } from './seeds.ts';

export type Kind = 'speech' | 'notice' | 'report' | 'interview';

export interface Line {
  kind: 'heading' | 'paragraph' | 'turn';
  text: string;
  speaker?: string;
}

export interface Composed {
  kind: Kind;
  title: string;
  place: Place;
  /** The place's own name, as a local text names it (开州区, 徐州市). */
  placeName: string;
  date: { year: number; month: number; day: number };
  speaker: string;
  organ: string;
  lines: Line[];
}

const SECTORS = ['卫生健康', '教育', '交通运输', '农业农村', '生态环境', '市场监管', '文化旅游', '应急管理', '民政', '水利', '自然资源', '商务', '司法行政', '人力资源和社会保障', '住房和城乡建设', '退役军人事务', '统计', '医疗保障'];
const MEETINGS = ['党建工作会议', '党风廉政建设工作会议', '作风建设推进会', '主题教育动员部署会', '年中工作推进会', '基层党建工作座谈会', '全面从严治党工作会议', '警示教育大会', '工作务虚会', '党建工作述职评议会'];
const CAMPAIGNS = ['基层党组织书记述职评议', '党员先锋岗创建', '“不忘初心、牢记使命”主题教育', '作风建设提升年', '清廉机关建设', '党支部标准化规范化建设', '“三严三实”专题教育', '“两学一做”学习教育'];
// Formulas researchers search for; some sentences carry one, so that search queries have hits at every scale.
const SLOGANS = ['三严三实', '两个维护', '三会一课', '四个意识', '四个自信', '两个确立', '健康乡村', '党委领导下的院长负责制', '7个能力', '两学一做', '一岗双责'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红文辉力斌宇浩凯鹏飞永健新春海林峰亮成立荣光晓云东';
const ROLES = ['党委书记、主任', '党组书记、局长', '党委书记', '党组成员、副局长', '纪检监察组组长', '机关党委书记'];

const scopeOf = (name: string) => (/(区|县|旗)$/.test(name) ? `全${name.at(-1)}` : /市$/.test(name) ? '全市' : '全省');

function personName(rng: Random): string {
  const given = rng.pick([...GIVEN]) + (rng.chance(0.7) ? rng.pick([...GIVEN]) : '');
  return rng.pick([...SURNAMES]) + given;
}

/**
 * A seed sentence made this document's own: the seeds' sector and scope words
 * take this document's, and some sentences gain a dated or counted clause, so
 * that two documents share stock phrases (as real ones do) but not their text.
 */
function adapt(sentence: string, c: { sector: string; scope: string; year: number; placeName: string }, rng: Random): string {
  let s = sentence.replace(/卫生健康|卫健/g, c.sector).replace(/全[县区市省]/g, c.scope);
  if (rng.chance(0.25)) s = `${c.year}年以来，${s}`;
  if (rng.chance(0.2)) s = s.replace(/[。；！？]$/, `，${c.placeName}${c.sector}系统共开展专题培训${rng.int(3, 80)}场次、覆盖党员干部${rng.int(120, 9000)}人次。`);
  if (rng.chance(0.12)) s = s.replace(/[。；！？]$/, `，严格落实“${rng.pick(SLOGANS)}”有关要求。`);
  return s;
}

export function compose(pool: SeedPool, rng: Random): Composed {
  const place = rng.pick(pool.places);
  const placeName = place.county ?? place.city ?? place.province;
  const sector = rng.pick(SECTORS);
  const scope = scopeOf(placeName);
  const year = rng.int(2008, 2025);
  const date = { year, month: rng.int(1, 12), day: rng.int(1, 28) };
  const kind = rng.pick<Kind>(['speech', 'speech', 'speech', 'notice', 'report', 'interview']);
  const speaker = personName(rng);
  const organ = `${placeName}${sector}${sector.length > 3 ? '局' : rng.pick(['局', '委'])}`;
  const meeting = rng.pick(MEETINGS);
  const context = { sector, scope, year, placeName };
  const sentence = () => adapt(rng.pick(pool.sentences), context, rng);
  const paragraph = () => Array.from({ length: rng.int(2, 5) }, sentence).join('');
  const lines: Line[] = [];
  let title: string;
  if (kind === 'interview') {
    title = `${speaker}：${rng.pick(pool.headings).replace(/[，。、；]/g, ' ').trim()}`;
    lines.push({ kind: 'paragraph', text: `近日，${organ}${rng.pick(ROLES)}${speaker}在接受本报记者专访时表示，${sentence()}` });
    for (let i = rng.int(3, 6); i > 0; i--) {
      lines.push({ kind: 'turn', speaker: '记者', text: `${sentence().replace(/[。；！？]$/, '')}，请您谈一谈下一步有哪些打算？` });
      lines.push({ kind: 'turn', speaker: speaker.slice(0, rng.chance(0.5) ? 3 : 2), text: paragraph() });
    }
  } else {
    title =
      kind === 'speech' ? `在${scope}${sector}系统${meeting}上的讲话`
      : kind === 'notice' ? `关于开展${year}年度${sector}系统${rng.pick(CAMPAIGNS)}工作的通知`
      : `${placeName}${sector}系统召开${meeting}`;
    if (kind === 'speech') lines.push({ kind: 'paragraph', text: '同志们：' });
    if (kind === 'notice') lines.push({ kind: 'paragraph', text: `各${sector}系统单位党组织：` });
    const sections = rng.int(2, 4);
    for (let h = 0; h < sections; h++) {
      if (kind !== 'report') lines.push({ kind: 'heading', text: `${Nzh.cn.encodeS(h + 1)}、${rng.pick(pool.headings)}` });
      for (let p = rng.int(1, 3); p > 0; p--) lines.push({ kind: 'paragraph', text: paragraph() });
    }
  }
  return { kind, title, place, placeName, date, speaker, organ, lines };
}
