// The areaspeaker class sample (thirty-fourth session): speeches of Hong Kong,
// Macao and Taiwan whose speaker is named with the area's posts, and reports
// of the areas that quote an official (controls: no speakers). Fifteen pages
// of sites no evaluation set holds (tests/fixtures/areaspeaker-s34,
// labels.tsv), labelled by hand from the raw page before any run; each runs
// whole through the pipeline. Half A was read, half B only counted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { signatureLine, signerText, withoutHonours } from '../../scripts/ingest/people/name-line.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/areaspeaker-s34/${name}`, import.meta.url));

function read(name: string): { type: string | undefined; names: string[] } {
  const result = ingestOne({ path: 'areaspeaker-s34/page.txt', bytes: fixture(name) });
  if (result.kind !== 'document') throw new Error(result.reason);
  return { type: result.meta.type, names: (result.meta.speakers ?? []).map((s) => s.name) };
}

describe('the areas\' speakers named with their posts (areaspeaker-s34 sample)', { timeout: 120_000 }, () => {
  it('www.lws.edu.hk: a church school principal\'s signature 主僕 梅志業校長 names her (rule signature-affix)', () => {
    const got = read('a-lws-hk-principal-pta-message-speech.txt');
    expect(got.type).toBe('speech');
    expect(got.names).toEqual(['梅志业']);
  });

  it('www.macaoppnr.com: Macao\'s Chief Executive named on the line above his speech', () => {
    expect(read('a-macaoppnr-macau-ce-opening-speech.txt').names).toEqual(['何厚铧']);
  });
});

describe('reports and unnamed speakers name no speaker (areaspeaker-s34 controls)', { timeout: 120_000 }, () => {
  it.each([
    // An association's press release: 林奕華副市長致詞時…, 張肇家理事長指出.
    'a-esino-taipei-wuhua-association-report.txt',
    // A Hong Kong news report of the LegCo president's farewell remarks: 他表示, 他指出.
    'a-ejfq-hk-legco-president-farewell-report.txt',
    // A mainland template speech: 我代表中共*市委, its speaker never named.
    'a-tongfahg-mainland-city-cppcc-opening-speech.txt',
    // A principal's 校長致詞 whose page never names her.
    'a-plkchc-hk-principal-christmas-show-speech.txt',
  ])('%s has no speakers', (name) => {
    expect(read(name).names).toEqual([]);
  });
});

describe('honours and a signer\'s affixes around a name (rules hk-honours, signature-affix)', () => {
  it('drops Hong Kong\'s honours after a name, on doj.gov.hk\'s title and easy-publish.org\'s signature', () => {
    expect(withoutHonours('律政司司长郑若骅资深大律师，GBS, JP致辞全文')).toBe('律政司司长郑若骅致辞全文');
    expect(withoutHonours('校监 黄周娟娟 MH')).toBe('校监 黄周娟娟');
  });

  it('keeps a name line without honours as it was, and an honour\'s letters inside a word', () => {
    expect(withoutHonours('校长 黄周娟娟')).toBe('校长 黄周娟娟');
    expect(withoutHonours('JPMorgan 大通银行')).toBe('JPMorgan 大通银行');
  });

  it('reads 主仆 梅志业校长 (lws.edu.hk) as a post and a name, and drops 敬上 after 107班导师 邱逸君 (163.30.86.109)', () => {
    expect(signatureLine('主仆 梅志业校长')).toEqual({ name: '梅志业', role: '校长' });
    expect(signerText('107班导师 邱逸君 敬上')).toBe('107班导师 邱逸君');
  });
});
