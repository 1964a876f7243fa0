// The cue words of the five document types, as data. Each rule adds its
// weight to one type when any of its terms (RegExp sources) matches in its
// scope; every term carries one real text it was seen in and where: "<site>
// <eval|raw|fixture>:<ref>" (an evaluation case, a seed of content/raw, a file
// under tests/fixtures). tests/unit/classify-cues.test.ts checks that each
// example holds its term, is in its source, and that every rule has examples
// from at least two sites.
import type { DocumentType } from '../types.ts';

export interface Cue {
  term: string;
  example: string;
  seen: string;
}

/**
 * Where a rule looks:
 * - headline: the title, the lines set aside around it and the short lines
 *   standing before the first sentence of the body (a scraped page often
 *   repeats its title there);
 * - opening: each of the first paragraphs of the body;
 * - line: each paragraph and heading of the body and its closing lines;
 * - front: each line set aside under the title or at the end (bylines, attributions);
 * - head: the headlines, the opening and the front lines together;
 * - all: the headlines, every line of the body and the front lines.
 *
 * Placeholders in a term: {NAME} a person's name, {PLACE} a division's name
 * and {WHO} a speaker (a name, posts and a name, or a group such as 专家),
 * all checked after the match; {POST} a post word of people/vocabulary.ts.
 */
export type Scope = 'headline' | 'opening' | 'line' | 'front' | 'head' | 'all';

export interface CueRule {
  id: string;
  type: DocumentType;
  weight: number;
  scope: Scope;
  /** How many matches the rule needs, one by default. */
  min?: number;
  /**
   * A supporting cue counts only alongside a rule of the same type that is
   * not supporting: a feature quotes officials and names places too, but only
   * a report tells of an event.
   */
  support?: true;
  /**
   * The terms are read outside quotation marks: a speaker's own formulas
   * (我代表…向, 谢谢大家) that a report quotes are the report's quotation.
   */
  unquoted?: true;
  /**
   * A match counts only when the next text of the scope does not match too:
   * a question put to someone is answered by the paragraph after it, while a
   * feature's subheads ask theirs one after another (出国前：…？ / 出国后：…？).
   */
  answered?: true;
  /**
   * The rule does not count when this other rule fired too: a text that
   * issues a notice by its formula (通知如下, 特此通知) greets its addressees
   * (各位同事：, 各位市民：), not an audience.
   */
  yieldsTo?: string;
  /**
   * The rule reads the document's own genre (a letter's title), which the
   * structure model has no feature for: when it decides the rules' type, the
   * model's doubt is only reported, as over a notice's forms.
   */
  form?: true;
  cues: Cue[];
}

/**
 * The salutation words of a speech: 同志们, 各位领导, 亲爱的同学们. Not a
 * programme host's greeting to an audience that is not in the room (各位网友，
 * 大家好！ on china.com.cn's 中国访谈 and in 温家宝's chat mirrored on
 * www.ccmw.net; 各位听众朋友 on cneb.gov.cn's radio interview).
 */
const SALUTE = '(?:尊敬的|亲爱的)?(?:各位(?!网友|观众|听众)[\\p{Script=Han}]{1,6}?|同志们|老师们|同学们|女士们|先生们|朋友们|来宾们|代表们)';

/** The bodies that send a greeting in their own voice: an organ of the Party or government, a court. */
const GREETING_BODY = '(?:党委|党组|党总支|领导班子|县委|市委|区委|政府|法院)';
/**
 * A body (or 我们) as the subject that sends its greeting: the body, or a list
 * of bodies whose first and last are organs (党委、人大、政府), then 向 whom and
 * 致以/送上 the wishes, its 向-clauses joined by ， or ！. Not after 代 (a
 * report's 王相民代表市委…向…致以, a speaker's 我代表).
 */
const OWN_GREETING = `(?:^|[，。！])(?:我们|[^，。！？、“”代]{0,16}?${GREETING_BODY}(?:[、，][^，。！？、“”代]{1,4}?)*?(?:[、，][^，。！？、“”代]{0,16}?${GREETING_BODY})?)[，]?谨?向(?:[^。！？]|！(?=向)){1,200}?(?:致以|送上)[^。！？]{0,16}?(?:问候|祝福|寄语)`;

/**
 * The same greeting with no subject, its clause opening with 谨: 谨向…致以…祝福, 谨代表…党组，…向…致以…祝福,
 * 谨代表…向各位贵宾表达感谢.
 */
const OWN_SUBJECTLESS_GREETING = '(?:^|[，。！；])谨(?:代表[^。！？]{1,60}?)?向(?:[^。！？]|！(?=向)){1,200}?(?:致以|送上|表达|表示)[^。！？]{0,16}?(?:问候|祝福|敬意|感谢|欢迎)';

/** A speaker's wishes to those he addresses, opening their sentence: 最后，祝大家新春愉快, 恭祝大家…身体健康, 衷心祝愿全市人民新年快乐. */
const CLOSING_WISHES = '(?:^|[。！；])(?:最后，|在此，)?(?:我们?)?(?:衷心|真诚|再次|谨)?地?(?:祝|祝愿|恭祝|预祝)(?:大家|各位|全[县市镇乡区省院校局]|同志们|你们|您|全体)[^。！？]{0,40}?(?:新年快乐|新春愉快|新春快乐|春节快乐|节日快乐|身体健康|万事如意|阖家幸福|阖家欢乐|合家欢乐|工作顺利)';

export const CUE_RULES: CueRule[] = [
  // A speaker's own words.
  {
    id: 'speech-title',
    type: 'speech',
    weight: 3,
    scope: 'headline',
    cues: [
      // The speech word after its occasion (…会议上的讲话, …会议讲话): a caption
      // under a photo names the speaker instead (孙矿玲讲话, 交流发言), or tells
      // what he did at the time (行政长官贺一诚在宴请本地中文传媒负责人时致辞).
      { term: '(?:(?:的|上|会议?|典礼|仪式|活动)(?:表态|总结|动员|主题|专题|交流)?(?:讲话|发言|演讲)|(?<!时)致[辞词]|主持词|党课|讲稿)(?:全文)?(?:（[^）]{1,6}）)?$', example: '在全县村级组织换届选举工作会议上的讲话', seen: 'www.wm114.cn eval:txt-wm114-county-village-election-speech' },
      { term: '(?:(?:的|上|会议?|典礼|仪式|活动)(?:表态|总结|动员|主题|专题|交流)?(?:讲话|发言|演讲)|(?<!时)致[辞词]|主持词|党课|讲稿)(?:全文)?(?:（[^）]{1,6}）)?$', example: '在全镇乡村振兴工作推进会上的表态发言', seen: 'www.gongwk.com eval:txt-gongwk-township-revitalisation-pledge' },
      { term: '(?:(?:的|上|会议?|典礼|仪式|活动)(?:表态|总结|动员|主题|专题|交流)?(?:讲话|发言|演讲)|(?<!时)致[辞词]|主持词|党课|讲稿)(?:全文)?(?:（[^）]{1,6}）)?$', example: '县人民法院院长在全院贯彻落实省法院院长会议精神大会上讲话（全文）', seen: 'www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech' },
      { term: '(?:(?:的|上|会议?|典礼|仪式|活动)(?:表态|总结|动员|主题|专题|交流)?(?:讲话|发言|演讲)|(?<!时)致[辞词]|主持词|党课|讲稿)(?:全文)?(?:（[^）]{1,6}）)?$', example: '在市委征求意见座谈会上的发言', seen: '365docx.com fixture:classify/pages/365docx-speech.txt' },
      // A page that prints the whole text says so after the speech word (…上校党委书记的讲话全文).
      { term: '(?:(?:的|上|会议?|典礼|仪式|活动)(?:表态|总结|动员|主题|专题|交流)?(?:讲话|发言|演讲)|(?<!时)致[辞词]|主持词|党课|讲稿)(?:全文)?(?:（[^）]{1,6}）)?$', example: '2019年湖北大学（本部）新生开学典礼上校党委书记的讲话全文', seen: 'www.upkao.com eval:h2-upkao-hubu-party-secretary-opening-speech' },
      // A host's words of welcome or thanks, named by their genre (市长欢迎词).
      { term: '(?:欢迎|答谢)词$', example: '市长欢迎词', seen: 'www.zhishi5.com eval:h5-zhishi5-guangzhou-mayor-welcome-speech' },
      { term: '(?:欢迎|答谢)词$', example: '局长在办公室协作组会议上的欢迎词', seen: 'yiwangbao.com fixture:region/pages/yiwangbao-caoxian-welcome.txt' },
      // A speech's manuscript named by its genre word whoever gives it (…市长讲话稿, …院长讲话稿): a caption or a
      // report says 讲话, never 讲话稿; a guide to writing one (如何写好讲话稿) is an essay.
      { term: '^(?![^，。！？]*(?:如何|怎样|怎么|写|起草|范文))[^，。！？]{0,40}(?:讲话|发言|演讲)稿$', example: '领导干部大会上市长讲话稿', seen: 'm.bdocx.com eval:a22-bdocx-mayor-leading-cadres-meeting-speech' },
      { term: '^(?![^，。！？]*(?:如何|怎样|怎么|写|起草|范文))[^，。！？]{0,40}(?:讲话|发言|演讲)稿$', example: '2012年5.12护士节院长讲话稿', seen: 'yyfangchan.com eval:a8-yyfangchan-nurses-day-president-speech' },
      // A leader's or an organ's message for the new year or a festival, named by its genre word
      // (新春献辞, 新年贺词, 新年寄语, 院长寄语); a report's headline says who 发表 it (崔世安…发表新年贺词).
      { term: '^(?!.*发表)[^，。！？]{0,40}(?:贺[词辞]|献[词辞]|寄语)$', example: '澳门特别行政区行政长官何厚铧丙戌年新春献辞', seen: 'gov.mo eval:b7-govmo-macao-ce-bingxu-new-year-message' },
      { term: '^(?!.*发表)[^，。！？]{0,40}(?:贺[词辞]|献[词辞]|寄语)$', example: '新春献词', seen: 'www.360elib.com fixture:classify/pages/360elib-yuyao-new-year-message.txt' },
      { term: '^(?!.*发表)[^，。！？]{0,40}(?:贺[词辞]|献[词辞]|寄语)$', example: '学校新年献辞', seen: 'bookingtool.com.cn fixture:classify/pages/bookingtool-school-new-year-message.txt' },
      // …or as a label before the colon that opens the headline (党课讲稿：…).
      { term: '^(?:专题)?(?:党课|讲稿)(?:讲稿)?[：:]', example: '专题党课：从党史中汲取智慧和力量全力推进乡村振兴', seen: 'hanjia777.com eval:c3c-hanjia777-rural-revival-dangke' },
      { term: '^(?:专题)?(?:党课|讲稿)(?:讲稿)?[：:]', example: '党课讲稿：“大就要有大的样子”', seen: 'wnwk.com eval:c3c-wnwk-dangke-big-party-speech' },
    ],
  },
  {
    id: 'speech-salutation',
    type: 'speech',
    yieldsTo: 'notice-formula',
    weight: 3,
    scope: 'opening',
    cues: [
      // A salutation opens a paragraph, or follows the title glued before it.
      { term: `(?:^|[\\s|]|(?<=讲话|致辞|发言|讲稿|范文))${SALUTE}(?:[、，]\\s?${SALUTE}){0,5}[：，！]`, example: '同志们：', seen: 'www.laowenmi.com eval:pg-laowenmi-sanji-speech' },
      { term: `(?:^|[\\s|]|(?<=讲话|致辞|发言|讲稿|范文))${SALUTE}(?:[、，]\\s?${SALUTE}){0,5}[：，！]`, example: '在全镇乡村振兴工作推进会上的表态发言 各位领导、同志们：', seen: 'www.gongwk.com eval:txt-gongwk-township-revitalisation-pledge' },
      { term: `(?:^|[\\s|]|(?<=讲话|致辞|发言|讲稿|范文))${SALUTE}(?:[、，]\\s?${SALUTE}){0,5}[：，！]`, example: '老师们、同学们，新你新学期好！', seen: '10.176.17.2 eval:inst-shaoxing-yizhong-speech' },
      { term: `(?:^|[\\s|]|(?<=讲话|致辞|发言|讲稿|范文))${SALUTE}(?:[、，]\\s?${SALUTE}){0,5}[：，！]`, example: '各位领导、各位来宾、各位代表，同志们：', seen: 'www.xy3yy.com fixture:classify/pages/xy3yy-speech.txt' },
      { term: `(?:^|[\\s|]|(?<=讲话|致辞|发言|讲稿|范文))${SALUTE}(?:[、，]\\s?${SALUTE}){0,5}[：，！]`, example: '各位来宾、同志们、朋友们：', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
      { term: `(?:^|[\\s|]|(?<=讲话|致辞|发言|讲稿|范文))${SALUTE}(?:[、，]\\s?${SALUTE}){0,5}[：，！]`, example: '亲爱的同学们：', seen: 'www.upkao.com eval:h2-upkao-hubu-party-secretary-opening-speech' },
      // …or closes a list of the guests greeted by name and post (尊敬的王永康常委（…）、…、各位朋友：).
      { term: `^尊敬的[^。！？：]{1,240}?[、，]${SALUTE}(?:[、，]\\s?${SALUTE}){0,5}[：，！]`, example: '尊敬的王永康常委（浙江省委常委）、林武副主任（中央人民政府驻香港特别行政区联络办公室副主任）、詹耀良会长（香港浙江省同乡会联合会会长）、陈仲尼主席（「美丽浙江.欣赏香港」活动筹委会主席）、各位嘉宾、各位同乡、各位朋友：', seen: 'www.news.gov.hk eval:ho-newsgovhk-lam-zhejiang-speech' },
      { term: `^尊敬的[^。！？：]{1,240}?[、，]${SALUTE}(?:[、，]\\s?${SALUTE}){0,5}[：，！]`, example: '尊敬的局长、各位领导、各位来宾、同志们、朋友们：', seen: 'dawenge.com fixture:classify/pages/dawenge-groundbreaking-speech.txt' },
    ],
  },
  {
    id: 'speech-rostrum',
    type: 'speech',
    unquoted: true,
    weight: 2,
    scope: 'line',
    cues: [
      // The speaker refers to the one who spoke before at the same meeting.
      { term: '刚才，[^。！？]{1,20}同志', example: '刚才，希臻同志代表市委作', seen: 'gwyoo.com eval:txt-gwyoo-maoming-organisation-speech' },
      { term: '刚才，[^。！？]{1,20}同志', example: '刚才，金华同志代表院党组', seen: 'www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech' },
      // …and announces what he will say.
      { term: '我(?:再)?讲[一二三四五六七八九两几][^。！？]{0,3}(?:点|句话|个方面|个问题)', example: '我讲三句话', seen: 'www.laowenmi.com eval:pg-laowenmi-sanji-speech' },
      { term: '我(?:再)?讲[一二三四五六七八九两几][^。！？]{0,3}(?:点|句话|个方面|个问题)', example: '我讲四点意见', seen: 'caiyes.cn fixture:classify/pages/caiyes-forum-speech.txt' },
      // …or the questions he will speak to (我讲三个问题).
      { term: '我(?:再)?讲[一二三四五六七八九两几][^。！？]{0,3}(?:点|句话|个方面|个问题)', example: '根据省委常委会研究的意见，我讲三个问题', seen: 'kxy.hactcm.edu.cn eval:a24-hactcm-henan-party-secretary-plenary-work-meeting-speech' },
      { term: '我(?:再)?讲[一二三四五六七八九两几][^。！？]{0,3}(?:点|句话|个方面|个问题)', example: '常务会议研究的意见，下面我讲三个问题', seen: 'xhxxfx.wjedu.net eval:a23-wjedu-jiangsu-governor-lianghuabao-education-conference-speech' },
      { term: '下面，我(?:先|就|再|讲|谈|结合|代表|从)', example: '下面，我就如何做好', seen: 'www.wm114.cn eval:txt-wm114-county-village-election-speech' },
      { term: '下面，我(?:先|就|再|讲|谈|结合|代表|从)', example: '下面，我结合自己的', seen: '365docx.com fixture:classify/pages/365docx-speech.txt' },
      { term: '下面，我(?:先|就|再|讲|谈|结合|代表|从)', example: '下面，我先讲三点意见', seen: 'dawenge.com fixture:classify/pages/dawenge-civilised-city-speech.txt' },
      { term: '下面，我(?:先|就|再|讲|谈|结合|代表|从)', example: '下面，我从五个方面谈具体要求', seen: '112.126.56.5 fixture:classify/pages/gongwen-county-speech.txt' },
      // …and greets on behalf of the body he speaks for.
      { term: '我们?(?:谨|也)?代表[^。！？]{1,24}?[，]?(?:向|对)', example: '我代表学校，向全体师生', seen: '10.176.17.2 eval:inst-shaoxing-yizhong-speech' },
      { term: '我们?(?:谨|也)?代表[^。！？]{1,24}?[，]?(?:向|对)', example: '我代表大会主席团，向莅临大会的', seen: 'www.xy3yy.com fixture:classify/pages/xy3yy-speech.txt' },
      // …谨 or 也 between 我 and 代表 (我谨代表…向): the same greeting on behalf of the body.
      { term: '我们?(?:谨|也)?代表[^。！？]{1,24}?[，]?(?:向|对)', example: '我谨代表安徽中海联建设有限公司，向公司全体员工', seen: 'www.ahzhl.cn eval:x2-ahzhl-company-new-year-address-speech' },
      { term: '我们?(?:谨|也)?代表[^。！？]{1,24}?[，]?(?:向|对)', example: '我谨代表医院向辛勤耕耘无私奉献的医院全体职工', seen: 'www.wenshubang.com eval:w1-wenshubang-hospital-president-new-year-speech' },
    ],
  },
  {
    // The one who opens a meeting says that it is held today and what it is
    // for: a report dates its meeting (3月30日，…召开) and tells it in the
    // third person; only the speaker calls it 今天这次会议 or 我们今天召开.
    id: 'speech-opening',
    type: 'speech',
    unquoted: true,
    weight: 2,
    scope: 'opening',
    cues: [
      { term: '(?:^|[，。])今天，?(?:我们|[^，。！？]{1,6}在这里)(?:隆重)?召开|(?:我们|决定)今天召开|今天召开的|今天这次(?:会议|大会)', example: '今天这次会议，既是一次全面推进县城建设的安排部署会', seen: 'm.777doc.com eval:u2-777doc-county-town-building-speech' },
      { term: '(?:^|[，。])今天，?(?:我们|[^，。！？]{1,6}在这里)(?:隆重)?召开|(?:我们|决定)今天召开|今天召开的|今天这次(?:会议|大会)', example: '我们今天召开全县教育振兴动员大会', seen: 'm.aqrzj.com eval:z1-aqrzj-county-education-revival-speech' },
      { term: '(?:^|[，。])今天，?(?:我们|[^，。！？]{1,6}在这里)(?:隆重)?召开|(?:我们|决定)今天召开|今天召开的|今天这次(?:会议|大会)', example: '今天，县委在这里召开创建文明县城动员大会', seen: 'www.fanwenq.com eval:w1-fanwenq-county-civilized-city-mobilization-speech' },
      { term: '(?:这次|本次|今天的)[^。！？，]{0,16}(?:会议|大会)的?主要(?:任务|内容)是', example: '今天的安全生产工作会议主要任务是：', seen: 'm.sanweiyuan.com eval:u1-sanweiyuan-safety-meeting-speech' },
      { term: '(?:这次|本次|今天的)[^。！？，]{0,16}(?:会议|大会)的?主要(?:任务|内容)是', example: '这次会议的主要内容是：', seen: '16fw.com eval:w2-16fw-city-government-plenary-host-speech' },
    ],
  },
  {
    id: 'speech-thanks',
    type: 'speech',
    unquoted: true,
    weight: 1,
    scope: 'line',
    cues: [
      { term: '谢谢大家[！。]?$', example: '梦想成真，祝老师们身体健康、工作顺利。谢谢大家！', seen: '10.176.17.2 eval:inst-shaoxing-yizhong-speech' },
      { term: '谢谢大家[！。]?$', example: '开工典礼至此结束。谢谢大家！', seen: '010zaixian.com fixture:classify/pages/010zaixian-zhuchici.txt' },
      // …or closes on his wishes to those he addresses, opening their sentence (最后，祝大家新春愉快; 恭祝大家…身体健康):
      // a report tells who wished it (院领导…祝大家…) or quotes it.
      { term: CLOSING_WISHES, example: '最后，祝大家新春愉快', seen: 'www.nmemc.org.cn eval:b8-nmemc-ocean-bureau-spring-greeting-speech' },
      { term: CLOSING_WISHES, example: '恭祝大家春节快乐、身体健康', seen: 'asxy.lncourt.gov.cn eval:a13-lncourt-xiuyan-court-spring-speech' },
      { term: CLOSING_WISHES, example: '衷心祝愿全市人民新年快乐', seen: 'm-zhongxiang.cjyun.org eval:a7-cjyun-zhongxiang-mayor-spring-festival-address' },
    ],
  },

  {
    // The speaker greets the audience in the room, the greeting opening its own
    // paragraph: a programme host greets 各位网友 inside his labelled turn
    // (interview-host), a report quotes the greeting in quotation marks.
    id: 'speech-greeting',
    type: 'speech',
    unquoted: true,
    weight: 2,
    scope: 'opening',
    cues: [
      { term: '^大家(?:上午|下午|晚上|早上|中午)?好[！!。，]', example: '大家晚上好！很感谢大家能够在百忙之中抽空前来参加商会一年一度的中秋活动。', seen: 'agnbn.com eval:x2-agnbn-chamber-midautumn-president-speech' },
      { term: '^大家(?:上午|下午|晚上|早上|中午)?好[！!。，]', example: '大家上午好！', seen: 'www.tmdps.cn eval:h3-tmdps-jiangnan-opening-ceremony-speech' },
      { term: '^大家(?:上午|下午|晚上|早上|中午)?好[！!。，]', example: '大家好！', seen: 'm.xidihaij.cn eval:w2-xidihaij-college-opening-address-speech' },
      // …or greets them by the time of day alone (下午好！), its own paragraph after a salutation.
      { term: '^(?:上午|下午|晚上|早上|中午)好[！!]', example: '下午好！', seen: 'www.apgei.org eval:c17-apgei-zhigong-usa-roundtable-speech' },
      { term: '^(?:上午|下午|晚上|早上|中午)好[！!]', example: '上午好！', seen: 'wendang9.com eval:a23-wendang9-jinshi-leader-hospital-centenary-speech' },
    ],
  },

  {
    // A greeting in the voice of the body that sends it: the organ itself (医院党委, 市委、政府) or
    // 我们 sends the new year's wishes to its own people (向大家致以节日的问候, 向全校师生员工送上温馨
    // 寄语). A report names the person who conveyed them (王相民代表市委…向全市人民…致以…祝福) and a
    // speaker who speaks for the body says 我代表 (speech-rostrum): neither has the body as the subject.
    id: 'speech-own-greeting',
    type: 'speech',
    unquoted: true,
    weight: 2,
    scope: 'opening',
    cues: [
      { term: OWN_GREETING, example: '伴着清脆的爆竹声和满天绚丽的焰火，医院党委向大家致以节日的问候和新春的祝福', seen: 'm.kenatoys.com eval:b8-kenatoys-tieling-hospital-spring-speech' },
      { term: OWN_GREETING, example: '在这辞旧迎新的美好时刻，我们向全校师生员工送上温馨寄语', seen: 'www.zhplaw.com eval:b8-zhplaw-university-newyear-message-speech' },
      // A court sends its own (睢宁法院向…, 大荔法院向…): 法院 is the body as 党委 is.
      { term: OWN_GREETING, example: '卯兔年即将过去，甲辰年即将到来。睢宁法院向全县人民致以最真挚的祝福', seen: 'xz.snfy.gov.cn eval:a12-snfy-suining-court-spring-speech' },
      // …the greeting's clauses joined by ！, each opening with 向 (…表示衷心的感谢！向…致以诚挚的问候).
      { term: OWN_GREETING, example: '值此元旦佳节之际，大荔法院向长期以来关心、支持法院工作的各级领导、社会各界朋友表示衷心的感谢！向履职尽责、躬耕不辍的全体法官干警以及默默奉献的干警家属致以诚挚的问候', seen: 'www.xibufz.com eval:a12-xibufz-dali-court-newyear-speech' },
      // …the bodies listed, the first and last an organ and short names between them (党委、人大、政府).
      { term: OWN_GREETING, example: '值此新春佳节到来之际，磐石镇党委、人大、政府向所有关心支持磐石社会经济发展的各级领导、社会各界人士、海内外侨胞和全镇广大干部群众，致以诚挚的问候', seen: 'bbs.5iyq.com eval:b9-5iyq-panshi-town-newyear-greeting-speech' },
      // …with no subject, opening its clause with 谨 (谨向…致以, 谨代表…向…致以): only the sender writes
      // 谨 of his own greeting; a report names who conveyed it (王相民代表市委…).
      { term: OWN_SUBJECTLESS_GREETING, example: '在农历庚子新年来临之际，谨向全省各级组织、广大党员以及关心和支持致公党江苏省各项事业发展的朋友们致以诚挚的感谢和衷心的祝福', seen: 'www.jszg.org fixture:classify/pages/jszg-zhigong-jiangsu-new-year-message-s31-speech.txt' },
      { term: OWN_SUBJECTLESS_GREETING, example: '谨代表国家海洋局党组，并以我个人的名义，通过“观沧海”微信公众号这个平台，向辛勤工作的海洋系统广大干部职工，向关心和支持海洋事业发展的社会各界人士，致以新春的祝福', seen: 'www.nmemc.org.cn eval:b8-nmemc-ocean-bureau-spring-greeting-speech' },
      { term: OWN_SUBJECTLESS_GREETING, example: '谨代表行政院农业委员会向各位贵宾表达感谢', seen: 'www.coa.gov.tw eval:x1-coa-farmers-day-speech' },
    ],
  },

  // Questions and answers.
  {
    // A headline's interview word needs the text to show questions or turns:
    // a help page of a site's 在线访谈 column names the column, not an interview.
    id: 'interview-headline',
    type: 'interview',
    weight: 2,
    scope: 'headline',
    support: true,
    cues: [
      { term: '答记者问|(?:访谈|文字|发布会)实录|(?:^|——|—)(?:专访|访)[^，。]{2,30}', example: '――省纪委副书记张晓亚答记者问', seen: 'news.sina.com.cn eval:pg-sina-shanxi-jiwei-interview' },
      { term: '答记者问|(?:访谈|文字|发布会)实录|(?:^|——|—)(?:专访|访)[^，。]{2,30}', example: '推动农业转型升级答记者问', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
      { term: '答记者问|(?:访谈|文字|发布会)实录|(?:^|——|—)(?:专访|访)[^，。]{2,30}', example: '国家卫生健康委员会2024年4月18日新闻发布会文字实录', seen: 'news.zhaobiao.cn fixture:classify/pages/zhaobiao-nhc-presser.txt' },
      { term: '答记者问|(?:访谈|文字|发布会)实录|(?:^|——|—)(?:专访|访)[^，。]{2,30}', example: '访谈实录', seen: 'www.yixing.gov.cn fixture:classify/pages/yixing-gov-interview.txt' },
      { term: '答记者问|(?:访谈|文字|发布会)实录|(?:^|——|—)(?:专访|访)[^，。]{2,30}', example: '海南省人均预期寿命突破80岁新闻发布会实录', seen: 'yspar.com eval:y2-yspar-hainan-life-expectancy-presser-interview' },
      // A headline naming the occasion as questions answered: …就“…”答问, 徐永光：新华网访谈.
      { term: '答(?:网友)?问$|访谈(?:录)?$', example: '环保部长陈吉宁就“加强生态环境保护”答问', seen: 'xpj33277.com eval:ho-xpj-chenjining-environment-interview' },
      { term: '答(?:网友)?问$|访谈(?:录)?$', example: '徐永光：新华网访谈', seen: 'hhyfoundation.org eval:ho-hhyfoundation-xuyongguang-interview' },
    ],
  },
  {
    // A headline naming the text as the transcript of a press conference's answers
    // (…答记者问文字实录): the page is that transcript, even where the stored part
    // holds only the live notes before the questions start.
    id: 'interview-transcript-headline',
    type: 'interview',
    weight: 4,
    scope: 'headline',
    cues: [
      { term: '答[^，。！？]{0,6}记者问(?:现场)?文字实录', example: '国务院总理温家宝答记者问文字实录', seen: 'm.dali56.com fixture:classify/pages/dali56-premier-presser-live-interview.txt' },
      { term: '答[^，。！？]{0,6}记者问(?:现场)?文字实录', example: '佤邦政府副主席赵国安4月18日记者招待会上答外媒记者问现场文字实录（全文）', seen: 'ppfocus.com fixture:chrome/pages/ppfocus-transcript.txt' },
    ],
  },
  {
    id: 'interview-lede',
    type: 'interview',
    weight: 1,
    scope: 'opening',
    cues: [
      // A report says 接受采访 of anyone it quotes; 专访 is the interview itself.
      { term: '接受[^。！？]{0,10}专访', example: '对群众关心关注的内容接受专访', seen: '12345.shantou.gov.cn fixture:classify/pages/shantou-12345-report.txt' },
      { term: '接受[^。！？]{0,10}专访', example: '武汉市市长周先旺在接受总台央视记者专访时', seen: 'm.deyi.com fixture:classify/pages/deyi-forum-interview.txt' },
      { term: '[请邀][^。！？]{2,60}(?:并答记者问|回答[^。！？]{0,6}记者的?提问)', example: '请《政府工作报告》起草组负责人、国务院研究室主任黄守宏解读《政府工作报告》有关情况，并答记者问', seen: 'www.syjyzs888.com eval:pg-syjyzs-chuifenghui-interview' },
      { term: '[请邀][^。！？]{2,60}(?:并答记者问|回答[^。！？]{0,6}记者的?提问)', example: '邀请农业部部长韩长赋，农业部新闻发言人、办公厅主任潘显政就“实施乡村振兴战略 推动农业转型升级”的相关问题回答中外记者的提问', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
    ],
  },
  {
    id: 'interview-questions',
    type: 'interview',
    weight: 2,
    scope: 'line',
    min: 2,
    answered: true,
    cues: [
      // Paragraphs that put a question: numbered, or a question and nothing else. A
      // feature's rhetorical or quoted question runs on into its answer in the same paragraph.
      { term: '^(?:[0-9]{1,2}[.．、][^。！\\n]{4,80}[？?]|[^“”"。！\\n]{4,80}[？?](?:[^“”"\\n]*[？?])?$)', example: '4.20日，钟南山院士提出了武汉有医护人员感染的这个情况，此前武汉市掌握这个消息吗？', seen: 'm.deyi.com fixture:classify/pages/deyi-forum-interview.txt' },
      { term: '^(?:[0-9]{1,2}[.．、][^。！\\n]{4,80}[？?]|[^“”"。！\\n]{4,80}[？?](?:[^“”"\\n]*[？?])?$)', example: '山西晚报记者：在本案的查处中，遇到过哪些阻力？', seen: 'news.sina.com.cn eval:pg-sina-shanxi-jiwei-interview' },
    ],
  },

  {
    // The page announces that the transcript follows (以下是发布会文字实录：, a
    // 文字实录 heading): questions and answers whatever the news lede above it
    // tells of the press conference, and whether or not the stored page still
    // holds the turns after the opening statement.
    id: 'interview-transcript',
    type: 'interview',
    weight: 4,
    scope: 'line',
    cues: [
      { term: '^文字实录[：:]?$|以下(?:是|为)[^。！？]{0,12}(?:发布会|记者会|吹风会|访谈)(?:文字)?实录', example: '以下是发布会文字实录：', seen: 'tcme.hmed365.com eval:x2-hmed365-scio-health-reform-presser-interview' },
      { term: '^文字实录[：:]?$|以下(?:是|为)[^。！？]{0,12}(?:发布会|记者会|吹风会|访谈)(?:文字)?实录', example: '文字实录', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
      { term: '^文字实录[：:]?$|以下(?:是|为)[^。！？]{0,12}(?:发布会|记者会|吹风会|访谈)(?:文字)?实录', example: '文字实录：', seen: 'finance.sina.com.cn eval:h5-sina-report-drafting-briefing-interview' },
      // A government press office's lead-in to a media session's questions and answers
      // (…会见传媒的开场发言及答问内容：, 以下是记者会答问内容：): the transcript follows even
      // where the stored part stops in the opening remarks. 谈话全文 alone is no such
      // lead-in: a remarks' text without questions is a speech (unseen7 lizawang, unseen21 cmab).
      { term: '以下(?:是|为)[^。！？]{2,80}?答问(?:内容|全文)', example: '以下是行政长官李家超今日（一月二十一日）上午出席行政会议前会见传媒的开场发言及答问内容', seen: 'chinatimes.com.hk eval:d24-chinatimeshk-chief-executive-leekachiu-lunar-new-year-media-session' },
      { term: '以下(?:是|为)[^。！？]{2,80}?答问(?:内容|全文)', example: '以下是记者会答问内容', seen: 'www.ogcio.gov.hk eval:w2-ogcio-cross-department-press-interview' },
      { term: '以下(?:是|为)[^。！？]{2,80}?答问(?:内容|全文)', example: '以下是行政长官林郑月娥今日（十月十二日）上午会见传媒的开场发言及答问内容', seen: 'sc.isd.gov.hk fixture:classify/pages/isd-hk-media-session-qa-interview.txt' },
    ],
  },

  {
    // A programme host's voice: his label opening a line, a transcript's turn
    // (主持人（王跃军）:, [主持人]:), or his greeting to an audience that is not in the room.
    id: 'interview-host',
    type: 'interview',
    weight: 3,
    scope: 'line',
    cues: [
      { term: '^[\\[【［]?主持人(?:[（(][\\p{Script=Han}·]{2,8}[）)])?[\\]】］]?\\s*[：:]', example: '主持人（王跃军）:', seen: 'msdfz.org.cn eval:c3c-msdfz-mirror-news1plus1-interview' },
      { term: '^[\\[【［]?主持人(?:[（(][\\p{Script=Han}·]{2,8}[）)])?[\\]】］]?\\s*[：:]', example: '[主持人]:', seen: 'ailibi.com eval:u2-ailibi-hospital-ranking-interview' },
      { term: '^[\\[【［]?主持人(?:[（(][\\p{Script=Han}·]{2,8}[）)])?[\\]】］]?\\s*[：:]', example: '主持人（修奇）：好的，北京时间来到11点30分', seen: 'www.cneb.gov.cn eval:h5-cneb-taxi-reform-radio-interview' },
      { term: '^(?:[^，。：:]{1,12}[：:])?(?:各位|亲爱的)(?:网友|观众|听众)(?:朋友)?们?[，,！!]?\\s*(?:大家好|你们好|您好)', example: '各位网友，大家好！欢迎您收看中国访谈·世界对话！', seen: 'fangtan.china.com.cn eval:u1-fangtan-law-interpretation-interview' },
      { term: '^(?:[^，。：:]{1,12}[：:])?(?:各位|亲爱的)(?:网友|观众|听众)(?:朋友)?们?[，,！!]?\\s*(?:大家好|你们好|您好)', example: '各位网友，大家好！这里是中国政府网、新华网在线访谈。', seen: 'www.ccmw.net eval:c3c-ccmw-wenjiabao-online-interview' },
      { term: '^(?:[^，。：:]{1,12}[：:])?(?:各位|亲爱的)(?:网友|观众|听众)(?:朋友)?们?[，,！!]?\\s*(?:大家好|你们好|您好)', example: '各位网友大家好，非常高兴再次来到搜狐网和大家一起互动做在线访谈', seen: 'www.cctv.com eval:u2-cctv-sannong-figures-online-interview' },
    ],
  },


  {
    // The header of an oral-history or a magazine interview: who was asked and who
    // asked (采访对象：…, 采访组：…, 受访者：…), the labels a report never prints
    // before its own paragraphs (d19-sfahvof, d23-nctzt: 采访组：…？ / 吕民元：…).
    id: 'interview-header',
    type: 'interview',
    weight: 3,
    scope: 'line',
    cues: [
      { term: '^(?:采访对象|采访组|受访者|受访人|访谈对象)[：:]', example: '采访组：吕民元同志，您好！', seen: 'sfahvof.cn eval:d19-sfahvof-baoshan-former-secretary-lvminyuan-interview' },
      { term: '^(?:采访对象|采访组|受访者|受访人|访谈对象)[：:]', example: '采访组：郑主任，习近平同志1985年6月到厦门任副市长', seen: 'www.nctzt.org eval:d23-nctzt-xiamen-planning-director-zhengjinmu-interview' },
    ],
  },

  {
    // A question labelled as a question (问：…, Q：…), the answer after it in the
    // same paragraph or the next: the structure stage reads 问： as a turn, but
    // not a Latin Q：…A：… run together (n.yam.com). In the development sets the
    // label opens lines of interviews only (seven sites).
    id: 'interview-qa-label',
    type: 'interview',
    weight: 2,
    scope: 'line',
    cues: [
      { term: '^(?:Q|问)[：:]', example: 'Q：执政四年，您展现了当初竞选口号的「气魄」', seen: 'n.yam.com eval:d19-yam-yilan-magistrate-reelection-interview' },
      { term: '^(?:Q|问)[：:]', example: '问：意见出台的背景是什么？', seen: 'sadc.net.cn eval:b10-sadc-eco-zoning-mee-official-interview' },
    ],
  },

  // A news report about an event.
  {
    id: 'report-dateline',
    type: 'report',
    weight: 3,
    scope: 'opening',
    cues: [
      // An agency's or a site's dateline: 新华社乌鲁木齐5月9日电, 中国网5月13日讯, 央广网北京2月13日消息,
      // （中央社记者温贵香台北21日电）, 东方网记者曹磊5月13日报道.
      { term: '^[（(]?据?[\\p{Script=Han}·]{1,10}(?:社|网|台|报)(?:记者\\s?[\\p{Script=Han}]{2,4}\\s?)?[\\p{Script=Han}]{0,6}(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:电|讯|消息|报道)', example: '新华社乌鲁木齐5月9日电', seen: 'www.news.cn eval:news-xinhua-liqiang-xinjiang' },
      { term: '^[（(]?据?[\\p{Script=Han}·]{1,10}(?:社|网|台|报)(?:记者\\s?[\\p{Script=Han}]{2,4}\\s?)?[\\p{Script=Han}]{0,6}(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:电|讯|消息|报道)', example: '据新华社拉萨电', seen: 'epaper.chinatibetnews.com eval:news-tibetdaily-toilet-revolution' },
      { term: '^[（(]?据?[\\p{Script=Han}·]{1,10}(?:社|网|台|报)(?:记者\\s?[\\p{Script=Han}]{2,4}\\s?)?[\\p{Script=Han}]{0,6}(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:电|讯|消息|报道)', example: '中国网5月13日讯', seen: 'news.china.com.cn eval:cx-chinacom-hohhot-childcare' },
      { term: '^[（(]?据?[\\p{Script=Han}·]{1,10}(?:社|网|台|报)(?:记者\\s?[\\p{Script=Han}]{2,4}\\s?)?[\\p{Script=Han}]{0,6}(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:电|讯|消息|报道)', example: '央广网北京2月13日消息', seen: 'www.cnr.cn eval:cx-cnr-equipment-test-regulation' },
      { term: '^[（(]?据?[\\p{Script=Han}·]{1,10}(?:社|网|台|报)(?:记者\\s?[\\p{Script=Han}]{2,4}\\s?)?[\\p{Script=Han}]{0,6}(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:电|讯|消息|报道)', example: '（中央社记者温贵香台北21日电）', seen: 'www.cna.com.tw eval:html-cna-egg-shortage' },
      { term: '^[（(]?据?[\\p{Script=Han}·]{1,10}(?:社|网|台|报)(?:记者\\s?[\\p{Script=Han}]{2,4}\\s?)?[\\p{Script=Han}]{0,6}(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:电|讯|消息|报道)', example: '东方网记者曹磊5月13日报道', seen: 'j.021east.com eval:html-eastday-shanghai-tourism-day' },
      { term: '^[（(]?据?[\\p{Script=Han}·]{1,10}(?:社|网|台|报)(?:记者\\s?[\\p{Script=Han}]{2,4}\\s?)?[\\p{Script=Han}]{0,6}(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:电|讯|消息|报道)', example: '唐尧网讯（记者刘向真）', seen: 'www.baoding.gov.cn eval:gov-baoding-presser' },
      // …or any newsroom's name with its place and day before 讯, the dateline's shape whatever the organ is called
      // (融媒, 在线, 本站): the lede follows after a space or the reporter's credit in brackets.
      { term: '^[（(【]?[\\p{Script=Han}·]{2,16}?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?<![快简喜资短通音])讯(?=\\s*[（(【]|\\s+\\S{10}|[0-9]{1,2}月)', example: '中国甘肃在线两当讯 人勤春来早，农事催人忙。', seen: 'cngansu.cn eval:a11-cngansu-liangdang-spring-ploughing-report' },
      { term: '^[（(【]?[\\p{Script=Han}·]{2,16}?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?<![快简喜资短通音])讯(?=\\s*[（(【]|\\s+\\S{10}|[0-9]{1,2}月)', example: '衡东融媒2月23日讯（通讯员 许思思）为深入贯彻落实中央一号文件有关精神', seen: 'www.hengdong.gov.cn eval:a10-hengdong-agriculture-spring-farming-report' },
      { term: '^[（(【]?[\\p{Script=Han}·]{2,16}?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?<![快简喜资短通音])讯(?=\\s*[（(【]|\\s+\\S{10}|[0-9]{1,2}月)', example: '本站讯 2004年1月21日是大年三十，我院在红角洲新校区食堂举行', seen: 'tsswzy.com eval:c11-tsswzy-college-new-year-eve-report' },
      // …or the reporter's own credit opening the lede, with or without the site's name (记者王刚报道，), as features.ts's DATELINE reads it.
      { term: '^(?:[\\p{Script=Han}]{1,10}(?:网|报|台))?记者\\s?[\\p{Script=Han}]{2,4}\\s?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?报道[，,：:]', example: '记者王刚报道，为做好秸秆禁烧工作', seen: 'nickbaillie.com eval:b7-nickbaillie-yuwangtai-straw-burning-spun-mirror' },
      { term: '^(?:[\\p{Script=Han}]{1,10}(?:网|报|台))?记者\\s?[\\p{Script=Han}]{2,4}\\s?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?报道[，,：:]', example: '东方网记者曹磊5月13日报道：', seen: 'j.021east.com eval:html-eastday-shanghai-tourism-day' },
      { term: '^(?:本报讯|【本报[^】]{0,8}】|【[\\p{Script=Han}]{1,10}(?:报道|(?<![快简喜资短通音])讯)】)', example: '【本报综合报道】', seen: 'orientaldaily.on.cc eval:pg-oriental-xunshi-report' },
      { term: '^(?:本报讯|【本报[^】]{0,8}】|【[\\p{Script=Han}]{1,10}(?:报道|(?<![快简喜资短通音])讯)】)', example: '本报讯 昨日，众多网民', seen: 'news.sina.com.cn fixture:classify/pages/sina-chongqing-qa-interview.txt' },
      // …or any newsroom's name before 报道 in the same brackets, opening the lede.
      { term: '^(?:本报讯|【本报[^】]{0,8}】|【[\\p{Script=Han}]{1,10}(?:报道|(?<![快简喜资短通音])讯)】)', example: '【点新闻报道】政制及内地事务局上下齐心继续宣传推广2023年区议会一般选举。', seen: 'm.dotdotnews.com eval:c24-dotdotnews-cmab-permanent-secretary-district-election-workshop-report' },
      // …or the paper's or the site's own 讯 in the same brackets (【明报专讯】, 【识港网讯】, 【特讯】), as the unbracketed
      // dateline above reads 讯; not a column's 快讯/简讯/资讯 label.
      { term: '^(?:本报讯|【本报[^】]{0,8}】|【[\\p{Script=Han}]{1,10}(?:报道|(?<![快简喜资短通音])讯)】)', example: '【明报专讯】2023年长洲墟镇街坊代表选举噚日（15日）举行', seen: 'mingpaocanada.com eval:c25-mingpaocanada-cheungchau-kaifong-representative-election-report' },
      { term: '^(?:本报讯|【本报[^】]{0,8}】|【[\\p{Script=Han}]{1,10}(?:报道|(?<![快简喜资短通音])讯)】)', example: '【识港网讯】新一届区议会议员于今年1月1日宣誓就任', seen: 'meetinghk.com eval:c21-meetinghk-johnlee-district-council-new-look-report' },
      { term: '^(?:本报讯|【本报[^】]{0,8}】|【[\\p{Script=Han}]{1,10}(?:报道|(?<![快简喜资短通音])讯)】)', example: '【特讯】澳门南海同乡会昨晚假万豪轩酒楼举办成立三', seen: 'archive.acgloria.com eval:c12-acgloria-nanhai-association-inauguration-report' },
    ],
  },
  {
    id: 'report-credit',
    type: 'report',
    weight: 2,
    scope: 'all',
    cues: [
      // The reporter's credit inside the text: after the dateline, or after the last sentence.
      { term: '[（(〔][^（）()〔〕\\n]{0,10}记者[^）)〕\\n]{1,20}[）)〕]', example: '（记者 胡晓蓉）', seen: 'www.yndaily.com eval:news-yndaily-green-manufacturing' },
      { term: '[（(〔][^（）()〔〕\\n]{0,10}记者[^）)〕\\n]{1,20}[）)〕]', example: '（记者邹伟）', seen: 'www.news.cn eval:news-xinhua-liqiang-xinjiang' },
      // A Taiwanese paper's credit and dateline in tortoise-shell brackets.
      { term: '[（(〔][^（）()〔〕\\n]{0,10}记者[^）)〕\\n]{1,20}[）)〕]', example: '〔记者巫其伦／台北报导〕', seen: 'news.ltn.com.tw eval:c5h-ltn-invoice-lottery-winners-report' },
      { term: '记者[\\p{Script=Han}]{2,3}[、\\s]*通讯员[\\p{Script=Han}]{2,3}$', example: '记者程文昭、通讯员靳颖', seen: 'www.dingzhoudaily.com eval:txt-dingzhou-liuzao-straw-burning-report' },
      { term: '[（(][^（）()\\n]{2,16}供稿[）)]$', example: '(市卫生健康局供稿)', seen: '12345.shantou.gov.cn fixture:classify/pages/shantou-12345-report.txt' },
    ],
  },
  {
    // A Taiwan newsroom's credit, the same on every paper and portal there: the reporter (记者, 特派员)
    // or the desk, a slash, the place and 報導 (simplified 报导, the area's spelling of 报道), in 【】,
    // （）, on a line of its own or opening the lede (【記者梁金源/臺中報導】, 記者劉鳴龍/新城報導,
    // 地方新聞中心/花蓮報導). report-credit reads the same credit in tortoise-shell brackets (〔記者…〕).
    // A sentence citing a report goes on after 報導 (記者…報導指出), which the term does not read.
    id: 'report-area-byline',
    type: 'report',
    weight: 2,
    scope: 'all',
    cues: [
      { term: '(?:^|[【〔（(\\[\\]\\s])[^，。！？\\s【】〔〕（）()]{0,12}?(?:记者|特派员)[^，。！？“”「」【】〔〕（）()\\n]{1,20}?报导(?=[】〕）)]|\\s|$)', example: '嘉云特派员陈信利/嘉义县报导', seen: 'kingtop.com.tw eval:d28-kingtop-chiayi-magistrate-weng-reelected-back-to-office-report' },
      { term: '(?:^|[【〔（(\\[\\]\\s])[^，。！？\\s【】〔〕（）()]{0,12}?(?:记者|特派员)[^，。！？“”「」【】〔〕（）()\\n]{1,20}?报导(?=[】〕）)]|\\s|$)', example: '记者梁金源/台中报导', seen: 'www.2241626.com eval:v2-2241626-taichung-new-year-gathering-forum-report' },
      { term: '(?:^|[【〔（(\\[\\]\\s])[^，。！？\\s【】〔〕（）()]{0,12}?(?:记者|特派员)[^，。！？“”「」【】〔〕（）()\\n]{1,20}?报导(?=[】〕）)]|\\s|$)', example: '[花莲新闻云]记者刘鸣龙/新城报导', seen: '038.news eval:c15-038news-xincheng-little-mayor-report' },
      { term: '(?:^|[【〔（(\\[\\]\\s])[^，。！？\\s【】〔〕（）()]{0,12}?(?:记者|特派员)[^，。！？“”「」【】〔〕（）()\\n]{1,20}?报导(?=[】〕）)]|\\s|$)', example: '记者吴文隆、廖瑞铭台南报导', seen: 'htv68.com fixture:classify/pages/htv68-tainan-state-banquet-s34-report.txt' },
      // …or without 记者: the desk's name (地方新闻中心, 政治中心), or a slip (记谢新钮), before the slash, on a line of its
      // own or in brackets.
      { term: '(?:^[^，。！？\\s]{2,12}|[（(【〔][^，。！？\\s（）()【】〔〕]{1,12})[/／╱]\\s?[\\p{Script=Han}]{2,5}报导(?:[）)】〕]|$)', example: '瞰新闻生活中心/台北报导', seen: 'topnewsmedia.com.tw fixture:classify/pages/topnewsmedia-taipei-xingguo-park-s34-report.txt' },
      { term: '(?:^[^，。！？\\s]{2,12}|[（(【〔][^，。！？\\s（）()【】〔〕]{1,12})[/／╱]\\s?[\\p{Script=Han}]{2,5}报导(?:[）)】〕]|$)', example: '（记谢新钮/南投报导）', seen: 'tristarnews.com.tw eval:b9-tristarnews-nantou-fellow-villagers-return-report' },
    ],
  },
  {
    // A news lede dated by the day of its own publication, with no comma after the
    // day: 行政长官梁振英今日发表…, 曾国卫和麦美娟今日分别向…, 灯饰昨晚正式亮灯. The
    // subject is a third party: a speaker's 我今日…, 各位今日出席… and 大家今天… are
    // his own voice (今天 is left out: 今天我们在这里隆重举行 opens speeches).
    id: 'report-relative-day',
    type: 'report',
    weight: 2,
    scope: 'opening',
    unquoted: true,
    cues: [
      { term: '(?:^|[。！？】])(?:(?!各位|大家|本人|诸位|多谢|感谢)[^，。！？“”【】\\s我你您]){2,24}?(?:今日|昨日|昨晚|今晨|昨天)(?:上午|下午|晚上|晚)?(?:发表|举行|举办|召开|出席|宣布|公布|分别|正式|前往|会见|主持|率领?|到访?|在|向|与)', example: '行政长官梁振英今日发表农历新年贺辞', seen: 'thestandnews.com eval:c15-thestandnews-cy-newyear-greeting-report' },
      { term: '(?:^|[。！？】])(?:(?!各位|大家|本人|诸位|多谢|感谢)[^，。！？“”【】\\s我你您]){2,24}?(?:今日|昨日|昨晚|今晨|昨天)(?:上午|下午|晚上|晚)?(?:发表|举行|举办|召开|出席|宣布|公布|分别|正式|前往|会见|主持|率领?|到访?|在|向|与)', example: '曾国卫和麦美娟今日分别向经民联和自由党代表讲解方案', seen: 'hongkongnewsfeed.com eval:c20-hongkongnewsfeed-district-governance-briefing-report' },
      { term: '(?:^|[。！？】])(?:(?!各位|大家|本人|诸位|多谢|感谢)[^，。！？“”【】\\s我你您]){2,24}?(?:今日|昨日|昨晚|今晨|昨天)(?:上午|下午|晚上|晚)?(?:发表|举行|举办|召开|出席|宣布|公布|分别|正式|前往|会见|主持|率领?|到访?|在|向|与)', example: '一年一度的圣诞、新年灯饰昨晚正式亮灯', seen: 'hopetrip.com.tw eval:a15-hopetrip-macao-christmas-lights-report' },
      // …or an official by post and name with the day of the month or 今天 and what he did (县长许淑华27日深入…,
      // 市长韩正今天在…): how Taiwan, Hong Kong and wire news date their lede; a speaker says 今天我们.
      { term: '{POST}{NAME}(?:[0-9]{1,2}日|今天)(?:上午|下午|晚上|晚)?(?:深入|前往|到|出席|主持|率|视察|考察|会见|参加|表示|宣布|在|与|向|赴|偕同|带领)', example: '县长许淑华27日深入仁爱原乡', seen: 'www.ewnews.net eval:c26-ewnews-nantou-magistrate-hsu-renai-township-works-report' },
      { term: '{POST}{NAME}(?:[0-9]{1,2}日|今天)(?:上午|下午|晚上|晚)?(?:深入|前往|到|出席|主持|率|视察|考察|会见|参加|表示|宣布|在|与|向|赴|偕同|带领)', example: '市长韩正今天在', seen: 'm.92880.cn eval:d21-92880-shanghai-mayor-hanzheng-press-conference-report' },
      { term: '{POST}{NAME}(?:[0-9]{1,2}日|今天)(?:上午|下午|晚上|晚)?(?:深入|前往|到|出席|主持|率|视察|考察|会见|参加|表示|宣布|在|与|向|赴|偕同|带领)', example: '院长郑文灿今天表示', seen: 'www.cna.com.tw eval:html-cna-egg-shortage' },
      // …or a Hong Kong paper's Cantonese 噚日 (yesterday), with the day in brackets or 喺 (at) after it.
      { term: '(?:^|[，。！？】])(?:(?!各位|大家|本人|诸位|多谢|感谢)[^，。！？“”【】\\s我你您]){0,24}?噚日(?:[（(][0-9]{1,2}日[）)])?(?:上午|下午|晚上|晚)?(?:喺|举行|发表|出席|宣布|公布|到|在|向|与)', example: '2023年长洲墟镇街坊代表选举噚日（15日）举行', seen: 'mingpaocanada.com eval:c25-mingpaocanada-cheungchau-kaifong-representative-election-report' },
      { term: '(?:^|[，。！？】])(?:(?!各位|大家|本人|诸位|多谢|感谢)[^，。！？“”【】\\s我你您]){0,24}?噚日(?:[（(][0-9]{1,2}日[）)])?(?:上午|下午|晚上|晚)?(?:喺|举行|发表|出席|宣布|公布|到|在|向|与)', example: '教育统筹局局长李国章，噚日喺家校会十周年纪念庆典上话当年', seen: 'dweb.link eval:c14-dweb-appledaily-kclee-parent-teacher-report' },
      // …or the ceremony with 今天 or 昨天 and the hour or the hall before it took place (…就职典礼今天登场,
      // …就职典礼昨天上午9时在介寿国中小大礼堂举行): 登场 is the area's papers' word for an event that opened;
      // a speaker says 今天我们在这里隆重举行, the day before the ceremony.
      { term: '(?:典礼|仪式|大会|晚会|活动)[」”]?(?:今天|今日|昨天|昨日)(?:[（(][0-9]{1,2}日[）)])?(?:上午|下午|晚上|晚间|中午)?(?:[0-9一二三四五六七八九十]{1,2}时(?:[0-9]{1,2}分)?)?(?:在[^，。！？“”「」]{2,24}?)?(?:登场|举行|开幕|揭幕)', example: '苗栗县第17届县长宣誓就职典礼今天登场', seen: 'zito1203.pixnet.net eval:d29-pixnet-miaoli-magistrate-xuyaochang-inauguration-untitled-big5-report' },
      { term: '(?:典礼|仪式|大会|晚会|活动)[」”]?(?:今天|今日|昨天|昨日)(?:[（(][0-9]{1,2}日[）)])?(?:上午|下午|晚上|晚间|中午)?(?:[0-9一二三四五六七八九十]{1,2}时(?:[0-9]{1,2}分)?)?(?:在[^，。！？“”「」]{2,24}?)?(?:登场|举行|开幕|揭幕)', example: '县长就职典礼昨天上午9时在介寿国中小大礼堂举行', seen: 'libraradio.com.tw eval:v1-libraradio-lienchiang-magistrate-inauguration-report' },
    ],
  },
  {
    // A correspondent's credit closing the last paragraph, without the word 记者
    // (report-credit reads that one): the reporting unit and the writer, or the
    // writers' names, in brackets (（县纪委 胡欣）, （王棣 黄晓琴）). A commentary's
    // byline names its 评论员, an essay its 作者.
    id: 'report-closing-credit',
    type: 'report',
    weight: 2,
    scope: 'line',
    cues: [
      { term: '[（(](?!作者|编辑|责编|来源|评论员|记者|图|文|摄)[\\p{Script=Han}]{2,12}[ \\u3000]+[\\p{Script=Han}]{2,3}(?:[ \\u3000]+[\\p{Script=Han}]{2,3})*[）)]$', example: '（县纪委 胡欣）', seen: 'dclz.duchang.gov.cn eval:b16-duchang-discipline-qingming-texts-report' },
      { term: '[（(](?!作者|编辑|责编|来源|评论员|记者|图|文|摄)[\\p{Script=Han}]{2,12}[ \\u3000]+[\\p{Script=Han}]{2,3}(?:[ \\u3000]+[\\p{Script=Han}]{2,3})*[）)]$', example: '（王棣 黄晓琴）', seen: 'fyxjyw.com eval:b15-fyxjyw-gaolan-police-110-report' },
      { term: '[（(](?!作者|编辑|责编|来源|评论员|记者|图|文|摄)[\\p{Script=Han}]{2,12}[ \\u3000]+[\\p{Script=Han}]{2,3}(?:[ \\u3000]+[\\p{Script=Han}]{2,3})*[）)]$', example: '（徐燕梅 普晓芹 叶向晖）', seen: 'qdubb.cn eval:b7-qdubb-chuxiong-discipline-poverty-direct-reporting' },
    ],
  },
  {
    id: 'report-byline',
    type: 'report',
    weight: 2,
    scope: 'all',
    cues: [
      // A newspaper's byline line: 本报记者 颜小镇 文/图, …频道 记者 伊琳 李清芬.
      { term: '^(?:[□■◆●]\\s*)?(?:本报|特约|全媒体)?记者\\s|\\s记者\\s[\\p{Script=Han}]{2,3}(?:\\s[\\p{Script=Han}]{2,3})*$', example: '本报记者 颜小镇 文/图', seen: '开州日报 raw:003' },
      { term: '^(?:[□■◆●]\\s*)?(?:本报|特约|全媒体)?记者\\s|\\s记者\\s[\\p{Script=Han}]{2,3}(?:\\s[\\p{Script=Han}]{2,3})*$', example: '新华网黑龙江频道 记者 伊琳 李清芬', seen: 'chinaneast.xinhuanet.com eval:news-chinaneast-farm-machinery-interview' },
      // A newspaper's block mark may open the byline.
      { term: '^(?:[□■◆●]\\s*)?(?:本报|特约|全媒体)?记者\\s|\\s记者\\s[\\p{Script=Han}]{2,3}(?:\\s[\\p{Script=Han}]{2,3})*$', example: '□ 本报记者 葛灵丹', seen: 'js.people.com.cn eval:ho-jspeople-school-return-report' },
      // …or the paper's name before 记者 on the byline line, the reporters' names after it (周口日报全媒体记者 任富强).
      { term: '^[\\p{Script=Han}·]{2,12}(?:报|网|台)(?:全媒体|融媒体|首席|特约)?记者\\s*[\\p{Script=Han}]{2,3}(?:[\\s、]+(?:通讯员\\s*)?[\\p{Script=Han}]{2,3})*$', example: '周口日报全媒体记者 任富强', seen: 'news.guhantai.com fixture:classify/pages/guhantai-dancheng-village-police-s30-report.txt' },
      { term: '^[\\p{Script=Han}·]{2,12}(?:报|网|台)(?:全媒体|融媒体|首席|特约)?记者\\s*[\\p{Script=Han}]{2,3}(?:[\\s、]+(?:通讯员\\s*)?[\\p{Script=Han}]{2,3})*$', example: '常德日报记者 李张念 通讯员 范瑾瑜', seen: 'cdyee.com eval:b17-cdyee-changde-court-presidents-meeting-report' },
    ],
  },
  {
    id: 'report-newspaper',
    type: 'report',
    weight: 2,
    scope: 'front',
    // A newspaper prints its commentary and theory pages as it prints its news (《光明日报》 under a
    // column's essay, 原载《人民日报》 under a letter): the credit says where, a report's own cue says what.
    support: true,
    cues: [
      // The newspaper the report was printed in, set aside under or after the text.
      { term: '《[^》]{2,12}(?:报|刊)》', example: '《人民日报》（2024年05月10日 04 版）', seen: 'finance.people.com.cn eval:news-people-henan-presser' },
      { term: '《[^》]{2,12}(?:报|刊)》', example: '（《徐州日报》2022年9月27日 文/王任飞 谈建荣）', seen: '全程导医网 raw:004' },
    ],
  },
  {
    id: 'report-narrator',
    type: 'report',
    weight: 2,
    scope: 'line',
    cues: [
      // The reporter as a character of the story.
      { term: '记者(?:近日|日前|昨天|今天|近期)?(?:从|见到|了解到|获悉|走访|看到|注意到|来到|走进)', example: '记者近日从西藏自治区农业农村厅', seen: 'epaper.chinatibetnews.com eval:news-tibetdaily-toilet-revolution' },
      { term: '记者(?:近日|日前|昨天|今天|近期)?(?:从|见到|了解到|获悉|走访|看到|注意到|来到|走进)', example: '记者见到河南三门峡市卢氏县委书记王清华时', seen: 'paper.ce.cn eval:pg-ce-paper-xianweishuji-report' },
    ],
  },
  {
    id: 'report-meeting-said',
    type: 'report',
    weight: 2,
    scope: 'line',
    cues: [
      // What a meeting stated, in the third person.
      { term: '^(?:会议|会上，[^。]{0,20})(?:指出|强调|要求|认为|号召|提出)[，：]', example: '会议指出，拥军优属、拥政爱民是绥德军地的优良传统。', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
      { term: '^(?:会议|会上，[^。]{0,20})(?:指出|强调|要求|认为|号召|提出)[，：]', example: '会议指出，2022年是“三农”发展史上极为重要的一年。', seen: 'gkhcyb.com eval:txt-gkhcyb-shaanxi-agriculture-chiefs-report' },
      // …or what happened at it, a paragraph opening 会上， (nine development sites, all reports; a speaker says 这次会议).
      { term: '^(?:在?会上|会议上)，', example: '会上，国家林业和草原局副局长李春良就“绿盾2021”工作实施方案的工作范围、工作重点、工作措施进行了详细的介绍。', seen: 'sthjj.ezhou.gov.cn eval:v1-ezhou-eeb-greenshield-report' },
      { term: '^(?:在?会上|会议上)，', example: '会上，通报了苏州2021年度综合考核结', seen: 'www.yangtse.com eval:news-yangtse-new-year-meetings' },
      { term: '^(?:在?会上|会议上)，', example: '会上，师生进行了面对面交流', seen: 'www.sctu.edu.cn eval:h4-sctu-spring-festival-students-report' },
    ],
  },
  {
    id: 'report-official-said',
    type: 'report',
    weight: 2,
    scope: 'line',
    support: true,
    cues: [
      // An official's words told by his name, in the third person. {NAME} is a
      // person's name as people/names.ts accepts it.
      { term: '(?:^|[。；！？])\\s*{NAME}(?:在讲话中|在会上|在座谈会上)?(?:指出|强调|表示|要求|介绍|说)[，：]', example: '吴有福指出，', seen: 'djy.chizhouhospital.com eval:pg-chizhou-hospital-report' },
      { term: '(?:^|[。；！？])\\s*{NAME}(?:在讲话中|在会上|在座谈会上)?(?:指出|强调|表示|要求|介绍|说)[，：]', example: '王锡章在讲话中强调，', seen: 'www.sm.gov.cn eval:txt-smgov-sanming-police-chiefs-report' },
      { term: '(?:^|[。；！？])\\s*{NAME}(?:在讲话中|在会上|在座谈会上)?(?:指出|强调|表示|要求|介绍|说)[，：]', example: '鲁绍延指出，', seen: 'www.liufangtea.com fixture:classify/pages/liufangtea-report.txt' },
      // …or by his post and name ({POST}: a post word of people/vocabulary.ts).
      { term: '{POST}{NAME}(?:在讲话中|在会上|在座谈会上)?(?:指出|强调|表示|要求|介绍|说)[，：]', example: '西藏自治区农业农村厅厅长杜杰说，', seen: 'epaper.chinatibetnews.com eval:news-tibetdaily-toilet-revolution' },
      { term: '{POST}{NAME}(?:在讲话中|在会上|在座谈会上)?(?:指出|强调|表示|要求|介绍|说)[，：]', example: '市长刘英杰在讲话中说，', seen: 'www.fy58.com fixture:classify/pages/fy58-forum-report.txt' },
    ],
  },
  {
    id: 'report-event',
    type: 'report',
    weight: 2,
    scope: 'line',
    cues: [
      // A dated event: the day, then who met or what opened.
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '9月11日，市人民医院党委扩大会议召开', seen: 'djy.chizhouhospital.com eval:pg-chizhou-hospital-report' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '2月7日，苏州召开', seen: 'www.yangtse.com eval:news-yangtse-new-year-meetings' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '10月27日，中建七局投资有限公司与梁园区人民政府举行', seen: 'caijing.chinadaily.com.cn fixture:classify/pages/chinadaily-signing-report.txt' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '省法院于3月21日在团风法院组织召开', seen: 'hgszy.hbfy.gov.cn fixture:classify/pages/hbfy-court-report.txt' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '6月3日上午，话剧《约定无期限》全省各市巡演活动来到张家口', seen: 'www.he.xinhuanet.com eval:html-archive-hexinhua-drama-tour' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '2017年10月17日下午，同济医院行政主要负责人调整宣布会在医院行政楼3楼学术报告厅举行', seen: 'www.tjh.com.cn fixture:classify/pages/tjh-hospital-report.txt' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '3月25日，浙江省舟山市普陀区区委书记张立军带领党政代表团来扶余考察', seen: 'www.fy58.com fixture:classify/pages/fy58-forum-report.txt' },
      // …or whom the newsroom or a school's young reporters interviewed that day (an interviewee's 接受…的采访 is the interview's own lede).
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '10月20日，萧山电视台“奋进的五年”卫生专题栏目组采访了我院院长郭峰', seen: 'www.hz9hospital.com fixture:classify/pages/hz9hospital-president-tv-report.txt' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '5月13日下午，卫东区东环路小学的小记者开展了一次别开生面的活动——采访学校的蔡朝举校长', seen: 'epaper.pdsxww.com fixture:classify/pages/pdsxww-young-reporters-report.txt' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '9月20日中午，林俊颐等五名小记者在龙岗一小会议室采访李正茂校长', seen: 'jkyangsheng.com fixture:classify/pages/jkyangsheng-young-reporters-report.txt' },
      // …or that people gathered that day (齐聚一堂, 相聚在…): an occasion told from outside.
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '10月8日晚，香河县人民医院新院区多功能厅灯光璀璨，欢声笑语，县卫健局局长、医院领导班子成员与干部职工齐聚一堂', seen: 'szbz.hbfzb.com eval:x2-hbfzb-xianghe-hospital-anniversary-report' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '9月22日，湖南省宁波商会、长沙市宁波商会举办“中秋月圆 情系会员”暨庆国庆迎中秋会员活动，在湘的宁波籍部分会员企业，老乡及朋友相聚在羊城佳宴酒楼', seen: 'mffb.com.cn fixture:classify/pages/mffb-chamber-midautumn-report.txt' },
      // …or that a party set out to see a place or another body that day (前往…研学, 到访我会).
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '3月29日上午，校党委书记何秀超带领学校党委理论学习中心组成员前往', seen: 'news.cufe.edu.cn eval:u1-cufe-peoplesdaily-study-visit-report' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?(?:召开|举行|举办|开幕|闭幕|考察|调研|视察|慰问|签约|揭牌|来到|走进|启动|开工|(?<!的)采访|(?:齐聚|欢聚|相聚)一堂|相聚在|参观|前往|到访)', example: '2022年5月20日下午，东莞市安徽安庆商会会长许绪宝率监事长、秘书长等全体班子成员到访', seen: 'www.linxiangshanghui.org.cn eval:w2-linxiangshanghui-anqing-chamber-visit-report' },
      // …or a meeting held of late, the lede opening on 近日/不久前 and its body as subject (不久前，泉州市惠安县召开…):
      // a commentary or a speech recalls a meeting inside a sentence (…。近期在美国华盛顿召开的…) or as a place
      // (近日，在省委召开的全会上), not as its first words with the body that held it.
      // …or that a body organised the event that day, 组织 with the event's own verb after it (组织召开, 组织收看…视频会议);
      // 组织 alone is as often a noun (世界贸易组织, 党委组织部).
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?组织(?:召开|收看)', example: '9月20日下午，永泰县农业局组织收看全国、全省秋冬种工作视频会议', seen: 'www.yiyubuy.com eval:b11-yiyubuy-yongtai-autumn-sowing-report' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午)?，?[^。！？]{0,80}?组织(?:召开|收看)', example: '3月22日，睢县人民检察院组织召开2024年', seen: 'suixianwang.net eval:a11-suixianwang-suixian-procuratorate-work-meeting-report' },
      // …or what the police or a court did that day: an arrest, a case broken, a sentence pronounced (police and court news).
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午|凌晨)?，?[^。！？]{0,80}?(?:抓获|破获|查获|宣判)(?!的)', example: '8月21日，胡集派出所“村警”郭辉外出办事，返乡途中协助民警成功抓获一名外省网上逃犯', seen: 'news.guhantai.com fixture:classify/pages/guhantai-dancheng-village-police-s30-report.txt' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚|中午|凌晨)?，?[^。！？]{0,80}?(?:抓获|破获|查获|宣判)(?!的)', example: '9月19日，中秋佳节来临之际，中牟县公安局东风路派出所民警坚守岗位，成功抓获一名入室盗窃嫌疑人', seen: 'henanxinwang.com fixture:classify/pages/henanxinwang-zhongmou-police-burglar-s30-report.txt' },
      // …or where it was held, the venue after 于 with the day or hour if any (于南投税务出张所召开, 于本月25日上午9点假…大礼堂举行,
      // 于七月二十五日在学校礼堂举行): the venue is a building's or room's name; a notice schedules its own with
      // 定于/订于/拟于/将于, and 关于/由于/位于… are no 于 of place.
      { term: '(?<![定订拟将关由位对至属用等基鉴限归处在])于[^，。！？；“”]{2,40}?(?:所|厅|堂|室|馆|场|中心|楼)(?:隆重)?(?:召开|举行|举办)(?!的)', example: '率副县长王瑞德、秘书长洪瑞智、县府各局处长及同仁逾百人，于南投税务出张所召开县政年终记者会', seen: 'www.nantou.gov.tw eval:b11-nantou-county-yearend-press-report' },
      { term: '(?<![定订拟将关由位对至属用等基鉴限归处在])于[^，。！？；“”]{2,40}?(?:所|厅|堂|室|馆|场|中心|楼)(?:隆重)?(?:召开|举行|举办)(?!的)', example: '于本月25日上午9点假卑南乡公所3楼大礼堂举行', seen: 'beinan.gov.tw eval:c12-beinan-township-head-inauguration-report' },
      { term: '(?<![定订拟将关由位对至属用等基鉴限归处在])于[^，。！？；“”]{2,40}?(?:所|厅|堂|室|馆|场|中心|楼)(?:隆重)?(?:召开|举行|举办)(?!的)', example: '氹仔坊众学校第五十四届小学毕业礼于七月二十五日在学校礼堂举行', seen: 'appimg.modaily.cn eval:b10-modaily-taipa-primary-graduation-report' },
      // …or the body first and then the news's time (古城国小昨日举行, 本校于日前举行, 洛南县日前召开…电视电话会): the same
      // lede with its subject before the day.
      { term: '^[^，。！？“”]{2,12}?于?(?:近日|日前|昨日|昨天)(?:在[^，。！？“”]{2,20})?(?:召开|举行|举办)(?!的)', example: '古城国小昨日举行国小部第57届暨幼儿园第43届毕业典礼', seen: 'www.kmcc.gov.tw eval:y1-kmcc-kinmen-guchenggraduation-report' },
      { term: '^[^，。！？“”]{2,12}?于?(?:近日|日前|昨日|昨天)(?:在[^，。！？“”]{2,20})?(?:召开|举行|举办)(?!的)', example: '本校于日前举行了高中毕业典礼', seen: 'www.cdsj5.edu.mo eval:z2-cdsj5-graduation-ceremony-report' },
      { term: '^[^，。！？“”]{2,12}?于?(?:近日|日前|昨日|昨天)(?:在[^，。！？“”]{2,20})?(?:召开|举行|举办)(?!的)', example: '洛南县日前召开全县春季“三打硬仗”暨农业生产电视电话会', seen: 'www.buenomex.com fixture:classify/pages/buenomex-luonan-spring-farming-report.txt' },
      { term: '^(?:近日|日前|不久前|前不久)，(?!在)[^，。！？]{2,30}?(?:召开|举行|举办)(?!的)', example: '不久前，泉州市惠安县召开警示教育大会', seen: 'dhcdi.gov.cn eval:z1-dhcdi-quanzhou-warning-education-report' },
      { term: '^(?:近日|日前|不久前|前不久)，(?!在)[^，。！？]{2,30}?(?:召开|举行|举办)(?!的)', example: '近日，福建省莆田市秀屿区监委召开', seen: 'www.ptcdi.gov.cn eval:u2-ptcdi-special-supervisors-report' },
      // …or what a body set going of late, named as the lede's subject after the news's time (入冬以来，五台县委、县政府组织…;
      // two development sites and reports only; an essay's 近日 is an occasion, 近日，市民… no body acting).
      { term: '^(?:今年|去年)?(?:近日|日前|连日来|(?:入冬|入夏|入春|入秋|[0-9一二三四五六七八九十]{1,2}月)以来)，(?!在)[^，。！？]{0,16}?(?:县委|县政府|政府|镇|乡|县|市|区|局|委|法院|检察院|公司|中心)(?:[、和][^，。！？]{2,10}?)?(?:组织|推行|开展|启动|部署)', example: '入冬以来，五台县委、县政府组织有关单位深入到田间地头', seen: 'www.comfortworkshvacr.com eval:b8-comfortworkshvacr-wutai-straw-feed-report' },
      { term: '^(?:今年|去年)?(?:近日|日前|连日来|(?:入冬|入夏|入春|入秋|[0-9一二三四五六七八九十]{1,2}月)以来)，(?!在)[^，。！？]{0,16}?(?:县委|县政府|政府|镇|乡|县|市|区|局|委|法院|检察院|公司|中心)(?:[、和][^，。！？]{2,10}?)?(?:组织|推行|开展|启动|部署)', example: '近日，北京市通信管理局组织检查小组', seen: 'www.miit.gov.cn eval:web-mirror-miit-beijing-telecom' },
      // …or the same after the purpose the lede gives first (为…，近日，楚雄州纪委监委下发…; 清明节期间，为…，县纪委监委…成立…):
      // the news's time (近日, or the occasion before the purpose: 清明节期间) is what a notice lacks, whose body
      // 将/拟 acts (为…，市公安局将从即日起…开展, 为…，…拟于近期…开展), and an experience write-up speaks as 我县.
      { term: '^(?:(?:今年|去年)?[^，。！？“”]{2,8}(?:期间|之际)，为[^。！？]{4,120}?，|为[^。！？]{4,120}?，(?:近日|日前)，)(?!我)[^，。！？“”]{0,16}?(?:县委|县政府|政府|镇|乡|县|市|区|局|委|法院|检察院|公司|中心)(?:[、和][^，。！？]{2,10}?)?(?:(?!将|拟)[^。！？“”]){0,24}?(?:组织|开展|启动|部署|下发|印发|成立)', example: '为及时掌握重点贫困县和乡镇开展扶贫领域腐败和作风问题专项治理的工作情况，近日，楚雄州纪委监委下发', seen: 'www.qdubb.cn eval:b7-qdubb-chuxiong-discipline-poverty-direct-reporting' },
      { term: '^(?:(?:今年|去年)?[^，。！？“”]{2,8}(?:期间|之际)，为[^。！？]{4,120}?，|为[^。！？]{4,120}?，(?:近日|日前)，)(?!我)[^，。！？“”]{0,16}?(?:县委|县政府|政府|镇|乡|县|市|区|局|委|法院|检察院|公司|中心)(?:[、和][^，。！？]{2,10}?)?(?:(?!将|拟)[^。！？“”]){0,24}?(?:组织|开展|启动|部署|下发|印发|成立)', example: '为确保国庆60周年网络与信息安全，近日，北京市通信管理局组织', seen: 'www.miit.gov.cn eval:web-mirror-miit-beijing-telecom' },
      { term: '^(?:(?:今年|去年)?[^，。！？“”]{2,8}(?:期间|之际)，为[^。！？]{4,120}?，|为[^。！？]{4,120}?，(?:近日|日前)，)(?!我)[^，。！？“”]{0,16}?(?:县委|县政府|政府|镇|乡|县|市|区|局|委|法院|检察院|公司|中心)(?:[、和][^，。！？]{2,10}?)?(?:(?!将|拟)[^。！？“”]){0,24}?(?:组织|开展|启动|部署|下发|印发|成立)', example: '清明节期间，为进一步巩固拓展落实中央八项规定精神成果，持续纠“四风”树“新风”，坚决防反弹回潮、防隐形变异，切实营造风清气正的节日氛围，县纪委监委立足再监督，成立', seen: 'www.jsjhjw.gov.cn fixture:classify/pages/jsjhjw-qingming-inspection-report.txt' },
    ],
  },
  {
    // Who chaired the occasion, told from outside (会议由张道华会长主持; eight
    // development sites and three of the wide sample, all reports). A host's
    // script says 由我主持 of himself.
    id: 'report-chaired',
    type: 'report',
    weight: 2,
    scope: 'line',
    unquoted: true,
    cues: [
      { term: '(?:会议|典礼|仪式|活动|大会|座谈会|开幕式|晚会)由(?!我|本人)[^。！？]{1,40}主持', example: '会议由张道华会长主持', seen: 'm.3l9m6z.cn eval:dirt-3l9m6z-qingdao-research-meeting' },
      { term: '(?:会议|典礼|仪式|活动|大会|座谈会|开幕式|晚会)由(?!我|本人)[^。！？]{1,40}主持', example: '典礼由副校长许州主持', seen: 'news.xhu.edu.cn eval:h2-xhu-opening-ceremony-report' },
      { term: '(?:会议|典礼|仪式|活动|大会|座谈会|开幕式|晚会)由(?!我|本人)[^。！？]{1,40}主持', example: '会议由最高检党组成员、副检察长葛晓燕主持', seen: 'www.thepaper.cn eval:u2-thepaper-procurators-meeting-report' },
    ],
  },
  {
    // A day without its month and the hour of it in the opening (9日下午, 19日上午11时许):
    // a paper tells this week's events so; a notice schedules its own with 于 (定于28日上午).
    id: 'report-day-hour',
    type: 'report',
    weight: 2,
    scope: 'opening',
    unquoted: true,
    cues: [
      { term: '(?<![0-9月一二三四五六七八九十于])[0-9]{1,2}日(?:上午|下午|晚上|中午|早上|凌晨|晚)', example: '现场数百名记者提高嗓门，向9日下午“部长通道”迎来的第一位嘉宾', seen: 'news.yuduxx.com eval:h5-yuduxx-ministers-passage-report' },
      { term: '(?<![0-9月一二三四五六七八九十于])[0-9]{1,2}日(?:上午|下午|晚上|中午|早上|凌晨|晚)', example: '连江县25日上午举行第8届县长交接典礼', seen: 'libraradio.com.tw eval:v1-libraradio-lienchiang-magistrate-inauguration-report' },
      { term: '(?<![0-9月一二三四五六七八九十于])[0-9]{1,2}日(?:上午|下午|晚上|中午|早上|凌晨|晚)', example: '2日上午，在市十六届人大一次', seen: 'epaper.qlwb.com.cn eval:v1-qlwb-liaocheng-mayor-inaugural-report' },
      // …or the day a release dates by its own day, 今（22）日 / 今（1日）晨: today is the 22nd (Macau's and Taiwan's government releases).
      { term: '[今昨][（(][0-9]{1,2}日?[）)]', example: '贺一诚今(22)日表示', seen: 'cdn.gcs.gov.mo eval:h3-gcsmo-macau-chief-executive-media-report' },
      { term: '[今昨][（(][0-9]{1,2}日?[）)]', example: '台南市政府今（1日）晨于新营区南瀛绿都心公园', seen: 'tnews.cc fixture:classify/pages/tnews-tainan-new-year-flag-report.txt' },
      // …or 今天, 今日, 昨日 or the time of the day (今早, 昨晚) with the day in brackets (今天（30日）, 今日（9日）,
      // 昨晚（14）): Taiwan's, Hong Kong's and Macao's papers date their lede so, a speaker never.
      { term: '(?:今天|今日|昨天|昨日|今早|今晨|今晚|昨晚)[（(][0-9]{1,2}日?[）)]', example: '顺利连任的县长翁章梁今天（30日）销假上班', seen: 'kingtop.com.tw eval:d28-kingtop-chiayi-magistrate-weng-reelected-back-to-office-report' },
      { term: '(?:今天|今日|昨天|昨日|今早|今晨|今晚|昨晚)[（(][0-9]{1,2}日?[）)]', example: '行政长官李家超今日（9日）出席行政会议前见传媒', seen: 'meetinghk.com eval:c21-meetinghk-johnlee-district-council-new-look-report' },
      { term: '(?:今天|今日|昨天|昨日|今早|今晨|今晚|昨晚)[（(][0-9]{1,2}日?[）)]', example: '澳门妈阁水陆演戏会于昨晚(14)八时在联邦酒楼举行', seen: 'news.macaulotustv.com eval:c12-macaulotustv-ama-opera-association-elders-report' },
      { term: '(?:今天|今日|昨天|昨日|今早|今晨|今晚|昨晚)[（(][0-9]{1,2}日?[）)]', example: '今早（9日），香港特区行政长官李家超出席行政会议前会见传媒时表示', seen: 'pub.timedg.com fixture:classify/pages/timedg-hk-district-councils-events-s34-report.txt' },
    ],
  },
  {
    id: 'report-incident',
    type: 'report',
    weight: 2,
    scope: 'opening',
    cues: [
      // What happened on a day, told as it broke: 5月20日13时10分在…发生5.2级地震. A past
      // incident recalled as background is a noun phrase (…发生的7.1级地震).
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:[0-9]{1,2}时(?:[0-9]{1,2}分)?)?[^。！？]{0,40}?发生(?!的)', example: '据中国地震台网正式测定，5月20日13时10分在新疆克孜勒苏州阿图什市发生5.2级地震', seen: 'j.021east.com eval:c4h-021east-xinjiang-earthquake-report' },
      { term: '(?:^|[，。]|于)(?:[0-9]{4}年)?[0-9]{1,2}月[0-9]{1,2}日(?:[0-9]{1,2}时(?:[0-9]{1,2}分)?)?[^。！？]{0,40}?发生(?!的)', example: '10月21日9时17分在台湾海峡中部发生3.5级地震', seen: '0756tong.com fixture:classify/pages/0756tong-taiwan-strait-quake-report.txt' },
    ],
  },
  {
    id: 'report-recent',
    type: 'report',
    weight: 1,
    scope: 'opening',
    support: true,
    cues: [
      { term: '(?:^|[，。])(?:近日|日前|连日来|近期|今年以来)，', example: '为确保国庆60周年网络与信息安全，近日，北京市通信管理局组织检查小组', seen: 'www.miit.gov.cn eval:web-mirror-miit-beijing-telecom' },
      { term: '(?:^|[，。])(?:近日|日前|连日来|近期|今年以来)，', example: '加速向智能制造、绿色制造、高端制造方向转型升级。近日，工信部发布', seen: 'www.yndaily.com eval:news-yndaily-green-manufacturing' },
    ],
  },
  {
    // The reporter's sourcing (据悉，, 据了解，, 据介绍，, 相关负责人表示): the text tells what it was
    // told, as news does. Over the 1,311 typed pages of the fitted sets and the classify
    // fixtures it fires on 39 reports and one interview, no article, speech or notice, so
    // it counts on its own where no other cue reached the minimum (docs/eval.md, typefix3):
    // as a supporting cue only, a report it alone marked was left to the default article.
    id: 'report-hearsay',
    type: 'report',
    weight: 2,
    scope: 'line',
    cues: [
      { term: '据介绍，|据了解，|据悉，|相关负责人(?:表示|介绍)', example: '据介绍，2020年，全市工信系统', seen: 'www.baoding.gov.cn eval:gov-baoding-presser' },
      { term: '据介绍，|据了解，|据悉，|相关负责人(?:表示|介绍)', example: '省工业和信息化厅相关负责人表示', seen: 'www.yndaily.com eval:news-yndaily-green-manufacturing' },
    ],
  },
  {
    // Someone's words told with the occasion they were said at (受访时指出, 在致辞时指出, 在贺词中，代表…):
    // twelve development reports and one speech (which its salutation keeps), no article or
    // interview; the class sample's bank chairman 在致词时指出 too. Not a leader's words an essay
    // rests on (习近平总书记今年在…时强调, its slogan read without its quotation marks), nor the
    // speaker's own (我在…时说), nor an interview's lede (唐荣在接受本报记者专访时表示, as
    // interview-lede reads 专访).
    id: 'report-remarks-told',
    type: 'report',
    weight: 2,
    scope: 'line',
    unquoted: true,
    cues: [
      { term: '(?<!(?:总书记|习近平|我|同志)[^，。！？“”]{0,8})在(?![^。！？“”]{0,40}?(?:采访|专访))[^。！？“”]{0,40}?(?:时|(?:讲话|致辞|致词|贺词|献词|发言|交流|总结)中)[，,]?(?:(?:表示|指出|说|称|强调|透露)[，,：:]|代表)', example: '台银董座吕桔诚在7日新春开工贺年受访时指出，', seen: 'wantrich.chinatimes.com eval:b8-chinatimes-bot-chairman-newyear-report' },
      { term: '(?<!(?:总书记|习近平|我|同志)[^，。！？“”]{0,8})在(?![^。！？“”]{0,40}?(?:采访|专访))[^。！？“”]{0,40}?(?:时|(?:讲话|致辞|致词|贺词|献词|发言|交流|总结)中)[，,]?(?:(?:表示|指出|说|称|强调|透露)[，,：:]|代表)', example: '行政长官中午宴请本地中文传媒负责人。他在致辞时指出，', seen: 'cdn.gcs.gov.mo eval:h3-gcsmo-macau-chief-executive-media-report' },
      { term: '(?<!(?:总书记|习近平|我|同志)[^，。！？“”]{0,8})在(?![^。！？“”]{0,40}?(?:采访|专访))[^。！？“”]{0,40}?(?:时|(?:讲话|致辞|致词|贺词|献词|发言|交流|总结)中)[，,]?(?:(?:表示|指出|说|称|强调|透露)[，,：:]|代表)', example: '李启红在贺词中，代表市委、市政府向全市人民', seen: 'www.zslib.cn eval:a8-zslib-zhongshan-mayor-newyear-report' },
      { term: '(?<!(?:总书记|习近平|我|同志)[^，。！？“”]{0,8})在(?![^。！？“”]{0,40}?(?:采访|专访))[^。！？“”]{0,40}?(?:时|(?:讲话|致辞|致词|贺词|献词|发言|交流|总结)中)[，,]?(?:(?:表示|指出|说|称|强调|透露)[，,：:]|代表)', example: '李明在总结讲话中指出，', seen: 'www.sinayp.net eval:z2-sinayp-group-work-report' },
    ],
  },
  {
    id: 'report-told-speech',
    type: 'report',
    weight: 1,
    scope: 'line',
    cues: [
      { term: '出席(?:会议|活动)?并(?:讲话|致辞)|主持(?:会议|召开)|发表(?:了)?(?:重要)?讲话', example: '副市长、公安局长王锡章出席会议并讲话', seen: 'www.sm.gov.cn eval:txt-smgov-sanming-police-chiefs-report' },
      { term: '出席(?:会议|活动)?并(?:讲话|致辞)|主持(?:会议|召开)|发表(?:了)?(?:重要)?讲话', example: '省委书记、省人大主任张学忠出席会议并讲话', seen: 'www.gcdr.gov.cn fixture:classify/pages/gcdr-gov-report.txt' },
    ],
  },
  {
    id: 'report-headline',
    type: 'report',
    weight: 2,
    scope: 'headline',
    cues: [
      // Someone did or said something: 李强在新疆调研时强调…, …召开…会议.
      { term: '^[^，。！？]{2,30}?(?:强调|指出|要求)[：:，\\s]|在.{2,30}(?:调研|检查|考察)|主持召开|发表(?:重要)?讲话$', example: '李强在新疆调研时强调 彰显特色优势', seen: 'www.news.cn eval:news-xinhua-liqiang-xinjiang' },
      { term: '^[^，。！？]{2,30}?(?:强调|指出|要求)[：:，\\s]|在.{2,30}(?:调研|检查|考察)|主持召开|发表(?:重要)?讲话$', example: '习近平主持召开深入推进长三角一体化发展座谈会', seen: 'www.kepu.gov.cn eval:news-kepu-yangtze-symposium' },
      { term: '^(?!关于).{2,50}(?:召开|举行)(?:“[^”]*”|[^，。]){0,40}(?:会|会议|仪式|活动)?$|^(?!关于)[^，。]{4,40}(?:开幕|闭幕|落幕|结束|启动|揭牌|开工)$', example: '全市公安局长会议召开', seen: 'www.sm.gov.cn eval:txt-smgov-sanming-police-chiefs-report' },
      { term: '^(?!关于).{2,50}(?:召开|举行)(?:“[^”]*”|[^，。]){0,40}(?:会|会议|仪式|活动)?$|^(?!关于)[^，。]{4,40}(?:开幕|闭幕|落幕|结束|启动|揭牌|开工)$', example: '市人民医院召开党委扩大会议', seen: 'djy.chizhouhospital.com eval:pg-chizhou-hospital-report' },
      { term: '^(?!关于).{2,50}(?:召开|举行)(?:“[^”]*”|[^，。]){0,40}(?:会|会议|仪式|活动)?$|^(?!关于)[^，。]{4,40}(?:开幕|闭幕|落幕|结束|启动|揭牌|开工)$', example: '话剧《约定无期限》河北各市巡演结束', seen: 'www.he.xinhuanet.com eval:html-archive-hexinhua-drama-tour' },
      // A comma inside the quoted theme is the theme's, not the headline's clause break.
      { term: '^(?!关于).{2,50}(?:召开|举行)(?:“[^”]*”|[^，。]){0,40}(?:会|会议|仪式|活动)?$|^(?!关于)[^，。]{4,40}(?:开幕|闭幕|落幕|结束|启动|揭牌|开工)$', example: '望都县中医医院举行“弘扬抗疫精神，护佑人民健康”为主题的庆祝表彰大会', seen: 'fcyser.com eval:v2-fcyser-wangdu-tcm-hospital-doctors-day-report' },
      // A body, a place or a team that did something: 留早镇扎实推进…, 北京通管局组织….
      { term: '^[\\p{Script=Han}]{1,12}(?:镇|乡|县|市|区|局|委|厅|院|办|中心|公司|系统|代表团)(?:扎实|全力|积极|持续|大力|全面|深入|统筹|集中|成功|隆重)?(?:推进|推动|组织|开展|举办|启动|部署|慰问|表彰|考察|调研|检查)', example: '留早镇扎实推进秋冬秸秆禁烧工作', seen: 'www.dingzhoudaily.com eval:txt-dingzhou-liuzao-straw-burning-report' },
      { term: '^[\\p{Script=Han}]{1,12}(?:镇|乡|县|市|区|局|委|厅|院|办|中心|公司|系统|代表团)(?:扎实|全力|积极|持续|大力|全面|深入|统筹|集中|成功|隆重)?(?:推进|推动|组织|开展|举办|启动|部署|慰问|表彰|考察|调研|检查)', example: '北京通管局组织“三电”专项斗争大检查', seen: 'www.miit.gov.cn eval:web-mirror-miit-beijing-telecom' },
      { term: '^[\\p{Script=Han}]{1,12}(?:镇|乡|县|市|区|局|委|厅|院|办|中心|公司|系统|代表团)(?:扎实|全力|积极|持续|大力|全面|深入|统筹|集中|成功|隆重)?(?:推进|推动|组织|开展|举办|启动|部署|慰问|表彰|考察|调研|检查)', example: '保定市统筹推动城市和产业转型升级', seen: 'www.baoding.gov.cn eval:gov-baoding-presser' },
    ],
  },

  {
    id: 'report-place-headline',
    type: 'report',
    weight: 2,
    scope: 'headline',
    support: true,
    cues: [
      // 绥德：33名退役军人被表彰: a place, a colon, what happened there. {PLACE} is a division's name.
      { term: '^{PLACE}[：:]', example: '绥德：33名退役军人被表彰', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
      { term: '^{PLACE}[：:]', example: '呼和浩特：对生育二孩、三孩的呼市户籍家庭发放一次性育儿津贴5000元', seen: 'news.china.com.cn eval:cx-chinacom-hohhot-childcare' },
    ],
  },
  {
    id: 'report-quote-headline',
    type: 'report',
    weight: 2,
    scope: 'headline',
    cues: [
      // 郑文灿：多元方案解决蛋荒, 外国专家：中美合作共赢…: who, a colon, what they
      // said. {WHO} is a person's name, posts and a name, or a group of speakers.
      { term: '^(?!专访|访|对话){WHO}[：:]', example: '郑文灿：多元方案解决蛋荒 预估3月初缓解', seen: 'www.cna.com.tw eval:html-cna-egg-shortage' },
      { term: '^(?!专访|访|对话){WHO}[：:]', example: '外国专家：中美合作共赢符合国际社会利益', seen: 'china.chinadaily.com.cn eval:html-chinadaily-experts-summit' },
      // …after a question the headline asks: 安徽阜阳一动物园20只东北虎死亡？官方：成立调查组.
      { term: '[？！]{WHO}[：:]', example: '安徽阜阳一动物园20只东北虎死亡？官方：成立调查组进行全面调查', seen: 'weibo.com eval:html-weibo-fuyang-tiger-deaths' },
    ],
  },
  {
    id: 'report-actor-headline',
    type: 'report',
    weight: 2,
    scope: 'headline',
    cues: [
      // A named official did something: 港特首梁振英就…道歉, 中央军委主席习近平签署命令.
      // A speech's own title (张三在…会议上的讲话) is not told of.
      { term: '^(?!.*(?:讲话|致辞|发言|讲稿)$){WHO}(?:就|在|向|出席|主持|会见|签署|调研|考察|看望|慰问|致信|致电|回应|道歉|宣布)', example: '港特首梁振英就住宅违建事件道歉', seen: 'www.bbc.co.uk eval:html-bbc-hk-chief-executive-apology' },
      { term: '^(?!.*(?:讲话|致辞|发言|讲稿)$){WHO}(?:就|在|向|出席|主持|会见|签署|调研|考察|看望|慰问|致信|致电|回应|道歉|宣布)', example: '中央军委主席习近平签署命令 发布《军队装备试验鉴定规定》', seen: 'www.cnr.cn eval:cx-cnr-equipment-test-regulation' },
    ],
  },
  {
    id: 'report-figure-headline',
    type: 'report',
    weight: 2,
    scope: 'headline',
    cues: [
      // A count or a sum in the headline: what a news item is about.
      { term: '[0-9]+(?:\\.[0-9]+)?(?:亿|万)?(?:元|人次|人|名|家|个|项|种|座|吨|户|所|条|件|%|％)', example: '17种产品、1个园区入选国家绿色制造名单', seen: 'www.yndaily.com eval:news-yndaily-green-manufacturing' },
      { term: '[0-9]+(?:\\.[0-9]+)?(?:亿|万)?(?:元|人次|人|名|家|个|项|种|座|吨|户|所|条|件|%|％)', example: '预计4年为纳税人减负180亿元', seen: 'www.nmg.gov.cn eval:cx-nmg-tax-relief-report' },
      { term: '[0-9]+(?:\\.[0-9]+)?(?:亿|万)?(?:元|人次|人|名|家|个|项|种|座|吨|户|所|条|件|%|％)', example: '绥德：33名退役军人被表彰', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
    ],
  },

  // 通知, 通报, 意见, 决定 with addressees or a document number.
  {
    id: 'notice-title',
    type: 'notice',
    weight: 3,
    scope: 'headline',
    cues: [
      { term: '(?:通知|通报|决定|公告|通告|批复|复函)(?:[（(]第?[0-9０-９一二三四五六七八九十]+号[）)])?$', example: '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
      { term: '(?:通知|通报|决定|公告|通告|批复|复函)(?:[（(]第?[0-9０-９一二三四五六七八九十]+号[）)])?$', example: '四川省卫生健康委员会关于四川省第十四届人民代表大会第四次会议第14040218号建议的复函', seen: 'www.sc.gov.cn eval:web-mirror-sc-health-reply' },
      { term: '(?:通知|通报|决定|公告|通告|批复|复函)(?:[（(]第?[0-9０-９一二三四五六七八九十]+号[）)])?$', example: '湖州市卫生健康委关于印发 2023年全市卫生健康工作要点的通知', seen: 'wjw.huzhou.gov.cn fixture:classify/pages/huzhou-wjw-notice.txt' },
      // A numbered series of notices carries its number after the word (通告（第1号）).
      { term: '(?:通知|通报|决定|公告|通告|批复|复函)(?:[（(]第?[0-9０-９一二三四五六七八九十]+号[）)])?$', example: '鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告（第1号）', seen: 'www.heqing.gov.cn eval:c3a-heqing-epidemic-hotline-notice' },
      // A 公示 puts a decision before the public for objections, with its term and the contacts.
      { term: '(?:公示|公示公告)$', example: '关于拟命名浙江省杭州市等40个地区为国家生态市（县、区）的公示', seen: 'elearning-innovators.com eval:ho-elearning-mep-ecocity-notice' },
    ],
  },
  {
    id: 'notice-rules-title',
    type: 'notice',
    weight: 1,
    scope: 'headline',
    cues: [
      // A normative document; it is a notice only with more evidence (addressees, numbers).
      { term: '(?:意见|方案|办法|规定|细则|规则|简章)(?:（[^）]{1,12}）)?$', example: '凯里市教育系统2024年公开招聘事业单位工作人员实施方案', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' },
      { term: '(?:意见|方案|办法|规定|细则|规则|简章)(?:（[^）]{1,12}）)?$', example: '东阳市促进残疾人就业行动实施方案（2023—2025年）', seen: 'www.dongyang.gov.cn fixture:classify/pages/dongyang-gov-notice.txt' },
    ],
  },
  {
    id: 'notice-addressee',
    type: 'notice',
    weight: 3,
    scope: 'line',
    cues: [
      // 各…：, the bodies a notice goes to; also inside HTML printed as text.
      { term: '(?:^|>)各(?!位)[^。：:！？]{1,60}[：:]', example: '各乡、镇人民政府，县政府各部门、各直属机构：', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
      { term: '(?:^|>)各(?!位)[^。：:！？]{1,60}[：:]', example: '各处室（中心）、学院（部）:', seen: 'xxgk.jcivt.com eval:pg-jcivt-holiday-notice' },
      { term: '(?:^|>)各(?!位)[^。：:！？]{1,60}[：:]', example: '各镇、乡人民政府，各街道办事处，市政府各部门：', seen: 'www.dongyang.gov.cn fixture:classify/pages/dongyang-gov-notice.txt' },
      // Addressees that do not open with 各: a list of bodies (、 or ，between them), the last an organ, the line ending in the colon.
      { term: '^(?!尊敬)(?=[^。：:！？]*[、，,])[^。：:！？“”]{4,60}(?:局|科室|学区|学校|单位|部门|政府|办事处|幼儿园|委员会|中心)(?:[（(][^（）()]{1,6}[）)])?[：:]$', example: '机关各科室、各学区，县直属各学校，乡镇中小学、幼儿园：', seen: 'nbxinxi.com eval:y1-nbxinxi-cangnan-education-publicity-notice' },
      { term: '^(?!尊敬)(?=[^。：:！？]*[、，,])[^。：:！？“”]{4,60}(?:局|科室|学区|学校|单位|部门|政府|办事处|幼儿园|委员会|中心)(?:[（(][^（）()]{1,6}[）)])?[：:]$', example: '县（区）教体局、管委会社会事业局，市直各学校（园）:', seen: 'wenrenren.com fixture:classify/pages/wenrenren-school-holiday-notice.txt' },
      // A utility's or a company's notice to those it serves (停水/停电 schedules), the greeting alone on its line:
      // a speech greets 尊敬的各位来宾 (speech-salutation), never its customers as 用户.
      { term: '^尊敬的(?:广大)?(?:居民|用水|用电|燃气)?(?:用户|客户)(?:朋友)?们?[：:]$', example: '尊敬的用户：', seen: 'ratrodcycles.com fixture:classify/pages/ratrodcycles-yicheng-water-cut-notice.txt' },
      { term: '^尊敬的(?:广大)?(?:居民|用水|用电|燃气)?(?:用户|客户)(?:朋友)?们?[：:]$', example: '尊敬的用户：', seen: 'hswatersupply.com fixture:classify/pages/hswatersupply-huangshi-water-cut-notice.txt' },
      // A reply to a deputy's proposal is addressed to the deputy.
      { term: '^[\\p{Script=Han}]{2,4}(?:代表|委员)[：:]$', example: '唐家文代表：', seen: 'www.sc.gov.cn eval:web-mirror-sc-health-reply' },
    ],
  },
  {
    id: 'notice-number',
    type: 'notice',
    weight: 3,
    scope: 'head',
    cues: [
      // The document's own number on a line of its own: 湘政办发〔2009〕24号.
      { term: '^[\\p{Script=Han}]{2,10}[〔［\\[][0-9]{4}[〕］\\]][0-9]{1,4}号$', example: '湘政办发〔2009〕24号', seen: 'xiexiebang.com eval:txt-xiexiebang-hunan-graduate-employment-notice' },
      { term: '^[\\p{Script=Han}]{2,10}[〔［\\[][0-9]{4}[〕］\\]][0-9]{1,4}号$', example: '川卫函〔2025〕46号', seen: 'www.sc.gov.cn eval:web-mirror-sc-health-reply' },
      { term: '^[\\p{Script=Han}]{2,10}[〔［\\[][0-9]{4}[〕］\\]][0-9]{1,4}号$', example: '湖卫健发〔2023〕1号', seen: 'wjw.huzhou.gov.cn fixture:classify/pages/huzhou-wjw-notice.txt' },
    ],
  },
  {
    id: 'notice-cited-number',
    type: 'notice',
    weight: 1,
    scope: 'line',
    cues: [
      // Documents of the same kind that a notice or rule rests on.
      { term: '[\\p{Script=Han}]{2,10}〔[0-9]{4}〕[0-9]{1,4}号', example: '黔人发〔2006〕4号', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' },
      { term: '[\\p{Script=Han}]{2,10}〔[0-9]{4}〕[0-9]{1,4}号', example: '豫政办〔2023〕32号', seen: 'henan.kjzch.com fixture:classify/pages/kjzch-xinxiang-notice.txt' },
    ],
  },
  {
    // A Taiwan 公文's 說明 opens on the letter it acts on (文書處理手冊: the 說明 section's first item is the 依據,
    // 依據…○○字第…號函辦理), and a school or office posting a 函 or 公告 keeps that item: the document
    // carries out a numbered letter, which only a notice does. At a line's start (after the 說明 label or the
    // item's number, a table's cell bar between them), so that a report telling of such a letter does not count.
    // 辧 is a variant of 辦 a Hsinchu letter prints.
    id: 'notice-letter-basis',
    type: 'notice',
    weight: 4,
    scope: 'line',
    cues: [
      { term: '^(?:说明[：:]\\s*)?(?:[一二三四五六七八九十]{1,3}、\\s*[|｜]?\\s*)?依(?:据|照)?[^。！？]{2,80}?字第\\s*[0-9A-Z]{5,14}\\s*号函[^。！？]{0,80}?[办辧]理', example: '一、| 依据本府111年9月8日竹市环空字第1110021904号函及苗栗县政府111年9月2日府农林字第1110168466号函辧理。|', seen: 'www.ktps.hc.edu.tw eval:b13-ktps-hsinchu-seedling-letter-notice' },
      { term: '^(?:说明[：:]\\s*)?(?:[一二三四五六七八九十]{1,3}、\\s*[|｜]?\\s*)?依(?:据|照)?[^。！？]{2,80}?字第\\s*[0-9A-Z]{5,14}\\s*号函[^。！？]{0,80}?[办辧]理', example: '一、依卫生福利部本(115)年1月20日卫授疾字第1150400020号函办理。', seen: 'news.stust.edu.tw fixture:classify/pages/stust-vaccination-letter-notice.txt' },
      { term: '^(?:说明[：:]\\s*)?(?:[一二三四五六七八九十]{1,3}、\\s*[|｜]?\\s*)?依(?:据|照)?[^。！？]{2,80}?字第\\s*[0-9A-Z]{5,14}\\s*号函[^。！？]{0,80}?[办辧]理', example: '说明：一、依据教育部 111 年 8 月 30 日台教授国字第 1110112019D 号函办理。', seen: 'www.dyjh.tn.edu.tw fixture:classify/pages/dyjh-tn-admission-rules-letter-notice.txt' },
    ],
  },
  {
    // The notice issuing itself (通知如下, 特此通知, 现将…印发给你们): all 14 texts of the development sets
    // that hold one are notices. It outweighs a report's cues, which a notice's grounds and schedule
    // carry too (国务院决定，4月21日举行全国哀悼活动).
    id: 'notice-formula',
    type: 'notice',
    weight: 4,
    scope: 'line',
    cues: [
      { term: '现将[^。]{0,80}(?:印发|转发|下发)给你们|现予印发|现印发(?:给)?你们', example: '现将《2023年全市卫生健康工作要点》下发给你们', seen: 'wjw.huzhou.gov.cn fixture:classify/pages/huzhou-wjw-notice.txt' },
      { term: '现将[^。]{0,80}(?:印发|转发|下发)给你们|现予印发|现印发(?:给)?你们', example: '现予印发', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
      { term: '现将[^。]{0,80}(?:印发|转发|下发)给你们|现予印发|现印发(?:给)?你们', example: '现将《山西省激发重点群体活力带动城乡居民增收的实施方案》印发给你们', seen: 'laodongfa.com eval:pg-laodongfa-shanxi-notice' },
      { term: '通知如下|特此通知|现答复如下|此件公开发布', example: '寒假放假安排通知如下', seen: 'xxgk.jcivt.com eval:pg-jcivt-holiday-notice' },
      { term: '通知如下|特此通知|现答复如下|此件公开发布', example: '现答复如下', seen: 'www.sc.gov.cn eval:web-mirror-sc-health-reply' },
      { term: '通知如下|特此通知|现答复如下|此件公开发布', example: '（此件公开发布）', seen: 'www.dongyang.gov.cn fixture:classify/pages/dongyang-gov-notice.txt' },
      // The closing formula of a 通告, 公告 or 公示, which have no addressees.
      { term: '特此(?:通告|公告|公示)', example: '特此通告。', seen: 'xxgk.jl.gov.cn eval:cx-jilin-nenjiang-notice' },
      // A public notice announces what follows as 通告/公告 as a circular does as 通知 (hospitals to 市民).
      { term: '(?:通告|公告)如下', example: '常山县人民医院调整部分诊疗工作，通告如下：', seen: 'csrmyy.com eval:w1-csrmyy-changshan-hospital-drill-notice' },
      { term: '(?:通告|公告)如下', example: '现将有关事项公告如下：', seen: 'm.bodml.com fixture:classify/pages/bodml-laian-hospital-move-notice.txt' },
      // …or what it sets out, 现将…安排如下 / 公布如下 (a work report's 现将…报告如下 is a speech's).
      { term: '现将[^。！？]{0,40}(?:公布|安排)如下', example: '现将申请条件及程序公布如下：', seen: 'm.zxytgs.com eval:x2-zxytgs-shenzhen-chamber-clubhouse-notice' },
      { term: '现将[^。！？]{0,40}(?:公布|安排)如下', example: '公司现将放假事项安排如下：', seen: 'www.sh-haling.com fixture:classify/pages/sh-haling-holiday-notice.txt' },
      { term: '特此(?:通告|公告|公示)', example: '特此公告。', seen: 'm.lc123.net fixture:structure/pages/lc123-gonggao.txt' },
      // …or its arrangements set out point by point, 安排如下： / 事项如下： with or without 现将 (a school's notice to parents
      // changes its arrangements, 安排更改如下：, under a greeting 各位家长和同学：): five development sites, all notices.
      { term: '(?:安排|事项)(?:更改|调整|变更)?如下[：:]', example: '有鉴于此，学校原定的安排更改如下：', seen: 'yenching.edu.hk eval:c12-yenching-school-epidemic-arrangements-notice' },
      { term: '(?:安排|事项)(?:更改|调整|变更)?如下[：:]', example: '根据赤峰市政府春节放假安排，医院决定2017年春节放假安排如下：', seen: 'cfsyy.cn eval:x2-cfsyy-chifeng-hospital-spring-festival-notice' },
      { term: '(?:安排|事项)(?:更改|调整|变更)?如下[：:]', example: '根据上级通知精神，2012年清明节放假安排如下：', seen: 'www.jintan.gov.cn eval:a7-jintan-city-qingming-holiday-notice' },
    ],
  },
  {
    id: 'notice-publicity',
    type: 'notice',
    weight: 2,
    scope: 'line',
    cues: [
      // A 公示 in its own voice: the body puts the list or decision before the public now (a report tells of one done).
      { term: '(?:现|决定)(?:予以|对[^。]{1,80}?(?:予以|进行))公示', example: '经各地申报，市生态环境局预审，现对第六批省生态文明建设示范区初选推荐名单进行公示。', seen: 'sthjj.suzhou.gov.cn eval:c3a-suzhou-env-demo-zone-publicity' },
      { term: '(?:现|决定)(?:予以|对[^。]{1,80}?(?:予以|进行))公示', example: '市爱卫会决定对拟授予“六安市卫生镇”的两家单位（金寨县燕子河镇，霍山县下符桥镇）进行公示。', seen: 'wjw.luan.gov.cn eval:c3a-luan-health-town-publicity' },
      { term: '(?:现|决定)(?:予以|对[^。]{1,80}?(?:予以|进行))公示', example: '现对拟命名为市级环境优美镇的大路镇进行公示', seen: 'sthjj.cq.gov.cn fixture:structure/pages/cq-gov-gongshi.txt' },
      // …or its term on a line of its own (公示时间：…至…): a report of a 公示 tells the term inside its sentence.
      { term: '^公示(?:时间|期|期限)[：:]', example: '公示时间：2022年3月16日至3月22日（5个工作日）', seen: 'www.gzqyzjbc.com eval:b9-gzqyzjbc-tianshui-rural-school-palace-notice' },
      { term: '^公示(?:时间|期|期限)[：:]', example: '公示时间：2016年11月7日——2016年11月13日', seen: 'hndkwhg.com fixture:classify/pages/hndkwhg-fanchang-moral-models-publicity.txt' },
    ],
  },

  // Essays, commentary, experience write-ups.
  {
    id: 'article-commentary',
    type: 'article',
    weight: 4,
    scope: 'head',
    cues: [
      // A column's editor's note and the commentator's byline: opinion, not news of an event.
      { term: '^编者按[：:]|^——编\\s*者$|评论员', example: '编者按：突如其来的新冠肺炎疫情', seen: 'www.chinanews.com eval:cx-chinanews-domestic-demand' },
      { term: '^编者按[：:]|^——编\\s*者$|评论员', example: '——编 者', seen: 'big5.taiwan.cn eval:pg-taiwan-cn-pinglun-article' },
      { term: '^编者按[：:]|^——编\\s*者$|评论员', example: '文丨政能亮特约评论员 韩涵', seen: 'pl.ifeng.com eval:cx-ifeng-zhengnengliang-commentary' },
    ],
  },
  {
    id: 'article-statistics',
    type: 'article',
    weight: 3,
    scope: 'headline',
    cues: [
      // A statistical bulletin or release: figures of a period, not an event.
      { term: '统计公报|(?:同比|环比)(?:上涨|下降|增长|持平)', example: '江西省2022年国民经济和社会发展统计公报', seen: 'www.yichun.gov.cn eval:gov-jiangxi-stats-bulletin' },
      { term: '统计公报|(?:同比|环比)(?:上涨|下降|增长|持平)', example: '万载县2022年国民经济和社会发展统计公报', seen: 'www.wanzai.gov.cn eval:gov-wanzai-stats-bulletin' },
      { term: '统计公报|(?:同比|环比)(?:上涨|下降|增长|持平)', example: '2024年4月全国CPI同比上涨0.3% 食品价格下降2.7%', seen: 'economy.caijing.com.cn eval:cx-caijing-nbs-cpi-release' },
    ],
  },
  {
    // A letter is an article whatever greets its readers (tests/eval/README.md: open letters
    // 致…的一封信 / 公开信): its title names it a letter (慰问信, 贺信, 一封信), while a greeting
    // spoken or posted in the leader's voice is a 贺词, 致辞 or 寄语 (speech-title).
    id: 'article-letter-title',
    type: 'article',
    weight: 6,
    form: true,
    scope: 'headline',
    cues: [
      { term: '(?:贺信|慰问信|一封信|公开信)[！!]?$', example: '中国医师节将至，国家卫健委等向全体医务工作者致慰问信', seen: 'zzcsz.cn eval:a8-zzcsz-doctors-day-letter-article' },
      { term: '(?:贺信|慰问信|一封信|公开信)[！!]?$', example: '宜都市公安局致市民的一封信！', seen: 'm.lalomitamexicandeli.com eval:z2-yidu-police-summer-action-notice' },
      { term: '(?:贺信|慰问信|一封信|公开信)[！!]?$', example: '新春贺信', seen: 'www.66wc.com fixture:classify/pages/66wc-county-new-year-letter.txt' },
    ],
  },
  {
    // A proposal is an article whatever greets its readers or signs it (tests/eval/README.md:
    // 倡议书, even with addressees and a signature): its title names it (…倡议书, 倡议书：…).
    // A report of one names it as what someone issued or read (向…发出…倡议书, 宣读《…倡议书》).
    id: 'article-proposal-title',
    type: 'article',
    weight: 6,
    form: true,
    scope: 'headline',
    cues: [
      { term: '^(?![^《]*(?:发出|发布|发起|宣读|签署|签订))[^《》]*倡议书(?:[！!]?$|[：:])', example: '中国证券业协会倡议书：全力维护市场稳定', seen: 'money.163.com eval:c5h-163money-securities-association-proposal' },
      { term: '^(?![^《]*(?:发出|发布|发起|宣读|签署|签订))[^《》]*倡议书(?:[！!]?$|[：:])', example: '2018年冬至文明祭扫倡议书', seen: 'fwdq.com eval:a10-fwdq-winter-solstice-civilized-tomb-sweeping-article' },
    ],
  },
  {
    // …or its text issues it with the formula that introduces its points, as a notice's 特此通知 does
    // (特发出以下倡议：, 倡议如下：). A report tells that someone 发出倡议 and quotes what was asked.
    id: 'article-proposal-formula',
    type: 'article',
    weight: 6,
    form: true,
    scope: 'line',
    unquoted: true,
    cues: [
      { term: '(?:发出|提出)(?:以下|如下)倡议[：:]|倡议如下[：:]', example: '为深入推进全民阅读，提高民众素质，形成爱读书、读好书、善读书的文明风尚，特发出以下倡议：', seen: 'fanwen.gdygsk.com eval:b10-gdygsk-longling-reading-initiative-article' },
      { term: '(?:发出|提出)(?:以下|如下)倡议[：:]|倡议如下[：:]', example: '证券业协会对此表示高度赞赏和坚决支持，同时向全体证券公司发出以下倡议：', seen: 'money.163.com eval:c5h-163money-securities-association-proposal' },
    ],
  },
  {
    id: 'article-essay-title',
    type: 'article',
    weight: 5,
    scope: 'headline',
    cues: [
      // A write-up of what the author learnt is an article whatever meetings it tells of.
      { term: '心得体会|学习体会|读后感|观后感|有感$|调查与思考', example: '“两学一做”学习教育心得体会', seen: 'www.kwongyang.com fixture:classify/pages/kwongyang-xinde.txt' },
      { term: '心得体会|学习体会|读后感|观后感|有感$|调查与思考', example: '“两学一做”心得体会：学深还需笃行', seen: '413yy.cn fixture:classify/pages/413yy-xinde.txt' },
      { term: '心得体会|学习体会|读后感|观后感|有感$|调查与思考', example: '对如何推动党风廉政建设“两个责任”真正落到实处的调查与思考', seen: 'www.sxfj.gov.cn eval:txt-sxfj-loudi-two-responsibilities-article' },
    ],
  },
];
