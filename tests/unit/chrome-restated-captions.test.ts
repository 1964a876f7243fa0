import { describe, expect, it } from 'vitest';
import { restatedCaptions } from '../../scripts/ingest/stages/chrome/captions.ts';

const none = () => false;

describe('restatedCaptions', () => {
  it('takes a caption the paragraph beside it tells again (yunlin, dimsumtv)', () => {
    const lines = [
      '云林县政府新闻参考资料112.7.5',
      '睽违三年云林县政府实体县政说明会再次举办，第一场次7/4晚间在斗南镇斗南国小由计划处举办。',
      '睽违三年云林县政府实体县政说明会再登场，4日晚间斗南场县政说明会，张县长受乡亲热情迎接',
      '县政说明会一开始先由计划处长李明岳跟县民分享这些年的成绩和努力。',
    ];
    expect(restatedCaptions(lines, 1, none)).toEqual([2]);
    const other = [
      '香港文汇报创刊70周年庆典酒会于9月9日隆重举行。',
      '香港大公文汇传媒集团董事长、香港文汇报社长姜在忠致辞',
      '香港大公文汇传媒集团董事长、香港文汇报社长姜在忠表示，展望未来，《文汇报》将不忘初心。',
    ];
    expect(restatedCaptions(other, 0, none)).toEqual([1]);
  });

  it('takes a short line printed twice in a row inside the body (dimsumtv)', () => {
    const lines = ['香港文汇报创刊70周年庆典酒会于9月9日隆重举行。', '主礼嘉宾合照', '', '主礼嘉宾合照', '姜在忠表示，《文汇报》将不忘初心。'];
    expect(restatedCaptions(lines, 0, none)).toEqual([1, 3]);
  });

  it('keeps a body sentence naming people and an act, a subheading and a document title printed again', () => {
    const lines = [
      '1月9日，全县卫生健康工作会议召开。',
      '副县长王明出席会议并讲话。',
      '政府会有三方面重点工作',
      '政府会有三方面重点工作，一是稳经济。',
      '2023年全市卫生健康工作要点',
      '现将《2023年全市卫生健康工作要点》印发给你们，请认真贯彻执行。',
    ];
    expect(restatedCaptions(lines, 0, none)).toEqual([]);
  });

  it('keeps the headline printed twice above the body', () => {
    const lines = ['县委书记在创建文明县城动员大会上的讲话', '县委书记在创建文明县城动员大会上的讲话', '同志们：今天召开动员大会。'];
    expect(restatedCaptions(lines, 2, none)).toEqual([]);
  });
});
