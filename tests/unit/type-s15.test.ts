// Type rules of the fifteenth session, on lines copied from the pages named;
// expected values written by hand. A report's dateline is read by its shape
// (any newsroom's name before 讯), and its lede by the day and the event: a body
// that 组织召开/组织收看 an event, or a body named before 日前/昨日 with 召开/举行.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });
const view = (blocks: Block[]) => documentView(undefined, blocks, []);
const fired = (blocks: Block[]) => firedRules(view(blocks)).map((r) => r.id);
const typeOfBlocks = (blocks: Block[]) => typeOf(scoreTypes(view(blocks)));

describe('classify: a dateline by its shape', () => {
  it('a site whose name ends in 在线 (cngansu.cn, a11-cngansu-liangdang-spring-ploughing-report)', () => {
    const blocks = [
      para('中国甘肃在线两当讯 人勤春来早，农事催人忙。春耕备耕作为全年农业生产的关键开端，对保障粮食安全、推动农业农村经济发展意义重大。'),
      para('走进田间地头，轰鸣的机械在旋耕土地，广大群众迅速投入农业生产中。'),
    ];
    expect(fired(blocks)).toContain('report-dateline');
    expect(typeOfBlocks(blocks)).toBe('report');
  });

  it('a county media centre with the day and the credit in brackets (hengdong.gov.cn, a10-hengdong)', () => {
    expect(fired([para('衡东融媒2月23日讯（通讯员 许思思）为深入贯彻落实中央一号文件有关精神，进一步推进我县粮食生产，2月22日，县农业农村局工作人员深入荣桓、高湖等乡镇。')])).toContain('report-dateline');
  });

  it('a site’s own 本站讯 (tsswzy.com, c11-tsswzy-college-new-year-eve-report)', () => {
    expect(fired([para('本站讯 2004年1月21日是大年三十，我院在红角洲新校区食堂举行除夕联欢晚会。')])).toContain('report-dateline');
  });

  it('good news told in an essay is no dateline: 喜讯 ends no newsroom’s name, and a comma follows it', () => {
    expect(fired([para('春节前夕传来喜讯，我们的家乡通了高铁，回家的路从此不再遥远。')])).not.toContain('report-dateline');
    expect(fired([para('天下喜讯 都是人们用汗水换来的，这一点我们要记住。')])).not.toContain('report-dateline');
  });

  it('a 通讯员 credit is no dateline (讯 is followed by 员)', () => {
    expect(fired([para('县融媒体中心通讯员许思思报道了这次活动的情况，大家都很关心。')])).not.toContain('report-dateline');
  });
});

describe('classify: the event in the lede', () => {
  it('a body that organised the watching of a meeting on a day (yiyubuy.com, b11-yiyubuy-yongtai-autumn-sowing-report)', () => {
    const blocks = [
      para('为抓好今年秋冬生产，夯实明年夏季粮油和农业稳定发展基础，9月20日下午，永泰县农业局组织收看全国、全省秋冬种工作视频会议，县农业局、农机站、植保站等相关单位负责人参会。'),
    ];
    expect(fired(blocks)).toContain('report-event');
    expect(typeOfBlocks(blocks)).toBe('report');
  });

  it('组织 as a noun is no event (theorychina.org.cn, h3-theorychina-chinese-modernisation-report)', () => {
    expect(fired([para('2001年12月11日，中国正式加入世界贸易组织，深度融入全球经济。')])).not.toContain('report-event');
    expect(fired([para('4月25日，党委组织部联合信息化建设管理服务中心开展培训。')])).not.toContain('report-event');
  });

  it('the body named before 日前 (buenomex.com, the class sample’s 05) and before 昨日 (kmcc.gov.tw, y1-kmcc)', () => {
    expect(fired([para('洛南县日前召开全县春季“三打硬仗”暨农业生产电视电话会，全面安排部署当前工作。')])).toContain('report-event');
    expect(fired([para('古城国小昨日举行国小部第57届暨幼儿园第43届毕业典礼，在乌克丽丽乐团演奏下揭开序幕。')])).toContain('report-event');
  });

  it('a meeting recalled as a place, not held (…日前召开的…会议上)', () => {
    expect(fired([para('省委书记日前召开的全省农村工作会议上提出的要求，我们要认真贯彻落实。')])).not.toContain('report-event');
  });
});
