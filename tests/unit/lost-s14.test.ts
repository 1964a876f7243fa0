// Body text that encoding-damage marking took with it (fourteenth session):
// the out-of-step residue after a gloss remnant, and template blanks taken for
// junk. Lines copied from the raw pages named in the rules' comments.
import { describe, expect, it } from 'vitest';
import { findDamage } from '../../scripts/ingest/lib/damage-spans.ts';

const runs = (line: string) => findDamage(line).map((s) => line.slice(s.start, s.end));

describe('residue after a gloss remnant', () => {
  it('joins the run: other-script and rare characters, a stray byte, a trail byte (yh18, txcsxy)', () => {
    expect(runs(',形成工作合力。交通運輸?shù)炔块T要精心組織,扎實推')).toEqual(['?shù)炔块T']);
    expect(runs('婦幼健康領(lǐng)域?qū)<页鱿,介紹黨的十八大以')).toEqual(['?qū)<页鱿']);
  });
  it('stops at a common character of the line\'s script (kwongyang mirror, rzpgrj)', () => {
    expect(runs('中讀書的時候?qū)W校曾組織觀')).toEqual(['?qū)W']);
    expect(runs('迎,祝愿你們?cè)谛碌膶W(x')).not.toContain('?cè)谛碌膶W(x');
  });
  it('needs a character of the other script: rare ones of the line\'s own script alone stay text', () => {
    const line = '交通運輸?shù)炔要精心組織';
    expect(runs(line)).toEqual(['?shù)']);
  });
});

describe('template blanks', () => {
  it('are kept as written (gdygsk, xidihaij, zuancaijixie)', () => {
    expect(runs('推动学习型龙陵建设,我县将于20__年__月__日—__月__日在县宣传文化中心举办')).toEqual([]);
    expect(runs('这里隆重举行20__级新生开学典礼，')).toEqual([]);
    expect(runs('诞前夕，很高兴以__身份参加市委办公')).toEqual([]);
  });
  it('a single underscore of a broken pair inside mojibake is still damage', () => {
    expect(runs('抓作风就是?lián)敗_B日来').join('')).toContain('_B');
  });
});

describe('an orphan gloss after punctuation', () => {
  it('is the lost character that opened the clause; one mark stays the text\'s (zuancaijixie, gzqyzjbc)', () => {
    expect(runs('軍也無力南下,唐朝天下得以保全,F(xiàn)在江南一帶和臺灣地區')).toEqual(['F(xiàn)']);
    expect(runs('目建設(shè)學(xué)!,F(xiàn)面向社會公示,接受公')).toEqual(['!,F(xiàn)']);
  });
});
