// Code a page printed as text, read by its grammar rather than by a list of
// strings: a stylesheet an editor pasted into the post (CSS rules, each
// declaration checked against the CSS property grammars of css-tree, which
// carries MDN's data), a template's placeholders that were never filled
// (`{{ $t('FEZ003') }}`, `{guid}`, `[@more@]`), and a tag the stored page was cut
// inside at its end. Chinese prose has no use for these shapes; code a text
// quotes is kept because nothing here reads a line with Han inside the code.
import { createRequire } from 'node:module';

/** The parts of css-tree used here (the package ships no types). */
interface CssNode {
  type: string;
  property?: string;
  prelude?: CssNode;
  block?: { children: { toArray(): CssNode[] } };
}
interface CssTree {
  parse(source: string, options: { onParseError?: (error: Error) => void; parseValue?: boolean }): CssNode;
  walk(ast: CssNode, visit: { visit: string; enter(node: CssNode): void }): void;
  lexer: { matchProperty(property: string, value: unknown): { error: Error | null } };
}

let cssTree: CssTree | undefined;
/** Loaded on first use: its data is large, and most pages print no braces at all. */
const css = (): CssTree => (cssTree ??= createRequire(import.meta.url)('css-tree') as CssTree);

/**
 * A run of CSS rules: a selector of ASCII selector characters, then a block in
 * braces, once or more. No Han anywhere in it; the lengths are bounded so that
 * a long line of other code is read in linear time.
 */
const SELECTOR = String.raw`[A-Za-z.#*@][\w.#:*>+~,=\-[\]"' ()]{0,200}`;
const BLOCK = String.raw`\{[^{}\n\p{Script=Han}]{1,4000}\}`;
const CSS_RUN = new RegExp(`${SELECTOR}${BLOCK}(?:\\s*${SELECTOR}${BLOCK})*`, 'gu');

/**
 * Whether a span parses as CSS rules whose every declaration is one the CSS
 * grammars know with a value they accept: `p.p1 {margin: 0.0px; font: 14.0px
 * 'PingFang HK'}` does, `a {b: c}` (no property b) does not.
 */
export function isCssRules(span: string): boolean {
  const tree = css();
  let broken = false;
  const ast = tree.parse(span, { parseValue: true, onParseError: () => (broken = true) });
  if (broken) return false;
  let rules = 0;
  let valid = true;
  tree.walk(ast, {
    visit: 'Rule',
    enter(rule) {
      rules++;
      const declarations = rule.block?.children.toArray() ?? [];
      if (rule.prelude?.type !== 'SelectorList' || declarations.length === 0) valid = false;
      for (const d of declarations) {
        if (d.type !== 'Declaration' || tree.lexer.matchProperty(d.property!, (d as { value?: unknown }).value).error) valid = false;
      }
    },
  });
  return valid && rules > 0;
}

/** The CSS rule runs of a line, as printed (a cheap shape test first, then the grammar). */
export function cssRuns(line: string): string[] {
  if (!line.includes('{') || !line.includes(':')) return [];
  return [...line.matchAll(CSS_RUN)].map((m) => m[0].trim()).filter(isCssRules);
}

/**
 * A template placeholder printed unfilled: a template language's delimiters
 * around an expression of ASCII identifiers, with no Han inside —
 * `{{ $t('FEZ012') }}` (Vue i18n; ktps.hc.edu.tw eval:b13-ktps-hsinchu-seedling-letter-notice),
 * `{guid}`, `[{jjbt}]` (a list template; www.d3xz.com fixture:chrome/pages/d3xz-template.txt),
 * `[@more@]` (a blog's read-more marker; 2blog.ilc.edu.tw eval:c13-ilc-school-teacher-interview),
 * and the other engines' pairs `{% %}`, `<% %>`, `${ }`, `{$ }`.
 */
const EXPRESSION = String.raw`[^{}<>%\n\p{Script=Han}]`;
const PLACEHOLDER_SOURCE = [
  String.raw`\{\{${EXPRESSION}+\}\}`,
  String.raw`\{%${EXPRESSION}+%\}`,
  String.raw`<%${EXPRESSION}+%>`,
  String.raw`\$\{[$\w.()'" ]+\}`,
  String.raw`\[@\w+@\]`,
  String.raw`\[?\{\$?[A-Za-z_][\w.]*\}\]?`,
].join('|');
const PLACEHOLDER = new RegExp(PLACEHOLDER_SOURCE, 'gu');

/**
 * Placeholders of a template language's own two-character delimiters, which no
 * prose or formula prints: cut where they are glued to text (`…吴东晋[@more@]`).
 */
const GLUED_MARKER = new RegExp([String.raw`\{\{${EXPRESSION}+\}\}`, String.raw`\{%${EXPRESSION}+%\}`, String.raw`<%${EXPRESSION}+%>`, String.raw`\[@\w+@\]`].join('|'), 'gu');

/**
 * A line of placeholders only, perhaps with the short value the page printed
 * after them (`{{ $t('FEZ003') }} 2022-09-15`, `{{ $t('FEZ005') }} 189|`,
 * `{guid},{xxid}`): a field whose label was never rendered. A value with Han
 * (`{{ $t('FEZ002') }} 學務處`) is left to the other rules.
 */
export function isPlaceholderLine(line: string): boolean {
  const text = line.trim();
  if (!text.includes('{') && !text.includes('[@') && !text.includes('<%')) return false;
  const shape = /^(?:\u0000[\s,，|｜、]*)+([^\u0000]*)$/u.exec(text.replace(PLACEHOLDER, '\u0000'));
  if (!shape) return false;
  const value = shape[1]!.trim();
  return value.length <= 24 && !/[\p{Script=Han}{}]/u.test(value);
}

/** The line without its placeholders: the value a field printed after its unrendered label. */
export const withoutPlaceholders = (line: string): string => line.replace(PLACEHOLDER, ' ').replace(/^[\s,，|｜、]+|[\s|｜]+$/gu, '');

/**
 * Placeholders glued to a line's text (no space between: `…吴东晋[@more@]`), cut
 * from it. A placeholder set apart by a space is a field's unrendered label
 * (`{{ $t('FEZ002') }} 學務處`), and a line with no Han outside them is left whole.
 */
export function cutGluedMarkers(line: string): { line: string; cut: string[] } {
  if (!line.includes('{{') && !line.includes('{%') && !line.includes('<%') && !line.includes('[@')) return { line, cut: [] };
  const cut: string[] = [];
  const rest = line.replace(GLUED_MARKER, (marker, at: number) => {
    const before = line[at - 1];
    const after = line[at + marker.length];
    if (!((before !== undefined && /\S/u.test(before)) || (after !== undefined && /\S/u.test(after)))) return marker;
    cut.push(marker);
    return '';
  });
  if (cut.length === 0 || !/\p{Script=Han}/u.test(rest)) return { line, cut: [] };
  return { line: rest, cut };
}

/**
 * Markers a text database prints into its excerpts, opening the text's first
 * line. Each with where it was seen, on two sites at least.
 */
export const DATABASE_MARKERS = [
  {
    marker: '<正>',
    software: 'CNKI (中国知网): stands for 正文 where an article has no abstract, before its first words',
    examples: [
      { text: '<正>新型冠狀病毒肺炎疫情發(fā)生以來,…', seen: 'sikaile.net docs/wide-samples/codetext-s17/pages/01.txt' },
      { text: '<正>9月20日,中央政协工作会议暨庆祝…', seen: 'scholarmate.com docs/wide-samples/clean-s9/labels.tsv row 30' },
    ],
  },
];
const MARKER_OPENING = new RegExp(`^(\\s*)(?:${DATABASE_MARKERS.map((m) => m.marker).join('|')})\\s*`, 'u');

/** A database marker opening a line, cut from it. */
export function cutDatabaseMarker(line: string): { line: string; cut?: string } {
  const m = MARKER_OPENING.exec(line);
  if (!m || line.slice(m[0].length).trim() === '') return { line };
  return { line: m[1] + line.slice(m[0].length), cut: m[0].trim() };
}

/** A line made only of CSS rules the grammars accept (`p.p1 {margin: 0.0px; …} span.s1 {font-kerning: none}`). */
export function isCssLine(line: string): boolean {
  const text = line.trim();
  const runs = cssRuns(text);
  return runs.length > 0 && runs.reduce((rest, run) => rest.replace(run, ''), text).trim() === '';
}
