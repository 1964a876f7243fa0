// Stage: the document's script recorded, and the text made mainland simplified.
//
// Traditional or simplified is decided by the share of Han characters that
// OpenCC's generic traditional→simplified conversion changes: a fifth to a
// third of running traditional text, nearly none of simplified text. The
// verdict needs an eighth, so a quoted traditional name or a few stray
// characters do not flip it.
//
// Both kinds go through the same conversion to mainland forms (lib/opencc.ts):
// regional variant forms of the Hong Kong and Taiwan standards (衞, 衹), 著
// where the mainland writes 着 (著力 → 着力, 显著 kept), then the generic
// traditional → simplified, and characters outside mainland China's standard
// lists that stand for one of its characters. A simplified document can carry
// any of these, pasted from a Hong Kong or Taiwan source: readers search in
// simplified, and a single 黨 or 著力 would hide a document from a search for
// 党 or 着力. It keeps, though, the mainland standard characters it writes (难捱).
//
// What the stages before this one collected from the page (its <title>, 来源,
// 作者, site names …) is converted with the text, so that the stages after
// it compare simplified with simplified.
import type { Candidates, IngestFile, Script } from '../types.ts';
import { NOT_HAN, hanClass } from '../lib/common-han.ts';
import { toMainland, traditionalToSimplified } from '../lib/opencc.ts';

/**
 * Big5-era Hong Kong, Macao and Taiwan pages print the colon as U+FE30 (︰, a
 * vertical-text presentation form that Big5's colon maps to in some tables):
 * 傳真︰, 電郵︰, 地址︰. NFKC would turn it into ‥, so it is made the
 * mainland full-width colon here, before the chrome rules read labels.
 */
const PRESENTATION_COLON = /\uFE30/g;

/** Share of changed Han characters from which a document counts as traditional. */
const TRADITIONAL_SHARE = 0.12;

/** Compared code point by code point, walking both texts in step (no arrays of characters). */
function changedShare(text: string, converted: string): number {
  let han = 0;
  let changed = 0;
  for (let i = 0, j = 0; i < text.length; ) {
    const before = text.codePointAt(i)!;
    const after = converted.codePointAt(j);
    i += before > 0xffff ? 2 : 1;
    j += after !== undefined && after > 0xffff ? 2 : 1;
    if (hanClass(before) === NOT_HAN) continue;
    han++;
    if (before !== after) changed++;
  }
  return han === 0 ? 0 : changed / han;
}

/** Which candidates are text in the page's script: a new candidate must be placed here to compile. */
const IS_TEXT: { [K in keyof Required<Candidates>]: boolean } = {
  title: true,
  published: true,
  source: true,
  authors: true,
  editor: true,
  url: false,
  siteNames: true,
};

function convertCandidates(candidates: Candidates, script: Script): void {
  const convert = (text: string) => toMainland(text, script);
  for (const key of Object.keys(candidates) as (keyof Candidates)[]) {
    const value = candidates[key];
    if (!IS_TEXT[key] || value === undefined) continue;
    Object.assign(candidates, { [key]: Array.isArray(value) ? value.map(convert) : convert(value) });
  }
}

export function convertScript(file: IngestFile): void {
  const text = String(file.value).replace(PRESENTATION_COLON, '：');
  file.value = text;
  const generic = traditionalToSimplified(text);
  // OpenCC maps character for character here, so positions line up.
  const share = changedShare(text, generic);
  const traditional = share >= TRADITIONAL_SHARE;
  const script: Script = traditional ? 'traditional' : 'simplified';
  file.data.raw.script = script;
  // The text before the candidates: traditionalToSimplified keeps only its last
  // answer, the text's from just above, which toMainland asks for again; after
  // the candidates it converted the whole text a second time.
  const mainland = toMainland(text, script);
  convertCandidates(file.data.candidates, script);
  if (mainland === text) return;
  file.value = mainland;
  const percent = Math.round(share * 1000) / 10;
  file.info(`${traditional ? 'traditional text' : 'stray traditional or regional variant characters'} converted to simplified (${percent}% of Han characters)`, {
    ruleId: 'script',
    source: 'script',
  });
}
