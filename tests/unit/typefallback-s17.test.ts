// The seventeenth session's type changes (classify stage), on the development
// pages' own lines and on the near misses of the class sample's half A
// (docs/wide-samples/typefallback-s17).
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { scoreTypes, signedGreeting, toldOpenings, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', part: 'body', text }));
const view = (title: string | undefined, ...texts: string[]) => documentView(title, paragraphs(...texts), []);
const typed = (title: string | undefined, ...texts: string[]) => typeOf(scoreTypes(view(title, ...texts)));

describe('toldOpenings: paragraph after paragraph telling what people said, in no voice of its own', () => {
  // speakout.hk (unseen13 a13-speakout): a chief executive's press release retold.
  const speakout = [
    '行政长官林郑月娥发新闻稿表示，经过考虑政府新闻处的意见后，无意改变现时行政会议前会见传媒环节的操作模式；并对有关即时传译和回应记者问题所需时间的言论引起混乱致歉。',
    '林郑表示，不论是广东话、普通话或英语，行政长官以不同语言作出相同答复，会消耗记者本可用作提出其他提问的时间，她强调有关言论并非针对英语。她又指，会见传媒时，一向以记者提问时所用语言回应，未来也会继续，并不存在政府或她本人不重视使用英语。',
  ];

  it('a press release told from outside is a report (她本人 is the third person’s, not the text’s own voice)', () => {
    expect(toldOpenings(view(undefined, ...speakout))).toBe(true);
    expect(typed(undefined, ...speakout)).toBe('report');
  });

  it('an official’s words opened with his name, 指出 then 表示 (scooptwnews.com, unseen3 w2-scooptw)', () => {
    expect(toldOpenings(view(undefined,
      '翁章梁指出，2025年是充满变化与挑战的一年，无论是国际情势转变、台商回流、中北部发展饱和，都会连带影响中南部发展。',
      '翁章梁表示，六大工业区已逐渐成形，台积电已进驻嘉义县，今年底第一座封装厂装机。',
    ))).toBe(true);
  });

  it('one such paragraph is not enough: a content-farm essay opens one with 两地政府强调 (sample A 07, shmdj.com)', () => {
    const essay = view(undefined,
      '杭州市的西湖景区、灵隐寺等著名景点一直是游客的热门打卡地，为了保障游客和市民的安全，杭州市政府呼吁大家尽量减少前往人员密集区域。',
      '上海和杭州两地政府强调，疫情防控工作关系到每个人的生命安全和身体健康，需要全社会共同参与和努力。',
    );
    expect(toldOpenings(essay)).toBe(false);
    expect(typeOf(scoreTypes(essay))).toBe('article');
  });

  it('an essay that argues in its own voice is none (sohu.com, cases html-sohu-private-capital: 我们一直逆规律而行)', () => {
    expect(toldOpenings(view(undefined,
      '前述韩国的制度只强调民间准入不强调政府退出，所以规定的三个品种都是B打头：BTO、BOT、BOO。',
      '前述韩国的制度只强调民间准入不强调政府退出，从国内基础设施吸引民间资本已经取得的进展来看，地方政府可以放宽品种限制。',
      '对于城市化，长期以来直至改革开放初期，我们一直逆规律而行，采取禁止的态度。',
    ))).toBe(false);
  });

  it('a leader’s words a 党课 rests on are not told (hanjia777.com, cases c3c-hanjia777), nor a heading’s 加强调度 (unseen u1-huarong)', () => {
    expect(toldOpenings(view(undefined,
      '习近平总书记指出，一个民族要走在时代前列，就一刻不能没有理论思维，一刻不能没有思想指引。',
      '习近平总书记强调，要坚持农业农村优先发展。',
    ))).toBe(false);
    expect(toldOpenings(view(undefined,
      '三、加强调度协调。县政府分线领导要站在全局高度，对牵头负责的政府重点工作任务进行科学协调。',
      '四、加强调度督查。县政府督查室要定期督查。',
    ))).toBe(false);
  });
});

describe('signedGreeting: a body greets in its own name and signs the text', () => {
  // instylerugs.com (unseen13 a13-instylerugs): a hospital's New Year message.
  const greeting = '岁序更替，华章日新。值此辞旧迎新之际，兰州市第二人民医院向全院职工及所有关心、支持医院发展的各界朋友，致以新年的问候和美好的祝福！';
  const wishes = '恭祝大家虎年大吉，身体健康，阖家幸福，万事如意！';

  it('the signature repeats the greeting’s subject: a speech', () => {
    const doc = view(undefined, greeting, wishes, '兰州市第二人民医院', '2021年12月31日');
    expect(signedGreeting(doc)).toBe(true);
    expect(typeOf(scoreTypes(doc))).toBe('speech');
  });

  it('the signature may name the body in full (医院党委 / 铁岭市中心医院党委, dated 丁酉年除夕: kenatoys.com, unseen8)', () => {
    expect(signedGreeting(view(undefined,
      '伴着清脆的爆竹声和满天绚丽的焰火，医院党委向大家致以节日的问候和新春的祝福，向节日期间仍然坚守岗位，奋战在一线的干部员工表示衷心的感谢。',
      '最后，祝全院职工和家属、社会各界朋友，新春快乐，万事如意！',
      '铁岭市中心医院党委',
      '丁酉年除夕',
    ))).toBe(true);
  });

  it('unsigned, the same greeting stays what the other cues say', () => {
    const doc = view(undefined, greeting, wishes);
    expect(signedGreeting(doc)).toBe(false);
    expect(typeOf(scoreTypes(doc))).toBe('article');
  });

  it('a report of a leader conveying greetings names no signer (sample A 11, hnsycxrmyy.com)', () => {
    expect(signedGreeting(view(undefined,
      '1月19日上午，新春佳节到来之际，县长孙虎和县领导赵来霞、张百海等在县卫健委领导的陪同下到虞城县人民医院看望慰问医务工作者等坚守一线的干部职工，并送来慰问品和慰问金，感谢他们长期以来的无私奉献和辛勤劳动，通过他们向全县各条战线的劳动者致以节日的亲切问候和美好祝愿。',
      '赵银山书记代表全体干部职工对县委县政府对县医院的大力支持致以真挚的感谢。',
    ))).toBe(false);
  });

  it('a letter is signed so too, and its title keeps it an article (unseen12 a12-zy234: 慰问信)', () => {
    const doc = view('慰问信',
      '全县教师和教育工作者：',
      '在这金风送爽、硕果飘香的美好时节，我们迎来了第23个教师节。值此佳节来临之际，县教育局谨向辛勤耕耘在全县教育战线上的广大教师和教育工作者致以诚挚的问候和节日的祝贺！',
      '祝全县教师和教育工作者节日愉快、工作顺利、阖家幸福！',
      '枞阳县教育局',
      '2007年9月10日',
    );
    expect(signedGreeting(doc)).toBe(true);
    expect(typeOf(scoreTypes(doc))).toBe('article');
  });
});

describe('signedGreeting: the subject must name a body', () => {
  // meizhou.gov.cn (unseen12 a12-meizhou): a person greets, and the report closes on its reporters' credit.
  it('a person’s name before 向 (詹星向…致以节日问候) is a report’s, not a body signing', () => {
    expect(signedGreeting(view(undefined,
      '1月10日，全市公安机关开展庆祝第四个“中国人民警察节”系列活动，并举行庄严隆重的升警旗仪式。副市长、市公安局局长詹星参加活动。',
      '詹星向全市广大民辅警致以节日问候和诚挚祝福，并向默默辛勤付出、全力支持公安工作的民辅警家属和社会各界人士表示衷心感谢和崇高敬意。',
      '与此同时，各县（市、区）公安机关也通过举办警营开放日等活动，增进警民互动。（记者 李盛华 通讯员 凌如汕 赖卓佳）',
    ))).toBe(false);
  });
});
