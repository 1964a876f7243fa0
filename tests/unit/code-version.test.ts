// The version every cache is keyed by: it follows the code, not a number someone
// has to remember to bump.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteCodeVersion } from '../../core/cache/code-version.ts';

const work = mkdtempSync(path.join(tmpdir(), 'code-version-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A project root with a little site code and a lockfile. */
function project(name: string): string {
  const root = path.join(work, name);
  mkdirSync(path.join(root, 'src/lib/search'), { recursive: true });
  mkdirSync(path.join(root, 'src/integrations'), { recursive: true });
  mkdirSync(path.join(root, 'core'), { recursive: true });
  writeFileSync(path.join(root, 'src/lib/search/extract.ts'), 'export const extract = (html: string) => html.length;\n');
  writeFileSync(path.join(root, 'src/integrations/index.ts'), 'export const index = 1;\n');
  writeFileSync(path.join(root, 'core/comparable.ts'), 'export const comparable = (text: string) => text;\n');
  writeFileSync(path.join(root, 'package-lock.json'), '{"packages":{"node_modules/pagefind":{"version":"1.4.0"}}}\n');
  return root;
}

describe('siteCodeVersion', () => {
  it('is the same for the same code wherever the project lies, and changes with any file of the site code, the shared core or the packages', () => {
    const base = siteCodeVersion(project('a'));
    expect(siteCodeVersion(project('b'))).toBe(base);

    const edited = project('c');
    writeFileSync(path.join(edited, 'src/lib/search/extract.ts'), 'export const extract = (html: string) => html.trim().length;\n');
    expect(siteCodeVersion(edited)).not.toBe(base);

    const integration = project('d');
    writeFileSync(path.join(integration, 'src/integrations/index.ts'), 'export const index = 2;\n');
    expect(siteCodeVersion(integration)).not.toBe(base);

    const shared = project('h');
    writeFileSync(path.join(shared, 'core/comparable.ts'), 'export const comparable = (text: string) => text.trim();\n');
    expect(siteCodeVersion(shared)).not.toBe(base);

    const upgraded = project('e');
    writeFileSync(path.join(upgraded, 'package-lock.json'), '{"packages":{"node_modules/pagefind":{"version":"1.5.0"}}}\n');
    expect(siteCodeVersion(upgraded)).not.toBe(base);
  });

  it('leaves out what is not build-time code (pages, content)', () => {
    const root = project('f');
    const base = siteCodeVersion(project('g'));
    mkdirSync(path.join(root, 'src/pages'), { recursive: true });
    writeFileSync(path.join(root, 'src/pages/index.astro'), '<h1>首页</h1>\n');
    cpSync(path.join(root, 'src/pages'), path.join(root, 'content'), { recursive: true });
    expect(siteCodeVersion(root)).toBe(base);
  });
});
