// What a line or a place name is doing in the document, as far as the region
// goes: a footer or contact field, a list of places (a site's directory of
// 市州/县区 links, a national notice's list of named places), an institution
// merely mentioned (北京大学的王锡锌教授), or a national organ as the issuer.
// Each judges by the shape of the line or the role of the name, not by the
// place it names.
import type { PlaceMention } from './place-mentions.ts';
import { FOOTER_LABEL, NATIONAL_ISSUER } from './region-cues.ts';
import { findMentions } from './divisions.ts';
import type { Segment } from './region-segments.ts';

/** 主办：凯里市人民政府办公室, 通讯地址：六安市行政中心…: a footer's or contact block's field. */
export function isFooterLine(text: string): boolean {
  return text.length <= 120 && FOOTER_LABEL.test(text);
}

/** How many places make a list, and the share of the line its other characters may take at most. */
const LIST_PLACES = 3;
const LIST_REST = 0.25;

/**
 * A line that is little but place names (江苏省 南京市六合区，南通市通州区，泰州市海陵区;
 * 长沙市 株洲市 湘潭市 衡阳市 …): a list or a link directory names every place
 * alike, so none of them is the document's.
 */
export function isPlaceList(text: string): boolean {
  const mentions = findMentions(text);
  if (new Set(mentions.map((m) => m.text)).size < LIST_PLACES) return false;
  const placeChars = mentions.reduce((n, m) => n + m.text.length, 0);
  const rest = text.replace(/[\s、，,;；|｜·/:：]+/gu, '').length - placeChars;
  return rest <= text.length * LIST_REST;
}

/**
 * The document's issuer is a national organ: its title opens with one or its
 * signature is one (中国证券业协会, 中央军委主席…签署命令). Such a document is the
 * nation's wherever the medium that reposts it sits.
 */
export function hasNationalIssuer(segments: Segment[]): boolean {
  return segments.some(({ kind, text }) => (kind === 'title' || (kind === 'closing' && text.length <= 40)) && NATIONAL_ISSUER.test(text) && findMentions(text.slice(0, NATIONAL_ISSUER.exec(text)![0].length)).length === 0);
}

/**
 * An institution named after a place that the text only mentions
 * (邀请了北京大学的王锡锌教授, 现任北京大学第一医院胸外科主任): jieba reads the whole
 * name as one organisation (北京大学/nt). It places the document when it stands
 * as the publisher, the signature or the title's subject, or opens the lede as
 * the one acting; anywhere else it is where a person works, not where the text is from.
 */
export function isMentionedInstitution(mention: PlaceMention, segment: Segment, ledeStart: number): boolean {
  if (!mention.institution) return false;
  if (segment.kind === 'lede') return mention.index !== ledeStart;
  return segment.kind === 'body';
}
