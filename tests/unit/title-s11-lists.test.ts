// The eleventh session's (round 3) bulleted-list rule in structure/title.ts on a real page from a
// site other than the development case it was written from (unseen5 cyberctm): tests/fixtures/titles/
// README.md gives the page's source. Expected title written by hand from the page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/titles/${name}`, import.meta.url));
const title = (name: string) => {
  const result = ingestOne({ path: name, bytes: fixture(name) });
  return result.kind === 'document' ? { title: result.meta.title, source: result.meta.titleSource } : undefined;
};
const chosen = (lines: string[]) => chooseTitle(lines, 0, { siteNames: [] })?.block.clean.title;

describe('a list of other stories\' headlines bulleted with hyphens is passed over (gxkgg.com)', () => {
  it('takes the page\'s own headline under ten hyphen-bulleted headlines', () => {
    expect(title('gxkgg-list.txt')).toEqual({ title: '辽阳实施政府新闻发言人制 堵塞“小道消息”', source: 'found' });
  });
  it('passes over three hyphen-bulleted headlines in the chooser', () => {
    expect(
      chosen([
        '- 硕士研究生复试线未定 可于4月向报考单位咨询',
        '- 想要地方立法权 泉州和温州申请当“较大的市”',
        '- 北京急需八至十万高新技术人才 10个专业最吃香',
        '辽阳实施政府新闻发言人制 堵塞“小道消息”',
        '2003年03月13日 09:30',
        '中新网3月13日电 从12日开始，辽宁辽阳市民了解该市政府政务信息有了正规渠道——政府新闻发言人制度在该市开始实施。',
      ]),
    ).toBe('辽阳实施政府新闻发言人制 堵塞“小道消息”');
  });
  it('a hyphen glued to a word is no bullet: a negative figure or a range stays text', () => {
    expect(chosen(['-5℃以下低温天气持续 全市启动防寒应急响应', '记者 张三', '受寒潮影响，全市最低气温降至-5℃以下，市政府启动防寒应急响应。'])).toBe('-5℃以下低温天气持续 全市启动防寒应急响应');
  });
});
