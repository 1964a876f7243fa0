import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { convertScript } from '../../scripts/ingest/stages/script.ts';
import { isGb2312 } from '../../scripts/ingest/lib/common-han.ts';
import { isMainlandStandard, isSimplifiable, isTongyongGuifan, standardVariants } from '../../scripts/ingest/lib/mainland-standard.ts';
import { toMainland, traditionalToSimplified } from '../../scripts/ingest/lib/opencc.ts';
import { zheInContext } from '../../scripts/ingest/lib/zhe.ts';

const cases = new URL('../eval/cases/', import.meta.url);
const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
/** The line of a fixture that contains `words`. */
const lineWith = (path: string, words: string) => fixture(path).split('\n').find((line) => line.includes(words))!;

function converted(text: string) {
  const file = createFile({ path: 'doc.txt', bytes: new TextEncoder().encode(text) });
  file.value = text;
  convertScript(file);
  return file;
}

describe('a mainland simplified text is left as it is', () => {
  // Every expected.txt of the evaluation corpus is mainland simplified by definition.
  const expected = readdirSync(cases)
    .map((slug) => new URL(`${slug}/expected.txt`, cases))
    .filter((url) => existsSync(url))
    .map((url) => readFileSync(url, 'utf8'));

  it('changes no character of any expected document of the evaluation corpus', () => {
    expect(expected.length).toBeGreaterThan(100);
    const changed = expected.filter((text) => toMainland(text, 'simplified') !== text).map((text) => text.slice(0, 40));
    expect(changed).toEqual([]);
  });

  it('keeps 难捱 (捱 is in GB 2312) in a simplified document, where a traditional one follows OpenCC', () => {
    // A sentence of a www.xinhuanet.com commentary.
    const sentence = '那些身处疫情核心地带的百姓，更是带着几分惶恐，揣着更多希望，在不断的等待中度过每一个难捱的冬夜。';
    const file = converted(sentence);
    expect(file.data.raw.script).toBe('simplified');
    expect(String(file.value)).toBe(sentence);
    expect(toMainland('難捱的冬夜', 'traditional')).toBe('难挨的冬夜');
  });

  it('still converts a standard character that is the traditional form of another: 於, 後', () => {
    expect(toMainland('关於进一步加强管理的通知，会後立即部署', 'simplified')).toBe('关于进一步加强管理的通知，会后立即部署');
  });

  it('keeps name characters of the 通用规范汉字表 that Unihan pairs with a commoner one: 堃, 喆', () => {
    const text = '王堃、李喆同志出席会议并讲话。';
    expect(toMainland(text, 'simplified')).toBe(text);
    expect(toMainland(text, 'traditional')).toBe(text);
  });

  it('converts the title and other candidates in the document’s own script', () => {
    const file = createFile({ path: 'page.html', bytes: new Uint8Array() });
    file.value = '在不断的等待中度过每一个难捱的冬夜，我们终于迎来了春天的消息。';
    file.data.candidates = { title: '难捱的冬夜', source: '新华網' };
    convertScript(file);
    expect(file.data.candidates).toEqual({ title: '难捱的冬夜', source: '新华网' });
  });
});

describe('mainland-standard', () => {
  it('holds the 8,105 characters of the 通用规范汉字表', () => {
    expect(isTongyongGuifan('挨')).toBe(true);
    expect(isTongyongGuifan('堃')).toBe(true);
    expect(isTongyongGuifan('着')).toBe(true);
    expect(isTongyongGuifan('捱')).toBe(false);
    expect(isTongyongGuifan('衞')).toBe(false);
    expect(isTongyongGuifan('陝')).toBe(false);
    expect(isMainlandStandard('捱')).toBe(true);
  });

  it('tells a traditional form (後, 於, 乾) from a mere variant (捱)', () => {
    expect(['後', '於', '乾', '麽'].every(isSimplifiable)).toBe(true);
    expect(['捱', '挨', '后'].some(isSimplifiable)).toBe(false);
  });

  it('maps only characters outside both mainland standards, each to a 通用规范汉字表 character', () => {
    const variants = standardVariants(traditionalToSimplified);
    expect(variants.size).toBeGreaterThan(100);
    for (const [from, to] of variants) {
      expect(isTongyongGuifan(from) || isGb2312(from)).toBe(false);
      expect(isTongyongGuifan(to)).toBe(true);
    }
    expect(variants.get('峩')).toBe('峨');
    expect(variants.get('燄')).toBe('焰');
    // Unihan pairs 陜 with 狹 on one dictionary's word, which the build leaves out; modern texts write it
    // for 陝 (gkhcyb's 来陜考察, a repository text's 今陜西省), the hand table of lib/variant-forms.ts.
    expect(variants.get('陜')).toBe('陕');
  });

  it('converts such characters in a simplified document: 峩眉, 火燄', () => {
    expect(toMainland('峩眉山景区防火燄蔓延', 'simplified')).toBe('峨眉山景区防火焰蔓延');
  });
});

describe('著 in a text that writes 着 too', () => {
  it('gives 着 after a verb in a Hong Kong page’s text (www.bastillepost.com) that writes 象徵着 itself', () => {
    const raw = readFileSync(new URL('c3b-bastillepost-sam-macau-press-report/raw.txt', cases), 'utf8');
    const sentences = raw.split('\n').filter((line) => line.includes('發揮著') || line.includes('象徵着'));
    expect(sentences.length).toBe(2);
    const text = toMainland(sentences.join('\n'));
    expect(text).toContain('发挥着监督政府施政');
    expect(text).toContain('蛇象征着智慧');
    expect(text).not.toContain('著');
  });

  it('gives 着 for the particle (起著) and keeps a byline’s 著有, in lines of two other sites', () => {
    const particle = lineWith('structure/pages/lsjse-dangke.txt', '起著重要作用');
    const byline = lineWith('classify/pages/ppfocus-dialogue.txt', '著有《波赫戰地採訪手記》');
    const text = toMainland(`${particle}\n${byline}\n蛇象徵着智慧。`);
    expect(text).toContain('凝聚力起着重要作用');
    expect(text).toContain('著有《波赫战地采访手记》一书');
  });

  it('reads each 著 by its word: particle and 着 words change, zhù words and bylines stay', () => {
    const pairs: [string, string][] = [
      ['随著经济发展', '随着经济发展'],
      ['这意味著改革进入深水区', '这意味着改革进入深水区'],
      ['沿著道路前进', '沿着道路前进'],
      ['充满著希望', '充满着希望'],
      ['著力推进', '着力推进'],
      ['成效显著，著名学者', '成效显著，著名学者'],
      ['土著居民', '土著居民'],
      ['论著与著作', '论著与著作'],
      ['臭名昭著', '臭名昭著'],
      ['鲁迅著《呐喊》', '鲁迅著《呐喊》'],
      ['他著有多部作品', '他著有多部作品'],
      ['见微知著', '见微知著'],
    ];
    for (const [from, to] of pairs) expect(zheInContext(from)).toBe(to);
  });

  it('leaves a mainland text that writes 着 and zhù words as it is (www.chinacomtravel.com expected text)', () => {
    const text = readFileSync(new URL('c3b-chinacomtravel-gubei-ctsholding-report/expected.txt', cases), 'utf8');
    expect(text).toContain('着');
    expect(text).toContain('著名');
    expect(toMainland(text)).toBe(text);
  });
});

describe('a conversion into a character outside the basic CJK block and both standards', () => {
  it('keeps the basic-block character the page printed (劏房, not 㓥房)', () => {
    // unseen11 crntthk (Legco Q&A, traditional) and ronickchanchunying.hk (Legco remarks, traditional).
    expect(toMainland('是希望可以住在劏房裡面的住戶')).toBe('是希望可以住在劏房里面的住户');
    expect(toMainland('居於劏房的住戶有 96 400 個')).toBe('居于劏房的住户有 96 400 个');
    // m.51cml.com, a simplified page: nothing to convert.
    expect(toMainland('有劏房户认为，当局列出的合标准劏房单位', 'simplified')).toBe('有劏房户认为，当局列出的合标准劏房单位');
  });

  it('still converts where the target is a basic-block character (搵 → 揾) or a standard one', () => {
    // nrum8baaj.asia (article reprinted from 集誌社): 幫劏房街坊搵樓.
    expect(toMainland('幫劏房街坊搵樓')).toBe('帮劏房街坊揾楼');
    expect(toMainland('衞生署爲市民提供綫上服務')).toBe('卫生署为市民提供线上服务');
  });
});
