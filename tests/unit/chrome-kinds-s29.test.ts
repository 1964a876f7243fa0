// Site chrome of hospital, government and essay sites left in clean bodies
// (twenty-ninth session, chromekinds): a greeting naming the institution
// (欢迎您访问临沂市中心医院!, kinds3 lyszxyy; 欢迎访问开鲁县人民政府!, unseen21 kailu), an
// essay site's slogan (德育素材网提供各类范文写作素材!, unseen23 7rdy;
// 携笔同道www.xiebitongdao.com,每天更新精彩范文, unseen22 xiebitongdao), a site's contact
// record glued after the last sentence (kinds3 dohacking, unseen20 ruclaw), a jump
// note numbered in characters ((下转第二版), unseen24 yybnet; (下转第3版), cases 0471tv).
import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { stripTrailingContacts } from '../../scripts/ingest/stages/chrome/inline.ts';
import { trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { keptLines } from '../fixtures/chrome/harness.ts';

describe('a greeting naming the institution whose site it is', () => {
  it('is the site-greeting rule', () => {
    expect(classifyChrome('欢迎您访问临沂市中心医院!')?.rule).toBe('site-greeting');
    expect(classifyChrome('欢迎访问开鲁县人民政府!')?.rule).toBe('site-greeting');
    expect(classifyChrome('您好,欢迎访问某某县人民医院,今天是2024年3月1日 星期五')?.rule).toBe('site-greeting');
  });

  it('is not a speech welcoming its audience, nor a sentence that goes on', () => {
    expect(classifyChrome('欢迎来到北京大学')?.rule).not.toBe('site-greeting');
    expect(classifyChrome('欢迎各位领导莅临我院指导工作!')?.rule).not.toBe('site-greeting');
    expect(classifyChrome('欢迎访问我院的专家们在会上介绍了经验。')?.rule).not.toBe('site-greeting');
  });

  it('goes above the text, which stays', () => {
    const text = '4月22日，我院召开了大讨论活动动员大会，中医科、康复科等科室医务人员近100人参加了此次会议。';
    expect(keptLines(['欢迎您访问临沂市中心医院!', '', text])).toEqual([text]);
  });
});

describe("an essay site's slogan", () => {
  it('is the essay-site-slogan rule', () => {
    expect(classifyChrome('德育素材网提供各类范文写作素材!')?.rule).toBe('essay-site-slogan');
    expect(classifyChrome('携笔同道www.xiebitongdao.com,每天更新精彩范文')?.rule).toBe('essay-site-slogan');
  });

  it('is not a sentence of a text about providing materials', () => {
    expect(classifyChrome('县教育局为全县学校提供各类教学资料。')?.rule).not.toBe('essay-site-slogan');
    expect(classifyChrome('人民网提供新闻资讯服务，覆盖全国。')?.rule).not.toBe('essay-site-slogan');
  });
});

describe("a site's contact record glued after the last sentence", () => {
  it('is cut, and the sentence stays', () => {
    const last = '医院党委书记张然良同志表示，希望广大党员干部努力推动医院实现新的跨越。';
    const contacts = '急救电话:0813-120 预约挂号电话:0813-2401126、0813-2401026 投诉电话:2300337 联系电话(传真):0813-2201981 电子邮箱:zg_120@126.com';
    expect(stripTrailingContacts(last + contacts)).toEqual({ line: last, cut: [contacts] });
    const intro = '“中国网·中国湖北”是中央重点新闻网站中国网专门搭建的专业平台,为新时期湖北对外宣传提供全方位服务。';
    expect(stripTrailingContacts(intro + '投稿邮箱:zgw42@qq.com,联系电话:027-8822118,传真:027-88221101。')).toEqual({
      line: intro,
      cut: ['投稿邮箱:zgw42@qq.com,联系电话:027-8822118,传真:027-88221101。'],
    });
  });

  it("stays when it is a notice's own contact: a person named, one or two pairs, no site service, or no sentence before it", () => {
    const notice = '请各单位于3月1日前报送材料。联系人:胡红梅 联系电话:0564-3379194 投诉电话:12345 邮箱:a@b.cn';
    expect(stripTrailingContacts(notice).cut).toEqual([]);
    expect(stripTrailingContacts('如有疑问请来电咨询。举报电话:08723034093').cut).toEqual([]);
    expect(stripTrailingContacts('请及时报告。值班电话:0737-7321051 传真:0737-7321052 邮箱:zb@163.com').cut).toEqual([]);
    expect(stripTrailingContacts('急救电话:0813-120 预约挂号电话:0813-2401126 投诉电话:2300337').cut).toEqual([]);
  });
});

describe('a jump note numbered in characters', () => {
  it('is the page’s after a sentence and on a line of its own', () => {
    expect(trailingCredit('岁末年初，“高质量发展”成为关键词。（下转第二版）')).toEqual({ line: '岁末年初，“高质量发展”成为关键词。', credit: '（下转第二版）' });
    expect(classifyChrome('(下转第二版)')?.rule).toBe('end-credit');
    expect(classifyChrome('(上接第一版)')?.rule).toBe('end-credit');
  });

  it('is not a numbered heading in brackets', () => {
    expect(classifyChrome('（二）工作目标')?.rule).not.toBe('end-credit');
    expect(classifyChrome('（第二版）')?.rule).not.toBe('end-credit');
  });
});
