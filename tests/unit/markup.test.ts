import { describe, expect, it } from 'vitest';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { stripPrintedMarkup } from '../../scripts/ingest/stages/markup.ts';

function run(text: string) {
  const file = createFile({ path: 'page.txt', bytes: new Uint8Array() });
  file.value = text;
  stripPrintedMarkup(file);
  return { text: String(file.value), file };
}

describe('stripPrintedMarkup', () => {
  it('turns block tags into line breaks and drops inline ones (a page source stored as text)', () => {
    // As laodongfa.com's stored text prints a notice of 山西省人社厅.
    const { text, file } = run('<p style="text-align: center;"><strong>山西省人力资源和社会保障厅</strong></p><p>各市人力资源和社会保障局：<br/>现将有关事项通知如下。</p>');
    expect(text.split('\n').filter(Boolean)).toEqual(['山西省人力资源和社会保障厅', '各市人力资源和社会保障局：', '现将有关事项通知如下。']);
    expect(file.data.removed[0]).toMatchObject({ stage: 'markup', rule: 'markup-as-text' });
    expect(file.messages[0]?.ruleId).toBe('markup-as-text');
  });

  it('removes junk tags a hijacked mirror prints inside a sentence', () => {
    expect(run('要坚持<legend id="a3k9x"></legend>以人民为中心的发展思想。').text).toBe('要坚持以人民为中心的发展思想。');
    expect(run('全面从严治党<font color="#fff">www</font>永远在路上。').text).toBe('全面从严治党www永远在路上。');
  });

  it('removes a script, style or frame printed as text whole, code included, and logs it whole', () => {
    const { text, file } = run('会议强调<script>window.x = 1</script>要抓实抓细<style>p{color:red}</style>，确保完成。');
    expect(text).toBe('会议强调要抓实抓细，确保完成。');
    expect(file.data.removed[0]?.text).toContain('<script>window.x = 1</script>');
  });

  it('decodes character references', () => {
    expect(run('同志们：&nbsp;今天&ldquo;三严三实&rdquo;专题教育').text).toBe('同志们：\u00a0今天“三严三实”专题教育');
  });

  it('leaves angle brackets that are not HTML elements', () => {
    const text = '当x<5且y>3时成立；<<中国共产党章程>>第十条；<发言提纲>';
    expect(run(text).text).toBe(text);
  });

  it('removes what is left of a closing tag whose < a broken double-byte character swallowed, its ? kept for the damage stage as U+FFFD', () => {
    // elearning-innovators.com (a notice's fax line read as GBK) and a React page read as GBK in a GitHub repository.
    expect(run('电    话:(010)66556306(兼?zhèn)髡妫?/span>').text).toBe('电    话:(010)66556306(兼?zhèn)髡妫\uFFFD');
    expect(run('体验丰富的触摸手势交互功?/p>').text).toBe('体验丰富的触摸手势交互功\uFFFD\n');
    expect(run('普通查\uFFFD?/span>').text).toBe('普通查\uFFFD\uFFFD');
    // specfic.cn: a paragraph's end, where a `?` left before the line break would read as a real question.
    expect(run('咱是群眾的貼心兒?！?/p>下一段').text).toBe('咱是群眾的貼心兒?！\uFFFD\n下一段');
  });

  it('leaves a slash after a real question mark that closes no tag', () => {
    const text = '是否达标?/否，请在表格中勾选。网址 http://x.cn/a?/b';
    expect(run(text).text).toBe(text);
  });

  it('drops a line of CSS rules an editor pasted into the post, before any stage splits it at its semicolons', () => {
    // uat.speakout.hk (unseen13 a13-speakout): the stylesheet of a Mac editor printed between the text and a credit.
    const css = "p.p1 {margin: 0.0px 0.0px 0.0px 0.0px; font: 14.0px 'PingFang HK'; color: #000000; -webkit-text-stroke: #000000} p.p2 {margin: 0.0px 0.0px 0.0px 0.0px; font: 14.0px Helvetica; color: #000000; -webkit-text-stroke: #000000; min-height: 17.0px} span.s1 {font-kerning: none}";
    const { text, file } = run(`她又指,會見傳媒時,一向以記者提問時所用語言回應。\n${css}\n原圖:港台圖片`);
    expect(text).toBe('她又指,會見傳媒時,一向以記者提問時所用語言回應。\n原圖:港台圖片');
    expect(file.data.removed[0]).toMatchObject({ stage: 'markup', rule: 'css-as-text' });
  });

  it('keeps braces that are not CSS the grammars accept, and CSS a sentence quotes', () => {
    for (const line of ['a {b: c}', 'div {margin: 宋体}', '样式写作 div{color:red} 即可。', '{"content":"林澤安 院長"}']) expect(run(line).text).toBe(line);
  });

  it('cuts a template marker glued to the text, and leaves one standing apart as a label', () => {
    // 2blog.ilc.edu.tw (unseen13 c13-ilc): a blog's read-more marker after the record's last field.
    const { text, file } = run('紀錄:張育齊、陳冠宇、吳東晉[@more@]\n育齊:請問您對桌球有何感想?');
    expect(text).toBe('紀錄:張育齊、陳冠宇、吳東晉\n育齊:請問您對桌球有何感想?');
    expect(file.data.removed[0]).toMatchObject({ rule: 'template-marker', text: '[@more@]' });
    // www.ktps.hc.edu.tw (unseen13 b13-ktps): an unrendered label and its value, and a line of placeholders only, are the chrome stage's.
    for (const line of ["{{ $t('FEZ002') }} 學務處|", "{{ $t('FEZ012') }}"]) expect(run(line).text).toBe(line);
  });

  it("cuts CNKI's body marker before the first words", () => {
    // sikaile.net (docs/wide-samples/codetext-s17 01).
    expect(run('發布時間:2021-06-08 22:24\n<正>新型冠狀病毒肺炎疫情發生以來,').text).toBe('發布時間:2021-06-08 22:24\n新型冠狀病毒肺炎疫情發生以來,');
    expect(run('<正>').text).toBe('<正>');
  });

  it('cuts a tag the stored page was cut inside at its end, and only at its end', () => {
    // xghylt.com (docs/wide-samples/codetext-s17 02): a WeChat article's source, cut after its last sentence.
    expect(run("<p><span style='outline: 0px;'>據揚子晚報消息</span></section><section style='margin-bottom: 0px;'><span s").text.trim()).toBe('據揚子晚報消息');
    expect(run('当 a <b 时成立。').text).toBe('当 a <b 时成立。');
  });
});
