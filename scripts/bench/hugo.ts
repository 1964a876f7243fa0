// The baseline: the same documents as plain Markdown, built by Hugo (one page
// per document plus year pages through a taxonomy) and indexed by Pagefind's
// own CLI over Hugo's pages — the stack a user would otherwise pick — so the
// whole pipeline reads as a multiple of it on any machine.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readFrontmatter } from '../../core/mdx/frontmatter.ts';

export const HUGO_INSTALL = 'sudo apt-get install hugo   # Debian/Ubuntu; or see https://gohugo.io/installation/';

/** The Pagefind binary the project's own pagefind package installed (the one its Node API runs), found as that package finds it. */
export function pagefindBinary(): string {
  const require = createRequire(import.meta.url);
  const cpu = process.arch;
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${process.platform}-${cpu}/bin/${name}`);
    } catch {
      // Try the next name.
    }
  }
  throw new Error(`bench: no Pagefind binary for ${process.platform}-${cpu} under node_modules/@pagefind`);
}

/** Pagefind's CLI over the Hugo site, as a user of that stack runs it: the index goes into the site's pagefind/ folder. */
export const pagefindArgs = (site: string) => ['--site', site];

/** The hugo binary on PATH, or undefined. */
export function findHugo(): string | undefined {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
    return 'hugo';
  } catch {
    return undefined;
  }
}

// The article carries data-pagefind-body, as the project's document pages do, so that Pagefind indexes the same documents in both.
const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n',
  '_default/single.html': '{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1><p>{{ .Params.place }}</p>{{ .Content }}</article>{{ end }}\n',
  '_default/list.html': '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
};

/**
 * The document's body as a Hugo user would write it: plain Markdown without
 * the MDX anchors, and an interview's turns and a notice's closing as the
 * paragraphs they hold (**记者**：…). Kept as <Turn>/<Closing> blocks, Hugo's
 * Goldmark omitted them as raw HTML, so the baseline indexed about 16% less
 * text than the archive shows (docs/performance.md, ninth and eleventh sessions).
 */
export function hugoMarkdown(mdxBody: string): string {
  return mdxBody
    .replace(/<Anchor id="[^"]*" \/>/g, '')
    .replace(/^<(Turn|Closing)\b[^>\n]*>\n([\s\S]*?)\n<\/\1>$/gm, (_, _tag: string, inner: string) => inner.replace(/^ {2}/gm, ''));
}

/** Writes a minimal Hugo site of the generated MDX documents, as Markdown (hugoMarkdown). */
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
    const body = hugoMarkdown(mdxBody);
    const place = meta.region ? [meta.region.province, meta.region.city, meta.region.county].filter(Boolean).join(' ') : '';
    const front = { title: meta.title, place, ...(meta.year ? { years: [String(meta.year)] } : {}) };
    writeFileSync(path.join(root, 'content', 'documents', name.replace(/\.mdx$/, '.md')), `${JSON.stringify(front)}\n\n${body}`);
    count++;
  }
  return count;
}
