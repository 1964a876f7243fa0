// Page widgets printed as text around a document (twelfth session, docs/wide-samples/widgets-s12):
// a widget is a short label line speaking to the reader about the page; a sentence of the text
// that mentions 提交 or 反馈 is the text's. Expected values written by hand from the lines.
import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { ruledLines } from '../../scripts/ingest/stages/chrome.ts';

describe('page widgets', () => {
  it.each([
    ['此页面有问题吗？', 'page-widget'],
    ['该链接属站外链接,将无法使用辅助浏览工具! 是否继续访问?', 'page-widget'],
    ['http://www.dxsbao.com/shijian/642259.html 点此复制本页地址', 'page-widget'],
    ['『加入书签,方便阅读』', 'page-widget'],
    ['关怀版 退出关怀版', 'accessibility'],
    ['跳过导航', 'accessibility'],
    ['Skip This Ads', 'accessibility'],
    ['正文已结束，您可以按alt+4进行评论', 'accessibility'],
    ['【返回顶部】【打印本稿】【关闭本页】', 'page-controls'],
    ['网站地图 -- 返回首页', 'site-menu'],
    ['回上', 'page-controls'],
  ])('names %s', (line, rule) => {
    expect(classifyChrome(line)?.rule).toBe(rule);
  });

  it.each([
    '请各单位于5月10日前将报名表提交至县委办公室，逾期不予受理。',
    '对群众反映的问题，要及时反馈办理结果，做到件件有回音。',
    '这个页面有问题吗？我们的工作还有哪些问题，请大家提出来。',
    '复制推广先进经验，加快形成可复制可推广的制度成果。',
  ])('leaves the sentence %s', (line) => {
    expect(classifyChrome(line)?.rule).not.toBe('page-widget');
    expect(classifyChrome(line)?.rule).not.toBe('accessibility');
  });

  it('takes a feedback form after the text, its field labels with it', () => {
    const text = ['在此，再一次恭祝各位新年进步，如意吉祥，恭喜，恭喜。', '', '此页面有问题吗？', '', '帮助我们改进GOV.MO', '', '* 必填项', '', '提交'].join('\n');
    const { lines, chrome } = ruledLines(text, { html: false });
    const kept = lines.filter((l, i) => l.trim() !== '' && !chrome.has(i));
    expect(kept).toEqual(['在此，再一次恭祝各位新年进步，如意吉祥，恭喜，恭喜。']);
  });

  it('takes a list label whose items the rules took, and keeps an attachment label', () => {
    const text = ['此外，立法会主席当天也发表贺词表示，议员会继续做好民意代言人。（完）', '大湾区精选：', '- 2025年02月04日 23:10:05', '- 2025年02月04日 18:41:02'].join('\n');
    const { lines, chrome } = ruledLines(text, { html: false });
    expect(chrome.has(lines.indexOf('大湾区精选：'))).toBe(true);
  });
});
