import { describe, expect, it } from 'vitest';
import { isMainlandStandard } from '../../scripts/ingest/lib/mainland-standard.ts';
import { toMainland } from '../../scripts/ingest/lib/opencc.ts';
import { widenPunctuation } from '../../scripts/ingest/lib/punctuation.ts';
import { JIE, JIE_KEPT, VARIANT_CHARACTERS, ZHU_SPELLING, ZHU_SPELLING_WORDS } from '../../scripts/ingest/lib/variant-forms.ts';

describe('variant-forms data', () => {
  it('every entry holds its form in each example, from two sites at least, and maps a character outside the standards', () => {
    for (const entry of [...VARIANT_CHARACTERS, JIE]) {
      expect(entry.seen.length).toBeGreaterThanOrEqual(2);
      expect(new Set(entry.seen.map((s) => s.seen.split(' ')[0])).size).toBeGreaterThanOrEqual(2);
      for (const { example } of entry.seen) expect(example).toContain(entry.from);
    }
    for (const { from, to } of VARIANT_CHARACTERS) {
      expect(isMainlandStandard(from)).toBe(false);
      expect(isMainlandStandard(to)).toBe(true);
    }
    for (const { example } of ZHU_SPELLING) expect(ZHU_SPELLING_WORDS.some((w) => example.includes(w))).toBe(true);
  });
});

describe('toMainland: character forms the generic conversion leaves or changes wrongly', () => {
  it('writes the standard character for 砲, 牠 and 陜 in either script (ltn, archive.tw, gkhcyb)', () => {
    expect(toMainland('1人則在台南市永康區砲校門市購買190元')).toBe('1人则在台南市永康区炮校门市购买190元');
    expect(toMainland('不讓牠跟別的老鼠接觸', 'traditional')).toBe('不让它跟别的老鼠接触');
    expect(toMainland('历次来陜考察重要讲话', 'simplified')).toBe('历次来陕考察重要讲话');
  });

  it('writes 借 for a traditional text’s 藉 but in 慰藉 and 狼藉, and leaves a simplified text’s own 藉', () => {
    expect(toMainland('藉這個機會向各位貴賓拜個晚年', 'traditional')).toBe('借这个机会向各位贵宾拜个晚年');
    expect(toMainland('盼藉大旗艦計畫增加服務能量', 'traditional')).toBe('盼借大旗舰计划增加服务能量');
    expect(toMainland('心靈的慰藉，杯盤狼藉', 'traditional')).toBe('心灵的慰藉，杯盘狼藉');
    for (const word of JIE_KEPT) expect(toMainland(word, 'traditional')).toBe(word);
    // A simplified text's lone 藉 is not this rule's (OpenCC's phrases still make 藉口 借口).
    expect(toMainland('凭藉这个机会', 'simplified')).toBe('凭藉这个机会');
  });

  it('writes 干 for 乾 only inside a word spelled with 乾 (乾淨, 餅乾), and keeps a name’s 乾 (cuhkmc 利乾)', () => {
    expect(toMainland('中大醫院董事局主席利乾博士', 'traditional')).toBe('中大医院董事局主席利乾博士');
    expect(toMainland('讓佳里重現乾淨整齊', 'traditional')).toBe('让佳里重现干净整齐');
    expect(toMainland('曬乾了，餅乾，乾杯', 'traditional')).toBe('晒干了，饼干，干杯');
    expect(toMainland('扭轉乾坤', 'traditional')).toBe('扭转乾坤');
  });

  it('keeps a simplified text’s 执著, which mainland print writes as well as 执着 (myxrmyy)', () => {
    expect(toMainland('都折射出米医人的执著和追求。面对着困难', 'simplified')).toBe('都折射出米医人的执著和追求。面对着困难');
    expect(toMainland('都折射出米医人的执著和追求。', 'simplified')).toBe('都折射出米医人的执著和追求。');
    // A simplified text's Taiwan-style 著 still becomes 着.
    expect(toMainland('我们要著力推进', 'simplified')).toBe('我们要着力推进');
  });
});

describe('widenPunctuation: a typed -- dash', () => {
  it('writes —— between words of a sentence (hkma, qzzw) and leaves a title or source separator', () => {
    expect(widenPunctuation('在两项原则--即「一国两制」下,我们')).toBe('在两项原则——即「一国两制」下，我们');
    expect(widenPunctuation('永远朝着心中的丰碑--“提灯女神”指明的方向前进。')).toBe('永远朝着心中的丰碑——“提灯女神”指明的方向前进。');
    expect(widenPunctuation('来源:山西新闻网--山西日报  作者:')).toBe('来源：山西新闻网--山西日报  作者：');
    expect(widenPunctuation('开学典礼上的讲话--校长专栏-绍兴市第一中学')).toBe('开学典礼上的讲话--校长专栏-绍兴市第一中学');
  });
});
