// GB/T 7714-2015 reference for an online document ([EB/OL], §4.8 电子资源):
//   主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
// No citation library handles the Chinese national standard, so it is written here.

export interface CitationInput {
  /** Persons or bodies responsible for the content, in order. */
  creators: readonly string[];
  title: string;
  /**
   * The title is not the one the document states (derived from its first
   * sentence, or damaged by encoding): given in square brackets, the way
   * the standard marks what the citer supplies ([出版地不详], [S.l.]).
   */
  titleSupplied?: boolean;
  /** The online publication date (更新或修改日期), YYYY, YYYY-MM or YYYY-MM-DD; omitted when unknown. */
  published?: string;
  /** The day of access, YYYY-MM-DD. */
  accessed: string;
  url: string;
}

/** §8.1.2: more than three creators → the first three followed by ", 等". */
export function creatorList(creators: readonly string[]): string {
  const names = creators.map((n) => n.trim()).filter(Boolean);
  if (names.length <= 3) return names.join(', ');
  return `${names.slice(0, 3).join(', ')}, 等`;
}

/** Ends a field with the standard's full stop unless it already ends in punctuation. */
const field = (text: string) => (/[.?!。？！]$/.test(text) ? text : `${text}.`);

export function gbt7714(input: CitationInput): string {
  const parts: string[] = [];
  const creators = creatorList(input.creators);
  // With no known creator the standard (sequential numbering) lets the element be omitted.
  if (creators) parts.push(field(creators));
  const title = input.title.trim();
  parts.push(`${input.titleSupplied ? `[${title}]` : title}[EB/OL].`);
  parts.push(`${input.published ? `(${input.published})` : ''}[${input.accessed}].`);
  parts.push(`${input.url}.`);
  return parts.join(' ');
}

/** YYYY-MM-DD of a date in the given time zone (China by default: the archive's readers). */
export function isoDay(date: Date, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

interface CitableDoc {
  type: string;
  speakers: readonly { name: string }[];
  source: { authors?: readonly string[]; name?: string };
}

/**
 * Who answers for the text: for a speech, the speakers; for other kinds, the
 * authors (reporters, writers), falling back to the speakers and then to the
 * issuing source (a notice's office).
 */
export function creatorsOf(doc: CitableDoc): string[] {
  const speakers = doc.speakers.map((s) => s.name);
  const authors = [...(doc.source.authors ?? [])];
  const ordered = doc.type === 'speech' ? [speakers, authors] : [authors, speakers];
  const found = ordered.find((list) => list.length > 0);
  if (found) return found;
  return doc.type === 'notice' && doc.source.name ? [doc.source.name] : [];
}
