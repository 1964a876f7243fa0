// The lines between a text's last line and a footer the rules took to the
// page's end (chrome.ts footer-lead), and the site notices of the disclaimer
// row read after a text. Lines are from real pages (site named beside each);
// what goes and what stays is read off them by hand.
import { describe, expect, it } from 'vitest';
import { strip } from '../fixtures/chrome/harness.ts';

// sthjj.hengyang.gov.cn (eval unseen10 a10-hengyang): a notice's end, a lost link list's heading, the site footer.
const NOTICE_END = [
  '7月中旬,环境保护部等七个部门联合下发了《关于联合开展绿盾2017国家级自然保护区监督检查专项行动的通知》(环生态函〔2017〕144号),我省五个厅局联合转发了此件(湘环函〔2017〕457号),并就如何落实做了明确要求。',
  '湖南省环境保护厅办公室',
  '2017年8月31日',
  '(附注:1、《湖南省国家级自然保护区遥感监测重点问题清单》已发各市州环保局自然生态科邮箱; 2、此通知请各市州环保局转交相关单位和自然保护区管理局(处)。)',
];
const HENGYANG_FOOTER = [
  '主办:衡阳市生态环境局  地址:衡阳市常胜西路20号 技术支持:衡阳市行政审批服务局',
  '联系电话:2892828  邮编:421001  网站标识码:4304000038 网站地图',
  '网站备案号:湘ICP备2021001367号-1湘公网安备 43040802000074号',
];
// m.jxyuer.com (eval unseen10 b10-jxyuer): a speech's last numbered line, THE END, the tag line.
const SPEECH_END = [
  '2、今天,我们在这里隆重举行我市党政机关办公中心奠基仪式。',
  '5、应该说,我们有理由高兴,我们也有理由庆贺。在此,我谨代表县委、县政府对莅临这个奠基仪式的驻×各单位的领导表示诚挚的欢迎!向所有关心和支持我们党政机关办公中心建设的同志们和朋友们表示衷心的感谢!',
];
// xuewenda.com (wide sample tail-s14 12): a cut text, then other pages' titles each over an ellipsis.
const CUT_TEXT = [
  '倡议书指的就是由某一组织或社团拟定、就某事向社会提出建议或提议社会成员共同去做某事的书面文章。它作为日常应用写作中的一种常用文体,在现实社会中有着比较广泛的使用,比如“节约用水倡议书”、“保护益鸟倡议书”等等。',
  '倡议书的发出贵在引起广泛的响应,只有交待清楚倡议活动的原因,以及当时的各种背景事实,并申明发布倡议的目的,人们才会',
];

describe('short lines between the text and a footer that runs to the page end', () => {
  it("takes a lost link list's heading above the site footer and keeps the notice's signature, date and note (hengyang)", () => {
    const { kept, removed } = strip([...NOTICE_END, '友情链接', ...HENGYANG_FOOTER].join('\n'));
    expect(removed).toContain('footer-lead 友情链接');
    expect(kept).toEqual(NOTICE_END);
  });

  it('takes THE END above the tag line (jxyuer)', () => {
    const { kept, removed } = strip([...SPEECH_END, 'THE END', 'TAG:奠基仪式致辞'].join('\n'));
    expect(removed).toContain('footer-lead THE END');
    expect(kept).toEqual(SPEECH_END);
  });

  it('takes the first related title above the ones the footer took (xuewenda)', () => {
    const list = ['- 2025文明观看世界杯倡议书范文(优选28篇)', '…', '- 2025公司节能减排倡议书(优选10篇)', '…', '- 提高消防安全意识倡议书(精选32篇)', '…'];
    const { kept } = strip([...CUT_TEXT, ...list].join('\n'));
    expect(kept).toEqual(CUT_TEXT);
  });

  it("keeps an issuer's name, a signer's name and post, a speech's closing words and a bracketed credit above the footer", () => {
    expect(strip([NOTICE_END[0], '湖南省环境保护厅办公室', ...HENGYANG_FOOTER].join('\n')).kept.at(-1)).toBe('湖南省环境保护厅办公室');
    // A bare name there is the site's credit (lone-tail-name); a signer signs with the post.
    expect(strip([SPEECH_END[1], '林泽安 院长', ...HENGYANG_FOOTER].join('\n')).kept.at(-1)).toBe('林泽安 院长');
    expect(strip([SPEECH_END[1], '谢谢大家', ...HENGYANG_FOOTER].join('\n')).kept.at(-1)).toBe('谢谢大家');
    expect(strip([SPEECH_END[1], '（县委办公室供稿）', ...HENGYANG_FOOTER].join('\n')).kept).toContain(SPEECH_END[1]);
  });

  it("keeps a list's heading and items, and a signer's class and day, above the footer (bjlsbj, dxsbao)", () => {
    // bjlsbj.com (eval fresh h5-bjlsbj): the text ends on a list of steps without sentence marks.
    const steps = ['2、使用步骤', '①通过安徽政务服务网认证身份信息', '②点击进入“在线访谈”栏目', '③选择正在进行中的在线访谈活动', '④填写相关必选项、留言内容,点击提交'];
    const guide = '在线访谈结束后,市政府门户网站做好资料收集整理,做好访谈小结,及时通过相关栏目发布访谈实录。';
    expect(strip([guide, ...steps, ...HENGYANG_FOOTER].join('\n')).kept).toEqual([guide, ...steps]);
    // dxsbao.com (eval unseen8 b8-dxsbao): a student's signature under the text.
    const report = '本次采访使我们更加了解乡村农业的基本情况,有助于我们设法解决乡村农业问题,进而对乡村振兴提供帮助。';
    const signature = ['山东大学澳国立联合理学院', '2022级应用化学专业周子媛', '7月28日'];
    expect(strip([report, ...signature, 'http://www.dxsbao.com/shijian/642259.html 点此复制本页地址'].join('\n')).kept).toEqual([report, ...signature]);
  });

  it('takes nothing where a kept line stands after the footer has begun', () => {
    const { kept } = strip([...SPEECH_END, 'THE END', 'TAG:奠基仪式致辞', SPEECH_END[0]].join('\n'));
    expect(kept).toContain('THE END');
  });
});

describe("a site's notices after the text", () => {
  // wap.wlynews.cn (eval unseen10 b10-wlynews): the reprint note under the credits.
  const REPORT_END = '据了解,此次人大会议共有133名代表,272名列席人员参加。';
  it('takes the reprint note and, with it, the source and author lines above it (wlynews)', () => {
    const { kept } = strip([REPORT_END, '责任编辑:李平', '来源:红网武陵源站', '作者:梅叶 汪小华', '编辑:redcloud', '本站原创文章,转载请附上原文链接。'].join('\n'));
    expect(kept).toEqual([REPORT_END]);
  });

  // xzspw.org.cn (eval unseen10 a10-xzspw): a site's notices and footer under a report.
  it("takes a site's notices of what others provided and what it reposted (xzspw)", () => {
    const last = '会议指出,纪检监察协作区是基层治理的创新之举,要认真深入学习相关文件精神。';
    const { kept } = strip(
      [
        last,
        '本站部分信息由相应民事主体自行提供,该信息内容的真实性、准确性和合法性应由该民事主体负责。乡镇时评网 对此不承担任何保证责任。',
        '本网部分转载文章、图片等无法联系到权利人,请相关权利人与本网站联系。',
        '北京中农时代农业技术研究院主办 | 政讯通-政务信息一体化办公室 主管',
        '乡镇时评网 xzspw.org.cn 版权所有。',
      ].join('\n'),
    );
    expect(kept).toEqual([last]);
  });

  // www.sxycrb.com (eval unseen9 a9-sxycrb): 未经允许 as well as 未经授权.
  it('takes a reprint clause worded with 未经允许 (sxycrb)', () => {
    const last = '平陆县检察院相关负责人表示,下一步,将认真落实好人民监督员等提出的意见和建议,充分发挥检察职能。';
    const notice = '运城日报、运城晚报所有自采新闻(含图片)独家授权运城新闻网发布,未经允许不得转载或镜像;授权转载务必注明来源。';
    expect(strip([last, notice].join('\n')).kept).toEqual([last]);
  });
});
