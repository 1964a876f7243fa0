// Ingest's CPU per document, thirty-seventh session (docs/performance.md,
// ingestcpu2): each cut gives the answer the code before it gave. The script
// stage's "anything to convert" tests by a table of code points instead of a
// class regex of thousands of characters; the chrome stages' prose test
// remembered by line.
import fs from 'node:fs';
import path from 'node:path';
import * as OpenCC from 'opencc-js';
import type { DictGroup, DictLike } from 'opencc-js/core';
import { describe, expect, it } from 'vitest';
import { codePointTest } from '../../scripts/ingest/lib/code-point-test.ts';
import { toMainland, traditionalToSimplified } from '../../scripts/ingest/lib/opencc.ts';
import { hanCount, isProse, sentenceEnds, visibleLength } from '../../scripts/ingest/stages/chrome/features.ts';

/** The regular expression opencc.ts tested before, from the same tables. */
function genericPattern(): { characters: Set<string>; phrases: string[]; pattern: RegExp } {
  const generic = OpenCC.Locale.configs.t2s as unknown as { normalizationChain?: readonly DictGroup[]; conversionChain: readonly DictGroup[] };
  const entries = (dict: DictLike) => (typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : dict);
  const all = [...(generic.normalizationChain ?? []), ...generic.conversionChain].flat().flatMap(entries);
  const characters = new Set(all.filter(([from, to]) => from !== to && [...from].length === 1).map(([from]) => from));
  const phrases = all.filter(([from, to]) => from !== to && [...from].length > 1 && ![...from].some((c) => characters.has(c))).map(([from]) => from);
  const escape = (text: string) => [...text].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('');
  return { characters, phrases, pattern: new RegExp(`[${[...characters].map(escape).join('')}]|${phrases.map(escape).join('|')}`, 'u') };
}

/** Every development case's raw file, read as UTF-8 and as Latin-1 (texts with and without Han, astral and lone surrogates). */
function rawTexts(): string[] {
  const root = 'tests/eval';
  const sets = fs.readdirSync(root).filter((s) => !['unseen33', 'unseen34'].includes(s) && fs.statSync(path.join(root, s)).isDirectory());
  const texts: string[] = [];
  for (const set of sets)
    for (const slug of fs.readdirSync(path.join(root, set))) {
      const dir = path.join(root, set, slug);
      if (!fs.statSync(dir).isDirectory()) continue;
      const raw = fs.readdirSync(dir).find((f) => f.startsWith('raw.'));
      if (!raw) continue;
      const bytes = fs.readFileSync(path.join(dir, raw));
      texts.push(bytes.toString('utf8'), bytes.toString('latin1'));
    }
  return texts;
}

describe('codePointTest', { timeout: 120_000 }, () => {
  it('answers as the class-and-phrases pattern on hand-made texts: BMP, astral, phrases, lone surrogates', () => {
    const characters = ['後', '於', '𠮷', '麽'];
    const phrases = ['一坏', '𠮷野', '坏事'];
    const pattern = new RegExp(`[${characters.join('')}]|${phrases.join('|')}`, 'u');
    const test = codePointTest(characters, phrases);
    const texts = ['', 'abc', '之后', '之後', '一坏', '一', '坏', '坏事', '坏 事', '𠮷', '𠮸', '𠮷野', '𠮸野', '\ud842', '\udfb7', 'x\ud842', '\ud842後', '野𠮷', '一一坏', '一\n坏'];
    for (const text of texts) expect([text, test(text)]).toEqual([text, pattern.test(text)]);
  });

  it('reads every character of a multi-character key, as the class joined from the keys did', () => {
    const test = codePointTest(['著', '乾隆']);
    const pattern = new RegExp('[著乾隆]', 'u');
    for (const text of ['隆重', '乾', '着', '著名', '']) expect([text, test(text)]).toEqual([text, pattern.test(text)]);
  });

  it("answers as OpenCC's generic changeable pattern did on every development raw file", () => {
    const { characters, phrases, pattern } = genericPattern();
    const test = codePointTest(characters, phrases);
    const texts = rawTexts();
    expect(texts.length).toBeGreaterThan(1000);
    let held = 0;
    for (const text of texts) {
      const now = test(text);
      if (now) held++;
      expect(now).toBe(pattern.test(text));
      // Line by line too: shorter texts, most without any.
      for (const line of text.split('\n').slice(0, 40)) expect(test(line)).toBe(pattern.test(line));
    }
    expect(held).toBeGreaterThan(20);
  });

  it('leaves the conversions as they were: traditional, regional and variant forms still converted, simplified text unchanged', () => {
    expect(traditionalToSimplified('國務院關於進一步加強')).toBe('国务院关于进一步加强');
    expect(toMainland('衞生署')).toBe('卫生署');
    expect(toMainland('国务院关于进一步加强', 'simplified')).toBe('国务院关于进一步加强');
    expect(toMainland('', 'simplified')).toBe('');
  });
});

describe('isProse remembered by line', () => {
  /** The prose test as features.ts computes it. */
  const computed = (line: string) => {
    const han = hanCount(line);
    if (han < 15 || han / visibleLength(line) < 0.5) return false;
    const clauses = line.replace(/《[^》]*》/g, '').match(/[，,]/g)?.length ?? 0;
    return sentenceEnds(line) >= 1 || (clauses >= 3 && han >= 30);
  };

  it('answers as computed, asked once, again, and after the memo is emptied when full', () => {
    const lines = [
      '国务院总理李强主持召开国务院常务会议，研究部署进一步做好就业工作。',
      '首页 > 新闻中心 > 要闻动态',
      '《关于进一步加强和改进新形势下高校宣传思想工作的意见》，《意见》，《通知》',
      '会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展',
      '',
      'Copyright © 2024 All Rights Reserved.',
    ];
    for (const line of lines) expect([line, isProse(line)]).toEqual([line, computed(line)]);
    for (const line of lines) expect([line, isProse(line)]).toEqual([line, computed(line)]);
    for (let i = 0; i < 5000; i++) isProse(`第${i}行：会议强调，要认真贯彻落实党中央决策部署，切实抓好各项工作。`);
    for (const line of lines) expect([line, isProse(line)]).toEqual([line, computed(line)]);
  });
});
