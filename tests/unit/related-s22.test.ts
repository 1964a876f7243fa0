// Twenty-second session, class "related": an essay site's list heading
// (相关范文推荐, 与…相关范文：) read as a related-list heading, and the headline
// printed again between a text's paragraphs as its pictures' alt text. Lines
// from real pages (site beside each); the expected values are written by hand.
import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { dropRepeats, headlineCopies } from '../../scripts/ingest/stages/repeats.ts';
import { linesOf, strip, textFile } from '../fixtures/chrome/harness.ts';

describe('a related-list heading on an essay site', () => {
  it.each(['相关范文推荐', '与共度中秋节讲话相关范文:', '与共度中秋节讲话相关范文：', '相关文章推荐'])('reads %s as a related-links heading', (line) => {
    expect(classifyChrome(line)?.rule).toBe('related-links');
  });

  it.each([
    '与此相关的新闻发布会将于明日举行。',
    '与会议精神相关文章的学习要深入',
    '与群众利益密切相关的问题要优先解决。',
    '相关范文的写法要注意格式。',
  ])('leaves the sentence %s alone', (line) => {
    expect(classifyChrome(line)?.rule).not.toBe('related-links');
  });

  it('ends the text before the heading and the titles under it (qdfww.com)', () => {
    const speech = [
      '共度中秋节讲话',
      '今天，台湾文化和南昌文化充分融合，两地员工能互相学习，取长补短，共同进步！这应该也是另一种意义上的“团圆”吧。',
      '朋友们，海上升明月，天涯共此时，在这轮团圆的明月下，让我们手牵手、心贴心，尽情享受这美好的时刻吧！',
      '谢谢！',
      '与共度中秋节讲话相关范文：',
    ];
    const { kept } = strip(speech.join('\n'));
    expect(kept.at(-1)).toBe('谢谢！');
  });
});

// news.m.pchome.com.tw (TCnews): the headline above the text and under each photo between its paragraphs.
const TITLE = '國慶盛典 臺南市長黃偉哲:珍惜國土、感恩前人';
const P1 = '10月10日為一年一度的雙十國慶,為慶祝國家生日,臺南市政府於10日上午8時在永華市政中心西拉雅廣場舉辦國慶升旗典禮,由市長黃偉哲率市府團隊,與各級民意代表及市民一起歡度國慶。';
const P2 = '市長黃偉哲表示,台南市升格為直轄市後,每年皆舉辦國慶、元旦升旗典禮,這是精神象徵,代表對這片土地、國家的熱愛,祝中華民國生日快樂。';
const P3 = '活動開場由臺南女中儀隊以精湛的操槍技巧搭配國旗旗幟及流暢的隊形變換,帶來青春洋溢與朝氣蓬勃的視覺饗宴,現場一片旗海飛揚。';

describe('the headline printed again between the paragraphs', () => {
  it('drops the copies inside the text and keeps the headline above it (pchome)', () => {
    const lines = [TITLE, '', P1, TITLE, '', P2, '', TITLE, '', P3];
    expect(headlineCopies(lines)).toEqual([3, 7]);
    const file = textFile(lines.join('\n'));
    dropRepeats(file);
    expect(linesOf(file).filter((l) => l.trim() !== '')).toEqual([TITLE, P1, P2, P3]);
    expect(file.data.removed.map((r) => r.rule)).toEqual(['headline-copy', 'headline-copy']);
  });

  it('keeps a heading that repeats the title once inside the text (a decree’s name over its body)', () => {
    const name = '关于废止部分规章和行政规范性文件的决定';
    const lines = [name, '《关于废止部分规章和行政规范性文件的决定》已经2021年3月18日第1次委务会议审议通过，现予公布，自公布之日起施行。', name, '为贯彻落实党中央、国务院关于深化“放管服”改革的决策部署，决定废止下列规章和行政规范性文件。'];
    expect(headlineCopies(lines)).toEqual([]);
  });

  it('keeps a short refrain and a repeated line that does not stand above the text', () => {
    const refrain = '同志们，加油干！';
    const line = '坚持以人民为中心的发展思想';
    const lines = ['会议讲话', P1, refrain, line, P2, refrain, line, P3, refrain, line];
    expect(headlineCopies(lines)).toEqual([]);
  });
});
