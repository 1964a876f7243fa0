// The words page furniture is made of, as data: every entry is a pattern
// (a RegExp source), one real line it was seen in, and where: "<site>
// <eval|raw|fixture>:<ref>" (an evaluation case, a seed of content/raw, a
// file under tests/fixtures; "synthetic" names a fixture written to look like
// a template rather than copied from a page). tests/unit/chrome-rules.test.ts
// checks that each example holds its pattern and is a line of its source.

export interface Term {
  term: string;
  example: string;
  seen: string;
  /** Lines of other sites the same term was seen in (a content system's string is the same on every site that runs it). */
  more?: { example: string; seen: string }[];
}

/** Buttons and toggles; a line made only of these (and counters) is a toolbar. */
export const CONTROL_TOKENS: Term[] = [
  { term: '[关开]灯', example: '关灯', seen: 'laomiw.com raw:002' },
  { term: '(?:我要)?打印(?:本页|本文|此文|本稿)?', example: '打印', seen: 'xyzy.jxfy.gov.cn eval:pg-jxfy-jieyang-court-article' },
  { term: '打印本稿', example: '【返回顶部】【打印本稿】【关闭本页】', seen: 'fao.wenzhou.gov.cn fixture:chrome/pages/wenzhou-fao-widgets.txt' },
  { term: '打印正文', example: '【打印正文】', seen: '61.175.241.68 eval:c3c-suichang-edu-placename-notice' },
  { term: '关闭(?:窗口|本页)?', example: '【字体：大 中 小】【打印】【关闭】', seen: 'synthetic fixture:chrome/gov-site.txt' },
  { term: '关闭正文', example: '【打印正文】 【关闭正文】 【返回顶部】 相关信息', seen: 'bazhou.gov.cn eval:w1-bazhou-police-lantern-festival-fireworks-article' },
  { term: '(?:加入)?收藏(?:本文|本站)?', example: '分享 收藏 在看 点赞', seen: 'synthetic fixture:chrome/wechat-tail.txt' },
  { term: '分享(?:到)?', example: '分享:', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
  { term: '复制(?:链接|网址|本文)?', example: '[复制链接]', seen: 'laomiw.com raw:002' },
  { term: '举报', example: '下载 相关 举报', seen: 'm.bdocx.com fixture:chrome/pages/bdocx-doc.txt' },
  { term: '回复', example: '回复 小鸭梨', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
  { term: '评论', example: '评论', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
  { term: '我要跟帖', example: '我要跟帖', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
  { term: '发表', example: '发表', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
  { term: '点赞', example: '分享 收藏 在看 点赞', seen: 'synthetic fixture:chrome/wechat-tail.txt' },
  { term: '(?:选择)?字号', example: '字号:', seen: 'xyzy.jxfy.gov.cn eval:pg-jxfy-jieyang-court-article' },
  { term: '字体', example: '【字体:', seen: 'haikou.gov.cn fixture:chrome/pages/haikou-gov.txt' },
  // The font-size switch of the government site-group templates, spelt out: 【 字体大小: 大 中 小 】.
  {
    term: '字体大小',
    example: '【 字体大小: 大 中 小 】',
    seen: 'www.qingdao.gov.cn eval:a15-qingdao-jiaolai-papercut-rule-of-law-report',
    more: [
      { example: '发布日期:2015-12-31作者:本院阅读:字体大小:[ 大 ] [ 小 ]', seen: 'wwx.wuhucourt.gov.cn eval:b28-wuhucourt-wuwei-county-standing-committee-hears-court-report' },
      { example: '字体大小:', seen: 'www.csx.gov.cn eval:c3a-changshaxian-health-plan-consultation' },
    ],
  },
  { term: '[大中小]', example: '中 |', seen: 'xyzy.jxfy.gov.cn eval:pg-jxfy-jieyang-court-article' },
  { term: '放大|缩小|默认', example: '放大 缩小 默认', seen: 'jysb.shuren100.com eval:txt-shuren100-henan-education-speech' },
  { term: '返回(?:顶部|首页|列表|目录|原图|本版首页)?', example: '返回原图', seen: 'xxgk.jcivt.com eval:pg-jcivt-holiday-notice' },
  { term: '回到顶部', example: '满意度调查 回到顶部', seen: 'csrmyy.com eval:w1-csrmyy-changshan-hospital-drill-notice' },
  // Back to the top, in a Hong Kong site's two characters.
  { term: '回上', example: '回上', seen: 'www2.hkej.com fixture:chrome/pages/hkej-skip-ads.txt' },
  { term: '[上下]一(?:篇|页|版|主题)', example: '秘途杂谈 发表于 2023-8-30 10:47:03 | 显示全部楼层 |阅读模式 打印 上一主题 下一主题', seen: 'laomiw.com raw:002' },
  { term: '(?:开启|关闭|显示|隐藏)(?:左侧|右侧|侧栏|侧边栏)', example: '开启左侧', seen: 'laomiw.com raw:002' },
  { term: 'QQ空间|在看', example: '分享到: QQ好友和群 QQ空间 腾讯微博 腾讯朋友', seen: 'synthetic fixture:chrome/forum-discuz.txt' },
  { term: '[版标][面题]导航', example: '返回本版首页 | 版面导航 | 标题导航', seen: 'jysb.shuren100.com eval:txt-shuren100-henan-education-speech' },
  { term: '支持|反对', example: '收藏0 支持0 反对0', seen: 'synthetic fixture:chrome/forum-discuz.txt' },
  { term: '发新帖|高级模式|只看该作者|显示全部楼层|阅读模式', example: '秘途杂谈 发表于 2023-8-30 10:47:03 | 显示全部楼层 |阅读模式 打印 上一主题 下一主题', seen: 'laomiw.com raw:002' },
  { term: '下载|相关', example: '下载 相关 举报', seen: 'm.bdocx.com fixture:chrome/pages/bdocx-doc.txt' },
  { term: '同时转发|转发|纠错', example: '同时转发', seen: 'weibo.com eval:html-weibo-fuyang-tiger-deaths' },
];

/** Site sections, portal menus, breadcrumbs and list headings. */
export const NAVIGATION_WORDS: Term[] = [
  { term: '排行榜', example: '排行榜', seen: 'laomiw.com raw:002' },
  { term: '专栏', example: '作者专栏', seen: 'laomiw.com raw:002' },
  { term: '积分', example: '本版积分规则', seen: 'laomiw.com raw:002' },
  { term: '首页', example: '首页 >> 情感', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
  { term: '网站地图|联系我们', example: '[网站地图] [联系我们] [关闭窗口]', seen: 'synthetic fixture:chrome/gov-site.txt' },
  { term: '设为首页', example: '网站首页  |  欢迎访问衡阳市中心医院官方网站 图书馆  |   设为首页  |  加入收藏', seen: 'heheying.net fixture:chrome/pages/heheying-hospital.txt' },
  { term: '上一篇|下一篇', example: '上一篇:在节后收心会上的讲话 下一篇:在2025年春节后收心大会上的讲话', seen: 'www.laowenmi.com eval:pg-laowenmi-sanji-speech' },
  { term: '(?:相关|推荐|延伸|扩展)(?:阅读|新闻|文章|链接|解读|报道)', example: '相关新闻', seen: 'www.dingzhoudaily.com eval:txt-dingzhou-liuzao-straw-burning-report' },
  { term: '相关信息', example: '【打印正文】 【关闭正文】 【返回顶部】 相关信息', seen: 'bazhou.gov.cn eval:w1-bazhou-police-lantern-festival-fireworks-article' },
  { term: '(?:当前|您的|您现在的|现在的|您当前的)位置', example: '当前位置:首页 >', seen: 'xxgk.jcivt.com eval:pg-jcivt-holiday-notice' },
  { term: '政务公开|信息公开|网上办事|办事服务|互动交流|政民互动', example: '首页 > 太湖县人民政府办公室信息公开 > 信息浏览', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
  { term: '新闻中心', example: '新闻中心 > 社会新闻 > 正文', seen: 'news.sina.com.cn fixture:chrome/pages/sina-news.txt' },
  { term: '分辨率', example: '您是第 1234567 位访客  建议使用1024×768分辨率', seen: 'synthetic fixture:chrome/gov-site.txt' },
  { term: '购物车|我的足迹', example: '购物车', seen: 'www.gongwk.com eval:txt-gongwk-township-revitalisation-pledge' },
  { term: '帮助中心|全部分类|资源分类', example: '全部分类', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
  { term: '繁体版?|简体版?|English', example: '繁体版', seen: 'www.sm.gov.cn eval:txt-smgov-sanming-police-chiefs-report' },
  { term: '留言与评论|在线留言', example: '留言与评论(共有 条评论) |', seen: 'www.laowenmi.com eval:pg-laowenmi-sanji-speech' },
  { term: 'Play Video', example: 'Play Video', seen: 'www.news.cn eval:news-xinhua-liqiang-xinjiang' },
];

/** Invitations to follow an account or open an app. */
export const FOLLOW_WORDS: Term[] = [
  { term: '收录于|合集', example: '收录于合集 #基层党建 12个', seen: 'synthetic fixture:chrome/wechat-tail.txt' },
  { term: '微信|公众号|订阅号|服务号|生活号', example: '官方微信公众号', seen: 'laomiw.com raw:002' },
  { term: '微博', example: '分享到微信 分享到微博 分享到QQ空间', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
  { term: '二维码|扫一扫|长按识别', example: '微信扫一扫登录', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
  { term: '关注我们', example: '关注我们:微信订阅号', seen: 'laomiw.com raw:002' },
  { term: '阅读原文', example: '点击“阅读原文”了解更多', seen: 'synthetic fixture:chrome/wechat-tail.txt' },
  { term: '分享到', example: '分享到 :', seen: 'dswxyjy.org.cn fixture:chrome/pages/dswxyjy-party.txt' },
  { term: '点击上方蓝字', example: '点击上方蓝字关注“微观三农”', seen: 'zhuti.net.cn eval:txt-zhuti-agriculture-minister-press-interview' },
  // A social account's name is a link's text, as 微博 and 微信 are: a columnist's page under the column
  // (Facebook Page: 魏綺珊Jo Ngai, Youtube Channel: 珊剛二人幫 / joandrensen, skypost.hk), a follow link
  // (華視新聞 Facebook, news.cts.com.tw fixture:region/pages/cts-executive-yuan-tea-trad.txt), a share
  // button (Facebook, www.bbc.co.uk eval:html-bbc-hk-chief-executive-apology), a player's notice (未能播放Youtube視頻,
  // cdn.gcs.gov.mo eval:h3-gcsmo-macau-chief-executive-media-report).
  { term: 'Facebook|FACEBOOK|You[Tt]ube|YOUTUBE', example: 'Facebook Page: 魏绮珊Jo Ngai', seen: 'skypost.hk eval:c13-skypost-book-buying-column-article' },
];

/** Courses, live rooms and paid downloads advertised around the text. */
export const ADVERT_WORDS: Term[] = [
  { term: '培训班|培训课程', example: '公文写作培训班', seen: 'laomiw.com raw:002' },
  { term: '直播间?', example: '最新《公文写作培训课程》直播间《公文写作百法例讲》作者房立洲老秘网站长、《老秘笔记》作者老猫《公文高手的自我修养》作者胡森林', seen: 'laomiw.com raw:002' },
  { term: '下载', example: '加入Vip免费下载 立即下载', seen: 'www.gongwk.com eval:txt-gongwk-township-revitalisation-pledge' },
  { term: 'VIP|会员', example: '加入VIP,免费下载', seen: 'bingdoc.com fixture:chrome/pages/bingdoc-doc.txt' },
];

/**
 * The genres that end the name of a law, a regulation, an official document or
 * a plan, as the public lists name them: the forms of laws and rules (立法法;
 * 行政法规制定程序条例 art. 5: 条例, 规定, 办法; 规章制定程序条例 art. 7; 中国共产党党内法规制定条例
 * art. 5: 党章, 准则, 条例, 规定, 办法, 规则, 细则), the fifteen kinds of official documents
 * (党政机关公文处理工作条例 art. 8: 决议, 决定, 命令, 公报, 公告, 通告, 意见, 通知, 通报, 报告, 请示,
 * 批复, 议案, 函, 纪要) and the plans and standards a notice cites (预案, 规划, 纲要, 方案, 标准,
 * 规范). A line of titles in 《》 that are mostly these cites the text's legal basis
 * (编制依据, 根据《…法》《…条例》…): the same names on every site that cites them,
 * never a list of advertised books.
 */
export const CITED_GENRES: Term[] = [
  { term: '法', example: '《中华人民共和国突发事件应对法》《中华人民共和国环境保护法》《中华人民共和国水污染防治法》《中华人民共和国固体废物污染环境防治法》《中华人民共和国大气污染防治法》《中华人民共和国安全生产法》《国家突发环境事件应急', seen: 'www.mdx.gov.cn eval:b20-mdx-mouding-environment-emergency-plan-notice' },
  { term: '法', example: '依据《中华人民共和国安全生产法》《国家安全生产事故灾难应急预案》《四川省安全生产条例》《四川省安全生产事故灾难应急预案》等法律法规及有关规定,结合青神实际,制定本预案。', seen: 'syhaiyugjg.com fixture:chrome/lostline-s35/A/syhaiyugjg-s35-plan/raw.txt' },
  { term: '条例|规定|办法|细则|规则|准则|章程', example: '依据《中华人民共和国传染病防治法》、《中华人民共和国职业病防治法》、《中华人民共和国国境卫生检疫法》、《中华人民共和国突发事件应对法》、《突发公共卫生事件应急条例》、《安徽省突发事件应对条例》以及《蚌埠市突发公共卫生事件应急预案》、《固镇县突发事件总体应急预案》等法律、法规和预案,制定本预案。', seen: 'bjbws.com fixture:chrome/lostline-s35/A/bjbws-s35-plan/raw.txt' },
  { term: '预案', example: '依据《突发公共卫生事件应急条例》、《浙江省突发公共事件应急预案》、《浙江省突发公共卫生事件应急预案》、《浙江省防台风应急预案》、《舟山市突发公共事件应急预案》、《舟山市突发公共卫生事件应急预案》、《舟山市卫生计生系统防汛防', seen: 'www.daishan.gov.cn fixture:chrome/lostline-s35/A/daishan-s35-plan/raw.txt' },
  { term: '决议|决定|命令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要', example: '为认真贯彻落实《国务院教育督导委员会办公室关于印发〈县域义务教育优质均衡发展国家督导评估认定工作规程〉的通知》(国教督办函〔2019〕30号)和《辽宁省人民政府教育督导室 辽宁省教育厅关于印发辽宁省义务教育优质均衡发展县(市、区)督导评估实施办法的通知》(辽政教督室〔2018〕2号)精神,以《辽宁省县域义务教育优质均衡发展监测报告(2019)》所列评估项目和存在问题为依据,结合《锦州市人民政府教育督导室关于调整创建县域义务教育优质均衡发展规划时间的通知》(锦政教督发〔2020〕8号)《凌海市推进县域义务教育优质均衡发展督导评估规划实施方案》(凌政发〔2020〕5号)要求,特制定本实施细则。', seen: 'lnlh.gov.cn eval:c3a-linghai-education-balance-notice' },
  { term: '规划|纲要|方案|标准|规范', example: '本次体检参照公务员招录体检标准进行，体检项目和标准按照《公务员录用体检通用标准（试行）》（国人部发〔2005〕1号）、《公务员录用体检操作手册（试行）》、《关于印发＜公务员录用体检操作手册（试行）＞有关修订内容的通知》（人社部发〔2013〕58号）、《关于修订〈公务员录用体检通用标准（试行）〉及〈公务员录用体检操作手册〉（试行）有关内容的通知》（人社部发〔2016〕140号）、《关于印发公务员录用体检特殊标准（试行）的通知》（人社部发〔2010〕82号）、《公务员录用规定》及我省的有关规定执行。', seen: 'www.kaili.gov.cn eval:gov-kaili-recruit-notice' },
];

/**
 * The section names of an emergency plan or a regulation, which every county's
 * plan copies from the national template (国家突发公共事件总体应急预案: 1 总则, 1.1 编制目的,
 * 1.2 编制依据, 1.4 适用范围, 1.5 工作原则 … 附则) and every regulation opens and closes
 * with (总则, 附则): a line that is only such a name, numbered or not, is a heading of
 * the text or of its table of contents, never the site's furniture.
 */
export const PLAN_SECTIONS: Term[] = [
  { term: '总\\s*则', example: '1 总 则', seen: 'bjbws.com fixture:chrome/lostline-s35/A/bjbws-s35-plan/raw.txt' },
  { term: '总\\s*则', example: '1 总则', seen: 'www.mdx.gov.cn eval:b20-mdx-mouding-environment-emergency-plan-notice' },
  { term: '附\\s*则', example: '7  附则', seen: 'www.daishan.gov.cn fixture:chrome/lostline-s35/A/daishan-s35-plan/raw.txt' },
  { term: '编制(?:目的|依据)|适用范围|工作原则', example: '1.1 编制目的', seen: 'www.mdx.gov.cn eval:b20-mdx-mouding-environment-emergency-plan-notice' },
  { term: '编制(?:目的|依据)|适用范围|工作原则', example: '1.2编制依据', seen: 'syhaiyugjg.com fixture:chrome/lostline-s35/A/syhaiyugjg-s35-plan/raw.txt' },
];

/**
 * A private hospital's consultation widget (the click-to-chat box its pages and the
 * mirrors that copy them carry beside the text: 推荐专家在线坐诊, 免费问医生, (已有1255人咨询)):
 * the widget's own words, which a hospital's report or notice does not print as a line.
 */
export const CONSULT_WORDS: Term[] = [
  { term: '在线坐诊', example: '长春博润皮肤病医院推荐专家在线坐诊', seen: 'mzxwzx.com fixture:chrome/adspam-s34/A/mzxwzx-s34-spam/raw.txt' },
  { term: '已有\\d+人咨询', example: '(已有1255人咨询) 043181089997 2321939514', seen: 'mzxwzx.com fixture:chrome/adspam-s34/A/mzxwzx-s34-spam/raw.txt' },
  { term: '免费问医生', example: '免费问医生', seen: 'www.sixiw.com fixture:chrome/adspam-s34/A/sixiw-s34-spam/raw.txt' },
];

/**
 * The names content systems give the boxes of other pages they set around a text
 * (a "you may also like" or "related" box), each a closed template string, the same
 * on every site that runs it: 猜你喜欢 is the name of the box in shop and portal
 * templates (uni-app, Vue and JSP storefront templates on GitHub print <text>猜你喜欢</text>,
 * <h2 class="section-title">猜你喜欢</h2>), 大家都在看 and N%的人还看了 the reading
 * boxes of portals and document sites, 相关推荐 the related-posts box of WordPress
 * plugins and 范文 templates (yjbys and its mirrors print it as a list item, - 相关推荐).
 * A line that is only such a name (a list mark before it) heads a list of other pages.
 */
export const LIST_WIDGETS: Term[] = [
  {
    term: '猜你喜欢|大家都在看|你可能(?:也|还)?(?:爱看|喜欢)|\\d{1,3}%的人还看了|热门推荐',
    example: '85%的人还看了',
    seen: 'www.tuliu.com eval:b23-tuliu-guidong-straw-burning-ban-notice',
    more: [
      { example: '猜你喜欢', seen: 'm.ddtbk.com eval:b22-ddtbk-changyuan-flood-traffic-control-notice' },
      { example: '大家都在看', seen: 'www.sohu.com eval:c3b-sohu-sino-french-trade-commentary' },
      { example: '热门推荐', seen: 'hb.dzwww.com eval:a9-dzwww-xuecheng-principal-cloud-message-article' },
    ],
  },
  {
    term: '相关推荐',
    example: '- 相关推荐',
    seen: 'm.xcreativ.com fixture:chrome/toclists-s37/A/xcreativ-s37-recommend/raw.txt',
    more: [
      { example: '相关推荐', seen: 'www.fanwenq.com eval:w1-fanwenq-county-civilized-city-mobilization-speech' },
      { example: '相关推荐', seen: 'xianyu.chinaxiaokang.com eval:c22-chinaxiaokang-yizhang-party-secretary-media-centre-memorial-report' },
    ],
  },
];

/** Labels of the page's info lines, by the metadata field their value fills. */
export type Field = 'published' | 'source' | 'authors' | 'editor' | 'other';

export interface Label extends Term {
  field: Field;
}

export const LABELS: Label[] = [
  { field: 'published', term: '发布时间|发布日期|发表时间|发表日期|发稿时间|更新时间|信息时间', example: '作者:揭阳中院课题组 发布时间:2016-08-16 08:16:34', seen: 'xyzy.jxfy.gov.cn eval:pg-jxfy-jieyang-court-article' },
  { field: 'published', term: '成文日期|发文日期|公开日期|上载日期|生成日期|文章日期', example: '文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02', seen: 'qqhr.gov.cn fixture:chrome/pages/qqhr-gov.txt' },
  { field: 'published', term: '上传时间|上传日期', example: '上传时间:', seen: 'bdocx.com fixture:chrome/pages/bdocx-paper.txt' },
  { field: 'published', term: '时间|日期', example: '时间:2022-11-21 12:36:00', seen: 'gwyoo.com eval:txt-gwyoo-maoming-organisation-speech' },
  { field: 'source', term: '信息来源|文章来源|稿件来源|新闻来源|素材来源', example: '信息来源: 市人民政府办公室', seen: 'qqhr.gov.cn fixture:chrome/pages/qqhr-gov.txt' },
  { field: 'source', term: '发布机构|发文机关', example: '发文机关:山西省人民政府', seen: 'laodongfa.com eval:pg-laodongfa-shanxi-notice' },
  // A document noun before 来源, like 信息来源 above; also 新聞資料來源:馬祖日報--2017-06-16 on matsu.idv.tw (docs/wide-samples/infolines-s12, 14).
  { field: 'source', term: '新闻资料来源|资料来源', example: '- 资料来源:金门日报社', seen: 'www.kmcc.gov.tw eval:y1-kmcc-kinmen-guchenggraduation-report' },
  // A weak label (see WEAK_LABELS in labels.ts): 来自 opens body sentences too, so only its short line counts.
  // Also …献上厚礼。” 来自:中山日报 on www.zslib.cn (unseen8 a8-zslib), set on its own line by the glued-page split.
  { field: 'source', term: '来自', example: '来自:襄阳市政府门户网站 时间:2018-11-22', seen: 'szbaja fixture:region/pages/szbaja-xiangyang.txt' },
  { field: 'source', term: '本文来源|原文来源', example: '本文来源: 蓝网', seen: 'haikou.baogaosu.com fixture:chrome/pages/baogaosu-news.txt' },
  { field: 'source', term: '来源|出处|稿源|转自', example: '来源:中国产业经济信息网   时间:2020-11-25', seen: 'cinic.org.cn fixture:chrome/pages/cinic-news.txt' },
  { field: 'authors', term: '作者|撰稿|撰文|通讯员|记者|供稿|文|整合', example: '作者:田晓青 来源:中国医学论坛报 日期:2010-12-28', seen: 'nurftech.com fixture:chrome/pages/nurftech.txt' },
  { field: 'editor', term: '责任编辑|值班编辑|责编|编辑', example: '责任编辑: 张岩', seen: 'wenweipo.com fixture:chrome/pages/wenweipo-news.txt' },
  { field: 'other', term: '索引号|主题分类|分类|文号|发文字号|有效性|时效性|生效日期|废止时间|公开目录|公开形式|公开责任部门|政策解读|内容概述', example: '索引号 | xzfgzbmzfb/2021-3740 | 公开目录: | 县政府办文件,惠农惠民政策和资金 |', seen: 'www.hanyin.gov.cn eval:txt-hanyin-county-agri-funds-notice' },
  // The disclosure catalogue's own classifiers and fields, as the site-group templates print them above a document
  // (大汉 JCMS: 组配分类, 信息分类; 开普云/拓尔思: 体裁分类, 公文目录, 所属主题; the State Council office's 政府信息公开目录系统
  // 实施指引(试行) names 主题分类 and 体裁分类 among its core metadata): longer than 分类, so the value before them stops at
  // the label instead of taking its first characters (发布机构: 微山县南阳镇 组配 → 微山县南阳镇).
  { field: 'other', term: '组配分类|体裁分类|信息分类|服务对象分类|所属主题|公文目录', example: '发布机构: 微山县南阳镇 组配分类: 乡镇主动公开基本目录', seen: 'www.weishan.gov.cn fixture:govcatalogue-s35/a-weishan-town-disclosure-catalogue-article.txt' },
  { field: 'other', term: '组配分类|体裁分类|信息分类|服务对象分类|所属主题|公文目录', example: '体裁分类:工作部署  主题分类:城乡建设、环境保护  索引号:jlxgtz/1602745406498', seen: 'www.julu.gov.cn eval:b26-julu-guanting-town-straw-burning-dispatch-report' },
  { field: 'other', term: '组配分类|体裁分类|信息分类|服务对象分类|所属主题|公文目录', example: '索引号:11532323015172622Y-/2018-1220012 公文目录:应急管理 发文日期:2017年06月28日 主题词: 文  号: 成文日期:', seen: 'www.mdx.gov.cn eval:b20-mdx-mouding-environment-emergency-plan-notice' },
  // The catalogue's days of a rule's validity (生效, 实施, 废止, 失效): no day the document was written or posted, so
  // not read as one by the bare 日期 inside them (废止日期: 2023-10-16 was the posting day before).
  { field: 'other', term: '废止日期|失效日期|失效时间|生效时间|实施日期|施行日期', example: '成文日期: 2025-08-05 失效日期', seen: 'www.weishan.gov.cn fixture:govcatalogue-s35/a-weishan-town-disclosure-catalogue-article.txt' },
  { field: 'other', term: '废止日期|失效日期|失效时间|生效时间|实施日期|施行日期', example: '颁布日期:2012-05-21 | 失效日期: |', seen: 'lvga.com eval:u2-lvga-dingxi-environment-opinion-notice' },
  { field: 'other', term: '废止日期|失效日期|失效时间|生效时间|实施日期|施行日期', example: '发文日期: 2019-01-23 生效时间: 2019-01-23', seen: 'zwgkw.thx.gov.cn eval:pg-taihu-county-notice' },
  // Whether the document is in force, as a catalogue or a law database states it.
  { field: 'other', term: '公文时效|效力级别', example: '公文时效: | 有效 | 发布机构: | 市政府办公室 (市金融办) |', seen: 'www.tongchuan.gov.cn fixture:govcatalogue-s35/a-tongchuan-city-normative-files-cleanup-notice.txt' },
  { field: 'other', term: '公文时效|效力级别', example: '效力级别:地方政府规范性文件 |', seen: 'lvga.com eval:u2-lvga-dingxi-environment-opinion-notice' },
  // Disclosure cells of an open-government table; also yishui.gov.cn (docs/wide-samples/clean-s9, 06: 公开方式 in its table).
  { field: 'other', term: '公开方式|公开范围|公开属性', example: '公开方式:主动公开', seen: 'nyncj.zhanjiang.gov.cn eval:z1-zhanjiang-agri-fallow-survey-notice' },
  // Who posted the page (a site's uploader, not the text's author); also 来源:本站原创 | 发布人:admin | 发布时间:2020-01-28 on zybzx.org.cn (unseen9 a9-zybzx).
  { field: 'other', term: '发布人', example: '发布时间:2022-04-27 发布人: 浙江省常山县人民医院 分享:', seen: 'csrmyy.com eval:w1-csrmyy-changshan-hospital-drill-notice' },
  // The unit of the organ that posted the item, a Taiwan portal's field (公布單位 / 發布單位); also 發布單位:環安室衛生保健組
  // on news.stust.edu.tw (docs/wide-samples/govletter-s17, A 01). Not the text's source: a section of the publisher.
  { field: 'other', term: '发布单位|公布单位', example: '公布单位:废弃物管理科', seen: 'www.ntepb.gov.tw eval:c13-ntepb-nantou-new-year-sorting-report' },
  // The day a portal last touched the item, after the text (更新日期:2022-02-07 上午 08:58:46): not the day it was posted,
  // so it fills no date; also 更新日期 2020/05/01 under a Macao 衛生局 item (202.175.127.6, govletter-s17 A 05).
  { field: 'other', term: '更新日期', example: '更新日期:2022-02-07 上午 08:58:46', seen: 'www.ntepb.gov.tw eval:c13-ntepb-nantou-new-year-sorting-report' },
  { field: 'other', term: '审核|审校|校对|终审|初审|二审|三审|签发|监制|统筹|摄影|图片|图', example: '审核：李建国', seen: 'synthetic fixture:chrome/wechat-tail.txt' },
  { field: 'other', term: '浏览次数|浏览量|浏览|点击数|点击量|点击|阅读次数|阅读量|阅读|访问量|预览', example: '日期:2016-05-20 17:45:57 浏览量:1694', seen: 'kshongxin.cn fixture:chrome/pages/kshongxin-hospital.txt' },
  // The hit counter's label as many site-group templates word it, alone on its line when the script that fills it did not run.
  {
    field: 'other',
    term: '点击次数',
    example: '点击次数:',
    seen: 'weihai.gov.cn eval:b28-weihai-rongcheng-mayor-zhengyuewen-spring-farming-dispatch-report',
    more: [
      { example: '点击次数:', seen: 'whhly.shandong.gov.cn fixture:chrome/brandlist-s34/A/whhly-s34-control/raw.txt' },
      { example: '时间:2019年06月17日 点击次数:28596', seen: 'www.ybie.cn eval:c21-ybie-fengqiu-data-sharing-notice' },
    ],
  },
  // The post's subject words at its foot, like 关键词; also 主题词:节假日 安排 通知 on taiching (fixture:chrome/pages/taiching-notice.txt).
  { field: 'other', term: '主题词', example: '主题词:2023年唐河县卫生健康工作会议召开 - 点击收起详细信息', seen: 'www.chinabaisi.com eval:y2-chinabaisi-tanghe-health-work-meeting-report' },
  { field: 'other', term: '字号|字体|分享到|分享|关键字|关键词|TAG|投稿', example: '发布日期:2017-03-28-00:00:00 信息来源:嵊州市 浏览次数: 字号:[ ]', seen: 'szzj.gov.cn fixture:chrome/pages/szzj-gov.txt' },
];
