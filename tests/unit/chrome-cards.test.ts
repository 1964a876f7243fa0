// Person cards a mirror plants in a page (twenty-third session, cards): a
// 关于专家组 heading numbered as the document's next list item or standing bare
// over the profile's line, and a card with no heading that opens on a name and
// reads as a résumé or a flattened encyclopedia card. Run on development pages
// and on page excerpts of the session's half A, with what must go and what must
// stay written from the pages by hand; and on hand-written lines where the
// document names the person again, which keeps the card as its own.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { stripChrome } from '../../scripts/ingest/stages/chrome.ts';
import { isPlantedProfile } from '../../scripts/ingest/stages/chrome/planted.ts';
import { linesOf, textFile } from '../fixtures/chrome/harness.ts';

// Whole pages through the cleaning stages: seconds each on a shared machine.
const PAGE = 60_000;

function throughChrome(url: URL): string {
  const file = createFile({ path: url.pathname.split('/').pop()!, bytes: readFileSync(url) });
  for (const stage of cleaningStages.slice(0, cleaningStages.indexOf(stripChrome) + 1)) stage(file);
  return String(file.value);
}
const evalPage = (set: string, slug: string) => {
  const dir = new URL(`../eval/${set}/${slug}/`, import.meta.url);
  return throughChrome(new URL(readdirSync(dir).find((n) => n.startsWith('raw.'))!, dir));
};
const excerpt = (name: string) => throughChrome(new URL(`../fixtures/chrome/pages/${name}`, import.meta.url));

function strip(lines: string[]): string[] {
  const file = textFile(lines.join('\n'));
  stripChrome(file);
  return linesOf(file).map((l) => l.trim()).filter(Boolean);
}

describe('a bare 关于专家组 over a profile line (sjz, cznd mirrors)', () => {
  it.each([
    ['mirror-sjz-planted-card.txt', '石家庄市书法家协会会员、中国书画家协会常务理事田清江', '中山国是春秋战国时期', '据了解，此次征集作品的要求为中山篆书法创作'],
    ['mirror-cznd-planted-card.txt', '中国管理科学研究院商学院客座教授、毕业于常州市怀德苑小学胡天清', '社区党总支书记刘中兴同志向学生们简单介绍了社区情况', '通过这次活动，家长希望社区经常开展此类活动'],
  ])('%s: heading and profile go, the paragraphs around them stay', (name, profile, before, after) => {
    const text = excerpt(name);
    expect(text).not.toContain('关于专家组');
    expect(text).not.toContain(profile);
    expect(text).toContain(before);
    expect(text).toContain(after);
  }, PAGE);
});

describe('关于专家组 as the next item of the document\'s list (wlmq, wsjkw.sh mirrors)', () => {
  it('（五）关于专家组： with its résumé goes, the list items before it and the closing stay', () => {
    const text = evalPage('unseen18', 'c18-wlmq-xinjiang-culture-cpd-training-notice');
    expect(text).not.toContain('关于专家组');
    expect(text).not.toContain('高金波，公共网络的发起人');
    expect(text).toContain('初、中级职称的人员不需要参加专业水平测试');
    expect(text).toContain('为确保本次培训的顺利开展');
  }, PAGE);

  it('四、关于专家组 and its profile go, heading 三、 and the paragraph after stay', () => {
    const text = excerpt('mirror-shwsjkw-planted-card.txt');
    expect(text).not.toContain('关于专家组');
    expect(text).not.toContain('刘高冲');
    expect(text).toContain('三、关心关爱基层医务人员');
    expect(text).toContain('近日国家卫生健康委发布了主题宣传活动海报');
  }, PAGE);
});

describe('a profile that is a chain of posts closing on the name (by mirror)', () => {
  it('goes with its heading; the paragraphs around it stay', () => {
    const text = evalPage('unseen18', 'c18-by-baiyun-internet-healthcare-forum-report');
    expect(text).not.toContain('文云祥');
    expect(text).toContain('区长潘志军主持召开互联网医疗座谈会');
    expect(text).toContain('会上，区卫生健康局汇报了我区互联网医疗产业发展特点');
  }, PAGE);
});

describe('a card with no heading (liaoyang mirror)', () => {
  it('a flattened encyclopedia card about someone the report never names goes; the report stays', () => {
    const text = evalPage('unseen15', 'a15-liaoyang-gongchangling-pentathlon-opening-report');
    expect(text).not.toContain('杜春玉');
    expect(text).toContain('为赛事安全有序进行提供最佳服务');
    expect(text).toContain('充分展示地区旅游形象');
  }, PAGE);
});

describe('a card the document makes its own stays', () => {
  const card = '李明华出生于河北省保定市，毕业院校河北师范大学，代表作品《山村》。';
  it('when the document names the person again', () => {
    expect(isPlantedProfile(card)).toBe(true);
    const kept = strip(['市美术馆举办李明华个人画展。', card, '李明华在开幕式上介绍了创作历程。']);
    expect(kept).toContain(card);
  });

  it('a bare 关于专家组 heading over the document\'s own paragraph about the group', () => {
    const kept = strip(['三、评审安排', '各地于5月底前报送材料。', '四、关于专家组', '专家组由5名省内专家组成，负责材料评审和现场核查。']);
    expect(kept).toContain('四、关于专家组');
    expect(kept).toContain('专家组由5名省内专家组成，负责材料评审和现场核查。');
  });

  it('an appointment report\'s own lines about the people it names are no card', () => {
    // Lines of the kind the half-A page cqcb.com prints (written here, not copied).
    expect(isPlantedProfile('新任党委书记王某1962年1月出生。1983年从清华大学水利工程系毕业后，在水利系统工作。')).toBe(false);
    expect(isPlantedProfile('张某出生于1969年5月，浙江余姚人，是中央候补委员。')).toBe(false);
  });

  it('an interview\'s list of guests stays, also where a guest is named nowhere else (unseen3 jksb)', () => {
    const guests = ['黄健龙：无限极中国有限公司副总裁', '周富裕：周黑鸭创始人董事长', '黄金宝：三生中国健康产业有限公司董事长', '何计国：中国农业大学食品学院主任'];
    const kept = strip([
      '3月2日至11日，由人民网和健康时报社联合主办的全国两会健康E客厅视频访谈在人民日报社举行，代表委员和专家就健康话题展开讨论。',
      '参与嘉宾：',
      ...guests,
      '原卫生部殷大奎副部长：东风不压倒西风，西风就压倒东风。如果正规的医务人员不普及科学知识，谣言就会占领阵地。',
    ]);
    for (const guest of guests) expect(kept).toContain(guest);
  });
});
