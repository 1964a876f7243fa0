// The stages the speakers stage reads after, run on a hand-written text with
// the type the classifier would have given it: shared by the speakers tests.
import { createFile } from '../../scripts/ingest/pipeline.ts';
import { normalize } from '../../scripts/ingest/stages/normalize.ts';
import { structure } from '../../scripts/ingest/stages/structure.ts';
import { extractSpeakers } from '../../scripts/ingest/stages/speakers.ts';
import type { DocumentType } from '../../scripts/ingest/types.ts';

export function speakersFile(text: string, type: DocumentType) {
  const file = createFile({ path: 'test.txt', bytes: new Uint8Array() });
  file.value = text;
  file.data.candidates = {};
  normalize(file);
  structure(file);
  file.data.meta.type = type;
  extractSpeakers(file);
  return file;
}
