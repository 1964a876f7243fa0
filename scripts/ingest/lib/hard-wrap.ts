// Undoing hard line wrapping (text saved from a fixed-width editor, an e-mail
// or a BBS post: every line cut at the same width, paragraphs running on).
// Hand-written: wrapping tools (e.g. word-wrap, wrap-ansi) only wrap; none
// unwraps, and none measures Chinese text in display columns.

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

/** Columns a line takes in a fixed-width layout: Han, full-width and U+3000 2, ASCII 1. */
function columns(line: string): number {
  let n = 0;
  for (const c of line) n += WIDE.test(c) ? 2 : 1;
  return n;
}

/** Characters a paragraph can end on. */
const PARAGRAPH_END = /[。！？!?；;：:…”’」』）)】\]]$/;
/** Slack in columns: a wrap point moves when a full-width character does not fit. */
const SLACK = 4;
/** Lines this narrow are headings, names and dates, never wrapped text. */
const MIN_WIDTH = 30;
/** Wrapped lines needed before a file counts as hard-wrapped. */
const MIN_WRAPPED = 4;
const MIN_WRAPPED_SHARE = 0.3;
/** Lines wider than the wrap width a wrapped file may still have (a pasted URL, a table row). */
const MAX_WIDER_SHARE = 0.1;

/**
 * The width a file was wrapped at, or undefined when it was not wrapped: many
 * lines of nearly the same width that end without paragraph punctuation, and
 * hardly any line wider (a normally formatted file has long paragraph lines
 * and short headings, so it fails one test or the other).
 */
export function wrapWidth(lines: string[]): number | undefined {
  const filled = lines.map((l) => l.trimEnd()).filter((l) => l.trim().length > 0);
  const widths = filled.map(columns);
  const open = filled.filter((l) => !PARAGRAPH_END.test(l)).map(columns).filter((w) => w >= MIN_WIDTH);
  let best: { width: number; crowd: number } | undefined;
  for (const width of new Set(open)) {
    const crowd = open.filter((w) => w > width - SLACK && w <= width).length;
    if (!best || crowd > best.crowd || (crowd === best.crowd && width > best.width)) best = { width, crowd };
  }
  if (!best || best.crowd < MIN_WRAPPED || best.crowd / widths.length < MIN_WRAPPED_SHARE) return undefined;
  const wider = widths.filter((w) => w > best.width + SLACK).length;
  return wider / widths.length <= MAX_WIDER_SHARE ? best.width : undefined;
}

/** Glue for two pieces of one paragraph: nothing in Chinese, a space between words. */
function glue(left: string, right: string): string {
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(right) ? `${left} ${right}` : left + right;
}

/**
 * Joins each line that runs to the wrap width without paragraph punctuation
 * to the line after it, unless that one is blank or indented (a new paragraph).
 * Returns the lines trimmed.
 */
export function unwrap(lines: string[]): string[] {
  const trimmed = lines.map((l) => l.trim());
  const width = wrapWidth(lines);
  if (width === undefined) return trimmed;
  // Measured with its indent, which took up columns of the fixed-width line.
  const runsOn = (line: string) => line.trim().length > 0 && columns(line.trimEnd()) > width - SLACK && !PARAGRAPH_END.test(line.trimEnd());
  const out: string[] = [];
  trimmed.forEach((line, i) => {
    const previous = out.at(-1);
    const indented = /^\s/.test(lines[i]!);
    if (i > 0 && previous !== undefined && runsOn(lines[i - 1]!) && line.length > 0 && !indented) out[out.length - 1] = glue(previous, line);
    else out.push(line);
  });
  return out;
}
