// The baseline generator: the same documents as plain Markdown, built by Hugo
// (one page per document plus year pages through a taxonomy), so the Astro
// build reads as a multiple of a fast static generator on any machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../../core/mdx/frontmatter.ts';

export const HUGO_INSTALL = 'sudo apt-get install hugo   # Debian/Ubuntu; or see https://gohugo.io/installation/';

/** The hugo binary on PATH, or undefined. */
export function findHugo(): string | undefined {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
    return 'hugo';
  } catch {
    return undefined;
  }
}

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n',
  '_default/single.html': '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.place }}</p>{{ .Content }}</article>{{ end }}\n',
  '_default/list.html': '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
};

/** Writes a minimal Hugo site of the generated MDX documents, as Markdown without the MDX anchors. */
export function writeHugoSite(documentsDir: string, root: string): number {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'content', 'documents'), { recursive: true });
  writeFileSync(path.join(root, 'hugo.toml'), 'baseURL = "https://example.org/"\nlanguageCode = "zh-cn"\ndisableKinds = ["RSS", "sitemap"]\n[taxonomies]\n  year = "years"\n');
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(path.dirname(path.join(root, 'layouts', file)), { recursive: true });
    writeFileSync(path.join(root, 'layouts', file), text);
  }
  let count = 0;
  for (const name of readdirSync(documentsDir).filter((n) => n.endsWith('.mdx'))) {
    const mdx = readFileSync(path.join(documentsDir, name), 'utf8');
    const { data, body: mdxBody } = readFrontmatter(mdx, name);
    const meta = data as { title: string; date?: string; year?: number; region?: { province: string; city?: string; county?: string } };
    const body = mdxBody.replace(/<Anchor id="[^"]*" \/>/g, '');
    const place = meta.region ? [meta.region.province, meta.region.city, meta.region.county].filter(Boolean).join(' ') : '';
    const front = { title: meta.title, place, ...(meta.year ? { years: [String(meta.year)] } : {}) };
    writeFileSync(path.join(root, 'content', 'documents', name.replace(/\.mdx$/, '.md')), `${JSON.stringify(front)}\n\n${body}`);
    count++;
  }
  return count;
}
