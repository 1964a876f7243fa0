// The place a document is from or about is established by its issuer and its
// own head more than by counts of mentions: real snippets of pages, cut to the
// lines that matter, each class with two sites.
import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { gather } from '../../scripts/ingest/extract/region-evidence.ts';
import { placeMentions } from '../../scripts/ingest/extract/place-mentions.ts';
import { ownArea, segmentsOf } from '../../scripts/ingest/extract/region-segments.ts';
import type { Block, IngestFile } from '../../scripts/ingest/types.ts';

const paragraph = (text: string): Block => ({ kind: 'paragraph', part: 'body', text });

/** A file as the structure stage leaves it. */
function cleaned(title: string | undefined, blocks: Block[]): IngestFile {
  const file = createFile({ path: 'fixture.txt', bytes: new Uint8Array() });
  file.value = blocks.map((b) => b.text).join('\n');
  if (title) {
    file.data.meta.title = title;
    file.data.meta.titleSource = 'found';
  }
  file.data.blocks = blocks;
  return file;
}

function regionOf(title: string | undefined, blocks: Block[], source?: string, type?: 'speech') {
  const file = cleaned(title, blocks);
  if (source) file.data.meta.source = { name: source };
  if (type) file.data.meta.type = type;
  extractRegion(file);
  return file.data.meta.region ?? null;
}

describe('passing mentions of several places below an established one', () => {
  it('a report on Shanghai’s villages with examples in two districts is Shanghai’s (www.163.com)', () => {
    expect(regionOf('租户将车停自家院子要交“资源占用费”？村民打“12345”讨说法', [
      paragraph('“一闸之隔，进入道闸里面每月要收150元，外面不收费，车子就都停在外面的小树林了。”近来，一则短视频引起了不少网友的关注。视频里介绍的，是上海部分农村地区试点探索物业管理新模式后，引发的一系列新矛盾。'),
      paragraph('记者首先前往视频拍摄的地点——浦东新区合庆镇益民村。'),
      paragraph('浦东新区川沙新镇界龙村推行智慧停车收费系统时，就有不少人拨打上海12345市民服务热线，希望明确收费依据、用途等。'),
      paragraph('而经常去闵行区浦江镇联民村工作的桑先生，对于村里设关卡的行为也十分不解。'),
      paragraph('比如，浦东新区合庆镇东风村的闸机还未建好启用，就有村民问询进度。'),
    ])).toEqual({ province: '上海市', code: '310000' });
  });

  it('a weekly’s feature on Shanghai’s rural governance with villages of two districts is Shanghai’s (xinminweekly.com.cn)', () => {
    expect(regionOf('一方水土一方人，乡村治理的“上海样本”', [
      paragraph('超大城市难免受困于“老、小、旧、远”问题，特别是远郊市民生活，考验着这座城市的治理水平。'),
      paragraph('位于上海西南端的金山区在乡村治理中，非常重视“带头人”和“领头雁”作用。'),
      paragraph('嘉定区华亭镇联一村。'),
      paragraph('“这个别墅300万，卖吗？”“不卖，你给我400万也不卖！”这是今年11月发生在嘉定区华亭镇联一村农宅样板房前的一问一答。'),
    ])).toEqual({ province: '上海市', code: '310000' });
  });

  it('one place named again and again below the publisher’s is still taken (newpaper.dahe.cn)', () => {
    expect(regionOf('拿起跨界“指挥棒”她跟学生“较着劲儿”成长', [
      paragraph('在学校做个音乐老师的郭荣梅，接手的是当时郑州四中的合唱团。'),
      paragraph('关头，2022年1月，疫情再次“袭击”了郑州。'),
      paragraph('聊到处理学生身上的“问题”时，顶端新闻·河南商报记者发现了很有趣的一点。'),
    ], '河南商报')).toEqual({ province: '河南省', city: '郑州市', code: '410100' });
  });
});

describe('a signing body ending the text, with no closing part kept', () => {
  const issuerOf = (blocks: Block[]) => {
    const file = cleaned(undefined, blocks);
    const { meta, front, candidates, chromeLines } = file.data;
    const segments = segmentsOf(meta, front, blocks, candidates, chromeLines);
    return gather(segments, ownArea(segments)).evidence.filter((e) => e.tier === 'issuer').map((e) => e.divisions.map((d) => d.name).join('/'));
  };

  it('a college Party committee’s long name under its opinions, above an unreadable date (ggxy.ahut.edu.cn)', () => {
    expect(issuerOf([
      paragraph('五、为纪念管工学院建院20周年做准备，筹划编纂《管工20年》。'),
      paragraph('中共安徽工业大学管理科学与工程学院委员会'),
      paragraph('202045'),
    ])).toEqual(['安徽省']);
  });

  it('a district commission signing its call for opinions (www.zgnt.net)', () => {
    expect(issuerOf([
      paragraph('衷心感谢您的支持和参与！我们将根据搜集到的信息，落实专人梳理分析，认真研究吸纳。'),
      paragraph('崇川区卫生健康委员会'),
    ])).toEqual(['崇川区']);
  });

  it('a sentence ending the text is no signature, whatever it names (ggxy.ahut.edu.cn)', () => {
    expect(issuerOf([
      paragraph('一、学院网站等媒体平台的内容发布严格执行“先审核后发布”制度。'),
      paragraph('经安徽工业大学党委会议研究，就进一步加强学院意识形态阵地管理提出如下意见。'),
    ])).toEqual([]);
  });
});

describe('a speech’s opening remarks are no news lede', () => {
  it('a city named once in passing in a college secretary’s welcome does not place it (www.ioyoy.cn)', () => {
    expect(regionOf('党委书记在学院2022年学生迎新大会上的致辞', [
      paragraph('尊敬的各位老师、亲爱的同学们：'),
      paragraph('大家周末早上好！今天这个日子特别值得铭记，真正应了那句话“择日不如撞日”，这其中有多重含义。首先，我要提醒大家，不要忘记91年前“落后就要挨打”的国耻；其次，“918”还可以做另外的组合，杭州有一个著名的电台，它的频道就是91.8，他们有一个著名的口号，我觉得用在这里也非常合适。'),
    ], undefined, 'speech')).toBeNull();
  });

  it('the city a mayor welcomes his guests to, named again and again, places it (www.zhishi5.com)', () => {
    expect(regionOf('市长欢迎词', [
      paragraph('尊敬的亚奥理事会评估团成员：'),
      paragraph('欢迎你们来广州。我们十分高兴地迎接你们的到来，广州市人民期待着你们的到来。在此，请允许我以广州市市长的身份，代表广州市政府和全体市民，向远道而来的评估团贵宾，表示热烈的欢迎和崇高的敬意！'),
    ], undefined, 'speech')).toEqual({ province: '广东省', city: '广州市', code: '440100' });
  });
});

describe('a county whose name is a common word, listed beside its own prefecture', () => {
  const names = (text: string) => placeMentions(text).map((m) => m.divisions.map((d) => d.name).join('/'));
  it('全石首、全荆州 names the county-level city beside its prefecture (35331.cn)', () => {
    expect(names('正是因为有大家的开拓进取共同努力，人民医院的各项工作都取得了很大的成绩，有一些工作在全石首、全荆州、乃至全省都有一定的影响和位次。')).toEqual(['石首市', '荆州市/荆州区']);
  });
  it('the same word standing alone stays a word (jieba: 石首/n), however the page is placed (35331.cn)', () => {
    expect(names('我作为石首卫生战线的一个员工，真的为自己能有很多工作机会走近人民医院、研究人民医院、学习人民医院而感到由衷的高兴和庆幸！')).toEqual([]);
  });
});

describe('where the text says its subject stands', () => {
  it('地处武汉 under a title naming the province places the speech in the city (www.upkao.com)', () => {
    expect(regionOf('2019年湖北大学（本部）新生开学典礼上校党委书记的讲话', [
      paragraph('亲爱的同学们：'),
      paragraph('经过激烈的高考，你们经历了金榜题名的“小欢喜”，经历了离家求学的“小别离”。今天，因为一个共同的选择，大家相聚在南临沙湖、北依长江，地处武汉中心城区一环内，位于地铁中心枢纽7号线的湖北大学，欢迎你们走进友谊大道368号。'),
    ], undefined, 'speech')).toEqual({ province: '湖北省', city: '武汉市', code: '420100' });
  });
});

describe('a paper named after its place, in running text', () => {
  it('is where the medium sits, not the text’s place: placeMentions marks it (www.swsm.net, newpaper.dahe.cn)', () => {
    const marked = (text: string) => placeMentions(text).map((m) => `${m.text}${m.institution ? ' institution' : ''}`);
    expect(marked('2014 年 11 月 8 日，我在整理编排本书集之际，从微信中收到汕尾日报社郑溢涛兄发来的 《我看唯实的共产党人习仲勋》 文章，看后非常感慨。')).toEqual(['汕尾 institution']);
    expect(marked('聊到处理学生身上的“问题”时，顶端新闻·河南商报记者发现了很有趣的一点。')).toEqual(['河南 institution']);
  });

  it('a city’s or county’s news site is a medium named after its place (www.lfxww.com unseen8/b8, thnews.gov.cn unseen12/b12)', () => {
    const marked = (text: string) => placeMentions(text).map((m) => `${m.text}${m.institution ? ' institution' : ''}`);
    expect(marked('临汾新闻网讯 (记者 张浩)3月13日,我市在乡宁一中召开中考招生制度改革座谈会')).toEqual(['临汾 institution', '乡宁']);
    expect(marked('欢迎光临太湖新闻网')).toEqual(['太湖 institution']);
  });

  it('a friend’s paper in the lede does not take a post about the province down to its city (www.swsm.net)', () => {
    expect(regionOf(undefined, [
      paragraph('2014 年 11 月 8 日，我在整理编排本书集之际，从微信中收到汕尾日报社郑溢涛兄发来的 《我看唯实的共产党人习仲勋》 文章，看后非常感慨。文中说 1978 年，习仲勋来广东担任广东省第二书记，在一次省委常委扩大会议上，他提出要为海丰1967 年的“8.26”受血腥镇压致死致残的彭湃烈士支持者平反。当时有位潮籍的汕头地委的一位领导当即表示反对，并表示否则要上告中央。'),
    ])).toEqual({ province: '广东省', code: '440000' });
  });
});
