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
});
