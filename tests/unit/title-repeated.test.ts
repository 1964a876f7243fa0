// The title a document site's text layer prints twice at the head of its one line of text.
import { describe, expect, it } from 'vitest';
import { repeatedTitle } from '../../scripts/ingest/structure/title-repeated.ts';

/** 777doc.com's viewer: the file's number, the title with the speaker's post, a date template, the title again, the text (unseen u2-777doc). */
const DOC777 = '编号：541193579县委书记在全面推进县城建设工作会议上的讲话201X/X/XX在全面推进县城建设工作会议上的讲话xxx同志讲话今天这次会议，既是一次全面推进县城建设的安排部署会，也是一次动员誓师大会。';
/** aqrzj.com's text layer, every piece printed twice (unseen6 z1-aqrzj). */
const AQRZJ = '1、20202020 年年在全县振兴教育动员大会上的讲话文在全县振兴教育动员大会上的讲话文和和在全在全县县学校学校安全工作会议讲话稿安全工作会议讲话稿合编合编20202020 年年在全县振兴教育动员大会上的讲话在全县振兴教育动员大会上的讲话 1490014900 字字范文范文经县委、县政府反复认真地研究，也经过一个阶段的认真准备，我们今天召开全县教育振兴动员大会。';
/** m.wenke99.com's viewer: the title, the uploader's 范文 tag, the title again, the salutation (stored page text, m.wenke99.com/p-5705478.html). */
const WENKE99 = '在全县工会工作会议上讲话范文在全县工会工作会议上讲话同志们:刚才,大会对20xx年度工会工作模范单位和优秀个人进行了表彰嘉奖,在此,我代表县委、县政府向受到表彰的单位和个人表示诚心的庆贺!';

describe("a title a document site's text layer prints twice", () => {
  it('is the words the head repeats, without the post before the first copy (777doc.com)', () => {
    expect(repeatedTitle(DOC777)).toBe('在全面推进县城建设工作会议上的讲话');
  });

  it('is the copy printed most often where the layer doubles every piece (aqrzj.com)', () => {
    expect(repeatedTitle(AQRZJ)).toBe('在全县振兴教育动员大会上的讲话');
  });

  it('is the words the head repeats around an uploader\'s tag (m.wenke99.com)', () => {
    expect(repeatedTitle(WENKE99)).toBe('在全县工会工作会议上讲话');
  });

  it('is none where the head prints no title twice: the text under the header (777doc.com)', () => {
    expect(repeatedTitle(DOC777.slice(DOC777.indexOf('xxx同志')))).toBeUndefined();
  });
});
