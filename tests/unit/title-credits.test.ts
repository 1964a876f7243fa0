// Title rules of the eighth session, each on the real lines of the pages that showed it (eval slugs and
// wide-sample pages named beside each case; the wide sample's pages and hand labels are listed in the
// session's scratch labels, URLs included). Expected titles written by hand from the raw pages.
import { describe, expect, it } from 'vitest';
import { cleanTitle, refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { chooseTitle } from '../../scripts/ingest/structure/title.ts';
import { isBylineLine, isTitleLike, parseNameLine } from '../../scripts/ingest/structure/lines.ts';

describe("a Taiwan newsroom's credit (reporters / place 报导)", () => {
  it.each([
    ['李奕纬/综合报导'], // ctinews.com (wide sample): the byline alone above the lede, taken as the title before
    ['【陈彦淳/东京采访报导】'], // ceo-speaks.blogspot.com (eval unseen4 x2-ceoblog): 工商时报's credit
    ['梁贻婷、蔡水星╱台中报导'], // pttweb.cc (wide sample): 中国时报【梁贻婷、蔡水星╱台中报导】
  ])('is a byline, never a title: %s', (line) => {
    expect(isBylineLine(line)).toBe(true);
    expect(isTitleLike(line)).toBe(false);
  });

  it.each([
    ['与总统玩直播 张忠谋：带message给APEC领袖们'], // m.epochtimes.com.tw
    ['全文/游锡堃喊话中共！务实面对「中华民国台湾存在事实」'], // setn.settv-it.com: a tag and a slash, no 报导
    ['2017全国政协首场发布会：发言人妙语连珠'],
  ])('leaves a headline alone: %s', (line) => {
    expect(isBylineLine(line)).toBe(false);
  });

  it("comes off a blog post's title that reposts the paper's story, and the story's headline below is the title (eval unseen4 x2-ceoblog)", () => {
    const line = '2008-07-29 工商时报 【陈彦淳/东京采访报导】 康师傅控股公司董事长魏应州采访内容';
    expect(cleanTitle(line).title).toBe('康师傅控股公司董事长魏应州采访内容');
    const lines = [line, '康师傅将于两岸兴建集团总部', '康师傅控股公司董事长魏应州指出，顶新集团因应发展需求，将在两岸兴建集团总部大楼。', '魏应州也发表他对于台湾新政府的观察。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('康师傅将于两岸兴建集团总部');
  });

  it('does not take a column tag in 【】 for a credit (【法院讲话】 stays the column rules\' business)', () => {
    expect(cleanTitle('【法院讲话】县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话').cut.some((c) => c.reason === "a newspaper's credit before the title")).toBe(false);
  });
});

describe("a note that the transcript follows, closing a press conference's headline", () => {
  it.each([
    ['国新办就“十三五”卫生健康改革发展有关情况举行发布会(附发布会实录全文)', '国新办就“十三五”卫生健康改革发展有关情况举行发布会(附发布会实录全文)'], // tcme.hmed365.com, eval unseen4 x2-hmed365
    ['国务院联防联控机制就重点人群、重点机构、重点场所疫情防控情况举行发布会(实录全文)', '国务院联防联控机制就重点人群、重点机构、重点场所疫情防控情况举行发布会(实录全文)'], // npadata.cn (wide sample)
  ])('is the headline\'s own: %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it.each([
    ['行政长官在外交部驻港特派员公署成立十周年酒会致辞(附图/短片)', '行政长官在外交部驻港特派员公署成立十周年酒会致辞'], // www.info.gov.hk, eval c3b-infogovhk
    ['李桂华获铜紫荆 (附完整授勋名单)', '李桂华获铜紫荆'], // www.am730.com.hk
  ])("while a press office's note of attachments still comes off: %s", (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });
});

describe("a speech's name-and-post line and its note in brackets under a short title", () => {
  it("reads 任志刚，香港金融管理局总裁 as the speaker's name line (hkma.gov.hk, eval unseen4 x1-hkma)", () => {
    expect(parseNameLine('任志刚，香港金融管理局总裁')).toEqual({ name: '任志刚', role: '香港金融管理局总裁' });
    expect(parseNameLine('拜会张忠谋，蔡英文期待与企业共同面对挑战')).toBeUndefined();
  });

  it.each([
    ['（於伦敦举行的香港驻伦敦经济贸易办事处/英国无形贸易协会讲座）'], // hkma.gov.hk: the occasion
    ['（此份会议纪要业经政府当局审阅）'], // legco.gov.hk (wide sample): the minutes' standing
    ['（预拟致词稿）'], // mofa.gov.tw (wide sample): a draft's mark
  ])('refuses a line wholly in brackets as a title: %s', (line) => {
    expect(refusal(line)).toBeDefined();
  });
});

describe('a title of two or three characters', () => {
  it('is the heading the page prints three times over its speech (风眼 on hkma.gov.hk, eval unseen4 x1-hkma)', () => {
    // The lines as the title stage reads them (the chrome and repeats stages took two of the copies), and the page before chrome.
    const lines = ['1998年03月11日', '风眼', '任志刚，香港金融管理局总裁', '（於伦敦举行的香港驻伦敦经济贸易办事处/英国无形贸易协会讲座）', '1. 在主权移交前的过渡期，经常有人会问1997年或1997年7月1日以后会怎样。', '2. 具体来说，在金融方面，香港的货币制度得以巩固。'];
    const before = ['风眼', '演讲辞', '1998年03月11日', '风眼', '任志刚, 香港金融管理局总裁', '(於伦敦举行的香港驻伦敦经济贸易办事处/英国无形贸易协会讲座)', '风眼', '1. 在主权移交前的过渡期,经常有人会问1997年或1997年7月1日以后会怎样。'];
    expect(chooseTitle(lines, 0, { before })?.block.clean.title).toBe('风眼');
  });

  it('is the heading right above the info line (两会 on jksb.com.cn, eval unseen3 w2-jksb)', () => {
    const lines = ['两会', '3月2日~11日，由人民网和健康时报社联合主办的“健康中国人·全国两会健康E客厅”视频、文图访谈陆续进行。', '活动共10场。'];
    const before = ['当前位置:首页 > 时报检索 > 电子报 > 正文', '两会', '2016-03-08 01:49:48来源:健康时报|分享|扫描到手机', '3月2日~11日,由人民网和健康时报社联合主办的“健康中国人·全国两会健康E客厅”视频、文图访谈陆续进行。'];
    expect(chooseTitle(lines, 0, { before })?.block.clean.title).toBe('两会');
  });

  it('is not a name printed once, nor a short line printed twice', () => {
    expect(chooseTitle(['张伟', '3月2日，活动在北京举行。'], 0, { before: ['张伟', '2016-03-08 01:49:48 来源：健康时报', '3月2日,活动在北京举行。'] })).toBeUndefined();
    expect(chooseTitle(['风眼', '1. 在主权移交前的过渡期，经常有人会问。'], 0, { before: ['风眼', '风眼', '1. 在主权移交前的过渡期,经常有人会问。'] })).toBeUndefined();
  });
});

describe("a model-text site's marks stacked after the title", () => {
  it.each([
    ['演讲比赛领导开场致辞(汇总16篇)篇一', '演讲比赛领导开场致辞'], // xyvh.cn (wide sample): the collection's count, then the item's number
    ['大学校长开学典礼致辞4篇', '大学校长开学典礼致辞'], // luoyanghlwj.com: one mark, as before
  ])('all come off: %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });
});

describe("a columnist's label before the headline, ended by a 》 whose 《 the page dropped", () => {
  it.each([
    ['李华球》可悲！民进党用造谣生事才能处理两岸问题', '可悲！民进党用造谣生事才能处理两岸问题'], // j-media.tw (wide sample)
  ])('comes off %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it.each([
    // nownews.com (wide sample, the 名家論壇 column's listing): the column's name ended by 》. The writer's credit
    // after it (單厚之/) is a byline this rule does not take; only the label is asserted here.
    ['名家論壇》單厚之/侯友宜真能再戰2028?', '名家論壇》'],
    ['名家論壇》沈怡昕/《國寶》:雕鴞的報恩', '名家論壇》'],
  ])("takes a column's name so ended off %s", (line, label) => {
    const clean = cleanTitle(line);
    expect(clean.cut.map((c) => c.text)).toContain(label);
    expect(clean.title.startsWith(label)).toBe(false);
  });

  it('leaves a headline with a slash inside it, and a book title in 《》, alone', () => {
    expect(cleanTitle('《百年大党面对面》心得体会').title).toBe('《百年大党面对面》心得体会');
    expect(cleanTitle('中国/东盟自贸区建设取得新进展').title).toBe('中国/东盟自贸区建设取得新进展');
  });
});
