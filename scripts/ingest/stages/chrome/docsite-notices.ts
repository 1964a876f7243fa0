// The fixed strings of the document-sharing (文库) and model-essay (范文) site
// templates: the labels of the viewer's blocks, its word-count notices, its
// download terms and read-more prompts. A template prints the same words on
// every site that runs it (the 金锄头 / 冰豆网 / 三一办公 / 淘文阁 viewers and
// their clones), so a row written from one site's copy finds the next site's.
// The preview-ended notice (亲,该文档总共N页…) is not here: see docs/eval.md. Rows as data, each with its
// lines from at least two sites (tests/unit/chrome-rules.test.ts runs them);
// they join the chrome rule table beside its paywall row, and their ids reach
// the cleaning log like any rule's.

import type { ChromeRule } from './rules.ts';

/** A notice is one short line: a text that speaks of its own length (报告全文共2万余字) runs on. */
const NOTICE_LENGTH = 80;
const short = (test: RegExp) => (l: { text: string }) => l.text.length <= NOTICE_LENGTH && test.test(l.text);

export const DOCSITE_RULES: ChromeRule[] = [
  {
    id: 'docsite-block-label',
    reason: "document site: the viewer's label over a block",
    strength: 'strong',
    // The label alone on its line; 内容预览:新华小记者… glued to the text is not taken here.
    test: /^(?:资源描述|资源预览内容|内容预览|正文预览|文档详情|文档简介)\s*[:：]?$/u,
    examples: [
      { text: '资源描述', seen: 'm.jinchutou.com eval:d29-jinchutou-opening-ceremony-first-lesson-secretaries-principals-doc-share-article' },
      { text: '资源描述', seen: 'm.zhuangpeitu.com eval:a31-zhuangpeitu-fangxian-county-head-jidaoqing-environment-day-docshare-speech' },
      { text: '资源描述:', seen: '163wenku.com fixture:chrome/docsite-s36/A/163wenku-s36-taowenge/raw.txt' },
      { text: '内容预览:', seen: 'www.mswk.cn eval:k2-mswk-township-culture-sports-festival-opening-address' },
      { text: '正文预览', seen: 'biganzi.qidianling.com fixture:chrome/docsite-s36/A/qidianling-s36-preview/raw.txt' },
      { text: '文档详情', seen: 'm.sobing.com fixture:chrome/docsite-s36/A/sobing-s36-jinchutou/raw.txt' },
      { text: '文档简介', seen: 'renrendoc.com fixture:chrome/pages/renrendoc-doc.txt' },
    ],
  },
  {
    id: 'docsite-word-count',
    reason: "document site: the text's length under a cut preview",
    strength: 'strong',
    prose: true,
    // 全文共879字,仅供站内会员…, 仅展示665字,全文共9016字, 您现在查看是摘要页,全文长 6575 字符。
    test: short(/^(?:您现在查看是摘要页[,，]\s*)?全文(?:共|长)\s*\d+\s*个?字|^仅展示\s*\d+\s*个?字/u),
    examples: [
      { text: '全文共879字,仅供站内会员写作参考(会员可打开排版规范的全部文', seen: 'www.mswk.cn eval:k2-mswk-township-culture-sports-festival-opening-address' },
      { text: '仅展示665字,全文共9016字', seen: 'wenku.baigecn.com eval:a24-baigecn-baise-second-quarter-economy-dispatch-speech' },
      { text: '您现在查看是摘要页,全文长 6575 字符。', seen: '100md.com eval:k3-100md-wannian-county-head-chengwen-magazine-interview' },
    ],
  },
  {
    id: 'docsite-read-more-login',
    reason: 'document site: log in to read the rest',
    strength: 'strong',
    prose: true,
    test: short(/想阅读(?:完)?全部(?:图文)?内容/u),
    examples: [
      { text: '(想阅读完全部图文内容,您需要先登陆!)', seen: 'www.xjzclk.com.cn eval:k2-xjzclk-mayor-development-zone-onsite-meeting-speech' },
      { text: '(想阅读全部图文内容,您需要先登陆!)', seen: 'pyh678.com fixture:titles-s34/pyh678-jiaotong.txt' },
    ],
  },
  {
    id: 'docsite-download-terms',
    reason: "document site: the download terms beside the preview",
    strength: 'strong',
    prose: true,
    // The clauses of 淘文阁's 【下载声明】 and 三一办公's 友情提示, numbered as the template numbers them.
    test: /本站全部(?:试题类|PPT)文档|试题试卷类文档[,，]如果标题没有|本站不支持迅雷下载|预览文档经过压缩|PDF文件下载后[,，]可能会被浏览器默认打开|自愿下载本文|仅提供信息存储空间[,，]仅对该用户上传内容|本站所有资源如无特殊说明|首页显示word图标|作品整体效果示例展示|Word文档下载到电脑/iu,
    examples: [
      { text: '1. 本站全部试题类文档,若标题没写含答案,则无答案;标题注明含答案的文档,主观题也可能无答案。请谨慎下单,一旦售出,不予退换。', seen: '163wenku.com fixture:chrome/docsite-s36/A/163wenku-s36-taowenge/raw.txt' },
      { text: '4. 请根据预览情况,自愿下载本文。本站不保证下载资源的准确性、安全性和完整性, 同时也不承担用户因使用这些下载资源对自己和他人造成任何形式的伤害或损失。', seen: '163wenku.com fixture:chrome/docsite-s36/A/163wenku-s36-taowenge/raw.txt' },
      { text: '3. 本页资料《绩效管理细则(通用10篇).docx》由用户(淡然人生)主动上传,其收益全归该用户。163文库仅提供信息存储空间,仅对该用户上传内容的表现方式做保护处理,对上传内容本身不做任何修改或编辑。 若此文所含内容侵犯了您的版权或隐私,请立即通知163文库(点击联系客服),我们立即给予删除!', seen: '163wenku.com fixture:chrome/docsite-s36/A/163wenku-s36-taowenge/raw.txt' },
      { text: '如PPT文件的首页显示word图标,表示该PPT已包含配套word讲稿。双击word图标可打开word文档。', seen: '163wenku.com fixture:chrome/docsite-s36/A/163wenku-s36-taowenge/raw.txt' },
      { text: '3、本站不支持迅雷下载,请使用电脑自带的IE浏览器,或者360浏览器、谷歌浏览器下载即可。', seen: '31ppt.com fixture:structure/pages/31ppt-tishi.txt' },
      { text: '5、试题试卷类文档,如果标题没有明确说明有答案则都视为没有答案,请知晓。', seen: '31ppt.com fixture:structure/pages/31ppt-tishi.txt' },
      { text: '将本文的Word文档下载到电脑,方便收藏和打印', seen: 'www.qzzw.net eval:a8-qzzw-county-hospital-nurses-day-speech' },
    ],
  },
];
