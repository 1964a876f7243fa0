// Stage: date, dateKind, year, otherDates.
//
// Dates are read only where a document states its own date: date lines (a
// line that is a date and nothing else, in the front lines or the blocks),
// attributions and bylines set aside in the front lines, the 发布时间 or
// forum timestamp found in page chrome, the meeting date in a cover notice,
// and a year in a title like 在2012年全区卫生工作会议上的讲话. A date inside an
// ordinary body sentence is about something else and is never taken.
import type { DocumentMeta, IngestFile } from '../types.ts';
import { dateLine, findDates, firstYear, isoDate, isoOf, resolveYear } from '../extract/date-parse.ts';

type DateKind = NonNullable<DocumentMeta['dateKind']>;

interface Dated {
  iso: string;
  kind: DateKind;
}

/** How many paragraphs at each end of the body may hold the document's date line. */
const BODY_EDGE = 3;
const KIND_RANK: Record<DateKind, number> = { delivered: 0, issued: 1, published: 2 };
/** A title naming a document that is issued rather than delivered (关于…的通知). */
const ISSUED_TITLE = /(通知|通报|决定|意见|批复|公告|通告|函)$/;
/** What follows a meeting date in a notice: 在5月29日召开的…会议上. */
const MEETING_AFTER = /^[^，。；,;]{0,30}?(召开|举行|举办|会议|大会|会上)/;
/** A title of the form 在2012年…会议上的讲话: the year the speech was given. */
const MEETING_TITLE = /^在.*(会议|大会|会|典礼|仪式|论坛)上的/;

export function extractDates(file: IngestFile): void {
  const { meta, front, blocks, candidates } = file.data;
  const found: Dated[] = [];
  const add = (iso: string | undefined, kind: DateKind) => {
    if (iso) found.push({ iso, kind });
  };

  // Date lines. By convention the delivery date under a speech title is
  // bracketed; a bare date line beside a bracketed one, or in a cover notice,
  // or closing a document titled as a notice, is an issue date.
  // In the body, a date line is the document's only at its edges, where a date
  // line the structure stage did not set aside would be; in the middle it
  // heads a section (a chronicle's 2012年5月29日), and a year alone is a heading.
  const paragraphs = blocks.filter((b) => b.kind !== 'heading');
  const body = paragraphs.filter((b) => b.part === 'body');
  const edges = new Set([...body.slice(0, BODY_EDGE), ...body.slice(-BODY_EDGE)]);
  const lines = [
    ...front.map((text) => ({ text, part: 'front' })),
    ...paragraphs.filter((b) => b.part !== 'body' || edges.has(b)).map((b) => ({ text: b.text, part: b.part as string })),
  ];
  const dateLines = lines.flatMap((line) => {
    const hit = dateLine(line.text);
    if (!hit || (line.part === 'body' && hit.date.month === undefined)) return [];
    return [{ ...hit, part: line.part }];
  });
  const hasNotice = blocks.some((b) => b.part === 'notice');
  const anyBracketed = dateLines.some((d) => d.bracketed);
  const issuedTitle = ISSUED_TITLE.test(meta.title ?? '');
  for (const line of dateLines) {
    const issued = line.part === 'notice' || (!line.bracketed && (anyBracketed || hasNotice || issuedTitle));
    add(isoOf(line.date), issued ? 'issued' : 'delivered');
  }

  // Attributions and bylines with a date, e.g. （《徐州日报》2022年9月27日 文/…）.
  for (const text of front) {
    if (dateLine(text)) continue;
    const [first] = findDates(text).filter((d) => d.year !== undefined);
    if (first) add(isoOf(first), 'published');
  }
  if (candidates.published) {
    const [first] = findDates(candidates.published).filter((d) => d.year !== undefined);
    if (first) add(isoOf(first), 'published');
  }

  // The meeting date named in a cover notice; a month-day date takes its
  // year from the notice's own date.
  const reference = referenceDate(found.filter((d) => d.kind === 'issued'));
  for (const block of blocks.filter((b) => b.part === 'notice')) {
    for (const date of findDates(block.text)) {
      if (!MEETING_AFTER.test(block.text.slice(date.end))) continue;
      add(date.year !== undefined ? isoOf(date) : reference && resolveYear(date, reference), 'delivered');
    }
  }

  const titleYear = meetingTitleYear(meta.title ?? '');
  if (titleYear) add(titleYear, 'delivered');

  const [primary, ...others] = rank(dedupe(found));
  if (!primary) return;
  meta.date = primary.iso;
  meta.dateKind = primary.kind;
  meta.year = Number(primary.iso.slice(0, 4));
  const otherDates = others.map(({ iso, kind }) => ({ date: iso, kind }));
  if (otherDates.length > 0) meta.otherDates = otherDates;
  const conflicting = others.find((d) => d.kind === primary.kind && !primary.iso.startsWith(d.iso) && !d.iso.startsWith(primary.iso));
  if (conflicting) {
    file.info(`two ${primary.kind} dates: ${primary.iso} taken, ${conflicting.iso} kept in otherDates`, { ruleId: 'date-conflict', source: 'dates' });
  }
}

function referenceDate(issued: Dated[]): { year: number; month?: number; day?: number } | undefined {
  const [first] = rank(issued);
  if (!first) return undefined;
  const [year, month, day] = first.iso.split('-').map(Number);
  return { year: year!, month, day };
}

function meetingTitleYear(title: string): string | undefined {
  const year = MEETING_TITLE.test(title) ? firstYear(title) : undefined;
  return year === undefined ? undefined : isoDate(year);
}

/** Drops repeats and a less precise date that a more precise one of the same kind contains (2012 beside 2012-05-29). */
function dedupe(dates: Dated[]): Dated[] {
  return dates.filter(
    (d, i) =>
      dates.findIndex((e) => e.kind === d.kind && e.iso === d.iso) === i &&
      !dates.some((e) => e.kind === d.kind && e.iso !== d.iso && e.iso.startsWith(d.iso)),
  );
}

/** Delivered before issued before published; then the more precise; then the first found. */
function rank(dates: Dated[]): Dated[] {
  return dates
    .map((d, order) => ({ d, order }))
    .sort((a, b) => KIND_RANK[a.d.kind] - KIND_RANK[b.d.kind] || b.d.iso.length - a.d.iso.length || a.order - b.order)
    .map(({ d }) => d);
}
