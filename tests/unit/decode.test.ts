import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { decode } from '../../scripts/ingest/stages/decode.ts';

const speech =
  '同志们：\n今天我们召开全县卫生健康系统党建工作座谈会，主要任务是深入学习贯彻中央、省委和市委关于卫生健康系统党的建设相关会议精神。\n' +
  '要坚持把党的政治建设摆在首位，树牢“四个意识”、坚定“四个自信”、坚决做到“两个维护”。\n';
const traditional = OpenCC.Converter({ from: 'cn', to: 'tw' })(speech);

function decoded(bytes: Uint8Array, path = 'doc.txt') {
  const file = createFile({ path, bytes });
  decode(file);
  return { text: String(file.value), encoding: file.data.raw.encoding };
}
const reason = (bytes: Uint8Array, path = 'doc.txt') => {
  try {
    decoded(bytes, path);
  } catch (error) {
    return (error as Error).message;
  }
  return 'decoded';
};

describe('decode', () => {
  it.each([
    ['utf-8', new TextEncoder().encode(speech), speech],
    ['gb18030 (GBK range)', iconv.encode(speech, 'gbk'), speech],
    ['gb18030 (beyond GBK: 𠮷 and ㊣)', iconv.encode(`${speech}𠮷㊣`, 'gb18030'), `${speech}𠮷㊣`],
    ['big5', iconv.encode(traditional, 'big5'), traditional],
  ])('detects %s', (_, bytes, text) => {
    expect(decoded(bytes).text).toBe(text);
  });

  it('records the canonical encoding label', () => {
    expect(decoded(iconv.encode(speech, 'gb2312')).encoding).toBe('gb18030');
    expect(decoded(iconv.encode(traditional, 'big5')).encoding).toBe('big5');
    expect(decoded(new TextEncoder().encode(speech)).encoding).toBe('utf-8');
  });

  it('tells Big5 from GBK on a short line, where detectors guess', () => {
    const line = OpenCC.Converter({ from: 'cn', to: 'tw' })('关于印发讲话的通知');
    expect(decoded(iconv.encode(line, 'big5')).text).toBe(line);
    expect(decoded(iconv.encode('关于印发讲话的通知', 'gbk')).text).toBe('关于印发讲话的通知');
  });

  it('honours and strips byte-order marks', () => {
    expect(decoded(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(speech)]))).toEqual({ text: speech, encoding: 'utf-8' });
    expect(decoded(Uint8Array.from([0xff, 0xfe, ...iconv.encode(speech, 'utf-16le')]))).toEqual({ text: speech, encoding: 'utf-16le' });
    expect(decoded(Uint8Array.from([0xfe, 0xff, ...iconv.encode(speech, 'utf-16be')]))).toEqual({ text: speech, encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a byte-order mark instead of calling it binary', () => {
    expect(decoded(iconv.encode(speech, 'utf-16le'))).toEqual({ text: speech, encoding: 'utf-16le' });
  });

  it('reads all-Chinese UTF-16 without a byte-order mark, which has no NUL byte to show it', () => {
    // A real headline and sentence, without a single ASCII character.
    for (const text of ['保定市统筹推动城市和产业转型升级', '第一批巡視組已進駐共青團中央、最高人民法院、最高人民檢察院']) {
      expect(decoded(iconv.encode(text, 'utf-16le'))).toEqual({ text, encoding: 'utf-16le' });
      expect(decoded(iconv.encode(text, 'utf-16be'))).toEqual({ text, encoding: 'utf-16be' });
    }
  });

  it('reads traditional text saved as GBK as GBK, and the same text in Big5 as Big5', () => {
    const text = '【本報綜合報道】十九屆中央第四輪巡視已陸續展開,將對卅七個中央和國家機關部門開展常規巡視。';
    expect(decoded(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
    expect(decoded(iconv.encode(text, 'big5'))).toEqual({ text, encoding: 'big5' });
  });

  it('uses the charset an HTML page declares when its bytes agree', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>${speech}</p></body></html>`;
    expect(decoded(iconv.encode(page, 'gbk'), 'page.html')).toEqual({ text: page, encoding: 'gb18030' });
  });

  it('ignores a declared charset that the bytes contradict', () => {
    const page = `<html><head><meta charset="gbk"></head><body><p>${speech}</p></body></html>`;
    expect(decoded(new TextEncoder().encode(page), 'page.html')).toEqual({ text: page, encoding: 'utf-8' });
  });

  it('normalises CRLF and CR line ends', () => {
    expect(decoded(new TextEncoder().encode('第一行\r\n第二行\r第三行')).text).toBe('第一行\n第二行\n第三行');
  });

  it.each([
    ['empty', new Uint8Array(), /^empty/],
    ['PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /binary: looks like a PNG image/],
    ['PDF', new TextEncoder().encode('%PDF-1.4\n1 0 obj\n'), /binary: looks like a PDF document/],
    ['NUL bytes', Uint8Array.from([0x41, 0x00, 0x01, 0x02, 0x00, 0x7f, 0x00, 0x03]), /binary/],
    ['invalid bytes', Uint8Array.from([0xe5, 0x90, 0x8c, 0xff, 0xfe, 0xc0, 0x80, 0xff, 0xff, 0xfe, 0xfd]), /^undecodable/],
    ['random high bytes', Uint8Array.from({ length: 400 }, (_, i) => 0x81 + ((i * 97) % 0x7e)), /^undecodable/],
  ])('quarantines %s input with its reason', (_, bytes, expected) => {
    expect(reason(bytes)).toMatch(expected);
  });
});
