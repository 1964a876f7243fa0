// Guests announced as answering whose names label the transcript's paragraphs
// (people/guests.ts): the type is an interview and the guest its speaker.
// The texts are lines of real pages, shortened; the expected names are read
// off the pages by hand.
import { describe, expect, it } from 'vitest';
import { labelledGuests } from '../../scripts/ingest/people/guests.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { ingestText } from '../fixtures/structure/harness.ts';

const body = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', part: 'body', text }));
const names = (headlines: string[], opening: string[], blocks: Block[]) => labelledGuests(headlines, opening, blocks).map((g) => g.name);

describe('guests whose labels agree with their announcement', () => {
  it('a heading …答记者问 names the label of the answers below it (huaren.haiwainet.cn)', () => {
    const blocks = body(
      '据《侨报网》综合讯报道，中国两会召开在即。北京时间2016年3月2日下午3时，中国政协十二届四次会议新闻发布会在北京举行。',
      '中国政协十二届四次会议新闻发布会王国庆答记者问',
      '王国庆：在十三五规划的献言献策中，政协开展56次专题调研，提交363份提案。',
      '王国庆：关于中国经济能否保持中高速增长的问题上，我的回答是两个字，肯定。',
    );
    expect(names([], [blocks[0]!.text], blocks)).toEqual(['王国庆']);
  });

  it('an opening 请…并答记者问 names a label standing alone above the answer (finance.sina.com.cn)', () => {
    const opening = '国务院新闻办于2019年3月5日（星期二）下午1时30分举行吹风会，请《政府工作报告》起草组负责人、国务院研究室主任黄守宏解读《政府工作报告》有关情况，并答记者问。';
    const blocks = body(opening, '文字实录：', '黄守宏：', '各位记者朋友大家下午好，很高兴向大家介绍一下《政府工作报告》的起草情况。');
    expect(names([], [opening], blocks)).toEqual(['黄守宏']);
  });

  it('the host who opens the briefing is not announced as answering (www.mqnjt.icu)', () => {
    const opening = '国务院新闻办公室1月3日上午10时举行新闻发布会，请最高人民检察院检察长、首席大检察官张军，最高人民检察院副检察长、二级大检察官童建明介绍最高人民检察院改革内设机构，全面履行法律监督职能有关情况，并答记者问。';
    const blocks = body(opening, '胡凯红：女士们、先生们，大家上午好，欢迎大家出席国务院新闻办今天举办的新闻发布会。', '下面，先请张军检察长作介绍。', '张军：新年伊始，主持人告诉我是今年的第一场新闻发布会。');
    expect(names([], [opening], blocks)).toEqual(['张军']);
  });

  it('a name label nobody announced is a quotation, not a guest', () => {
    const blocks = body('9月11日，市人民医院党委扩大会议召开。', '吴有福：要把思想统一到党委的决策部署上来。', '吴有福：各科室要抓好落实。');
    expect(names(['市人民医院召开党委扩大会议'], [blocks[0]!.text], blocks)).toEqual([]);
  });
});

describe('an announced guest in the metadata', { timeout: 60_000 }, () => {
  it('makes the document an interview with the guest as its speaker, even with the questions lost', () => {
    const file = ingestText(
      [
        '中国政协新闻发布会',
        '',
        '据《侨报网》综合讯报道，中国两会召开在即。北京时间2016年3月2日下午3时，中国政协十二届四次会议新闻发布会在北京举行。',
        '',
        '中国政协十二届四次会议新闻发布会王国庆答记者问',
        '',
        '王国庆：在十三五规划的献言献策中，政协开展56次专题调研，提交363份提案。',
        '',
        '王国庆：关于中国经济能否保持中高速增长的问题上，我的回答是两个字，肯定。',
      ].join('\n'),
    );
    expect(file.data.meta.type).toBe('interview');
    expect(file.data.meta.speakers).toEqual([{ name: '王国庆' }]);
  });
});
