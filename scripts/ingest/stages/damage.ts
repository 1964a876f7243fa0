// Stage: encoding damage replaced by □, with a warning quoting the raw span in
// its context. Surrounding text is never dropped and lost text never guessed:
// □ only says "something was here". Finding the spans: lib/damage-spans.ts.
import type { IngestFile } from '../types.ts';
import { findDamage, opensWithLostMark } from '../lib/damage-spans.ts';

const MARK = '□';
const CONTEXT = 10;
/** Past this many, one summary warning instead of one per span. */
const MAX_WARNINGS = 20;
/** A document mostly made of damage is unreadable; it goes to quarantine instead. */
const MAX_DAMAGED_SHARE = 0.3;
const MIN_CHARS_FOR_SHARE = 50;
/** Paragraphs opening with a `?` run from which the page lost its indentation to a lossy save. */
const LOST_INDENT_LINES = 2;
const ONLY_MARKS = /^\s*[?？]+\s*$/u;

interface Found {
  raw: string;
  context: string;
  /** A line that was nothing but lost indentation: removed, as its whitespace would have been. */
  blank?: boolean;
}

/**
 * A page a lossy transcoder wrote with `?` for every character it could not
 * map (glpsettlementsolutions.com: `????:1?????`): no run of it is readable,
 * and line by line its marks look like questions. Real text is never a third
 * question marks.
 */
function lostShare(text: string): number {
  const chars = text.replace(/\s/g, '');
  // Marks opening a line are mostly lost indentation, which hides no text.
  const inside = text.split('\n').map((line) => line.replace(/^\s*\?{1,4}(?=[^?\s])/, '')).join('');
  return chars.length === 0 ? 0 : (inside.match(/\?/g)?.length ?? 0) / chars.length;
}

// A literal `\uXXXX` run in running text (a sensitive-word filter or a JSON layer the page never
// undid: 我们维护国家\u4e3b\u6743和领土完整) names its characters without doubt, so it is decoded,
// not marked (tests/eval/README.md). Only where it reads as words of the text: every character it
// names is Han or CJK punctuation, and the line is not a script or share blob (`"desc":"\u5173…"`,
// `title = "5\u6708…"`), which is chrome with the blob and left for the chrome rules.
const ESCAPE_RUN = /(?:\\u[0-9a-fA-F]{4})+/g;
const ESCAPED_TEXT = /^[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\u201c\u201d\u2018\u2019\u2014\u2026\u00b7]+$/u;
const BLOB_LINE = /["'][\w$-]+["']\s*:|[\w$]\s*=\s*["']|[{};]\s*$|\\x[0-9a-fA-F]{2}|\\[nrt"]/u;

export function decodeEscapes(file: IngestFile): void {
  const text = String(file.value);
  if (!text.includes('\\u')) return;
  const lines = text.split('\n').map((line) => {
    if (!/\p{Script=Han}/u.test(line.replace(ESCAPE_RUN, '')) || BLOB_LINE.test(line)) return line;
    return line.replace(ESCAPE_RUN, (run) => {
      const decoded = run.replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      if (!ESCAPED_TEXT.test(decoded)) return run;
      file.message(`escape run decoded: "${run}" → "${decoded}"`, { ruleId: 'unicode-escape', source: 'damage' });
      file.data.removed.push({ stage: 'damage', rule: 'unicode-escape', reason: `a literal escape run, decoded as "${decoded}"`, text: run });
      return decoded;
    });
  });
  file.value = lines.join('\n');
}

export function markDamage(file: IngestFile): void {
  // First: an escape run is the text's own words, not damage.
  decodeEscapes(file);
  const whole = String(file.value);
  const total = whole.replace(/\s/g, '').length;
  if (total >= MIN_CHARS_FOR_SHARE && lostShare(whole) > MAX_DAMAGED_SHARE) {
    const percent = Math.round(lostShare(whole) * 100);
    const sample = whole.trim().split('\n')[0]!.slice(0, 20);
    file.fail(`garbled: ${percent}% of the text is \`?\` for characters a transcoder lost, e.g. "${sample}"`, { ruleId: 'garbled', source: 'damage' });
  }
  const found: Found[] = [];
  let damagedChars = 0;
  const input = String(file.value).split('\n');
  const indentLost = input.filter(opensWithLostMark).length >= LOST_INDENT_LINES;
  const lines = input.map((line) => {
    if (indentLost && ONLY_MARKS.test(line)) {
      found.push({ raw: line.trim(), context: line.trim(), blank: true });
      return '';
    }
    const spans = findDamage(line, indentLost);
    if (spans.length === 0) return line;
    let out = '';
    let at = 0;
    for (const span of spans) {
      const raw = line.slice(span.start, span.end);
      const context = line.slice(Math.max(0, span.start - CONTEXT), span.end + CONTEXT);
      found.push({ raw, context });
      // Lost indentation hides no text: a short paragraph list that lost it is still readable.
      damagedChars += span.opening ? 1 : raw.replace(/\s/g, '').length;
      // One mark per damaged run, however many characters it lost: the
      // warning quotes the run, and a count of lost characters is a guess.
      out += line.slice(at, span.start) + MARK;
      at = span.end;
    }
    return out + line.slice(at);
  });
  if (found.length === 0) return;

  if (total >= MIN_CHARS_FOR_SHARE && damagedChars / total > MAX_DAMAGED_SHARE) {
    const percent = Math.round((damagedChars / total) * 100);
    file.fail(`garbled: ${percent}% of the text is encoding damage, e.g. "${found[0]!.context}"`, { ruleId: 'garbled', source: 'damage' });
  }

  for (const { raw, context, blank } of found.slice(0, MAX_WARNINGS)) {
    const where = context === raw ? '' : ` in "${context}"`;
    const what = blank ? `encoding damage removed: "${raw}", a line of lost indentation like the page's paragraphs'` : `encoding damage replaced by ${MARK}: "${raw}"${where}`;
    file.message(what, { ruleId: 'damage', source: 'damage' });
  }
  if (found.length > MAX_WARNINGS) {
    file.message(`encoding damage: ${found.length - MAX_WARNINGS} more damaged spans replaced by ${MARK}`, { ruleId: 'damage', source: 'damage' });
  }
  file.data.removed.push(...found.map(({ raw, blank }) => ({ stage: 'damage', reason: blank ? 'encoding damage, a line of lost indentation' : `encoding damage, replaced by ${MARK}`, text: raw })));
  file.value = lines.join('\n');
}
