// Captions that place the people pictured: a position after a name (张欣（中）)
// or a list from one side (（左起）…). Lines from real pages, the site named
// beside each; what goes and what stays read off them by hand.
import { describe, expect, it } from 'vitest';
import { isPhotoCaption, trailingPositionedCaption } from '../../scripts/ingest/stages/chrome/credits.ts';

describe('a caption listing the people pictured from one side', () => {
  it('is a caption line: one sentence, then the names (www.cuhkmc.hk, eval unseen8 a8-cuhkmc)', () => {
    expect(
      isPhotoCaption(
        '一眾主禮嘉賓為香港中文大學醫院及賽馬會醫療大樓主持揭幕儀式。(左起) 中大醫院行政總裁馮康醫生、衞生署署長陳漢儀醫生、食物及衞生局局長陳肇始教授、中大醫院董事局主席利乾博士、香港特別行政區行政長官林鄭月娥女士、香港賽馬會主席陳南祿先生、中大校董會主席梁乃鵬博士、香港賽馬會行政總裁應家柏先生、中大校長段崇智教授及中大醫學院院長陳家亮教授。',
      ),
    ).toBe(true);
  });

  it('is not one when a sentence follows the list, or two sentences precede it', () => {
    expect(isPhotoCaption('嘉宾主持揭幕仪式。(左起) 冯康医生、陈汉仪医生。随后嘉宾参观了医院各楼层的设施。')).toBe(false);
    expect(isPhotoCaption('开幕典礼在上午举行。嘉宾主持揭幕仪式。(左起) 冯康医生、陈汉仪医生')).toBe(false);
  });

  it('leaves a report sentence naming guests with no position (ofmdsgj.cn, wide sample captions-s19 09)', () => {
    expect(isPhotoCaption('中央人民政府驻澳门特别行政区联络办公室(澳门中联办)副主任吕玉印,中国外交部驻澳门特别行政区特派员公署领事部主任林如海等出席开幕式。')).toBe(false);
  });
});

describe('a positioned caption glued after the last sentence', () => {
  it('is cut from the paragraph it follows (nyzy.hncourt.gov.cn, eval unseen4 x1-nyzy)', () => {
    expect(
      trailingPositionedCaption(
        '今年入夏以来,酷暑难挡。而河南省新野县法院民一庭庭长张欣却利用双休日时间,深入农村步入1000多个农户家中倾听他们的民情、民声、民意,以此提高审案的准确率和审结率,向农民交上一份份满意的答卷。图为张欣(中)在城郊乡樊楼村农户家中,听取民声,了解民意。',
      ),
    ).toEqual({
      line: '今年入夏以来,酷暑难挡。而河南省新野县法院民一庭庭长张欣却利用双休日时间,深入农村步入1000多个农户家中倾听他们的民情、民声、民意,以此提高审案的准确率和审结率,向农民交上一份份满意的答卷。',
      caption: '图为张欣(中)在城郊乡樊楼村农户家中,听取民声,了解民意。',
    });
  });

  it('stays without a position: a 图为 sentence may be a photo item\'s text (comfortworkshvacr.com, eval unseen8 b8)', () => {
    expect(trailingPositionedCaption('全部喂牛。图为田间清理、加工秸秆。')).toBeUndefined();
  });

  it('stays when the bracket is not a place in the picture: 高（中）风险地区', () => {
    expect(trailingPositionedCaption('全县严格落实防控措施。图为来自高(中)风险地区的人员进行登记。')).toBeUndefined();
  });

  it('stays when the caption opens the line: the line is then the caption rule\'s, whole', () => {
    expect(trailingPositionedCaption('图为张欣(中)在城郊乡樊楼村农户家中,听取民声,了解民意。')).toBeUndefined();
  });
});
