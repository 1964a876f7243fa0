import { describe, expect, it } from 'vitest';
import { dropRepeats } from '../../scripts/ingest/stages/repeats.ts';
import { fixture, linesOf, seedThrough, textFile } from '../fixtures/chrome/harness.ts';

function dropped(text: string) {
  const file = textFile(text);
  dropRepeats(file);
  return { file, lines: linesOf(file), warnings: file.messages.filter((m) => m.ruleId === 'repeat') };
}

const para = (topic: string) =>
  `关于${topic}工作，要坚持问题导向和目标导向相统一，细化任务分工，明确完成时限，确保各项措施落地见效。`;

describe('dropRepeats on a page saved with its print view', () => {
  const text = fixture('repeats', 'print-view.txt');
  const { file, lines, warnings } = dropped(text);

  it('keeps the first copy exactly once, even when the second differs in punctuation width and blank lines', () => {
    expect(lines).toEqual(text.split('\n').slice(0, 6));
  });

  it('warns once and records the dropped copy', () => {
    expect(warnings).toHaveLength(1);
    const [span] = file.data.removed;
    expect(span).toMatchObject({ stage: 'repeats', reason: 'repeat of lines 2–6' });
    expect(span.text.split('\n').filter((l) => l.trim() !== '')).toHaveLength(4);
  });
});

describe('dropRepeats leaves repetition that is part of the text', () => {
  it('keeps refrains, a repeated salutation and a single repeated quotation', () => {
    const text = fixture('repeats', 'refrain.txt');
    const { file, lines } = dropped(text);
    expect(lines).toEqual(text.split('\n'));
    expect(file.data.removed).toEqual([]);
    expect(file.messages).toEqual([]);
  });
});

describe('dropRepeats generalised', () => {
  it('drops a run of two long paragraphs repeated in mid-file', () => {
    const text = [para('安全生产'), para('信访稳定'), para('环境保护'), para('安全生产'), para('信访稳定'), para('乡村振兴')].join('\n');
    expect(dropped(text).lines).toEqual([para('安全生产'), para('信访稳定'), para('环境保护'), para('乡村振兴')]);
  });

  it('keeps one copy of an article saved three times', () => {
    const article = ['标题', para('安全生产'), para('信访稳定')];
    const { lines, warnings } = dropped([...article, ...article, ...article].join('\n'));
    expect(lines).toEqual(article);
    expect(warnings).toHaveLength(2);
  });

  it('drops a single very long line repeated, but not a single long one', () => {
    const veryLong = para('安全生产').repeat(5);
    expect(dropped([veryLong, para('环境保护'), veryLong].join('\n')).lines).toEqual([veryLong, para('环境保护')]);
    const long = [para('安全生产'), para('环境保护'), para('安全生产')];
    expect(dropped(long.join('\n')).lines).toEqual(long);
  });
});

describe('dropRepeats on seed 003', () => {
  it('keeps the interview from the byline to the last answer exactly once', () => {
    const { file, before } = seedThrough('003', dropRepeats);
    const lines = linesOf(file);
    const byline = before.findIndex((l) => l.startsWith('本报记者'));
    const again = before.findIndex((l, i) => i > byline && l === before[byline]);
    expect(again).toBeGreaterThan(byline);
    expect(lines).toEqual(before.slice(0, again));
    for (const line of lines) expect(lines.filter((l) => l === line)).toHaveLength(1);
    expect(file.messages.filter((m) => m.ruleId === 'repeat')).toHaveLength(1);
  });
});
