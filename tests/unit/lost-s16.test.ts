// Body text the cleaning took or kept stamped (sixteenth session): a lede that
// opens with the title's words, and marks planted after 的. Lines copied from
// the raw pages named in the rules' comments.
import { describe, expect, it } from 'vitest';
import { ingestText } from '../fixtures/structure/harness.ts';
import { gluedCopies } from '../../scripts/ingest/structure/title.ts';
import { dropPlantedMarks } from '../../scripts/ingest/stages/normalize.ts';

const TITLE = '台东县第19届卑南乡长宣誓暨交接及第22届村长就职典礼';
const LEDE = `${TITLE}，于本月25日上午9点假卑南乡公所3楼大礼堂举行，台东县政府派任财经发展处副处长叶正鹤及台东县税务局副局长廖俊智为主持人及监誓人。`;

describe('the title\'s words before a comma (beinan)', () => {
  it('are the first sentence\'s subject, not a glued copy', () => {
    expect(gluedCopies(LEDE, [TITLE])).toBeUndefined();
  });
  it('a second copy before them is still cut', () => {
    expect(gluedCopies(`${TITLE}${LEDE}`, [TITLE])?.rest).toEqual([LEDE]);
  });
  it('a copy glued straight before the text is cut as before', () => {
    const line = '县长在2022年全县生态环境专题会议上的讲话同志们：刚才，X同志回顾总结了2021年生态环境工作。';
    expect(gluedCopies(line, ['县长在2022年全县生态环境专题会议上的讲话'])?.rest).toEqual(['同志们：', '刚才，X同志回顾总结了2021年生态环境工作。']);
  });
  it('the lede stays whole under the title line', () => {
    const file = ingestText(`${TITLE}\n${LEDE}`);
    expect(file.data.meta.title).toBe(TITLE);
    expect(file.data.blocks.map((b) => b.text)).toEqual([LEDE]);
  }, 60_000);
});

describe('a mark planted after 的', () => {
  it('is dropped: full stop, backtick, apostrophe (16fw, beiweimall, isangil, kuaihz)', () => {
    expect(dropPlantedMarks('并对下半年工作做了进一步的.安排部署。')).toEqual({ text: '并对下半年工作做了进一步的安排部署。', dropped: 1 });
    expect(dropPlantedMarks('成绩的取得来自于大家的`共同努力，希望同学们')).toEqual({ text: '成绩的取得来自于大家的共同努力，希望同学们', dropped: 1 });
    expect(dropPlantedMarks("核磁、CT等高端设备的'相继使用，以及学科的精细化发展")).toEqual({ text: '核磁、CT等高端设备的相继使用，以及学科的精细化发展', dropped: 1 });
    expect(dropPlantedMarks('容易产生烟尘的.祭祀用品,减少污染和火险隐患。').text).toBe('容易产生烟尘的祭祀用品,减少污染和火险隐患。');
  });
  it('stays where the line pairs it as a quote, or it follows another character', () => {
    expect(dropPlantedMarks("这就是所谓的'创新'，其实不然").dropped).toBe(0);
    expect(dropPlantedMarks('出席「美丽浙江.欣赏香港」活动').dropped).toBe(0);
    expect(dropPlantedMarks('表现出强烈的反感.表现出难以驾驭').dropped).toBe(0);
    expect(dropPlantedMarks('目的.1 总则').dropped).toBe(0);
  });
  it('stays where the line ends its sentences with a half-width full stop', () => {
    // Half-width punctuation (the brief's dirt): 的 may end a sentence, and its . is the sentence's end.
    expect(dropPlantedMarks('这项工作是十分必要的.同时,各单位要加强领导.').dropped).toBe(0);
    expect(dropPlantedMarks('这项工作是十分必要的.同时,各单位要加强领导').dropped).toBe(0);
  });
});
