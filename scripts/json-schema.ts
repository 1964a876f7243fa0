// Writes public/data/document.schema.json from the document contract (core/schema.ts).
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../core/fs/write-atomic.ts';
import { documentJsonSchemaText } from '../core/json-schema.ts';

const target = fileURLToPath(new URL('../public/data/document.schema.json', import.meta.url));
await writeAtomic(target, documentJsonSchemaText());
console.log(`wrote ${target}`);
