// Type rules of the sixteenth session (reportlede), on lines copied from the
// pages named; expected values written by hand. A report's lede says where the
// event was held, 于 + a venue + 召开/举行; a notice schedules its own (定于,
// 将于), and 关于/由于/位于 are no 于 of place.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });
const view = (blocks: Block[]) => documentView(undefined, blocks, []);
const fired = (blocks: Block[]) => firedRules(view(blocks)).map((r) => r.id);
const typeOfBlocks = (blocks: Block[]) => typeOf(scoreTypes(view(blocks)));

describe('classify: the venue of a reported event', () => {
  it('a county’s year-end press conference, no day (www.nantou.gov.tw, b11-nantou-county-yearend-press-report)', () => {
    const blocks = [
      para('县长许淑华在就职周年前夕，率副县长王瑞德、秘书长洪瑞智、县府各局处长及同仁逾百人，于南投税务出张所召开县政年终记者会。在幼儿园小朋友活力唱跳歌声中揭开序幕，许县长说明一年来南投县政重要成果及113年新措施。'),
    ];
    expect(fired(blocks)).toContain('report-event');
    expect(typeOfBlocks(blocks)).toBe('report');
  });

  it('this month’s day, the hour and 假 + the hall (beinan.gov.tw, c12-beinan-township-head-inauguration-report)', () => {
    const blocks = [
      para('台东县第19届卑南乡长宣誓暨交接及第22届村长就职典礼，于本月25日上午9点假卑南乡公所3楼大礼堂举行，台东县政府派任财经发展处副处长叶正鹤及台东县税务局副局长廖俊智为主持人及监誓人，邀请地方人士观礼参与。'),
    ];
    expect(fired(blocks)).toContain('report-event');
    expect(typeOfBlocks(blocks)).toBe('report');
  });

  it('a notice scheduling its meeting is not read: 定于, 拟于, 关于', () => {
    expect(fired([para('兹定于本月25日上午9点在县府大礼堂举行新任县长宣誓就职典礼，请各单位准时出席。')])).not.toContain('report-event');
    expect(fired([para('年终工作总结会议拟于县行政中心三楼会议室召开，请相关人员做好准备。')])).not.toContain('report-event');
    expect(fired([para('关于在县政府三楼会议室召开2024年度安全生产工作会议的通知')])).not.toContain('report-event');
  });

  it('a venue that is no building, or the event named as a noun, is not read', () => {
    expect(fired([para('该村位于大山深处，交通不便，群众出行难的问题由来已久。')])).not.toContain('report-event');
    expect(fired([para('回想起于学校礼堂举行的那次毕业典礼，我至今难忘。')])).not.toContain('report-event');
  });
});
