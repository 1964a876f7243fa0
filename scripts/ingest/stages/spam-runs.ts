// Gambling-site keyword runs that hijacked pages splice into a title and into
// sentences (…在榕召开。沙巴体育网址_2024欧洲杯投注官网-网投|盘口：生态环境局…;
// …院长周强，777娱乐官方网址要实现…). The run replaces a word the page had (the
// city's name) or is glued before a clause; today it leaves the keyword in the
// body and, where it stands alone, makes the line read as chrome. Only the run
// is cut, so the sentence stays.
//
// A run is anchored on a brand: a gambling word joined to a site word (体育网址,
// 投注官网, 娱乐官方网址 — data in SPAM_BRANDS, with examples), never the
// gambling word alone: a report about a casino (百家乐、21点), a lottery centre's
// own news (体育彩票) or a crackdown on 棋牌娱乐场所 uses those words as text.
// From the brand the run takes up to two Han characters and any digits or Latin
// letters before it (沙巴, 777), the keywords chained after it by _ | - (each
// with a gambling word in it: _2024欧洲杯投注官网, -网投, |盘口) and a colon
// closing it.
import type { IngestFile } from '../types.ts';

const STAGE = 'spam-runs';

export interface SpamTerm {
  term: string;
  example: string;
  seen: string;
}

/** Brands: a gambling word and a site word together. */
export const SPAM_BRANDS: SpamTerm[] = [
  { term: '娱乐(?:官方网址|官方网站|官网|网址)', example: '撒贝宁专访最高人民法院院长周强,777娱乐官方网址要实现信息化建设与司法改革的相互促进、共同发展', seen: 'www.dlkelp.com eval:z1-dlkelp-wangguiguo-enforcement-interview' },
  { term: '(?:体育|投注|博彩|彩票|棋牌|真人|百家乐)(?:官方网址|官方网站|官网|网址)', example: '沙巴体育网址_2024欧洲杯投注官网-网投|盘口', seen: 'qswyx.com eval:z1-qswyx-fuzhou-eco-coop-meeting-report' },
];
/** Words of a keyword chained after a brand. */
export const SPAM_WORDS = '投注|盘口|网投|娱乐|体育|彩票|棋牌|真人|百家乐|博彩|官网|网址|欧洲杯|世界杯';

const BRAND = new RegExp(SPAM_BRANDS.map((b) => `(?:${b.term})`).join('|'), 'gu');
const BEFORE = /(?:\p{Script=Han}{0,2}[A-Za-z0-9]*)$/u;
const CHAINED = new RegExp(`^[_|｜\\-－–—]([A-Za-z0-9\\p{Script=Han}]{1,14})`, 'u');
const SPAM_WORD = new RegExp(SPAM_WORDS, 'u');

/** The spam runs of one line: [start, end) offsets, in order. */
export function spamRuns(line: string): [number, number][] {
  const runs: [number, number][] = [];
  for (const m of line.matchAll(BRAND)) {
    const at = m.index;
    if (runs.length > 0 && at < runs.at(-1)![1]) continue;
    const start = at - (BEFORE.exec(line.slice(Math.max(0, runs.at(-1)?.[1] ?? 0), at))?.[0].length ?? 0);
    let end = at + m[0].length;
    for (let next = CHAINED.exec(line.slice(end)); next && SPAM_WORD.test(next[1]!); next = CHAINED.exec(line.slice(end))) end += next[0].length;
    if (/^[:：]/u.test(line.slice(end))) end += 1;
    runs.push([start, end]);
  }
  return runs;
}

export function cutSpamRuns(file: IngestFile): void {
  const text = String(file.value);
  BRAND.lastIndex = 0;
  if (!new RegExp(BRAND.source, 'u').test(text)) return;
  const lines = text.split('\n').flatMap((original) => {
    const runs = spamRuns(original);
    if (runs.length === 0) return [original];
    let line = original;
    for (const [start, end] of runs.reverse()) {
      const run = line.slice(start, end);
      file.message(`spam run removed: "${run}"`, { ruleId: 'spam-run', source: STAGE });
      file.data.removed.push({ stage: STAGE, rule: 'gambling-run', reason: 'gambling keywords spliced into the text', text: run });
      line = line.slice(0, start) + line.slice(end);
    }
    return line.trim() === '' ? [] : [line];
  });
  file.value = lines.join('\n');
}
