// Dresses a composed document as a scraped file: plain text with forum or
// newspaper chrome, or a government, newspaper or forum HTML page; in
// traditional characters (some with pinyin glued on, as converters' output
// often is) and in GB18030 or Big5 for some.
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import Nzh from 'nzh';
import type { Composed, Line } from './compose.ts';
import type { Random } from './random.ts';

export type Format = 'text' | 'html';
export type Encoding = 'utf-8' | 'gb18030' | 'big5';
export type Template = 'plain' | 'forum-text' | 'gov' | 'newspaper' | 'forum';

export interface Dress {
  template: Template;
  traditional: boolean;
  pinyin: boolean;
  encoding: Encoding;
  halfWidth: boolean;
}

let toTaiwan: ((text: string) => string) | undefined;

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: Composed['date']) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const hanYear = (year: number) => [...String(year)].map((d) => '〇一二三四五六七八九'[Number(d)]).join('');
const hanDate = (d: Composed['date']) => `${hanYear(d.year)}年${Nzh.cn.encodeS(d.month)}月${Nzh.cn.encodeS(d.day)}日`;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function chooseDress(rng: Random): Dress {
  const template = rng.pick<Template>(['plain', 'plain', 'forum-text', 'gov', 'newspaper', 'forum']);
  const traditional = rng.chance(0.15);
  const pinyin = traditional && rng.chance(0.5);
  // Big5 cannot hold pinyin tone marks; GB18030 holds everything.
  const encoding: Encoding = traditional && !pinyin && rng.chance(0.5) ? 'big5' : !traditional && rng.chance(0.1) ? 'gb18030' : 'utf-8';
  return { template, traditional, pinyin, encoding, halfWidth: rng.chance(0.2) };
}

/** Text of a line as the source wrote it: headings and turns keep their labels. */
const lineText = (line: Line) => (line.kind === 'turn' ? `${line.speaker}：${line.text}` : line.text);

function textBody(doc: Composed, rng: Random, dress: Dress): string[] {
  const out: string[] = [];
  if (dress.template === 'forum-text') {
    out.push('关灯', `${rng.pick(['公文写作', '讲话稿', '材料之家'])}论坛 最新课程直播间 范文下载`, '开启左侧', '');
  }
  // Some sources lose the line break after the title (glued to the first sentence).
  const glued = rng.chance(0.1);
  if (!glued) out.push(doc.title);
  if (dress.template === 'forum-text') out.push('', '[复制链接]', `${rng.pick(['秘途', '笔耕者', 'wenmi2019'])} 发表于 ${isoDate(doc.date)} ${rng.int(8, 22)}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))} | 显示全部楼层 |阅读模式 打印 上一主题 下一主题`);
  if (doc.kind === 'speech') out.push(doc.speaker.length === 2 ? `${doc.speaker[0]} ${doc.speaker[1]}` : doc.speaker, `（${doc.date.year}年${doc.date.month}月${doc.date.day}日）`);
  if (doc.kind === 'report' || doc.kind === 'interview') out.push(`本报记者 ${doc.speaker.split('').reverse().join('')}`);
  const body = doc.lines.map(lineText);
  if (glued) body[0] = doc.title + body[0];
  out.push(...body);
  if (doc.kind === 'notice') out.push(doc.organ, hanDate(doc.date));
  if (dress.template === 'forum-text') out.push('', '回复 支持 反对', '使用道具 举报');
  return out;
}

function gov(doc: Composed, rng: Random): string {
  const site = `${doc.organ}`;
  const body = doc.lines.map((l) => (l.kind === 'heading' ? `<p><strong>${escape(l.text)}</strong></p>` : `<p>${escape(lineText(l))}</p>`)).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="{charset}"><title>${escape(doc.title)}_${escape(site)}</title>
<meta name="SiteName" content="${escape(site)}"><script>var _hmt = _hmt || [];</script></head>
<body><div class="top-bar"><span>今天是：${doc.date.year}年${doc.date.month}月${doc.date.day}日</span><a href="/wza/">无障碍</a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/tzgg/">通知公告</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 正文</div>
<div class="article"><h1 class="title">${escape(doc.title)}</h1>
<div class="info">发布时间：${isoDate(doc.date)} ${pad(rng.int(8, 18))}:${pad(rng.int(0, 59))} &nbsp; 来源：${escape(site)} &nbsp; 浏览次数：<span>${rng.int(20, 9000)}</span></div>
<div class="content" id="zoom">
${body}
${doc.kind === 'notice' ? `<p style="text-align:right">${escape(doc.organ)}</p>\n<p style="text-align:right">${doc.date.year}年${doc.date.month}月${doc.date.day}日</p>` : ''}
</div>
<div class="print-bar"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="prev-next"><p>上一篇：<a href="/tzgg/1.html">关于做好节日期间值班值守工作的通知</a></p></div></div>
<div class="footer"><p>主办单位：${escape(site)}</p><p><a href="https://beian.miit.gov.cn">ICP备${rng.int(10000000, 99999999)}号-1</a></p></div>
</body></html>
`;
}

function newspaper(doc: Composed, rng: Random): string {
  const paper = `${doc.placeName.replace(/(市|县|区|旗|省)$/, '')}日报`;
  const body = doc.lines.map((l) => `<p>${escape(lineText(l))}</p>`).join('\n');
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>${escape(doc.title)}--${escape(paper)}</title></head>
<body><div id="header"><a href="/">${escape(paper)}数字报</a> | <a href="/epaper/">往期回顾</a> | 第${rng.int(1, 8)}版：要闻</div>
<div class="detail"><h2>${escape(doc.title)}</h2>
<div class="byline">${doc.date.year}年${pad(doc.date.month)}月${pad(doc.date.day)}日 来源：${escape(paper)}</div>
<div id="ozoom"><founder-content>
<p>本报记者 ${escape(doc.speaker)}</p>
${body}
</founder-content></div></div>
<div class="footer">版权所有 ${escape(paper)}社 未经授权禁止转载</div>
</body></html>
`;
}

function forum(doc: Composed, rng: Random): string {
  const body = doc.lines.map((l) => `　　${escape(lineText(l))}<br>\n<br>`).join('\n');
  const user = rng.pick(['笔耕不辍', '路过的秘书', '老秘', 'wenmi2019']);
  return `<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>${escape(doc.title)} - 公文写作 - 笔杆子论坛 - Powered by Discuz!</title></head>
<body><div id="toptb"><a>立即注册</a> <a>登录</a></div>
<div id="pt"><a href="./">笔杆子论坛</a> <em>›</em> <a>公文写作</a> <em>›</em> ${escape(doc.title)}</div>
<div id="postlist"><table><tr><td class="pls"><a class="xw1">${user}</a><p>主题 ${rng.int(1, 900)} 帖子 ${rng.int(10, 9000)}</p></td>
<td class="plc"><div class="pi"><strong>楼主</strong> <em>发表于 ${isoDate(doc.date)} ${rng.int(8, 22)}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}</em> | <a>只看该作者</a></div>
<h1><span id="thread_subject">${escape(doc.title)}</span></h1>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_1">
${body}
</td></tr></table></div><div class="pob"><a>回复</a> <a>引用</a> <a>举报</a></div></td></tr></table>
<table><tr><td class="pls"><a>游客</a></td><td class="plc"><div class="t_f">感谢楼主分享，学习了！</div></td></tr></table></div>
<div id="ft"><p>Powered by Discuz! X3.4</p></div></body></html>
`;
}

/** Glues the seeds' pinyin to some of the characters that traditional script changed (發(fā)). */
function gluePinyin(simplified: string, traditional: string, glosses: Map<string, string>, rng: Random): string {
  const s = [...simplified];
  const t = [...traditional];
  if (s.length !== t.length) return traditional;
  return t.map((char, i) => (char !== s[i] && glosses.has(char) && rng.chance(0.6) ? `${char}(${glosses.get(char)})` : char)).join('');
}

const halfWidth = (text: string) => text.replace(/，/g, ',').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')');

export function render(doc: Composed, dress: Dress, glosses: Map<string, string>, rng: Random): { bytes: Uint8Array; format: Format } {
  const format: Format = dress.template === 'plain' || dress.template === 'forum-text' ? 'text' : 'html';
  let text =
    dress.template === 'gov' ? gov(doc, rng)
    : dress.template === 'newspaper' ? newspaper(doc, rng)
    : dress.template === 'forum' ? forum(doc, rng)
    : textBody(doc, rng, dress).join('\n') + '\n';
  if (dress.halfWidth) text = halfWidth(text);
  if (dress.traditional) {
    toTaiwan ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
    const converted = toTaiwan(text);
    text = dress.pinyin ? gluePinyin(text, converted, glosses, rng) : converted;
  }
  const charset = dress.encoding === 'big5' ? 'big5' : dress.encoding === 'gb18030' ? 'gb2312' : 'utf-8';
  text = text.replace('{charset}', charset);
  const bytes = dress.encoding === 'utf-8' ? new TextEncoder().encode(text) : new Uint8Array(iconv.encode(text, dress.encoding));
  return { bytes, format };
}
