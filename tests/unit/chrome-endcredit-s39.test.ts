// A writer's credit in brackets after the last sentence of a flattened page (chromefix2, thirty-ninth
// session): the glued-page stage keeps it on its paragraph (SEAM_KEEPS, row glued-end-credit), so
// the chrome stage no longer reads it as a byline on a line of its own; and the endcredit sample
// (tests/fixtures/chrome/endcredit-s39): 10 pages of 10 sites no set holds, reports closing with a
// bracketed credit, glued pages and controls, labelled by hand before any run. Half A was read and
// fitted to; half B is only counted with `npm run eval -- --cases tests/fixtures/chrome/endcredit-s39/B`.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { isBracketedUnitNames, isUnitCredit, trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { isWriterCreditPiece } from '../../scripts/ingest/stages/chrome/rules.ts';
import { SEAM_KEEPS } from '../../scripts/ingest/stages/glued-page.ts';
import { linesSeen } from '../fixtures/chrome/sources.ts';
import { afterChrome, chromeSample, describeControlledSampleWellFormed, squeeze } from './chrome-sample.ts';

/** An evaluation case's raw through the cleaning stages up to and with the chrome stage. */
function throughChrome(set: string, prefix: string) {
  const dir = new URL(`../eval/${set}/`, import.meta.url);
  const slug = readdirSync(dir).find((n) => n.startsWith(prefix))!;
  const file = createFile({ path: 'raw.txt', bytes: readFileSync(new URL(`${slug}/raw.txt`, dir)) });
  for (const stage of cleaningStages.slice(0, cleaningStages.indexOf(stripChrome) + 1)) stage(file);
  return file;
}
const textLines = (file: ReturnType<typeof throughChrome>) => String(file.value).split('\n').map((l) => l.trim()).filter(Boolean);

describe('the seam-keep rows', () => {
  it.each(SEAM_KEEPS.map((row) => [row.id, row] as const))('%s holds on its examples, not on its counterexamples, seen on two sites at least', (_id, row) => {
    for (const e of row.examples) expect(row.test(e.text), e.text).toBe(true);
    for (const e of row.counterexamples ?? []) expect(row.test(e.text), e.text).toBe(false);
    expect(new Set(row.examples.map((e) => e.seen.split(' ')[0])).size).toBeGreaterThanOrEqual(2);
  });
});

describe("a flattened page's closing credit stays at its last paragraph's end", { timeout: 120_000 }, () => {
  it('bytoday.net (unseen34 e34-bytoday): the school and the teacher who wrote it up, after a half-width !', () => {
    const file = throughChrome('unseen34', 'e34-bytoday');
    const last = textLines(file).find((l) => l.includes('李金贵'));
    // The store glued a cut sentence before it (…荣誉证书,班主 毕业典礼结束后…), so the line holds both.
    expect(last).toMatch(/ 毕业典礼结束后,.*无限精彩的未来! \(宝应县黄塍镇中心小学 李金贵\)/u);
    expect(file.messages.filter((m) => m.ruleId === 'glued-end-credit').map((m) => m.reason)).toEqual(['kept on the sentence before it, not set apart: (宝应县黄塍镇中心小学 李金贵) |']);
  });

  it('ks888.com.tw (unseen32 d32-ks888): a picture-and-text credit, the writer’s', () => {
    const file = throughChrome('unseen32', 'd32-ks888');
    expect(textLines(file)).toHaveLength(1);
    expect(textLines(file)[0]).toMatch(/进而达成选举时对选民的承诺。 \(图文:记者黄聪明\)$/u);
    expect(file.data.removed).toEqual([]);
  });

  it("an editor's or a reviewer's credit is the page's note, still set apart (thrd.gov.cn; fresh h5-wuyang)", () => {
    expect(isWriterCreditPiece('(责任编辑:李仁强 )')).toBe(false);
    expect(isWriterCreditPiece('(图文:张素伟 审核:张帅)')).toBe(false);
  });
});

describe('the credits read', () => {
  it('a 图文 credit glued after the last sentence is the writer’s and stays (ks888.com.tw)', () => {
    expect(trailingCredit('促使镇政有更远大的进展,进而达成选举时对选民的承诺。 (图文:记者黄聪明)')).toBeUndefined();
  });

  it('a school signs a bracketed credit by a bare name after a space; a unit alone or run into a name does not', () => {
    expect(isBracketedUnitNames('宝应县黄塍镇中心小学 李金贵')).toBe(true);
    expect(isBracketedUnitNames('宝应县黄塍镇中心小学')).toBe(false);
    expect(isBracketedUnitNames('宝应县黄塍镇中心小学李金贵')).toBe(false);
    // Unbracketed, a unit and a name stay the author-affiliation rule's (chrome-unit-credit.test.ts).
    expect(isUnitCredit('宝应县黄塍镇中心小学 李金贵')).toBe(false);
  });
});

describeControlledSampleWellFormed('endcredit', 'endcredit-s39');

describe('the endcredit sample, half A, through the chrome stage', { timeout: 120_000 }, () => {
  const sample = chromeSample('endcredit-s39', 'A');

  it.each(sample.map((c) => [c.slug, c] as const))('%s keeps every body line, a closing credit with its paragraph', (_slug, c) => {
    // ljyz's column name planted after two sentences (海棠区, chrome by its label) is another class, left.
    const text = squeeze(linesSeen(c.seen, afterChrome).join('\n')).replaceAll('海棠区', '');
    for (const line of c.body) expect(text).toContain(squeeze(line));
  });
});
