// The HTML stage's structural rules — captions by their place under a picture,
// link lists at the edges of the main text — on markup cut from real pages,
// and on whole evaluation pages through the stage.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { textOf } from '../../scripts/ingest/html/blocks.ts';
import { findCaptions } from '../../scripts/ingest/html/captions.ts';
import { edgeLinkBlocks } from '../../scripts/ingest/html/link-lists.ts';
import { markCaptions, removeStructuralChrome } from '../../scripts/ingest/html/structural.ts';
import { decode } from '../../scripts/ingest/stages/decode.ts';
import { extractHtml } from '../../scripts/ingest/stages/html.ts';

const body = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Element;
const captions = (html: string, title?: string) => findCaptions(body(html), title).map(textOf);

/** An evaluation page through decoding and the HTML stage. */
function stage(slug: string) {
  const file = createFile({ path: 'raw.html', bytes: readFileSync(new URL(`../eval/cases/${slug}/raw.html`, import.meta.url)) });
  decode(file);
  extractHtml(file);
  return { lines: String(file.value).split('\n'), removed: (rule: string) => file.data.removed.filter((r) => r.rule === rule).map((r) => r.text), file };
}

describe('captions by their place under a picture', () => {
  it('takes a centred line under a centred picture (edu.youth.cn), not the bold subheading after it', () => {
    const html = `<div class="TRS_Editor"><p align="center"><img title="海外留学生看两会：出国前后关注点大不同" alt="海外留学生看两会：出国前后关注点大不同" src="./W020170310313653868929.jpg" height="269" width="400"></p>
<p align="center">图为马素湘在澳大利亚悉尼游玩时的近影。</p>
<p> <strong>出国前后关注点大不同</strong></p>
<p> <strong>出国前：政治科目会出啥考题？</strong></p></div>`;
    expect(captions(html)).toEqual(['图为马素湘在澳大利亚悉尼游玩时的近影。']);
  });

  it('takes a centred grey line under a picture (banyuetan.org), not the paragraph above it or the heading below', () => {
    const html = `<div id="detail_content" class="detail_content"><p><span style="color: rgb(0, 112, 192);">益水之阳，是名益阳。这个洞庭湖区的重要城市，60年前就曾在作家周立波笔下的《山乡巨变》中展现风貌。</span></p>
<p class="p_image" style="text-align: center;"><img src="http://img3.banyuetan.org/group1/M00/01/1B/Cn4APl4Ns6-AItA1AAIvaTha0jo842.jpg"></p>
<p style="text-align: center;"><span style="color: rgb(127, 127, 127);">为了上网推介、售卖家乡特产，安化县一块花生地里正录制视频 李尕 摄</span></p>
<p><strong>“数字”赋能农业</strong></p></div>`;
    expect(captions(html)).toEqual(['为了上网推介、售卖家乡特产，安化县一块花生地里正录制视频 李尕 摄']);
  });

  it('leaves a centred bold title under a banner image (business.sohu.com)', () => {
    const html = `<table><tr><td colspan="3" height="1" bgcolor="#000000"><img src="http://images.sohu.com/ccc.gif" width="1" height="1"></td></tr>
<tr><td width="590" height="54" align="center" colspan="3" class="c_title"><b> 民间资本成投资活动的主体 民间资本路在何方 </b></td></tr>
<tr><td colspan="3"><img src="http://images.sohu.com/ccc.gif" width="1" height="2"></td></tr></table>`;
    expect(captions(html)).toEqual([]);
  });

  it('leaves a subheading set like the body under a centred picture (yangtse.com)', () => {
    const html = `<div><p class="formatted" style="text-align:center;line-height:1.875rem"><img src="https://imgcdn.yzwb.net/@/catchimages/20220213/1644753816816098624.jpg"></p>
<p class="formatted" style="text-align:justify;line-height:1.875rem">打造更具吸引力和竞争力的营商环境</p>
<p class="formatted" style="text-align:justify;line-height:1.875rem">2022年江苏省政府工作报告强调要坚定不移深化改革扩大开放，持续打造市场化法治化国际化一流营商环境。</p></div>`;
    expect(captions(html)).toEqual([]);
  });

  it('leaves the page title even when it stands centred under a picture', () => {
    const html = `<div><p align="center"><img src="banner.jpg"></p><p align="center">海外留学生看两会：出国前后关注点大不同</p><p>在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。</p></div>`;
    expect(captions(html, '海外留学生看两会：出国前后关注点大不同')).toEqual([]);
  });

  it("leaves a file type's icon with the name of the attached file beside it (fzgg.gansu.gov.cn, a procurement system's 法人委托书 link)", () => {
    const gansu = `<div><p style="text-align: right;">2025年2月25日</p>
<p style="text-indent: 2em; text-align: left;"><img border="0" src="174084153/images/6c9087ae26534483a19199a85b1d0803.gif"><a href="174084153/files/5e0f97363d1d413c968a35078e0a7fcf.pdf" target="_blank">《甘肃省关于加力支持工业企业设备更新的若干措施》</a><br></p></div>`;
    expect(captions(gansu)).toEqual([]);
    const procurement = `<div><p>请上传法人委托书扫描件。</p><div id="powerOfAttorney"><img src="../images/pdf.gif" /><a href="../download.html?fileName=frwts.pdf">法人委托书</a></div></div>`;
    expect(captions(procurement)).toEqual([]);
    // A caption under a picture that links to the picture itself is still one.
    const linked = `<div><p align="center"><a href="/photo/big.jpg"><img src="/photo/small.jpg"></a></p><p align="center"><a href="/photo/big.jpg">图为会议现场。</a></p></div>`;
    expect(captions(linked)).toEqual(['图为会议现场。']);
  });

  it('removes the captions of whole pages with rule html/caption and keeps the text around them', () => {
    const youth = stage('c4h-youth-overseas-students-lianghui-report');
    expect(youth.removed('html/caption')).toEqual(['图为马素湘在澳大利亚悉尼游玩时的近影。', '图为李博灏在瑞士日内日瓦联合国欧洲总部的近影。', '图为卢宇与祖国五星红旗和联合国会旗的合影。']);
    expect(youth.lines).toContain('出国前后关注点大不同');
    const banyuetan = stage('html-banyuetan-yiyang-digital');
    expect(banyuetan.removed('html/caption')).toEqual(['为了上网推介、售卖家乡特产，安化县一块花生地里正录制视频 李尕 摄']);
    expect(banyuetan.lines).toContain('“数字”赋能农业');
  });
});

describe('link lists at the edges of the main text', () => {
  it('takes a breadcrumb of links opening the article cell (bynews.bjmu.edu.cn)', () => {
    const html = `<table><tr><td valign="middle" colspan="2" height="28"> <a class="bt_link" href="../../../200502/index.htm">首页</a>&gt;&gt;<a class="bt_link" href="../../../200502/column/535.htm">人物聚焦</a>&gt;&gt;<a class="bt_link" href="../../../200502/column/546.htm">2005人物</a> </td></tr>
<tr><td colspan="2"><p>　　2004年12月，北京大学第三医院骨科主任医师李健获得了“中国医师奖”，这是我国医师行业的最高奖项。</p></td></tr></table>`;
    expect(edgeLinkBlocks(body(html), () => false).map(textOf)).toEqual(['首页>>人物聚焦>>2005人物']);
  });

  it('leaves a list of attached files, which belongs to the document', () => {
    const html = `<div><p>现将《实施方案》印发给你们，请认真贯彻落实。</p><p><a href="/uploadfiles/202103/fj1.docx">1.实施方案.docx</a></p><p><a href="/uploadfiles/202103/fj2.xls">2.报名表.xls</a></p></div>`;
    expect(edgeLinkBlocks(body(html), () => false)).toEqual([]);
  });

  it('leaves a single link: a pointer, not a list', () => {
    const html = `<div><p>今年以来，全市新增就业岗位一万二千个，城镇登记失业率控制在百分之三以内。</p><p><a href="/">返回首页</a></p></div>`;
    expect(edgeLinkBlocks(body(html), () => false)).toEqual([]);
  });

  it('takes a closing list of other pages\' headlines even when a headline is a question (people.com.cn, pl.ifeng.com)', () => {
    const people = `<div><P>　　安徽省司法厅厅长孙建新说，开展领导干部廉洁自律预警告诫工作，旨在通过警示提醒、训诫纠错，“揪揪耳朵”把问题解决在萌芽，预防并遏制腐败现象的滋生蔓延。</P> <br><br>　　<b><a href='http://politics.people.com.cn/GB/30178/10323729.html' target='_blank'><font color='#0000ff'>“计件反腐”是指标思维下的政绩阴谋&nbsp;</font></a></b><br><br>　　<b><a href='http://politics.people.com.cn/GB/1026/10263270.html' target='_blank'><font color='#0000ff'>公众反腐愿通过何渠道？调查显示&quot;网络曝光&quot;列第一&nbsp;</font></a></b><br><br>　　<b><a href='http://politics.people.com.cn/GB/1026/10262393.html' target='_blank'><font color='#0000ff'>中国检察机关加大查办职务犯罪力度&nbsp;保持高压反腐</font></a></b></div>`;
    const peopleMain = body(people);
    expect(removeStructuralChrome(peopleMain).map((r) => r.text)).toEqual([
      '中国检察机关加大查办职务犯罪力度 保持高压反腐',
      '公众反腐愿通过何渠道？调查显示"网络曝光"列第一',
      '“计件反腐”是指标思维下的政绩阴谋',
    ]);
    expect(textOf(peopleMain)).toMatch(/滋生蔓延。$/u);
    expect(stage('c5h-peoplepolitics-anhui-justice-warning-report').lines.join('\n')).not.toContain('网络曝光');
    const ifeng = `<div><p>毕竟，政策实施效果好不好，市场主体和民众的感受最灵敏也最真切，他们的评价，才是衡量政策执行效率和效果的基本尺度。（作者韩涵系政邦智库研究员）</p><ul><li><a href="//pl.ifeng.com/c/8ZQM9Gr9AlO" target="_blank" title="政能亮丨石家庄为何“频频出圈”？">政能亮丨石家庄为何“频频出圈”？</a></li><li><a href="//pl.ifeng.com/c/8YsYgnajLFE" target="_blank" title="政能亮丨中国产能过剩了吗？">政能亮丨中国产能过剩了吗？</a></li></ul></div>`;
    const main = body(ifeng);
    removeStructuralChrome(main);
    expect(textOf(main)).toBe('毕竟，政策实施效果好不好，市场主体和民众的感受最灵敏也最真切，他们的评价，才是衡量政策执行效率和效果的基本尺度。（作者韩涵系政邦智库研究员）');
  });

  it('leaves a closing sentence of the text that only holds a link', () => {
    const main = body(`<div><p>今年以来，全市新增就业岗位一万二千个，城镇登记失业率控制在百分之三以内。</p><p>详情请登录<a href="http://rsj.example.gov.cn/">市人社局网站</a>查询，或拨打咨询电话。</p><p>政策解读见<a href="/zcjd/1.html">相关解读</a>，欢迎提出意见。</p></div>`);
    removeStructuralChrome(main);
    expect(textOf(main)).toContain('详情请登录市人社局网站查询');
    expect(textOf(main)).toContain('政策解读见相关解读');
  });

  it('removes the menus that open whole pages with rule html/link-list (bynews.bjmu.edu.cn, finance.sina.cn)', () => {
    expect(stage('ho-bjmu-lijian-surgeon-article').removed('html/link-list')).toEqual(['首页>>人物聚焦>>2005人物']);
    const sina = stage('ho-sinacn-capital-env-notice');
    expect(sina.removed('html/link-list')).toEqual(['视频 直播 美图 博客 看点 政务 搞笑 八卦 情感 旅游 佛学 众测']);
    expect(sina.lines.join('\n')).not.toContain('搞笑 八卦');
  });
});

describe('captions of a wire photo story and statements beside pictures', () => {
  const photoStory = `<span id="detailContent"><p class="bigPic"><div class="dask"><img style="display: block; margin-left: auto; margin-right: auto; cursor: pointer;" src="20240515d59c39d4160a4fe4b3084c3e4abfb450_202405153e8d1397b1514ef8a69399deb55f3a95.jpg" data-material-id="202405150236218" data-name="202405153e8d1397b1514ef8a69399deb55f3a95.jpg"><a href="http://www.he.news.cn/20240515/d59c39d4160a4fe4b3084c3e4abfb450/c.html?page=4" class="picleft" style="display: inline;"></a><a href="http://www.he.news.cn/20240515/d59c39d4160a4fe4b3084c3e4abfb450/c.html?page=2" class="picright" style="display: inline;"></a></div></p><p style="text-align: justify;">  5月13日，在河北省遵化市东新庄镇一家庭农场，无人驾驶农机在播种玉米。</p><p style="text-align: justify;">  眼下，植保无人机、无人驾驶农机等在河北省遵化市的田间地头忙碌，助力农业生产。近年来，河北省遵化市积极推行农机无人驾驶耕种和无人机植保作业等数字农机服务工作，促进农业增效、农民增收。</p><p style="text-align: justify;">  新华社发（刘满仓摄）</p></span>`;

  it('takes the dated sentence under the picture when the page credits its photographer (he.news.cn), not the text after it', () => {
    expect(captions(photoStory)).toEqual(['5月13日，在河北省遵化市东新庄镇一家庭农场，无人驾驶农机在播种玉米。']);
  });

  it('leaves the same sentence where no credit line says the page is a photo story', () => {
    expect(captions(`<span id="detailContent"><p class="bigPic"><div class="dask"><img style="display: block; margin-left: auto; margin-right: auto; cursor: pointer;" src="20240515d59c39d4160a4fe4b3084c3e4abfb450_202405153e8d1397b1514ef8a69399deb55f3a95.jpg" data-material-id="202405150236218" data-name="202405153e8d1397b1514ef8a69399deb55f3a95.jpg"><a href="http://www.he.news.cn/20240515/d59c39d4160a4fe4b3084c3e4abfb450/c.html?page=4" class="picleft" style="display: inline;"></a><a href="http://www.he.news.cn/20240515/d59c39d4160a4fe4b3084c3e4abfb450/c.html?page=2" class="picright" style="display: inline;"></a></div></p><p style="text-align: justify;">  5月13日，在河北省遵化市东新庄镇一家庭农场，无人驾驶农机在播种玉米。</p><p style="text-align: justify;">  眼下，植保无人机、无人驾驶农机等在河北省遵化市的田间地头忙碌，助力农业生产。近年来，河北省遵化市积极推行农机无人驾驶耕种和无人机植保作业等数字农机服务工作，促进农业增效、农民增收。</p></span>`)).toEqual([]);
  });

  it('finds captions on a page saved without <html>, whose <body> the parser leaves empty (he.news.cn)', () => {
    const { document } = parseHTML(`<head><meta charset="utf-8"></head><body>\n</body>${photoStory}`);
    expect(textOf(document.body as unknown as Element)).toBe('');
    markCaptions(document as unknown as Document);
    expect([...document.querySelectorAll('[data-ingest-caption]')].map((e) => textOf(e as unknown as Element))).toEqual(['5月13日，在河北省遵化市东新庄镇一家庭农场，无人驾驶农机在播种玉米。']);
  });

  it('leaves a labelled statement in the picture\'s block (mz.eastday.com): it is text, not a caption', () => {
    expect(captions(`<p setedaria="true" tabindex="0"><img class="rich_pages wxw-img" data-imgfileid="562982050" src="https://mz.eastday.com/64075358.webp" width="677px" draggable="false" data-ratio="0.75" data-w="800" onerror="imgerrorfun();">周边县城：震中距伽师县92公里、距阿图什市98公里、距岳普湖县120公里、距喀什市128公里、距疏勒县130公里，距克孜勒苏柯尔克孜自治州98公里，距乌鲁木齐市957公里。</p>`)).toEqual([]);
  });
});
