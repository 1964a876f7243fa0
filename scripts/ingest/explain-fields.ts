// For `--explain`: the title, date, type, region and speakers the pipeline
// chose for one file, the evidence in the text for each, and the candidates
// it did not take. Read from the finished file with the same extractors the
// stages use (dates, place names, name lines, type scores), never by running
// a stage's decision again: the choice shown is the one the stage made.
import type { DocumentMeta, IngestFile } from './types.ts';
import { findDates, isoOf } from '../../core/dates/parse.ts';
import { divisionByCode, parentOf, type Division } from './extract/divisions.ts';
import { placeMentions } from './extract/place-mentions.ts';
import { parseNameLine } from './structure/lines.ts';

export interface Evidence {
  /** Where in the document: title, a front line, the body, page metadata … */
  where: string;
  /** The text quoted as the document has it. */
  text: string;
  note?: string;
}

export interface FieldExplanation {
  field: 'title' | 'date' | 'type' | 'region' | 'speakers';
  /** What the pipeline chose; undefined when it left the field empty. */
  value: string | undefined;
  /** How it was chosen: a title found or derived, a date delivered, issued or published. */
  kind?: string;
  evidence: Evidence[];
  rejected: Evidence[];
  /** The stage's own messages about the field. */
  notes: string[];
}

/** Characters quoted either side of a match. */
const CONTEXT = 16;

function around(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

interface Segment {
  where: string;
  text: string;
}

/** The places the metadata stages read, labelled as an archivist would name them. */
function segments(file: IngestFile): Segment[] {
  const { meta, front, blocks } = file.data;
  const body = blocks.filter((b) => b.part === 'body');
  return [
    ...(meta.title ? [{ where: 'title', text: meta.title }] : []),
    ...front.map((text) => ({ where: 'line set aside under the title or at the end', text })),
    ...blocks.map((b) => ({
      where: b.part === 'notice' ? 'cover notice' : b.part === 'closing' ? 'closing lines' : `body paragraph ${body.indexOf(b) + 1}`,
      text: b.text,
    })),
  ];
}

/** What the stage that decides a field said about it. */
const messagesOf = (file: IngestFile, source: string) => file.messages.filter((m) => m.source === source).map((m) => `[${m.ruleId ?? source}] ${m.reason}`);

function title(file: IngestFile): FieldExplanation {
  const { meta, candidates, removed } = file.data;
  const value = meta.title;
  const evidence: Evidence[] = [];
  const rejected: Evidence[] = [];
  const lines = String(file.value).split('\n').map((l) => l.trim()).filter(Boolean);
  if (value && meta.titleSource === 'found') {
    const head = value.split('——')[0]!.slice(0, 12);
    const at = lines.findIndex((l) => l.includes(head));
    if (at !== -1) evidence.push({ where: `line ${at + 1} of the cleaned text`, text: lines[at]!, note: 'a title line at the head of the text' });
  } else if (value) {
    const first = file.data.blocks.find((b) => b.part === 'body');
    if (first) evidence.push({ where: 'first sentence', text: first.text.slice(0, 60), note: 'no title line found; the title is made from the first sentence' });
  }
  if (candidates.title) {
    const agrees = value !== undefined && (candidates.title.includes(value) || value.includes(candidates.title));
    (agrees ? evidence : rejected).push({ where: 'page metadata (<title>, og:title, ArticleTitle)', text: candidates.title, ...(agrees ? {} : { note: 'not taken: the text states its own title' }) });
  }
  for (const span of removed.filter((r) => r.stage === 'structure' && /column label/.test(r.reason))) {
    rejected.push({ where: 'before the title', text: span.text, note: span.reason });
  }
  return {
    field: 'title',
    value: value || undefined,
    ...(value && meta.titleSource ? { kind: meta.titleSource } : {}),
    evidence,
    rejected,
    notes: messagesOf(file, 'structure'),
  };
}

function date(file: IngestFile): FieldExplanation {
  const { meta, candidates } = file.data;
  const chosen = meta.date;
  const other = new Map((meta.otherDates ?? []).map((d) => [d.date, d.kind]));
  const evidence: Evidence[] = [];
  const rejected: Evidence[] = [];
  const seen = new Set<string>();
  const sources = [...segments(file), ...(candidates.published ? [{ where: 'publication date the page states (发布时间, 发表于 …)', text: candidates.published }] : [])];
  for (const { where, text } of sources) {
    for (const found of findDates(text)) {
      const iso = isoOf(found);
      const key = `${where}\u0000${found.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const quote = { where, text: around(text, found.index, found.end) };
      if (iso && chosen && (chosen === iso || chosen.startsWith(iso))) evidence.push({ ...quote, ...(found.text === iso ? {} : { note: `${found.text} → ${iso}` }) });
      else if (iso && other.has(iso)) rejected.push({ ...quote, note: `${iso}: kept in otherDates as ${other.get(iso)}` });
      else if (/^body paragraph/.test(where)) continue;
      else rejected.push({ ...quote, note: iso ? `${iso}: not taken` : `${found.text}: no year` });
    }
  }
  return {
    field: 'date',
    value: chosen,
    ...(chosen && meta.dateKind ? { kind: meta.dateKind } : {}),
    evidence,
    rejected,
    notes: [
      ...messagesOf(file, 'dates'),
      ...(chosen ? [] : ['no date line, dated attribution, page date or meeting date found; a date inside a body sentence is about something else and is never taken']),
    ],
  };
}

/** The scores a stage message states as JSON ("scores {"speech":3,…}"), if it does. */
function statedScores(text: string): Record<string, number> {
  const json = /scores (\{[^}]*\})/.exec(text)?.[1];
  try {
    return json ? (JSON.parse(json) as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** The type is the classify stage's decision: its own message says why, and which other types scored. */
function type(file: IngestFile): FieldExplanation {
  const { meta } = file.data;
  const scores = Object.assign({}, ...file.messages.filter((m) => m.source === 'classify').map((m) => statedScores(m.reason))) as Record<string, number>;
  const ranked = Object.entries(scores).sort((a, b) => b[1] - a[1]);
  return {
    field: 'type',
    value: meta.type,
    evidence: ranked.filter(([t]) => t === meta.type).map(([t, s]) => ({ where: 'type score', text: `${t} ${s}` })),
    rejected: ranked.filter(([t, s]) => t !== meta.type && s > 0).map(([t, s]) => ({ where: 'type score', text: `${t} ${s}`, note: `scored below ${meta.type}` })),
    notes: messagesOf(file, 'classify'),
  };
}

/** The chosen division and every division above it. */
function chain(code: string | undefined): Set<string> {
  const out = new Set<string>();
  for (let d: Division | undefined = code ? divisionByCode(code) : undefined; d; d = parentOf(d)) out.add(d.code);
  return out;
}

/** The full name of a division with its parents: 江苏省 南京市 鼓楼区. */
function fullName(division: Division): string {
  const names: string[] = [];
  for (let d: Division | undefined = division; d; d = parentOf(d)) names.unshift(d.name);
  return names.join(' ');
}

function region(file: IngestFile): FieldExplanation {
  const { meta } = file.data;
  const chosen = meta.region;
  const within = chain(chosen?.code);
  const supports = (d: Division) => {
    for (let up: Division | undefined = d; up; up = parentOf(up)) if (within.has(up.code)) return true;
    return false;
  };
  const evidence: Evidence[] = [];
  const rejected: Evidence[] = [];
  const publisher = meta.source?.name ? [{ where: 'publisher', text: meta.source.name }] : [];
  const counted = new Map<string, { item: Evidence; n: number; good: boolean }>();
  for (const { where, text } of [...segments(file), ...publisher]) {
    for (const mention of placeMentions(text)) {
      const good = mention.divisions.some(supports);
      const place = where.startsWith('body paragraph') ? 'body' : where;
      const key = `${place}\u0000${mention.text}`;
      const seen = counted.get(key);
      if (seen) {
        seen.n++;
        continue;
      }
      const names = mention.divisions.map(fullName).join(' / ');
      counted.set(key, { item: { where: place, text: around(text, mention.index, mention.end), note: `${mention.text} = ${names}` }, n: 1, good });
    }
  }
  for (const { item, n, good } of counted.values()) {
    const note = `${item.note}${n > 1 ? ` (${n} times)` : ''}`;
    if (good) evidence.push({ ...item, note });
    else rejected.push({ ...item, note: `${note}: ${chosen ? 'outside the region chosen' : 'not dominant'}` });
  }
  const name = chosen ? [chosen.province, chosen.city, chosen.county].filter(Boolean).join(' ') + (chosen.code ? ` (${chosen.code})` : '') : undefined;
  return {
    field: 'region',
    value: name,
    evidence,
    rejected,
    notes: [...messagesOf(file, 'region'), ...(chosen ? [] : ['no place clearly dominated the mentions: left empty rather than guessed'])],
  };
}

function speakers(file: IngestFile): FieldExplanation {
  const { meta, front, blocks } = file.data;
  const chosen = (meta.speakers ?? []) as DocumentMeta['speakers'];
  const evidence: Evidence[] = [];
  const rejected: Evidence[] = [];
  for (const speaker of chosen) {
    const turns = blocks.filter((b) => b.kind === 'turn' && (b.name ?? b.speaker) === speaker.name).length;
    if (turns > 0) evidence.push({ where: 'interview turns', text: `${speaker.name}：…`, note: `${turns} turns as interviewee` });
    for (const { where, text } of segments(file)) {
      if (where.startsWith('body paragraph') && !/^body paragraph [1-4]$/.test(where)) continue;
      const at = text.indexOf(speaker.name);
      if (at !== -1) evidence.push({ where, text: around(text, at, at + speaker.name.length), note: speaker.name });
    }
  }
  const names = new Set(chosen.map((s) => s.name));
  for (const line of front) {
    const parsed = parseNameLine(line);
    if (parsed && !names.has(parsed.name)) rejected.push({ where: 'line set aside under the title or at the end', text: line, note: `${parsed.name}: not taken` });
  }
  for (const author of meta.source?.authors ?? []) {
    if (!names.has(author)) rejected.push({ where: 'byline', text: author, note: 'an author or reporter, never a speaker' });
  }
  for (const label of new Set(blocks.filter((b) => b.kind === 'turn' && b.role === 'interviewer').map((b) => b.speaker ?? ''))) {
    if (label) rejected.push({ where: 'interview turns', text: `${label}：…`, note: 'the interviewer' });
  }
  return {
    field: 'speakers',
    value: chosen.length ? chosen.map((s) => (s.role ? `${s.role} ${s.name}` : s.name)).join('; ') : undefined,
    evidence,
    rejected,
    notes: [...messagesOf(file, 'speakers'), ...(chosen.length ? [] : ['no speaker found in a name line, the title, interview turns or the lede'])],
  };
}

export function explainFields(file: IngestFile): FieldExplanation[] {
  return [title(file), date(file), type(file), region(file), speakers(file)];
}
