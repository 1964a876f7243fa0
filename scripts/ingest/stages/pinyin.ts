// Stage: pinyin glosses glued after Han characters removed: 發(fā)表 → 發表,
// 中國（zhōng guó） → 中國, 發(fa1) → 發. A bracket is a gloss only when all of
// it spells valid pinyin syllables (lib/pinyin.ts) and no more syllables than
// the Han characters before it, so (试行), (CT), (2012年5月29日), (PPP) stay.
import type { IngestFile } from '../types.ts';
import { countSyllables, hasTone, PINYIN_LETTERS } from '../lib/pinyin.ts';

const GLOSS = new RegExp(`([(（])\\s*([${PINYIN_LETTERS}1-5' ’-]{1,60}?)\\s*([)）])`, 'g');
const HAN_OR_MARK = /[\p{Script=Han}□]/u;
/** Toned glosses at or above this count make a document "glossed". */
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
}

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(GLOSS)) {
    const inner = m[2]!;
    const syllables = countSyllables(inner);
    if (syllables === 0 || syllables > hanBefore(text, m.index)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, gloss: m[0], toned: hasTone(inner) });
  }
  return found;
}

/**
 * A lone letter — (a), (e), (a1) — is far likelier a list label or a cell
 * than a gloss, unless it carries a tone mark (ā). Toneless glosses are taken
 * only in a document that glosses with tones elsewhere, where 的(de) and
 * 們(men) are the neutral tone.
 */
function isGloss(candidate: Candidate, glossed: boolean): boolean {
  const inner = candidate.gloss.slice(1, -1).trim();
  const letters = inner.replace(/[1-5]/g, '');
  if ([...letters].length === 1 && !hasTone(letters)) return false;
  if (candidate.toned) return true;
  return glossed && inner === inner.toLowerCase();
}

export function stripPinyin(file: IngestFile): void {
  const text = String(file.value);
  const found = candidates(text);
  const glossed = found.filter((c) => c.toned).length >= GLOSSED_DOCUMENT;
  const glosses = found.filter((c) => isGloss(c, glossed));
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
