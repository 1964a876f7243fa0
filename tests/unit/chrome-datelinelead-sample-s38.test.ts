// The datelinelead sample of the thirty-eighth session (tests/fixtures/chrome/datelinelead-s38):
// 10 pages of 10 Taiwan news sites no evaluation set holds, stored page texts whose lede opens
// with the newsroom's credit in 【】 closed by the place filed from and 报导 (【记者李祖东/高雄报导】…),
// and controls whose credit stands on its own line or after the outlet's label; bodies, chrome and
// last lines written by hand before any run (meta.json says why for each label). Half A was read
// and fitted to; half B is only counted with `npm run eval -- --cases
// tests/fixtures/chrome/datelinelead-s38/B`, so here it is only checked for being well formed.
// Through the cleaning stages up to and with the chrome stage, as the chrome rules' sources are read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { splitGluedHeadline } from '../../scripts/ingest/stages/chrome/inline.ts';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { isBracketCredit } from '../../scripts/ingest/structure/lines.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, describeControlledSampleWellFormed, squeeze } from './chrome-sample.ts';

const sample = (half: 'A' | 'B') => chromeSample('datelinelead-s38', half);

describeControlledSampleWellFormed('datelinelead', 'datelinelead-s38');

describe('the datelinelead sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  // The pages whose lede opens with the bracketed credit (the controls print it elsewhere).
  const ledes = sample('A').filter((c) => !c.meta.control);

  it('has three such pages', () => expect(ledes.map((c) => c.slug).sort()).toEqual(['insightnews-s38-report', 'macrocosm-s38-report', 'owlting-s38-report']));

  it.each(ledes.map((c) => [c.slug, c] as const))('%s keeps its lede whole, the credit at its head', (_slug, c) => {
    const lines = linesSeen(c.seen, afterChrome).map(squeeze);
    expect(lines).toContain(squeeze(c.body[0]!));
  });

  it.each(sample('A').map((c) => [c.slug, c] as const))('%s keeps every body line but a closing picture credit', (_slug, c) => {
    const text = squeeze(linesSeen(c.seen, afterChrome).join('\n'));
    // owlting's last paragraph closes with (图︰记者王苡苹翻摄), which the caption rules take (left, docs/eval.md).
    for (const line of c.body) expect(text).toContain(squeeze(line.replace(/（图︰记者王苡苹翻摄）$/u, '')));
  });
});

describe('a newsroom credit closed by 报导 opens the lede; a headline in 【】 is still set apart', () => {
  it.each(['大成报记者杜忠聪/台南报导', '嘉云特派员陈信利/嘉义县报导', '记者张德钦、吴三伯、温玉沛/彰化报导', '记者罗松福苗栗报导'])('%s is a credit', (inner) => {
    expect(isBracketCredit(inner)).toBe(true);
  });

  it('leaves the lede of twgreatnews (unseen33) as printed', () => {
    const lede = '【大成报记者杜忠聪/台南报导】为提升为民服务品质、扩展多元服务领域，安平区公所于12月6日举办111年度志工联系会报。';
    expect(splitGluedHeadline(['安平区公所举办111年度志工联系会报', lede])).toBeUndefined();
  });

  it('still sets a post’s headline in 【】 on its own line (weibo.com, eval html-weibo-fuyang-tiger-deaths)', () => {
    const headline = '安徽阜阳一动物园20只东北虎死亡？官方：成立调查组进行全面调查';
    const glued = splitGluedHeadline([`【${headline}】阜阳市林业局工作人员表示，已成立调查组进行全面调查。`]);
    expect(glued?.headline).toBe(headline);
  });

  it('names the decision in the cleaning log (lede-bracket-credit)', () => {
    const dir = new URL('../eval/unseen33/d33-twgreatnews-tainan-anping-district-volunteers-meeting-commendation-info-lines-big5-report/', import.meta.url);
    const file = createFile({ path: 'raw.txt', bytes: readFileSync(new URL('raw.txt', dir)) });
    for (const stage of cleaningStages.slice(0, cleaningStages.indexOf(stripChrome) + 1)) stage(file);
    const kept = file.messages.filter((m) => m.ruleId === 'lede-bracket-credit').map((m) => m.reason);
    expect(kept).toEqual(["newsroom's bracketed credit kept at the head of the first sentence: 大成报记者杜忠聪/台南报导"]);
  });
});
