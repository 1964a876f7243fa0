// Counties and cities GB/T 2260 no longer lists, by the name an older page
// prints (divisions.ts formerNames, former-divisions.json from the civil-affairs
// ministry's yearly code lists): the name is the division that holds its area
// now (placegaz, thirty-fifth session). The texts are the sample's and the
// development pages' own sentences.
import { describe, expect, it } from 'vitest';
import { formerName } from '../../scripts/ingest/extract/divisions.ts';
import { placeMentions } from '../../scripts/ingest/extract/place-mentions.ts';

const names = (text: string) => placeMentions(text).map((m) => `${m.text} ${m.divisions.map((d) => d.name).join('/')}`);

describe('a former county or city is the division that holds its area now', () => {
  it.each([
    // huxianwang.com and famasales.com (sample placegaz): 户县 became 西安市鄠邑区 in 2016.
    ['户县新任和调整交流的领导干部却并不休闲', ['户县 鄠邑区']],
    ['2016年12月27日在户县第十七届人民代表大会第一次会议上', ['户县 鄠邑区']],
    // m.xiaozhentang.com (unseen18) and sxzf (unseen30 b30-sxzf): 彬县 became 彬州市 in 2018.
    ['彬县20xx年第二批重点项目集中开工仪式正式开始', ['彬县 彬州市']],
    ['咸阳市彬县法院', ['咸阳市 咸阳市', '彬县 彬州市']],
    // qiangwoapp.com (kinds2), in its simplified reading: 长岛县 went into 烟台市蓬莱区 in 2020.
    ['长岛县政府', ['长岛县 蓬莱区']],
    // zxyzs.com and 33map.net (sample placegaz): 蓟县 became 天津市蓟州区 in 2016.
    ['2016年蓟县“两会”胜利闭幕', ['蓟县 蓟州区']],
    // A prefecture renamed: 襄樊市 is 襄阳市 since 2010 (its code kept).
    ['襄樊市委政研室', ['襄樊市 襄阳市']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  }, 60_000);

  it('tells the year the name went out of use', () => {
    expect(formerName('户县')).toMatchObject({ division: { name: '鄠邑区', code: '610118' }, until: 2016 });
    expect(formerName('吴县市')).toMatchObject({ division: { name: '苏州市', level: 'city' }, until: 2000 });
    expect(formerName('鄠邑区')).toBeUndefined();
  });
});

describe('controls: words and current names stay what they are', () => {
  it.each([
    // A two-character former county inside words (召开/县委, 抵达/县城, 交通/县道).
    ['县委召开县委常委会会议', []],
    ['工作组抵达县城后立即开展工作', []],
    // A former district whose stem is a word first (露天区 of 抚顺: 露天/v).
    ['在露天区域设置了警示标志', []],
    // A current county whose name holds a former one (新安县 holds 安县; 工布江达县 holds 达县).
    ['新安县人民政府', ['新安县 新安县']],
    ['工布江达县人民政府主办', ['工布江达县 工布江达县']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  }, 60_000);

  it('leaves out generic district names and names a current division bears', () => {
    for (const name of ['郊区', '南郊区', '东市区', '城区', '平安县', '巢湖市']) expect(formerName(name)).toBeUndefined();
  });
});
