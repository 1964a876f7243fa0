import { describe, expect, it } from 'vitest';
import { serialize, withMeta } from '../../scripts/ingest/serialize.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { minimalMeta } from '../fixtures/serialize/meta.ts';

const meta = minimalMeta('article');
const para = (text: string): Block => ({ kind: 'paragraph', part: 'body', text, id: 'p-1' });

describe('serialize', () => {
  const hostile = [
    '{process.exit(1)}',
    'export const a = 1',
    'import fs from "node:fs"',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<!-- comment -->',
    '# 不是标题',
    '> 不是引用',
    '* 不是列表',
    '---',
    '| a | b |',
    '```js',
    '[链接](javascript:alert(1))',
    '安排当前*卫健系统*党建工作',
  ];
  for (const text of hostile) {
    it(`keeps ${JSON.stringify(text)} as text`, () => {
      expect(() => serialize(meta, [para(text)])).not.toThrow();
    });
  }

  it('writes a paragraph without any Markdown or MDX syntax character as it is, and escapes one with', () => {
    const plain = '坚持以人民为中心的发展思想，推动2024年工作落实落细。';
    expect(serialize(meta, [para(plain)])).toContain(`<Anchor id="p-1" />${plain}\n`);
    const marked = serialize(meta, [para('落实{一岗双责}和<两个维护>，[全面]从严治党')]);
    expect(marked).toContain('落实\\{一岗双责}和\\<两个维护>，\\[全面]从严治党');
  });

  it('marks redaction placeholders with a component, not emphasis', () => {
    const mdx = serialize(meta, [para('推进“健康*”建设')]);
    expect(mdx).toContain('<Redacted>\\*</Redacted>');
  });

  it('writes the metadata as YAML frontmatter', () => {
    const mdx = serialize(meta, [para('正文')]);
    expect(mdx.startsWith('---\nid: 0123456789ab\n')).toBe(true);
  });
});

describe('serialize frontmatter', () => {
  it('quotes strings that a YAML 1.1 reader would turn into dates or numbers', () => {
    const mdx = serialize({ ...meta, date: '2022-09-27', region: { province: '江苏省', code: '320300' } }, [para('正文')]);
    expect(mdx).toContain('date: "2022-09-27"');
    expect(mdx).toContain('code: "320300"');
  });
});

describe('serialize interview turns', () => {
  it('writes a bold speaker label with the colon outside it and the text readable', () => {
    const turn: Block = { kind: 'turn', part: 'body', speaker: '记者', role: 'interviewer', text: '区委全会提出了什么要求？', id: 'p-2' };
    const mdx = serialize(meta, [turn]);
    expect(mdx).toContain('**记者**：区委全会提出了什么要求？');
    expect(mdx).toContain('<Turn speaker="记者" role="interviewer">');
  });
});

describe('withMeta', () => {
  it('gives what serializing the blocks again with the new metadata gives', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', part: 'notice', text: '各区卫生健康委：', id: 'p-n' },
      { kind: 'heading', part: 'body', depth: 2, text: '一、{总体}要求 <b>', id: 'h-1' },
      { kind: 'turn', part: 'body', speaker: '记者', role: 'interviewer', text: 'import x from "y"？', id: 'p-2' },
      para('*号代替的地名'),
      { kind: 'paragraph', part: 'closing', text: '2022年9月27日', id: 'p-c' },
    ];
    const merged = { ...meta, reposts: [{ raw: { ...meta.raw, path: 'b.html' }, source: { name: '---\n<Notice>', url: 'https://example.org/a?b={c}' } }] };
    expect(withMeta(serialize(meta, blocks), merged)).toBe(serialize(merged, blocks));
  });
});
