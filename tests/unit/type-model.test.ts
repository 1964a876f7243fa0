// The type model: the structural features it reads on real pages, the
// decision between the cue rules' type and the model's, and what the fitted
// model says of real pages of every type when no cue word of the rules is
// there to help (tests/fixtures/classify/pages: sites the model was not fitted on).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFile, cleaningStages, metadataStages, structureStages } from '../../scripts/ingest/pipeline.ts';
import { classify, typeInputs } from '../../scripts/ingest/stages/classify.ts';
import { documentFeatures, type Features } from '../../scripts/ingest/classify/features.ts';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { DEFAULT_MARGIN, OVERRULE_MARGIN, TYPES, decideType, typeProbabilities, type Probabilities } from '../../scripts/ingest/classify/model.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { fixture, ingestText } from '../fixtures/structure/harness.ts';

const NO_CUES = { speech: 0, interview: 0, report: 0, notice: 0, article: 0 };

/** The features of a real page of tests/fixtures/classify/pages as the classify stage reads them. */
function pageFeatures(name: string): Features {
  const file = createFile({ path: name, bytes: readFileSync(new URL(`../fixtures/classify/pages/${name}`, import.meta.url)) });
  for (const stage of [...cleaningStages, ...structureStages, ...metadataStages.slice(0, metadataStages.indexOf(classify))]) stage(file);
  return typeInputs(file).features;
}

/** The features of a title and body lines, no cue rule counted. */
function linesFeatures(title: string | undefined, texts: string[], closing: string[] = []): Features {
  const blocks: Block[] = [...texts.map((text) => ({ kind: 'paragraph' as const, part: 'body' as const, text })), ...closing.map((text) => ({ kind: 'paragraph' as const, part: 'closing' as const, text }))];
  return documentFeatures(documentView(title, blocks, []), title, NO_CUES);
}

const uncued = (f: Features): Features => ({ ...f, cueSpeech: 0, cueInterview: 0, cueReport: 0, cueNotice: 0, cueArticle: 0 });
const top = (p: Probabilities) => TYPES.reduce((a, b) => (p[b] > p[a] ? b : a));

describe('type features on real pages', { timeout: 120_000 }, () => {
  it('a notice: the addressee line, its own 文号, the signature date, the title’s genre word', () => {
    expect(pageFeatures('huzhou-wjw-notice.txt')).toMatchObject({ addressee: 1, docNumber: 1, closingDate: 1, titleNotice: 1, salutation: 0, dateline: 0 });
    expect(pageFeatures('dongyang-gov-notice.txt')).toMatchObject({ addressee: 1, titleNotice: 1, salutation: 0 });
  });

  it('a speech: the salutation, the speaker line under the title, the genre word', () => {
    expect(pageFeatures('xy3yy-speech.txt')).toMatchObject({ salutation: 1, addressee: 0 });
    expect(pageFeatures('dawenge-groundbreaking-speech.txt')).toMatchObject({ salutation: 1, speakerLine: 1, titleSpeech: 1 });
    expect(pageFeatures('isd-hk-national-day-speech.txt')).toMatchObject({ salutation: 1, titleSpeech: 1, dateline: 0 });
  });

  it('an interview: labelled turns in exchange', () => {
    expect(pageFeatures('yixing-gov-interview.txt')).toMatchObject({ exchange: 1 });
    expect(pageFeatures('cctv-interview.txt')).toMatchObject({ exchange: 1, turns: 1 });
  });

  it('a report: a dated event in the first sentence, a paper’s dateline, a byline', () => {
    expect(pageFeatures('tjh-hospital-report.txt')).toMatchObject({ eventLead: 1, salutation: 0 });
    expect(pageFeatures('chinadaily-signing-report.txt')).toMatchObject({ eventLead: 1, addressee: 0 });
    expect(pageFeatures('sina-chongqing-qa-interview.txt')).toMatchObject({ dateline: 1 });
    expect(pageFeatures('liufangtea-report.txt')).toMatchObject({ byline: 1 });
  });

  it('a reporter’s feature on one official shows none of a notice’s, a speech’s or a report’s forms', () => {
    expect(pageFeatures('hangzhou-county-secretary-feature.txt')).toMatchObject({ addressee: 0, docNumber: 0, salutation: 0, speakerLine: 0, dateline: 0, eventLead: 0, exchange: 0 });
  });
});

describe('type features on real lines', () => {
  it('turns whose labels stand on lines of their own (主持人（王跃军）:) take turns', () => {
    const f = linesFeatures('总理和网民互动是倾听“原生态”的声音', [
      '国务院总理与普通网民在网上零距离的交流，可以说成了大家热议的一个话题。',
      '主持人（王跃军）:',
      '您好，欢迎收看今天的《新闻1+1》。',
      '王锡锌:',
      '我觉得总理和网民互动是倾听“原生态”的声音。',
      '主持人（王跃军）:',
      '王教授，总理与普通网民在网上亲密接触，意味着什么？',
      '王锡锌:',
      '这是一个很好的沟通渠道。',
    ]);
    expect(f.labelled).toBeGreaterThan(0.5);
  });

  it('labels of a field list, each used once, are no turns', () => {
    const f = linesFeatures('突发！新疆地震', ['周边县城：震中距伽师县92公里、距阿图什市98公里。', '震中地形：震中5公里范围内平均海拔约1805米。', '历史地震：震中周边200公里内近5年来发生3级以上地震共382次。']);
    expect(f.labelled).toBe(0);
  });

  it('a first sentence telling of what happened on a day, after its source', () => {
    expect(linesFeatures(undefined, ['据中国地震台网正式测定，5月20日13时10分在新疆克孜勒苏州阿图什市发生5.2级地震，震源深度19公里。']).eventLead).toBe(1);
    expect(linesFeatures(undefined, ['2017年10月17日下午，同济医院行政主要负责人调整宣布会在医院行政楼3楼学术报告厅举行。']).eventLead).toBe(1);
    // An essay's opening day is no event.
    expect(linesFeatures(undefined, ['告别2022，迎来2023。']).eventLead).toBe(0);
  });

  it('first person counts the text’s own voice, not the people it quotes', () => {
    const report = linesFeatures(undefined, ['在法国里昂国立应用科学院留学的卢宇表示，他还是个中学生时，就开始关注两会了。“我高中毕业后就出国留学了。当我还在国内读高中时，对两会的关注只停留在考试上。”']);
    expect(report.firstPerson).toBe(0);
    expect(report.thirdPerson).toBeGreaterThan(0);
    const speech = linesFeatures(undefined, ['同志们：', '这次全市组织工作会议是一次重要的会议。下面，我就如何做好今年的组织工作讲几点意见，我们要认真贯彻落实。']);
    expect(speech.firstPerson).toBeGreaterThan(0.5);
    expect(speech.salutation).toBe(1);
    expect(speech.thirdPerson).toBe(0);
  });

  it('a notice’s genre word in the label before the colon counts like one at the end (专题党课：…)', () => {
    expect(linesFeatures('专题党课：从党史中汲取智慧和力量全力推进乡村振兴', ['习近平总书记指出，一个民族要走在时代前列。']).titleSpeech).toBe(1);
    expect(linesFeatures('郑文灿：多元方案解决蛋荒 预估3月初缓解', ['他说，包括种鸡进口。']).titleSpeech).toBe(0);
  });
});

describe('the decision between the rules and the model', () => {
  const probs = (p: Partial<Probabilities>): Probabilities => ({ speech: 0, interview: 0, report: 0, notice: 0, article: 0, ...p });

  it('keeps the rules’ type when the model agrees', () => {
    expect(decideType('report', probs({ report: 0.9, article: 0.1 }))).toEqual({ type: 'report', model: 'report', margin: 0, unsure: false });
  });

  it('keeps the rules’ type and says it is unsure when the model disagrees by less than the margin', () => {
    const d = decideType('article', probs({ report: 0.5, article: 0.3, speech: 0.2 }));
    expect(d.type).toBe('article');
    expect(d.model).toBe('report');
    expect(d.unsure).toBe(true);
    expect(d.margin).toBeLessThan(OVERRULE_MARGIN);
  });

  it('takes the model’s type when it is surer by the margin', () => {
    expect(decideType('article', probs({ report: 0.85, article: 0.1, speech: 0.05 }))).toMatchObject({ type: 'report', unsure: false });
  });

  it('reports but never overrules a speech, an interview or a notice the rules found by their own forms', () => {
    const p = probs({ report: 0.9, interview: 0.05, article: 0.05 });
    expect(decideType('interview', p)).toMatchObject({ type: 'interview', model: 'report', unsure: true });
    expect(decideType('speech', p)).toMatchObject({ type: 'speech', unsure: true });
    expect(decideType('notice', p)).toMatchObject({ type: 'notice', unsure: true });
  });

  it('needs a smaller margin where the rules’ article is only their default', () => {
    const p = probs({ report: 0.6, article: 0.18, speech: 0.22 });
    expect(Math.log(0.6 / 0.18)).toBeGreaterThan(DEFAULT_MARGIN);
    expect(decideType('article', p, false).type).toBe('article');
    expect(decideType('article', p, true).type).toBe('report');
  });
});

describe('the fitted model on real pages whose cue words it is not shown', { timeout: 120_000 }, () => {
  it.each([
    ['365docx-speech.txt', 'speech'],
    ['dawenge-groundbreaking-speech.txt', 'speech'],
    ['isd-hk-national-day-speech.txt', 'speech'],
    ['cctv-interview.txt', 'interview'],
    ['yixing-gov-interview.txt', 'interview'],
    ['huatuo0-tencent-host-interview.txt', 'interview'],
    ['tjh-hospital-report.txt', 'report'],
    ['chinadaily-signing-report.txt', 'report'],
    ['fy58-forum-report.txt', 'report'],
    ['huzhou-wjw-notice.txt', 'notice'],
    ['dongyang-gov-notice.txt', 'notice'],
    ['kwongyang-xinde.txt', 'article'],
  ])('%s reads as a %s from its structure alone', (name, type) => {
    expect(top(typeProbabilities(uncued(pageFeatures(name))))).toBe(type);
  });

  // A county secretary's day told as a feature: its structure (a dated lede,
  // reported speech) is a report's, so the model alone may lean report; the
  // stage, cue rules and model together, must still call it an article.
  it('hangzhou-county-secretary-feature.txt is an article', () => {
    const name = 'hangzhou-county-secretary-feature.txt';
    expect(ingestText(readFileSync(new URL(`../fixtures/classify/pages/${name}`, import.meta.url), 'utf8')).data.meta.type).toBe('article');
  });
});

describe('the stage', { timeout: 60_000 }, () => {
  it('keeps the rules’ interview of a 专访 written as a profile and warns that the structure reads as a report', () => {
    const file = ingestText(fixture('classify', 'profile-zhuanfang.txt'));
    expect(file.data.meta.type).toBe('interview');
    const warning = file.messages.find((m) => m.ruleId === 'type-unsure');
    expect(warning?.reason).toMatch(/^type unsure: the cue rules say interview, the structure model report/);
    expect(warning?.fatal).toBe(false);
  });
});
