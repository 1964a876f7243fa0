import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleaningStages, createFile } from '../../scripts/ingest/pipeline.ts';
import { decode } from '../../scripts/ingest/stages/decode.ts';
import { extractHtml, extractHtmlWith, labelledValues } from '../../scripts/ingest/stages/html.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url));

function extract(bytes: Uint8Array, path = 'page.html') {
  const file = createFile({ path, bytes });
  decode(file);
  extractHtml(file);
  return { lines: String(file.value).trim().split('\n'), file };
}

/** Asserts that `wanted` occur in `lines` in this order. */
function expectInOrder(lines: string[], wanted: string[]) {
  const positions = wanted.map((w) => lines.findIndex((l) => l.includes(w)));
  expect(positions.every((p) => p >= 0), `missing: ${wanted.filter((_, i) => positions[i]! < 0).join(', ')}`).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

describe('extractHtml on a government notice page', () => {
  const { lines, file } = extract(fixture('gov-notice.html'));
  const text = lines.join('\n');

  it('keeps the headline and every paragraph in order', () => {
    expect(lines[0]).toBe('关于开展2024年度基层党组织书记述职评议工作的通知');
    expectInOrder(lines, ['各医疗卫生单位党组织：', '为深入贯彻落实', '一、述职范围', '二、述职内容', '三会一课', '联系人', '临川县卫生健康局党委', '2024年1月12日']);
  });

  it('drops navigation, breadcrumb, reader controls, related links, footer and scripts', () => {
    for (const chrome of ['机构职能', '当前位置', '字体', '打印本页', '关闭窗口', '分享到', '上一篇', '相关链接', '县人民医院开展主题党日活动', '主办单位', 'ICP备', '公网安备', '网站标识码', '_hmt', 'float:left', '无障碍'])
      expect(text, chrome).not.toContain(chrome);
  });

  it('keeps labelled values as metadata candidates', () => {
    expect(file.data.candidates).toMatchObject({
      title: '关于开展2024年度基层党组织书记述职评议工作的通知',
      published: '2024-01-15 09:30',
      source: '局机关党委',
      url: 'http://wjj.linchuan.example.gov.cn/tzgg/202401/t20240115_123456.html',
      siteNames: ['临川县卫生健康局'],
    });
  });

  it('records what it removed', () => {
    expect(file.data.removed.map((r) => r.text).join('\n')).toContain('机构职能');
  });
});

describe('extractHtml on a newspaper article page', () => {
  const { lines, file } = extract(fixture('newspaper.html'));
  const text = lines.join('\n');

  it('keeps byline and body in order without the site chrome', () => {
    expectInOrder(lines, ['健康为民守初心', '本报记者 李明远', '近日，记者走进', '今年以来', '据了解']);
    for (const chrome of ['热点推荐', '相关新闻', '版权所有', 'Copyright', 'QQ空间', '地方频道']) expect(text, chrome).not.toContain(chrome);
  });

  it('reads an unlabelled date before 来源 and the editor; the <title>\'s column and site names are site names', () => {
    expect(file.data.candidates).toMatchObject({ published: '2023年06月12日08:15', source: '江城日报', editor: '陈静' });
    expect([...(file.data.candidates.siteNames ?? [])].sort()).toEqual(['地方频道', '示例新闻网'].sort());
  });
});

describe('extractHtml on a forum thread', () => {
  it('keeps the first post and leaves out replies and the login prompt', () => {
    const { lines } = extract(fixture('forum-thread.html'));
    const text = lines.join('\n');
    expectInOrder(lines, ['在全市教育系统党建工作会议上的讲话', '同志们：', '这次会议的主要任务', '一、提高政治站位', '两个维护', '二、夯实基层基础', '坚强战斗堡垒']);
    for (const chrome of ['感谢楼主分享', '您需要登录后才可以回帖', '找回密码', 'Powered by', 'ICP备']) expect(text, chrome).not.toContain(chrome);
  });

  it('leaves no forum chrome after the whole cleaning pipeline', () => {
    const file = createFile({ path: 'thread.html', bytes: fixture('forum-thread.html') });
    for (const stage of cleaningStages) stage(file);
    const text = String(file.value);
    for (const chrome of ['只看该作者', '回复 引用', '签名：']) expect(text, chrome).not.toContain(chrome);
    expect(file.data.candidates.published).toMatch(/^2022-11-3/);
  });
});

describe('extractHtml with legacy encodings', () => {
  it('reads a GBK page that declares gb2312', () => {
    const page = fixture('gov-notice.html').toString('utf8').replace('charset="utf-8"', 'charset="gb2312"');
    const { lines, file } = extract(iconv.encode(page, 'gbk'));
    expect(file.data.raw.encoding).toBe('gb18030');
    expect(lines).toContain('各医疗卫生单位党组织：');
  });
});

describe('labelledValues', () => {
  it.each([
    ['发布时间：2024-01-15 来源：市卫健委 浏览次数：12', [['发布时间', '2024-01-15'], ['来源', '市卫健委'], ['浏览次数', '12']]],
    ['（责任编辑：张三）', [['责任编辑', '张三']]],
    ['2023年06月12日08:15 | 来源：江城日报', [['发布时间', '2023年06月12日08:15'], ['来源', '江城日报']]],
    ['作者：李四　王五', [['作者', '李四　王五']]],
  ])('reads %s', (line, pairs) => {
    expect(labelledValues(line)).toEqual(pairs);
  });

  it.each(['会议时间：原定下午三点的会议改期举行，请各单位相互转告。'.repeat(4), '要把来源：群众呼声作为第一信号', '记者：请您谈一谈今年卫生健康工作的重点？', '作者：本文从三个方面回顾了全年工作。'])('leaves prose alone: %s', (line) => {
    expect(labelledValues(line)).toBeUndefined();
  });
});

describe('extractHtml on a page that reveals its article by script', () => {
  const paragraph = '7月29日，县退役军人事务局组织开展走访慰问活动，深入全县各乡镇看望慰问优抚对象和困难退役军人，送去党和政府的关怀与温暖，并详细了解他们的生活、身体状况和实际困难。';
  const more = ['走访中，慰问组同志与退役军人亲切交谈，认真倾听他们的意见和建议，鼓励他们保持和发扬军人本色，在乡村振兴中继续发挥积极作用。', '下一步，县退役军人事务局将持续深化拥军优属工作，健全常态化联系服务机制，切实把党和政府的关心关爱落到实处，不断增强退役军人的获得感、幸福感和荣誉感。', '据了解，此次走访慰问活动共走访优抚对象和退役军人一百二十余户，发放慰问金和慰问品价值六万余元。'];
  const html = `<html><head><title>县退役军人事务局开展“八一”走访慰问活动</title></head><body><div id="page-content"><h1 id="activity-name">县退役军人事务局开展“八一”走访慰问活动</h1>
<div class="rich_media_content" id="js_content" style="visibility: hidden;"><p>${paragraph}</p>${more.map((p) => `<p>${p}</p>`).join('')}</div>
<div id="js_pc_qr_code" style="display: none;">微信扫一扫关注该公众号</div></div></body></html>`;
  const { lines } = extract(new TextEncoder().encode(html));

  it('keeps the hidden article text and not the hidden short widget', () => {
    expect(lines).toContain(paragraph);
    expect(lines.join('\n')).not.toContain('微信扫一扫');
  });
});

describe('extractHtml on a transcript in Akoma Ntoso XML', () => {
  // The whole document as the main text: what is tested is the labelling, not Readability's choice on a short sample.
  const run = (xml: string) => {
    const file = createFile({ path: 'page.html', bytes: new TextEncoder().encode(xml) });
    decode(file);
    extractHtmlWith(file, (document) => document.documentElement);
    return String(file.value).trim().split('\n');
  };

  it('labels each speech with the showAs of the person its by= names (archive.tw)', () => {
    const lines = run(`<akomaNtoso><debate><meta><references>
      <TLCPerson href="/ontology/person/::/唐鳳" id="唐鳳" showAs="唐鳳"></TLCPerson>
      <TLCPerson href="/ontology/person/::/王韻齡" id="王韻齡" showAs="王韻齡"></TLCPerson>
      </references></meta><debateBody><debateSection><heading>2016-04-13 親子天下：快問快答</heading>
      <speech by="#王韻齡"><p>請問唐鳳，為什麼要隨身攜帶著這些設備？你想要呈現什麼，還是你在做一個什麼實驗？</p></speech>
      <speech by="#唐鳳"><p>這是兩個問題，所以我分開回答。一個想要呈現的，是現在是一個自媒體的時代。</p>
      <p>至於具體要拿這個做什麼呢？我現在肩膀上這一台，它其實是有能力去隨時隨地錄下我一整天的生活。</p></speech>
      </debateSection></debateBody></debate></akomaNtoso>`);
    expectInOrder(lines, ['王韻齡：請問唐鳳，為什麼', '唐鳳：這是兩個問題', '至於具體要拿這個做什麼呢']);
    expect(lines.find((l) => l.startsWith('至於'))).not.toContain('：至於');
  });

  it('takes the name as printed in <from> when the speech has one (parliament.gov.za via SayIt)', () => {
    const lines = run(`<akomaNtoso><debate><meta><references>
      <TLCPerson href="http://dummy/popit/path/the-speaker" id="the-speaker" showAs="The SPEAKER"/>
      <TLCPerson href="http://dummy/popit/path/mr-k-s-mubu" id="mr-k-s-mubu" showAs="Mr K S MUBU"/>
      </references></meta><debateBody><debateSection><heading>NOTICES OF MOTION</heading>
      <speech by="#mr-k-s-mubu"><from>Mr K S MUBU</from><p>Mr Speaker, you have been ignoring me! [Laughter.]</p></speech>
      <speech by="#the-speaker"><from>The SPEAKER</from><p>Hon member, I have given you the floor and if you do not want it, I will take it away! [Laughter.] Please proceed.</p></speech>
      </debateSection></debateBody></debate></akomaNtoso>`);
    expectInOrder(lines, ['Mr K S MUBU: Mr Speaker, you have been ignoring me!', 'The SPEAKER: Hon member, I have given you the floor']);
    expect(lines).not.toContain('Mr K S MUBU');
  });
});

describe('extractHtml on a stored HTML fragment', () => {
  // A 美篇 post stored as its editor's paragraphs only, no <html> or <body> (www.meipian.cn, eval unseen35 e35-meipian):
  // linkedom made the first <p> the document's root and the body empty, so the page was quarantined as empty.
  const dir = new URL('../eval/unseen35/e35-meipian-xin-county-discipline-deputy-secretary-party-lesson-bali-town-markup-split-title-repeated-label-gbk-cut/', import.meta.url);
  const { lines, file } = extract(readFileSync(new URL('raw.html', dir)));

  it('keeps every paragraph, the title lines first', () => {
    expect(lines.slice(0, 2)).toEqual(['赓续红色血脉,弘扬红色精神', '争当群众满意的“茶乡奋斗者”']);
    expectInOrder(lines, ['开篇话', '今天我很高兴接受熊书记的邀请', '(1)处在一线,责任重大。', '(2)工作具体,需要用心。', '别人过节、基层干部']);
    expect(file.messages.map((m) => m.ruleId)).toContain('html-fragment');
  });

  it('builds a fragment opening with head content into a page: its <style> and <link> in the head, its paragraphs kept', () => {
    // A paid post's preview stored from its <style> on (pic3.cnyw.net, fixture html/fragment-s40 B): linkedom made <style> the root.
    const { lines: cnyw, file: cnywFile } = extract(fixture('fragment-s40/B/cnyw-s40-speech/raw.html'));
    expectInOrder(cnyw, ['在2025年“浙里有黔娃 义地研学行”暑期研学活动开班仪式上的讲话', '尊敬的各位领导、各位嘉宾、各位同仁', '惠风送爽']);
    expect(cnyw.join('')).not.toContain('font-size');
    expect(cnywFile.messages.map((m) => m.ruleId)).toContain('html-fragment');
  });

  it('parses a whole page as before', () => {
    expect(extract(fixture('gov-notice.html')).file.messages.map((m) => m.ruleId)).not.toContain('html-fragment');
  });
});
