// Shared vocabulary of the ingestion pipeline.
//
// A raw file travels through the pipeline as one VFile: `value` starts as the
// raw bytes, becomes text after decoding, and each stage reads and rewrites it.
// What a stage learns goes on `file.data` (typed below); what it wants a human
// to know goes on the file as a message (`file.message`, `file.info`); a file
// that cannot become a document is failed (`file.fail`), which the pipeline
// turns into a quarantine entry naming the file and the reason.
import type { VFile } from 'vfile';

export type DocumentType = 'speech' | 'interview' | 'report' | 'notice' | 'article';
export type Script = 'simplified' | 'traditional';
export type SourceFormat = 'text' | 'html' | 'markdown';

/** Text a stage took out of the document, kept for provenance. */
export interface RemovedSpan {
  stage: string;
  /** The id of the rule that removed it (a chrome rule's id, `learned-template` …), when a rule did. */
  rule?: string;
  reason: string;
  text: string;
}

/** Metadata found in page chrome or labelled lines (发布时间, 来源, 作者 …), not yet trusted. */
export interface Candidates {
  title?: string;
  /** Raw date text as found, e.g. "2023-08-30 10:47" or "二〇一二年六月六日". */
  published?: string;
  source?: string;
  authors?: string[];
  editor?: string;
  url?: string;
  /** Site or brand names seen in chrome; used to find watermarks. */
  siteNames?: string[];
}

/** One block of the cleaned document body, in reading order. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'turn';
  /** notice: a cover notice before the speech; closing: signature and date lines. */
  part: 'notice' | 'body' | 'closing';
  text: string;
  /** For headings: 2 for 一、, 3 for （一）, 4 for 1. */
  depth?: 2 | 3 | 4;
  /** Stable anchor id, set by the anchors stage. */
  id?: string;
  /** For interview turns: the label as written (记者, 唐荣). */
  speaker?: string;
  /** For interview turns. */
  role?: 'interviewer' | 'interviewee';
}

export interface Region {
  province: string;
  city?: string;
  county?: string;
  code?: string;
}

export interface Speaker {
  name: string;
  role?: string;
}

/** A person the text names with an official post (县委书记张三, 陈世尧镇长), other than a speaker. */
export interface Person {
  name: string;
  /** The post as the text gives it next to the name. */
  post: string;
}

export interface Source {
  name?: string;
  url?: string;
  authors?: string[];
  published?: string;
}

export interface RawInfo {
  /** Path relative to the input folder, with forward slashes. */
  path: string;
  sha256: string;
  encoding: string;
  script: Script;
}

export interface Repost {
  raw: RawInfo;
  source: Source;
  date?: string;
}

/** The frontmatter of a generated document; src/content.config.ts validates it. */
export interface DocumentMeta {
  id: string;
  title: string;
  titleSource: 'found' | 'derived';
  type: DocumentType;
  date?: string;
  dateKind?: 'delivered' | 'published' | 'issued';
  /** Other dates the document carries, e.g. the issue date of a cover notice. */
  otherDates?: { date: string; kind: 'delivered' | 'published' | 'issued' }[];
  year?: number;
  region?: Region;
  speakers: Speaker[];
  /**
   * People the text names with their posts, other than the speakers. Always
   * written by finalize; optional so that metadata made before the field
   * existed still reads.
   */
  people?: Person[];
  occasion?: string;
  source: Source;
  raw: RawInfo;
  /** Further copies of the same text (reposts) merged into this document, earliest first. */
  reposts?: Repost[];
  slogans: string[];
  warnings: string[];
  removed: RemovedSpan[];
  overridden?: string[];
}

export interface IngestData {
  raw: { path: string; sha256: string; encoding?: string; script?: Script };
  format: SourceFormat;
  removed: RemovedSpan[];
  candidates: Candidates;
  blocks: Block[];
  /**
   * Lines of the document head and tail that are not body text — bylines,
   * date lines, speaker name lines, newspaper attributions — set aside by the
   * structure stage for the metadata stages to read.
   */
  front: string[];
  meta: Partial<DocumentMeta>;
}

/** A VFile whose `data` the pipeline has initialised (see createFile in pipeline.ts). */
export type IngestFile = VFile & { data: IngestData };

/** A pipeline stage, in the manner of a unified transformer: it reads and rewrites the file. */
export type Stage = (file: IngestFile) => void;
