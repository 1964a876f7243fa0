// Issue 4's acceptance over the five real seeds, through the whole pipeline:
// the cleaned text of 002, 003 and 004 equals a hand-checked expected text,
// and every seed is free of pinyin, traditional characters, chrome and
// in-sentence watermarks.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { traditionalToSimplified } from '../../scripts/ingest/lib/opencc.ts';
import { cleanText } from '../fixtures/seeds/clean-text.ts';

const rawDir = new URL('../../content/raw/', import.meta.url);
const fixtures = new URL('../fixtures/seeds/', import.meta.url);
const seeds = readdirSync(rawDir).map((name) => {
  const result = ingestOne({ path: name, bytes: readFileSync(new URL(name, rawDir)) });
  if (result.kind !== 'document') throw new Error(`${name}: ${result.reason}`);
  return { name, result, text: cleanText(result.meta.title, result.blocks) };
});

describe('the seeds, cleaned', () => {
  it.each(['002_8fedafc643a353d7', '003_44bd821e0a88ba93', '004_f686e9c13470da21'])('%s matches its hand-checked clean text', (name) => {
    const expected = readFileSync(new URL(`${name}.expected.txt`, fixtures), 'utf8');
    expect(seeds.find((s) => s.name === `${name}.txt`)!.text).toBe(expected);
  });

  it.each(seeds.map((s) => [s.name, s.text]))('%s has no pinyin glosses and nothing OpenCC would still convert', (_, text) => {
    expect(text).not.toMatch(/\p{Script=Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/u);
    expect(traditionalToSimplified(text)).toBe(text);
  });

  it.each(seeds.map((s) => [s.name, s.text]))('%s keeps no site chrome and no watermark', (_, text) => {
    for (const chrome of ['复制链接', '发表于', '登录', '注册', '粉丝', '关注我们', '热线', 'ICP', '公网安备', 'Copyright', '©', 'Email', '导医网', '老秘网', '秘途'])
      expect(text, chrome).not.toContain(chrome);
  });

  it('keeps the interview of 003 exactly once', () => {
    const text = seeds.find((s) => s.name.startsWith('003'))!.text;
    expect(text.split('一是立足中心大局学').length - 1).toBe(1);
    expect(text.split('五是“亮剑”').length - 1).toBe(1);
  });

  it('marks the encoding damage of 000 and 004 visibly and warns with the raw span', () => {
    for (const prefix of ['000', '004']) {
      const seed = seeds.find((s) => s.name.startsWith(prefix))!;
      expect(seed.text).toContain('□');
      expect(seed.result.meta.warnings.some((w) => w.ruleId === 'damage' && w.source === 'damage' && w.reason.includes('?') && /[qlū]/.test(w.reason))).toBe(true);
    }
  });

  it('keeps every redaction placeholder of 002 visible', () => {
    const count = (text: string) => text.split('*').length - 1;
    const raw = readFileSync(new URL('002_8fedafc643a353d7.txt', rawDir), 'utf8');
    expect(count(seeds.find((s) => s.name.startsWith('002'))!.text)).toBe(count(raw));
  });
});
