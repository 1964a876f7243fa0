// A news item that prints no headline and opens with a dated dateline: the
// lede is not cut as a headline glued to its first sentence, and a press
// conference of the Taiwan Affairs Office is not placed in Taiwan (twentieth
// session, ledelost).
// Lines copied from the pages as the pipeline reads them (simplified,
// full-width punctuation); expected values written by hand.
import { describe, expect, it } from 'vitest';
import { findTitle, opensWithDateline } from '../../scripts/ingest/structure/title.ts';
import { TAIWAN_AS_TOPIC } from '../../scripts/ingest/extract/region-cues.ts';

// unseen16 d16-matricorp: a 台湾网 item mirrored with its caption and editor's line only.
const MATRICORP =
  '台湾网11月15日北京讯 国台办今天举行新闻发布会，人民政协报两岸经合周刊记者提问：蔡英文日前投书马来西亚媒体，隔空向大陆喊话，让大陆发挥智慧与台湾对话，并且再次强调台当局去年上台以来一直对大陆释放善意，想请问发言人对她的这些言论有什么评价？谢谢。';

describe('a dated dateline opens the story, never a headline', () => {
  it.each([
    // The day before the city (unseen16 d16-matricorp).
    ['台湾网11月15日北京讯 国台办今天举行新闻发布会', true],
    // The city before the day (unseen11 a11-monavievo; unseen7 a7-17338).
    ['海南日报海口2月13日讯（记者金昌波）2月13日，省检察院召开全省检察长会议', true],
    ['中新社上海十一月二十九日电（记者 许晓青）上海市政府新闻发言人焦扬今天在此间表示', true],
    // No city (unseen16 d16-cpcsgl; ledelost-s20 sample A 01, guoxuelu.com).
    ['中国台湾网11月19日讯 国务院台湾事务办公室今天上午举行例行新闻发布会', true],
    ['中新网5月28日电 国务院台湾事务办公室28日举行例行新闻发布会。', true],
    // Headlines that name an outlet or a day but open no dateline (titles of development cases).
    ['国家电网公司召开迎峰度夏保供电工作会议', false],
    ['县委副书记、县长刘刚走访慰问融媒体中心一线新闻工作者', false],
    ['2月13日全省检察长会议召开', false],
  ])('%s → %s', (line, expected) => {
    expect(opensWithDateline(line)).toBe(expected);
  });

  it('leaves the whole lede in the body: no title is cut off its first line', () => {
    expect(findTitle([MATRICORP, '新闻发言人马晓光表示，与其隔空喊话，不如直接对话。'], 0)).toBeUndefined();
  });

  it('still cuts a headline glued before a lede that opens with a day (eval txt-gongwk shape)', () => {
    const found = findTitle(['在全镇乡村振兴工作推进会上的表态发言 各位领导、同志们: 今天,我们召开乡村振兴工作推进会'], 0);
    expect(found?.title).toBe('在全镇乡村振兴工作推进会上的表态发言');
  });
});

describe('a national press conference on cross-strait affairs names Taiwan as its topic, not its place', () => {
  it('counts the Taiwan Affairs Office and 台当局 as Taiwan spoken of as a topic', () => {
    expect(MATRICORP.match(TAIWAN_AS_TOPIC)).toEqual(['国台办', '台当局']);
    expect('台中市农业局发送大利多，海线地区农民可接受补贴2期再生稻'.match(TAIWAN_AS_TOPIC)).toBeNull();
  });
});
