// The head of a page between its title and its first sentence, on real lines
// of pages the rules were not written on: the title printed again over several
// lines, a tag list, a login prompt and an info label standing there.
import { describe, expect, it } from 'vitest';
import { readHead } from '../../scripts/ingest/structure/head.ts';
import { classifyChrome } from '../../scripts/ingest/stages/chrome/rules.ts';
import { ingestOne } from '../../scripts/ingest/pipeline.ts';

describe('readHead: the title again, set over several lines', () => {
  it('takes a newspaper headline in its decks (mrdx.cn)', () => {
    const title = '出席中印领导人第二次非正式会晤并对尼泊尔进行国事访问 习近平抵达金奈 与印度总理莫迪举行会见';
    const lines = [title, '出席中印领导人第二次非正式会晤', '并对尼泊尔进行国事访问', '习近平抵达金奈', '新华社印度金奈10月11日电（记者孙勇、霍小光、骆珺）国家主席习近平11日在金奈会见印度总理莫迪。'];
    const { head, next } = readHead(lines, 1, title);
    expect(head.map((h) => h.kind)).toEqual(['repeat', 'repeat', 'repeat']);
    expect(next).toBe(4);
  });

  it('takes a paper title over its subtitle line (m.fx361.cc)', () => {
    const title = '社会治理现代化背景下城市社区动员研究——基于上海市X区的调查与思考';
    const lines = [title, '池建东', '社会治理现代化背景下城市社区动员研究', '——基于上海市X区的调查与思考', '社区动员是社会动员的重要组成部分，因此，提到社区动员不得不先说社会动员这一概念。'];
    const { head, next } = readHead(lines, 1, title);
    expect(head.map((h) => h.kind)).toEqual(['name', 'repeat', 'repeat']);
    expect(next).toBe(4);
  });

  it('takes a notice title in four lines and keeps its 文号 as a head line (xxgk.jl.gov.cn, eval cx-jilin-nenjiang-notice)', () => {
    const title = '吉林省人民政府关于禁止在吉林省嫩江干流补充治理工程建设征占地范围内新增建设项目和迁入人口的通告';
    const lines = [title, '吉林省人民政府关于禁止在', '吉林省嫩江干流补充治理工程建设', '征占地范围内新增建设项目', '和迁入人口的通告', '吉政明电〔2022〕1号', '为做好吉林省嫩江干流补充治理工程建设，确保工程前期建设征地实物调查工作顺利进行，现就有关事项通告如下：'];
    const { head, next } = readHead(lines, 1, title);
    expect(head.map((h) => h.kind)).toEqual(['repeat', 'repeat', 'repeat', 'repeat', 'docnumber']);
    expect(next).toBe(6);
  });

  it('leaves the addressees and the first heading of a notice under its title (www.haikou.gov.cn)', () => {
    const title = '关于印发《海口市人民政府工作规则》的通知';
    const lines = [title, '各区人民政府，市政府直属各单位：', '《海口市人民政府工作规则》已于2011年3月24日经市政府第74次常务会议修订通过，现予印发。'];
    expect(readHead(lines, 1, title).next).toBe(1);
  });

  it('leaves a kicker that covers too little of the title (mrdx.cn)', () => {
    const title = '出席中印领导人第二次非正式会晤并对尼泊尔进行国事访问 习近平抵达金奈 与印度总理莫迪举行会见';
    const lines = [title, '出席中印领导人第二次非正式会晤', '新华社印度金奈10月11日电（记者孙勇、霍小光、骆珺）国家主席习近平11日在金奈会见印度总理莫迪。'];
    expect(readHead(lines, 1, title).next).toBe(1);
  });
});

describe('readHead: a column label under the title', () => {
  it('sets aside the label the title line opens with (nuan.wqp8.com)', () => {
    const title = '【这些文化遗存现今的模样㉜】走近这张抗日名将创办的报纸……******';
    const lines = [title, '【这些文化遗存现今的模样㉜】', '“逐鹿中原飞骏马，鸡鸣拂晓响黄钟。文工歌舞壮军旅，皓月晨光照雪枫。”这首诗里写的，是抗战时期彭雪枫将军的治军三宝。'];
    const { head, next } = readHead(lines, 1, title);
    expect(head.map((h) => h.kind)).toEqual(['furniture']);
    expect(next).toBe(2);
  });

  it('sets aside the label the text names as its column, and keeps 开栏的话 as text (www.1905.com, eval c4h-1905-gmrb-short-video-commentary)', () => {
    const title = '短视频与大众文化生产';
    const lines = [
      title,
      '【短视频文化现象观察】',
      '开栏的话',
      '短视频已成为这个时代极为醒目的媒介景观。',
      '毫无疑问，短视频正深度参与人们精神文化生活的建构。从即日起，本版开设《短视频文化现象观察》栏目，梳理短视频流行的深层逻辑和媒介特质。',
    ];
    const { head, next } = readHead(lines, 1, title);
    expect(head.map((h) => h.kind)).toEqual(['furniture']);
    expect(next).toBe(2);
  });

  it('keeps a bracketed line the page names nowhere else (a heading of the text)', () => {
    const title = '短视频与大众文化生产';
    const lines = [title, '【短视频文化现象观察】', '短视频已成为这个时代极为醒目的媒介景观。'];
    expect(readHead(lines, 1, title).next).toBe(1);
  });
});

describe('chrome under the title', () => {
  it.each([
    ['社会治理;社区动员;创建全国文明城区', 'm.fx361.cc'],
    ['人才;程宝怀;书记;习近平同志;正定工作;采访;老干部;县长;邱斌昌;武宝信', 'dalichecha.com'],
  ])('a tag list without its label is catalogue data: %s (%s)', (line) => {
    expect(classifyChrome(line)?.rule).toBe('journal-data');
  });

  it.each([
    ['一是加强组织领导；二是明确工作责任；三是狠抓工作落实。', 'a sentence of a speech'],
    ['备注：仅限成人票实行半价优惠；半价优惠时间11：00-18:00，每小时一班（具体时间以现场公布为准）；1.3米以下儿童免费', 'www.eastday.com eval:html-eastday-shanghai-tourism-day'],
  ])('a list of clauses is text: %s (%s)', (line) => {
    expect(classifyChrome(line)?.rule).not.toBe('journal-data');
  });

  it.each([
    ['查看隐藏内容(*)需先登录', 'bid.caigoupt.com'],
    ['这是明报教育网-订户专区,进入本区前,请先登入系统...', 'mingpao.com'],
  ])('a prompt to log in first: %s (%s)', (line) => {
    expect(classifyChrome(line)?.rule).toBe('login-prompt');
  });

  it.each([
    ['上传时间:', 'bdocx.com'],
    ['发布时间:', 'www.kailu.gov.cn'],
  ])('an info label whose value stands on the next line: %s (%s)', (line) => {
    expect(classifyChrome(line)?.rule).toBe('info-line');
  });
});

describe("readHead: a press office's lead-in under the title", () => {
  it.each([
    ['行政长官出席二零一八年香港花卉展览开幕典礼致辞全文', '以下是行政长官林郑月娥今日（三月十六日）上午出席二零一八年香港花卉展览开幕典礼的致辞全文：', '周永健副主席（香港赛马会董事局副主席）、各位嘉宾、各位朋友：', 'sc.isd.gov.hk eval:u1-isdhk-flower-show-speech'],
    ['行政长官在外交部驻港特派员公署成立十周年酒会致辞', '以下为行政长官曾荫权今日（六月三十日）出席中华人民共和国外交部驻香港特别行政区特派员公署成立十周年酒会的致辞全文：', '尊敬的唐家璇国务委员、吕新华特派员、各位嘉宾、各位朋友：', 'www.info.gov.hk eval:c3b-infogovhk-tsang-ocmfa-speech'],
  ])('sets it aside, and the salutation under it opens the text: %s', (title, leadIn, salutation) => {
    const { head, next } = readHead([title, leadIn, salutation, '大家好！'], 1, title);
    expect(head).toEqual([{ text: leadIn, kind: 'attribution' }]);
    expect(next).toBe(2);
  });

  it('names the speaker from the lead-in it set aside (sc.isd.gov.hk)', () => {
    const text = [
      '行政长官出席二零一八年香港花卉展览开幕典礼致辞全文',
      '以下是行政长官林郑月娥今日（三月十六日）上午出席二零一八年香港花卉展览开幕典礼的致辞全文：',
      '周永健副主席（香港赛马会董事局副主席）、各位嘉宾、各位朋友：',
      '大家早晨！今早我非常高兴能够到维多利亚公园和大家一起出席二零一八年香港花卉展览。',
      '我对于每年一度的花卉展览是非常支持，亦非常高兴出席，有几个原因。',
    ].join('\n\n');
    const result = ingestOne({ path: 'isd.txt', bytes: new TextEncoder().encode(text) });
    expect(result.kind).toBe('document');
    if (result.kind !== 'document') return;
    expect(result.blocks.some((b) => b.text.startsWith('以下是'))).toBe(false);
    expect(result.meta.speakers?.map((s) => s.name)).toEqual(['林郑月娥']);
  });

  it('reads a lead-in of any genre ending in 全文：, and a message without a salutation is a speech by it (idatahk.com)', () => {
    const text = [
      '行政长官发表农历新年贺辞',
      '以下是行政长官李家超今日（二月十六日）发表的农历新年贺辞全文：',
      '农历新年是我们最期待的节日，家家户户布置张罗，迎接新的开始。',
      '骏马奔腾辞旧岁，同心共进启新程。',
      '我和太太祝香港各行各业一马当先，大家马到功成，马年如意吉祥！',
    ].join('\n\n');
    const result = ingestOne({ path: 'idatahk.txt', bytes: new TextEncoder().encode(text) });
    expect(result.kind).toBe('document');
    if (result.kind !== 'document') return;
    expect(result.blocks.some((b) => b.text.startsWith('以下是'))).toBe(false);
    expect(result.meta.type).toBe('speech');
    expect(result.meta.speakers?.map((s) => s.name)).toEqual(['李家超']);
  });

  it('sets aside a lead-in with the part it gives in brackets and a half-width colon (lizawang.com)', () => {
    const title = '政府就国务院批准曾荫权辞去香港特别行政区政务司司长职务谈话内容';
    const leadIn = '以下为署理行政长官唐英年于六月二日就国务院批准曾荫权辞去香港特别行政区政务司司长职务，在中区政府总部西座大堂会见新闻界的谈话全文（中文部分）:';
    const { head } = readHead([title, leadIn, '各位早晨，大家好。'], 1, title);
    expect(head).toEqual([{ text: leadIn, kind: 'attribution' }]);
  });
});
