// What every match of a pattern holds, read off its source (scripts/ingest/lib/required-literal.ts):
// the cue rules skip a text without it.
import { describe, expect, it } from 'vitest';
import { requiredLiteral } from '../../scripts/ingest/lib/required-literal.ts';
import { CUE_RULES } from '../../scripts/ingest/classify/cues.ts';
import { termMatches } from '../../scripts/ingest/stages/classify.ts';

describe('requiredLiteral', () => {
  it('takes the longest run of top-level characters no quantifier makes optional', () => {
    expect(requiredLiteral(/abc/u)).toBe('abc');
    expect(requiredLiteral(/[^。！？]{2,160}[，,。]全文如下[：:]$/u)).toBe('全文如下');
    expect(requiredLiteral(/[\p{Script=Han}]{2,10}〔[0-9]{4}〕[0-9]{1,4}号/u)).toBe('〔');
    expect(requiredLiteral(/(a|b)cd/u)).toBe('cd');
    expect(requiredLiteral(/x+yz/u)).toBe('yz');
    expect(requiredLiteral(/(?<=中)国人/u)).toBe('国人');
    expect(requiredLiteral(/\u{4e2d}国/u)).toBe('国');
    expect(requiredLiteral(/a\.bc/u)).toBe('bc');
    expect(requiredLiteral(/讲话稿?/u)).toBe('讲话');
    expect(requiredLiteral(/讲话稿*全文/u)).toBe('讲话');
    expect(requiredLiteral(/讲稿*全文如下/u)).toBe('全文如下');
    expect(requiredLiteral(/讲{2}话/u)).toBe('话');
  });

  it('gives nothing to filter on where any text may match: a top-level alternation, case folding, no u flag', () => {
    expect(requiredLiteral(/讲话|致辞/u)).toBe('');
    expect(requiredLiteral(/abc/iu)).toBe('');
    expect(requiredLiteral(/abc/)).toBe('');
    expect(requiredLiteral(/(?:讲话|致辞)/u)).toBe('');
    expect(requiredLiteral(/./u)).toBe('');
  });

  it('every cue example holds its term\'s literal, and without it the term does not match', () => {
    for (const rule of CUE_RULES) {
      for (const cue of rule.cues) {
        const literal = requiredLiteral(new RegExp(cue.term.replace(/\{[A-Z]+\}/g, '(?:x)'), 'u'));
        expect(cue.example.includes(literal), `${cue.term} / ${literal}`).toBe(true);
        expect(termMatches(cue.term, cue.example.replaceAll(literal, '')) && literal !== '').toBe(false);
      }
    }
  });
});
