// Toneless glosses checked against the readings of the characters before them
// (pinyin-pro's table): lines copied from spics.org.cn (unseen11
// b11-spics-spp-open-day-juvenile-report) and zscwwb.com (class sample
// gloss-s15, half A), both mirrors of Xinhua stories glossed without tones.
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { markDamage } from '../../scripts/ingest/stages/damage.ts';
import { stripPinyin } from '../../scripts/ingest/stages/pinyin.ts';
import { convertScript } from '../../scripts/ingest/stages/script.ts';
import { readingsOf, readsAs } from '../../scripts/ingest/lib/pinyin.ts';

function stripped(text: string, stages = [stripPinyin]): string {
  const file = createFile({ path: 'doc.txt', bytes: new TextEncoder().encode(text) });
  file.value = text;
  for (const stage of stages) stage(file);
  return String(file.value);
}

const SPICS = '新華社北(bei)京5月30日(ri)(ri)電(dian)(記者陳菲)30日(ri)(ri),最高檢(jian)(jian)舉辦了主題為“關(guan)(guan)愛祖國(guo)(guo)未來,擦亮未檢(jian)(jian)品(pin)牌(pai)”的檢(jian)(jian)察開(kai)放日(ri)(ri)活(huo)動';

describe('readsAs', { timeout: 60_000 }, () => {
  it('reads a traditional character, a heteronym and a word of several characters', () => {
    expect(readsAs('北', 'bei')).toBe(true);
    expect(readsAs('最高檢', 'jian')).toBe(true);
    expect(readingsOf('著')).toContain('zhe');
    expect(readsAs('發揮著', 'zhe')).toBe(true);
    expect(readsAs('中國', 'zhōng guó')).toBe(true);
    expect(readsAs('北', 'jing')).toBe(false);
    expect(readsAs('純電動車', 'ban')).toBe(false);
    expect(readsAs('日', 'an')).toBe(false);
  });
});

describe('stripPinyin with toneless glosses', { timeout: 60_000 }, () => {
  it('removes single and doubled glosses that read their character (spics.org.cn)', () => {
    expect(stripped(SPICS)).toBe('新華社北京5月30日電(記者陳菲)30日,最高檢舉辦了主題為“關愛祖國未來,擦亮未檢品牌”的檢察開放日活動');
  });

  it('removes them before a digit and between the characters of a word (zscwwb.com)', () => {
    expect(stripped('2021年(nian)是(shi)習(xi)近平擔任中(zhong)(zhong)共中(zhong)(zhong)央總書(shu)記的第(di)九年(nian)。')).toBe('2021年是習近平擔任中共中央總書記的第九年。');
    expect(stripped('2021年(nian)7月1日,慶祝中國(guo)共產黨成立100周年(nian)大會在北京天安門廣(guang)場(chang)隆重舉行(xing)。')).toBe('2021年7月1日,慶祝中國共產黨成立100周年大會在北京天安門廣場隆重舉行。');
  });

  it('reads the simplified text after the script stage', () => {
    expect(stripped(SPICS, [markDamage, stripPinyin, convertScript])).toContain('最高检举办了主题为“关爱祖国未来,擦亮未检品牌”的检察开放日活动');
  });

  it('keeps a bracket that reads no character before it, and a capitalised name', () => {
    expect(stripped('最高檢(jian)(jian)檢察長張軍(Zhang Jun)表示,檢(jian)察(cha)機關(guan)方案(fang)')).toBe('最高檢檢察長張軍(Zhang Jun)表示,檢察機關方案(fang)');
  });

  it('keeps one toneless reading alone in a document: no repetition, no gloss', () => {
    expect(stripped('最高檢(jian)舉辦了開放日活動。')).toBe('最高檢(jian)舉辦了開放日活動。');
  });

  it('removes a toneless gloss whose character was lost to a □, in a glossed document', () => {
    expect(stripped('最高□(jian)(jian)舉辦了主題為“關(guan)(guan)愛祖國(guo)(guo)未來')).toBe('最高□舉辦了主題為“關愛祖國未來');
    expect(stripped('最高□(jian)舉辦了活動')).toBe('最高□(jian)舉辦了活動');
  });
});
