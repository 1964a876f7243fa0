import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { markDamage } from '../../scripts/ingest/stages/damage.ts';
import { stripPinyin } from '../../scripts/ingest/stages/pinyin.ts';
import { convertScript } from '../../scripts/ingest/stages/script.ts';
import { countSyllables, hasTone } from '../../scripts/ingest/lib/pinyin.ts';
import type { IngestFile } from '../../scripts/ingest/types.ts';

const seed = (name: string) => readFileSync(new URL(`../../content/raw/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => readFileSync(new URL(`../fixtures/pinyin/${name}`, import.meta.url), 'utf8');

function fileOf(text: string): IngestFile {
  const file = createFile({ path: 'doc.txt', bytes: new TextEncoder().encode(text) });
  file.value = text;
  return file;
}

function stripped(text: string): IngestFile {
  const file = fileOf(text);
  stripPinyin(file);
  return file;
}

/** Any bracket holding only pinyin letters, tone marks or numbers. */
const ANY_GLOSS = /[(（][a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ1-5 ]+[)）]/;

describe('countSyllables and hasTone', () => {
  it('read tone marks, tone numbers, ü written v and several syllables', () => {
    expect(countSyllables('fā')).toBe(1);
    expect(countSyllables('zhōng guó')).toBe(2);
    expect(countSyllables('zhōngguó')).toBe(2);
    expect(countSyllables('Běijīng')).toBe(2);
    expect(countSyllables('lü4')).toBe(1);
    expect(countSyllables('nv3')).toBe(1);
    expect(hasTone('fa1')).toBe(true);
    expect(hasTone('lǜ')).toBe(true);
    expect(hasTone('de')).toBe(false);
  });

  it('refuse abbreviations and words that are not pinyin', () => {
    for (const word of ['CT', 'PPP', 'test', 'WTO', '2012', '试行']) expect(countSyllables(word)).toBe(0);
  });
});

describe('stripPinyin', () => {
  it('removes the glosses of a Big5-era forum post and keeps every real bracket', () => {
    const file = stripped(fixture('forum-glossed.txt'));
    expect(String(file.value)).toBe(fixture('forum-glossed.expected.txt'));
    expect(file.messages.map((m) => m.reason)).toEqual(['removed 9 pinyin glosses']);
  });

  it('records the removed glosses as one provenance entry listing each distinct gloss', () => {
    const file = stripped('發(fā)展要發(fā)力，中國（zhōng guó）發(fā)聲。');
    expect(file.data.removed).toEqual([{ stage: 'pinyin', reason: '4 pinyin glosses after Han characters', text: '(fā) （zhōng guó）' }]);
  });

  it('leaves simplified text with ordinary brackets untouched', () => {
    const text = fixture('plain-parentheses.txt');
    const file = stripped(text);
    expect(String(file.value)).toBe(text);
    expect(file.messages).toEqual([]);
    expect(file.data.removed).toEqual([]);
  });

  it('keeps a toneless syllable in brackets unless the document glosses with tones elsewhere', () => {
    expect(String(stripped('他的(de)意见。').value)).toBe('他的(de)意见。');
    expect(String(stripped('這是他們(men)的(de)發(fā)言稿，內(nèi)容很好。').value)).toBe('這是他們的發言稿，內容很好。');
  });

  it('takes a lone letter for a label unless it carries a tone mark', () => {
    expect(String(stripped('見附表(a1)和條款(e)。').value)).toBe('見附表(a1)和條款(e)。');
    expect(String(stripped('啊(ā)，好。').value)).toBe('啊，好。');
  });

  it('never takes a gloss longer than the characters before it, nor one after Latin text', () => {
    const text = '我(wǒ men)们，版本A(fā)。';
    expect(String(stripped(text).value)).toBe(text);
  });

  it('removes a gloss left after a □ that replaced its character', () => {
    expect(String(stripped('我再□(qiáng)調(diào)幾點意見').value)).toBe('我再□調幾點意見');
  });

  it('leaves no pinyin gloss in seeds 000, 001 and 004 after the damage stage', () => {
    for (const name of ['000_451d7acc14fba13a.txt', '001_90304c2930f3b0db.txt', '004_f686e9c13470da21.txt']) {
      const file = fileOf(seed(name));
      markDamage(file);
      stripPinyin(file);
      const text = String(file.value);
      expect(text).not.toMatch(ANY_GLOSS);
      expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
      expect(file.messages.some((m) => m.ruleId === 'pinyin')).toBe(true);
    }
  });

  it('joins the characters a gloss separated (seed 000)', () => {
    const file = fileOf(seed('000_451d7acc14fba13a.txt'));
    stripPinyin(file);
    expect(String(file.value)).toContain('在許多重要會議、重要活動、重要場合發表了重要講話');
    expect(String(file.value)).toContain('內容豐富');
  });
});

describe("stripPinyin on a content farm's copy of a provincial news item", () => {
  // Traditional characters with a gloss after most of them: 建設(shè)農(nóng)業(yè).
  it('leaves no gloss and no toned syllable, and the simplified text reads as the page', () => {
    const file = fileOf(fixture('provincial-news-glossed.txt'));
    for (const stage of [markDamage, stripPinyin, convertScript]) stage(file);
    const text = String(file.value);
    expect(text).not.toMatch(ANY_GLOSS);
    expect(text).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/);
    expect(text.split('\n')[0]).toBe('锚定加快建设农业强省目标 奋力谱写高质量发展新篇章');
    expect(text).toContain('2月18日,全省农业农村局长会议在西安召开。会议深入学习贯彻党的二十大精神');
    expect(text).toContain('总结2022年工作,分析当前形势,交流工作经验,安排2023年工作。');
    expect(file.data.raw.script).toBe('traditional');
    expect(file.messages.filter((m) => m.ruleId === 'damage')).toEqual([]);
  });
});
