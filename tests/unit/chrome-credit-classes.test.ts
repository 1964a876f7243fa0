// Classes of credit and notice found on pages of sites no rule was written
// from (the unseen2 set and a wide sample of news, hospital, school and essay
// sites), each on real lines of the pages named: a picture's credit in
// brackets closing its caption, a reporter's credit naming the place the story
// was filed from, bracketed credits on a line of their own, an essay site's
// notice of the text it hides, a notice's signature written with O for 〇,
// captions and lead-ins set above a news story's dateline, and the dots
// where a site cut its text short.
import { describe, expect, it } from 'vitest';
import { filedFromNames, isPhotoCaption, trailingCredit } from '../../scripts/ingest/stages/chrome/credits.ts';
import { blurbsAboveDateline } from '../../scripts/ingest/stages/chrome/dateline.ts';
import { stripCutEllipsis, stripHiddenText } from '../../scripts/ingest/stages/chrome/inline.ts';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { keptLines } from '../fixtures/chrome/harness.ts';

describe("a picture's credit in brackets closing its caption", () => {
  it('the caption goes with it, whatever the label (bilezu.com, worldjournal.com, tw.news.yahoo.com)', () => {
    expect(isPhotoCaption('对话潍坊市公安局局长闫希军(摄影/刘自勇)')).toBe(true);
    expect(isPhotoCaption('台北市长蒋万安(右)16日晚在圆山饭店宴请上海副市长华源(左)等上海团,两人在交换礼物后握手致意。(记者余承翰/摄影)')).toBe(true);
    expect(isPhotoCaption('林奕华率台北团参访上海动物园，与园方交换纪念物。（图／台北市政府提供）')).toBe(true);
  });

  it("a paragraph of more than one sentence is the text's, whatever closes it (tw.news.yahoo.com)", () => {
    expect(isPhotoCaption('林奕华致词时表示，这趟行程非常不容易。雙城论坛举办至今已是第16年了。（图／中天新闻）')).toBe(false);
  });

  it("the writer's credit closing the last paragraph stays with it, a picture's credit there is cut (m.lyruiju.cn, www.yndaily.com, www.henandaily.cn)", () => {
    expect(trailingCredit('李士慧副主席对我院的发展给予了充分肯定,同时要求与会委员要贯彻党的群众路线教育实践活动,以身作则,严格遵守八项规定,反对“四风”。(文/高超 图/刘启)')).toBeUndefined();
    expect(trailingCredit('积极推进工业企业绿色低碳转型。（记者 胡晓蓉）')).toBeUndefined();
    expect(trailingCredit('过一个平安、祥和、温馨、廉洁的新春佳节。（常书香 马丹阳 ）')).toBeUndefined();
    expect(trailingCredit('两人在交换礼物后握手致意。(记者余承翰/摄影)')).toEqual({ line: '两人在交换礼物后握手致意。', credit: '(记者余承翰/摄影)' });
  });
});

describe('a reporter credited with the place the story was filed from', () => {
  it('is a byline: in brackets, after the role, or after the newsroom (www.2241626.com, www.ettoday.net, www.ntdtv.com.tw)', () => {
    expect(filedFromNames('【记者梁金源/台中报导】')).toEqual(['梁金源']);
    expect(filedFromNames('记者郑佩玟/台北报导')).toEqual(['郑佩玟']);
    expect(filedFromNames('新唐人亚太电视 宋升桦 黄佩仪 台北采访报导')).toEqual(['宋升桦', '黄佩仪']);
  });

  it('a sentence about a report is not one', () => {
    expect(filedFromNames('记者从市政府获悉,台北报导')).toBeUndefined();
    expect(classifyChrome('据台北报导,市长昨日出席活动。')).toBeUndefined();
  });
});

describe('bracketed credits on a line of their own after the text', () => {
  it("go: the newsroom's reporters and the editor (119.23.250.19), a photographer (www.cnread.news)", () => {
    const last = '农业农村部党组书记 部长 唐仁健:今年我们继续推动扩种大豆,特别是针对农民种豆比较效益低,不太愿意种的问题,国家及时出台了“豆十条”。总产有望再创新高,再次提高我们的自给率。';
    expect(keptLines([last, '(总台央视记者 王琰 梁丽娟 王凯博 钟敏 陈博) 【编辑:刘欢】'])).toEqual([last]);
    expect(classifyChrome('(摄影:何景辉)')?.rule).toBe('end-credit');
  });
});

describe("an essay site's notice of the text it hides", () => {
  it('is cut from inside a line, the text around it stays (cedoc.cn)', () => {
    const line = '很快,本院创院,将会超过五十年了。在这接近五十年,未够五十年间,本院已经为社会 ……此处隐藏4956个字…… 、同种异体肾移植术、低龄幼儿自身外周造血干细胞移植等新项目新技术,已进入国内或省内学科的前沿领域。';
    expect(stripHiddenText(line)).toEqual({
      line: '很快,本院创院,将会超过五十年了。在这接近五十年,未够五十年间,本院已经为社会、同种异体肾移植术、低龄幼儿自身外周造血干细胞移植等新项目新技术,已进入国内或省内学科的前沿领域。',
      cut: ['……此处隐藏4956个字……'],
    });
  });

  it('after the last words of a cut page goes, and the open button under it (laobiganzi.top)', () => {
    const kept = keptLines(['各位(领导)、各位来宾、同志们:', '近年来,市人民医院以质量求生存,以改革促发展;医院还坚持以人为本,以病人为中心全文约1391字,请下载后阅读、编辑。', '(阅']);
    expect(kept).toEqual(['各位(领导)、各位来宾、同志们:', '近年来,市人民医院以质量求生存,以改革促发展;医院还坚持以人为本,以病人为中心']);
  });

  it('a line of its own is a paywall line (laobiganer.com)', () => {
    expect(classifyChrome('---此处隐藏8766字,下载后查看---')?.rule).toBe('paywall');
  });
});

describe("a notice's signature after its last paragraph", () => {
  it('stays when the issuer is letter-spaced and the year written with O for 〇 (cuiniaoyizhan.com)', () => {
    const lines = ['请各单位妥善安排节假日期间的值班和安全保卫工作,于9月27日前将值班人员名单分别报送学校办公室和保卫处,并在学校内部网上报送。', '学 校 办 公 室', '二OO七年九月二十日'];
    expect(keptLines(lines)).toEqual(lines);
  });
});

describe("sentences above a news story's dateline", () => {
  const mty90 = [
    '王俊、姚斌、马春、张琼等全体在家区领导集中收看了大会盛况',
    '□我区各部门、镇街、企事业单位、社区(村)及社会各界人士,通过电视、网络、手机等,收听收看庆祝改革开放40周年大会。',
    '□12月18日,庆祝改革开放40周年大会在人民大会堂隆重举行,中共中央总书记、国家主席、中央军委主席习近平在大会上发表重要讲话。',
    '□本报讯(记者 唐章静)12月18日上午10时,庆祝改革开放40周年大会在人民大会堂隆重举行,中共中央总书记、国家主席、中央军委主席习近平在大会上发表重要讲话。',
    '□区委书记王俊,区委副书记、区长姚斌,区人大常委会主任马春,区政协主席张琼,区委副书记陈中举等全体在家区领导在区机关办公大楼西341会议室集中收看了大会盛况。',
  ];

  it('are captions and lead-ins; the line without a sentence end stays for the structure stage (www.mty90.com, knoxvariety.com)', () => {
    expect(blurbsAboveDateline(mty90, () => false)).toEqual([1, 2]);
    const knox = ['★3月2日上午,在赴北京参加全国“两会”的飞机上,省委书记、省人大常委会主任张春贤和湖南代表团成员交谈,本报记者拍下了这亲切的场面。', '本报北京讯 “百姓富裕了就是我最大的心愿,全国人大代表、省委书记张春贤和全国人大代表湖南代表团成员一起,乘机赴京参加全国“两会”。'];
    expect(blurbsAboveDateline(knox, () => false)).toEqual([0]);
  });

  it("the story keeps its dateline paragraph though a lead-in above it repeated it (www.mty90.com)", () => {
    const kept = keptLines(mty90);
    expect(kept).toContain(mty90[3]);
    expect(kept).not.toContain(mty90[2]);
  });

  it('a headline that ends like a sentence stays (msn.finance.sina.com.cn)', () => {
    const lines = ['赵启正:今天记者们所提的问题都良好以上的!', '中国经济网北京3月2日讯(中国经济信息记者张超) 3月2日下午,全国政协十一届五次会议新闻发布会在人民大会堂三楼金色大厅召开,全国政协十一届五次会议新闻发言人赵启正答中外记者问。'];
    expect(blurbsAboveDateline(lines, () => false)).toEqual([]);
  });

  it('a page whose story does not open at a dateline keeps its first paragraphs (the dateline further down is quoted)', () => {
    const lines = ['会议强调,要深入学习贯彻党的二十大精神,扎实做好各项工作。', '会上,与会同志结合工作实际作了交流发言,大家一致表示要抓好落实。', '据了解,新华社北京5月9日电的相关报道已引起广泛关注,各地纷纷组织学习。'];
    expect(blurbsAboveDateline(lines, () => false)).toEqual([]);
  });
});

describe('the dots where a site cut its text short', () => {
  it("go from the text's last line in the middle of a clause, with a cell bar after them (gongwen.com.cn, resources.cie.hkbu.edu.hk)", () => {
    expect(stripCutEllipsis(['一、站位全局、上下联动,凝心聚力抓创建。从基础性工作抓起、从精细化管理抓起、从薄弱环节抓起,努力营造...'])).toEqual({
      lines: ['一、站位全局、上下联动,凝心聚力抓创建。从基础性工作抓起、从精细化管理抓起、从薄弱环节抓起,努力营造'],
      cut: ['...'],
    });
    expect(stripCutEllipsis(['这里的回归纪念园,摆放了抽象设计的...... |', '']).lines).toEqual(['这里的回归纪念园,摆放了抽象设计的', '']);
  });

  it("an ellipsis after a sentence's end, or on a line above the last, is the text's", () => {
    expect(stripCutEllipsis(['他说:“我们还要继续干下去。”……']).cut).toEqual([]);
    expect(stripCutEllipsis(['事故接连发生,原因很多......', '必须下大力气进行治理和整顿。']).cut).toEqual([]);
  });
});

describe("a photographer's name with a slashed 摄 right after the caption's full stop", () => {
  it('makes the line a caption (dhcdi.gov.cn unseen6; ck.xwpx.com with spaces before the name)', () => {
    expect(isPhotoCaption('泉州市德化县组织青年党员干部参观县纪法教育基地,以身边事教育身边人,督促干部自觉筑牢思想防线。张九强/摄')).toBe(true);
    expect(isPhotoCaption('2006年年底,廖静文在徐悲鸿纪念馆。   郭红松/摄')).toBe(true);
  });

  it('needs the full stop and the slash: 摄 inside a sentence is text', () => {
    expect(isPhotoCaption('同志们,这是我今天的讲话。王强/摄影师说')).toBe(false);
    expect(isPhotoCaption('会后,大家参观了县纪法教育基地,由张九强负责拍摄')).toBe(false);
  });
});

describe('a caption closed by its credit in 〈〉 (twelfth session, captions)', () => {
  it('takes the caption and keeps a sentence that only mentions a photographer', () => {
    expect(isPhotoCaption('水里乡民过中秋，联欢晚会一起同乐。〈记者吴素珍摄〉')).toBe(true);
    expect(isPhotoCaption('剥柚子比赛。〈记者吴素珍摄〉')).toBe(true);
    expect(isPhotoCaption('活动中陈乡长颁奖陶艺、书法等艺术大师，表彰他们对艺文活动的推广不遗余力。')).toBe(false);
  });
});
