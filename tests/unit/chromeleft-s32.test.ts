// Chrome left at a body's edges (thirty-second session, chromeleft). The class
// sample: 12 pages of 12 sites no evaluation set holds, their chrome strings and
// body edges written by hand from the raw before any run (NOTE.md of each says
// why). Half A (tests/fixtures/edges, beside the edge model's other fixtures) was
// read and fitted to; half B (tests/fixtures/edges-s32b) is only counted with
// `npm run eval -- --cases tests/fixtures/edges-s32b`, so here it is only checked
// for being well formed. The rows this change adds or widens in the chrome rule
// table (rules.ts: reader-appeal, login-form, more-elsewhere, journal-data) are
// run on the development pages they were written from, through the cleaning
// stages up to and with the chrome stage, as the rules' sources are read.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages } from '../../scripts/ingest/pipeline.ts';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');
const afterChrome = cleaningStages[cleaningStages.indexOf(stripChrome) + 1]!;

function sample(half: 'A' | 'B') {
  const folder = half === 'A' ? 'edges' : 'edges-s32b';
  const root = new URL(`../fixtures/${folder}/`, import.meta.url);
  return readdirSync(root)
    .filter((slug) => slug.includes('-chromeleft-s32-'))
    .map((slug) => {
      const dir = new URL(`${slug}/`, root);
      const meta = JSON.parse(readFileSync(new URL('meta.json', dir), 'utf8'));
      const note = existsSync(new URL('NOTE.md', dir)) ? readFileSync(new URL('NOTE.md', dir), 'utf8') : '';
      const body = readFileSync(new URL('expected.txt', dir), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      return { slug, meta, note, body, seen: `${meta.site} fixture:${folder}/${slug}/raw.txt` };
    });
}

describe('the chromeleft sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line', (_slug, c) => {
    const kept = squeeze(linesSeen(c.seen, afterChrome).join('\n'));
    for (const line of c.body) expect(kept).toContain(squeeze(line));
  });

  it('journal.wf.pub: the library class code under the speech goes (journal-data, CLASS_CODE)', () => {
    const c = sample('A').find((s) => s.slug === 'wfpub-chromeleft-s32-speech')!;
    expect(linesSeen(c.seen, afterChrome)).not.toContain('S731.2(绿化建设)');
  });
});

/** Development pages the widened rows take a line of: [rule, site and case, the line as the page prints it]. */
const TAKEN: [string, string, string][] = [
  ['reader-appeal', 'www.xjzclk.com.cn eval:k2-xjzclk-mayor-development-zone-onsite-meeting-speech', '如果喜欢本篇内容,请赞赏鼓励哦!'],
  ['reader-appeal', 'www.hypds.cn eval:k3-hypds-huangmei-county-head-maliang-testing-inspection-report', '详情请关注本台播出的《黄梅新闻》'],
  ['reader-appeal', 'www.qingyangwang.com.cn eval:c26-qingyangwang-xifeng-cppcc-civilized-city-infrastructure-report', '打开微信,点击 “ 发现 ” ,使用 “ 扫一扫 ” 即可将网页分享至朋友圈。'],
  ['login-form', 'ningxian.gov.cn eval:b27-ningxian-zhangmaolong-safety-emergency-inspection-report', '账号+密码登录'],
  ['login-form', 'pc.yun.jxntv.cn eval:b26-jxntv-anyi-traffic-police-odd-even-plate-camera-announcement', '请输入验证码'],
  ['more-elsewhere', 'aihuau.com eval:b9-aihuau-chengdu-poetry-society-chongyang-speech', '注:更多精彩文章请关注爱华重阳节知识专题,'],
];

describe('the widened rows on the pages they were written from', { timeout: 120_000 }, () => {
  it.each(TAKEN)('%s takes a line of %s', (_rule, seen, line) => {
    expect(linesSeen(seen, stripChrome)).toContain(line);
    expect(linesSeen(seen, afterChrome)).not.toContain(line);
  });

  it('a speech praising its audience keeps the line (赢得…的肯定及赞赏): www.easy-publish.org', () => {
    const seen = 'www.easy-publish.org eval:y1-easypublish-hk-fukien-graduation-speech';
    const line = '学术及体艺公开比赛中取得优异成绩,赢得家长及社会各界人士的肯定及赞赏。';
    expect(linesSeen(seen, stripChrome)).toContain(line);
    expect(linesSeen(seen, afterChrome)).toContain(line);
  });
});

describe('the chromeleft sample is well formed', () => {
  it.each([...sample('A'), ...sample('B')].map((c) => [c.slug, c] as const))('%s: a source, a reason, no chrome string in its body', (_slug, c) => {
    expect(c.meta.url).toMatch(/^https?:\/\//u);
    expect(c.note).toMatch(/half [AB]/u);
    expect(c.note).toMatch(/labelled by hand from the raw before any run: \S/u);
    const body = squeeze(c.body.join('\n'));
    for (const piece of c.meta.chrome as string[]) expect(body).not.toContain(squeeze(piece));
  });

  it('has six pages in each half, twelve sites', () => {
    const all = [...sample('A'), ...sample('B')];
    expect(sample('A')).toHaveLength(6);
    expect(sample('B')).toHaveLength(6);
    expect(new Set(all.map((c) => c.meta.site)).size).toBe(12);
  });
});
