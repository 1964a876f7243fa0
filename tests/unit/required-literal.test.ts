// What every match of a pattern holds, read off its source (scripts/ingest/lib/required-literal.ts):
// the cue rules skip a text without it.
import { describe, expect, it } from 'vitest';
import { requiredAnyOf, requiredLiteral } from '../../scripts/ingest/lib/required-literal.ts';
import { CUE_RULES } from '../../scripts/ingest/classify/cues.ts';
import { termLiterals, termMatches } from '../../scripts/ingest/stages/classify.ts';

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

describe('requiredAnyOf', () => {
  it('takes one literal where one is required, else one of each alternative\'s, else those of a group every match passes through', () => {
    expect(requiredAnyOf(/[^。！？]{2,160}[，,。]全文如下[：:]$/u)).toEqual(['全文如下']);
    expect(requiredAnyOf(/通知如下|特此通知|现答复如下/u)).toEqual(['通知如下', '特此通知', '现答复如下']);
    expect(requiredAnyOf(/^(?!.*发表)[^，。！？]{0,40}(?:贺[词辞]|献[词辞]|寄语)$/u)).toEqual(['贺', '献', '寄语']);
    expect(requiredAnyOf(/^(?:[0-9]{1,2}月)(?<w>会见|接见)/u)).toEqual(['会见', '接见']);
    expect(requiredAnyOf(/(?:讲话|致辞)+[：:]/u)).toEqual(['讲话', '致辞']);
    // Of two required groups, the one whose shortest literal is longest.
    expect(requiredAnyOf(/(?:就|在)(?:调研|检查)/u)).toEqual(['调研', '检查']);
  });

  it('knows nothing where a match may hold none: an optional group, a lookaround, an empty or unknown alternative, case folding', () => {
    expect(requiredAnyOf(/[a-z](?:讲话|致辞)?/u)).toEqual(['']);
    expect(requiredAnyOf(/[a-z](?:讲话|致辞)*/u)).toEqual(['']);
    expect(requiredAnyOf(/[a-z](?:讲话|致辞){0,2}/u)).toEqual(['']);
    expect(requiredAnyOf(/(?=讲话|致辞)[^，]/u)).toEqual(['']);
    expect(requiredAnyOf(/(?<!讲话|致辞)[^，]/u)).toEqual(['']);
    expect(requiredAnyOf(/讲话|[0-9]+/u)).toEqual(['']);
    expect(requiredAnyOf(/(?:讲话|)[0-9]/u)).toEqual(['']);
    expect(requiredAnyOf(/讲话|致辞/iu)).toEqual(['']);
    expect(requiredAnyOf(/[|]致辞|a\|b/u)).toEqual(['致辞', 'a']);
  });

  it('every cue example holds one of its term\'s literals, and without them the term does not match', () => {
    for (const rule of CUE_RULES) {
      for (const cue of rule.cues) {
        const literals = termLiterals(cue.term);
        expect(literals.some((l) => cue.example.includes(l)), `${cue.term} / ${literals.join(' ')}`).toBe(true);
        if (literals.includes('')) continue;
        const without = literals.reduce((text, l) => text.replaceAll(l, ''), cue.example);
        expect(termMatches(cue.term, without), `${cue.term} on ${without}`).toBe(false);
      }
    }
  });
});
