// A generated MDX file's YAML frontmatter and body, read one way everywhere:
// by the serializer (replacing a document's metadata), the site's loader and
// pages, the exports and the benchmark.
import { parse as parseYaml } from 'yaml';

/** Up to the first `---` line, as MDX reads it. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface SplitFile {
  /** The YAML text between the `---` lines. */
  yaml: string;
  body: string;
  /** Lines the frontmatter takes: blank lines in their place keep error positions the file's own. */
  lines: number;
}

export interface MdxFile extends SplitFile {
  data: Record<string, unknown>;
}

/** The frontmatter's text and the body; throws naming `file` when there is no frontmatter. */
export function splitFrontmatter(contents: string, file = 'MDX'): SplitFile {
  const match = FRONTMATTER.exec(contents);
  if (!match) throw new Error(`${file}: no YAML frontmatter`);
  return { yaml: match[1]!, body: contents.slice(match[0].length), lines: match[0].split('\n').length - 1 };
}

/** The YAML frontmatter read as YAML 1.1, as ingest writes it (unvalidated), with the body. */
export function readFrontmatter(contents: string, file = 'MDX'): MdxFile {
  const split = splitFrontmatter(contents, file);
  let data: unknown;
  try {
    data = parseYaml(split.yaml, { version: '1.1' });
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: frontmatter is not a YAML mapping`);
  return { ...split, data: data as Record<string, unknown> };
}

/** The body with blank lines in place of the frontmatter, so that positions in it are the file's. */
export const bodyAtFileLines = ({ body, lines }: SplitFile) => '\n'.repeat(lines) + body;
