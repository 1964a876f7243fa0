// Stage: pinyin glosses glued after Han characters removed: 發(fā)表 → 發表,
// 中國（zhōng guó） → 中國, 發(fa1) → 發, 北(bei)京 → 北京. A bracket is a gloss only
// when all of it spells valid pinyin syllables (lib/pinyin.ts) and no more
// syllables than the Han characters before it, so (试行), (CT), (2012年5月29日),
// (PPP) stay; a toneless one must also read the characters before it.
import type { IngestFile } from '../types.ts';
import { countSyllables, hasTone, PINYIN_LETTERS, readsAs } from '../lib/pinyin.ts';

const GLOSS = new RegExp(`([(（])\\s*([${PINYIN_LETTERS}1-5' ’-]{1,60}?)\\s*([)）])`, 'g');
const HAN_OR_MARK = /[\p{Script=Han}□]/u;
/** Glosses (toned, or reading their characters) at or above this count make a document "glossed". */
const GLOSSED_DOCUMENT = 2;
/** How many distinct glosses the provenance record lists. */
const SAMPLE = 30;

/** Number of Han characters (or □) directly before `at`. */
function hanBefore(text: string, at: number): number {
  let n = 0;
  for (const c of [...text.slice(Math.max(0, at - 20), at)].reverse()) {
    if (!HAN_OR_MARK.test(c)) break;
    n++;
  }
  return n;
}

interface Candidate {
  start: number;
  end: number;
  gloss: string;
  toned: boolean;
  /** Toneless and lower case, it spells a reading of the characters it follows. */
  reads: boolean;
  /** It follows a □ that replaced its character (damage marked before this stage). */
  afterMark: boolean;
  /** Where the run of brackets it belongs to starts: the characters it reads end here. */
  anchor: number;
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(GLOSS)) {
    const inner = m[2]!;
    // A gloss printed twice (檢(jian)(jian), 日(ri)(ri)) reads the characters
    // before the first copy: the run of brackets is measured from its start.
    const last = found.at(-1);
    const anchor = last !== undefined && last.end === m.index ? last.anchor : m.index;
    const syllables = countSyllables(inner);
    const han = hanBefore(text, anchor);
    if (syllables === 0 || syllables > han) continue;
    const toned = hasTone(inner);
    const before = text.slice(anchor - han, anchor);
    const afterMark = before.endsWith('□');
    const chars = before.slice(before.lastIndexOf('□') + 1);
    const reads = !toned && inner === inner.toLowerCase() && chars !== '' && readsAs(chars, inner);
    found.push({ start: m.index, end: m.index + m[0].length, gloss: m[0], toned, reads, afterMark, anchor });
  }
  return found;
}

/**
 * A lone letter — (a), (e), (a1) — is far likelier a list label or a cell
 * than a gloss, unless it carries a tone mark (ā) or reads its character in a
 * glossed document. A toneless bracket is taken when it reads the characters
 * before it in a document that glosses twice or more (one 的(de) may be a
 * lesson's quotation), when it follows a □ in such a document (its character
 * was lost), or, as before, in a document that glosses with tones elsewhere,
 * where 的(de) and 們(men) are the neutral tone.
 */
function isGloss(candidate: Candidate, toned: boolean, glossed: boolean): boolean {
  const inner = candidate.gloss.slice(1, -1).trim();
  const letters = inner.replace(/[1-5]/g, '');
  if ([...letters].length === 1 && !hasTone(letters)) return candidate.reads && glossed;
  if (candidate.toned) return true;
  if (inner !== inner.toLowerCase()) return false;
  if (candidate.reads || candidate.afterMark) return glossed;
  return toned;
}

export function stripPinyin(file: IngestFile): void {
  const text = String(file.value);
  const found = candidates(text);
  const toned = found.filter((c) => c.toned).length >= GLOSSED_DOCUMENT;
  const glossed = found.filter((c) => c.toned || c.reads).length >= GLOSSED_DOCUMENT;
  const glosses = found.filter((c) => isGloss(c, toned, glossed));
  if (glosses.length === 0) return;

  let out = '';
  let at = 0;
  for (const g of glosses) {
    out += text.slice(at, g.start);
    at = g.end;
  }
  file.value = out + text.slice(at);

  const distinct = [...new Set(glosses.map((g) => g.gloss))];
  const sample = distinct.slice(0, SAMPLE).join(' ') + (distinct.length > SAMPLE ? ' …' : '');
  file.data.removed.push({ stage: 'pinyin', reason: `${glosses.length} pinyin glosses after Han characters`, text: sample });
  file.info(`removed ${glosses.length} pinyin glosses`, { ruleId: 'pinyin', source: 'pinyin' });
}
