// Whether a document's title is its own, whole: a title derived from the
// first sentence, or one holding the damage mark □ (or cut at one, which the
// structure stage warns of), is not the title the page states. The page says
// so and shows the damage; a citation gives such a title as supplied, in [ ].
import type { Warning } from '../../core/schema.ts';

/** What the damage stage puts where characters were lost (scripts/ingest/stages/damage.ts). */
export const DAMAGE_MARK = '□';

export interface TitleFacts {
  title: string;
  titleSource: 'found' | 'derived';
  warnings: readonly Warning[];
}

export interface TitleStatus {
  /** Made from the first sentence: the page states no title. */
  derived: boolean;
  /** Holds a damage mark, or was cut at one. */
  damaged: boolean;
  /** Not the document's own title as stated: cited in [ ]. */
  supplied: boolean;
}

export function titleStatus(doc: TitleFacts): TitleStatus {
  const derived = doc.titleSource === 'derived';
  const damaged = doc.title.includes(DAMAGE_MARK) || doc.warnings.some((w) => w.ruleId === 'title-damaged');
  return { derived, damaged, supplied: derived || damaged };
}

/** The title as runs of text and damage marks, for showing the marks. */
export function titleRuns(title: string): { text: string; damage: boolean }[] {
  return title
    .split(new RegExp(`(${DAMAGE_MARK}+)`, 'u'))
    .filter(Boolean)
    .map((text) => ({ text, damage: text.startsWith(DAMAGE_MARK) }));
}
