// A generated corpus of hostile and broken inputs. Each entry says
// what must become of it, so the test can check every input is accounted for.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

export interface HostileInput {
  name: string;
  bytes: Uint8Array;
  /** Text that must appear verbatim, as text, on the built document page. */
  shows?: string[];
  expect: 'document' | 'quarantined' | 'document-or-merged';
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const topics = ['卫生健康', '教育', '交通运输', '农业农村', '生态环境', '市场监管', '文化旅游', '应急管理', '民政', '水利', '自然资源', '商务', '司法行政', '人力资源', '住房城乡建设', '退役军人事务'];
const actions = ['抓实抓细', '落地见效', '走深走实', '提质增效'];

/**
 * Wraps a hostile snippet in ordinary speech prose, as it would arrive inside a
 * scraped paragraph. Each `variant` is a different speech, so that distinct
 * inputs are not merged as reposts of one another.
 */
const prose = (snippet: string, variant = 0) => {
  const topic = topics[variant % topics.length]!;
  const action = actions[variant % actions.length]!;
  return (
    `同志们：\n今天我们召开全县${topic}系统第${variant + 1}次党建工作会议，会议强调${snippet}要把${topic}领域党建工作${action}，切实增强责任感和使命感。\n` +
    `${topic}系统各级党组织要坚持问题导向，围绕${topic}中心工作扎实推进基层组织建设，不断提升${topic}服务群众的能力和水平，推动${topic}事业高质量发展。\n` +
    `第${variant + 1}项任务是把${topic}工作放在全县大局中谋划，${action}，确保${topic}各项目标任务按期完成。\n`
  );
};

export function hostileInputs(canary: string): HostileInput[] {
  const expressions = [
    '{process.exit(1)}',
    `{(await import('node:fs')).writeFileSync(${JSON.stringify(canary)}, 'executed')}`,
    '{globalThis.__hostile = 1}',
  ];
  const markup = [
    '<script>window.__hostile = 1</script>',
    '<img src=x onerror=alert(1)>',
    '<iframe src="https://example.com"></iframe>',
    '<!-- 注释 -->',
    '<Anchor id="fake" />',
  ];
  const markdown = ['*强调*', '_下划线_', '# 井号', '> 引用', '| 表 | 格 |', '[链接](javascript:alert(1))', '```代码```', '---'];
  const entries: HostileInput[] = [
    ...expressions.map((e, i) => ({ name: `expression-${i}.txt`, bytes: utf8(prose(e, i + 1)), shows: [e], expect: 'document' as const })),
    ...markup.map((m, i) => ({ name: `markup-${i}.txt`, bytes: utf8(prose(m, i + 4)), shows: [m], expect: 'document' as const })),
    {
      name: 'markdown.txt',
      bytes: utf8(prose(markdown.join(' '), 9)),
      shows: markdown,
      expect: 'document',
    },
    {
      name: 'esm-lines.txt',
      bytes: utf8(`关于加强党建工作的讲话\nimport fs from 'node:fs'\nexport const pwned = fs.writeFileSync(${JSON.stringify(canary)}, 'x')\n${prose('，', 10)}`),
      shows: ["import fs from 'node:fs'"],
      expect: 'document',
    },
    {
      name: 'frontmatter-lookalike.txt',
      bytes: utf8(`---\ntitle: 伪造的标题\nlayout: evil\n---\n${prose('，', 11)}`),
      expect: 'document',
    },
    { name: 'empty.txt', bytes: new Uint8Array(), expect: 'quarantined' },
    { name: 'image.png', bytes: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]), expect: 'quarantined' },
    { name: 'report.pdf', bytes: utf8('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj << /Type /Catalog >> endobj\n\u0000\u0000\u0000'), expect: 'quarantined' },
    { name: 'huge.txt', bytes: utf8(prose('，', 12).repeat(Math.ceil((10 * 1024 * 1024) / prose('，', 12).length / 3))), expect: 'quarantined' },
    { name: 'invalid-utf8.txt', bytes: Uint8Array.from([0xe5, 0x90, 0x8c, 0xff, 0xfe, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0x80, 0x80, 0xff, 0xff, 0xfe, 0xfd]), expect: 'quarantined' },
    { name: 'big5.txt', bytes: iconv.encode(toTraditional(prose('，')), 'big5'), shows: ['党建工作抓实抓细'], expect: 'document-or-merged' },
    { name: 'gb18030.txt', bytes: iconv.encode(prose('，'), 'gb18030'), shows: ['党建工作抓实抓细'], expect: 'document-or-merged' },
    { name: 'same text copy.txt', bytes: utf8(prose('，')), expect: 'document-or-merged' },
    { name: '同一份讲话 (1).txt', bytes: utf8(prose('，')), expect: 'document-or-merged' },
    { name: 'dir/..name..with..dots.txt', bytes: utf8(prose('，名字里有点号，', 13)), expect: 'document' },
  ];
  return entries;
}

export function writeHostileCorpus(dir: string, canary: string): HostileInput[] {
  const entries = hostileInputs(canary);
  for (const entry of entries) {
    const file = path.join(dir, entry.name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, entry.bytes);
  }
  return entries;
}
