import { describe, expect, it } from 'vitest';
import { fixture, ingestText } from '../fixtures/structure/harness.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { deriveTitle } from '../../scripts/ingest/structure/title.ts';
import { isNumberedHeading, ledeStart, parseNameLine } from '../../scripts/ingest/structure/lines.ts';

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
