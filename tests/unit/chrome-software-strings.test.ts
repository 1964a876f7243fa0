// Strings a blog or forum system prints on every page (chrome/software.ts):
// WordPress's comment form and read-more link, Discuz!'s rating box, TOP link
// and unrendered attachment codes, and a paging widget's count glued after the
// text's last sentence. Lines are real ones (development sets, the sixteenth
// session's cmschrome sample, half A); only a whole line is the software's.
import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { stripPageCount } from '../../scripts/ingest/stages/chrome/inline.ts';
import { SOFTWARE_STRINGS, isSoftwareLabel, isSoftwareNotice } from '../../scripts/ingest/stages/chrome/software.ts';
import { fixture, strip } from '../fixtures/chrome/harness.ts';

describe('the software string table', () => {
  it('lists each software with lines from at least two sites', () => {
    for (const entry of SOFTWARE_STRINGS) {
      const sites = new Set(entry.examples.map((e) => e.seen.split(' ')[0]));
      expect(sites.size, entry.software).toBeGreaterThanOrEqual(2);
      for (const e of entry.examples) expect(isSoftwareNotice(e.text) || isSoftwareLabel(e.text), e.text).toBe(true);
    }
  });
});

describe("WordPress's comment form and links", () => {
  it('the comment form under a post goes wherever it stands (internet.com.hk)', () => {
    expect(classifyChrome('Your email address will not be published.')).toMatchObject({ rule: 'software-notice', strong: true });
    expect(classifyChrome('Leave A Reply')).toMatchObject({ rule: 'software-label', strength: 'edge' });
  });

  it('its zh_CN strings are the same strings (WordPress zh_CN translation)', () => {
    expect(isSoftwareNotice('您的电子邮箱地址不会被公开。 必填项已用*标注')).toBe(true);
    expect(isSoftwareNotice('您的电子邮箱地址不会被公开。')).toBe(true);
    expect(isSoftwareLabel('发表回复')).toBe(true);
    expect(isSoftwareLabel('取消回复')).toBe(true);
  });

  it('the read-more link with its translation (gocpmall.com)', () => {
    expect(isSoftwareLabel('阅读更多(Read More)')).toBe(true);
    expect(isSoftwareLabel('阅读更多（Read More）')).toBe(true);
  });

  it('the same words inside a sentence are text', () => {
    expect(isSoftwareNotice('我们承诺，您的电子邮箱地址不会被公开，也不会用于其他用途。')).toBe(false);
    expect(isSoftwareLabel('请阅读更多相关政策文件。')).toBe(false);
    expect(isSoftwareLabel('Read More中国驻加拿大领事扬言以三十万居港加拿大作要胁')).toBe(false);
  });
});

describe("Discuz!'s post furniture", () => {
  it("an attachment's code left unrendered goes between the turns too (www.jiadinglife.com)", () => {
    expect(classifyChrome('[attach]4291[/attach]')).toMatchObject({ rule: 'software-notice', strong: true });
    expect(isSoftwareNotice('[attach]4291[/attach] 马书记')).toBe(false);
  });

  it('the rating box and the TOP link are labels (www.zy234.com, csuchen.de)', () => {
    expect(classifyChrome('评分')).toMatchObject({ rule: 'software-label' });
    expect(isSoftwareLabel('查看全部评分')).toBe(true);
    expect(classifyChrome('TOP')).toMatchObject({ rule: 'software-label' });
    expect(isSoftwareLabel('评分标准')).toBe(false);
  });

  it('a thread page keeps its post and loses the TOP links around it (csuchen.de)', () => {
    const page = strip(fixture('chrome/pages', 'csuchen-discuz.txt'));
    expect(page.kept).toEqual(['不太清楚,我是2003年7月左右开的户,那时候就已经开始实行了!']);
  });
});

describe("a paging widget's count glued after the last sentence", () => {
  it('is cut, the sentence stays (zixin)', () => {
    expect(stripPageCount('奠基仪式到此结束。 谢谢大家。第1页 共1页')).toEqual({ line: '奠基仪式到此结束。 谢谢大家。', cut: ['第1页 共1页'] });
    expect(stripPageCount('谢谢大家!第2页 / 共3页').line).toBe('谢谢大家!');
  });

  it('is left where it is part of a sentence', () => {
    const sentence = '本通知共2页，附件见第1页共2页的表格';
    expect(stripPageCount(sentence)).toEqual({ line: sentence, cut: [] });
    const ordinal = '详见公报第1页共1页内容';
    expect(stripPageCount(ordinal)).toEqual({ line: ordinal, cut: [] });
  });
});

// Thirty-fifth session (cmsvocab): strings the content systems print on every site that runs them,
// each seen on two sites; the same words inside a sentence are the text's.
describe("Discuz!'s guest tip over a post (bbs.cqtn.net, dianbo.org)", () => {
  it('goes wherever it stands', () => {
    expect(classifyChrome('马上注册,结交更多好友,享用更多功能,让你轻松玩转社区。')).toMatchObject({ rule: 'software-notice', strong: true });
    expect(classifyChrome('马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。')).toMatchObject({ rule: 'software-notice' });
  });

  it("a post's own sentence about registering is text", () => {
    expect(isSoftwareNotice('欢迎村民马上注册，结交更多好友，共同参与村务讨论。')).toBe(false);
  });
});

describe("PIXNET's post footer (zito1203.pixnet.net, zinkou.pixnet.net)", () => {
  it('the blog name with its counters goes', () => {
    expect(classifyChrome('EMBA的小眼睛 发表在 痞客邦 留言(0) 人气()')).toMatchObject({ rule: 'software-notice' });
    expect(isSoftwareNotice('zinkou 发表在 痞客邦 留言(12) 人气(345)')).toBe(true);
  });

  it('a sentence naming the blog host is text', () => {
    expect(isSoftwareNotice('县长的谈话全文已发表在痞客邦的部落格上，欢迎乡亲阅读。')).toBe(false);
  });
});

describe("Blogger's post footer (hugo-lin-hugo-lin-hugo-lin.blogspot.com, twtreehugger.blogspot.com, hatcher-lin.blogspot.com)", () => {
  it('the comment link is a label, the comment count a comment heading', () => {
    expect(classifyChrome('张贴留言')).toMatchObject({ rule: 'software-label' });
    expect(classifyChrome('没有留言:')).toMatchObject({ rule: 'comment-section' });
    expect(classifyChrome('1 则留言:')).toMatchObject({ rule: 'comment-section' });
    expect(classifyChrome('12 条评论:')).toMatchObject({ rule: 'comment-section' });
  });

  it('a sentence about comments is text', () => {
    expect(classifyChrome('截至目前，没有留言反映该问题，相关部门将继续跟进。')).toBeUndefined();
    expect(isSoftwareLabel('请在本页张贴留言的市民留下联系方式')).toBe(false);
  });
});

describe("template lines of the government site groups and member boxes", () => {
  it("Taiwan's government template: the skip link and back-to-top link (www.kmdn.gov.tw, ctd.judicial.gov.tw)", () => {
    expect(classifyChrome('按Enter到主内容区')).toMatchObject({ rule: 'accessibility' });
    expect(classifyChrome('按 Enter 到主内容区')).toMatchObject({ rule: 'accessibility' });
    expect(classifyChrome('回页首')).toMatchObject({ rule: 'accessibility' });
    expect(classifyChrome('县长回页首看到乡亲的留言后立即回复')).toBeUndefined();
  });

  it('the member box heading alone (xinghai.gov.cn, m.nbpengxuan.com)', () => {
    expect(classifyChrome('用户登录')).toMatchObject({ rule: 'login-prompt' });
    expect(classifyChrome('请用户登录国家政务服务平台按提示填写申报信息。')).toBeUndefined();
  });

  it('the hit counter label left empty (weihai.gov.cn, whhly.shandong.gov.cn)', () => {
    expect(classifyChrome('点击次数:')).toMatchObject({ rule: 'info-line' });
    expect(classifyChrome('今年以来，网站点击次数已超过120万，群众满意度持续提升。')).toBeUndefined();
  });

  it('the font-size switch spelt out (www.qingdao.gov.cn, www.csx.gov.cn)', () => {
    expect(classifyChrome('【 字体大小: 大 中 小 】')).toMatchObject({ rule: 'page-controls' });
    expect(classifyChrome('字体大小要统一，标题用二号小标宋体字。')).toBeUndefined();
  });
});
