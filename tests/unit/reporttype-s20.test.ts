// The twentieth session's organ lede (classify stage): past the lede's frame
// clauses (a day, a purpose, an occasion), an organ or a place is the subject
// of the main clause's act — on the development pages' and the class sample's
// own lines, and on the shapes it must leave alone.
import { describe, expect, it } from 'vitest';
import { documentView } from '../../scripts/ingest/classify/view.ts';
import { organLede, scoreTypes, typeOf } from '../../scripts/ingest/stages/classify.ts';
import type { Block } from '../../scripts/ingest/types.ts';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', part: 'body', text }));
const view = (title: string | undefined, ...texts: string[]) => documentView(title, paragraphs(...texts), []);

describe('organLede: an organ acts in the lede', () => {
  it('a court issues a rule, after a cut day (chinagscourt, unseen16 b16-chinagscourt)', () => {
    const lede = '29，甘州区法院下发《关于基层人民法庭开展<涉诉情况通报>的规定》，决定自2012年起，区法院各基层人民法庭每季度向辖区乡镇党委报送一期《涉诉情况通报》。';
    expect(organLede(lede)).toBe(true);
    expect(typeOf(scoreTypes(view('甘州区法院推行基层法庭涉诉情况通报制度', lede)))).toBe('report');
  });

  it('a bureau and three others inspect, after an occasion, a purpose and 近日 (oriextravels, unseen16 b16-oriextravels)', () => {
    expect(organLede('中秋佳节将至，为进一步规范月饼生产经营行为、净化月饼销售环节、满足消费者购买物美价廉的盒装月饼的需求，近日，婺源县市场监督管理局联合县发改委、县工信局和县商务局，四部门联合开展月饼市场整治')).toBe(true);
  });

  it('a bureau appeals, the lede’s first clause (chcfa, unseen16 c16-chcfa)', () => {
    expect(organLede('环保局呼吁农民收耕季节勿以焚烧方式处理稻草，倘查获露天燃烧造成空气污染情事，将依「空气污染防制法」规定，处新台币1,200元以上10万元以下罚锾')).toBe(true);
  });

  it('a township’s league committee acts after a purpose of several clauses and the day (yuanhaizheng, reporttype-s20 sample 03)', () => {
    expect(organLede('为认真贯彻落实党的二十大精神和习近平生态文明思想，进一步引导广大青年树牢生态环保意识，努力营造良好的生态环境，助力乡村振兴，6月11日，福田团镇委联合福田中学到徐田村开展福田镇“河小青”巡河护河捡跑志愿服务活动')).toBe(true);
  });

  it('not a profile’s person (liftsouth, reporttype-s20 sample 15), nor a speaker’s own body', () => {
    expect(organLede('菜农钱多多高青旺，男，汉族，1951年10月生，安徽省滁州市皇甫山林场退休职工；高红，女，汉族，1977年12月生，安徽省滁州市皇甫山林场护林员')).toBe(false);
    expect(organLede('近年来，我局始终坚持以人民为中心的发展思想，扎实推进各项工作')).toBe(false);
  });

  it('not an essay’s leader quoted (3201019, reporttype-s20 sample 09), nor a survey team reporting in its own voice (sxfj, cases txt-sxfj)', () => {
    expect(organLede('2014年10月，习在党的群众路线教育实践活动总结大会上指出，“让广大党员、干部受警醒、明底线、知敬畏”')).toBe(false);
    expect(organLede('按照省纪委安排部署，我们成立以市委常委、市纪委书记周纯良为组长的调研组，从2015年4月上旬至今，深入5家市直单位')).toBe(false);
  });

  it('not a scene or a season opening a feature (leishan, reporttype-s20 sample 07; henews, holdout h2-henews)', () => {
    expect(organLede('四月天不冷不热，走进雷山县大塘镇龙河村清森农业综合开发专业合作社的水韭菜种植基地，只见水韭菜生长正旺')).toBe(false);
    expect(organLede('眼下，植保无人机、无人驾驶农机等在河北省遵化市的田间地头忙碌，助力农业生产')).toBe(false);
  });

  it('counts only where the rules would default: a notice’s own forms keep it a notice', () => {
    const doc = view('关于做好春节期间安全工作的通知', '各乡镇人民政府，县直各部门：', '近日，县应急管理局下发通知，要求各地做好春节期间安全生产工作。', '特此通知。');
    expect(organLede('近日，县应急管理局下发通知，要求各地做好春节期间安全生产工作')).toBe(true);
    expect(scoreTypes(doc).report).toBe(0);
    expect(typeOf(scoreTypes(doc))).toBe('notice');
  });
});
