// A notice's own heading block against the other lines naming it (titlefix, thirty-second session): the heading block
// under the site's headline or catalogue field (notice-heading-block), and the joint issue's band of issuers left out
// of the title (joint-issuer-band); and the titlefix sample's half A read through the whole pipeline. Expected values
// written by hand from the pages (tests/fixtures/titles-s32/README.md and the evaluation cases named).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile, ingestOne, structureStages } from '../../scripts/ingest/pipeline.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';
import { sameDocument } from '../../scripts/ingest/structure/title-heading-block.ts';
import { expectSampleTitle, titleSample } from './title-sample.ts';

const { dir, labels } = titleSample('titles-s32');

const ingestCase = (path: string) => {
  const at = new URL(`../eval/${path}/`, import.meta.url);
  const raw = readdirSync(at).find((n) => n.startsWith('raw.'))!;
  const result = ingestOne({ path: raw, bytes: readFileSync(new URL(raw, at)) });
  if (result.kind !== 'document') throw new Error(`${path}: not a document`);
  return result;
};

const chosen = (lines: string[]) => chooseTitle(lines, 0)?.block;

describe('notice-heading-block: the heading block under the page’s headline or catalogue field naming it', () => {
  it('b2bpartner.com (unseen26): the site’s headline, the 文号, the issuer and the title over the addressees', () => {
    const lines = ['关于切实做好暑期安全工作的通知', '渭临教安发〔2023〕52号', '渭南市临渭区教育局', '关于切实做好暑期安全工作的通知', '各中心校，高中：', '暑假来临，天气炎热。为切实维护全区广大师生生命安全和校园安全稳定，现就切实做好暑期安全工作通知如下：'];
    expect(chosen(lines)).toMatchObject({ at: 2, rule: 'notice-heading-block', clean: { title: '渭南市临渭区教育局关于切实做好暑期安全工作的通知' } });
  });
  it('glnlw.com (unseen25): the site’s shortened headline over the issuer’s own title line', () => {
    const lines = ['信阳息县全面禁止燃放烟花爆竹的通知', '息县人民政府关于息县全面禁止燃放烟花爆竹的通告', '为加强烟花爆竹安全管理，保障人民生命财产安全，现就有关事项通知如下。'];
    expect(chosen(lines)).toMatchObject({ at: 1, rule: 'notice-heading-block', clean: { title: '息县人民政府关于息县全面禁止燃放烟花爆竹的通告' } });
  });
  it('not a heading that names another document (a forwarded notice’s own title stays)', () => {
    const lines = ['关于做好春季森林防火工作的通知', '关于召开全县安全生产工作会议的通知', '各乡镇人民政府：', '经县政府研究，定于3月5日召开全县安全生产工作会议。'];
    expect(chosen(lines)?.clean.title).toBe('关于做好春季森林防火工作的通知');
  });
  it('not a catalogue field standing over the addressees (名称 …, gzlps.gov.cn: cases c3a-liupanshui)', () => {
    const lines = ['市人民政府办公室关于印发健康六盘水行动推进方案的通知', '名称 市人民政府办公室关于印发健康六盘水行动推进方案的通知', '各县、市、特区、区人民政府，市人民政府各部门、各直属机构：', '经市人民政府同意，现将《健康六盘水行动推进方案》印发给你们，请认真贯彻执行。'];
    expect(chosen(lines)?.rule).toBeUndefined();
  });
  it('not the second line of a wrapped heading, which holds 关于 only inside the title it quotes (casakenia.com: fresh h5-casakenia)', () => {
    const lines = ['安徽省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见', '农村', '安徽省人民政府关于实施', '《国务院关于基础教育改革与发展的决定》的意见', '各市、县人民政府，省政府各部门、各直属机构：', '为认真贯彻落实《国务院关于基础教育改革与发展的决定》和全国基础教育工作会议精神，现结合实际，提出以下实施意见。'];
    expect(chosen(lines)?.clean.title).toBe('安徽省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见');
  });
  it('two lines name one document when the shorter’s character pairs nearly all stand in the longer', () => {
    expect(sameDocument('名 称：关于印发琼中黎族苗族自治县农村集体经济组织“三资”管理暂行规定的通知', '琼中黎族苗族自治县人民政府办公室关于印发琼中黎族苗族自治县农村集体经济组织“三资”管理暂行规定的通知')).toBe(true);
    expect(sameDocument('关于做好春季森林防火工作的通知', '关于召开全县安全生产工作会议的通知')).toBe(false);
  });
});

describe('joint-issuer-band: two or more issuers stacked over the title stay out of it', () => {
  it.each([
    ['345619.com (unseen23)', ['邵文〔2018〕6号', '中共邵阳县委', '邵阳县人民政府', '关于表彰2017年度文明单位和文明乡镇的通报', '（2018年2月26日）', '2017年，全县各级各部门认真贯彻党的十九大和十九届二中全会精神，扎实开展文明创建活动。'], '关于表彰2017年度文明单位和文明乡镇的通报'],
    ['cqyc.gov.cn (unseen19)', ['来苏委发〔2021〕68号', '中共重庆市永川区来苏镇委员会', '重庆市永川区来苏镇人民政府', '关于印发《来苏镇第十一届村民委员会换届选举工作方案》的通知', '各村党总支、村委会：', '《来苏镇第十一届村民委员会换届选举工作方案》已经镇党委同意，现印发给你们，请结合实际，抓好落实。'], '关于印发《来苏镇第十一届村民委员会换届选举工作方案》的通知'],
  ])('%s', (_site, lines, title) => {
    expect(chosen(lines)).toMatchObject({ rule: 'joint-issuer-band', clean: { title } });
  });
  it('a single issuer’s line stays in the title (0561fc.com, unseen2: GB/T 9704’s 发文机关 + 关于…)', () => {
    const lines = ['漳州市公安局巡特警支队', '关于开展警务演练的通告', '为提升巡特警队伍快速反应和应急处置能力，定于近日开展警务演练。'];
    expect(chosen(lines)?.clean.title).toBe('漳州市公安局巡特警支队关于开展警务演练的通告');
  });
});

describe('the whole pipeline on the development cases of the two rules', () => {
  it.each([
    ['unseen26/b26-b2bpartner-linwei-education-bureau-summer-safety-notice', '渭南市临渭区教育局关于切实做好暑期安全工作的通知', 'notice-heading-block'],
    ['unseen24/b24-qiongzhong-rural-collective-three-assets-rules-notice', '琼中黎族苗族自治县人民政府办公室关于印发琼中黎族苗族自治县农村集体经济组织“三资”管理暂行规定的通知', 'notice-heading-block'],
    ['unseen23/b23-345619-shaoyang-county-civilized-units-commendation-bulletin', '关于表彰2017年度文明单位和文明乡镇的通报', 'joint-issuer-band'],
    ['unseen19/b19-cqyc-laisu-village-election-plan-notice', '关于印发《来苏镇第十一届村民委员会换届选举工作方案》的通知', 'joint-issuer-band'],
    ['unseen9/b9-pucheng-edu-good-example-forward-notice', '蒲城县教育局关于转发省委高教工委 省教育厅进一步做好“我身边的好典型”评选活动的通知', undefined],
  ])('%s', (path, title, rule) => {
    const result = ingestCase(path);
    expect(result.meta.titleSource).toBe('found');
    expect(result.meta.title).toBe(title);
    // The rule's id reaches the cleaning log (the structure stage's messages).
    const at = new URL(`../eval/${path}/`, import.meta.url);
    const raw = readdirSync(at).find((n) => n.startsWith('raw.'))!;
    const file = createFile({ path: raw, bytes: readFileSync(new URL(raw, at)) });
    for (const stage of [...cleaningStages, ...structureStages]) stage(file);
    const ids = file.messages.filter((m) => m.source === 'structure').map((m) => m.ruleId);
    if (rule === undefined) expect(ids.filter((id) => id === 'notice-heading-block' || id === 'joint-issuer-band')).toEqual([]);
    else expect(ids).toContain(rule);
  }, 60_000);
});

describe('the titlefix sample, half A: headlines under menus, banners and breadcrumbs through the whole pipeline', () => {
  const pages = labels.filter((l) => l.half === 'A');
  it.each(pages.map((l) => [l.file, l.title] as const))('%s → %s', (file, title) => expectSampleTitle(dir, file, title), 60_000);
});
