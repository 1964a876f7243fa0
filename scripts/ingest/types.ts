// Shared vocabulary of the ingestion pipeline.
//
// A raw file travels through the pipeline as one VFile: `value` starts as the
// raw bytes, becomes text after decoding, and each stage reads and rewrites it.
// What a stage learns goes on `file.data` (typed below); what it wants a human
// to know goes on the file as a message (`file.message`, `file.info`); a file
// that cannot become a document is failed (`file.fail`), which the pipeline
// turns into a quarantine entry naming the file and the reason.
import type { VFile } from 'vfile';

// The document contract (frontmatter, its parts and their types) is core/schema.ts;
// its types are re-exported here under the names the stages import.
export type { DocumentMeta, DocumentType, Person, RawInfo, Region, RemovedSpan, Repost, Script, Source, Speaker, Warning } from '../../core/schema.ts';
import type { DocumentMeta, RemovedSpan, Script, Warning } from '../../core/schema.ts';

export type SourceFormat = 'text' | 'html' | 'markdown';

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
  /** For interview turns: the label as written (记者, 唐荣, [主持人], 主持人（王跃军）). */
  speaker?: string;
  /** For interview turns: whom the label stands for, without its brackets or post (主持人, 王跃军). */
  name?: string;
  /** For interview turns. */
  role?: 'interviewer' | 'interviewee';
  /** For interview turns: the damage mark (□) standing right before the label, printed where it stood (□刘友宾：…, dunya.com.cn). */
  damaged?: string;
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
  /**
   * The text of every span the chrome stage took out, in order (each is in
   * `removed` too): where the watermark stage finds standalone site names and
   * the region stage the organ that runs the page.
   */
  chromeLines: string[];
  /** The page's first lines as they read before the chrome stage (stages/page-lines.ts), for the title stage. */
  pageLines?: string[];
  meta: Partial<DocumentMeta>;
}

/**
 * A warning as the stage that found it gave it (a VFile message): the reason,
 * the rule's id and the stage; the frontmatter's `warnings` hold the same.
 */
export type Finding = Warning;

/** A VFile whose `data` the pipeline has initialised (see createFile in pipeline.ts). */
export type IngestFile = VFile & { data: IngestData };

/** A pipeline stage, in the manner of a unified transformer: it reads and rewrites the file. */
export type Stage = (file: IngestFile) => void;
