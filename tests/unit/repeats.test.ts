import { describe, expect, it } from 'vitest';
import { dropRepeats } from '../../scripts/ingest/stages/repeats.ts';
import { fixture, linesOf, seedThrough, textFile } from '../fixtures/chrome/harness.ts';

function dropped(text: string) {
  const file = textFile(text);
  dropRepeats(file);
  return { file, lines: linesOf(file), warnings: file.messages.filter((m) => m.ruleId === 'repeat') };
}

const para = (topic: string) =>
  `关于${topic}工作，要坚持问题导向和目标导向相统一，细化任务分工，明确完成时限，确保各项措施落地见效。`;

describe('dropRepeats on a page saved with its print view', () => {
  const text = fixture('repeats', 'print-view.txt');
  const { file, lines, warnings } = dropped(text);

  it('keeps the first copy exactly once, even when the second differs in punctuation width and blank lines', () => {
    expect(lines).toEqual(text.split('\n').slice(0, 6));
  });

  it('warns once and records the dropped copy', () => {
    expect(warnings).toHaveLength(1);
    const [span] = file.data.removed;
    expect(span).toMatchObject({ stage: 'repeats', reason: 'repeat of lines 2–6' });
    expect(span.text.split('\n').filter((l) => l.trim() !== '')).toHaveLength(4);
  });
});

describe('dropRepeats leaves repetition that is part of the text', () => {
  it('keeps refrains, a repeated salutation and a single repeated quotation', () => {
    const text = fixture('repeats', 'refrain.txt');
    const { file, lines } = dropped(text);
    expect(lines).toEqual(text.split('\n'));
    expect(file.data.removed).toEqual([]);
    expect(file.messages).toEqual([]);
  });
});

describe('dropRepeats generalised', () => {
  it('drops a run of two long paragraphs repeated in mid-file', () => {
    const text = [para('安全生产'), para('信访稳定'), para('环境保护'), para('安全生产'), para('信访稳定'), para('乡村振兴')].join('\n');
    expect(dropped(text).lines).toEqual([para('安全生产'), para('信访稳定'), para('环境保护'), para('乡村振兴')]);
  });

  it('keeps one copy of an article saved three times', () => {
    const article = ['标题', para('安全生产'), para('信访稳定')];
    const { lines, warnings } = dropped([...article, ...article, ...article].join('\n'));
    expect(lines).toEqual(article);
    expect(warnings).toHaveLength(2);
  });

  it('drops a single very long line repeated, but not a single long one', () => {
    const veryLong = para('安全生产').repeat(5);
    expect(dropped([veryLong, para('环境保护'), veryLong].join('\n')).lines).toEqual([veryLong, para('环境保护')]);
    const long = [para('安全生产'), para('环境保护'), para('安全生产')];
    expect(dropped(long.join('\n')).lines).toEqual(long);
  });
});

describe('dropRepeats on seed 003', () => {
  it('keeps the interview from the byline to the last answer exactly once', () => {
    const { file, before } = seedThrough('003', dropRepeats);
    const lines = linesOf(file);
    const byline = before.findIndex((l) => l.startsWith('本报记者'));
    const again = before.findIndex((l, i) => i > byline && l === before[byline]);
    expect(again).toBeGreaterThan(byline);
    expect(lines).toEqual(before.slice(0, again));
    for (const line of lines) expect(lines.filter((l) => l === line)).toHaveLength(1);
    expect(file.messages.filter((m) => m.ruleId === 'repeat')).toHaveLength(1);
  });
});

describe('dropRepeats above the text', () => {
  // www.nbd.com.cn (eval c3b-nbd-npc-presser-report): the summary above the byline repeats the first paragraph and a later one.
  const first = '3月4日,十三届全国人大四次会议新闻发布会在北京人民大会堂新闻发布厅举行,由大会发言人张业遂就大会议程和人大工作相关问题回答中外记者提问。';
  const later = '今年虽然仍处在疫情防控关键时期,每一位进入会场的记者都要求佩戴口罩,但走进会场后,大家感受最为真切的是弥漫着轻松的气氛。';
  const middle = '本次发布会定在晚上召开,是为了适当压缩全国两会的会期,减少人员聚集。';

  it('drops a summary stitched from sentences the text prints further down', () => {
    const { lines, file } = dropped([first + later, '每经记者 李彪 北京摄影报道', first, middle, later].join('\n'));
    expect(lines).toEqual(['每经记者 李彪 北京摄影报道', first, middle, later]);
    expect(file.data.removed[0]).toMatchObject({ stage: 'repeats', rule: 'head-copy' });
  });

  it('counts a caption the chrome stage took out as printed further down, and a seam where the summary glued two lines', () => {
    // msdfz.org.cn (eval c3c-msdfz-mirror-news1plus1-interview): 概要 glues the caption, its credit and the first lines.
    const summary = '概要: 2月28日15时,**中央*****、国务院总理***与网友在线交流并接受中国**网、新华网联合专访。图为***回答网友问题。陈竞超摄国务院总理与普通网民在网上零距离的交流,可以说成了大家热议的一个话题。央视《新闻1+1》近日邀请了北京大学的王锡锌教授做分析点评。';
    const opening = '国务院总理与普通网民在网上零距离的交流,可以说成了大家热议的一个话题。央视《新闻1+1》近日邀请了北京大学的王锡锌教授做分析点评。';
    const file = textFile([summary, opening, '主持人(王跃军):'].join('\n'));
    file.data.chromeLines.push('2月28日15时,**中央*****、国务院总理***与网友在线交流并接受中国**网、新华网联合专访。图为***回答网友问题。', '陈竞超 摄');
    dropRepeats(file);
    expect(linesOf(file)).toEqual([opening, '主持人(王跃军):']);
  });

  it('keeps one copy of a column label printed again above the text, and every copy of the headline for the structure stage', () => {
    // www.bastillepost.com (eval c3b-bastillepost-sam-macau-press-report).
    const headline = '岑浩辉称澳门新闻自由受充分保障 望与业界携手各司其职';
    const text = [headline, '澳门事', headline, '澳门事', '澳门事', headline, '2025年01月14日 23:23', first].join('\n');
    expect(dropped(text).lines).toEqual([headline, '澳门事', headline, headline, '2025年01月14日 23:23', first]);
  });

  it('keeps a first paragraph that only shares its clauses with one later paragraph, and a title the first sentence repeats', () => {
    const text = ['全市安全生产工作会议召开', '3月5日,全市安全生产工作会议召开。会议强调,要压实责任。', para('安全生产'), para('环境保护')].join('\n');
    expect(dropped(text).lines).toEqual(text.split('\n'));
  });
});

describe('a summary cut off above the text it repeats (www.casakenia.com)', () => {
  it('goes although no sentence ends in it; the title, addressee and text stay', () => {
    const lines = [
      '安徽省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见',
      '农村',
      '安徽省人民政府关于实施《国务院关于基础教育改革与发展的决定》的意见(皖政[2001]85号)各市、县人民政府,省政府各部门、各直属机构:为认真贯彻落实《国务院关于基础教育改革与发展',
      '安徽省人民政府关于实施',
      '《国务院关于基础教育改革与发展的决定》的意见',
      '各市、县人民政府,省政府各部门、各直属机构:',
      '为认真贯彻落实《国务院关于基础教育改革与发展的决定》(国发[2001]21号)和全国基础教育工作会议精神,现结合实际,提出以下实施意见。',
    ];
    const file = textFile(lines.join('\n'));
    dropRepeats(file);
    expect(linesOf(file)).toEqual([...lines.slice(0, 2), ...lines.slice(3)]);
  });
});

describe("a page description that runs the text's beginning together above it", () => {
  it('goes, though its cut end reads what the text redacts; the title block, salutation and text stay (wdocx.com)', () => {
    const lines = [
      '在全县处级领导和科级主要负责同志专题研讨班结业仪式上的讲话用心用爱用功答好"强县之问"以良好的精神状态奋力开创强县事业新局面(2019年3月31日) 同志们: 县不图强,必有远忧。当前,全国各地都在深入学习贯彻习',
      '在全县处级领导和科级主要负责同志专题研讨班结业仪式上的讲话',
      '用心用爱用功答好“强县之问”',
      '以良好的精神状态奋力开创强县事业新局面',
      '(2019年3月31日)',
      '同志们:',
      '县不图强,必有远忧。当前,全国各地都在深入学习贯彻XXX,高质量发展的浪潮中百舸争流、千帆竞发。',
    ];
    const file = textFile(lines.join('\n'));
    dropRepeats(file);
    expect(linesOf(file)).toEqual(lines.slice(1));
    expect(file.data.removed[0]).toMatchObject({ stage: 'repeats', rule: 'head-copy' });
  });

  it("keeps a long title printed once more over two lines above the text (a moe.gov.cn mirror): the copies are the structure stage's", () => {
    const title = '教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动暨第三届全国大学生传统文化知识竞答的通知';
    const twice = [title, '教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动', '暨第三届全国大学生传统文化知识竞答的通知', '各省、自治区、直辖市教育厅（教委）：', '为深入贯彻落实党的二十大精神和习近平文化思想，决定举办宣传教育活动。'];
    expect(dropped(twice.join('\n')).lines).toEqual(twice);
  });
});

describe('a summary under a bracketed label, stitched across a caption the chrome stage took (news.yuduxx.com)', () => {
  it('goes although two of its clauses are seams between the lines it copies; the lines it copies stay', () => {
    const lines = ['10部长受访 “部长通道”掀起小高潮(视频)', '[摘要]3月9日,商务部部长高虎城在两会“部长通道”接受记者采访。中新社记者 杜洋 摄 视频:两会新闻特写:部长通道又启 回应社会关切 来源:央视综合 “部长!网上流传的延迟退休时间表究竟是不是真的?”还没等人力资源和社会保障部部长尹蔚民在话筒前站稳,现...', '视频:两会新闻特写:部长通道又启 回应社会关切 来源:央视综合', '“部长!网上流传的延迟退休时间表究竟是不是真的?”还没等人力资源和社会保障部部长尹蔚民在话筒前站稳,现场数百名记者提高嗓门,向9日下午“部长通道”迎来的第一位嘉宾抛出一连串问题。'];
    const file = textFile(lines.join('\n'));
    file.data.chromeLines.push('3月9日,商务部部长高虎城在两会“部长通道”接受记者采访。中新社记者 杜洋 摄');
    dropRepeats(file);
    expect(linesOf(file)).toEqual([lines[0], lines[2], lines[3]]);
  });
});

describe('dropRepeats: a paragraph printed whole above the text', () => {
  it("drops the site's lead over the headline, keeping the paragraph in its place (519876.com, eval w1-519876)", () => {
    const lead = '2024年的检察理论研究,接续以加强法律监督为主线,以努力让人民群众在每一个司法案件中感受到公平正义为目标,为习近平法治思想的检察实践提供更优理论滋养。';
    const lines = [
      '时间:2025-03-31 来源:检察日报 责任编辑:敖婷婷',
      lead,
      '深化检察理论创新引领 持续推进习近平法治思想的检察实践',
      '郭立新 许慧君',
      '以立法修改、司法改革为契机,进一步健全检察监督体制机制的目标在于在实体上确保实现公平正义。',
      lead,
      '检察机关功能定位的理论深化',
    ];
    expect(dropped(lines.join('\n')).lines).toEqual([...lines.slice(0, 1), ...lines.slice(2)]);
  });

  it('keeps one copy of a story printed twice whose copy is too short for a repeated run (fzahw.com), also once its credit lines are gone', () => {
    const text = fixture('repeats', 'fzahw-twice.txt');
    const story = text.split('\n')[0]!;
    expect(dropped(text).lines.filter((l) => l === story)).toHaveLength(1);
    expect(dropped([story, story].join('\n')).lines).toEqual([story]);
  });

  it('leaves a refrain inside the text: only lines above its first other paragraph are read', () => {
    const refrain = '我们要坚定信心、攻坚克难，以更加昂扬的精神状态和更加务实的工作作风，奋力谱写新时代发展的崭新篇章！';
    const lines = ['同志们：', para('安全生产'), refrain, para('环境保护'), refrain];
    expect(dropped(lines.join('\n')).lines).toEqual(lines);
  });
});

describe('dropRepeats: a summary whose words the text under it prints whole', () => {
  // www.cqps.gov.cn (eval unseen12/b12-cqps): the summary is the first paragraph without its dateline.
  const summary = '10月21日,县法院召开人民法庭建设新闻发布会,立足县域文化特色、经济发展实际,将法庭建设与服务全面推进乡村振兴和基层社会治理能力现代化相结合,提升各人民法庭司法服务能力。';
  const opening = '重庆彭水网(融媒体记者 杨丽媛 李 峰) ' + summary;
  const next = '彭水融媒体中心、重庆法制报、武陵都市报社等媒体记者参加发布会。发布会还邀请了部分市、县人大代表和政协委员参加。';

  it('drops the summary and keeps the paragraph with its dateline', () => {
    const { lines, file } = dropped(['县法院召开人民法庭建设新闻发布会', '', summary, '', opening, '', next].join('\n'));
    expect(lines.filter((l) => l !== '')).toEqual(['县法院召开人民法庭建设新闻发布会', opening, next]);
    expect(file.data.removed).toEqual([{ stage: 'repeats', rule: 'summary-copy', reason: 'a summary whose words the text under it prints whole', text: summary }]);
  });

  it('drops a labelled summary cut at a broken entity, keeping the paragraph (shxrmyy.com, eval unseen5/y2-shxrmyy)', () => {
    const paragraph = '2月16日上午,全县乡镇医院、卫生院新春联谊会在泗洪县人民医院举行,来自全县各乡镇医院、卫生院的院长及部分医疗骨干60余人参加了联谊会,会议由泗洪县人民医院主办,县卫生局副局长许存亚代表县卫生局出席了会议并作重要讲话。';
    const teaser = '导读:                      ' + paragraph + '    &nb';
    const lines = ['全县乡镇医院新春联谊会在泗洪县人民医院举行', teaser, '        ', '             ' + paragraph, '       在新春伊始,处处充满着喜庆和勃勃生机的美好季节里,为了进一步增进交流和友谊,共谋全县医疗卫生事业发展大计,泗洪县人民医院筹备召开了这次联谊会。'];
    expect(dropped(lines.join('\n')).lines).toEqual([lines[0], ...lines.slice(2)]);
  });

  it('drops a summary cut short with an ellipsis that the paragraph under it continues', () => {
    const cut = '摘要:' + summary.slice(0, 50) + '……';
    expect(dropped([cut, opening, next].join('\n')).lines).toEqual([opening, next]);
  });

  it('keeps a 内容摘要 and an 编者按 that the text does not repeat (chinanews.com, eval cases/cx-chinanews)', () => {
    const lines = [
      '编者按:突如其来的新冠肺炎疫情,是对国家治理体系和治理能力现代化的一次大考。',
      '内容摘要:进入新时代,坚定实施扩大内需战略,既是满足人民美好生活需要的必然要求,也是推进经济高质量发展的主动选择。',
      '2020年5月14日,习近平总书记主持召开中央政治局常委会会议时指出,要深化供给侧结构性改革,充分发挥我国超大规模市场优势和内需潜力,构建国内国际双循环相互促进的新发展格局。',
    ];
    expect(dropped(lines.join('\n')).lines).toEqual(lines);
  });

  it('keeps a first paragraph that a later one repeats word for word with no label or cut: a text may say a thing twice', () => {
    const lines = [summary, next, summary];
    expect(dropped(lines.join('\n')).lines).toEqual(lines);
  });

  it('keeps a summary whose words stand further down than the lines that follow it closely', () => {
    const lines = ['摘要:' + summary, next, para('安全生产'), para('环境保护'), para('信访稳定'), opening];
    expect(dropped(lines.join('\n')).lines).toEqual(lines);
  });
});

describe('dropRepeats on a short text whose end is printed twice', () => {
  // The shape of a county bureau's notice saved with its print copy (dezhoudaily.com) and of a
  // 公示 whose last paragraph and signature a mirror printed again (wj598.com): too short for a
  // repeated run of text, but the copy follows its original and runs to the last line.
  const notice = [
    '某县交通运输局关于客运车辆全部停运的通告',
    '当前，为全力应对疫情，根据防控工作的需要，自1月27日零时起，全县城乡公交车、客运班线车辆全部停运，具体恢复运营时间另行通知。',
    '由此带来的出行不便，敬请理解！',
    '某县交通运输局',
    '2020年1月26日',
  ];

  it('keeps a notice printed twice from its title to its date once', () => {
    const { lines } = dropped([...notice, ...notice].join('\n'));
    expect(lines).toEqual(notice);
  });

  it('keeps one copy of the last paragraph, 特此公示, the signature and the date', () => {
    const head = ['关于高标准农田建设项目的公示', '为加强项目管理，现将有关情况公示如下。'];
    const tail = [notice[1]!, '特此公示。', '某县农业农村局', '2021年12月8日'];
    const { lines } = dropped([...head, ...tail, ...tail].join('\n'));
    expect(lines).toEqual([...head, ...tail]);
  });

  it('keeps a short run the text repeats that is not its ending, or not right after its original', () => {
    const refrain = ['同志们：', notice[1]!, '我们一定要做到！'];
    // The text's first paragraph comes first: a long line above it is the head copies' business.
    const opening = '今天召开这次会议，主要任务是总结去年工作，部署今年的各项任务。';
    const text = [opening, ...refrain, '第二部分的内容在这里展开，说明工作安排。', ...refrain, '最后一段结束全文。'];
    expect(dropped(text.join('\n')).lines).toEqual(text);
    const apart = [opening, ...refrain, '中间还有一段话。', ...refrain];
    expect(dropped(apart.join('\n')).lines).toEqual(apart);
  });
});
