// Stage: cleaned text → title, front lines and body blocks.
//
// Reading order of a document: [cover notice] title [name, date, byline,
// caption lines] body [attribution] [signature and date lines]. The title and
// the head and tail lines that are not body text are taken out of the blocks;
// head and attribution lines go to `file.data.front` for the metadata stages
// and are recorded as removed, so that nothing leaves the text unrecorded.
import type { Block, IngestFile } from '../types.ts';
import { bodyBlocks } from '../structure/body.ts';
import { readHead } from '../structure/head.ts';
import { isSalutation } from '../structure/lines.ts';
import { findCoverNotice } from '../structure/notice.ts';
import { readTail } from '../structure/tail.ts';
import { deriveTitle, findTitle } from '../structure/title.ts';

const COLUMN_LABEL = /^【[^】]{1,6}】\s*(?=\S)/u;
const STAGE = 'structure';

const REASONS = {
  name: 'speaker name line under the title → speakers',
  date: 'date line under the title → date',
  byline: 'byline → source',
  attribution: 'attribution → source',
  caption: 'photo caption: describes a picture the archive does not hold',
} as const;

export function structure(file: IngestFile): void {
  const lines = String(file.value)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const setAside = (text: string, reason: string) => {
    file.data.front.push(text);
    file.data.removed.push({ stage: STAGE, reason, text });
  };

  const notice = findCoverNotice(lines);
  const start = notice?.end ?? 0;
  const found = findTitle(lines, start);
  if (found?.rest !== undefined) lines[start] = found.rest;
  const afterTitle = found && found.rest === undefined ? start + found.lines : start;

  const { head, next } = readHead(lines, afterTitle);
  for (const line of head) setAside(line.text, REASONS[line.kind]);

  const tail = readTail(lines, next);
  const body = lines.slice(next, tail.start);
  if (tail.lastLine !== undefined) body[body.length - 1] = tail.lastLine;
  for (const text of tail.front) setAside(text, REASONS.attribution);

  const blocks: Block[] = [
    ...(notice?.blocks ?? []),
    ...bodyBlocks(body),
    ...tail.closing.map((text): Block => ({ kind: 'paragraph', part: 'closing', text })),
  ];
  file.data.blocks = blocks;

  if (found?.damaged) {
    file.message(`title glued to the first sentence and cut at a damage mark: "${found.title}" — the end of the title and the start of the first sentence may be lost`, { ruleId: 'title-damaged', source: STAGE });
  }
  if (found) {
    // 【专访】 and 【图文】 name the site's column, not the document.
    const column = COLUMN_LABEL.exec(found.title)?.[0];
    if (column) file.data.removed.push({ stage: STAGE, reason: 'column label before the title', text: column.trim() });
    file.data.meta.title = column ? found.title.slice(column.length) : found.title;
    file.data.meta.titleSource = 'found';
    return;
  }
  const first = blocks.find((b) => b.part === 'body' && !isSalutation(b.text));
  file.data.meta.title = deriveTitle(first?.text ?? lines[0] ?? '');
  file.data.meta.titleSource = 'derived';
  file.info(`no title stated; derived "${file.data.meta.title}" from the first sentence`, { ruleId: 'title-derived', source: STAGE });
}
