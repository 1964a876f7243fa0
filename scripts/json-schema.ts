// Writes public/data/document.schema.json from the document contract (core/schema.ts).
import { writeFileSync } from 'node:fs';
import { documentJsonSchemaText } from '../core/json-schema.ts';

const target = new URL('../public/data/document.schema.json', import.meta.url);
writeFileSync(target, documentJsonSchemaText());
console.log(`wrote ${target.pathname}`);
