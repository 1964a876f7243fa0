// The edge model's head side (twenty-seventh session, refit): the peel takes
// chrome above the text line by line and stops at the first line it keeps, and
// never at a line the dates stage reads (a date alone, an info line with a
// date): that stage runs after this one and reads the front lines.
// Expected values written by hand by the conventions (tests/eval/README.md:
// a site's menu and a weather box are chrome; a headline and a date are not).
import { describe, expect, it } from 'vitest';
import { datedHeadLine, peelable, peeledLines } from '../../scripts/ingest/stages/edges.ts';

const BODY = '会议要求，各单位要切实加强组织领导，确保各项工作落到实处，推动全年目标任务圆满完成。';
const TITLE = '全县召开安全生产工作会议';
const peel = (head: string[]) => {
  const lines = [...head, TITLE, BODY, BODY];
  return [...peeledLines(lines).keys()].sort((a, b) => a - b).map((i) => lines[i]);
};

describe('lines the dates stage reads', () => {
  it.each(['2023年5月6日', '26-08-2019', '09Sep 2021', '发布时间：2023-05-04 来源：区政府办', '2024-08-28 19:16:28 来源：巫山县融媒体中心', '（2022年9月27日）'])('%s is one', (line) => {
    expect(datedHeadLine(line)).toBe(true);
    expect(peelable(line, 'head')).toBe(false);
  });

  it.each(['• 社会生活', '首页 > 新闻中心', TITLE, '此页面上的内容需要较新版本的 Adobe Flash Player。'])('%s is none', (line) => {
    expect(datedHeadLine(line)).toBe(false);
    expect(peelable(line, 'head')).toBe(true);
  });

  it('protect the head only: at the tail a date is the model\'s to weigh', () => {
    expect(peelable('26-08-2019', 'tail')).toBe(true);
  });
});

describe('the head peel', () => {
  it('takes a menu, a weather box and a player notice above the headline', () => {
    expect(peel(['• 社会生活', '• 休闲娱乐'])).toEqual(['• 社会生活', '• 休闲娱乐']);
    expect(peel(['• 泰州 阵雨转多云 18℃~11℃'])).toEqual(['• 泰州 阵雨转多云 18℃~11℃']);
    expect(peel(['此页面上的内容需要较新版本的 Adobe Flash Player。'])).toEqual(['此页面上的内容需要较新版本的 Adobe Flash Player。']);
  });

  it('keeps the headline and stops at it', () => {
    expect(peel([])).toEqual([]);
    expect(peel(['关于2026年元旦及寒假放假安排的通知'])).toEqual([]);
  });

  it('stops at a date or a dated info line, which the dates stage reads', () => {
    expect(peel(['26-08-2019'])).toEqual([]);
    expect(peel(['• 文学百科', '2023年5月6日'])).toEqual(['• 文学百科']);
    // The info line alone scores as chrome (0.74), but the peel never asks about it.
    expect(peel(['发布时间：2023-05-04 来源：区政府办'])).toEqual([]);
    expect(peel(['• 社会生活', '发布时间：2023-05-04 来源：区政府办'])).not.toContain('发布时间：2023-05-04 来源：区政府办');
  });
});
