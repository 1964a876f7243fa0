// The frontmatter's YAML, written as the `yaml` package writes it with
// { lineWidth: 0, version: '1.1' }, without building its Document: that took
// about 3% of ingest's CPU per document (docs/performance.md, ingestcpu).
// Only the block layout of maps and sequences is written here; a scalar is
// written by the package itself (remembered, as ids, stages, reasons and codes
// recur), except a string that opens with a Han character and holds nothing
// YAML reads, which every YAML writer leaves plain. Whatever this layout does
// not cover (a string over several lines, an odd key, an empty document) is
// handed to the package whole. tests/unit/frontmatter-yaml.test.ts holds the
// two equal.
import { stringify } from 'yaml';

const OPTIONS = { lineWidth: 0, version: '1.1' } as const;

/** The package's own writing of the value. */
export const packageYaml = (value: unknown): string => stringify(value, OPTIONS);

/**
 * A string the package writes plain, as it is, in any block context: a Latin
 * letter or a character beyond ASCII first, not a space (YAML's indicators
 * and 1.1's numbers and dates open with other ASCII), none of what the
 * package's plain test looks for later in the string (`: `, ` #`, a line
 * break, a tab, a space or colon last) nor a character it escapes (controls,
 * C1, lone surrogates); and not one of 1.1's booleans or nulls, the only
 * words its tags read among those.
 */
const PLAIN = /^(?:[A-Za-z]|[^\x00-\x7f\s])[^\x00-\x1f\x7f-\x9f#:\u2028\u2029\ufeff\u{D800}-\u{DFFF}]*$/u;
const WORDS_READ = /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON|N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF|[Nn]ull|NULL)$/;

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

function scalar(value: string | number | boolean | null): string {
  if (typeof value === 'string') {
    if (PLAIN.test(value) && !value.endsWith(' ') && !WORDS_READ.test(value)) return value;
    // A string over lines is written as a block, indented by its place.
    if (value.includes('\n') || value.includes('\r')) throw new Unwritten();
  }
  const key = typeof value === 'string' ? `s${value}` : `${typeof value}:${Object.is(value, -0) ? '-0' : String(value)}`;
  let written = scalars.get(key);
  if (written === undefined) {
    written = packageScalar(value);
    if (scalars.size >= SCALARS_LIMIT) scalars.clear();
    scalars.set(key, written);
  }
  // A string opening with a document marker (---, ...) or anything the package
  // writes over more than one line depends on its indentation.
  if (written === null || /^(?:---|\.\.\.|%)/.test(written)) throw new Unwritten();
  return written;
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
