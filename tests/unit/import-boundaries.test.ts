import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossing, importViolations, specifiersOf } from '../../scripts/check-imports.ts';

const root = path.resolve(import.meta.dirname, '../..');
const why = (file: string, specifier: string) => crossing(file, specifier)?.why;

describe('import boundaries', () => {
  it('find static, type-only, re-exported and dynamic imports, and those of an Astro page', () => {
    const page = `---\nimport Base from '../layouts/Base.astro';\nimport type { X } from '../../scripts/ingest/types.ts';\n---\n<script>\n  import { copyText } from '../lib/copy.ts';\n</script>`;
    expect(specifiersOf(page)).toEqual(['../layouts/Base.astro', '../../scripts/ingest/types.ts', '../lib/copy.ts']);
    expect(specifiersOf(`export { a } from './a.ts';\nconst b = await import('../b.ts');`)).toEqual(['./a.ts', '../b.ts']);
  });

  it('refuse the site reaching into the pipeline and the pipeline into the site or Astro', () => {
    expect(why('src/lib/slogans.ts', '../../scripts/ingest/slogans/grammar.ts')).toBe('the site reaches the pipeline only through core/');
    expect(why('src/pages/slogans/index.astro', '../../../scripts/ingest/slogans/glossary.ts')).toBe('the site reaches the pipeline only through core/');
    expect(why('scripts/ingest/cache.ts', '../../src/lib/build-cache.ts')).toBe('the pipeline reaches the site only through core/');
    expect(why('scripts/ingest/stages/overrides.ts', 'astro/zod')).toBe('the pipeline reaches the site only through core/');
    expect(why('core/schema.ts', '../src/lib/dates.ts')).toBe('the shared core stands on its own');
    expect(why('core/schema.ts', 'astro:content')).toBe('the shared core stands on its own');
  });

  it('let both import the core, their own modules and other packages', () => {
    expect(why('src/lib/slogans.ts', '../../core/slogans/grammar.ts')).toBeUndefined();
    expect(why('scripts/ingest/stages/overrides.ts', '../../../core/schema.ts')).toBeUndefined();
    expect(why('scripts/ingest/stages/overrides.ts', 'zod')).toBeUndefined();
    expect(why('src/content.config.ts', 'astro/zod')).toBeUndefined();
    expect(why('scripts/ingest/stages/html.ts', 'astronomy-words')).toBeUndefined();
    expect(why('scripts/bench/site.ts', '../../src/lib/search/build.ts')).toBeUndefined();
  });

  it('hold in this project', () => {
    expect(importViolations(root)).toEqual([]);
  });
});
