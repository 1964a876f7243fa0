// Stage: site names injected inside sentences removed (issue 4).
//
// Sites stamp their name into copied text (正是我老秘网县深化 → 正是我县深化).
// Candidates are the site names the chrome stage learned plus xx网 tokens that
// stand alone in the chrome it removed, and only names shaped like a site
// name (ending in 网/网站/频道…) are used, so that an institution named in a
// copyright line (某县人民政府) is never cut out of the body. An occurrence is
// removed only between two Han characters and only when nothing around it
// says the sentence is about the site (据…网, 在…网上, …网记者): conservative
// by design, a missed watermark is cheaper than a damaged sentence.
import type { IngestFile } from '../types.ts';

const STAGE = 'watermark';
const HAN = /\p{Script=Han}/u;
const SITE_NAME = /^[\p{Script=Han}]{2,10}(?:网站|网|網|频道|頻道|在线)$/u;
const STANDALONE_SITE = /(?<!\p{Script=Han})[\p{Script=Han}]{2,8}(?:网|網)(?!\p{Script=Han})/gu;
/** Words before a name that make the sentence about the site. */
const MENTION_BEFORE = /(?:据|在|从|经|由|于|向|到|对|登录|登陆|访问|浏览|关注|通过|来自|转自|选自|摘自|本|该|与|和|及|是)$/u;
/** Words after a name that make the sentence about the site. */
const MENTION_AFTER = /^(?:上|站|的|是|讯|报道|记者|编辑|发布|刊|转载|网友|用户|平台|首页|官网|账号|客户端|与|和|及|等)/u;
const CONTEXT = 8;

function candidateNames(file: IngestFile): string[] {
  const names = new Set(file.data.candidates.siteNames ?? []);
  for (const span of file.data.removed) {
    if (span.stage === 'chrome') for (const m of span.text.matchAll(STANDALONE_SITE)) names.add(m[0]);
  }
  // Longest first, so 中国老秘网 is cut whole before 老秘网 is looked for.
  return [...names].filter((name) => SITE_NAME.test(name)).sort((a, b) => b.length - a.length);
}

/** Start offsets of the name in the line. */
function occurrences(line: string, name: string): number[] {
  const found: number[] = [];
  for (let at = line.indexOf(name); at !== -1; at = line.indexOf(name, at + name.length)) found.push(at);
  return found;
}

function isInsertion(line: string, name: string, at: number): boolean {
  const before = line.slice(0, at);
  const after = line.slice(at + name.length);
  return HAN.test(before.at(-1) ?? '') && HAN.test(after[0] ?? '');
}

function isMention(line: string, name: string, at: number): boolean {
  return MENTION_BEFORE.test(line.slice(0, at)) || MENTION_AFTER.test(line.slice(at + name.length));
}

export function removeWatermarks(file: IngestFile): void {
  const names = candidateNames(file);
  if (names.length === 0) return;
  const lines = String(file.value).split('\n');
  const cleaned = lines.map((original) => {
    let line = original;
    for (const name of names) {
      const found = occurrences(line, name);
      // A line that mentions the site anywhere is about it: leave every occurrence.
      if (found.length === 0 || found.some((at) => !isInsertion(line, name, at) || isMention(line, name, at))) continue;
      for (const at of found.reverse()) {
        const context = `${line.slice(Math.max(0, at - CONTEXT), at)}[${name}]${line.slice(at + name.length, at + name.length + CONTEXT)}`;
        file.message(`watermark removed: site name "${name}" inside a sentence: …${context}…`, { ruleId: 'watermark', source: STAGE });
        file.data.removed.push({ stage: STAGE, reason: `site name inside a sentence: …${context}…`, text: name });
        line = line.slice(0, at) + line.slice(at + name.length);
      }
    }
    return line;
  });
  file.value = cleaned.join('\n');
}
