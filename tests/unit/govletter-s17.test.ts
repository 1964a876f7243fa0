// Taiwan government pages of the seventeenth session, on lines copied from the pages named;
// expected values written by hand. A 公文's 說明 opens on the numbered letter it carries out
// (依據…字第…號函辦理), which types the page a notice; a portal's unit and update-stamp
// fields are info lines, and the update stamp is no publication day.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import { isLabelLine, labelledFields } from '../../scripts/ingest/stages/chrome/labels.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });
const view = (blocks: Block[]) => documentView(undefined, blocks, []);
const fired = (blocks: Block[]) => firedRules(view(blocks)).map((r) => r.id);
const typeOfBlocks = (blocks: Block[]) => typeOf(scoreTypes(view(blocks)));

describe('classify: the letter a Taiwan 公文 carries out', () => {
  it('a school forwarding a city letter, its items in table cells (ktps.hc.edu.tw, b13-ktps)', () => {
    const blocks = [
      para('主旨：| 函转苗栗县政府办理「111年度环境绿化育苗计划」，已育成可供申请空气品质净化区计划所需苗木一案，详如说明，请查照。|'),
      para('说明：|'),
      para('一、| 依据本府111年9月8日竹市环空字第1110021904号函及苗栗县政府111年9月2日府农林字第1110168466号函辧理。|'),
      para('三、| 检附原函影本及该苗圃现有苗木明细表各1份。|'),
    ];
    expect(fired(blocks)).toContain('notice-letter-basis');
    expect(typeOfBlocks(blocks)).toBe('notice');
  });

  it('a university office posting a ministry letter’s points (news.stust.edu.tw, govletter-s17 A 01)', () => {
    const blocks = [
      para('一、依卫生福利部本(115)年1月20日卫授疾字第1150400020号函办理。'),
      para('三、如有出现流感或COVID-19相关疑似症状，请大家尽速佩戴口罩并就医。'),
    ];
    expect(typeOfBlocks(blocks)).toBe('notice');
  });

  it('the 說明 label and its first item on one line (dyjh.tn.edu.tw, govletter-s17 A 03)', () => {
    expect(fired([para('说明：一、依据教育部 111 年 8 月 30 日台教授国字第 1110112019D 号函办理。 二、旨揭要点业经教育部同意备查在案。')])).toContain('notice-letter-basis');
  });

  it('a report that tells of such a letter inside its sentence does not count', () => {
    expect(fired([para('县府今天表示，教育处已依据教育部111年8月30日台教授国字第1110112019D号函办理宣导，家长可上网查询。')])).not.toContain('notice-letter-basis');
  });

  it('a mainland notice citing 〔〕 numbers does not fire it', () => {
    expect(fired([para('一、依据豫政办〔2023〕32号文件精神，结合我市实际，制定本方案。')])).not.toContain('notice-letter-basis');
  });
});

describe('chrome: a Taiwan portal’s info fields', () => {
  it('the unit that posted the item (ntepb.gov.tw, c13-ntepb; news.stust.edu.tw)', () => {
    expect(isLabelLine('公布单位:废弃物管理科')).toBe(true);
    expect(isLabelLine('发布单位:环安室卫生保健组')).toBe(true);
    expect(labelledFields('公布单位:废弃物管理科')).toEqual([{ field: 'other', label: '公布单位', value: '废弃物管理科' }]);
  });

  it('the update stamp, with a colon or before its value (ntepb.gov.tw; 202.175.127.6), fills no date', () => {
    expect(isLabelLine('更新日期:2022-02-07 上午 08:58:46')).toBe(true);
    expect(isLabelLine('更新日期 2020/05/01')).toBe(true);
    expect(labelledFields('更新日期:2022-02-07 上午 08:58:46').map((f) => f.field)).toEqual(['other']);
  });

  it('a sentence that names the unit is no info line', () => {
    expect(isLabelLine('本次活动的发布单位：县政府新闻室，欢迎各界踊跃参加。')).toBe(false);
  });
});
