// Classes of page dirt the chrome, repeats and html stages take out as a
// whole — captions and credits, bylines, planted profiles, document-site
// page numbers, topics, lost link prompts, cut-short copies — run on real
// pages (evaluation cases and page excerpts) through the cleaning stages, with
// what must go and what must stay written from the page by hand.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { splitGluedHeadline, stripHashtags } from '../../scripts/ingest/stages/chrome/inline.ts';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { extractHtml } from '../../scripts/ingest/stages/html.ts';
import { dropRepeats } from '../../scripts/ingest/stages/repeats.ts';
import type { IngestFile, Stage } from '../../scripts/ingest/types.ts';

/** An evaluation case's raw page (or a page excerpt) run through the cleaning stages up to and including `last`. */
function through(source: string, last: Stage): IngestFile {
  const url = source.endsWith('.txt')
    ? new URL(`../fixtures/chrome/pages/${source}`, import.meta.url)
    : new URL(`../eval/cases/${source}/${readdirSync(new URL(`../eval/cases/${source}/`, import.meta.url)).find((n) => n.startsWith('raw.'))}`, import.meta.url);
  const file = createFile({ path: url.pathname.split('/').pop()!, bytes: readFileSync(url) });
  for (const stage of cleaningStages.slice(0, cleaningStages.indexOf(last) + 1)) stage(file);
  return file;
}

const lines = (file: IngestFile) => String(file.value).split('\n').map((l) => l.trim()).filter(Boolean);
const text = (file: IngestFile) => String(file.value);
const removedBy = (file: IngestFile, rule: string) => file.data.removed.filter((r) => r.rule === rule).map((r) => r.text);

describe('picture captions and credits', () => {
  it('a run of captions between the headline and the lede goes, the subtitle above it stays (gkhcyb.com)', () => {
    const file = through('txt-gkhcyb-shaanxi-agriculture-chiefs-report', stripChrome);
    expect(removedBy(file, 'photo-caption')).toEqual(['省委农办主任,省农业农村厅党组书记、厅长孙矿玲讲话', '省农业农村厅党组成员、副厅长王韬主持会议', '主会场', '交流发言']);
    expect(lines(file)[1]).toBe('——全省农业农村局长会议在西安召开');
    expect(lines(file)[2]).toMatch(/^2月18日,全省农业农村局长会议在西安召开。/u);
  });

  it('alt text and captions after the lede go, the transcript heading after them stays (zhuti.net.cn)', () => {
    const file = through('txt-zhuti-agriculture-minister-press-interview', stripChrome);
    const kept = lines(file);
    const lede = kept.findIndex((l) => l.startsWith('十三届全国人大一次会议新闻中心于3月7日上午举行记者会'));
    expect(kept.slice(lede + 1, lede + 3)).toEqual(['文字实录', '主持人:']);
    expect(removedBy(file, 'photo-caption')).toEqual(expect.arrayContaining(['农业部部长韩长赋', '记者会现场', '中国农村杂志社全媒体记者蒋钊向农业部部长韩长赋提问']));
  });

  it('a caption above its credit line goes with it; the article after them stays (paper.people.com.cn)', () => {
    const kept = lines(through('people-paper-captions.txt', stripChrome));
    expect(kept.some((l) => /摄$|合影。$|进行处置。$/u.test(l))).toBe(false);
    expect(kept.at(-1)).toMatch(/^近一周,纵观网络舆情/u);
  });

  it('the caption goes also when a blank line stands between it and its credit (jxqcjlb.com, a mirror of china.com.cn)', () => {
    const kept = lines(through('jxqcjlb-captions.txt', stripChrome));
    expect(kept.some((l) => l.startsWith('3月5日,几位全国人大代表') || l.endsWith('摄'))).toBe(false);
    expect(kept.some((l) => l.startsWith('3月3日,全国政协十三届二次会议在北京开幕'))).toBe(true);
  });

  it('a Xinhua caption, the event and then 这是 with what the picture shows, goes above its credit line; the quotes around it stay (fjsen)', () => {
    const file = through('xinhua-zheshi-captions.txt', stripChrome);
    const kept = lines(file);
    expect(kept.some((l) => l.includes('这是文化部部长雒树刚接受采访') || l === '新华社记者 张玉薇 摄')).toBe(false);
    expect(kept.some((l) => l.startsWith('“有人说只有让群众‘点菜’'))).toBe(true);
    expect(kept.some((l) => l.startsWith('当天,十二届全国人大五次会议在人民大会堂举行第三次全体会议'))).toBe(true);
  });

  it('a video player’s controls go as a line of their own, the article after them stays (news.cn)', () => {
    const file = through('news-xinhua-liqiang-xinjiang', stripChrome);
    expect(text(file)).not.toContain('Play Video');
    expect(removedBy(file, 'video-player')).toEqual(['Play Video']);
  });

  it('the html stage drops captions a page marks as such, the paragraphs around them stay (bbc.co.uk)', () => {
    const file = through('html-bbc-hk-chief-executive-apology', extractHtml);
    expect(text(file)).not.toContain('梁振英同时遭到泛民主派和亲北京阵营议员质问');
    expect(text(file)).not.toContain('梁振英的山顶大宅于6月份被揭发存有违章建筑');
    expect(text(file)).toContain('香港行政长官梁振英在各方压力下就其大宅的违章建筑');
    expect(removedBy(file, 'photo-caption')).toHaveLength(2);
  });
});

describe('bylines and credits', () => {
  it('takes a bare byline glued after the last sentence, and production credits, bracketed or not', () => {
    // www.dingzhoudaily.com and www.cna.com.tw, as the pages print them.
    expect(trailingCredit('各村街秸秆禁烧巡逻队,每天不定时巡查,对辖区内秸秆、树枝、干草、垃圾等可燃物进行清运,及时清除焚烧隐患。记者程文昭、通讯员靳颖')).toEqual({
      line: '各村街秸秆禁烧巡逻队,每天不定时巡查,对辖区内秸秆、树枝、干草、垃圾等可燃物进行清运,及时清除焚烧隐患。',
      credit: '记者程文昭、通讯员靳颖',
    });
    expect(trailingCredit('已经要求农委会在一段时间内尽全力缓解。（编辑：苏龙麒）1120221')?.credit).toBe('（编辑：苏龙麒）1120221');
  });

  it('takes the page’s notes glued after the last sentence: original title, source, editor, share button (m.takefoto.cn)', () => {
    // The chrome stage alone, on the line as the page glued it: the glued-page stage before it sets the notes on a line of their own.
    const file = createFile({ path: 'takefoto-news.txt', bytes: new Uint8Array() });
    file.value = readFileSync(new URL('../fixtures/chrome/pages/takefoto-news.txt', import.meta.url), 'utf8');
    stripChrome(file);
    expect(lines(file)[0]!).toMatch(/截至目前,南阳市一共转移群众近8000人。$/u);
    expect(removedBy(file, 'trailing-credit')).toEqual(['(原标题:河南南阳遭遇强降雨 已转移群众近8000人) 来源:央视新闻客户端 流程编辑:TF060 分享到']);
    expect(file.data.front).toContain('(原标题:河南南阳遭遇强降雨 已转移群众近8000人) 来源:央视新闻客户端 流程编辑:TF060 分享到');
  });

  it('a video’s credits block after the text goes whole (m.cmstop.zt.jsw.com.cn)', () => {
    const kept = lines(through('jsw-credits.txt', stripChrome));
    expect(kept.at(-1)).toBe('在此,《新华社记者说》祝大家新春快乐!祝福伟大祖国繁荣昌盛!');
  });

  it('leaves a report’s bracketed byline and a paragraph’s last clause alone', () => {
    // www.yndaily.com prints the reporter in brackets as part of the last paragraph.
    expect(trailingCredit('积极推进工业企业绿色化、智能化改造，推动云南工业高质量发展。（记者胡晓蓉）')).toBeUndefined();
    expect(trailingCredit('这些硬仗打得漂亮！但我们更要清醒')).toBeUndefined();
  });

  it('sets bylines aside in the front lines, where the source stage reads authors and newsroom (toutiao.com, news.dahe.cn)', () => {
    expect(through('html-toutiao-xinhua-foreign-trade', stripChrome).data.front).toContain('新华社记者邹多为、唐诗凝、丁乐');
    expect(through('news-dahe-conductor-teacher', stripChrome).data.front).toContain('顶端新闻·河南商报记者马俊峰/文受访者供图');
  });
});

describe('a journal article’s catalogue data', () => {
  it('keywords, classification numbers and the English title, author, affiliation and abstract go; the Chinese abstract stays (m.jizihe.com)', () => {
    const kept = lines(through('jizihe-journal.txt', stripChrome));
    expect(kept.some((l) => /关键词|分类号|Abstract|Key words|Governance Path|Grassroots|XUE/u.test(l))).toBe(false);
    expect(kept.some((l) => l.includes('精神懈怠危险是中国共产党长期执政所要面对的处于首要位置的危险'))).toBe(true);
  });
});

describe('a profile planted in a mirrored page', () => {
  it.each([
    ['web-mirror-miit-beijing-telecom', '关于专家组', '检查小组认为各公司思想认识到位', '60周年国庆庆典活动日益临近'],
    ['web-mirror-sc-health-reply', '关于专家组成员简介', '医药健康产业链细分为六条产业链', '近年来广安市医药健康产业得到快速发展'],
  ])('%s: the profile goes, the paragraphs before and after it stay', (slug, head, before, after) => {
    const file = through(slug, stripChrome);
    expect(text(file)).not.toContain(head);
    expect(text(file)).toContain(before);
    expect(text(file)).toContain(after);
  });

  it('stays when the document itself names the person it profiles', () => {
    const file = through('web-mirror-sc-health-reply', stripChrome);
    const profile = removedBy(file, 'planted-profile')[0]!;
    const own = createFile({ path: 'own.txt', bytes: new Uint8Array() });
    own.value = [profile, '段杰代表在会上介绍了医美产业园的建设情况，得到与会代表的肯定。'].join('\n');
    stripChrome(own);
    expect(text(own)).toContain('关于专家组成员简介');
  });
});

describe('a document site’s page numbers', () => {
  it('go from the start of each preview page, also inside a word (szcn-led.com)', () => {
    const body = text(through('dirt-szcnled-zhucheng-emergency-plan', stripChrome));
    expect(body).toContain('市内航空救援实现50公里飞行半径全覆盖');
    expect(body).toContain('有效处置率达100%。-市综合和专业应急指挥平台');
    expect(body).not.toMatch(/(?:^|\n)1、诸城市/u);
  });

  it('go, and a sentence split by a page break is joined again (taowenge)', () => {
    const body = text(through('txt-taowenge-county-ecology-speech', stripChrome));
    expect(body).toContain('生态环境问题已成为全社会关注的焦点问题。过去,老百姓');
    expect(body).not.toMatch(/(?:^|\n)[12]、/u);
  });

  it('stay in a list on a page that is no document site', () => {
    const body = text(through('html-qianlong-beijing-children-survey', stripChrome));
    expect(body).toContain('2、营造尊重权利、尊重个性、尊重差异的心理环境。');
  });
});

describe('topics, lost link prompts and cut-short copies', () => {
  it('Weibo topics go from the post, the headline glued before its first sentence goes on a line of its own (weibo.com)', () => {
    const file = through('html-weibo-fuyang-tiger-deaths', dropRepeats);
    const kept = lines(file);
    expect(text(file)).not.toContain('#');
    expect(kept).not.toContain('同时转发');
    expect(kept.some((l) => l.endsWith('...'))).toBe(false);
    const headline = kept.indexOf('安徽阜阳一动物园20只东北虎死亡？官方：成立调查组进行全面调查');
    expect(headline).toBeGreaterThanOrEqual(0);
    expect(kept[headline + 1]).toMatch(/^阜阳市人民政府新闻办公室通报/u);
    expect(removedBy(file, 'cut-short-copy')).toEqual(['【安徽阜阳一动物园2...']);
  });

  it('a newsroom credit in 【】 opening the first sentence stays in it: no headline (jw0577.com mirror of 财经网, huanqiu.com)', () => {
    const caijing = '【《财经网》专稿/记者 罗昌平】今日上午10时26分,中共中央总书记、国家主席、中央军委主席****通过《人民网•强国论坛》与在线网友交流,并视频直播。';
    const huanqiu = '【环球网报道 记者 赵衍龙】美国当地时间12日凌晨，佛州“脉动奥兰多”夜总会发生美国30年以来最惨烈的大规模枪击案，目前已经造成50人死亡，53人受伤。';
    expect(splitGluedHeadline(['历时20分钟回答三个提问,为新中国成立以来首个通过网络视频在线交流的最高领导人', caijing])).toBeUndefined();
    expect(splitGluedHeadline([huanqiu])).toBeUndefined();
    const body = lines(through('c3c-jw0577-forum-hu-online-report', stripChrome));
    expect(body).toContain(caijing);
  });

  it('topics quoted in a sentence stay (soso.bot)', () => {
    const paragraph = lines(through('sosobot-topics.txt', stripChrome)).at(-1)!;
    expect(stripHashtags(paragraph).cut).toEqual([]);
    expect(paragraph).toContain('另一话题“#人民日报谈追梦这十年”下冲塔');
  });

  it('the prompt of a dropped link goes from both lines it was split over (yangtse.com)', () => {
    const body = text(through('news-yangtse-new-year-meetings', stripChrome));
    expect(body).not.toContain('详情请点击链接');
    expect(body).not.toMatch(/\n）/u);
    expect(body).toContain('吹响全年工作冲锋号。\n江苏省委常委、苏州市委书记曹路宝强调');
  });
});

describe('a newspaper page and an endless page around the text', () => {
  it('the next article after 往下看更多文章 goes whole, prose and all (bastillepost.com)', () => {
    const file = through('c3b-bastillepost-sam-macau-press-report', stripChrome);
    const kept = lines(file);
    expect(kept.at(-1)).toMatch(/^岑浩辉表示,透过传媒准确、及时的报导/u);
    expect(removedBy(file, 'next-article')[0]).toBe('往下看更多文章');
    expect(removedBy(file, 'next-article')).toContain('2025年01月28日 16:12 最后更新:16:12');
  });

  it('captions closed by their picture source in brackets go (bastillepost.com)', () => {
    const file = through('c3b-bastillepost-sam-macau-press-report', stripChrome);
    expect(removedBy(file, 'photo-credit')).toEqual(['澳门议事亭前地(巴士的记者摄)', '澳门议事亭前地(巴士的记者摄)', '岑浩辉。 (澳门特别行政区政府入口网站图片)', '岑浩辉。 (澳门特别行政区政府入口网站图片)']);
  });

  it('a jump note glued after the last sentence is cut, the sentence stays; the paper rights notice goes (0471tv)', () => {
    const file = through('c3b-0471tv-kaiju-xinbufa-report', stripChrome);
    const kept = lines(file);
    expect(kept.at(-1)).toBe('岁末年初,“高质量发展”成为拓展回稳向上态势的关键词。');
    expect(removedBy(file, 'trailing-credit')).toContain('(下转第3版)');
    expect(text(file)).not.toMatch(/版权均属|未经本报授权|中国互联网举报中心/u);
  });

  it("a journal page's jump note is a page note too", () => {
    // 舰船电子工程 2023年第1期 as a PDF conversion prints it.
    expect(trailingCredit('根据式（17）依次求得各方案的相对贴近度G，如表5所示。（下转第191页）')).toEqual({ line: '根据式（17）依次求得各方案的相对贴近度G，如表5所示。', credit: '（下转第191页）' });
  });

  it("a survey widget's loading lines and the expander under the text go (gmw.cn)", () => {
    const file = through('c3b-gmw-space-zebrafish-report', stripChrome);
    expect(text(file)).not.toMatch(/调查问题加载中|请刷新本页面|阅读剩余全文/u);
    expect(lines(file).slice(0, 2)).toEqual(['中国“太空养鱼”项目进展顺利 “鱼航员”状态良好', expect.stringMatching(/^新华社北京5月19日电/u)]);
  });
});
