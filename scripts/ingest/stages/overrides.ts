// Archivists' corrections: content/overrides/<id>.yml holds only the fields to
// change for the document <id>. Ingest applies them after every other stage,
// so a re-ingest never loses them, and records in the document which fields
// were overridden. A file that names an unknown field, a value of the wrong
// type or an unknown id is an error naming the file: a correction silently
// ignored would be worse than a failed run.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { CORRECTABLE, documentSchema, type DocumentMeta } from '../../../core/schema.ts';
import type { IngestResult } from '../pipeline.ts';
import { serialize } from '../serialize.ts';
import { isoDate } from '../../../core/dates/parse.ts';

/** A date as the frontmatter has it; YAML reads a bare year (date: 2012) as a number. */
const date = z
  .union([z.string(), z.number().int()])
  .transform(String)
  .pipe(documentSchema.shape.date.unwrap())
  .refine((text) => {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
    return m !== null && isoDate(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined) === text;
  }, 'must be a real date written YYYY-MM-DD, YYYY-MM or YYYY');

/** The fields an archivist may correct, typed as in the frontmatter; each optional. */
const overrideSchema = documentSchema
  .pick(Object.fromEntries(CORRECTABLE.map((field) => [field, true])) as { [K in (typeof CORRECTABLE)[number]]: true })
  .extend({ date })
  .partial();

export interface Override {
  /** The file the correction came from, as given to loadOverrides joined with its name. */
  file: string;
  fields: Partial<DocumentMeta>;
}

/** Reads every <id>.yml (or .yaml) in the folder; a missing folder means no corrections. */
export async function loadOverrides(dir: string): Promise<Map<string, Override>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const overrides = new Map<string, Override>();
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const file = path.join(dir, name);
    const id = name.replace(/\.ya?ml$/, '');
    if (overrides.has(id)) throw new Error(`${file}: a second override for ${id} (in ${overrides.get(id)!.file})`);
    overrides.set(id, { file, fields: parseOverride(file, await readFile(file, 'utf8')) });
  }
  return overrides;
}

/** One override file's fields; throws an Error naming the file and the problem. */
export function parseOverride(file: string, text: string): Partial<DocumentMeta> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data === null || data === undefined) throw new Error(`${file}: empty override: write only the fields to change`);
  const result = overrideSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const where = issue.path.join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    });
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  if (Object.keys(result.data).length === 0) throw new Error(`${file}: no field to change`);
  return result.data;
}

/** The files of overrides whose id is not among the documents' ids. */
export function unknownOverrideIds(overrides: Map<string, Override>, ids: Set<string>): string[] {
  return [...overrides].filter(([id]) => !ids.has(id)).map(([, override]) => override.file);
}

/**
 * Applies a document's corrections to its pipeline result and records which
 * fields were corrected. Runs on every result, cached or not, after the
 * pipeline: a correction never enters the per-file cache, so editing one
 * takes effect on the next run.
 */
export function applyOverride(result: IngestResult, overrides: Map<string, Override>): IngestResult {
  if (result.kind !== 'document') return result;
  const override = overrides.get(result.meta.id);
  if (!override) return result;
  const meta: DocumentMeta = Object.assign({ ...result.meta }, override.fields);
  if (override.fields.date !== undefined) meta.year = Number(override.fields.date.slice(0, 4));
  meta.overridden = Object.keys(override.fields);
  return { ...result, meta, mdx: serialize(meta, result.blocks) };
}
