// The generated MDX rendered as data (src/lib/document-html.ts): the markup of
// each element the serializer writes, the text kept as text, and anything MDX
// would run as code refused with the file's name and line.
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../core/mdx/frontmatter.ts';
import { parsedDocument, renderDocument } from '../../src/lib/document-html.ts';
import { serialize } from '../../scripts/ingest/serialize.ts';
import type { Block } from '../../scripts/ingest/types.ts';
import { minimalMeta } from '../fixtures/serialize/meta.ts';

const meta = minimalMeta('interview');
const body = (blocks: Block[]) => splitFrontmatter(serialize(meta, blocks)).body;
const render = (mdx: string) => renderDocument(mdx, 'docs/x.mdx');

describe('renderDocument', () => {
  it('renders the anchor, redaction, turn, notice and closing markup', () => {
    const html = render(
      body([
        { kind: 'heading', part: 'notice', depth: 2, text: '关于印发*同志讲话的通知', id: 'p-00000001' },
        { kind: 'paragraph', part: 'notice', text: '现印发给你们。', id: 'p-00000002' },
        { kind: 'turn', part: 'body', speaker: '记者', role: 'interviewer', text: '请谈谈**县的情况？', id: 'p-00000003' },
        { kind: 'paragraph', part: 'closing', text: '2019年5月1日', id: 'p-00000004' },
      ]),
    );
    const anchor = (id: string) =>
      `<span class="para-tools" data-pagefind-ignore><a class="anchor" id="${id}" href="#${id}" aria-label="本段链接"></a><button type="button" class="copy-link" data-anchor="${id}" aria-label="复制本段链接" title="复制本段链接"><svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.2 1.2a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"></path></svg></button></span>`;
    expect(html).toBe(
      [
        `<aside class="notice" aria-label="印发通知"><h2 id="关于印发同志讲话的通知">${anchor('p-00000001')}关于印发<span class="redacted" title="原文此处隐去（原始文本中为 * 号）">*</span>同志讲话的通知</h2><p>${anchor('p-00000002')}现印发给你们。</p></aside>`,
        `<div class="turn turn--interviewer" data-speaker="记者" data-role="问"><p>${anchor('p-00000003')}<strong>记者</strong>：请谈谈<span class="redacted" title="原文此处隐去（原始文本中为 * 号）">**</span>县的情况？</p></div>`,
        `<div class="closing"><p>${anchor('p-00000004')}2019年5月1日</p></div>`,
      ].join('\n'),
    );
  });

  it('keeps scraped syntax as text', () => {
    const text = `{process.exit(1)} <script>alert('1')</script> export const a = "1" & <b>`;
    const html = render(body([{ kind: 'paragraph', part: 'body', text, id: 'p-00000005-2' }]));
    expect(html).toContain('{process.exit(1)} &lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt; export const a = &quot;1&quot; &amp; &lt;b&gt;');
  });

  it('escapes attributes as Astro does', () => {
    const html = render(body([{ kind: 'turn', part: 'body', speaker: '"甲"&乙', role: 'interviewee', text: '答。', id: 'p-00000007' }]));
    expect(html).toContain('<div class="turn turn--interviewee" data-speaker="&quot;甲&quot;&amp;乙" data-role="答">');
  });

  it('gives headings ids from their text, as Astro does', () => {
    expect(render(body([{ kind: 'heading', part: 'body', depth: 3, text: '一、总体要求', id: 'p-00000006' }]))).toMatch(/^<h3 id="一总体要求">/);
  });

  it.each([
    ['an element the serializer never writes', '段落。\n\n<Script src="x" />\n', /docs\/x\.mdx:3:1: <Script> is not an element/],
    ['a text expression', '段落{process.exit(1)}。\n', /docs\/x\.mdx:1:3: an expression/],
    ['a flow expression', '{globalThis.x = 1}\n', /docs\/x\.mdx:1:1: an expression/],
    ['an import', 'import fs from "node:fs"\n\n段落。\n', /docs\/x\.mdx:1:1: import\/export/],
    ['an attribute expression', '<Turn speaker={x} role="interviewer">\n  问\n</Turn>\n', /docs\/x\.mdx:1:1: <Turn> has an attribute/],
    ['an unknown attribute', '<Redacted onclick="x">*</Redacted>\n', /<Redacted> has an attribute/],
    ['a turn without its role', '<Turn speaker="记者" role="host">\n  问\n</Turn>\n', /<Turn> needs a speaker and a role/],
    ['an anchor with another id', '<Anchor id="x" />段落\n', /<Anchor> needs an id/],
  ])('refuses %s, naming the file and line', (_, mdx, message) => {
    expect(() => render(mdx)).toThrow(message);
  });
});

// renderDocument writes plain one-line blocks directly and parses other blocks one at a time
// (blockwiseHtml); the HTML must be byte for byte the whole body's parse (parsedDocument).
describe('renderDocument block by block', () => {
  const A = (n: number) => `p-${String(n).padStart(8, '0')}`;
  const bodies: [string, string][] = [
    ['plain paragraphs and headings', `<Anchor id="${A(1)}" />第一段。\n\n## <Anchor id="${A(2)}" />一、总体要求\n\n<Anchor id="${A(3)}" />第二段，"引号" 'single' 😀𠮷。\n`],
    ['headings of the same text (slugs counted across plain and parsed blocks)', `## <Anchor id="${A(1)}" />要求\n\n### <Anchor id="${A(2)}" />**要求**\n\n#### <Anchor id="${A(3)}" />要求\n\n<Anchor id="${A(4)}" />正文。\n`],
    ['a heading with punctuation and Latin letters', `## <Anchor id="${A(1)}" />Part One: "the" 'plan' (2019) — 第一部分\n\n<Anchor id="${A(2)}" />正文。\n`],
    ['leading blank lines (the body at its file lines)', `\n\n\n<Anchor id="${A(1)}" />正文。\n`],
    ["whitespace at a text's ends", `<Anchor id="${A(1)}" />  前有空格\n\n<Anchor id="${A(2)}" />后有空格  \n\n## <Anchor id="${A(3)}" /> 标题 \n\n<Anchor id="${A(4)}" />全角\u3000\n`],
    ['inline syntax in a line', `<Anchor id="${A(1)}" />甲<Redacted>*</Redacted>乙 **强** \\* \`code\` [链接](http://x) a_b_c\n\n<Anchor id="${A(2)}" />正文。\n`],
    ['turns, a notice and a closing', `<Turn speaker="记者" role="interviewer">\n  <Anchor id="${A(1)}" />**记者**：问？\n</Turn>\n\n<Turn speaker='"甲"&乙' role="interviewee">\n  <Anchor id="${A(2)}" />**"甲"&乙**：答<Redacted>**</Redacted>。\n</Turn>\n\n<Notice>\n  ## <Anchor id="${A(3)}" />关于印发的通知\n</Notice>\n\n<Closing>\n  <Anchor id="${A(4)}" />2019年5月1日\n</Closing>\n`],
    ['an element holding blank lines', `<Notice>\n  ## <Anchor id="${A(1)}" />通知\n\n  <Anchor id="${A(2)}" />现印发给你们。\n</Notice>\n\n<Anchor id="${A(3)}" />正文。\n`],
    ['a link definition elsewhere', `<Anchor id="${A(1)}" />见[注一]。\n\n[注一]: http://example.org\n`],
    ['a list across blank lines', `- <Anchor id="${A(1)}" />一\n\n- <Anchor id="${A(2)}" />二\n`],
    ['a paragraph of two lines', `<Anchor id="${A(1)}" />第一行\n第二行\n\n<Anchor id="${A(2)}" />正文。\n`],
    ['a line without an anchor', `<Anchor id="${A(1)}" />正文。\n\n无锚点的段落。\n`],
    ['a thematic break and a quote', `<Anchor id="${A(1)}" />正文。\n\n---\n\n> <Anchor id="${A(2)}" />引文\n`],
    ['nothing', ''],
  ];
  it.each(bodies)("gives the whole parse's HTML: %s", (_, mdx) => {
    expect(render(mdx)).toBe(parsedDocument(mdx, 'docs/x.mdx'));
  });

  it("gives the whole parse's HTML for serialized documents of every block kind", () => {
    const blocks: Block[] = [
      { kind: 'heading', part: 'notice', depth: 2, text: '关于印发*同志讲话的通知', id: A(1) },
      { kind: 'paragraph', part: 'notice', text: '现印发给你们。', id: A(2) },
      { kind: 'heading', part: 'body', depth: 2, text: '一、总体要求', id: A(3) },
      { kind: 'paragraph', part: 'body', text: '要坚持"两个维护"，{不} <b>加强</b> & 落实。', id: A(4) },
      { kind: 'heading', part: 'body', depth: 2, text: '一、总体要求', id: A(5) },
      { kind: 'turn', part: 'body', speaker: '记者', role: 'interviewer', text: '请谈谈**县的情况？', id: A(6) },
      { kind: 'turn', part: 'body', speaker: '张三', role: 'interviewee', text: '好的。', id: A(7) },
      { kind: 'paragraph', part: 'body', text: '普通的一段。', id: A(8) },
      { kind: 'paragraph', part: 'closing', text: '2019年5月1日', id: A(9) },
    ];
    for (let n = 1; n <= blocks.length; n++) {
      const mdx = body(blocks.slice(0, n));
      expect(render(mdx)).toBe(parsedDocument(mdx, 'docs/x.mdx'));
    }
  });
});
