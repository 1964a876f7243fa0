// The words that end a document's own title and name its genre (…的讲话,
// …的通知, …答记者问), as data: every term is a RegExp source with one real
// title it was seen in and where: "<site> <eval|raw|fixture>:<ref>" (an
// evaluation case, a seed of content/raw, a file under tests/fixtures). Each
// list is one rule with examples from at least two sites;
// tests/unit/structure.test.ts checks each example and counts the sites.
//
// The structure stage reads them to tell a complete title from a line cut by
// a hard wrap and from a site's headline; the dates stage, which runs before
// the document type is decided, to tell what kind of date a document states.

export interface Term {
  term: string;
  example: string;
  seen: string;
}

/** The RegExp source of a list: its terms as alternatives. */
export const alternatives = (terms: Term[]) => [...new Set(terms.map((t) => t.term))].map((t) => `(?:${t})`).join('|');

/** Genre words of a speech's title: the speaker's own words at a meeting. */
export const SPEECH_WORDS: Term[] = [
  { term: '讲话', example: '在全县村级组织换届选举工作会议上的讲话', seen: 'www.wm114.cn eval:txt-wm114-county-village-election-speech' },
  { term: '讲话', example: '县长在2022年全县生态环境专题会议上的讲话范文', seen: 'taowenge.com eval:txt-taowenge-county-ecology-speech' },
  { term: '发言', example: '在全镇乡村振兴工作推进会上的表态发言', seen: 'www.gongwk.com eval:txt-gongwk-township-revitalisation-pledge' },
  { term: '发言', example: '在市委征求意见座谈会上的发言', seen: '365docx.com fixture:classify/pages/365docx-speech.txt' },
  { term: '致辞|致词', example: '王志民在中央人民政府驻港联络办“公众开放日”活动开幕仪式上的致辞', seen: 'big5.locpg.hk eval:dirt-locpg-wangzhimin-openday-speech' },
  { term: '主持词', example: '开工仪式主持词', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
  { term: '党课|讲稿', example: '2023年支部书记党课讲稿', seen: 'lsjse.com fixture:structure/pages/lsjse-dangke.txt' },
  // A speech's text as an essay site files it: 讲话 with 稿 after it (the 讲稿 above does not reach over 话).
  { term: '讲话稿', example: '领导在职工大会讲话稿', seen: 'caihuazhai.com eval:unseen5/y2-caihuazhai-power-company-workers-congress-speech' },
  { term: '讲话稿', example: '校长毕业典礼讲话稿', seen: 'm.ni24.cn eval:unseen6/z1-ni24-graduation-principal-speech' },
  // A leader's or an organ's message for the new year or a festival (…新春献辞, …新年贺词, 2009年新年寄语, 院长寄语).
  { term: '(?<!发表[^，。！？]{0,6})(?:贺[词辞]|献[词辞]|寄语)', example: '院长寄语', seen: 'myxrmyy.com eval:unseen8/a8-myxrmyy-miyi-hospital-president-speech' },
  { term: '(?<!发表[^，。！？]{0,6})(?:贺[词辞]|献[词辞]|寄语)', example: '学校新年献辞', seen: 'bookingtool.com.cn fixture:classify/pages/bookingtool-school-new-year-message.txt' },
  { term: '(?<!发表[^，。！？]{0,6})(?:贺[词辞]|献[词辞]|寄语)', example: '新春献词', seen: 'www.360elib.com fixture:classify/pages/360elib-yuyao-new-year-message.txt' },
  // A speech's own words in Macao's and Hong Kong's usage (演辞, 演讲辞), and the remarks an official or a parent gives at an
  // occasion (新年感言, 毕业感言): genre nouns every site that prints such a speech names it by.
  { term: '演讲?[辞词]', example: '澳门大学 2017年毕业典礼演辞', seen: 'pdfslide.net eval:unseen31/d31-pdfslide-macau-chief-executive-chuisaion-um-graduation-2017-docshare-glued-title-cut-speech' },
  { term: '演讲?[辞词]', example: '在开幕式的演辞', seen: 'www.macaoppnr.com fixture:areaspeaker-s34/a-macaoppnr-macau-ce-opening-speech.txt' },
  { term: '(?<!发表[^，。！？]{0,6})感言', example: '东引乡长林德建2025新年感言', seen: 'www.matsu.idv.tw eval:unseen27/d27-matsu-dongyin-township-head-lindejian-2025-new-year-message-forum-speech' },
  { term: '(?<!发表[^，。！？]{0,6})感言', example: '幼稚园毕业家长感言', seen: 'www.mingyanjiaju.org fixture:titles-s36/vocab/mingyanjiaju-ganyan.txt' },
];

/** Genre words of a notice's title: a document issued to addressees. */
export const NOTICE_WORDS: Term[] = [
  { term: '通知', example: '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
  { term: '通知', example: '毕业生就业工作的通知', seen: 'xiexiebang.com eval:txt-xiexiebang-hunan-graduate-employment-notice' },
  { term: '通报', example: '关于印发2022年《政府工作报告》主要任务上半年落实情况的通报', seen: 'www.shouxian.gov.cn fixture:structure/pages/shouxian-tongbao.txt' },
  { term: '决定', example: '盘锦市人民政府关于表彰第二十二届农田基本建设“大禹杯”竞赛优胜单位和先进单位的决定', seen: 'panjin.gov.cn fixture:structure/pages/panjin-jueding.txt' },
  { term: '意见', example: '关于认真做好城南新区（三江街道）村和社区组织换届选举工作的实施意见', seen: 'www.szzj.gov.cn fixture:chrome/pages/szzj-gov.txt' },
  { term: '通告', example: '吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告', seen: 'xxgk.jl.gov.cn eval:cx-jilin-nenjiang-notice' },
  // A 公示 or 公告 is addressed to the public rather than to named bodies, and signed and dated like a notice.
  { term: '公示', example: '关于拟命名浙江省杭州市等40个地区为国家生态市(县、区)的公示', seen: 'elearning-innovators.com eval:ho-elearning-mep-ecocity-notice' },
  { term: '公示', example: '关于拟命名大路镇为“重庆市市级环境优美镇(2007年度)”的公示', seen: 'sthjj.cq.gov.cn fixture:structure/pages/cq-gov-gongshi.txt' },
  { term: '公告', example: '创业环保第一季度报告会计差错的提示性公告', seen: 'finance.sina.cn eval:ho-sinacn-capital-env-notice' },
  { term: '公告', example: '关于授予内蒙古自治区扎兰屯市等20个市(县、区/旗)“国家生态县(市、区)”称号的公告', seen: 'm.lc123.net fixture:structure/pages/lc123-gonggao.txt' },
  { term: '函', example: '四川省卫生健康委员会关于四川省第十四届人民代表大会第四次会议第14040218号建议的复函', seen: 'www.sc.gov.cn eval:web-mirror-sc-health-reply' },
  // The other kinds of 公文 《党政机关公文处理工作条例》 (2012) art. 8 lists that are issued to named addressees: a 决议 a
  // meeting adopts, a 请示 to a superior organ and the 批复 that answers it. 报告, 公报 and 纪要 are in REPORT_WORDS.
  { term: '决议', example: '第十届全国人民代表大会第五次会议关于政府工作报告的决议', seen: 'www.taiwan.cn fixture:titles-s36/vocab/taiwancn-jueyi.txt' },
  { term: '决议', example: '第十二届全国人民代表大会第五次会议关于政府工作报告的决议', seen: 'yuedu.shufasikao.cn fixture:titles-s36/vocab/shufasikao-jueyi.txt' },
  { term: '请示', example: '关于申请维修教学楼专项资金的请示', seen: 'bbs.bb365.cc fixture:titles-s36/vocab/bb365-qingshi.txt' },
  { term: '请示', example: '关于申请危旧教室翻修费的请示', seen: 'www.tcshiji.com fixture:titles-s36/vocab/tcshiji-qingshi.txt' },
  { term: '批复', example: '国务院关于同意宁夏回族自治区撤销固原地区设立地级固原市的批复', seen: 'zh.m.wikisource.org fixture:titles-s36/vocab/wikisource-pifu.txt' },
  { term: '批复', example: '中国证券监督管理委员会关于新华期货经纪有限公司的批复', seen: 'jifanwen.com fixture:titles-s36/vocab/jifanwen-pifu.txt' },
];

/**
 * Genre words that close a document's own title without naming its type: the 条例's 报告, 公报 and 纪要 (art. 8). A
 * 工作报告 given at a congress is a speech, a 统计公报 or an 调查研究报告 an article (tests/eval/README.md): the title
 * is complete, and the classifier, not the word, decides the type.
 */
export const REPORT_WORDS: Term[] = [
  { term: '报告|公报|纪要', example: '湖北省高级人民法院工作报告', seen: 'news.cnhubei.com eval:c3a-hubei-high-court-work-report' },
  { term: '报告|公报|纪要', example: '汉滨区2025年政府工作报告', seen: 'www.hanbin.gov.cn eval:unseen/u2-hanbin-government-work-report-speech' },
  { term: '报告|公报|纪要', example: '万载县2022年国民经济和社会发展统计公报', seen: 'www.wanzai.gov.cn eval:gov-wanzai-stats-bulletin' },
];

/** Genre words of an interview's title: questions put to someone and their answers. */
export const INTERVIEW_WORDS: Term[] = [
  { term: '答记者问', example: '推动农业转型升级答记者问', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
  { term: '答记者问', example: '――省纪委副书记张晓亚答记者问', seen: 'news.sina.com.cn eval:pg-sina-shanxi-jiwei-interview' },
];

/**
 * Genre words of a letter's title: a letter is an article whatever greets its
 * readers (tests/eval/README.md), but its title names it as a speech's does.
 */
export const LETTER_WORDS: Term[] = [
  { term: '贺信|慰问信|一封信|公开信', example: '中国医师节将至，国家卫健委等向全体医务工作者致慰问信', seen: 'zzcsz.cn eval:unseen8/a8-zzcsz-doctors-day-letter-article' },
  { term: '贺信|慰问信|一封信|公开信', example: '宜都市公安局致市民的一封信', seen: 'm.lalomitamexicandeli.com eval:unseen6/z2-yidu-police-summer-action-notice' },
  { term: '贺信|慰问信|一封信|公开信', example: '新春贺信', seen: 'www.66wc.com fixture:classify/pages/66wc-county-new-year-letter.txt' },
];
