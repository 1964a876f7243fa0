// A Taiwan government press-release form (chrome/fields.ts releaseFormRows):
// two or more 发布单位/发布机关/发布类别/联络人/联络电话/联络资讯 rows in a row
// go wherever they stand; a lone 联络人 line under a notice stays.
import { describe, expect, it } from 'vitest';
import { isReleaseFormRow, releaseFormRows } from '../../scripts/ingest/stages/chrome/fields.ts';

describe('release form rows', () => {
  it('reads the rows of both sites', () => {
    expect(isReleaseFormRow('發佈單位: 新聞室')).toBe(true); // cdn.www.taichung.gov.tw
    expect(isReleaseFormRow('发布类别: 教育类')).toBe(true); // cdn.www.taichung.gov.tw
    expect(isReleaseFormRow('联络人:无')).toBe(true); // cdn.www.taichung.gov.tw
    expect(isReleaseFormRow('- 发布机关:台北市政府工务局公园路灯工程管理处')).toBe(true); // pkl.gov.taipei
    expect(isReleaseFormRow('- 联络资讯:0928880031')).toBe(true); // pkl.gov.taipei
    // A prose value is text, not a row (发布内容 opens the text on taichung).
    expect(isReleaseFormRow('发布单位表示，今年的毕业典礼将在新校舍举行，欢迎家长参加。')).toBe(false);
  });

  it("takes the taichung form's head and tail rows, not its text", () => {
    const lines = ['發佈單位: 新聞室', '發佈類別: 教育類', '發佈內容: 進入一年一度的畢業季,市長張溫鷹今(二十)天特地前往……', '……回「母校」就讀。(6/20*4)', '聯絡人:無', '聯絡電話:無'];
    expect(releaseFormRows(lines)).toEqual([0, 1, 4, 5]);
  });

  it("takes pkl's bulleted form and leaves the notice's own contact line", () => {
    const lines = ['工務局 採訪通知', '- 發布機關:臺北市政府工務局公園路燈工程管理處', '- 聯絡人:劉玉華', '- 聯絡資訊:0928880031', '北市府工務局公園處將於9月3日(六)軍人節……', '', '聯絡人:公園處 劉玉華(23815132,0928-880-031)', '林賢達(25956761,0910-646-239)'];
    expect(releaseFormRows(lines)).toEqual([1, 2, 3]);
  });
});
