// A speech's double title (双标题: a main title, then ——在…上的讲话 naming the occasion) under a site's or a
// collection's heading of the occasion form (titlepick, twenty-ninth session): the double title is the speech's
// own, the heading describes it. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { chooseTitle, doubleTitle, findTitle, occasionSubtitle, subtitleWrapped } from '../../scripts/ingest/structure/title.ts';

describe('the occasion subtitle of a double title', () => {
  it.each([
    ['在中共X学院第一届委员会第四次全体（扩大）会议上的报告', true],
    ['中国科学技术大学侯建国校长在2013级本科新生开学典礼上的讲话', true],
    ['在2021年清华大学法学院开学典礼上的致辞', true],
    // No occasion: a dedication, a series' part, an interview's subject.
    ['写在美中科协成立十周年庆祝大会', false],
    ['走近县委书记（上）', false],
    ['专访兴文县委书记张健', false],
    // 报告 alone names no speech: a survey report.
    ['关于全县耕地保护情况的调查报告', false],
  ])('%s → %s', (sub, yes) => {
    expect(occasionSubtitle(sub)).toBe(yes);
  });
  it('reads a main title over the occasion, not an occasion title itself', () => {
    expect(doubleTitle('当好一名大学生——中国科学技术大学侯建国校长在2013级本科新生开学典礼上的讲话')).toBe(true);
    expect(doubleTitle('提高政治站位强化责任担当 奋力开创党的建设和事业发展新局面——在中共X学院第一届委员会第四次全体（扩大）会议上的报告')).toBe(true);
    // The occasion title with its own words as the subtitle (zuancaijixie's shape) is left as it is.
    expect(doubleTitle('在市委办公室第一党支部主题党日活动上的讲话——铁心守忠诚')).toBe(false);
    expect(doubleTitle('县委书记的一天——走近县委书记（上）')).toBe(false);
  });
});

describe('an occasion subtitle hard-wrapped before its genre word', () => {
  it('joins the short line that completes it (004km.cn)', () => {
    const lines = ['当好一名大学生', '--中国科学技术大学侯建国校长在2013级本科新生开学典礼', '上的讲话', '各位老师，各位同学：', '大家上午好！'];
    expect(findTitle(lines, 0)).toEqual({ title: '当好一名大学生——中国科学技术大学侯建国校长在2013级本科新生开学典礼上的讲话', lines: 3 });
  });
  it('leaves a subtitle that is complete, and a name line under it', () => {
    expect(subtitleWrapped('当好一名大学生——在开学典礼上的讲话', '上的讲话')).toBe(false);
    expect(subtitleWrapped('当好一名大学生——中国科学技术大学校长在开学典礼', '侯建国')).toBe(false);
    expect(subtitleWrapped('当好一名大学生', '上的讲话')).toBe(false);
  });
});

describe("a heading of the occasion form over the speech's own double title", () => {
  const text = ['各位委员：', '这次全会的主要任务是，深入学习贯彻全国教育大会精神，加强学院党的建设和思想政治工作。', '一、X年工作回顾'];
  it('takes the double title, its main title printed over two lines (sucai198.com)', () => {
    const lines = ['党委书记在学院党委全会上的讲话（学校）', '提高政治站位强化责任担当', '奋力开创党的建设和事业发展新局面', '--在中共X学院第一届委员会第四次全体（扩大）会议上的报告', ...text];
    const choice = chooseTitle(lines, 0);
    expect(choice?.block.clean.title).toBe('提高政治站位强化责任担当 奋力开创党的建设和事业发展新局面——在中共X学院第一届委员会第四次全体（扩大）会议上的报告');
    expect(choice?.block.found.lines).toBe(3);
    expect(choice?.describes?.clean.title).toBe('党委书记在学院党委全会上的讲话');
  });
  it('takes the double title under a listing label (004km.cn)', () => {
    const lines = ['第一篇：中国科学技术大学侯建国校长在2013级本科新生开学典礼上的讲话', '当好一名大学生', '--中国科学技术大学侯建国校长在2013级本科新生开学典礼', '上的讲话', '各位老师，各位同学：', '大家上午好！', '9月的校园，充满了生机与活力，1800多名来自全国各地的2013级同学来到中国科大。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).toBe('当好一名大学生——中国科学技术大学侯建国校长在2013级本科新生开学典礼上的讲话');
  });
  it('keeps the heading when no double title follows it', () => {
    // A news headline over a speech's own single title (zhshbao's shape): as the rules chose before.
    const lines = ['省高院党组书记、院长冯军致新年贺词', '在中国式现代化山西实践的征途中挺膺担当', '编辑：刘强 来源：智慧生活报网 发布时间：2026-01-07 09:03:06', '岁聿云暮，一元复始。迎着2026年的第一缕阳光，我谨代表山西高院党组向长期关心支持法院工作的各级领导致以新年的祝福。'];
    expect(chooseTitle(lines, 0)?.block.clean.title).not.toContain('——');
  });
});
