// What the site shows a reader: the cleaning log and warnings in Chinese,
// damaged and derived titles, redactions, the glossary order, the speakers'
// initials, and the citation's online date. Warning texts and removals are
// those ingest wrote for documents of the sample corpus and the site fixtures.
import { describe, expect, it } from 'vitest';
import { knownWarning, removalLabel, stageLabel, warningLabel } from '../../src/lib/cleaning-labels.ts';
import { titleRuns, titleStatus } from '../../src/lib/title.ts';
import { plainRedactions, redactionRuns } from '../../src/lib/redaction.ts';
import { bySloganOrder, leadingNumber, sloganGroups } from '../../src/lib/slogan-order.ts';
import { groupByInitial, initialOf, pinyinOf } from '../../src/lib/speakers.ts';
import { citationOf, onlineDate } from '../../src/lib/cite-document.ts';

const hasLatinWords = (text: string) => /[A-Za-z]{3,}/.test(text.replace(/“[^”]*”|…[^…]*…/g, ''));

describe('warnings in Chinese', () => {
  // [reason, rule id, stage, what the page says]
  const cases: [string, string, string, string][] = [
    [
      'encoding damage replaced by □: "?lián)敗_B" in "ā)展,抓作風就是勇?lián)敗_B日來,全市衛(wèi"',
      'damage',
      'damage',
      '乱码已替换为 □：原始文本为“?lián)敗_B”，在“ā)展,抓作風就是勇?lián)敗_B日來,全市衛(wèi”中',
    ],
    [
      'title glued to the first sentence and cut at a damage mark: "抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇□" — the end of the title and the start of the first sentence may be lost',
      'title-damaged',
      'structure',
      '标题与正文首句相连，在乱码处截断为“抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇□”：标题结尾和首句开头可能有缺失',
    ],
    ['repeated text dropped: lines 8–12 repeat lines 3–7', 'repeat', 'repeats', '已删去重复文字：第 8–12 行与第 3–7 行相同'],
    [
      'watermark removed: site name "老秘网" inside a sentence: …段。当前,正是我[老秘网]县深化医药卫生体…',
      'watermark',
      'watermark',
      '已删去插在句中的网站名称“老秘网”：…段。当前,正是我[老秘网]县深化医药卫生体…',
    ],
    ["speech without a stated delivery date: the page's date 2023-08-30 is not the day it was given, so no date is set", 'date-unsure', 'dates', '日期留空：网页上的日期2023年8月30日不是讲话当天，未作为讲话日期'],
    ['region left empty: the text speaks of its own 县 but does not name it', 'region-unsure', 'region', '地区留空：正文说到“本县”，却没有写出名称'],
    [
      'type unsure: the cue rules say report, the structure model speech (log odds 0.00, below 1.39); kept report',
      'type-unsure',
      'classify',
      '文档类型不确定：按用语与按结构判断的类型不同，保留按用语判断的类型',
    ],
    ['speakers: the speech names more than one speaker (王建国, 李红梅); left empty', 'speakers-unsure', 'speakers', '讲话人留空：文中出现多位讲话人（王建国、李红梅）'],
  ];
  it('says each kind of warning ingest gives in Chinese by its rule id, keeping what the reason quotes', () => {
    for (const [reason, ruleId, source, label] of cases) {
      expect(knownWarning({ reason, ruleId, source }), reason).toBe(true);
      expect(warningLabel({ reason, ruleId, source }), reason).toBe(label);
    }
  });
  it("says a reason worded otherwise by its rule's label", () => {
    expect(warningLabel({ reason: 'repeated text dropped at the end', ruleId: 'repeat', source: 'repeats' })).toBe('已删去重复文字');
    const reason = 'region left empty: 朝阳区 names divisions in several places and the text does not say which';
    expect(warningLabel({ reason, ruleId: 'region-unsure', source: 'region' })).toBe('地区留空：正文所说的地方不止一处，或只是顺带提及，不能确定文档所属地区');
  });
  it('reads the rule id, not the wording: the same words under another rule are not that warning', () => {
    const reason = 'repeated text dropped: lines 8–12 repeat lines 3–7';
    expect(warningLabel({ reason, ruleId: 'title-damaged', source: 'structure' })).toBe('标题在乱码处截断：标题结尾可能有缺失');
  });
  it('says a warning under a removal rule by that rule, and an unknown one by its stage, only in Chinese', () => {
    expect(warningLabel({ reason: 'paywall text left in the middle of the body', ruleId: 'paywall', source: 'chrome' })).toBe('付费或下载提示');
    const unknown = { reason: 'converted from traditional script', ruleId: 'script-mixed', source: 'script' };
    expect(knownWarning(unknown)).toBe(false);
    expect(warningLabel(unknown)).toContain('繁体转简体');
    expect(hasLatinWords(warningLabel(unknown))).toBe(false);
    expect(hasLatinWords(warningLabel({ ...unknown, source: 'somewhere-new' }))).toBe(false);
  });
});

describe('the cleaning log in Chinese', () => {
  it('labels stages and the rules that removed text, keeping the detail a reason carries', () => {
    expect(stageLabel('chrome')).toBe('删去网页杂项');
    expect(removalLabel({ stage: 'chrome', rule: 'byline', reason: 'byline', text: '本报记者 颜小镇 文/图' })).toBe('记者、作者署名');
    expect(removalLabel({ stage: 'repeats', rule: 'repeated-run', reason: 'repeat of lines 3–7', text: '…' })).toBe('重复的文字：与第 3–7 行相同');
    expect(removalLabel({ stage: 'watermark', rule: 'site-name-in-sentence', reason: 'site name inside a sentence: …我[老秘网]县…', text: '老秘网' })).toBe('插在句中的网站名称：…我[老秘网]县…');
    expect(removalLabel({ stage: 'damage', reason: 'encoding damage, replaced by □', text: '?lián)敗_B' })).toBe('乱码，已替换为 □');
    expect(removalLabel({ stage: 'pinyin', reason: '12 pinyin glosses after Han characters', text: '(fā)' })).toBe('汉字后的拼音注音（12 处）');
  });
  it('falls back to the stage for a reason it does not know, never to English', () => {
    const label = removalLabel({ stage: 'structure', reason: 'some new kind of line', text: 'x' });
    expect(label).toBe('整理标题与版式');
    expect(removalLabel({ stage: 'somewhere-new', reason: 'why', text: 'x' })).toBe('其他处理');
  });
});

describe('title status', () => {
  it('marks a title holding □ or cut at one as damaged, one from the first sentence as derived; both are supplied', () => {
    expect(titleStatus({ title: '抓作风就是讲政治，抓作风就是谋发展，抓作风就是勇□', titleSource: 'found', warnings: [] })).toEqual({ derived: false, damaged: true, supplied: true });
    expect(titleStatus({ title: '学习重要讲话精神的体会', titleSource: 'derived', warnings: [] })).toEqual({ derived: true, damaged: false, supplied: true });
    const cut = 'title glued to the first sentence and cut at a damage mark: "抓作风就是讲政治" — the end of the title and the start of the first sentence may be lost';
    expect(titleStatus({ title: '抓作风就是讲政治', titleSource: 'found', warnings: [{ reason: cut, ruleId: 'title-damaged', source: 'structure' }] }).damaged).toBe(true);
    expect(titleStatus({ title: '在全区卫生健康工作会议上的讲话', titleSource: 'found', warnings: [{ reason: 'repeated text dropped: lines 8–12 repeat lines 3–7', ruleId: 'repeat', source: 'repeats' }] }).supplied).toBe(false);
  });
  it('splits a title into text and damage marks', () => {
    expect(titleRuns('就是勇□□担当')).toEqual([{ text: '就是勇', damage: false }, { text: '□□', damage: true }, { text: '担当', damage: false }]);
  });
});

describe('redactions', () => {
  it('finds every run of * and shows it as ▨ in plain text', () => {
    const text = '今后一段时期*卫健系统党建工作，克服**重业务轻党建';
    expect(redactionRuns(text).filter((r) => r.redacted).map((r) => r.text)).toEqual(['*', '**']);
    expect(redactionRuns(text).map((r) => r.text).join('')).toBe(text);
    expect(plainRedactions(text)).toBe('今后一段时期▨卫健系统党建工作，克服▨▨重业务轻党建');
  });
});

describe('glossary order', () => {
  it('orders by the leading number, then by pinyin; slogans without a number last', () => {
    const slogans = ['四个意识', '十二五', '三严三实', '两个维护', '一老一小', '7个能力', '五早', '创先争优', '三会一课', '一手硬一手软', '党建引领'];
    expect([...slogans].sort(bySloganOrder)).toEqual(['一老一小', '一手硬一手软', '两个维护', '三会一课', '三严三实', '四个意识', '五早', '7个能力', '十二五', '创先争优', '党建引领']);
    expect(leadingNumber('二十大精神')).toBe(20);
    expect(leadingNumber('创先争优')).toBeUndefined();
  });
  it('cuts the glossary into sections by leading number, one number written two ways in one, then by pinyin initial', () => {
    const slogans = ['作风建设', '七个能力', '一老一小', '创先争优', '7个能力', '党建引领', '两个维护', '成效清单', '一岗双责', 'ABC'];
    const groups = sloganGroups([...slogans].sort(bySloganOrder).map((slogan) => ({ slogan })));
    expect(groups.map((g) => [g.label, g.entries.map((e) => e.slogan)])).toEqual([
      ['一', ['一岗双责', '一老一小']],
      ['两', ['两个维护']],
      ['7、七', ['7个能力', '七个能力']],
      ['C', ['成效清单', '创先争优']],
      ['D', ['党建引领']],
      ['Z', ['作风建设']],
      ['A', ['ABC']],
    ]);
  });
});

describe('speakers by initial', () => {
  it('reads the initial of a surname as a surname, groups A–Z then the rest', () => {
    expect(['朱烜', '唐荣', '单雄信', '曾国藩', '区长青'].map(initialOf)).toEqual(['Z', 'T', 'S', 'Z', 'O']);
    expect(pinyinOf('朱烜')).toBe('zhuxuan');
    const groups = groupByInitial([{ name: '朱烜' }, { name: '唐荣' }, { name: '张华' }, { name: 'Ｘ某' }]);
    expect(groups.map((g) => [g.initial, g.people.map((p) => p.name)])).toEqual([['T', ['唐荣']], ['Z', ['张华', '朱烜']], ['#', ['Ｘ某']]]);
  });
});

describe('citation of a document', () => {
  it('takes the online publication date from the page’s 发布时间, not the day of the speech', () => {
    expect(onlineDate('2023-8-30 10:47:03')).toBe('2023-08-30');
    expect(onlineDate('二〇一二年六月六日')).toBe('2012-06-06');
    expect(onlineDate('2022')).toBe('2022');
    expect(onlineDate('本站原创')).toBeUndefined();
    const speech = { title: '在全区卫生系统创先争优活动座谈会上的总结讲话', titleSource: 'found' as const, warnings: [], type: 'speech', speakers: [{ name: '朱烜' }], source: {} };
    expect(citationOf(speech)).toEqual({ creators: ['朱烜'], title: speech.title });
    const report = { title: '抓作风就是讲政治 抓作风就是勇□', titleSource: 'found' as const, warnings: [], type: 'report', speakers: [], source: { authors: ['王任飞', '谈建荣'], published: '2022-09-27' } };
    expect(citationOf(report)).toEqual({ creators: ['王任飞', '谈建荣'], title: report.title, titleSupplied: true, published: '2022-09-27' });
  });
});
