// Stage: site names injected inside sentences removed.
//
// Sites stamp their name into copied text (正是我老秘网县深化 → 正是我县深化).
// Candidates are the site names the chrome stage learned plus xx网 tokens that
// stand alone in the chrome it removed, and only names shaped like a site
// name (ending in 网/网站/频道…) are used, so that an institution named in a
// copyright line (某县人民政府) is never cut out of the body. An occurrence is
// removed only between two Han characters and not next to a word that may
// make it a mention (在…, 把…, …的); a name is left alone in the whole file
// once any occurrence is used as a noun of its own (据…网, ，…网始终, …网上):
// such a text is about the site. A line that is only the name is a stamp. Conservative by design: a missed watermark
// is cheaper than a damaged sentence.
import type { IngestFile } from '../types.ts';

const STAGE = 'watermark';
const HAN = /\p{Script=Han}/u;
const SITE_NAME = /^[\p{Script=Han}]{2,10}(?:网站|网|網|频道|頻道|在线)$/u;
const STANDALONE_SITE = /(?<!\p{Script=Han})[\p{Script=Han}]{2,8}(?:网|網)(?!\p{Script=Han})/gu;
/**
 * A name used as a noun of its own — after punctuation, 据, 登录, 本…, or before
 * 上, 网友, 报道, punctuation… — means the text talks about the site.
 */
const ABOUT_BEFORE = /(?:^|[，。；：！？、,.;:!?“”"《（(\s]|据|登录|登陆|访问|浏览|关注|来自|转自|选自|摘自|本)$/u;
const ABOUT_AFTER = /^(?:$|[，。；：！？、,.;:!?“”"》）)\s]|上|网友|网民|用户|平台|首页|官网|账号|客户端|讯|报道|记者|编辑|发布|刊发|转载|统计|开通|运营)/u;
/** Grammatical neighbours (在…, 把…, …的) that may make one occurrence a real mention: left alone. */
const MAYBE_BEFORE = /(?:在|把|将|对|为|与|和|及|是|由|从|向|经|通过|该)$/u;
const MAYBE_AFTER = /^(?:的|是|和|与|及|等|站)/u;
const CONTEXT = 8;

function candidateNames(file: IngestFile): string[] {
  const names = new Set(file.data.candidates.siteNames ?? []);
  for (const text of file.data.chromeLines) for (const m of text.matchAll(STANDALONE_SITE)) names.add(m[0]);
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
  return HAN.test(before.at(-1) ?? '') && HAN.test(after[0] ?? '') && !MAYBE_BEFORE.test(before) && !MAYBE_AFTER.test(after);
}

function isAbout(line: string, name: string, at: number): boolean {
  return ABOUT_BEFORE.test(line.slice(0, at)) || ABOUT_AFTER.test(line.slice(at + name.length));
}

/**
 * A web address glued between two Han characters (…工作www.example.cn要求…) is
 * a mirror's stamp, unless a word before it introduces it (官网, 登录, 访问, 网址：).
 */
const DOMAIN = /(?<=\p{Script=Han})(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|top)\/?(?=\p{Script=Han})/giu;
const INTRODUCES_ADDRESS = /(?:网|网站|官网|网址|登录|登陆|访问|关注|进入|浏览|点击|详见|见|址)$/u;

function removeDomains(file: IngestFile, line: string): string {
  return line.replace(DOMAIN, (domain, at: number) => {
    if (INTRODUCES_ADDRESS.test(line.slice(0, at))) return domain;
    const context = `${line.slice(Math.max(0, at - CONTEXT), at)}[${domain}]${line.slice(at + domain.length, at + domain.length + CONTEXT)}`;
    file.message(`watermark removed: web address inside a sentence: …${context}…`, { ruleId: 'watermark', source: STAGE });
    file.data.removed.push({ stage: STAGE, rule: 'domain-in-sentence', reason: `web address inside a sentence: …${context}…`, text: domain });
    return '';
  });
}

export function removeWatermarks(file: IngestFile): void {
  const names = candidateNames(file);
  if (names.length === 0) {
    const before = String(file.value);
    const after = before.split('\n').map((line) => removeDomains(file, line)).join('\n');
    if (after !== before) file.value = after;
    return;
  }
  const lines = String(file.value).split('\n');
  const about = names.filter((name) =>
    lines.some((line) => line.trim() !== name && occurrences(line, name).some((at) => isAbout(line, name, at))),
  );
  const cleaned = lines.flatMap((original) => {
    let line = original;
    const stamp = names.find((name) => line.trim() === name);
    if (stamp) {
      file.message(`watermark removed: a line that is only the site name "${stamp}"`, { ruleId: 'watermark', source: STAGE });
      file.data.removed.push({ stage: STAGE, rule: 'site-name-line', reason: 'site name line', text: stamp });
      return [];
    }
    for (const name of names) {
      if (about.includes(name)) continue;
      const found = occurrences(line, name).filter((at) => isInsertion(line, name, at));
      for (const at of found.reverse()) {
        const context = `${line.slice(Math.max(0, at - CONTEXT), at)}[${name}]${line.slice(at + name.length, at + name.length + CONTEXT)}`;
        file.message(`watermark removed: site name "${name}" inside a sentence: …${context}…`, { ruleId: 'watermark', source: STAGE });
        file.data.removed.push({ stage: STAGE, rule: 'site-name-in-sentence', reason: `site name inside a sentence: …${context}…`, text: name });
        line = line.slice(0, at) + line.slice(at + name.length);
      }
    }
    return [removeDomains(file, line)];
  });
  file.value = cleaned.join('\n');
}
