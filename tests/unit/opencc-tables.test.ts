// The tables lib/opencc.ts reads from opencc-tables.json are the ones it would
// build from OpenCC's and Unihan's dictionaries now: a change to any of their
// inputs without writing the file again fails here (and the ingest builds
// them from the sources meanwhile).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLES_FILE, tableInputsDigest, tablesFromSource } from '../../scripts/ingest/lib/opencc.ts';

describe('opencc-tables.json', () => {
  const written = JSON.parse(readFileSync(TABLES_FILE, 'utf8')) as { digest: string };

  it('was written from the inputs as they are (else: node scripts/ingest/lib/opencc-tables.build.ts)', () => {
    expect(written.digest).toBe(tableInputsDigest());
  });

  it('holds the tables built from the sources, in their order', () => {
    const { digest: _digest, ...tables } = written;
    expect(tables).toEqual(JSON.parse(JSON.stringify(tablesFromSource())));
    // Building them is what the file spares the ingest: about a second, more on a loaded machine.
  }, 120_000);
});
