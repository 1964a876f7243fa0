// A notice's own heading block against the other lines that name it (tests/eval/README.md, expected.title: the
// heading block is the title, with its single issuer line; two or more issuers stacked above it are the joint
// issue's band and stay out). Hand-written: GB/T 9704's layout of a document's head (版头, 文号, 标题, 主送机关).
import { isNoticeTitle } from './lines.ts';
import { metaKind } from './head.ts';
import { bare, pairs } from './title-agreement.ts';
import { alternatives } from '../extract/date-vocabulary.ts';
import { CATALOGUE_TITLE_LABELS } from './title-vocabulary.ts';
import { closeUp, isIssuerLine } from './title-clean.ts';
import type { TitleBlock } from './title.ts';

/** The rule ids, for the cleaning log. */
export const NOTICE_HEADING_BLOCK = 'notice-heading-block';
export const JOINT_ISSUER_BAND = 'joint-issuer-band';

/** A body's name alone on a line, as it heads the title it issues (…巡特警支队, …森林防火指挥部, 中共邵阳县委). */
export const ISSUER_NAME = /^[\p{Script=Han}（）()]{4,30}(?:委员会|办公室|办公厅|人民政府|政府|党委|党组|局|厅|委|院|总队|支队|大队|指挥部|领导小组)$/u;
export const issuerName = (line: string | undefined) => line !== undefined && (isIssuerLine(line.trim()) || ISSUER_NAME.test(line.trim()));

/** A notice's addressee line: 各…： (各中心校，高中：; 各村党总支、村委会：). */
const ADDRESSEES = /^各[^。；！？]{1,80}[：:]$/u;
/** A catalogue's field naming the document (名 称：…, 标题: …): its entry, not the document's heading. */
const CATALOGUE_LABEL = alternatives(CATALOGUE_TITLE_LABELS);
/** The label and its colon, the label's characters perhaps spaced to a column's width (名  称: …). */
const LABEL_COLON = new RegExp(`^(?:${CATALOGUE_LABEL})\\s*[：:]`, 'u');
/** The label and a space before the value (名称 市人民政府办公室关于…). */
const LABEL_SPACE = new RegExp(`^(?:${CATALOGUE_LABEL})\\s+\\S`, 'u');
/** GB/T 9704's heading, not a catalogue's field: 关于 opens the matter outside any title it quotes (not the second line of a wrapped one: 《国务院关于…》的意见). */
export const catalogueField = (line: string) => LABEL_COLON.test(closeUp(line.trim())) || LABEL_SPACE.test(line.trim());
export const ownHeading = (line: string, title: string) => !catalogueField(line) && /关于/u.test(title.replace(/《[^《》]*》/gu, '').replace(/“[^“”]*”/gu, ''));
/** How much of the shorter title's character pairs the other must hold to name the same document. */
const SAME_DOCUMENT = 0.8;

/** Two lines naming one document: the shorter's pairs nearly all in the longer (a site's shortening, an issuer or a catalogue label added). */
export function sameDocument(a: string, b: string): boolean {
  const x = pairs(a);
  const y = pairs(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size < 4) return false;
  return [...small].filter((p) => large.has(p)).length / small.size >= SAME_DOCUMENT;
}

/**
 * notice-heading-block: the document's own heading block (关于…的通知, its issuer on the line above or before 关于 on
 * the same line) standing right above its 文号, date line, addressees or text, under a line of the page that names the
 * same document — the site's headline for it or its catalogue's 名称/标题 field: the heading block is the title
 * (关于切实做好暑期安全工作的通知 / 渭临教安发〔2023〕52号 / 渭南市临渭区教育局 / 关于切实做好暑期安全工作的通知 / 各中心校，高中：,
 * b2bpartner.com, unseen26; 信阳息县全面禁止燃放烟花爆竹的通知 / 息县人民政府关于息县全面禁止燃放烟花爆竹的通告, glnlw.com,
 * unseen25; 名 称：关于印发… / 琼中黎族苗族自治县人民政府办公室 / 关于印发… (wrapped), qiongzhong.gov.cn, unseen24;
 * 新乡长垣市关于实施交通管制的通告（长垣市交通管理局） / 关于实施交通管制的通告, ddtbk.com, unseen22).
 */
export function headingUnderHeadline(blocks: readonly TitleBlock[], base: TitleBlock, lines: readonly string[], textAt: number, from: number): TitleBlock | undefined {
  const standsOverText = (b: TitleBlock) =>
    lines.slice(b.at + b.found.lines, textAt).every((line) => {
      const kind = metaKind(line);
      return kind === 'docnumber' || kind === 'date' || ADDRESSEES.test(line.trim());
    });
  const found = blocks.findLast((b) => b.at > base.at && isNoticeTitle(b.clean.title) && ownHeading(lines[b.at]!.trim(), b.clean.title) && standsOverText(b));
  // Under a joint issue's band, the heading without the issuers' names (cqyc.gov.cn: the catalogue's 标题 names the government).
  const heading = found === undefined ? undefined : unbanded(found, lines, from);
  // The line naming it may stand under a banner the rules would have passed over (a spam line over b2bpartner's headline).
  // A copy of the same words (the headline printed again, hard-wrapped, over the addressees) leaves the rules' choice as it is.
  const naming = (b: TitleBlock) => b.at >= base.at && b.at < heading!.at && bare(b.clean.title) !== bare(heading!.clean.title) && sameDocument(b.clean.title, heading!.clean.title);
  if (heading === undefined || !blocks.some(naming)) return undefined;
  return heading.rule === undefined ? { ...heading, rule: NOTICE_HEADING_BLOCK } : heading;
}

/**
 * joint-issuer-band: an issuer's line joined to the 关于…的通知 under it, where another issuer's line stands right above
 * it — the joint issue's band (中共邵阳县委 / 邵阳县人民政府 / 关于表彰…的通报, 345619.com, unseen23; 中共重庆市永川区来苏镇委员会 /
 * 重庆市永川区来苏镇人民政府 / 关于印发…的通知, cqyc.gov.cn, unseen19): the band's names are the signatories', not the title's.
 */
export function unbanded(block: TitleBlock, lines: readonly string[], from: number): TitleBlock {
  const first = lines[block.at]?.trim() ?? '';
  if (block.found.lines < 2 || block.at - 1 < from || !issuerName(first) || !block.clean.title.startsWith(first)) return block;
  if (!issuerName(lines[block.at - 1])) return block;
  const title = block.clean.title.slice(first.length);
  if (!isNoticeTitle(title)) return block;
  return { at: block.at + 1, found: { ...block.found, title, lines: block.found.lines - 1 }, clean: { ...block.clean, title }, rule: JOINT_ISSUER_BAND };
}
