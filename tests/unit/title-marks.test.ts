// What a page prints around a headline on the same line — a column's label
// before it, a picture marker after it, marks wrapping it whole — and a
// line at the top that is only the page's count of itself. Real lines of
// pages of two sites or more for each rule; expected titles written by hand
// from the pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { cleanTitle, refusal } from '../../scripts/ingest/structure/title-clean.ts';
import { columnLabel } from '../../scripts/ingest/structure/title-column.ts';
import { findTitle, startsText } from '../../scripts/ingest/structure/title.ts';

const page = (name: string) => readFileSync(new URL(`../fixtures/titles/${name}`, import.meta.url));

describe('a column label glued before the headline', () => {
  it.each([
    // 119.23.250.19 (unseen2 v1-ipmirror): a label as long as the headline after 丨.
    ['经济热点部长谈丨“拼”出来的丰收', '“拼”出来的丰收'],
    // www.gdpsj.com (tests/fixtures/titles/gdpsj-qianwan.txt).
    ['乡村之美丨“千万工程”二十年', '“千万工程”二十年'],
    // chuansong (holdout h4-chuansong) and nbd (c3b-nbd): with spaces around |.
    ['时局 | 习近平：欢迎知识分子提出批评 不抓辫子不扣帽子', '习近平：欢迎知识分子提出批评 不抓辫子不扣帽子'],
    ['记者现场手记 | 平凡之年一场不平凡的发布会：轻松气氛贯穿全场', '平凡之年一场不平凡的发布会：轻松气氛贯穿全场'],
    // edblok.com (unseen2 v1-edblok): the label's opening bracket cut off with the page title's start, the site's name after.
    ['访谈实录)最高人民检察院办公厅主任王松苗解读最高检工作报告-新华网', '最高人民检察院办公厅主任王松苗解读最高检工作报告'],
    // www.shzx.org (unseen2 v2-shzx): a campaign's name in 【】, longer than a column's.
    ['【持续推进扫黑除恶专项斗争】警方要求“扫黑办”积极公布举报联络方式便捷群众“就近举报”', '警方要求“扫黑办”积极公布举报联络方式便捷群众“就近举报”'],
    // bid.caigoupt.com (tests/fixtures/titles/caigoupt-tianjin.txt): a channel's name before the 【】.
    ['天津【关注两会】政协委员积极通过提案建言资政', '政协委员积极通过提案建言资政'],
  ])('%s → %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it('records the label it cut', () => {
    expect(cleanTitle('乡村之美丨“千万工程”二十年').cut).toEqual([{ text: '乡村之美丨', reason: 'column label before the title' }]);
  });

  it.each([
    // A short headline before a site's name is not a label (ifeng's 政能亮丨… has the headline after it).
    ['采访部长|新华网', '采访部长'],
    // A headline quoting its words opens with a quotation mark, not a label.
    ['“稳经济”需要跑出“加速度”', '“稳经济”需要跑出“加速度”'],
    // A heading's number is not a label whose bracket was cut off.
    ['十一）关于加强管理的通知', '十一）关于加强管理的通知'],
  ])('%s stays %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it('leaves a label alone when too little is left to be a headline', () => {
    expect(columnLabel('两会·人大开幕|采访部长')).toBeUndefined();
    expect(columnLabel('经济热点部长谈丨“拼”出来的丰收', () => false)).toBeUndefined();
  });
});

describe('a picture marker after the headline', () => {
  it.each([
    // jd.sjtu.edu.cn (unseen2 v2-sjtu).
    ['研究生院党支部召开学习贯彻校第十次党代会精神专题报告会[图]', '研究生院党支部召开学习贯彻校第十次党代会精神专题报告会'],
    // news.cctv.com and www.tielingcn.com, as their lists print their headlines.
    ['抗战烽火：一·二八淞沪抗战[组图]', '抗战烽火：一·二八淞沪抗战'],
    ['新城供热杯“孝道铁岭”微信大赛启动 [组图]', '新城供热杯“孝道铁岭”微信大赛启动'],
  ])('%s → %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });
});

describe('marks wrapping the whole headline', () => {
  it.each([
    // fcyser.com (unseen2 v2-fcyser): the footer's 标题： field quotes the headline.
    ['“望都县中医医院举行“弘扬抗疫精神，护佑人民健康”为主题的庆祝表彰大会”', '望都县中医医院举行“弘扬抗疫精神，护佑人民健康”为主题的庆祝表彰大会'],
    // weibo.com: a microblog's headline in 【】.
    ['【安徽阜阳一动物园20只东北虎死亡？官方：成立调查组进行全面调查】', '安徽阜阳一动物园20只东北虎死亡？官方：成立调查组进行全面调查'],
  ])('%s → %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });

  it.each(['“稳经济”需要跑出“加速度”', '“两学一做”学习教育心得体会', '《网络主播行为规范》明确规定：31种行为将被严厉禁止'])('%s opens with a quoted word, not a wrapping pair', (line) => {
    expect(cleanTitle(line).title).toBe(line);
  });
});

describe("the page's count of its own length and reading time", () => {
  it.each([
    // fcyser.com (unseen2 v2-fcyser) and shcafe.org (tests/fixtures/titles/shcafe-counter.txt).
    '本篇文章647字，读完约2分钟',
    '本篇文章200字,读完约1分钟',
  ])('%s is never a title', (line) => {
    expect(refusal(line)).toBe("the page's count of its length or reading time");
  });

  it('a headline with a count glued after it is still a headline (sucai198.com)', () => {
    expect(refusal('县委书记在全县干部大会上的讲话(20241字)')).toBeUndefined();
  });

  it('shcafe.org: the title stands only in the footer’s 标题 field, and the count is not text', () => {
    const result = ingestOne({ path: 'shcafe-counter.txt', bytes: page('shcafe-counter.txt') });
    expect(result.kind).toBe('document');
    if (result.kind !== 'document') return;
    expect(result.meta.titleSource).toBe('found');
    expect(result.meta.title).toBe('吕巷镇召开创城工作第二次测评情况通报暨迎检动员会');
    expect(result.blocks.map((b) => b.text).join('\n')).not.toContain('读完约');
    // The whole pipeline loads its models on the first page.
  }, 60_000);
});

describe("a title field's label before the title", () => {
  it.each([
    // zzuedu.com (tests/fixtures/titles/zzuedu-yishijie.txt): a forum's printable page.
    ['标题: 郑州大学第二附属医院举行首个中国医师节庆祝表彰大会', '郑州大学第二附属医院举行首个中国医师节庆祝表彰大会'],
    // shcafe.org (tests/fixtures/titles/shcafe-counter.txt): the footer's field.
    ['标题:吕巷镇召开创城工作第二次测评情况通报暨迎检动员会', '吕巷镇召开创城工作第二次测评情况通报暨迎检动员会'],
  ])('%s → %s', (line, title) => {
    expect(cleanTitle(line).title).toBe(title);
  });
});

describe('pages of other sites, through the whole pipeline', () => {
  it('zzuedu.com: the title from under its field label', () => {
    const result = ingestOne({ path: 'zzuedu-yishijie.txt', bytes: page('zzuedu-yishijie.txt') });
    expect(result.kind === 'document' && result.meta.titleSource).toBe('found');
    expect(result.kind === 'document' && result.meta.title).toBe('郑州大学第二附属医院举行首个中国医师节庆祝表彰大会');
  }, 60_000);

  // jingyanben.com: a speech opening on its greeting (大家下午好, its ！ lost); bbs.10yan.com: a story opening on its byline.
  it.each(['jingyanben-yishijie.txt', '10yan-chaye.txt'])('%s states no title: derived', (name) => {
    const result = ingestOne({ path: name, bytes: page(name) });
    expect(result.kind === 'document' && result.meta.titleSource).toBe('derived');
  }, 60_000);
});

describe("a speaker's greeting is the text's first line, never a title", () => {
  it.each([
    // jingyanben.com, without its ！; www.locpg.gov.cn (dirt-locpg) and syjyzs (pg-syjyzs) with it.
    '大家下午好',
    '大家好!',
    '各位记者朋友,大家上午好!',
  ])('%s', (line) => {
    expect(startsText(line)).toBe(true);
  });
});

describe('no headline ends in a conjunction before the lede', () => {
  it('bbs.10yan.com: a day after 和 stands inside the first sentence', () => {
    const line = readFileSync(new URL('../fixtures/titles/10yan-chaye.txt', import.meta.url), 'utf8').split('\n')[0]!;
    expect(findTitle([line.replace(/,/gu, '，')], 0)).toBeUndefined();
  });
});
