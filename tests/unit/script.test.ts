import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { markDamage } from '../../scripts/ingest/stages/damage.ts';
import { stripPinyin } from '../../scripts/ingest/stages/pinyin.ts';
import { convertScript } from '../../scripts/ingest/stages/script.ts';
import { toMainland, traditionalToSimplified } from '../../scripts/ingest/lib/opencc.ts';
import type { IngestFile } from '../../scripts/ingest/types.ts';

const seed = (name: string) => readFileSync(new URL(`../../content/raw/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/script/${name}`, import.meta.url), 'utf8');

function converted(text: string, stages = [convertScript]): IngestFile {
  const file = createFile({ path: 'doc.txt', bytes: new TextEncoder().encode(text) });
  file.value = text;
  for (const stage of stages) stage(file);
  return file;
}

/** Characters OpenCC would still change: none may be left. */
function leftToConvert(text: string): string[] {
  const after = [...traditionalToSimplified(text)];
  return [...text].filter((c, i) => c !== after[i]);
}

// OpenCC's tables, jieba and the division data (lib/proper-names.ts) load on
// first use: seconds on a loaded machine, paid here rather than by one test.
beforeAll(() => void toMainland('於潛鎮', 'traditional'), 120_000);

describe('convertScript on the seeds', () => {
  const traditionalSeeds = ['000_451d7acc14fba13a.txt', '001_90304c2930f3b0db.txt', '004_f686e9c13470da21.txt'];

  it('records 000, 001 and 004 as traditional and leaves nothing OpenCC would convert', () => {
    for (const name of traditionalSeeds) {
      const file = converted(seed(name), [markDamage, stripPinyin, convertScript]);
      expect(file.data.raw.script).toBe('traditional');
      expect(leftToConvert(String(file.value))).toEqual([]);
      expect(file.messages.map((m) => m.reason)).toContainEqual(expect.stringMatching(/^traditional text converted to simplified \(\d+(\.\d)?% of Han characters\)$/));
    }
  });

  it('gives mainland forms: 发表, 卫生, 着力 and 接着, while 显著 keeps 著', () => {
    const text0 = String(converted(seed('000_451d7acc14fba13a.txt'), [markDamage, stripPinyin, convertScript]).value);
    expect(text0).toContain('发表了重要讲话');
    expect(text0).toContain('卫生工作');
    expect(text0).toContain('着力为职工和患者解决');
    expect(text0).toContain('向□,以高度的政治自觉');
    const text1 = String(converted(seed('001_90304c2930f3b0db.txt'), [markDamage, stripPinyin, convertScript]).value);
    expect(text1).toContain('取得了显著成效');
    expect(text1).toContain('积极着手整改');
    expect(text1).toContain('朱烜同志');
    const text4 = String(converted(seed('004_f686e9c13470da21.txt'), [markDamage, stripPinyin, convertScript]).value);
    expect(text4).toContain('一事接着一事干');
    expect(text4).toContain('聚焦服务发展一线 强化“敢为”担当');
  });

  it('records 002 and 003 as simplified and leaves them as they are', () => {
    for (const name of ['002_8fedafc643a353d7.txt', '003_44bd821e0a88ba93.txt']) {
      const raw = seed(name);
      const file = converted(raw);
      expect(file.data.raw.script).toBe('simplified');
      expect(String(file.value)).toBe(raw);
      expect(file.messages).toEqual([]);
    }
  });
});

describe('convertScript on other text', () => {
  it('converts a Taiwan forum post with mainland usage for 著, 乾 and 幹', () => {
    const file = converted(fixture('taiwan-forum.txt'));
    expect(file.data.raw.script).toBe('traditional');
    expect(String(file.value)).toBe(
      [
        '转贴：卫生署长于立法院答询纪要',
        '卫生署长今天在立法院表示，将着力推动基层医疗改革，并在这里向各位委员报告近期的工作重点。',
        '署长说，医院的环境要干净整洁，干部要带头落实各项规定，接着还要检讨著作权与资讯公开相关办法。',
        '他强调，卫生工作成效显著，但仍有不足之处，希望大家共同努力。',
        '',
      ].join('\n'),
    );
  });

  it('keeps a simplified document simplified, converting only its stray traditional characters', () => {
    const file = converted(fixture('stray-traditional.txt'));
    const text = String(file.value);
    expect(file.data.raw.script).toBe('simplified');
    expect(text).toContain('部分单位对党建工作重视不够');
    expect(text).toContain('着力在学习贯彻上下功夫');
    // The Taiwan-usage conversion would turn these into 显着 and 幺; the generic one leaves them.
    expect(text).toContain('取得显著成效');
    expect(text).toContain('要么抓而不紧');
    expect(leftToConvert(text)).toEqual([]);
    expect(file.messages.map((m) => m.reason)).toEqual([expect.stringMatching(/^stray traditional or regional variant characters converted/)]);
  });

  it('calls a simplified text with a quoted traditional name simplified', () => {
    const file = converted('会议邀请了台湾学者陳國華先生作专题报告，与会人员围绕基层卫生改革进行了深入交流，大家一致认为这次会议很有收获。');
    expect(file.data.raw.script).toBe('simplified');
    expect(String(file.value)).toContain('陈国华先生');
  });

  it('records text without Han characters as simplified and leaves it alone', () => {
    const file = converted('2023-08-30 10:47:03\n');
    expect(file.data.raw.script).toBe('simplified');
    expect(String(file.value)).toBe('2023-08-30 10:47:03\n');
  });
});

describe('convertScript: regional variant forms', () => {
  // Real sentences of the evaluation corpus, in mainland simplified.
  const mainland = fixture('mainland-sentences.txt');
  const to = (locale: 'tw' | 'hk' | 't') => OpenCC.Converter({ from: 'cn', to: locale })(mainland);

  it('brings the Taiwan, Hong Kong and OpenCC-standard traditional spellings of real sentences back to the mainland text', () => {
    const spellings = { tw: '著裡眾', hk: '衞啓裏眾羣', t: '爲啓裏衆羣' };
    for (const [locale, variants] of Object.entries(spellings) as ['tw' | 'hk' | 't', string][]) {
      const text = to(locale);
      // The variants are really there before conversion.
      for (const c of variants) expect(text).toContain(c);
      const file = converted(text);
      expect(file.data.raw.script).toBe('traditional');
      expect(String(file.value)).toBe(mainland);
    }
  });

  it('converts what a generic converter leaves in a simplified text: Taiwan 著 for 着, Hong Kong 衞', () => {
    const generic = OpenCC.Converter({ from: 't', to: 'cn' });
    const fromTaiwan = generic(to('tw'));
    expect(fromTaiwan).toContain('著力构建');
    expect(fromTaiwan).toContain('著眼于教育');
    const fromHongKong = generic(to('hk'));
    expect(fromHongKong).toContain('省衞生健康委');
    for (const text of [fromTaiwan, fromHongKong]) {
      const file = converted(text);
      expect(file.data.raw.script).toBe('simplified');
      expect(String(file.value)).toBe(mainland);
    }
  });

  it('finds 着力 in a simplified document that arrived with 著力, and keeps 显著', () => {
    const text = String(converted('因招商引资工作成效显著，市工信局著力构建五大优势产业集群，接著召开推进会。').value);
    expect(text).toBe('因招商引资工作成效显著，市工信局着力构建五大优势产业集群，接着召开推进会。');
  });

  it('keeps 著 in zhù words of either script: 著名, 著作, 显著, 卓著, 论著, 土著', () => {
    const taiwan = '這位著名學者隨著研究深入，論著與著作甚豐，成效卓著，顯著提升了對土著文化的認識，接著又著手新的課題。';
    expect(String(converted(taiwan).value)).toBe('这位著名学者随着研究深入，论著与著作甚丰，成效卓著，显著提升了对土著文化的认识，接着又着手新的课题。');
    const simplified = '这位著名学者随著研究深入，论著与著作甚丰，成效卓著，显著提升了对土著文化的认识，接著又著手新的课题。';
    expect(String(converted(simplified).value)).toBe('这位著名学者随着研究深入，论著与著作甚丰，成效卓著，显著提升了对土著文化的认识，接着又着手新的课题。');
  });

  it('leaves 著 alone in a text that writes 着 itself, and never turns 么 into 幺', () => {
    const text = '要么抓而不紧，要么抓而不实，我们要着力解决，这部著作值得一读，什么时候都不能放松。';
    const file = converted(text);
    expect(String(file.value)).toBe(text);
    expect(file.messages).toEqual([]);
  });
});

describe('traditionalToSimplified', () => {
  const opencc = OpenCC.Converter({ from: 't', to: 'cn' });

  it('gives what OpenCC gives on every seed and fixture, and on text made of phrases only OpenCC’s phrase table changes', () => {
    const texts = [
      ...readdirSync(new URL('../../content/raw/', import.meta.url)).map(seed),
      fixture('stray-traditional.txt'),
      fixture('taiwan-forum.txt'),
      // Simplified characters all, yet in OpenCC's phrase table: 一坏 → 一坯, 函覆 → 函复.
      '会议强调，一坏一好要分清，函覆各单位。',
      // A compatibility ideograph (U+F900) is normalized to its unified form.
      '\uF900然',
    ];
    for (const text of texts) expect(traditionalToSimplified(text)).toBe(opencc(text));
    expect(traditionalToSimplified('会议强调，一坏一好要分清，函覆各单位。')).toBe('会议强调，一坯一好要分清，函复各单位。');
  });

  it('returns a text with nothing to convert as it is', () => {
    const text = seed('002_8fedafc643a353d7.txt');
    expect(traditionalToSimplified(text)).toBe(text);
  });
});

describe('convertScript on what the page stages collected', () => {
  const page = (slug: string) => readFileSync(new URL(`../eval/cases/${slug}/raw.html`, import.meta.url));

  it('converts a traditional page’s headline with its text (a Taiwanese news agency’s page)', () => {
    const file = createFile({ path: 'cna.html', bytes: page('html-cna-egg-shortage') });
    for (const stage of cleaningStages.slice(0, cleaningStages.indexOf(convertScript) + 1)) stage(file);
    expect(file.data.raw.script).toBe('traditional');
    expect(file.data.candidates.title).toBe('郑文灿：多元方案解决蛋荒 预估3月初缓解');
    expect(file.data.candidates.published).toBe('2023/2/21 21:20');
    expect(file.data.candidates.url).toBe('https://www.cna.com.tw/news/aipl/202302210388.aspx');
  });

  it('converts the source, authors, editor and site names and leaves the address as it is', () => {
    const file = createFile({ path: 'page.html', bytes: new Uint8Array() });
    file.value = '各級黨組織要認真學習。';
    file.data.candidates = { source: '香港特區政府新聞網', authors: ['陳曉', '黃敏'], editor: '鄭穎', siteNames: ['中國評論新聞網'], url: 'https://www.news.gov.hk/chi/2017/06/20170606_鄭.htm' };
    convertScript(file);
    expect(file.data.candidates).toEqual({ source: '香港特区政府新闻网', authors: ['陈晓', '黄敏'], editor: '郑颖', siteNames: ['中国评论新闻网'], url: 'https://www.news.gov.hk/chi/2017/06/20170606_鄭.htm' });
  });
});

describe('the presentation-form colon of Hong Kong and Macao pages', () => {
  // Lines as two sites print them: a Hong Kong paper's contact block
  // (unseen14 c14-dweb) and the Macao procuratorate's address (unseen10 a10-macaucee).
  it('becomes the full-width colon, so that the labels read as labels', () => {
    expect(String(converted('傳真︰2623-9278\n電郵︰info@example.hk\n').value)).toBe('传真：2623-9278\n电邮：info@example.hk\n');
    expect(String(converted('地址︰澳門羅理基博士大馬路600E\n').value)).toBe('地址：澳门罗理基博士大马路600E\n');
  });

  it('is made the colon in simplified text too, where nothing else changes', () => {
    expect(String(converted('联系电话︰12345\n').value)).toBe('联系电话：12345\n');
  });

  it('takes the contact lines out of the cleaned text with the other labels', () => {
    const file = createFile({ path: 'doc.txt', bytes: new TextEncoder().encode('李國章談家教。\n傳真︰2623-9278\n') });
    for (const stage of cleaningStages) stage(file);
    expect(String(file.value)).toBe('李国章谈家教。\n');
  });
});
