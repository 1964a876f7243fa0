import { describe, expect, it } from 'vitest';
import { fixture, ingestText } from '../fixtures/structure/harness.ts';
import { scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';

const cases: [dir: string, name: string, type: string][] = [
  ['structure', 'seeds/000.txt', 'article'],
  ['structure', 'seeds/001.txt', 'speech'],
  ['structure', 'seeds/002.txt', 'speech'],
  ['structure', 'seeds/003.txt', 'interview'],
  ['structure', 'seeds/004.txt', 'report'],
  ['structure', 'speech-subtitle.txt', 'speech'],
  ['structure', 'zhici.txt', 'speech'],
  ['structure', 'split-jubilee.txt', 'speech'],
  ['structure', 'quote-not-turn.txt', 'speech'],
  ['structure', 'forum-no-title.txt', 'speech'],
  ['structure', 'interview-host.txt', 'interview'],
  ['structure', 'qa-turns.txt', 'interview'],
  ['structure', 'report-benbaoxun.txt', 'report'],
  ['structure', 'caption-marked.txt', 'report'],
  ['structure', 'attribution-laiyuan.txt', 'report'],
  ['structure', 'notice-attachment.txt', 'notice'],
  ['structure', 'run-in-headings.txt', 'article'],
  ['structure', 'closing-signature.txt', 'article'],
  ['classify', 'xinhua.txt', 'report'],
  ['classify', 'tongbao.txt', 'notice'],
  ['classify', 'meeting-notice.txt', 'notice'],
  ['classify', 'zhuchici.txt', 'speech'],
  ['classify', 'dangke.txt', 'speech'],
  ['classify', 'gov-work-report.txt', 'speech'],
  ['classify', 'profile-zhuanfang.txt', 'interview'],
  ['classify', 'report-of-speech.txt', 'report'],
  ['classify', 'essay.txt', 'article'],
  ['classify', 'notice-transmits-speech.txt', 'speech'],
  ['classify', 'meeting-report-wechat.txt', 'report'],
  ['classify', 'meeting-headline.txt', 'report'],
];

describe('classify', () => {
  it.each(cases)('%s/%s is a %s', (dir, name, type) => {
    expect(ingestText(fixture(dir, name)).data.meta.type).toBe(type);
  });

  it('keeps the notice of a transmitted speech as its notice part', () => {
    const file = ingestText(fixture('classify', 'notice-transmits-speech.txt'));
    expect(file.data.meta.title).toBe('在全市组织工作会议上的讲话');
    expect(file.data.blocks.filter((b) => b.part === 'notice')).toHaveLength(5);
  });

  it('notes the scores so that a wrong type can be traced', () => {
    const file = ingestText(fixture('structure', 'seeds/003.txt'));
    expect(file.messages.find((m) => m.ruleId === 'type')?.reason).toMatch(/^type interview \(scores .*"interview":6/);
  });

  it('falls back to article below the minimum score and breaks ties towards speech', () => {
    expect(typeOf({ speech: 1, interview: 0, report: 1, notice: 0 })).toBe('article');
    expect(typeOf({ speech: 3, interview: 0, report: 3, notice: 0 })).toBe('speech');
  });

  it('scores 谢谢大家 and 我代表 as speech features', () => {
    const doc = { title: '', titleFound: false, blocks: [], front: [], body: '在此，我代表县委表示感谢。\n谢谢大家！' };
    expect(scoreTypes(doc).speech).toBe(2);
  });
});
