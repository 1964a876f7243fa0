// Interview turns: `记者：…`, `主持人：…`, `问：…`, `唐荣：…`.
import type { Block } from '../types.ts';
import { isPersonName } from './lines.ts';

/** Labels that always ask (interviewer) or always answer, whoever holds them. */
const ASKING = /^(?:记者|本报记者|主持人|问|提问|Q|本报|编者|网友|小编)$/;
const ANSWERING = /^(?:答|A|嘉宾)$/;
/** A label before a full-width or ASCII colon, followed by what was said. */
const LABEL = /^([^\s：:，。！？、“”《》（）()]{1,8})[：:](.+)$/;

export interface Turn {
  speaker: string;
  role: 'interviewer' | 'interviewee';
  text: string;
}

function roleOfLabel(label: string): Turn['role'] | undefined {
  if (ASKING.test(label)) return 'interviewer';
  if (ANSWERING.test(label) || /嘉宾$/.test(label)) return 'interviewee';
  return undefined;
}

/**
 * Finds the turn labels of a document. A role word (记者, 主持人, 问) is a label
 * wherever it stands; a name (唐荣) only when it recurs as a label or answers
 * a role word — 他强调：… in a speech is no turn.
 */
export function turnLabels(lines: string[]): Map<string, Turn['role']> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const label = LABEL.exec(line)?.[1];
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const labels = new Map<string, Turn['role']>();
  for (const label of counts.keys()) {
    const role = roleOfLabel(label);
    if (role) labels.set(label, role);
  }
  const hasAsker = [...labels.values()].includes('interviewer');
  for (const [label, n] of counts) {
    if (labels.has(label) || !isPersonName(label)) continue;
    if (hasAsker || n >= 2) labels.set(label, 'interviewee');
  }
  // A lone name label with nobody asking is a quotation, not a conversation.
  const roles = new Set(labels.values());
  if (labels.size === 1 && !roles.has('interviewer')) return new Map();
  return labels;
}

export function asTurn(line: string, labels: Map<string, Turn['role']>): Turn | undefined {
  const match = LABEL.exec(line);
  if (!match) return undefined;
  const role = labels.get(match[1]);
  return role ? { speaker: match[1], role, text: match[2].trim() } : undefined;
}

export function turnBlock(turn: Turn): Block {
  return { kind: 'turn', part: 'body', text: turn.text, speaker: turn.speaker, role: turn.role };
}
