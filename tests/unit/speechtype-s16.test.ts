// The sixteenth session's speech-type changes, on the development pages' own lines
// and on the near misses of the class sample (docs/wide-samples/speechtype-s16).
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { firedRules, scoreTypes, toldInThirdPerson, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', part: 'body', text }));
const view = (title: string | undefined, ...texts: string[]) => documentView(title, paragraphs(...texts), []);
const fired = (title: string | undefined, ...texts: string[]) => firedRules(view(title, ...texts)).map((r) => r.id);

describe('speech-own-greeting: a body sends its greeting in its own voice', () => {
  it('a court is the body, as a Party organ is (睢宁法院向…, 大荔法院向…)', () => {
    expect(fired(undefined, '岁序更迭，华章日新。卯兔年即将过去，甲辰年即将到来。睢宁法院向全县人民致以最真挚的祝福，向长期以来关心、支持法院工作的各级领导和社会各界朋友表示衷心的感谢。')).toContain('speech-own-greeting');
  });

  it('the greeting’s 向-clauses may be joined by ！ (…表示衷心的感谢！向…致以诚挚的问候！)', () => {
    const line = '岁且更始，时乃日新。值此元旦佳节之际，大荔法院向长期以来关心、支持法院工作的各级领导、社会各界朋友表示衷心的感谢！向履职尽责、躬耕不辍的全体法官干警以及默默奉献的干警家属致以诚挚的问候！向退休老同志及家属致以美好的祝福！';
    expect(fired(undefined, line)).toContain('speech-own-greeting');
    // …but a ！ that ends the sentence does not carry the subject into the next one.
    expect(fired(undefined, '大荔法院向退休老同志赠送慰问品！全院干警致以新春的问候。')).not.toContain('speech-own-greeting');
  });

  it('a list of bodies whose first and last are organs (磐石镇党委、人大、政府)', () => {
    expect(fired(undefined, '金牛奔盛世，紫燕舞卫城。值此新春佳节到来之际，磐石镇党委、人大、政府向所有关心支持磐石社会经济发展的各级领导、社会各界人士、海内外侨胞和全镇广大干部群众，致以诚挚的问候、美好的祝福和衷心的感谢！')).toContain('speech-own-greeting');
  });

  it('a report names who conveyed the greeting, or the leaders who visited (zhenguoke, sample 11)', () => {
    expect(fired(undefined, '2月5日，春节后上班的第一天，新野县委书记赵红亮带领县四大家领导到新野县法院走访看望法院干警，并向全院干警致以新春祝福和诚挚问候。')).not.toContain('speech-own-greeting');
    expect(fired(undefined, '王立申代表全院干警对县领导的慰问表示感谢。在新的一年里，新野县法院将继续高举司法为民旗帜。')).not.toContain('speech-own-greeting');
    expect(fired(undefined, '农历正月初一，我院党政领导班子成员及医务科、护理部负责人，深入各科室走访慰问春节期间坚守一线岗位的医务工作者，并对他们的辛勤付出表示衷心感谢和崇高的敬意，向他们致以节日的问候和新春的祝福。')).not.toContain('speech-own-greeting');
  });
});

describe('a speech told in the third person is a report of it', () => {
  // nbpengxuan.com (unseen9 a9-nbpengxuan): the headline names the 致辞, the text tells it.
  const title = '多家媒体报道我校校长开学致辞';
  const told = [
    '张志校长发表了题为《疫去春来早 奋楫勇争先》的热情洋溢的新学期致辞。他首先代表学校向全体师生致以新年最美好的祝福。致辞中，他表示上一学期，是极不平凡的一学期。',
    '最后，他呼吁全校师生一起以树立“品质教育”为目标，笃定信心、奋楫争先，共同谱写学校发展新篇章。',
  ];

  it('the headline’s genre word alone would make it a speech; the account makes it a report', () => {
    const doc = view(title, ...told);
    expect(firedRules(doc).map((r) => r.id)).toContain('speech-title');
    expect(toldInThirdPerson(doc)).toBe(true);
    expect(typeOf(scoreTypes(doc))).toBe('report');
  });

  it('a speech speaks as 我 or 我们, and quotes others as 他说 (not an account)', () => {
    const speech = view('新学期的校长致辞', '各位老师、同学们，大家好！', '在此我代表学校行政向大家拜个晚年。他说过的话，我们要记住。');
    expect(toldInThirdPerson(speech)).toBe(false);
    expect(typeOf(scoreTypes(speech))).toBe('speech');
  });

  it('a body speaking of itself as 我校 is still told from outside; a quotation is not the text’s voice', () => {
    expect(toldInThirdPerson(view(title, '我校校长发表致辞。他强调，“我们要奋楫争先”。'))).toBe(true);
  });

  it('a text with no speech type to take over is left alone (swgm.net, sample 09: a report already)', () => {
    const doc = view('校院举行离退休人员迎春团拜会', '本网讯 1月20日，校院举行离退休人员迎春团拜会。', '在致辞中，王国平首先代表校院领导班子，向老同志致以新春的问候和祝福。他指出，在过去的一年里，校院各方面工作取得了可喜的成绩。');
    expect(toldInThirdPerson(doc)).toBe(true);
    expect(typeOf(scoreTypes(doc))).toBe('report');
  });
});

describe('notice-formula: a notice sets out its arrangements point by point', () => {
  // yenching.edu.hk (unseen12 c12-yenching): a school's notice to parents under a greeting.
  const greeting = '各位家长和同学：教育局于7月14日宣布，因过去数天疫情有扩散的迹象，因此宣布除考试外，学校要由7月15日（星期三）起暂停所有校内活动两星期。有鉴于此，学校原定的安排更改如下：';

  it('安排更改如下： issues the notice, and the greeting to parents is its addressees', () => {
    const doc = view('有关教育局进一步收紧防疫安排的校本措施', greeting, '1. 中一、中二级原定于7月15日（明天）回校核对成绩表分数，将改在线上进行。');
    const ids = firedRules(doc).map((r) => r.id);
    expect(ids).toContain('notice-formula');
    expect(ids).not.toContain('speech-salutation');
    expect(typeOf(scoreTypes(doc))).toBe('notice');
  });

  it('a speech greets parents and pupils and announces no arrangements', () => {
    const doc = view(undefined, '各位家长、同学们：今天，我们在这里隆重举行毕业典礼，我代表学校向同学们表示祝贺。');
    expect(firedRules(doc).map((r) => r.id)).toContain('speech-salutation');
    expect(typeOf(scoreTypes(doc))).toBe('speech');
  });
});
