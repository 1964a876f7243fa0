// Stage: HTML source printed as text removed. Scrapers that store a page's
// source as its text, and hijacked mirrors that escape their own junk markup
// (`<legend id="…"></legend>`), leave tags and character references inside
// the sentences: `<p style="text-align: center;">`, `<br/>`, `&nbsp;`. A tag
// that ends a paragraph becomes a line break, every other tag goes, and character
// references are decoded (parse-entities, the unified collective's decoder).
//
// Only tags of HTML's own element names are taken, whole (name, attributes,
// closing bracket): Chinese text has no other use for `<p …>`, and a `<` of a
// comparison (x<5) is not followed by an element name and attributes.
//
// Other code printed as text goes here too, before any stage sets the text on
// lines at its semicolons (lib/printed-code.ts): a line of CSS rules, template
// markers glued to a sentence, a text database's marker before the first words,
// and a tag the stored page was cut inside at its very end.
import { parseEntities } from 'parse-entities';
import { cssRuns, cutDatabaseMarker, cutGluedMarkers, isCssLine } from '../lib/printed-code.ts';
import type { IngestFile } from '../types.ts';

const STAGE = 'markup';
/** Tags that end a paragraph in a page's source: a line break where they stood. */
const BREAK = 'p|br|div|li|h[1-6]|tr|table|blockquote|pre|hr|dd|dt';
/**
 * Every other element name: removed without a break, so that junk a mirror
 * puts inside a sentence (`<legend id=…></legend>`) does not split it.
 */
const OTHER = 'ul|ol|dl|tbody|thead|section|article|center|fieldset|legend|header|footer|form|a|abbr|b|big|code|em|font|i|img|input|label|small|span|strong|sub|sup|td|th|u|iframe|script|style|noscript|o:p|ins|del|mark|nobr|wbr';
/**
 * Elements whose content is code or another page, never prose: removed whole,
 * content included, so `<script>…</script>` does not leave its code in the sentence.
 */
const CODE = /<(script|style|iframe|noscript|textarea)(?=[\s/>])[^<>\n]{0,400}>[^]{0,4000}?<\/\1\s*>/giu;
const TAG = new RegExp(`<\\/?(?:(${BREAK})|${OTHER})(?=[\\s/>])[^<>\\n]{0,400}>`, 'giu');
const REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iu;
/**
 * A closing tag whose `<` a broken double-byte character swallowed: UTF-8
 * read as GBK eats the byte after an odd one, leaving `?` or U+FFFD and the
 * rest of the tag (`传真?/span>` shows as `髡妫?/span>`). The tag's remnant goes;
 * its `?` becomes U+FFFD, what it is (a byte pair that lost its byte), since a
 * paragraph tag's line break leaves it ending the line, where a `?` reads as a
 * real question (贴心兒?！?/p>, specfic.cn; 談?wù)勑摹?/p>, zuancaijixie.com).
 */
const SWALLOWED_CLOSE = new RegExp(`[?\uFFFD]\\/(?:(${BREAK})|${OTHER})>`, 'giu');
/**
 * A tag the stored page was cut inside, ending the text: an element name and
 * part of its attributes with no closing bracket (…据扬子晚报消息<span s, xghylt.com;
 * …<link rel="apple-touch-icon" sizes="57x57" hre, cinxe.com: docs/wide-samples/codetext-s17 02, 03).
 */
const CUT_TAG = new RegExp(`<\\/?(?:${BREAK}|${OTHER}|link|meta)(?:\\s[^<>\\n\\p{Script=Han}]{0,400})?\\s*$`, 'iu');

type Cut = { rule: string; reason: string; text: string };

/** Code other than tags, line by line; then a tag cut at the text's end. */
function stripPrintedCode(text: string): { text: string; cut: Cut[] } {
  const cut: Cut[] = [];
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (isCssLine(line)) {
      cut.push({ rule: 'css-as-text', reason: 'CSS rules printed as text', text: cssRuns(line.trim()).join(' ') });
      continue;
    }
    const glued = cutGluedMarkers(line);
    for (const marker of glued.cut) cut.push({ rule: 'template-marker', reason: "a template's marker glued to the text", text: marker });
    const opening = cutDatabaseMarker(glued.line);
    if (opening.cut) cut.push({ rule: 'database-marker', reason: "a text database's marker before the first words", text: opening.cut });
    lines.push(opening.line);
  }
  let out = lines.join('\n');
  const tag = CUT_TAG.exec(out);
  if (tag && /\p{Script=Han}/u.test(out.slice(0, tag.index))) {
    cut.push({ rule: 'cut-tag', reason: 'a tag the stored page was cut inside', text: tag[0].trim() });
    out = out.slice(0, tag.index);
  }
  return { text: out, cut };
}

export function stripPrintedMarkup(file: IngestFile): void {
  const text = String(file.value);
  const code = stripPrintedCode(text);
  for (const span of code.cut) {
    file.message(`code printed as text removed (${span.reason}): ${span.text.slice(0, 80)}`, { ruleId: span.rule, source: STAGE });
    file.data.removed.push({ stage: STAGE, ...span, text: span.text.slice(0, 2000) });
  }
  if (!code.text.includes('<') && !code.text.includes('/') && !REFERENCE.test(code.text)) {
    file.value = code.text;
    return;
  }
  const removed: string[] = [];
  let out = code.text.replace(CODE, (element) => {
    removed.push(element);
    return '';
  });
  out = out.replace(TAG, (tag, block: string | undefined) => {
    removed.push(tag);
    return block ? '\n' : '';
  });
  out = out.replace(SWALLOWED_CLOSE, (tag, block: string | undefined) => {
    removed.push(tag.slice(1));
    return '\uFFFD' + (block ? '\n' : '');
  });
  if (REFERENCE.test(out)) out = parseEntities(out, { nonTerminated: false });
  if (removed.length === 0 && out === code.text) {
    file.value = code.text;
    return;
  }
  if (removed.length > 0) {
    const shown = [...new Set(removed)].slice(0, 5).join(' ');
    file.message(`HTML source printed as text: ${removed.length} tag(s) removed, e.g. ${shown}`, { ruleId: 'markup-as-text', source: STAGE });
    file.data.removed.push({ stage: STAGE, rule: 'markup-as-text', reason: 'HTML tags printed as text', text: [...new Set(removed)].join(' ').slice(0, 2000) });
  }
  file.value = out;
}
