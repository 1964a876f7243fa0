// A headline a chrome rule took out, found again by where it stood on the
// page: right above the text, with only info lines between. The page lines
// are copied from the pages named (as they read before the chrome stage), the
// removed lines are what that page's chrome rules took; expected values
// written by hand.
import { describe, expect, it } from 'vitest';
import { gluedHeading, removedHeadline, withRemovedHeadline } from '../../scripts/ingest/structure/title-rescue.ts';

// www.bjlsbj.com (fresh h5-bjlsbj-wuhu-online-interview-guide-article): the headline was read as navigation.
const bjlsbj = {
  before: [
    '互动交流栏目使用方法——在线访谈',
    '发布时间:2020-10-27 09:58信息来源:芜湖市人民政府网站 阅读次数: 字体:【    】',
    '1、概述',
    '根据《国务院办公厅关于进一步加强政府信息公开回应社会关切提升政府公信力的意见》(国办发〔2013〕100号)“地方政府和部门负责同志应主动到政府网站接受在线访谈”的要求。',
  ],
  removed: ['互动交流栏目使用方法——在线访谈', '发布时间:2020-10-27 09:58信息来源:芜湖市人民政府网站 阅读次数: 字体:【    】'],
  text: ['1、概述', '根据《国务院办公厅关于进一步加强政府信息公开回应社会关切提升政府公信力的意见》（国办发〔2013〕100号）“地方政府和部门负责同志应主动到政府网站接受在线访谈”的要求。'],
};

// www.gongwenhui.com (fresh h5-gaozihui-party-spirit-party-lecture-speech): the headline, with its column label, was read as a field-table row.
const gongwenhui = {
  before: ['当前位置: 首页 > 公务范文 > 党课讲稿', '党课讲稿:弘扬伟大建党精神 凝聚干事创业力量', '时间:2023-07-19 党课讲稿 我要投稿', '同志们: 公文汇 www.gongwenhui.com', '党的二十大吹响了全面建设社会主义现代化国家、以中国式现代化全面推进中华民族伟大复兴的奋斗号角,开启了充满光荣和梦想的新征程。'],
  removed: ['当前位置: 首页 > 公务范文 > 党课讲稿', '党课讲稿:弘扬伟大建党精神 凝聚干事创业力量', '时间:2023-07-19 党课讲稿 我要投稿', '同志们: 公文汇 www.gongwenhui.com'],
  text: ['党的二十大吹响了全面建设社会主义现代化国家、以中国式现代化全面推进中华民族伟大复兴的奋斗号角，开启了充满光荣和梦想的新征程。'],
};

describe('removedHeadline: the line a chrome rule took from right above the text', () => {
  it('finds a headline over an info line and a short numbered heading', () => {
    expect(removedHeadline(bjlsbj.before, bjlsbj.removed, bjlsbj.text.join(''))).toBe('互动交流栏目使用方法——在线访谈');
  });

  it('finds a headline over an info line and a credit line, with its punctuation widened', () => {
    expect(removedHeadline(gongwenhui.before, gongwenhui.removed, gongwenhui.text[0]!)).toBe('党课讲稿：弘扬伟大建党精神 凝聚干事创业力量');
  });

  it('leaves a headline the chrome stage kept to the chooser', () => {
    expect(removedHeadline(bjlsbj.before, bjlsbj.removed.slice(1), bjlsbj.text.join(''))).toBeUndefined();
  });

  it('takes no removed line that is no title (a menu item in a sentence-long line)', () => {
    const before = ['分享更多', '字体:', '中国经济网北京3月2日讯(中国经济信息记者张超) 3月2日下午,全国政协十一届五次会议新闻发布会在人民大会堂三楼金色大厅召开。'];
    expect(removedHeadline(before, ['分享更多', '字体:'], '中国经济网北京3月2日讯（中国经济信息记者张超）3月2日下午，全国政协十一届五次会议新闻发布会在人民大会堂三楼金色大厅召开。')).toBeUndefined();
  });
});

describe('removedHeadline: a picture caption is no headline', () => {
  it('under the info line (www.taoyuan.gov.cn, fixture region/pages/taoyuan-npc.txt)', () => {
    const before = ['发布时间:2008-03-06 08:39:18 访问次数: 王帮海 信息来源:桃源县政府网', '大会现场', '在全县人民的热切期盼下,桃源县第十五届人民代表大会第二次会议3月4下午3:00在县剧院隆重开幕。'];
    expect(removedHeadline(before, before.slice(0, 2), '在全县人民的热切期盼下，桃源县第十五届人民代表大会第二次会议3月4下午3:00在县剧院隆重开幕。')).toBeUndefined();
  });

  it('marked ▲ (www.huxijiongpo.com, fixture chrome/pages/huxijiongpo-caption.txt)', () => {
    const before = ['▲市民搀扶走过积水的街道', '7月17日,河南多地下起暴雨,几日后,气象部门认定这次暴雨为“千年一遇”。'];
    expect(removedHeadline(before, before.slice(0, 1), '7月17日，河南多地下起暴雨，几日后，气象部门认定这次暴雨为“千年一遇”。')).toBeUndefined();
  });
});

describe('withRemovedHeadline: the headline back above the text', () => {
  it('puts it back and the chooser reads it, its column label cut by the breadcrumb', () => {
    const lines = [...gongwenhui.text, '一、弘扬伟大建党精神与党的二十大的郑重宣示'];
    const choice = withRemovedHeadline(lines, 0, undefined, { pageLines: gongwenhui.removed, before: gongwenhui.before });
    expect(choice?.block.clean.title).toBe('弘扬伟大建党精神 凝聚干事创业力量');
    expect(lines[0]).toBe('党课讲稿：弘扬伟大建党精神 凝聚干事创业力量');
  });

  it('puts back no toolbar the text shares no word with', () => {
    const before = ['打印本页 关闭窗口', ...gongwenhui.before.slice(2)];
    const lines = [...gongwenhui.text];
    expect(withRemovedHeadline(lines, 0, undefined, { pageLines: ['打印本页 关闭窗口', ...gongwenhui.removed.slice(2)], before })).toBeUndefined();
    expect(lines).toEqual(gongwenhui.text);
  });
});

// myxrmyy.com (unseen8 a8-myxrmyy-miyi-hospital-president-speech): the page's heading glued before its breadcrumb.
const myxrmyy = {
  before: ['欢迎来到米易县人民医院官方网站! 设为首页  |  收藏网站', '24小时急诊电话:0812-6376303', '院长寄语首页>院长寄语', '', '尊敬的社会各界朋友:', '', '非常感谢您们对我院的信任和支持!'],
  removed: ['欢迎来到米易县人民医院官方网站! 设为首页  |  收藏网站', '24小时急诊电话:0812-6376303', '院长寄语首页>院长寄语'],
};

describe('gluedHeading: a heading glued before a breadcrumb that ends in it', () => {
  it('reads the heading (myxrmyy.com)', () => {
    expect(gluedHeading('院长寄语首页>院长寄语')).toBe('院长寄语');
    expect(gluedHeading('董事长致辞 首页 > 关于我们 > 董事长致辞')).toBe('董事长致辞');
  });

  it('reads nothing in a breadcrumb alone, one ending elsewhere, or a list column', () => {
    expect(gluedHeading('首页>院长寄语')).toBeUndefined();
    expect(gluedHeading('当前位置：首页 > 新闻中心 > 医院新闻')).toBeUndefined();
    expect(gluedHeading('医院新闻首页>医院新闻')).toBeUndefined();
  });
});

describe('removedHeadline and withRemovedHeadline: a page named by its heading and breadcrumb', () => {
  it('puts the heading back though the text does not repeat it (myxrmyy.com)', () => {
    expect(removedHeadline(myxrmyy.before, myxrmyy.removed, '尊敬的社会各界朋友：')).toBe('院长寄语');
    const lines = ['尊敬的社会各界朋友：', '非常感谢您们对我院的信任和支持！'];
    const choice = withRemovedHeadline(lines, 0, undefined, { pageLines: myxrmyy.removed, before: myxrmyy.before });
    expect(choice?.block.clean.title).toBe('院长寄语');
    expect(choice?.textAt).toBe(1);
  });
});

describe('removedHeadline: a list column is no headline', () => {
  it('stops at the column label over the info line (zdav.cn, class sample title2-s12)', () => {
    const before = ['醫院新聞', '發布時間:2015-02-28', '大年初一上午九時,南昌市第三醫院院長崔維奇,黨委書記孫太平攜領導班子成員、部分中層干部,逐一走訪了在院的患者。'];
    expect(removedHeadline(['医院新闻', ...before.slice(1)], ['医院新闻', '發布時間:2015-02-28'], '大年初一上午九時，南昌市第三醫院院長崔維奇')).toBeUndefined();
  });
});
