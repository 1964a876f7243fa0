// A development case by its set and slug prefix (`unseen30/d30-hatcher-lin`),
// run through every stage as ingest does, for the whole-pipeline checks of the
// title tests.
import { readFileSync, readdirSync } from 'node:fs';
import { cleaningStages, createFile, metadataStages, structureStages } from '../../scripts/ingest/pipeline.ts';

/** The case's directory: the one slug of the set that starts with the prefix. */
export const caseDir = (path: string) => {
  const [set, prefix] = path.split('/') as [string, string];
  const slug = readdirSync(new URL(`../eval/${set}/`, import.meta.url)).find((n) => n.startsWith(prefix))!;
  return new URL(`../eval/${set}/${slug}/`, import.meta.url);
};

/** The case's raw file after the cleaning, structure and metadata stages. */
export const ingestCase = (path: string) => {
  const at = caseDir(path);
  const raw = readdirSync(at).find((n) => n.startsWith('raw.'))!;
  const file = createFile({ path: raw, bytes: readFileSync(new URL(raw, at)) });
  for (const stage of [...cleaningStages, ...structureStages, ...metadataStages]) stage(file);
  return file;
};
