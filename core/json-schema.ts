// The published JSON Schema of an export record (public/data/document.schema.json),
// generated from the zod contract: `npm run schema` writes it, and a test
// fails when the committed file differs from what this gives.
import { z } from 'zod';
import { documentRecordSchema } from './schema.ts';

export const SCHEMA_ID = 'https://speech-archive.example.org/data/document.schema.json';

export function documentJsonSchema(): Record<string, unknown> {
  // io 'output': the shape of what the exports write.
  const schema = z.toJSONSchema(documentRecordSchema, { target: 'draft-2020-12', io: 'output' });
  const { $schema, ...rest } = schema;
  return { $schema, $id: SCHEMA_ID, ...rest };
}

/** The file's text: two-space JSON and a final newline. */
export const documentJsonSchemaText = (): string => `${JSON.stringify(documentJsonSchema(), null, 2)}\n`;
