import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hugoMarkdown, writeHugoSite } from '../../scripts/bench/hugo.ts';

// An interview's turns and a notice's closing as ingest writes them (scripts/ingest/serialize.ts).
const BODY = `<Anchor id="p-1" />今天我们召开座谈会。

<Turn speaker="记者" role="interviewer">
  <Anchor id="p-2" />**记者**：请您谈一谈下一步有哪些打算？
</Turn>

<Turn speaker="林国光" role="interviewee">
  <Anchor id="p-3" />**林国光**：要持续改进作风。
</Turn>

<Closing>
  <Anchor id="p-4" />黄骅市农业农村局

  <Anchor id="p-5" />2022年8月24日
</Closing>
`;

describe('the Hugo baseline’s Markdown', () => {
  it('writes turns and closings as the paragraphs they hold, which Goldmark renders instead of omitting as raw HTML', () => {
    expect(hugoMarkdown(BODY)).toBe(`今天我们召开座谈会。

**记者**：请您谈一谈下一步有哪些打算？

**林国光**：要持续改进作风。

黄骅市农业农村局

2022年8月24日
`);
  });

  it('is what the site’s content file holds after its front matter', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-hugo-'));
    try {
      const documents = path.join(dir, 'documents');
      const site = path.join(dir, 'hugo');
      rmSync(documents, { recursive: true, force: true });
      mkdirSync(documents);
      writeFileSync(path.join(documents, 'abc.mdx'), `---\ntitle: 专访\nyear: 2022\n---\n\n${BODY}`);
      expect(writeHugoSite(documents, site)).toBe(1);
      const md = readFileSync(path.join(site, 'content', 'documents', 'abc.md'), 'utf8');
      expect(md).toContain('**记者**：请您谈一谈下一步有哪些打算？\n\n**林国光**');
      expect(md).not.toContain('<Turn');
      expect(md).not.toContain('<Closing');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
