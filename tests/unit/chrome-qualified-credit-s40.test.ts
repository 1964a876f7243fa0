// Editor and reviewer labels with the desk they are signed for in front
// (fortieth session, chromefix3): 网络编辑:石振海 信息审核:石振海 under a county
// portal's notice (yijun.gov.cn, unseen30 b30-yijun), 文稿编辑:曹勇 under a county
// portal's report (snzs.gov.cn, unseen28 b28-snzs). The reprint clause 转载请附上原文出处链接
// of one county news-site system (江华新闻网 unseen31 b31-czjxsdjg, 新田新闻网 nyxt.cn).
import { describe, expect, it } from 'vitest';
import { isQualifiedCreditLine } from '../../scripts/ingest/stages/chrome/credits.ts';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { keptLines } from '../fixtures/chrome/harness.ts';

describe('a credit label with its desk in front', () => {
  it('reads the pages’ lines', () => {
    expect(isQualifiedCreditLine('网络编辑:石振海 信息审核:石振海')).toBe(true);
    expect(isQualifiedCreditLine('文稿编辑:曹勇')).toBe(true);
  });

  it('leaves production-credit its own labels, and values that are no names', () => {
    expect(isQualifiedCreditLine('责任编辑:徐宙超')).toBe(false);
    expect(classifyChrome('责任编辑:徐宙超')?.rule).toBe('production-credit');
    expect(isQualifiedCreditLine('网络编辑:负责网站稿件的编排和审核')).toBe(false);
    expect(isQualifiedCreditLine('信息审核:乡政府办公室')).toBe(false);
  });

  it('goes after the signature; the signature stays (yijun.gov.cn)', () => {
    const text = ['三、严格落实24小时值班和领导带班制度,确保信息畅通。', '云梦乡人民政府', '2018年7月2日'];
    expect(keptLines([...text, '网络编辑:石振海 信息审核:石振海', '扫一扫在手机打开当前页'])).toEqual(text);
  });
});

describe('the reprint clause with 出处 before 链接', () => {
  it('is the disclaimer rule’s on both sites', () => {
    expect(classifyChrome('本文为江华新闻网原创文章,转载请附上原文出处链接和本声明。')?.rule).toBe('disclaimer');
    expect(classifyChrome('本文为新田新闻网原创文章,转载请附上原文出处链接和本声明。')?.rule).toBe('disclaimer');
  });

  it('takes the 来源 and 作者 lines above it with it (江华新闻网)', () => {
    const last = '春节期间要加强对民辅警的关心关爱,科学安排勤务,激励公安队伍始终保持旺盛战斗力和强大凝聚力。';
    expect(keptLines([last, '来源:江华融媒体中心', '作者:刘静', '编辑:刘翥', '本文为江华新闻网原创文章,转载请附上原文出处链接和本声明。'])).toEqual([last]);
  });
});
