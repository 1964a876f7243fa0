// The slogans glossary's child process (src/lib/slogans.ts, glossary-store.ts):
// reads its job from the cache folder (at 50,000 documents it is too long for
// an argument), builds the glossary, writes its entries there and answers
// their summaries. Its paragraphs and sentences are this process's memory,
// not the build's.
import { readFileSync } from 'node:fs';
import { childAnswer, childJob } from '../integrations/worker-result.ts';
import { writeGlossary, type GlossaryJob } from './glossary-store.ts';

const { jobFile } = childJob<{ jobFile: string }>();
const job = JSON.parse(readFileSync(jobFile, 'utf8')) as GlossaryJob;
childAnswer(await writeGlossary(job));
