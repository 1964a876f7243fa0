// The text view of `--explain`: stage by stage, then the fields chosen with
// their evidence. The document's own text is quoted as it is, in Chinese.
import { diffChars } from 'diff';
import type { Explanation, StageChange } from './explain.ts';
import type { Evidence } from './explain-fields.ts';

/** Items listed per kind in a stage; the JSON view has them all. */
const LIST = 12;
/** Characters of a quoted line. */
const QUOTE = 100;

const quote = (text: string) => `「${text.length > QUOTE ? `${text.slice(0, QUOTE)}…` : text}」`;
const value = (v: unknown) => (typeof v === 'string' ? quote(v) : JSON.stringify(v));

/** Unchanged text kept either side of a change in an inline diff. */
const KEEP = 10;

/** One line with its changes inline: 抓作风就是[−?lián)敗_B][+□]日来; long unchanged stretches shortened. */
export function inlineDiff(before: string, after: string): string {
  return diffChars(before, after)
    .map((part, i, parts) => {
      if (part.removed) return `[−${part.value}]`;
      if (part.added) return `[+${part.value}]`;
      const text = part.value;
      const head = i === 0 ? '' : text.slice(0, KEEP);
      const tail = i === parts.length - 1 ? '' : text.slice(-KEEP);
      return text.length <= 2 * KEEP + 1 || (i > 0 && i < parts.length - 1 && text.length <= 2 * KEEP + 1) ? text : `${head}…${tail}`;
    })
    .join('');
}

function listed<T>(items: T[], line: (item: T) => string, out: string[]): void {
  for (const item of items.slice(0, LIST)) out.push(line(item));
  if (items.length > LIST) out.push(`      … ${items.length - LIST} more (--json lists them all)`);
}

function stageLines(change: StageChange): string[] {
  const out: string[] = [];
  const head = `${change.stage}  (${change.size.before} → ${change.size.after}, ${change.ms} ms)`;
  if (change.failed) return [head, `    QUARANTINED: ${change.failed}`];
  if (change.replacedText && change.linesAdded.length) {
    out.push('    text replaced: the new text begins');
    for (const line of change.linesAdded) out.push(`      ${quote(line)}`);
  } else if (change.replacedText) {
    out.push('    bytes decoded to text');
  }
  if (change.linesRemoved.length) {
    out.push(`    lines removed: ${change.linesRemoved.length}`);
    listed(change.linesRemoved, (l) => `      − ${quote(l.text)}  ${l.rule ? `[rule ${l.rule}] ` : ''}${l.reason ?? '(no removal recorded)'}`, out);
  }
  // Spans not already shown as a removed line or as a line set aside.
  const partial = change.removed.filter((r) => !change.front.includes(r.text) && !change.linesRemoved.some((l) => l.reason === r.reason && r.text.includes(l.text)));
  if (partial.length) {
    out.push(`    removed inside lines or set aside: ${partial.length}`);
    listed(partial, (r) => `      − ${quote(r.text)}  ${r.rule ? `[rule ${r.rule}] ` : ''}${r.reason}`, out);
  }
  if (change.damageMarked) out.push(`    damage marked: ${change.damageMarked} □`);
  if (change.converted.length) {
    const total = change.converted.reduce((n, c) => n + c.count, 0);
    out.push(`    characters converted: ${total} (${change.converted.length} kinds)`);
    out.push(`      ${change.converted.slice(0, 30).map((c) => `${c.from}→${c.to}${c.count > 1 ? `×${c.count}` : ''}`).join(' ')}${change.converted.length > 30 ? ' …' : ''}`);
  }
  if (change.linesChanged.length && !change.converted.length) {
    out.push(`    lines changed: ${change.linesChanged.length}`);
    listed(change.linesChanged, (l) => `      ~ 「${inlineDiff(l.before, l.after)}」`, out);
  }
  if (!change.replacedText && change.linesAdded.length) {
    out.push(`    lines added: ${change.linesAdded.length}`);
    listed(change.linesAdded, (l) => `      + ${quote(l)}`, out);
  }
  for (const c of change.candidates) out.push(`    candidate ${c.field}: ${value(c.after)}`);
  if (change.front.length) {
    out.push(`    set aside for the metadata stages: ${change.front.length}`);
    listed(change.front, (l) => `      ${quote(l)}`, out);
  }
  if (change.blocks) out.push(`    blocks: ${change.blocks.count} (${Object.entries(change.blocks.byKind).map(([k, n]) => `${n} ${k}`).join(', ')})`);
  for (const m of change.meta) out.push(`    ${m.field}: ${m.before === undefined ? '' : `${value(m.before)} → `}${value(m.after)}`);
  listed(change.messages, (m) => `    ${m.level} [${m.rule}] ${m.text}`, out);
  if (out.length) return [head, ...out];
  return [`${head}  ${change.size.before === change.size.after ? 'no change' : 'whitespace only'}`];
}

function evidenceLine(e: Evidence, mark: string): string {
  return `      ${mark} ${e.where}: ${quote(e.text)}${e.note ? `  ${e.note}` : ''}`;
}

export function explanationText(x: Explanation): string {
  const out: string[] = [`explain ${x.file}  (${x.bytes} bytes, document id ${x.id})`, '', 'stages:'];
  for (const change of x.stages) out.push(...stageLines(change).map((l, i) => (i === 0 ? `  ${l}` : `  ${l}`)));
  out.push('');
  if (x.result.kind === 'quarantined') {
    out.push(`result: quarantined — ${x.result.reason}`);
  } else {
    out.push('result: a document', '', 'fields:');
    for (const f of x.fields) {
      out.push(`  ${f.field}: ${f.value === undefined ? '(left empty)' : value(f.value)}${f.kind ? ` (${f.kind})` : ''}`);
      if (f.evidence.length) out.push('    evidence:');
      listed(f.evidence, (e) => evidenceLine(e, '+'), out);
      if (f.rejected.length) out.push('    candidates rejected:');
      listed(f.rejected, (e) => evidenceLine(e, '−'), out);
      for (const note of f.notes) out.push(`    note: ${note}`);
    }
    for (const o of x.overridden) out.push(`  overridden by the archivist: ${o.field} ${value(o.pipeline)} → ${value(o.override)}`);
  }
  out.push('', 'not shown for one file:');
  for (const note of x.notShown) out.push(`  ${note}`);
  return out.join('\n') + '\n';
}
