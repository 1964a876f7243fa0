// Writes opencc-tables.json: the tables lib/opencc.ts builds from OpenCC's and
// Unihan's dictionaries, with the digest of what they are built from, so that
// each worker reads them instead of building them (`node scripts/ingest/lib/opencc-tables.build.ts`
// after a change to opencc.ts, the standards' tables or the packages; the test
// tests/unit/opencc-tables.test.ts says when).
import { writeFileSync } from 'node:fs';
import { TABLES_FILE, tableInputsDigest, tablesFromSource } from './opencc.ts';

const tables = tablesFromSource();
writeFileSync(TABLES_FILE, `${JSON.stringify({ digest: tableInputsDigest(), ...tables })}\n`);
console.log(`opencc-tables.json: ${tables.changeable.characters.length} changeable characters, ${tables.regional.plain.length} regional entries, ${tables.variants.length} variants`);
