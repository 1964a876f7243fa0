// Photo captions marked with ■, and captions under a picture's file name
// (twenty-fourth session, captions). Lines from real pages, the site named
// beside each; what goes and what stays read off them by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filedCaptions } from '../../scripts/ingest/stages/chrome/captions.ts';
import { isMarkedCaption, isMarkedGallery } from '../../scripts/ingest/stages/chrome/credits.ts';
import { ruledLines } from '../../scripts/ingest/stages/chrome.ts';

const none = () => false;

describe('a caption marked with ■', () => {
  it('is one short sentence naming a picture\'s act (customs.gov.hk, eval unseen15; wenweipo.com)', () => {
    expect(isMarkedCaption('■行政长官李家超在结业会操致辞。')).toBe(true);
    expect(isMarkedCaption('■香港海关仪仗队人员作花式枪操表演。')).toBe(true);
    expect(isMarkedCaption('■黄定光颁奖给品学兼优二等奖得主吴少君同学。')).toBe(true);
  });

  it('is not a turn, a list item, a heading or two sentences', () => {
    expect(isMarkedCaption('■记者：您如何看待今年的发布会？')).toBe(false);
    expect(isMarkedCaption('■ 全面加强基层党组织建设，推动党员干部深入一线。')).toBe(false);
    expect(isMarkedCaption('■ 主持召开专题会议研究部署；')).toBe(false);
    expect(isMarkedCaption('■本页位置：首页新闻中心国内新闻')).toBe(false);
    expect(isMarkedCaption('■市长出席会议并致辞。会议由副市长主持。')).toBe(false);
    // No mark: a report's short paragraph that carries the event is body.
    expect(isMarkedCaption('副县长王明出席会议并致辞。')).toBe(false);
  });

  it('takes a gallery line of alt texts and ■ captions, and a ■ caption with its credit', () => {
    expect(isMarkedGallery('行政长官检阅结业会操 ■行政长官李家超在结业会操致辞。 香港海关仪仗队人员作花式枪操表演。 ■香港海关仪仗队人员作花式枪操表演。')).toBe(true);
    expect(isMarkedGallery('■黄定光颁奖给品学兼优二等奖得主吴少君同学。 校方供图')).toBe(true);
    // A sentence of the text beside a ■ caption is no gallery.
    expect(isMarkedGallery('■行政长官李家超在结业会操致辞。 李家超致辞时赞扬香港海关以高效协助香港全面复常，确保各口岸正常运作。')).toBe(false);
    expect(isMarkedGallery('行政长官检阅结业会操 香港海关仪仗队')).toBe(false);
  });
});

describe('filedCaptions', () => {
  it('takes the short clause right under a picture\'s file name (hkcd.com; zgsz.gov.cn, eval unseen9)', () => {
    const lines = ['由西贡区各界联合会主办的综艺汇演日前举行，约1200位街坊共贺国庆。', '', '22.jpg', '', '全场手拿国旗热烈庆祝国庆。', '', '33.jpg', '武术表演。', '庄元苳表示，相信特区政府可以带领香港更积极融入国家发展大局。'];
    expect(filedCaptions(lines, none)).toEqual([4, 7]);
    expect(filedCaptions(['“发言人来了”——我为群众办实事石柱专场发布活动举行', '', 'p1_b.jpg', '', '直播主持人代网友向发言人提问', '', '本网讯（记者 周伟 文/图）11月25日，…'], none)).toEqual([4]);
  });

  it('keeps a sentence of the text under a file name, and a line already taken', () => {
    // fresh h4-sjqbgw: the lede under the first picture (27 characters), and one with a comma.
    expect(filedCaptions(['a7f8263b0ba17aa331c882967a703d3.jpg', '', '全国政协十三届二次会议新闻发布会于3月2日下午3时召开。'], none)).toEqual([]);
    expect(filedCaptions(['91f9ca0dcab8ef50ff5ae33ab14bbfa.jpg', '在回答记者提问前，郭卫民先介绍了基本情况。'], none)).toEqual([]);
    expect(filedCaptions(['22.jpg', '武术表演。'], (i) => i === 1)).toEqual([]);
    // No file name above: a short line between paragraphs is left to the other rules.
    expect(filedCaptions(['第一段。', '武术表演。', '第二段。'], none)).toEqual([]);
  });

  it('removes the hkcd page\'s captions and keeps its paragraphs (tests/fixtures/chrome/pages/hkcd-filed-captions.txt)', () => {
    const raw = readFileSync(new URL('../fixtures/chrome/pages/hkcd-filed-captions.txt', import.meta.url), 'utf8');
    const { lines, chrome } = ruledLines(raw, { html: false });
    const rule = (text: string) => chrome.get(lines.findIndex((l) => l.trim() === text));
    expect(rule('全場手拿國旗熱烈慶祝國慶。')).toBe('filed-caption');
    expect(rule('武術表演。')).toBe('filed-caption');
    expect(rule('主辦單位代表與嘉賓合照。')).toBe('filed-caption');
    const kept = lines.filter((l, i) => !chrome.has(i) && l.trim() !== '').map((l) => l.trim());
    expect(kept.some((l) => l.startsWith('莊元苳表示'))).toBe(true);
    expect(kept.some((l) => l.startsWith('馬瓊芬提到'))).toBe(true);
  });
});
