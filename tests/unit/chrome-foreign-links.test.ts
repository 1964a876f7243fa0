// Site furniture after the text, read by form rather than by a phrase list:
// a run of short link names whose words the text never uses (chrome.ts
// foreign-links), and a title's label (文章标题:) cut from the title it
// introduces. Lines are from real pages (site named beside each); what must
// go and what must stay is read off them by hand.
import { describe, expect, it } from 'vitest';
import { FOREIGN_LINK_EXAMPLES, hanPairs, isForeignLinkLine } from '../../scripts/ingest/stages/chrome/recurrence.ts';
import { strip } from '../fixtures/chrome/harness.ts';

const ZHOUSHAN = [
  '近日,浙江舟山市副市长李善忠一行到舟山市邮政管理局调研指导工作。李善忠副市长深入听取了市局关于市邮政业发展基本情况的汇报,并同舟山局干部职工座谈交流。',
  '李善忠对舟山局今后的工作提出三点希望',
  '一是要依法实施监管,切实履行职责。',
  '三是要加强自身建设,提高行政执法水平,为建设舟山海岛特色的现代邮政业做出贡献。',
];

describe('a run of link names after the text', () => {
  it('takes two link names after the last sentence (www.scswl.cn)', () => {
    const { kept, removed } = strip([...ZHOUSHAN, '市州分站', '网站链接'].join('\n'));
    expect(removed).toEqual(['foreign-links 市州分站', 'foreign-links 网站链接']);
    expect(kept.at(-1)).toBe(ZHOUSHAN.at(-1));
  });

  it('reads every example as a link name against a text that does not use its words', () => {
    const text = new Set(hanPairs(ZHOUSHAN.join('')));
    for (const { lines } of FOREIGN_LINK_EXAMPLES) for (const line of lines) expect(isForeignLinkLine(line, text)).toBe(true);
  });

  it('keeps one short line alone, and lines that use the text\'s words (a signature)', () => {
    expect(strip([...ZHOUSHAN, '网站链接'].join('\n')).kept.at(-1)).toBe('网站链接');
    const notice = ['为表达全国各族人民对抗击新冠肺炎疫情斗争牺牲烈士和逝世同胞的深切哀悼,学校决定下半旗致哀。', '全校师生停止公共娱乐活动。', '学校党政办公室', '学校团委'];
    expect(strip(notice.join('\n')).kept.slice(-2)).toEqual(['学校党政办公室', '学校团委']);
  });

  it('takes bulleted link names after the text, the list heading under them too (oriextravels)', () => {
    const menu = ['• 为你推荐', '• 公益播报', '• 公益汇', '• 进社区', '热点推荐'];
    const { kept, removed } = strip([...ZHOUSHAN, ...menu].join('\n'));
    expect(kept.at(-1)).toBe(ZHOUSHAN.at(-1));
    expect(removed).toEqual(menu.map((line) => `foreign-links ${line}`));
  });

  it('keeps a bulleted line that uses the text\'s words', () => {
    const text = new Set(hanPairs(ZHOUSHAN.join('')));
    expect(isForeignLinkLine('• 邮政管理局', text)).toBe(false);
    expect(isForeignLinkLine('• 为你推荐', text)).toBe(true);
  });

  it('keeps short lines after a sentence left unfinished', () => {
    const text = [...ZHOUSHAN.slice(0, 3), '为建设舟山海岛特色的现代邮政业', '市州分站', '网站链接'].join('\n');
    expect(strip(text).kept).toContain('市州分站');
  });
});

describe('a title under its label', () => {
  it("cuts a title's label and keeps the title (freekaoyan.com)", () => {
    const text = ['区长在区领导干部会议上的讲话', '文章标题:区长在20xx年区领导干部会议上的讲话同志们:', '刚才,书记就全区解放思想大讨论活动发表了重要讲话,进行了全面动员部署。会后,请各级各部门认真组织学习,传达贯彻。'].join('\n');
    const { kept, removed } = strip(text);
    expect(removed).toContain('title-label 文章标题:');
    expect(kept).toContain('区长在20xx年区领导干部会议上的讲话同志们:');
  });
});
