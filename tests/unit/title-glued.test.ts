// A title glued before its text on a page printed as one line: the
// salutation or the notice's addressees open the text. Lines from the pages
// named (a one-line page joins the title line and the first line of the
// text as they stand there); expected values written by hand.
import { describe, expect, it } from 'vitest';
import { openingAfterTitle } from '../../scripts/ingest/structure/title-glued.ts';
import { findTitle } from '../../scripts/ingest/structure/title.ts';

const split = (line: string) => {
  const found = findTitle([line], 0);
  return found ? [found.title, found.rest] : undefined;
};

describe('findTitle: a title glued before its salutation or addressees', () => {
  it.each([
    // www.gongwk.com (eval txt-gongwk-township-revitalisation-pledge): the preview prints title and text on one line, a space between.
    ['在全镇乡村振兴工作推进会上的表态发言 各位领导、同志们: 今天,我们召开乡村振兴工作推进会', '在全镇乡村振兴工作推进会上的表态发言', '各位领导、同志们: 今天,我们召开乡村振兴工作推进会'],
    // www.shanhaijingshui.cn (eval pg-shanhaijingshui-court-speech): no space.
    ['在全院贯彻落实省法院院长会议精神大会上的讲话同志们:今天这次会议,是院党组研究决定召开的', '在全院贯彻落实省法院院长会议精神大会上的讲话', '同志们:今天这次会议,是院党组研究决定召开的'],
    // zwgkw.thx.gov.cn (eval pg-taihu-county-notice): the addressees hold commas.
    [
      '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知各乡、镇人民政府，县政府各部门、各直属机构：《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过',
      '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知',
      '各乡、镇人民政府，县政府各部门、各直属机构：《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过',
    ],
  ])('%s', (line, title, rest) => {
    expect(split(line)).toEqual([title, rest]);
  });

  it('keeps an uploader\'s tag with the title, to be cut there (taowenge.com, eval txt-taowenge-county-ecology-speech)', () => {
    expect(openingAfterTitle('县长在2022年全县生态环境专题会议上的讲话范文同志们:刚才')).toBe('县长在2022年全县生态环境专题会议上的讲话范文'.length);
  });

  it('reads no title into a salutation that opens the page', () => {
    expect(openingAfterTitle('各位领导、同志们：今天我们召开会议。')).toBeUndefined();
  });

  it('reads no addressee line after a title that names no notice', () => {
    expect(openingAfterTitle('在全镇乡村振兴工作推进会上的表态发言各县市区委、人民政府：')).toBeUndefined();
  });
});

describe('openingAfterTitle: brackets close before the text opens', () => {
  it('cuts after the 】 (www.ychouse.com, fixture region/pages/ychouse-chongyang-greeting.txt)', () => {
    expect(openingAfterTitle('【2021重阳节致辞】尊敬的各位领导、同仁、亲爱的朋友们：')).toBe('【2021重阳节致辞】'.length);
  });
});
