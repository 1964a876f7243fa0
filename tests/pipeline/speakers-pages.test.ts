// Speakers and the people named with posts, on real pages run through the
// whole pipeline: pages of tests/fixtures/classify/pages and of the evaluation
// corpus. The same stage on hand-written documents: tests/unit/speakers.test.ts.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';
import { fixture, ingestText } from '../fixtures/structure/harness.ts';

const meta = (dir: string, name: string) => ingestText(fixture(dir, name)).data.meta;

/** A real page through the whole pipeline: a file of tests/fixtures/classify/pages or an evaluation case's raw file. */
function page(ref: string) {
  const url = ref.endsWith('.txt')
    ? new URL(`../fixtures/classify/pages/${ref}`, import.meta.url)
    : new URL(`../eval/cases/${ref}/${readdirSync(new URL(`../eval/cases/${ref}/`, import.meta.url)).find((n) => n.startsWith('raw.'))}`, import.meta.url);
  const result = ingestOne({ path: url.pathname.split('/').pop()!, bytes: readFileSync(url) });
  if (result.kind !== 'document') throw new Error(`${ref}: ${result.reason}`);
  return result.meta;
}

describe('speakers of speeches', { timeout: 60_000 }, () => {
  it('the name line under the title, left at the top of the body by a page that repeats its title', () => {
    expect(page('inst-shaoxing-yizhong-speech').speakers).toEqual([{ name: '王琛' }]);
    expect(page('txt-shuren100-henan-education-speech').speakers).toEqual([{ name: '徐济超', role: '河南省人民政府副省长' }]);
  });

  it('the name before its post in the title; a Hong Kong married name on the line above the salutation', () => {
    expect(page('ho-shanxify-taiyuan-court-speech').speakers).toEqual([{ name: '冯少勇', role: '院长' }]);
    expect(page('ho-newsgovhk-lam-zhejiang-speech').speakers).toEqual([{ name: '林郑月娥', role: '政务司司长' }]);
  });

  it('a press release whose lead-in names the speaker (以下为行政长官…今日…的致辞全文：)', () => {
    expect(page('c3b-infogovhk-tsang-ocmfa-speech').speakers).toEqual([{ name: '曾荫权', role: '行政长官' }]);
    expect(page('08nm-hk-chief-executive-speech.txt').speakers).toEqual([{ name: '曾荫权', role: '行政长官' }]);
    expect(page('isd-hk-national-day-speech.txt').speakers).toEqual([{ name: '李家超', role: '行政长官' }]);
  });

  it('a speaker who introduces himself in his first sentences (大家好！我是…的熊润泽，…), on school pages without a name line', () => {
    expect(page('whu-fuxiao-flag-speech.txt').speakers).toEqual([{ name: '杨博玮' }]);
    expect(page('wit-freshman-speech.txt').speakers).toEqual([{ name: '冯若茜' }]);
    expect(page('jhun-freshman-speech.txt').speakers).toEqual([{ name: '熊润泽' }]);
  });

  it('the name after 代表 in the title (新生代表张译文发言, 教师代表徐文守老师开学典礼发言)', () => {
    expect(page('xinguip-freshman-representative-speech.txt').speakers).toEqual([{ name: '张译文' }]);
    expect(page('jxfls-teacher-representative-speech.txt').speakers).toEqual([{ name: '徐文守' }]);
  });

  it('nobody when the speech never names its speaker, whoever else it names', () => {
    expect(page('txt-wm114-county-village-election-speech').speakers).toEqual([]);
    expect(page('txt-gongwk-township-revitalisation-pledge').speakers).toEqual([]);
    // 刚才，金华同志代表院党组传达了中央政法委书记周永康同志在…上的重要讲话: a speech quoted, not this speech's speaker.
    const court = page('pg-shanhaijingshui-court-speech');
    expect(court.speakers).toEqual([]);
    expect(court.people).toContainEqual({ name: '周永康', post: '中央政法委书记' });
    expect(page('010zaixian-zhuchici.txt').speakers).toEqual([]);
    // 今天会上，市委高纪明书记还将作重要讲话: the one who speaks after this speaker.
    const city = page('dawenge-civilised-city-speech.txt');
    expect(city).toMatchObject({ type: 'speech', speakers: [], people: [{ name: '高纪明', post: '市委书记' }] });
  });
});

describe('speakers of interviews', { timeout: 60_000 }, () => {
  it('the people the answering turns are labelled with', () => {
    expect(page('sina-chongqing-qa-interview.txt').speakers).toEqual([{ name: '王鸿举' }]);
    expect(page('news-chinaneast-farm-machinery-interview').speakers).toEqual([{ name: '李金泽' }]);
    expect(page('cctv-interview.txt').speakers).toEqual([{ name: '任永蔚', role: '中央电视台记者' }]);
  });

  it('a label of surname and post, matched to the guest the opening introduces', () => {
    expect(page('yixing-gov-interview.txt').speakers).toEqual([{ name: '沈勇', role: '市卫健委主任' }]);
  });

  it('in a press briefing, the guests the opening invited to answer; the host and the spokesman are no speakers', () => {
    expect(page('pg-syjyzs-chuifenghui-interview').speakers.map((s) => s.name)).toEqual(['黄守宏']);
    expect(page('txt-zhuti-agriculture-minister-press-interview').speakers.map((s) => s.name)).toEqual(['韩长赋']);
    expect(page('zhaobiao-nhc-presser.txt').speakers).toEqual([]);
    // …温家宝答记者问文字实录 over the live notes before the questions: the headline names him.
    expect(page('dali56-premier-presser-live-interview.txt').speakers).toEqual([{ name: '温家宝', role: '国务院总理' }]);
  });

  it('a lede that says whom the reporter interviewed: the reporter labelled by name asks', () => {
    expect(page('ijzq-village-interview.txt').speakers).toEqual([{ name: '严龙宝', role: '村支书' }]);
  });

  it('a ministry’s regular press conference: the spokesman the lede names answers every 答', () => {
    expect(page('zjol-mfa-presser.txt').speakers).toEqual([{ name: '耿爽', role: '外交部发言人' }]);
    expect(page('com3y-mfa-presser.txt').speakers).toEqual([{ name: '洪磊', role: '外交部发言人' }]);
  });

  it('questions told (有记者提问，…？) and answered by name (毛宁表示，…): an interview now, its spokesman named by the lede (…毛宁主持例行记者会)', () => {
    expect(page('hkcd-mfa-maoning-told-interview.txt').speakers).toEqual([{ name: '毛宁', role: '外交部发言人' }]);
    expect(page('laobingyuan-spokesman-debut-report.txt').speakers).toEqual([]);
  });

  it('a press conference 答问 and a guest 做客 a news site: the people named before those words answer', () => {
    expect(page('ho-xpj-chenjining-environment-interview').speakers.map((s) => s.name)).toEqual(['陈吉宁']);
    expect(page('ho-hhyfoundation-xuyongguang-interview').speakers.map((s) => s.name)).toEqual(['徐永光']);
  });

  it('answers labelled 答: the interviewee named in the headline or the lede', () => {
    expect(page('pg-sina-shanxi-jiwei-interview').speakers).toEqual([{ name: '张晓亚', role: '省纪委副书记' }]);
    expect(page('deyi-forum-interview.txt').speakers).toEqual([{ name: '周先旺', role: '武汉市市长' }]);
    expect(meta('classify', 'profile-zhuanfang.txt').speakers).toEqual([{ name: '孙晓梅', role: '市文旅局局长' }]);
  });

  it('a studio host labelled by name who opens with a welcome asks; the guest answers', () => {
    expect(page('c3b-cctv-baikeming-hebei-interview').speakers.map((s) => s.name)).toEqual(['白克明']);
    expect(page('huatuo0-tencent-host-interview.txt').speakers.map((s) => s.name)).toEqual(['白岩松']);
  });
});

describe('people of reports and notices', { timeout: 60_000 }, () => {
  it('a report has no speakers: the officials it names go to people, with their posts', () => {
    const report = page('gcdr-gov-report.txt');
    expect(report.speakers).toEqual([]);
    expect(report.people).toEqual([
      { name: '张学忠', post: '省委书记、省人大主任' },
      { name: '张中伟', post: '省委副书记、省长' },
      { name: '秦玉琴', post: '省政协主席' },
      { name: '李崇禧', post: '省委副书记' },
      { name: '魏宏', post: '省委常委、组织部长' },
      { name: '晏永和', post: '省委常委、省委秘书长' },
      { name: '陶武先', post: '省委副书记' },
    ]);
    expect(page('txt-smgov-sanming-police-chiefs-report').speakers).toEqual([]);
    expect(page('txt-smgov-sanming-police-chiefs-report').people).toEqual([{ name: '王锡章', post: '副市长、公安局长' }]);
  });

  it('a court report: judges by their posts, the speaker of the meeting among them', () => {
    const court = page('hbfy-court-report.txt');
    expect(court.speakers).toEqual([]);
    expect(court.people?.slice(0, 3)).toEqual([
      { name: '熊顺', post: '省法院立案庭庭长' },
      { name: '杨京晶', post: '省法院立案庭副庭长' },
      { name: '文利红', post: '黄冈中院党组书记、院长' },
    ]);
  });

  it('a hospital report: the post before the name or after it', () => {
    expect(page('healthcn-hospital-report.txt').people).toEqual([
      { name: '陆庆革', post: '院长党委副书记' },
      { name: '李华', post: '副院长' },
    ]);
    expect(page('lyruiju-hospital-report.txt').people).toEqual([
      { name: '李士慧', post: '区政协副主席' },
      { name: '李光文', post: '专委会主任' },
      { name: '吴景梅', post: '副院长' },
    ]);
  });

  it('a notice names nobody here', () => {
    expect(page('huzhou-wjw-notice.txt')).toMatchObject({ speakers: [], people: [] });
  });
});
