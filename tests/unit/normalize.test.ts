import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { markDamage } from '../../scripts/ingest/stages/damage.ts';
import { stripPinyin } from '../../scripts/ingest/stages/pinyin.ts';
import { convertScript } from '../../scripts/ingest/stages/script.ts';
import { dropJunkCommas, normalize } from '../../scripts/ingest/stages/normalize.ts';
import type { IngestFile, Stage } from '../../scripts/ingest/types.ts';

const seed = (name: string) => readFileSync(new URL(`../../content/raw/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/normalize/${name}`, import.meta.url), 'utf8');

function run(text: string, stages: Stage[] = [normalize]): IngestFile {
  const file = createFile({ path: 'doc.txt', bytes: new TextEncoder().encode(text) });
  file.value = text;
  for (const stage of stages) stage(file);
  return file;
}

const normalized = (text: string) => String(run(text).value);

describe('normalize: line breaks', () => {
  it('joins the lines of a hard-wrapped file into paragraphs, keeping headings, blank lines and the signature', () => {
    expect(normalized(fixture('hard-wrapped.txt'))).toBe(fixture('hard-wrapped.expected.txt'));
  });

  it('never joins lines of a normally formatted file, short or long', () => {
    const text = fixture('formatted.txt');
    expect(normalized(text).split('\n').length).toBe(text.split('\n').length);
  });

  it('keeps the two-line title of seed 001 apart: the file is not hard-wrapped', () => {
    const file = run(seed('001_90304c2930f3b0db.txt'), [markDamage, stripPinyin, convertScript, normalize]);
    const lines = String(file.value).split('\n');
    expect(lines[4]).toBe('在全区卫生系统创先争优活动座谈会暨');
    expect(lines[5]).toBe('基层组织建设工作会议上的总结讲话');
  });

  it('joins Latin words across a wrap with a space and Chinese without one', () => {
    const wrapped = [
      '　　会议指出，要加快推进全民健康信息平台建设，推动电子健康',
      '档案和电子病历互联互通，实现检查检验结果互认，推广使用 mobile',
      'health 服务，让数据多跑路，让群众少跑腿。各地要建立健全工作',
      '机制，明确责任分工，细化工作措施，确保各项任务按时完成，务',
      '求取得实效。',
    ].join('\n');
    expect(normalized(wrapped)).toBe(
      '会议指出，要加快推进全民健康信息平台建设，推动电子健康档案和电子病历互联互通，实现检查检验结果互认，推广使用 mobile health 服务，让数据多跑路，让群众少跑腿。各地要建立健全工作机制，明确责任分工，细化工作措施，确保各项任务按时完成，务求取得实效。\n',
    );
  });
});

describe('normalize: spaces', () => {
  it('removes NBSP, U+3000 and spaces beside Chinese punctuation inside running text, and indents', () => {
    expect(normalized('　　今天\u3000我们在这里召开\u00a0座谈会， 主要任务是 “学习贯彻”会议精神。')).toBe('今天我们在这里召开座谈会，主要任务是“学习贯彻”会议精神。\n');
  });

  it('keeps one space between the phrases of a heading and between two names in a byline', () => {
    expect(normalized('聚焦服务发展一线\u3000\u3000强化“敢为”担当')).toBe('聚焦服务发展一线 强化“敢为”担当\n');
    expect(normalized('医心向党担使命   健康为民守初心')).toBe('医心向党担使命 健康为民守初心\n');
    expect(normalized('（《徐州日报》2022年9月27日 文/王任飞 谈建荣）')).toBe('（《徐州日报》2022年9月27日 文/王任飞 谈建荣）\n');
  });

  it('closes up a line spaced out character by character, as PDFs are copied', () => {
    expect(normalized('我 们 要 加 强 党 的 建 设 , 推 动 卫 生 事 业 发 展 。')).toBe('我们要加强党的建设，推动卫生事业发展。\n');
    expect(normalized('会议由县委副书记 主持 ，县长 讲话。')).toBe('会议由县委副书记 主持，县长 讲话。\n');
  });

  it('joins a name spaced out on its own line, and only then', () => {
    expect(normalized('朱 烜')).toBe('朱烜\n');
    expect(normalized('王 任 飞')).toBe('王任飞\n');
    expect(normalized('欧阳　修')).toBe('欧阳修\n');
    expect(normalized('县委书记 张 建 国')).toBe('县委书记 张 建 国\n');
    expect(normalized('医心向党担使命 健康为民守初心')).toBe('医心向党担使命 健康为民守初心\n');
  });

  it('drops repeated and surrounding blank lines and ends with one newline', () => {
    expect(normalized('\n\n标题\n\n\n\n正文第一段。\n \n\u3000\n正文第二段。\n\n\n')).toBe('标题\n\n正文第一段。\n\n正文第二段。\n');
    expect(normalized('一段话。\r\n另一段话。')).toBe('一段话。\n另一段话。\n');
  });

  it('removes zero-width characters and turns full-width digits and letters into ASCII', () => {
    expect(normalized('\ufeff二\u200b〇一二年，全县ＰＰＰ项目达到１２个。')).toBe('二〇一二年，全县PPP项目达到12个。\n');
  });

  it('removes control characters a content farm plants before punctuation (0287327.com), keeping tabs as spaces and the line breaks', () => {
    const planted = '为进一步标准网络主播从业行为\u0005\u0008\u0007，增强职业道德建立\u0008\u0007\u0007\u0006，促停止业安康有序开展\u0007。\n行为标准适用的对象是哪些人\u0007\u0008\u0008？';
    expect(normalized(planted)).toBe('为进一步标准网络主播从业行为，增强职业道德建立，促停止业安康有序开展。\n行为标准适用的对象是哪些人？\n');
    expect(normalized('\u0001二\u0002〇一二年，\u007f全县\t项目达到12个。')).toBe('二〇一二年，全县 项目达到12个。\n');
  });
});

describe('normalize: punctuation', () => {
  it('widens half-width punctuation in Chinese context and leaves numbers, times, URLs and Latin brackets alone', () => {
    expect(normalized(fixture('formatted.txt'))).toBe(fixture('formatted.expected.txt'));
  });

  it('widens each mark by its neighbours', () => {
    expect(normalized('同志们:今天开会,大家到齐了吗?到齐了!开始;')).toBe('同志们：今天开会，大家到齐了吗？到齐了！开始；\n');
    expect(normalized('比分3:1,共1,000人,时间10:30')).toBe('比分3:1，共1,000人，时间10:30\n');
    expect(normalized('Is it OK? Yes, it is (really).')).toBe('Is it OK? Yes, it is (really).\n');
    expect(normalized('条款(a)和(一)项')).toBe('条款(a)和（一）项\n');
  });

  it('writes the ratio sign typed for a colon as a colon (sc.isd.gov.hk, a C exercise on GitHub); a ratio between digits stays (business.sohu.com)', () => {
    expect(normalized('我对于每年一度的花卉展览是非常支持，亦非常高兴出席，有几个原因∶第一，本届政府希望真正能够做到与市民同忧、同乐。')).toBe(
      '我对于每年一度的花卉展览是非常支持，亦非常高兴出席，有几个原因：第一，本届政府希望真正能够做到与市民同忧、同乐。\n',
    );
    expect(normalized('给出一个不多于5位数的正整数，要求∶（1）求出它是几位数；')).toBe('给出一个不多于5位数的正整数，要求：（1）求出它是几位数；\n');
    expect(normalized('可以认为政府与民间之间的中长期贷款比例没有大的变化，仍为75∶25。')).toBe('可以认为政府与民间之间的中长期贷款比例没有大的变化，仍为75∶25。\n');
  });

  it('curls straight double quotes around Chinese, pair by pair (laowenmi.com, politics.people.com.cn); Latin ones and an odd count stay', () => {
    expect(normalized('营商环境测评中企业反映的"弹簧门""旋转门"问题依然存在。')).toBe('营商环境测评中企业反映的“弹簧门”“旋转门”问题依然存在。\n');
    expect(normalized('河南反贪"后进单位问责制"引争议')).toBe('河南反贪“后进单位问责制”引争议\n');
    expect(normalized('1人在南投县南投市宏旺门市购买50元的"CITY CAFE"咖啡；')).toBe('1人在南投县南投市宏旺门市购买50元的"CITY CAFE"咖啡；\n');
    expect(normalized('他说"我们要加强。')).toBe('他说"我们要加强。\n');
  });

  it('leaves redaction placeholders exactly as they are', () => {
    expect(normalized('奋力开创*卫生健康事业发展新局面，扎实推进“健康*”建设(**县)。')).toBe('奋力开创*卫生健康事业发展新局面，扎实推进“健康*”建设（**县）。\n');
  });
});

describe('normalize: commas planted before other marks', () => {
  const evalRaw = (set: string, slug: string) => readFileSync(new URL(`../eval/${set}/${slug}/raw.txt`, import.meta.url), 'utf8');
  const cleaned = (text: string) => String(run(text, [markDamage, stripPinyin, convertScript, normalize]).value);

  it('drops the comma a mirror put before nearly every mark (j637.cn, eval w1-j637; ptzyk.com, a second mirror)', () => {
    const j637 = cleaned(evalRaw('unseen3', 'w1-j637-2019-ministers-passage-transcript-interview'));
    expect(j637).toContain('我们今天先给网友提问机会，网友提出两个问题。第一个问题，这两年民航在推动服务质量发展方面有很多好的措施');
    expect(j637).toContain('关心、支持和帮助。关于民航的工作，我们始终坚持');
    const ptzyk = cleaned(fixture('ptzyk-junk-commas.txt'));
    expect(ptzyk).toContain('列席大会的国务院部门和“两高”负责人将解读报告和政策，回应各方关切；各方面代表委员将讲述意愿心声，展现履职尽责风采。');
    expect(ptzyk).toContain('分别有30位部门负责人、45名全国人大代表、33名全国政协委员');
    expect(ptzyk).not.toMatch(/[，,][，。、；]/u);
  });

  it("leaves a writer's one slip and the commas of a URL (cn.cl2000.com keeps its 、。)", () => {
    expect(dropJunkCommas('录取时由考生、。我院人事处和,。研究生处共同负责').dropped).toBe(0);
    expect(dropJunkCommas('见 http://a.cn/x,,,,y 一文,。').dropped).toBe(0);
  });
});

describe('normalize after the stages before it', () => {
  it('turns seed 001 into clean simplified text with 朱烜 joined and the date in full-width brackets', () => {
    const file = run(seed('001_90304c2930f3b0db.txt'), [markDamage, stripPinyin, convertScript, normalize]);
    const lines = String(file.value).split('\n');
    expect(lines[6]).toBe('朱烜');
    expect(lines[7]).toBe('（2012年5月29日）');
    expect(lines[8]).toBe('同志们：');
    expect(String(file.value)).toMatch(/\n$/);
    expect(String(file.value)).not.toMatch(/[,:;?!]/);
  });

  it('keeps the phrase-dividing space of the headings of seed 004', () => {
    const file = run(seed('004_f686e9c13470da21.txt'), [markDamage, stripPinyin, convertScript, normalize]);
    const lines = String(file.value).split('\n');
    expect(lines).toContain('聚焦服务发展一线 强化“敢为”担当');
    expect(lines).toContain('聚焦服务群众一线 提高“善为”本领');
    expect(lines[0]).toContain('抓作风就是勇□日来，全市卫健系统');
  });
});
