// What the region class samples' tests share (placeinst, regionpost,
// regionwrong): a page run through the stages the region stage reads after
// (cleaning, structure, source), an evaluation case's raw file, and the
// region and rule ids as the tests compare them.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cleaningStages, createFile, structureStages } from '../../scripts/ingest/pipeline.ts';
import { extractRegion } from '../../scripts/ingest/stages/region.ts';
import { extractSource } from '../../scripts/ingest/stages/source.ts';
import type { IngestFile, Region } from '../../scripts/ingest/types.ts';

const evalDir = path.join(import.meta.dirname, '../eval');

export type Place = { province: string | null; city: string | null; county: string | null };

/** One hand-labelled page of a sample's labels.json. */
export interface Labelled {
  file: string;
  half: 'A' | 'B';
  expected: Place;
}

export function ingest(name: string, bytes: Buffer): IngestFile {
  const file = createFile({ path: name, bytes });
  for (const stage of [...cleaningStages, ...structureStages, extractSource, extractRegion]) stage(file);
  return file;
}

/** An evaluation case's raw file (`<set>/<slug>`), by the name it is stored under. */
export const evalRaw = (slug: string) => {
  const dir = path.join(evalDir, slug);
  const raw = readdirSync(dir).find((n) => n.startsWith('raw.'))!;
  return { raw, bytes: readFileSync(path.join(dir, raw)) };
};

export const asRegion = (r: Region | undefined): Place => ({ province: r?.province ?? null, city: r?.city ?? null, county: r?.county ?? null });

export const ruleIds = (file: IngestFile) => file.messages.filter((m) => m.source === 'region').map((m) => m.ruleId);
