// Proper names through script conversion (lib/proper-names.ts, called last by toMainland).
// Sentences from real pages: unseen9 b9-gzqyzjbc, the forms-s13 class sample
// (docs/wide-samples/forms-s13), unseen6 z1-yunlin, unseen7 b7-happymacao.
import { beforeAll, describe, expect, it } from 'vitest';
import { toMainland } from '../../scripts/ingest/lib/opencc.ts';
import { keepProperNames } from '../../scripts/ingest/lib/proper-names.ts';

// OpenCC's tables, the division data and jieba load on first use.
beforeAll(() => void toMainland('於潛鎮的李乾龍', 'traditional'), 120_000);

describe('a place the division data knows keeps the characters the page wrote', () => {
  it('keeps 藉 in the town 藉口镇 of a traditional page (OpenCC phrase 藉口 → 借口)', () => {
    expect(toMainland('擬確定秦州區汪川鎮汪川中心小學、秦州區平南鎮中心小學、秦州區藉口鎮鐵爐中心學校3所學校', 'traditional')).toBe(
      '拟确定秦州区汪川镇汪川中心小学、秦州区平南镇中心小学、秦州区藉口镇铁炉中心学校3所学校',
    );
  });

  it('keeps 於 in the town 於潜镇 of a simplified page, and converts 於 elsewhere', () => {
    expect(toMainland('於潜镇位于杭州市临安区中部,地处天目溪流域中段', 'simplified')).toBe('於潜镇位于杭州市临安区中部,地处天目溪流域中段');
    expect(toMainland('國民黨新任黨主席鄭麗文將於11月1日正式上任', 'traditional')).toBe('国民党新任党主席郑丽文将于11月1日正式上任');
  });

  it('reads the town again where jieba segments it otherwise (於潜镇原为: 镇原 is a county)', () => {
    expect(toMainland('1973年重建於潜镇。於潜镇原为於潜县城所在地', 'simplified')).toBe('1973年重建於潜镇。於潜镇原为于潜县城所在地');
  });

  it('converts a town name that is only the start of other words (藉口鎮壓: 借口 and 镇压)', () => {
    expect(toMainland('以此為藉口鎮壓民眾', 'traditional')).toBe('以此为借口镇压民众');
  });
});

describe("a person's name keeps the characters the page wrote", () => {
  it('keeps 乾 after a surname in an unknown three-character word (李乾龍, 王乾發)', () => {
    expect(toMainland('新北市黨部主委李乾龍接任黨秘書長', 'traditional')).toBe('新北市党部主委李乾龙接任党秘书长');
    expect(toMainland('新任縣長陳光復從縣長王乾發手中接下縣府印信', 'traditional')).toBe('新任县长陈光复从县长王乾发手中接下县府印信');
  });

  it('reads the name again where jieba glues it to the next word (李乾龍近)', () => {
    expect(toMainland('李乾龍即清空辦公室。據報道,李乾龍近700字辭呈', 'traditional')).toBe('李乾龙即清空办公室。据报道,李乾龙近700字辞呈');
  });

  it('does not take words the dictionary tags as names for people (藉由, 藉此機會)', () => {
    expect(toMainland('就是要和縣民有互動,藉由現場的縣民提問', 'traditional')).toBe('就是要和县民有互动,借由现场的县民提问');
    expect(toMainland('行政長官亦藉此機會向全澳的母親致以節日的祝賀', 'traditional')).toBe('行政长官亦借此机会向全澳的母亲致以节日的祝贺');
  });
});

describe('everything else stays converted', () => {
  it('converts 乾淨 and 屬於', () => {
    expect(toMainland('徐耀昌並以「乾淨就好」4字與縣府團隊共勉', 'traditional')).toBe('徐耀昌并以「干净就好」4字与县府团队共勉');
    expect(toMainland('都屬於不遺漏的必讀功課', 'traditional')).toBe('都属于不遗漏的必读功课');
  });

  it('does nothing to texts that do not line up', () => {
    expect(keepProperNames('藉口鎮', '借口')).toBe('借口');
  });
});
