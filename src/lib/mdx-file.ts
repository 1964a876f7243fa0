// A generated MDX file split into its YAML frontmatter and its body.
import { parse as parseYaml } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface MdxFile {
  data: Record<string, unknown>;
  body: string;
  /** Lines the frontmatter takes: blank lines in their place keep error positions the file's own. */
  lines: number;
}

/** The YAML frontmatter (read as YAML 1.1, as ingest writes it), the body and the frontmatter's line count. */
export function splitFrontmatter(contents: string, file: string): MdxFile {
  const match = FRONTMATTER.exec(contents);
  if (!match) throw new Error(`${file}: no YAML frontmatter`);
  let data: unknown;
  try {
    data = parseYaml(match[1]!, { version: '1.1' });
  } catch (error) {
    throw new Error(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${file}: frontmatter is not a YAML mapping`);
  return { data: data as Record<string, unknown>, body: contents.slice(match[0].length), lines: match[0].split('\n').length - 1 };
}

/** The body with blank lines in place of the frontmatter, so that positions in it are the file's. */
export const bodyAtFileLines = ({ body, lines }: MdxFile) => '\n'.repeat(lines) + body;
