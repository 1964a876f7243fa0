// The whole-batch steps of ingest remembered between runs (the sites' learned-
// template plans, a repost cluster's frontmatter) give what the whole run gives:
// after a document of a site changes, one is added and one deleted, run after
// run on the same cache files.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildCache } from '../../core/cache/build-cache.ts';
import { removeLearnedBoilerplate, removeLearnedBoilerplateWith, render, type SitePlan } from '../../scripts/ingest/boilerplate.ts';
import { learnedMemo } from '../../scripts/ingest/batch.ts';
import { cacheKey, ResultCache } from '../../scripts/ingest/cache.ts';
import { account, rememberedWithMeta } from '../../scripts/ingest/merge.ts';
import { ingestOne, type IngestResult } from '../../scripts/ingest/pipeline.ts';

const work = mkdtempSync(path.join(tmpdir(), 'ingest-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const encode = (text: string) => new TextEncoder().encode(text);
interface Raw {
  path: string;
  text: string;
}
const seen = new Map<string, string>();
/** One raw file's result (a fresh copy, as the cache gives one) and its key, as ingest's cache names it (path and bytes). */
const ingested = (raw: Raw) => {
  const bytes = encode(raw.text);
  const key = cacheKey(raw.path, createHash('sha256').update(bytes).digest('hex'));
  let json = seen.get(key);
  if (json === undefined) seen.set(key, (json = JSON.stringify(ingestOne({ path: raw.path, bytes }))));
  return { result: JSON.parse(json) as IngestResult, key };
};

// A county site whose reports end in its two template lines, a second site with
// a footer of its own, and a file of a third site.
const TEMPLATE = ['廉洁清风 护航发展', '县纪委监委宣传部 制作'];
const FOOTER = ['阳光政务 服务为民', '城市之窗编辑部 整理'];
const REPORTS = [
  ['县纪委监委召开专题会议', '3月5日，县纪委监委召开专题会议，传达学习上级会议精神，要求全体干部把纪律和规矩挺在前面。', '会议强调，要坚持问题导向，聚焦群众身边的不正之风和腐败问题，持续开展专项整治，以实际成效取信于民。'],
  ['县纪委监委开展廉政教育活动', '4月12日，县纪委监委组织党员干部赴廉政教育基地参观学习，筑牢拒腐防变思想防线。', '活动中，大家重温入党誓词，观看警示教育片，纷纷表示要以案为鉴、以案促改，做到警钟长鸣。'],
  ['县纪委监委督查节日期间作风建设', '5月1日前后，县纪委监委派出督查组，对节日期间作风建设情况开展明察暗访，督促各单位落实要求。', '督查组重点检查公车私用、违规吃喝等问题，对发现的问题当场反馈、限期整改，形成有力震慑。'],
  ['县纪委监委举办业务培训班', '6月8日，县纪委监委举办纪检监察干部业务培训班，邀请专家授课，要求学员提升履职能力。', '培训围绕监督检查、审查调查、案件审理等内容展开，参训人员表示收获很大，将把所学运用到实际工作中。'],
  ['县纪委监委通报典型问题', '7月2日，县纪委监委通报三起违反中央八项规定精神典型问题，要求各级党组织引以为戒。', '通报指出，各单位要严格落实主体责任，把作风建设抓在日常、严在经常，坚决防止“四风”反弹回潮。'],
];
const NOTICES = [
  ['市政府召开常务会议', '市政府召开常务会议，研究部署当前经济运行和安全生产工作，要求各部门压实责任。', '会议指出，今年以来全市经济运行稳中有进，但外部环境依然复杂，各部门要抓住关键环节，确保全年目标任务顺利完成。'],
  ['市政府召开防汛工作会议', '会议要求，各地各部门要立足于防大汛、抗大洪、抢大险，切实做好各项防汛准备工作。', '会议强调，要加强监测预警，完善应急预案，落实巡查值守制度，确保人民群众生命财产安全和城市运行平稳有序。'],
  ['市政府召开教育工作会议', '会议强调，要坚持教育优先发展，持续改善办学条件，推动城乡教育均衡发展。', '会议要求，各区县要加大教育投入，加强教师队伍建设，办好人民满意的教育，为全市高质量发展提供人才支撑。'],
];
const county = (i: number, lines = REPORTS[i]!): Raw => ({ path: `qingfeng-county/${i}.txt`, text: [...lines, ...TEMPLATE].join('\n') + '\n' });
const city = (i: number): Raw => ({ path: `city-portal/${i}.txt`, text: [...NOTICES[i]!, ...FOOTER].join('\n') + '\n' });
const other: Raw = { path: 'elsewhere/0.txt', text: [...REPORTS[0]!, ...TEMPLATE].join('\n') + '\n' };

describe('the learned templates, each site planned once and remembered', () => {
  const dir = path.join(work, 'learned');
  const wholeRun = (raws: Raw[]) => removeLearnedBoilerplate(raws.map((r) => ingested(r).result));
  /** One run over `raws` with the memo's cache files as the last run left them; how many sites were planned anew. */
  async function incremental(raws: Raw[]) {
    const version = 'test';
    const cache = new ResultCache(dir, version, 'learned');
    await cache.open();
    const sites = await BuildCache.open<SitePlan>(cache.dir, 'sites', '');
    const batch = raws.map(ingested);
    const results = batch.map((b) => b.result);
    const memo = learnedMemo(cache, batch.map((b) => b.key), results, { count: 0 }, sites);
    let planned = 0;
    const set = memo.sites!.set;
    memo.sites!.set = (site, members, plan) => {
      planned++;
      set(site, members, plan);
    };
    const out = await removeLearnedBoilerplateWith(results, memo, async (relearn) => relearn.map(({ meta, blocks }) => render(meta, blocks)));
    await cache.save();
    await sites.save();
    return { ...out, planned };
  }

  const first = [county(0), county(1), county(2), county(3), city(0), city(1), city(2), other];
  const changed = [county(0), county(1, [REPORTS[1]![0]!, '4月12日，县纪委监委组织新任职干部开展廉政谈话，提醒大家守住底线。']), county(2), county(3), city(0), city(1), city(2), other];
  const added = [...changed.slice(0, 4), county(4), ...changed.slice(4)];
  const deleted = added.filter((r) => r.path !== 'qingfeng-county/0.txt' && r.path !== 'city-portal/2.txt');

  it('gives the whole run’s documents and patterns after a change, an addition and a deletion', { timeout: 120_000 }, async () => {
    for (const [name, raws, planned] of [
      ['first run', first, 2],
      ['unchanged', first, 0],
      ['a document changed', changed, 1],
      ['a document added', added, 1],
      // The city site down to two files learns nothing, and is not planned.
      ['documents deleted', deleted, 1],
      ['unchanged again', deleted, 0],
    ] as const) {
      const run = await incremental([...raws]);
      const whole = wholeRun([...raws]);
      expect(run.results, name).toEqual(whole.results);
      expect(run.learned, name).toEqual(whole.learned);
      expect(run.planned, name).toBe(planned);
    }
  });

  it('learned what the fixture is for: both sites’ templates', () => {
    const { learned } = wholeRun(added);
    expect(learned.map((l) => [l.site, l.text])).toEqual([...TEMPLATE.map((t) => ['qingfeng-county', t]), ...FOOTER.map((t) => ['city-portal', t])]);
  });
});

describe('a repost cluster’s frontmatter, remembered', () => {
  const SPEECH = [
    '在全县经济工作会议上的讲话',
    '同志们：',
    '今天我们召开全县经济工作会议，主要任务是总结今年经济工作，分析当前经济形势，部署明年经济工作。',
    '今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳、稳中有进，主要经济指标保持在合理区间。',
    '明年是实施“十四五”规划承上启下的关键一年，做好明年经济工作意义重大，全县各级各部门要切实增强责任感和紧迫感。',
  ];
  const copy = (site: string, extra: string[] = []): Raw => ({ path: `${site}/speech.txt`, text: [...SPEECH, ...extra].join('\n') + '\n' });
  const dir = path.join(work, 'with-meta');
  const wholeRun = (raws: Raw[]) => account(raws.map((r) => ingested(r).result as IngestResult));
  async function incremental(raws: Raw[]) {
    const cache = await BuildCache.open<string>(dir, 'with-meta', '');
    const out = account(raws.map((r) => ingested(r).result), undefined, rememberedWithMeta(cache));
    await cache.save();
    return { out, stats: { ...cache.stats } };
  }
  const first = [copy('county'), copy('mirror', ['责任编辑：王芳']), copy('city')];
  const changed = [copy('county'), copy('mirror', ['责任编辑：李明']), copy('city')];
  const added = [...changed, copy('portal', ['来源：县融媒体中心'])];
  const deleted = added.filter((r) => !r.path.startsWith('city/'));

  it('gives the whole run’s documents after a change, an addition and a deletion', { timeout: 120_000 }, async () => {
    for (const [name, raws, misses] of [
      ['first run', first, 1],
      ['unchanged', first, 0],
      ['a copy changed', changed, 1],
      ['a copy added', added, 1],
      ['a copy deleted', deleted, 1],
      ['unchanged again', deleted, 0],
    ] as const) {
      const { out, stats } = await incremental([...raws]);
      const whole = wholeRun([...raws]);
      expect(out.documents.map((d) => d.mdx), name).toEqual(whole.documents.map((d) => d.mdx));
      expect(out.merged, name).toEqual(whole.merged);
      expect(stats.misses, name).toBe(misses);
    }
  });

  it('merged what the fixture is for: one document listing its copies', () => {
    const { documents, merged } = wholeRun(added);
    expect(documents).toHaveLength(1);
    expect(merged).toHaveLength(3);
    expect(documents[0]!.mdx).toContain('reposts:');
  });
});
