// The turnspeak class (thirty-eighth session): the speakers of interviews
// whose turns are labelled with names. A host labelled by name gives the floor
// (HOST_SHAPES: 欢迎出席…, 主持人陈文茜 in the opening, 朱书记，… opening a turn);
// an interviewee's label the name check refuses as a dictionary word or a
// place (程文, 吴江) counts where the opening names him after a post
// (LABEL_AFTER_POST). A bracketed label keeps its brackets (tests/eval/README.md).
// The class sample (tests/fixtures/turnspeak-s38, labels.tsv) is labelled by
// hand from the raw pages; half A was read, half B only counted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFile, stages } from '../../scripts/ingest/pipeline.ts';
import { bodyBlocks } from '../../scripts/ingest/structure/body.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/turnspeak-s38/${name}`, import.meta.url));

function read(bytes: Buffer | string): { type: string | undefined; names: string[]; rules: string[]; log: string[] } {
  const file = createFile({ path: 'turnspeak-s38/page.txt', bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes });
  for (const stage of stages) stage(file);
  // The cleaning log's rule ids, info messages included.
  return { type: file.data.meta.type, names: (file.data.meta.speakers ?? []).map((s) => s.name), rules: file.messages.map((m) => String(m.ruleId)), log: file.messages.map((m) => m.reason) };
}

const rows = readFileSync(new URL('../fixtures/turnspeak-s38/labels.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'));

describe('turnspeak sample (tests/fixtures/turnspeak-s38)', { timeout: 120_000 }, () => {
  it.each(rows.map(([file, , type, speakers, half]) => [file!, type!, speakers!, half!]))('%s: %s, speakers %s (half %s)', (file, type, speakers) => {
    const got = read(fixture(file));
    expect(got.type).toBe(type);
    expect(got.names).toEqual(speakers === '-' ? [] : speakers.split(','));
  });

  it('the sample rests on five sites, split A/B by site', () => {
    const sites = rows.map((r) => new URL(r[1]!).hostname);
    expect(new Set(sites).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r[4]))).toEqual(new Set(['A', 'B']));
  });
});

describe('a bracketed turn label keeps its brackets', { timeout: 60_000 }, () => {
  it('【主持人】 alone on its line and [主持人]下午好 print the brackets; the name is the word inside', () => {
    // zxft.jian.gov.cn (unseen29 a29-jian) and hhyfoundation.org (cases ho-hhyfoundation).
    const blocks = bodyBlocks(['【主持人】', '各位网民朋友们，大家好！这里是吉安市人民政府网在线访谈活动的直播现场。', '[徐永光] 筹建中的北京黄河缘公益基金会是浙江南都集团出资创办的。']);
    expect(blocks.filter((b) => b.kind === 'turn').map((b) => `${b.speaker}|${b.name}`)).toEqual(['【主持人】|主持人', '[徐永光]|徐永光']);
  });
});

describe('hosts labelled by name give the floor', { timeout: 120_000 }, () => {
  it('the turn that opens on the guest’s surname and post is the host’s (xinwenren.com, rule host-addresses-guest)', () => {
    const got = read(
      [
        '闵行区委书记朱芝松做客对话区委书记节目 访谈实录',
        '秦畅：朱书记，我最近在闵行各个地标性的地方溜溜达达兜兜转转，今天有很多故事要讲给你听，有很多在闵行以前都没有发现的地方要讲给你听。',
        '朱芝松：谢谢秦畅老师对于闵行经济社会发展的关心，你都走了哪些地方？',
        '秦畅：我今儿一个一个拿片子放给您看，我还要考试你，看看您去过这些地方没有？',
        '朱芝松：我看你走了多少地方？',
      ].join('\n'),
    );
    expect(got.names).toEqual(['朱芝松']);
    expect(got.rules).toContain('host-addresses-guest');
  });

  it('the label the opening calls the host is the host’s (sinoca.com, rule host-introduced)', () => {
    const got = read(
      [
        '中共上海市委副书记、市长韩正日前就抓住世博机遇推进科学发展等问题，接受了台湾著名主持人陈文茜的专访，专访节目在台湾和香港播出后引起良好的社会反响。',
        '陈文茜：黄浦江边的世博会，159年的等待，黄浦江千年的历史，数百年的污染，所有的改造，您自己的感受是什么？',
        '韩正：个人的作用可能是微不足道的。上海的改变，最重要的是时代给了我们一次机会。',
        '陈文茜：历史的犯罪？',
        '韩正：就是你不能错过这个机会，你错过这个机会就对不起上海、对不起子孙。',
      ].join('\n'),
    );
    expect(got.names).toEqual(['韩正']);
    expect(got.rules).toContain('host-introduced');
  });
});

describe('an interviewee label the name check refuses', { timeout: 120_000 }, () => {
  it('程文 (a dictionary word) answers where the opening names him after his post (100md.com, rule label-introduced-with-post)', () => {
    const got = read(
      [
        '站在新的起点 实现新的跨越',
        '“十五”时期是万年发展史上极不平凡的五年。对此，本刊记者专程走访了万年县人民政府县长程文。',
        '记者：刚刚过去的“十五”时期是我国改革开放和现代化建设进程中一个重要时期。在此期间，万年县取得了哪些成就？',
        '程文：可以自豪地说，过去的五年万年县取得了骄人的成绩。',
      ].join('\n'),
    );
    expect(got.names).toEqual(['程文']);
    expect(got.log.some((reason) => reason.includes('rule label-introduced-with-post'))).toBe(true);
  });

  it('without the introduction the label stays no name (纪录：, a write-up’s recorder line, is a dictionary word too)', () => {
    const got = read(['站在新的起点 实现新的跨越', '记者：刚刚过去的五年，万年县取得了哪些成就？', '程文：可以自豪地说，过去的五年万年县取得了骄人的成绩。'].join('\n'));
    expect(got.names).toEqual([]);
  });
});
