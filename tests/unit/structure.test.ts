import { describe, expect, it } from 'vitest';
import { fixture, ingestText } from '../fixtures/structure/harness.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { chooseTitle, deriveTitle, gluedCopies, undecorated } from '../../scripts/ingest/structure/title.ts';
import { isNumberedHeading, ledeStart, parseNameLine } from '../../scripts/ingest/structure/lines.ts';
import * as titleVocabulary from '../../scripts/ingest/structure/title-vocabulary.ts';
import { INTERVIEW_WORDS, LETTER_WORDS, NOTICE_WORDS, REPORT_WORDS, SPEECH_WORDS } from '../../scripts/ingest/structure/genre-words.ts';
import { parseSeen } from '../fixtures/structure/vocabulary-sources.ts';
import { cleanTitle, closeUp, refusal } from '../../scripts/ingest/structure/title-clean.ts';

const run = (name: string) => ingestText(fixture('structure', name));
const seed = (name: string) => ingestText(fixture('structure', `seeds/${name}`));
const texts = (blocks: Block[], pred: (b: Block) => boolean) => blocks.filter(pred).map((b) => b.text);
const headings = (blocks: Block[]) => blocks.filter((b) => b.kind === 'heading' && b.part === 'body').map((b) => [b.depth, b.text]);

describe('structure: seeds', () => {
  it('001: notice part, split title joined, name and date lines to front', () => {
    const file = seed('001.txt');
    expect(file.data.meta.title).toBe('在全区卫生系统创先争优活动座谈会暨基层组织建设工作会议上的总结讲话');
    expect(file.data.meta.titleSource).toBe('found');
    expect(file.data.front).toEqual(['朱 烜', '（2012年5月29日）']);
    const notice = file.data.blocks.filter((b) => b.part === 'notice');
    expect(notice[0]).toMatchObject({ kind: 'heading', text: expect.stringMatching(/^关于印发朱烜同志.*的通知$/) });
    expect(notice.at(-1)?.text).toBe('二〇一二年六月六日');
    expect(notice).toHaveLength(4);
    const body = file.data.blocks.filter((b) => b.part === 'body');
    expect(body[0].text).toBe('同志们：');
    expect(body.at(-1)?.text).toBe('谢谢大家！');
    expect(headings(file.data.blocks).map(([d]) => d)).toEqual([2, 2, 2]);
    expect(texts(file.data.blocks, (b) => b.kind === 'paragraph' && b.text.startsWith('一是要'))).toHaveLength(1);
  });

  it('002: title line, salutation stays body, three numbered headings, 一是 paragraphs stay paragraphs', () => {
    const file = seed('002.txt');
    expect(file.data.meta.title).toBe('在全县卫生健康系统党建工作座谈会上的讲话');
    expect(file.data.blocks[0].text).toBe('同志们：');
    expect(headings(file.data.blocks)).toHaveLength(3);
    expect(file.data.blocks.filter((b) => b.kind === 'paragraph' && /^[一二三四][是要]/.test(b.text))).toHaveLength(12);
  });

  it('003: caption and byline to front, lede paragraph, turns with roles', () => {
    const file = seed('003.txt');
    expect(file.data.meta.title).toBe('医心向党担使命 健康为民守初心');
    expect(file.data.front).toEqual(['唐荣在办公。', '本报记者 颜小镇 文/图']);
    expect(file.data.removed.find((r) => r.text === '唐荣在办公。')?.reason).toMatch(/caption/);
    expect(file.data.blocks[0].kind).toBe('paragraph');
    const turns = file.data.blocks.filter((b) => b.kind === 'turn');
    expect(turns.map((t) => [t.speaker, t.role])).toEqual([
      ['记者', 'interviewer'],
      ['唐荣', 'interviewee'],
      ['记者', 'interviewer'],
      ['唐荣', 'interviewee'],
    ]);
    expect(turns[1].text.startsWith('一是立足中心大局学。')).toBe(true);
  });

  it('004: headline glued to the lede keeps its damage mark; attribution to front; subheadings', () => {
    const file = seed('004.txt');
    expect(file.data.meta.title).toBe('抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇□');
    expect(file.data.blocks[0].text.startsWith('连日来，全市卫健系统')).toBe(true);
    expect(file.data.front).toEqual(['（《徐州日报》2022年9月27日 文/王任飞 谈建荣）']);
    const last = file.data.blocks.at(-1)?.text ?? '';
    expect(last.endsWith('注重结果应用的整体效应。')).toBe(true);
    expect(headings(file.data.blocks).map(([, t]) => t)).toEqual([
      '聚焦服务发展一线 强化“敢为”担当',
      '聚焦服务群众一线 提高“善为”本领',
      '聚焦服务稳定一线 务求“落实”成效',
    ]);
  });

  it('000: no title stated, a short one derived at a clause boundary', () => {
    const file = seed('000.txt');
    expect(file.data.meta.titleSource).toBe('derived');
    expect(file.data.meta.title).toBe('党的十八大以来，把握时代和实践的新要求');
    expect(file.data.blocks).toHaveLength(6);
  });
});

describe('structure: further documents', () => {
  it('joins a ——subtitle and sets aside a post-and-name line and a date line', () => {
    const file = run('speech-subtitle.txt');
    expect(file.data.meta.title).toBe('坚定信心 真抓实干 奋力开创乡村振兴新局面——在全县2024年农村工作会议上的讲话');
    expect(file.data.front).toEqual(['县委书记 王建国', '（2024年2月26日）']);
  });

  it.each([
    ['在全县教育系统工作会议上的讲话同志们：', '在全县教育系统工作会议上的讲话', '同志们：'],
    ['关于开展2023年度清廉机关建设工作的通知各县（市、区）卫生健康局：', '关于开展2023年度清廉机关建设工作的通知', '各县（市、区）卫生健康局：'],
  ])('splits a title glued to what follows it: %s', (line, title, rest) => {
    const file = ingestText(`${line}\n现将有关事项通知如下，请认真贯彻落实。`);
    expect(file.data.meta.title).toBe(title);
    expect(file.data.blocks[0]?.text).toBe(rest);
  });

  it('reads a name line and a date line printed above the title', () => {
    const file = ingestText('蔡文丽\n（2015年11月19日）\n在全县卫生健康系统主题教育动员部署会上的讲话\n同志们：\n今天，我们召开全县卫生健康系统主题教育动员部署会，主要任务是动员部署。');
    expect(file.data.meta).toMatchObject({ title: '在全县卫生健康系统主题教育动员部署会上的讲话', titleSource: 'found' });
    expect(file.data.front).toEqual(['蔡文丽', '（2015年11月19日）']);
    expect(file.data.blocks[0]?.text).toBe('同志们：');
  });

  it('drops a column label before the title and records it', () => {
    const file = ingestText(fixture('speakers', 'interview-subtitle.txt'));
    expect(file.data.meta.title).toBe('坚持人民至上 守护百姓健康——访市卫生健康委主任陈志刚');
    expect(file.data.removed).toContainEqual({ stage: 'structure', reason: 'column label before the title', text: '【专访】' });
  });

  it('reads 一、 （一） 1． as depths 2, 3, 4', () => {
    const file = run('speech-subtitle.txt');
    expect(headings(file.data.blocks).map(([d]) => d)).toEqual([2, 3, 3, 2, 4, 4]);
  });

  it('keeps a run-in heading （一）加强思想建设。要… and 一是要… as paragraphs', () => {
    const file = run('run-in-headings.txt');
    expect(headings(file.data.blocks)).toEqual([
      [2, '一、总体要求'],
      [2, '二、主要任务'],
      [3, '（二）严明工作纪律'],
      [4, '1．严格请销假制度。'],
      [4, '2．规范会议活动。'],
    ]);
    expect(texts(file.data.blocks, (b) => b.kind === 'paragraph').some((t) => t.startsWith('（一）加强思想建设。'))).toBe(true);
  });

  it('a 致辞 with a long salutation and a Chinese-numeral date line', () => {
    const file = run('zhici.txt');
    expect(file.data.meta.title).toBe('在第十届中国（南昌）绿色食品博览会开幕式上的致辞');
    expect(file.data.front).toEqual(['南昌市人民政府市长 刘小平', '（二〇二三年十月十二日）']);
    expect(file.data.blocks[0].text).toBe('尊敬的各位来宾，女士们、先生们，朋友们：');
  });

  it('joins a title split before 暨', () => {
    const file = run('split-jubilee.txt');
    expect(file.data.meta.title).toBe('在纪念中国共产党成立102周年暨“两优一先”表彰大会上的讲话');
    expect(file.data.front).toEqual(['张 伟', '（2023年6月30日）']);
  });

  it('an online interview: guest line to front, 主持人 and a recurring name as turns', () => {
    const file = run('interview-host.txt');
    expect(file.data.front).toEqual(['本期嘉宾：市政务服务管理局局长 李明']);
    expect(file.data.blocks[0]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^【编者按】/) });
    const speakers = file.data.blocks.filter((b) => b.kind === 'turn').map((b) => `${b.speaker}/${b.role}`);
    expect(new Set(speakers)).toEqual(new Set(['主持人/interviewer', '李明/interviewee']));
    expect(speakers).toHaveLength(6);
  });

  it('问/答 turns', () => {
    const file = run('qa-turns.txt');
    expect(file.data.blocks.map((b) => [b.kind, b.speaker, b.role])).toEqual([
      ['turn', '问', 'interviewer'],
      ['turn', '答', 'interviewee'],
      ['turn', '问', 'interviewer'],
      ['turn', '答', 'interviewee'],
    ]);
  });

  it('a single quoted name label in a speech is no turn', () => {
    const file = run('quote-not-turn.txt');
    expect(file.data.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(file.data.blocks.some((b) => b.text.startsWith('赵强：'))).toBe(true);
  });

  it('a headline glued to a 近日 lede', () => {
    const file = run('glued-lede.txt');
    expect(file.data.meta.title).toBe('全市召开安全生产工作会议 部署节日期间安全防范工作');
    expect(file.data.blocks[0].text.startsWith('近日，全市安全生产工作会议召开')).toBe(true);
  });

  it('a headline glued to a date lede', () => {
    const file = run('glued-date-lede.txt');
    expect(file.data.meta.title).toBe('小山村走出致富路');
    expect(file.data.blocks[0].text.startsWith('9月12日，记者走进')).toBe(true);
  });

  it('signature and date lines at the end become the closing part', () => {
    const file = run('closing-signature.txt');
    expect(texts(file.data.blocks, (b) => b.part === 'closing')).toEqual(['中共某某县委', '2023年7月1日']);
    expect(file.data.blocks[0].text).toBe('全县广大共产党员：');
  });

  it('来源 and 责任编辑 lines at the end go to front', () => {
    const file = run('attribution-laiyuan.txt');
    expect(file.data.front).toEqual(['来源：大众日报', '（责任编辑：王五）']);
    expect(file.data.blocks).toHaveLength(2);
  });

  it("an author's note glued after the last sentence stays printed with the essay; a bare credit goes (1905.com repost of 光明日报, pl.ifeng.com, a 黔南 news page)", () => {
    const gmrb = '两个倾向的角逐并非一朝一夕，而是涉及漫长的理论故事谱系，只不过短视频的大量涌现将会续写新的一章。（作者：南帆，系福建师范大学文艺批评研究中心特约研究员）';
    const ifeng = '毕竟，政策实施效果好不好，市场主体和民众的感受最灵敏也最真切，他们的评价，才是衡量政策执行效率和效果的基本尺度。（作者韩涵系政邦智库研究员）';
    for (const last of [gmrb, ifeng]) {
      const file = ingestText(last);
      expect(file.data.blocks.at(-1)?.text).toBe(last);
    }
    const qiannan = '全力确保天文小镇按时保质保量安全完工，为黔南打造民族地区创新发展先行示范区注入强大动力，助推黔南同步小康、富民强州。（作者：周道来 李庆红 蒋龙城 韦俨芳）';
    const file = ingestText(qiannan);
    expect(file.data.blocks.at(-1)?.text).toBe('全力确保天文小镇按时保质保量安全完工，为黔南打造民族地区创新发展先行示范区注入强大动力，助推黔南同步小康、富民强州。');
    expect(file.data.front).toContain('（作者：周道来 李庆红 蒋龙城 韦俨芳）');
  });

  it('a kicker between the title and a first sentence opening with its newsroom credit is the headline area (jw0577.com mirror of 财经网); the credit stays (huanqiu.com)', () => {
    const caijing = '【《财经网》专稿/记者 罗昌平】今日上午10时26分，中共中央总书记、国家主席、中央军委主席****通过《人民网•强国论坛》与在线网友交流，并视频直播。';
    const file = ingestText(['胡主席上午与网友在线交流', '历时20分钟回答三个提问，为新中国成立以来首个通过网络视频在线交流的最高领导人', caijing, '****于上午10时26分回答网友第一个提问，10时46分告别网友，历时共20分钟，共回答三名网友的提问。'].join('\n'));
    expect(file.data.blocks[0]?.text).toBe(caijing);
    const huanqiu = '【环球网报道 记者 赵衍龙】美国当地时间12日凌晨，佛州“脉动奥兰多”夜总会发生美国30年以来最惨烈的大规模枪击案，目前已经造成50人死亡，53人受伤。';
    const other = ingestText(['IS宣称对美国奥兰多夜总会枪击案负责', huanqiu].join('\n'));
    expect(other.data.meta.title).toBe('IS宣称对美国奥兰多夜总会枪击案负责');
    expect(other.data.blocks.map((b) => b.text)).toEqual([huanqiu]);
  });

  it('a marked caption, a 摄 byline and an e-paper attribution', () => {
    const file = run('caption-marked.txt');
    expect(file.data.front).toEqual(['图为比赛现场。', '记者 刘洋 摄', '（《江城日报》2023年9月21日第3版）']);
    expect(file.data.blocks.map((b) => b.part)).toEqual(['body', 'body']);
  });

  it('a notice that is the document itself: notice title is the title, no notice part', () => {
    const file = run('notice-attachment.txt');
    expect(file.data.meta.title).toBe('关于印发《2024年全市卫生健康工作要点》的通知');
    expect(file.data.blocks.every((b) => b.part === 'body')).toBe(true);
    expect(headings(file.data.blocks)).toEqual([
      [2, '2024年全市卫生健康工作要点'],
      [2, '一、深化医药卫生体制改革'],
      [2, '二、提升公共卫生服务能力'],
    ]);
  });

  it('a forum repost without title: title derived from the first sentence after the salutation', () => {
    const file = run('forum-no-title.txt');
    expect(file.data.meta.titleSource).toBe('derived');
    expect(file.data.meta.title).toBe('按照会议安排，我就本单位开展主题教育情况作简要汇报');
    expect(file.data.blocks[0].text).toBe('各位领导、同志们：');
  });

  it('a short sentence under a title without a byline stays body', () => {
    const file = ingestText('走进新时代\n春风吹遍了山村。\n今年以来，村里修了路，通了网，家家户户用上了自来水。');
    expect(file.data.front).toEqual([]);
    expect(file.data.blocks[0].text).toBe('春风吹遍了山村。');
  });

  it.each(['speech-subtitle.txt', 'interview-host.txt', 'caption-marked.txt', 'closing-signature.txt', 'run-in-headings.txt', 'notice-attachment.txt'])(
    'loses no line of %s: each is in the title, the front or a block',
    (name) => {
      const file = ingestText(fixture('structure', name));
      const title = file.data.meta.title ?? '';
      const blocks = file.data.blocks.map((b) => (b.kind === 'turn' ? `${b.speaker}：${b.text}` : b.text));
      for (const line of fixture('structure', name).split('\n').filter(Boolean)) {
        const kept = title.includes(line.replace(/^——/, '')) || file.data.front.includes(line) || blocks.includes(line);
        expect(kept, line).toBe(true);
      }
    },
  );
});

describe('structure: line features', () => {
  it.each([
    ['一、总体要求', true],
    ['（三）强化保障。', true],
    ['2．规范会议活动', true],
    ['（一）加强领导。要把党建工作摆上重要位置。', false],
    ['一是要加强领导', false],
    ['2023年全市工作要点', false],
  ])('heading %s → %s', (line, expected) => {
    expect(isNumberedHeading(line)).toBe(expected);
  });

  it.each([
    ['朱 烜', { name: '朱烜' }],
    ['张伟同志', { name: '张伟' }],
    ['县委书记 王建国', { name: '王建国', role: '县委书记' }],
    ['市长李明', { name: '李明', role: '市长' }],
    ['欧阳修文', { name: '欧阳修文' }],
    // Surnames the people vocabulary adds (习 of 021auto.net's 习近平, 洪 of 外交部发言人洪磊) count in a name line too.
    ['习近平', { name: '习近平' }],
    ['洪磊', { name: '洪磊' }],
    ['谢谢大家', undefined],
    ['同志们', undefined],
  ])('name line %s', (line, expected) => {
    expect(parseNameLine(line)).toEqual(expected);
  });

  it('finds a lede only after a headline', () => {
    expect(ledeStart('近日，全市召开会议。')).toBeUndefined();
    expect(ledeStart('奋进新征程 建功新时代本报讯 日前，…')).toBe(11);
    expect(ledeStart('我市召开会议。我们要求，近日起全面检查')).toBeUndefined();
  });

  it('derives short titles at clause boundaries', () => {
    expect(deriveTitle('今年以来，我们坚持以人民为中心的发展思想，全面推进各项工作。')).toBe('今年以来，我们坚持以人民为中心的发展思想');
    expect(deriveTitle('这是一个没有任何标点而且非常非常长的句子用来测试标题截断是否正确处理')).toHaveLength(28);
  });
});

describe('structure: damaged junction of a glued title', () => {
  it('cuts a parallel headline after the damage mark that swallowed the lede start, and warns', () => {
    const file = ingestText('抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇□日来，全市卫健系统通过召开会议，研究贯彻落实措施。\n大家纷纷表示，要把作风提升作为推动工作的重要抓手。');
    expect(file.data.meta.title).toBe('抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇□');
    expect(file.data.blocks[0].text).toBe('□日来，全市卫健系统通过召开会议，研究贯彻落实措施。');
    expect(file.messages.some((m) => m.ruleId === 'title-damaged' && m.fatal === false)).toBe(true);
  });

  it('leaves damage in an ordinary first sentence alone', () => {
    const file = ingestText('今年以来，我县□□，各项工作取得新进展。\n下一步，我们将继续努力。');
    expect(file.data.meta.titleSource).toBe('derived');
    expect(file.data.blocks[0].text).toBe('今年以来，我县□□，各项工作取得新进展。');
  });
});

describe('structure: page timestamps under the title', () => {
  it.each(['2023-08-30 10:47 来源：市卫生健康委', '2024-03-05', '2024年3月5日 09:30:12 作者：办公室'])('%s goes to front', (line) => {
    const file = ingestText(`全市卫生健康工作会议召开\n${line}\n3月4日，全市卫生健康工作会议召开，会议总结了去年工作。`);
    expect(file.data.front).toEqual([line]);
    expect(file.data.blocks).toHaveLength(1);
  });
});

describe('title vocabulary', () => {
  const lists = Object.entries({ ...titleVocabulary, SPEECH_WORDS, NOTICE_WORDS, REPORT_WORDS, INTERVIEW_WORDS, LETTER_WORDS }).filter(([, v]) => Array.isArray(v)) as [string, { term: string; example: string; seen: string }[]][];
  it.each(lists)('%s rests on examples from at least two sites', (_name, terms) => {
    expect(new Set(terms.map((t) => parseSeen(t.seen).site)).size).toBeGreaterThanOrEqual(2);
  });
  it.each(lists.flatMap(([name, terms]) => terms.map((t) => [name, t.example, t] as const)))('%s: %s holds its term (its source holds it: tests/pipeline/vocabulary-sources.test.ts)', (_name, _example, t) => {
    // Labels spaced out to a table column's width (索   引   号) are read closed up.
    expect(new RegExp(t.term, 'u').test(closeUp(t.example)), `${t.example} ~ /${t.term}/`).toBe(true);
  });
});

describe('structure: what is never a title', () => {
  it.each([
    ['注册 | 登录', 'www.sm.gov.cn'],
    ['首页 >> 情感', 'zhuti.net.cn'],
    ['返回本版首页 | 版面导航 | 标题导航', 'jysb.shuren100.com'],
    ['404 Not Found', 'jysb.shuren100.com'],
    ['English', 'big5.taiwan.cn'],
    ['信息分类：通知 发布机构：太湖县人民政府办公室', 'zwgkw.thx.gov.cn'],
    ['索   引   号 20191202-189769 分        类 其他; 市人民政府办公室; 市政府、市政府办公室文件;', 'www.qqhr.gov.cn'],
    ['访谈嘉宾：市卫健委主任沈勇、市卫健委副主任黄海平、莫晶和邵平', 'www.yixing.gov.cn'],
    ['湘政办发〔2009〕24号', 'xiexiebang.com'],
    ['江西省统计局 国家统计局江西调查总队', 'www.yichun.gov.cn'],
    ['农业部答记者问农业部答记者问', 'zhuti.net.cn'],
    ['【安徽阜阳一动物园2...', 'weibo.com'],
    ['目录/提纲：……', 'www.wm114.cn'],
    ['中国政府网 黑龙江省政府网 English Русская версия 市人大 市政协 市纪委监委', 'www.qqhr.gov.cn'],
    // A label and a date and nothing else.
    ['归档时间：2018-11-21', 'pingjiang.gov.cn'],
    ['时间：2022-06-30 06:25:00', 'www.eimio.cn'],
    // A skip link, even with its full stop.
    ['按此，跳至主要内容。', 'www.news.gov.hk'],
    ['跳转到主要内容区域', 'www.sc.gov.cn'],
    // A column's marker in brackets.
    ['（新闻）', 'bynews.bjmu.edu.cn'],
    // A welcome banner, though it ends in ！.
    ['遂昌县教育网欢迎您！', '61.175.241.68'],
    ['欢迎来到冰点文库！', 'bingdoc.com'],
    // A label and a number: a contact line.
    ['网站客服：3074922707', 'wnwk.com'],
    ['联系电话：84075009', 'www.csx.gov.cn'],
  ])('%s (%s)', (line) => {
    expect(refusal(line)).toBeDefined();
  });

  it.each([
    // What a model-text site or a press office appends.
    ['2022年度专题党课：从党史中汲取智慧和力量全力推进乡村振兴（精选文档）', '2022年度专题党课：从党史中汲取智慧和力量全力推进乡村振兴'],
    ['党员文章(精选20篇)', '党员文章'],
    ['行政长官在外交部驻港特派员公署成立十周年酒会致辞（附图/短片）', '行政长官在外交部驻港特派员公署成立十周年酒会致辞'],
  ])('%s is cut to %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it.each(['保定市统筹推动城市和产业转型升级 着力构建“医车电数游”五大优势产业集群', '绥德：33名退役军人被表彰', '就在这个周末，超60家景区推门票半价！5·19中国旅游日上海送出“文旅大礼包”', '走进新时代文明实践中心'])('a title stays one: %s', (line) => {
    expect(refusal(line)).toBeUndefined();
  });
});

describe('structure: what a page glues to a title', () => {
  it.each([
    // A column's name before a separator.
    ['图说洛阳| 洛阳职业技术学院：剪“廉洁窗花”过廉洁之年', '洛阳职业技术学院：剪“廉洁窗花”过廉洁之年', '图说洛阳|'],
    ['政能亮丨“稳经济”需要跑出“加速度”', '“稳经济”需要跑出“加速度”', '政能亮丨'],
    ['新华全媒+丨积极因素不断增多 “质升量稳”动能增强', '积极因素不断增多 “质升量稳”动能增强', '新华全媒+丨'],
    ['专访郭嘉铨：无惧抹黑 让市民知道守护香港的决心丨香港一线', '专访郭嘉铨：无惧抹黑 让市民知道守护香港的决心', '丨香港一线'],
    // A column's name in brackets or before a colon.
    ['【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话（全文）', '县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话', '【法院讲话】'],
    ['评论员观察：深学细悟，把握理论精髓', '深学细悟，把握理论精髓', '评论员观察：'],
    ['在新时代中部地区崛起中争先出彩（推动高质量发展·权威发布）', '在新时代中部地区崛起中争先出彩', '（推动高质量发展·权威发布）'],
    // An uploader's genre tag, the file's extension and page count.
    ['县长在2022年全县生态环境专题会议上的讲话范文.doc', '县长在2022年全县生态环境专题会议上的讲话', '.doc'],
    ['诸城市重大突发事件应急保障体系建设行动计划方案（2021-2022年）（18页）', '诸城市重大突发事件应急保障体系建设行动计划（2021-2022年）', '（18页）'],
    // A site's name after a separator.
    ['万载县2022年国民经济和社会发展统计公报 | 万载县人民政府', '万载县2022年国民经济和社会发展统计公报', '万载县人民政府'],
    ['• 关于 2026 年元旦及寒假放假安排的通知', '关于 2026 年元旦及寒假放假安排的通知', '•'],
    // The dash a page's text dump prints before a list item.
    ['- 环保部长陈吉宁就“加强生态环境保护”答问', '环保部长陈吉宁就“加强生态环境保护”答问', '-'],
  ])('%s → %s', (line, title, piece) => {
    const clean = cleanTitle(line, []);
    expect(clean.title).toBe(title);
    expect(clean.cut.map((c) => c.text)).toContain(piece);
  });

  it('sets a 文号 in brackets after a notice title aside, and keeps a year range in brackets', () => {
    expect(cleanTitle('中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知（岳办发〔2017〕2号）')).toMatchObject({
      title: '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知',
      cut: [{ text: '岳办发〔2017〕2号', front: true }],
    });
    expect(cleanTitle('诸城市重大突发事件应急保障体系建设行动计划（2021-2022年）').title).toBe('诸城市重大突发事件应急保障体系建设行动计划（2021-2022年）');
  });

  it('keeps a post before 在 and a place or a person before the colon of a headline that is no speech', () => {
    for (const line of ['县长在2022年全县生态环境专题会议上的讲话', '市委书记在2025年全市三级干部大会上的讲话', '农机专家李金泽：为农机行业搭建现代化信息平台', '绥德：33名退役军人被表彰']) {
      expect(cleanTitle(line).title).toBe(line);
    }
  });

  it('sets the speaker\'s name before a speech title and a 文号 before a notice title aside for the metadata stages', () => {
    expect(cleanTitle('张晓明：这里有我们共同的情怀——在庆祝国务院港澳办成立四十周年座谈会上的讲话')).toMatchObject({ title: '这里有我们共同的情怀——在庆祝国务院港澳办成立四十周年座谈会上的讲话', cut: [{ text: '张晓明', front: true }] });
    expect(cleanTitle('王志民在中央人民政府驻港联络办“公众开放日”活动开幕仪式上的致辞')).toMatchObject({ title: '在中央人民政府驻港联络办“公众开放日”活动开幕仪式上的致辞', cut: [{ text: '王志民', front: true }] });
    expect(cleanTitle('盘政发〔2010〕22号 盘锦市人民政府关于表彰第二十二届农田基本建设“大禹杯”竞赛优胜单位和先进单位的决定')).toMatchObject({
      title: '盘锦市人民政府关于表彰第二十二届农田基本建设“大禹杯”竞赛优胜单位和先进单位的决定',
      cut: [{ text: '盘政发〔2010〕22号', front: true }],
    });
  });
});

describe('structure: choosing the title among the lines before the text', () => {
  const chosen = (lines: string[], headline?: string) => chooseTitle(lines, 0, { siteNames: [], ...(headline ? { headline } : {}) })?.block.clean.title;

  it('passes over a login bar, a list bullet and a short menu item', () => {
    expect(chosen(['注册 | 登录', '全市公安局长会议召开', '3月6日，全市公安局长会议以视频会形式召开，副市长、公安局长王锡章出席会议并讲话。'])).toBe('全市公安局长会议召开');
    expect(chosen(['• 最新公开信息', '• 关于 2026 年元旦及寒假放假安排的通知', '各处室（中心）、学院（部）:', '根据文件精神，结合我校实际，现将2026年元旦及寒假放假安排通知如下：'])).toBe('关于 2026 年元旦及寒假放假安排的通知');
  });

  it('passes over an outline and a site slogan that shares no word with the text', () => {
    expect(chosen(['目录/提纲：……', '一、统一思想，认清形势，进一步明确做好村级组织换届选举工作的重要意义', '在全县村级组织换届选举工作会议上的讲话', '县委副书记', '同志们：'])).toBe('在全县村级组织换届选举工作会议上的讲话');
    expect(chosen(['汇聚全球精彩分享', '领您探索未知国度', '国务院新闻办就《政府工作报告》解读等有关情', '国务院新闻办公室于2020年5月22日（星期五）上午11时30分举行吹风会，请《政府工作报告》起草组负责人解读《政府工作报告》有关情况，并答记者问。'])).toBe(
      '国务院新闻办就《政府工作报告》解读等有关情',
    );
  });

  it('takes the document\'s own complete title, joined, over the site\'s headline above it', () => {
    expect(chosen(['【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话（全文）', '在全院贯彻落实省法院', '院长会议精神大会上的讲话', '同志们：'])).toBe('在全院贯彻落实省法院院长会议精神大会上的讲话');
    expect(chosen(['农业部答记者问（农业部答记者问中国粮食问题）', '农业部答记者问农业部答记者问', '农业部部长韩长赋等就实施乡村振兴战略', '推动农业转型升级答记者问', '农业部答记者问', '十三届全国人大一次会议新闻中心于3月7日上午举行记者会。'])).toBe(
      '农业部部长韩长赋等就实施乡村振兴战略推动农业转型升级答记者问',
    );
    expect(chosen(['湖南省人民政府办公厅文件', '第一篇：湖南省人民政府办公厅文件', '湖南省人民政府办公厅文件', '湘政办发〔2009〕24号', '湖南省人民政府办公厅关于加强普通高等学校', '毕业生就业工作的通知', '各市州、县市区人民政府，省政府各厅委、各直属机构：'])).toBe(
      '湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知',
    );
  });

  it('takes the heading that the page\'s <title> line above it names among its column and site', () => {
    expect(chosen(['媒体报道-徐永光：新华网访谈-北京黄河缘公益基金会', '• 南都微信', '徐永光：新华网访谈', '2007-07-26', '3月10日下午，全国政协委员徐永光做客新华网，就农民工子女教育解决的途径与网友交流', '[主持人]下午好，各位网友。'])).toBe('徐永光：新华网访谈');
  });

  it('takes a 公示 or 公告 printed under a news headline about it', () => {
    expect(
      chosen(['环保部发布公示 拟命名杭州等40个地区为国家生态市（县、区）', '发表时间：2016-08-19 来源：环保部网站', '关于拟命名浙江省杭州市等40个地区为国家生态市（县、区）的公示', '根据地方申请和省级环境保护部门推荐，经国家生态市（县、区）考核组考核，浙江省杭州市已通过考核验收。']),
    ).toBe('关于拟命名浙江省杭州市等40个地区为国家生态市（县、区）的公示');
  });

  it('keeps the page\'s headline when the later lines are a subtitle, a kicker or a picture caption', () => {
    expect(chosen(['纪委副书记：腐败与反腐败就是生死较量', '苗元礼', '腐败与反腐败就是生死较量', '――省纪委副书记张晓亚答记者问', '记者：苗元礼案件有什么特点？'])).toBe('纪委副书记：腐败与反腐败就是生死较量');
    expect(chosen(['锚定加快建设农业强省目标 奋力谱写高质量发展新篇章', '——全省农业农村局长会议在西安召开', '省委农办主任，省农业农村厅党组书记、厅长孙矿玲讲话', '交流发言', '2月18日，全省农业农村局长会议在西安召开。'])).toBe(
      '锚定加快建设农业强省目标 奋力谱写高质量发展新篇章——全省农业农村局长会议在西安召开',
    );
    expect(
      chosen(['习近平主持召开深入推进长三角一体化发展座谈会', '习近平主持召开深入推进长三角一体化发展座谈会强调', '推动长三角一体化发展取得新的重大突破', '李强蔡奇出席', '新华社上海11月30日电 习近平30日上午在上海主持召开座谈会。'], '习近平主持召开深入推进长三角一体化发展座谈会'),
    ).toBe('习近平主持召开深入推进长三角一体化发展座谈会');
  });

  it('leaves the title\'s second half, printed again under it as the first heading, out of the title', () => {
    expect(chosen(['海外留学生看两会：出国前后关注点大不同', '出国前后关注点大不同', '出国前：政治科目会出啥考题？', '出国后：国家未来将如何发展？', '在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。'])).toBe('海外留学生看两会：出国前后关注点大不同');
  });

  it('cuts the copies of the title glued before a flattened page\'s first sentence', () => {
    const line = '1、县长在2022年全县生态环境专题会议上的讲话范文县长在2022年全县生态环境专题会议上的讲话范文同志们：刚才，X同志回顾总结了2021年生态环境工作。';
    expect(gluedCopies(line, ['县长在2022年全县生态环境专题会议上的讲话', '县长在2022年全县生态环境专题会议上的讲话范文'])?.rest).toEqual(['同志们：', '刚才，X同志回顾总结了2021年生态环境工作。']);
  });

  it('derives a title from the subject of the first sentence, not its dateline or salutation', () => {
    expect(deriveTitle('本报讯（李虹 记者 简强）昨日，青羊区卫生系统首届“院长论坛”在苏坡社区卫生服务中心举行，青羊区多家医院的院长陈述了本院未来几年的发展规划。')).toBe('青羊区卫生系统首届“院长论坛”在苏坡社区卫生服务中心举行');
    expect(deriveTitle('同志们：前不久，市政府刚刚召开了今年第一季度全市经济形势分析会，对全市经济工作作了安排。')).toBe('前不久，市政府刚刚召开了今年第一季度全市经济形势分析会');
  });
});

describe('structure: a headline that opens on the day', () => {
  it('cuts the day off the title and keeps it for the date (the contract\'s example form)', () => {
    const file = ingestText('3月27日，全市安全生产工作会议召开\n会议传达学习了全省安全生产电视电话会议精神，部署了下一阶段工作。');
    expect(file.data.meta.title).toBe('全市安全生产工作会议召开');
    expect(file.data.front).toEqual(['3月27日']);
  });
});

describe('structure: short lines under the title', () => {
  it("a notice's addressee line after a whole copy of the title is body, not the copy's second half (jumpstarthappiness.com, a moe.gov.cn mirror)", () => {
    const chengdu = ingestText(
      '《成都市人民政府办公厅关于建立政府工作落实情况报告制度的通知》\n《成都市人民政府办公厅关于建立政府工作落实情况报告制度的通知》\n各区(市)县政府,市政府各部门:\n根据省政府建立政府工作落实情况报告制度的决定和李春城市长的批示要求,市政府决定建立政府工作落实情况报告制度。',
    );
    expect(chengdu.data.meta.title).toBe('成都市人民政府办公厅关于建立政府工作落实情况报告制度的通知');
    expect(chengdu.data.blocks[0]?.text).toBe('各区(市)县政府,市政府各部门:');
    const moe = ingestText(
      '教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知\n教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知\n各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：\n为深入贯彻落实党的二十大精神和习近平文化思想，大力培育和践行社会主义核心价值观，决定举办宣传教育活动。',
    );
    expect(moe.data.blocks[0]?.text).toBe('各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：');
    // A salutation after a whole copy stays too (xinmengxiang.cn, gwyoo.com).
    const county = ingestText('在2024年全县卫生健康工作会议上的讲话\n在2024年全县卫生健康工作会议上的讲话\n同志们:\n今天,我们在这里召开2024年全县卫生健康工作会议,会议主要任务是回顾总结2023年工作情况,安排部署2024年重点工作。');
    expect(county.data.blocks[0]?.text).toBe('同志们:');
    // A copy wrapped over two lines still goes whole.
    const wrapped = ingestText(
      '教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知\n教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”\n宣传教育活动的通知\n各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：\n为深入贯彻落实党的二十大精神和习近平文化思想，大力培育和践行社会主义核心价值观，决定举办宣传教育活动。',
    );
    expect(wrapped.data.blocks[0]?.text).toBe('各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：');
  });

  it('a picture caption or a kicker standing short before the text is not body', () => {
    const file = ingestText('习近平主持召开深入推进长三角一体化发展座谈会\n李强蔡奇出席\n新华社上海11月30日电 中共中央总书记习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会并发表重要讲话。');
    expect(file.data.blocks[0]?.text).toMatch(/^新华社上海/);
  });

  it('a chapter heading right under the title of rules is the text\'s first heading (zhenba.gov.cn, zwgkw.thx.gov.cn)', () => {
    const zhenba = ingestText('镇巴县人民政府工作规则\n镇巴县人民政府工作规则\n第一章总则\n一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》，结合县政府工作实际，制定本规则。');
    expect(zhenba.data.blocks[0]?.text).toBe('第一章总则');
    const taihu = ingestText('太湖县人民政府工作规则\n第一章  总  则\n一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》等法律法规，结合县政府工作实际，制定本规则。');
    expect(taihu.data.blocks[0]?.text.replace(/\s/gu, '')).toBe('第一章总则');
    // A short kicker under a headline still goes.
    const kicker = ingestText('习近平主持召开深入推进长三角一体化发展座谈会\n李强蔡奇出席\n新华社上海11月30日电 中共中央总书记习近平30日上午在上海主持召开深入推进长三角一体化发展座谈会并发表重要讲话。');
    expect(kicker.data.blocks[0]?.text).toMatch(/^新华社上海/);
  });

  it('the first half of a two-line heading in the text stays with the second', () => {
    const file = ingestText('绥德：33名退役军人被表彰\n绥德县举行\n庆“八一”双拥文艺汇演暨首届“最美退役军人”表彰大会\n7月29日上午，在第95个“八一”建军节来临之际，绥德县在县消防救援大队成功举行了表彰大会。');
    expect(file.data.blocks.map((b) => b.text).slice(0, 2)).toEqual(['绥德县举行', '庆“八一”双拥文艺汇演暨首届“最美退役军人”表彰大会']);
  });
});

describe('undecorated: a headline reprinted without what the site glued on', () => {
  it('a year and a bracketed mark off the ends (hanjia777.com)', () => {
    expect(undecorated('2022年度专题党课：从党史中汲取智慧和力量全力推进乡村振兴（精选文档）', '专题党课：从党史中汲取智慧和力量全力推进乡村振兴')).toBe(true);
  });
  it('not a copy that lost a word of the title (wenmijiayuan.com: 在…上的讲话 printed again without 在)', () => {
    expect(undecorated('在X省演讲学会第X次会员代表大会上的讲话', 'X省演讲学会第X次会员代表大会上的讲话')).toBe(false);
  });
});

describe('structure: real pages', () => {
  it("a download site's notice and keyword tags above a 党课 text: its own heading", () => {
    const file = ingestText(
      [
        '温馨提示：',
        '1. 部分包含数学公式或PPT动画的文件，查看预览时可能会显示错乱或异常，文件下载后无此问题，请放心下载。',
        '2. 本文档由用户上传，版权归属用户，汇文网负责整理代发布。如果您对本文档版权有争议请及时联系客服。',
        '网站客服：3074922707',
        '党课',
        '讲稿',
        '就要',
        '样子',
        '党课讲稿：“大就要有大的样子”',
        '中国共产党已经成立xx年。习近平总书记讲：“中国共产党是世界上最大的政党。大就要有大的样子。”',
      ].join('\n'),
    );
    expect(file.data.meta.title).toBe('党课讲稿：“大就要有大的样子”');
    expect(file.data.blocks[0]?.text).toMatch(/^中国共产党已经成立/);
  });

  it("a model-text site's headline printed with a year and (精选文档), then plain: the plain copy", () => {
    const file = ingestText(
      ['手机版', '2022年度专题党课：从党史中汲取智慧和力量全力推进乡村振兴（精选文档）', '2022年度专题党课：从党史中汲取智慧和力量全力推进乡村振兴（精选文档）', '专题党课：从党史中汲取智慧和力量全力推进乡村振兴', '习近平总书记指出，一个民族要走在时代前列，就一刻不能没有理论思维。'].join('\n'),
    );
    expect(file.data.meta.title).toBe('专题党课：从党史中汲取智慧和力量全力推进乡村振兴');
  });

  it('a county welcome banner and column label over a notice: the notice title', () => {
    const file = ingestText(['遂昌县教育网欢迎您！', '公告通知', '开展学校地名普查的通知', '直属单位、县属学校、各乡镇（街道）中小学、成技校、辅导小学：', '根据全国地名普查工作任务要求，现将教育系统地名普查工作布置如下：'].join('\n'));
    expect(file.data.meta.title).toBe('开展学校地名普查的通知');
  });

  it("a list headline with its 文号 glued on, over the notice's own title wrapped over three lines: the full title", () => {
    const file = ingestText(
      [
        '政府文件',
        '凌政办发[2020]35号凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知',
        '凌海市人民政府办公室关于印发凌海市推进',
        '县域义务教育优质均衡发展督导评估',
        '规划实施细则的通知',
        '各镇人民政府、街道办事处，市政府有关部门，各直属有关单位',
        '经市政府同意，现将《凌海市推进县域义务教育优质均衡发展督导评估规划实施细则》印发给你们，请认真贯彻实施。',
      ].join('\n'),
    );
    expect(file.data.meta.title).toBe('凌海市人民政府办公室关于印发凌海市推进县域义务教育优质均衡发展督导评估规划实施细则的通知');
  });

  it('a 公示 under a breadcrumb and a 关怀版 switch: its own title', () => {
    const file = ingestText(fixture('structure', 'pages/cq-gov-gongshi.txt'));
    // The structure stage alone: the half-width brackets are as printed.
    expect(file.data.meta.title).toBe('关于拟命名大路镇为“重庆市市级环境优美镇(2007年度)”的公示');
  });

  it('a county bulletin: the title, its masthead and issue line, then the title hard-wrapped again', () => {
    const file = ingestText(fixture('structure', 'pages/shouxian-tongbao.txt'));
    expect(file.data.meta.title).toBe('关于印发2022年《政府工作报告》主要任务上半年落实情况的通报');
    expect(file.data.blocks.every((b) => b.part === 'body')).toBe(true);
    expect(file.data.blocks[0]?.text).toMatch(/^各乡镇人民政府/);
    expect(file.data.removed.filter((r) => r.reason === 'the title printed again').map((r) => r.text)).toEqual(['关于印发2022年《政府工作报告》主要任务', '上半年落实情况的通报']);
  });

  it('a city decision under its 信息公开 table: the 文号 before the title goes to front', () => {
    const file = ingestText(fixture('structure', 'pages/panjin-jueding.txt'));
    expect(file.data.meta.title).toBe('盘锦市人民政府关于表彰第二十二届农田基本建设“大禹杯”竞赛优胜单位和先进单位的决定');
    expect(file.data.front).toContain('盘政发〔2010〕22号');
    expect(file.data.blocks[0]?.text).toMatch(/^各县、区人民政府/);
  });

  it('an e-paper speech: the page date between two copies of the title is the page\'s, not the speech\'s', () => {
    const file = ingestText('推进义务教育均衡发展 加快中原崛起河南振兴\n2012年11月06日\n推进义务教育均衡发展 加快中原崛起河南振兴\n河南省人民政府副省长 徐济超\n同志们：\n近年来，围绕推进教育均衡发展、促进教育公平，我们召开全省大会，并出台了一系列文件。');
    expect(file.data.candidates.published).toBe('2012年11月06日');
    expect(file.data.front).toEqual(['河南省人民政府副省长 徐济超']);
    expect(file.data.blocks[0]?.text).toBe('同志们：');
  });

  it('a statistics bulletin: the issuers and the issue date under the title go to front', () => {
    const file = ingestText('江西省2022年国民经济和社会发展统计公报\n江西省统计局 国家统计局江西调查总队\n2023年3月28日\n2022年是党的二十大胜利召开之年，是党和国家历史上极为重要的一年。');
    expect(file.data.front).toEqual(['江西省统计局 国家统计局江西调查总队', '2023年3月28日']);
  });
});

describe('structure: tenth session, round 2 — titles', () => {
  const chosen = (lines: string[], before?: string[]) => chooseTitle(lines, 0, { siteNames: [], ...(before ? { before } : {}) })?.block.clean.title;
  it('joins a headline printed over two lines above its ——subtitle (lfnews.cn)', () => {
    const lines = [
      '践行以人民为中心发展思想',
      '坚决当好首都政治“护城河”排头兵',
      '——专访廊坊市副市长、公安局局长赵晋进',
      '记者：去年5月召开的全国公安工作会议是一个里程碑式的重要会议。廊坊市公安局在学习贯彻会议精神方面做了哪些工作？',
      '赵晋进：一是在当好首都政治“护城河”排头兵上，坚持以人民为中心的发展思想，依法打击与严密防范两手抓。',
    ];
    expect(chosen(lines)).toBe('践行以人民为中心发展思想 坚决当好首都政治“护城河”排头兵');
  });
  it('joins the kicker a chrome rule took, read on the page as it was, over a second deck (qjwb.thehour.cn)', () => {
    const before = ['钱江晚报 数字报纸', '央视曝光', '三亚酒店变赌场', '市长表态:', '不管多牛', '严惩不贷'];
    const lines = ['钱江晚报 数字报纸', '三亚酒店变赌场', '市长表态：', '严惩不贷', '25日，央视曝光三亚五星级酒店娱乐吧变身赌场，引起三亚市委市政府高度重视。', '市长王勇表示，一定要严惩不贷，不管多牛，坚决查处到底。'];
    expect(chosen(lines, before)).toBe('央视曝光 三亚酒店变赌场');
  });
  it('keeps two lines apart with no deck under them', () => {
    const lines = ['时政要闻', '县长主持召开专题会议', '8月3日晚，县长主持召开专题会议，研究“三下乡”活动筹备工作。'];
    expect(chosen(lines)).toBe('县长主持召开专题会议');
  });
  it('reads a dated dateline with its credit as a dateline, not a headline (yinhu3.com)', () => {
    const file = ingestText('活动现场。（王聘钊 摄）\n海口网1月10日消息（通讯员王聘钊 记者黄晖）1月10日，在海口美兰区灵山镇大林墟农贸市场，人头攒动，处处洋溢着欢乐的气氛。');
    expect(file.data.meta.titleSource).toBe('derived');
  });
  it('takes the speech title ending in 讲话稿 under a breadcrumb (zhaojiaoan.com)', () => {
    const lines = ['资料阅览校园活动开学典礼', '秋季开学典礼讲话稿', '我们的节日', '秋季开学典礼讲话稿', '尊敬的老师们，亲爱的同学们：大家早上好！', '刚刚度过了一个安全、充实愉快而有意义的暑假，我们又回到了美丽的校园。'];
    expect(chosen(lines)).toBe('秋季开学典礼讲话稿');
  });
});

describe('title: another story\'s headline above the page\'s own (eleventh session, round 3)', () => {
  const chosen = (lines: string[]) => chooseTitle(lines, 0, { siteNames: [] })?.block.clean.title;
  it('passes over a promoted headline the text does not restate (sdfzcm.com)', () => {
    expect(
      chosen([
        '今日特推：“警”动力MAX!山东菏泽鲁西新区公安全力以“复”护平安',
        '山东冠县公安局召开全县公安工作会议',
        '3月1日上午，山东省冠县公安局召开全县公安工作会议，总结工作、分析形势、明确任务。',
        '会议传达学习了全省、全市公安局长会议精神。',
      ]),
    ).toBe('山东冠县公安局召开全县公安工作会议');
  });
  it('keeps a first headline the text restates', () => {
    expect(chosen(['山东冠县公安局召开全县公安工作会议', '记者 张三', '3月1日上午，山东省冠县公安局召开全县公安工作会议，总结工作、分析形势。'])).toBe('山东冠县公安局召开全县公安工作会议');
  });
  it('passes over a bulleted list of other headlines, widening the window (cyberctm.com)', () => {
    const items = ['上海「套路贷」高发 在校大学生及未成年人成被害对像', '吉林松原发生4.5级地震 近一个月已震14次', '中国第一大跨径钢桁梁悬索桥 洞庭湖大桥合龙', '第五届立法会画上句号 多名议员表不舍', '3000经屋年底落成 伟龙马路公屋类别待定', '梁文燕托儿所办新生家长会', '德清钢琴走进世遗岗顶剧院', '团体慈善探访安老院', '珠检局提醒携带宠物过关 需办好检疫通行证', '本澳今年 没有入口韩国鸡蛋', '四款利宾纳浓缩饮品有问题', '坚持公交优先不动摇', '贺一诚：立法工作健康成熟', '顺丰回应快递员猥亵女孩'];
    expect(chosen([...items.map((x) => `• ${x}`), '发挥澳门平台角色 服务国家 对外开放', '2020-10-04 00:09', '【特讯】特区政府10月1日举行了庆祝中华人民共和国成立71周年酒会。'])).toBe('发挥澳门平台角色 服务国家 对外开放');
  });
  it('reads two bulleted lines as a breadcrumb over the headline, not a list (jcivt)', () => {
    expect(chosen(['• 最新公开信息', '• 关于2026年元旦及寒假放假安排的通知', '各系部、各部门：', '根据国务院办公厅通知，现将放假安排通知如下。'])).toBe('关于2026年元旦及寒假放假安排的通知');
  });
});
