import { describe, expect, it } from 'vitest';
import { cssRuns, isCssRules, isPlaceholderLine, withoutPlaceholders } from '../../scripts/ingest/lib/printed-code.ts';

describe('isCssRules', () => {
  it('accepts rules whose every declaration the CSS grammars know', () => {
    // uat.speakout.hk (unseen13 a13-speakout).
    expect(isCssRules("p.p1 {margin: 0.0px 0.0px 0.0px 0.0px; font: 14.0px 'PingFang HK'}")).toBe(true);
    expect(isCssRules('span.s1 {font-kerning: none}')).toBe(true);
  });

  it('refuses an unknown property, a value the property does not take, or no selector', () => {
    expect(isCssRules('a {b: c}')).toBe(false);
    expect(isCssRules('p {margin: red}')).toBe(false);
    expect(isCssRules('{margin: 0}')).toBe(false);
  });

  it('finds no rules in a line with Han inside the braces', () => {
    expect(cssRuns('p {font-family: 宋体}')).toEqual([]);
  });
});

describe('isPlaceholderLine', () => {
  it("reads a line of a template's unfilled placeholders, with or without a short value after them", () => {
    // www.ktps.hc.edu.tw (unseen13 b13-ktps) and www.d3xz.com (docs/wide-samples/codetext-s17 04).
    for (const line of ["{{ $t('FEZ012') }}", "{{ $t('FEZ003') }} 2022-09-15", "{{ $t('FEZ005') }} 189|", '{guid},{xxid}', '[{jjbt}]', '{sendtime}', '[@more@]']) {
      expect(isPlaceholderLine(line), line).toBe(true);
    }
  });

  it('leaves a value with Han, text around a placeholder and code a text quotes', () => {
    for (const line of ["{{ $t('FEZ002') }} 學務處|", '集合{x}中的元素', 'x{a}', '{', 'QStyledItemDelegate::paint(painter, option, index);', '{"content":"林澤安 院長"}']) {
      expect(isPlaceholderLine(line), line).toBe(false);
    }
  });

  it("gives the value a field printed after its unrendered label", () => {
    expect(withoutPlaceholders("{{ $t('FEZ004') }} 2022-09-15|")).toBe('2022-09-15');
    expect(withoutPlaceholders("{{ $t('FEZ012') }}")).toBe('');
  });
});
