// A caption of who spoke at an occasion (NAME在…上致辞, no 的) is not a title
// (ninth session), on the real lines of the page that showed it; its second
// site is in title-s9-second-sites.test.ts. Expected titles written by hand.
import { describe, expect, it } from 'vitest';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';

describe('a caption of who spoke at an occasion under the heading', () => {
  // eval unseen5 y1-cyberctm (cyberctm.com, Macao): the story's heading, its date line and two photo captions.
  const cyberctm = [
    '发挥澳门平台角色 服务国家 对外开放',
    '2020-10-04 00:09',
    '行政长官贺一诚等嘉宾在庆祝国庆招待酒会上祝酒',
    '行政长官贺一诚在庆祝国庆招待酒会上致辞',
    '【特讯】特区政府10月1日举行了庆祝中华人民共和国成立71周年酒会。行政长官贺一诚致辞时表示，澳门特区将充分发挥平台角色作用。',
  ];
  it('takes the heading over its date line, not the caption of who spoke under it', () => {
    expect(chooseTitle(cyberctm, 0)?.block.clean.title).toBe('发挥澳门平台角色 服务国家 对外开放');
  });

  it('keeps a single bullet before a heading as the heading (tradenet.hk, wide sample of the eighth session)', () => {
    const lines = ['• 特首建议提请人大释法', '行政长官今日表示，已向中央政府提交报告，建议提请全国人大常委会释法。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('特首建议提请人大释法');
  });
});
