import { describe, expect, it } from 'vitest';
import { characterF1, chromeLeft, damageMarks, pinyinLeft, sameTitle, sentenceLoss, traditionalLeft } from '../../scripts/eval/metrics.ts';

describe('characterF1', () => {
  it('is 1 for the same text up to whitespace and width', () => {
    expect(characterF1('同志们:\n今天 我们召开会议。', '同志们：今天我们召开会议。').f1).toBe(1);
  });

  it('counts chrome kept as lost precision and text dropped as lost recall', () => {
    // 10 expected characters; the output keeps 5 of them and adds 5 of chrome.
    const { precision, recall, f1 } = characterF1('今天召开会版权所有网', '今天召开会议研究部署');
    expect(precision).toBeCloseTo(5 / 10);
    expect(recall).toBeCloseTo(5 / 10);
    expect(f1).toBeCloseTo(0.5);
  });

  it('charges an article kept twice, which a bag of characters would not', () => {
    const text = '全面从严治党永远在路上。';
    expect(characterF1(text + text, text).precision).toBeCloseTo(0.5);
  });
});

describe('chromeLeft and sentenceLoss', () => {
  it('finds listed chrome in the text whatever its spacing and width', () => {
    expect(chromeLeft('正文。\n责任编辑： 张三', ['责任编辑：张三', '版权所有'])).toEqual(['责任编辑：张三']);
  });

  it('reports expected sentences missing and ones repeated', () => {
    const expected = '第一句话说的是这件事情。第二句话说的是那件事情。';
    expect(sentenceLoss('第一句话说的是这件事情。', expected)).toEqual({ lost: ['第二句话说的是那件事情。'], duplicated: [] });
    expect(sentenceLoss(expected + '第一句话说的是这件事情。', expected)).toEqual({ lost: [], duplicated: ['第一句话说的是这件事情。'] });
  });
});

describe('traditionalLeft', () => {
  it('finds regional variants and 著 where mainland writes 着, not in 著名 or 显著', () => {
    expect(traditionalLeft('衞生工作爲民，綫上辦理')).toEqual(['衞', '爲', '綫', '辦']);
    expect(traditionalLeft('要著力解决问题')).toEqual(['要著力']);
    expect(traditionalLeft('著名作家成效显著，卓著的贡献')).toEqual([]);
  });

  it('does not count a character whose only simplified forms lie outside the basic block and both standards', () => {
    // unseen11 crntthk's expected.txt writes 劏房 (OpenCC: 㓥); 搵 → 揾 is a basic-block form and is still counted.
    expect(traditionalLeft('住在劏房里面的住户，㓥房户')).toEqual([]);
    expect(traditionalLeft('幫劏房街坊搵樓')).toEqual(['幫', '搵', '樓']);
  });
});

describe('pinyinLeft, damageMarks, sameTitle', () => {
  it('finds toned pinyin only', () => {
    expect(pinyinLeft('發表(fā biǎo)讲话，APP上线')).toEqual(['fā', 'biǎo']);
    // Written by hand: a French word with an accent (café, as ltn.com.tw prints it) is no pinyin.
    expect(pinyinLeft('在台南市永康区café门市购买，關(guān)于')).toEqual(['guān']);
  });

  it('counts runs of the damage mark', () => {
    expect(damageMarks('向□实处干，□□不止')).toBe(2);
  });

  it('matches a title with or without its subtitle, never an empty one', () => {
    expect(sameTitle('乘风破浪，逐梦扬帆——在开学典礼上的讲话', '乘风破浪，逐梦扬帆')).toBe(true);
    expect(sameTitle('乘风破浪', '乘风破浪，逐梦扬帆')).toBe(false);
    expect(sameTitle('', '')).toBe(false);
    // unseen22 c22-zhld: the page's title with its ——subtitle against the title alone, which ends in a quoted word.
    expect(sameTitle('人人出彩聚“多彩”——六论认真学习贯彻市两会精神', '人人出彩聚“多彩”')).toBe(true);
    expect(sameTitle('“两个维护”', '两个维护')).toBe(true);
    expect(sameTitle('人人出彩聚“多彩”——六论', '人人出彩聚“精彩”')).toBe(false);
  });
});
