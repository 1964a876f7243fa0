// Type rules of the twenty-ninth session (typedefault): genre shapes the cue
// rules did not read in pages typed article by default. Lines copied from the
// pages named; expected values written by hand.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import { parseLabel } from '../../scripts/ingest/structure/turns.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });
const view = (title: string | undefined, texts: string[]) => documentView(title, texts.map(para), []);
const fired = (title: string | undefined, ...texts: string[]) => firedRules(view(title, texts)).map((r) => r.id);
const typed = (title: string | undefined, ...texts: string[]) => typeOf(scoreTypes(view(title, texts)));

describe('classify: a speech named by its manuscript genre word (speech-title)', { timeout: 60_000 }, () => {
  it('…讲话稿 whoever gives it (m.bdocx.com a22, yyfangchan.com a8)', () => {
    expect(fired('领导干部大会上市长讲话稿', '9月下旬，市人大一次会议和市政协会议召开。')).toContain('speech-title');
    expect(typed('领导干部大会上市长讲话稿', '9月下旬，市人大一次会议和市政协会议召开。')).toBe('speech');
    expect(fired('2012年5.12护士节院长讲话稿', '各位护士姐妹们。')).toContain('speech-title');
  });
  it('not a guide to writing one, nor a caption saying 讲话', () => {
    expect(fired('如何写好领导讲话稿', '讲话稿要有针对性。')).not.toContain('speech-title');
    expect(fired('讲话稿范文', '讲话稿要有针对性。')).not.toContain('speech-title');
    expect(fired('孙矿玲讲话', '会议要求。')).not.toContain('speech-title');
  });
});

describe('classify: a newsroom’s 【…报道】 opening the lede (report-dateline)', { timeout: 60_000 }, () => {
  it('【点新闻报道】 (m.dotdotnews.com c24) and 【本报综合报道】 (orientaldaily.on.cc)', () => {
    expect(fired(undefined, '【点新闻报道】政制及内地事务局上下齐心继续宣传推广2023年区议会一般选举。')).toContain('report-dateline');
    expect(typed(undefined, '【点新闻报道】政制及内地事务局上下齐心继续宣传推广2023年区议会一般选举。')).toBe('report');
    expect(fired(undefined, '【本报综合报道】十九届中央第四轮巡视已陆续展开。')).toContain('report-dateline');
  });
  it('not a quoted report inside a sentence, nor a column tag without 报道', () => {
    expect(fired(undefined, '据【点新闻报道】，政制及内地事务局继续宣传。')).not.toContain('report-dateline');
    expect(fired(undefined, '【评论】政制及内地事务局继续宣传推广区议会选举。')).not.toContain('report-dateline');
  });
});

describe('turns: a colon inside an open bracket is a credit’s, not a label’s', { timeout: 60_000 }, () => {
  it('云上黄梅报道（全媒体记者：王亚伟） (www.hypds.cn k3) is no turn', () => {
    expect(parseLabel('云上黄梅报道（全媒体记者：王亚伟）10月19日下午，县委副书记、县长马梁调研督导黄梅镇区域核酸检测工作。')).toBeUndefined();
    expect(parseLabel('中视小记者讯（文：詹亚军 段永红 图：陈春宇）2023年1月10日，在第三届“中国人民警察节”到来之际')).toBeUndefined();
  });
  it('a closed bracket before the colon still labels a turn', () => {
    expect(parseLabel('方力（北京市环保局副局长）：尊敬的各位媒体朋友大家好。')?.name).toBe('方力');
    expect(parseLabel('记者：张院长，您好。')?.kind).toBe('asker');
  });
});

describe('classify: a speaker announcing the questions he will speak to (speech-rostrum)', { timeout: 60_000 }, () => {
  it('我讲三个问题 (kxy.hactcm.edu.cn a24, xhxxfx.wjedu.net a23)', () => {
    expect(fired(undefined, '下面，根据省委常委会研究的意见，我讲三个问题。')).toContain('speech-rostrum');
    expect(fired(undefined, '根据省委常委会研究的意见，我讲三个问题。')).toContain('speech-rostrum');
  });
  it('not a report of someone who spoke to three questions', () => {
    expect(fired(undefined, '他围绕三个问题作了讲话。')).not.toContain('speech-rostrum');
  });
});
