// The frontmatter's YAML, written as the `yaml` package writes it with
// { lineWidth: 0, version: '1.1' }, without building its Document: that took
// about 3% of ingest's CPU per document (docs/performance.md, ingestcpu).
// The block layout of maps and sequences is written here, and a one-line
// string by the package's own rules for a plain scalar in block context
// (stringifyString.js: its indicator test, its schema's tags, single or
// double quotes); a string it would escape, and a number, a boolean or null,
// are written by the package itself, remembered. Whatever this does not cover
// (a string over several lines, a document marker, an odd key, an empty
// document) is handed to the package whole. tests/unit/frontmatter-yaml.test.ts
// holds the two equal.
import { Document, stringify } from 'yaml';

const OPTIONS = { lineWidth: 0, version: '1.1' } as const;

/** The package's own writing of the value. */
export const packageYaml = (value: unknown): string => stringify(value, OPTIONS);

/** The package's tests of a plain string that its schema would read as something else (1.1: yes, 0x1F, 2022-09-27, 1:20, <<). */
const schema = new Document(null, OPTIONS).schema;
const READERS = [...schema.tags, ...(schema.compat ?? [])].flatMap((tag) => (tag.default && tag.tag !== 'tag:yaml.org,2002:str' && 'test' in tag && tag.test ? [tag.test] : []));
/** The package's test of what a plain scalar may not hold (plainString). */
const NOT_PLAIN = /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** What the package always writes double-quoted, escaped (stringifyString). */
const ESCAPED = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** A document marker, which the package writes as a block where a line starts with it. */
const DOCUMENT_MARKER = /^(?:%|---|\.\.\.)/;

/** A key written plain: a word of Latin letters, none of YAML 1.1's booleans or nulls. */
const KEY = /^[a-z][A-Za-z0-9]+$/;
const KEYWORDS = new Set(['yes', 'no', 'on', 'off', 'true', 'false', 'null']);

const scalars = new Map<string, string | null>();
const SCALARS_LIMIT = 4096;

/** Signals a value this layout does not write. */
class Unwritten extends Error {}

/** A scalar as the package writes it as a map's value (`k: …`), or null if that is not one line. */
function packageScalar(value: string | number | boolean | null): string | null {
  const written = packageYaml({ k: value });
  const line = written.endsWith('\n') ? written.slice(3, -1) : '';
  return written.startsWith('k: ') && !line.includes('\n') ? line : null;
}

function remembered(value: string | number | boolean | null): string {
  const key = typeof value === 'string' ? `s${value}` : `${typeof value}:${Object.is(value, -0) ? '-0' : String(value)}`;
  let written = scalars.get(key);
  if (written === undefined) {
    written = packageScalar(value);
    if (scalars.size >= SCALARS_LIMIT) scalars.clear();
    scalars.set(key, written);
  }
  if (written === null) throw new Unwritten();
  return written;
}

/** A one-line string as the package's plainString and quotedString write it in block context. */
function string(value: string): string {
  // Over lines, a string is written as a block or folded, by its indentation.
  if (value.includes('\n')) throw new Unwritten();
  if (ESCAPED.test(value)) return remembered(value);
  if (!NOT_PLAIN.test(value)) {
    if (DOCUMENT_MARKER.test(value)) throw new Unwritten();
    if (!READERS.some((test) => test.test(value))) return value;
  }
  if (value.includes('"') && !value.includes("'")) return `'${value}'`;
  // Double quotes: the JSON string, unless it holds an escape the package writes its own way.
  const json = JSON.stringify(value);
  return json.includes('\\') ? remembered(value) : json;
}

function scalar(value: string | number | boolean | null): string {
  return typeof value === 'string' ? string(value) : remembered(value);
}

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** The lines of a collection's entries, each starting with `indent`; a scalar is not one. */
function collection(value: unknown, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) entry(`${indent}- `, item, `${indent}  `, out);
    return;
  }
  if (!isMap(value)) throw new Unwritten();
  for (const [key, item] of Object.entries(value)) {
    if (!KEY.test(key) || KEYWORDS.has(key.toLowerCase())) throw new Unwritten();
    if (item === undefined) throw new Unwritten();
    if ((Array.isArray(item) && item.length > 0) || (isMap(item) && Object.keys(item).length > 0)) {
      out.push(`${indent}${key}:`);
      collection(item, `${indent}  `, out);
    } else out.push(`${indent}${key}: ${leaf(item)}`);
  }
}

/** A sequence's item: a scalar or empty collection after the dash, a collection's first line on the dash's line. */
function entry(dash: string, item: unknown, inner: string, out: string[]): void {
  if ((Array.isArray(item) && item.length > 0) || (isMap(item) && Object.keys(item).length > 0)) {
    const at = out.length;
    collection(item, inner, out);
    out[at] = dash + out[at]!.slice(inner.length);
  } else out.push(dash + leaf(item));
}

/** A scalar, or an empty collection in flow style. */
function leaf(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (isMap(value)) return '{}';
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return scalar(value);
  throw new Unwritten();
}

/**
 * The YAML of a JSON value (the frontmatter after its JSON round trip), as
 * `stringify(value, { lineWidth: 0, version: '1.1' })` writes it.
 */
export function frontmatterYaml(value: unknown): string {
  if (!isMap(value) || Object.keys(value).length === 0) return packageYaml(value);
  const out: string[] = [];
  try {
    collection(value, '', out);
  } catch (error) {
    if (error instanceof Unwritten) return packageYaml(value);
    throw error;
  }
  return `${out.join('\n')}\n`;
}
