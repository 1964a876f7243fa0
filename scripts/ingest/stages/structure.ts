// Stage: cleaned text → title, front lines and body blocks.
//
// Reading order of a document: [cover notice] title [name, date, byline,
// caption lines] body [attribution] [signature and date lines]. The title and
// the head and tail lines that are not body text are taken out of the blocks;
// head and attribution lines go to `file.data.front` for the metadata stages
// and are recorded as removed, so that nothing leaves the text unrecorded.
//
// A scraped page may print short lines above the title (a menu, a banner, an
// outline, the site's own headline for the page): the title is chosen among
// the title-like lines before the first sentence (structure/title.ts), and
// the lines above it are recorded as removed.
import type { Block, IngestFile } from '../types.ts';
import { bodyBlocks } from '../structure/body.ts';
import { PIECE, metaKind, readHead, type HeadLine } from '../structure/head.ts';
import { isSalutation, isTitleLike } from '../structure/lines.ts';
import { agree } from '../structure/title-agreement.ts';
import { findCoverNotice } from '../structure/notice.ts';
import { readTail } from '../structure/tail.ts';
import { chooseTitle, clauseBroken, deriveTitle, findTitle, gluedCopies, startsText, templateHeader, type FoundTitle } from '../structure/title.ts';
import { bare } from '../structure/title-agreement.ts';
import { LINKED_BANNER_REFUSAL, PERIODICAL_REFUSAL, cleanTitle, finishTitle, refusal, type Cut } from '../structure/title-clean.ts';
import { promulgatedTitle } from '../structure/title-order.ts';
import { markHeadDamage } from '../structure/title-html.ts';
import { BREADCRUMB_STEP, HEADLINE_TWICE, withRemovedHeadline } from '../structure/title-rescue.ts';
import { leadInTitle } from '../structure/title-lead-in.ts';
import { repeatedTitle } from '../structure/title-repeated.ts';
import { ownCopyAfter } from '../structure/title-particles.ts';
import { salutationLine, salutationOpening } from '../structure/title-salutation.ts';

const STAGE = 'structure';
/** How many lines of page furniture may stand above a headline glued to the first sentence. */
const GLUED_REACH = 4;
/** A skip link to the main text, as the template words it (跳到主要内容区块, 按 Enter 到主内容区). */
const SKIP_LINK_LIKE = /(?:跳|移|按\s*Enter\s*)(?:至|到|转到|转至)?\s*主要?内容/iu;

/** Why the structure stage drops the title printed again: the dates stage still reads a lede dropped so. */
export const REPEAT_REASON = 'the title printed again';
const REASONS: Record<HeadLine['kind'], string> = {
  name: 'speaker name line under the title → speakers',
  date: 'date line under the title → date',
  byline: 'byline → source',
  attribution: 'attribution → source',
  caption: 'photo caption: describes a picture the archive does not hold',
  issuer: 'issuing body under the title → source',
  docnumber: '文号 under the title → date',
  repeat: REPEAT_REASON,
  headline: 'headline line beside the title (kicker, subtitle, picture caption)',
  stamp: "the page's date between two copies of the title → date",
  furniture: 'page furniture beside the title (menu, banner, info line)',
};
/** What the shape rules that chose a title did, for the cleaning log. */
const RULE_NOTES: Record<string, string> = {
  'headline-under-lede': "headline found among the text's first lines",
  'notice-heading-block': "the notice's own heading block taken over the page's headline or catalogue field for it",
  'joint-issuer-band': "the joint issue's band of issuers left out of the notice's title",
  'bare-genre-official': 'the document titled by its kind of 公文 alone, right above its text',
  'bare-genre-letter': 'the letter titled by its genre alone, right above its text',
  'bare-genre-matter': "the notice titled by its kind and the matter or urgency before it, right above its text",
};
/** Kinds that carry metadata the later stages read; the others are only recorded. */
const TO_FRONT = new Set<HeadLine['kind']>(['name', 'date', 'byline', 'attribution', 'caption', 'issuer', 'docnumber']);

export function structure(file: IngestFile): void {
  const lines = String(file.value)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const setAside = (text: string, reason: string) => {
    file.data.front.push(text);
    file.data.removed.push({ stage: STAGE, reason, text });
  };
  const drop = (text: string, reason: string) => file.data.removed.push({ stage: STAGE, reason, text });
  const keepHead = (line: HeadLine) => {
    if (line.kind === 'stamp') {
      file.data.candidates.published ??= line.text.replace(/^[（(]|[）)]$/gu, '');
      drop(line.text, REASONS.stamp);
    } else if (TO_FRONT.has(line.kind)) setAside(line.text, REASONS[line.kind]);
    else drop(line.text, REASONS[line.kind]);
  };

  // A cover notice transmits in a sentence (现将…印发给你们，请…。); a title line
  // that only names 印发 (关于印发…的通报, wrapped) transmits nothing.
  // The header Taiwan's government-site template prints above its centre block's access-key marker (the skip link,
  // the site's banner): page furniture wherever the title is found. The banner names the organ behind the page
  // (台湾桥头地方法院, ctd.judicial.gov.tw), so it is set aside for the place, as a masthead is.
  const header = templateHeader(file.data.pageLines ?? []);
  while (lines.length > 1 && header.has(bare(lines[0]!))) {
    const text = lines.shift()!;
    if (SKIP_LINK_LIKE.test(text)) drop(text, "page furniture above the title (the template's skip link)");
    else setAside(text, "the template's banner above its centre block → place");
  }
  const found0 = findCoverNotice(lines);
  const notice = found0?.blocks.some((b) => b.kind === 'paragraph' && startsText(b.text)) ? found0 : undefined;
  const start = notice?.end ?? 0;
  // The head's headline with its encoding damage marked, as the text's copy of it is.
  const headline = file.data.candidates.title === undefined ? undefined : markHeadDamage(file.data.candidates.title);
  const context = { siteNames: file.data.candidates.siteNames ?? [], headline, pageLines: file.data.chromeLines, before: file.data.pageLines ?? [] };
  // A headline a chrome rule took out goes back where it stood.
  const choice = withRemovedHeadline(lines, start, chooseTitle(lines, start, context), context);
  let found: (FoundTitle & { cut?: Cut[]; date?: string }) | undefined;
  let afterTitle = start;
  if (choice) {
    const { block } = choice;
    // A headline the chrome stage took, put back: which furniture the walk up from the text passed over to it.
    for (const rule of new Set(choice.rescued ?? [])) {
      const what = rule === HEADLINE_TWICE ? 'headline put back, printed again under the info block it stands over' : rule === BREADCRUMB_STEP ? "headline taken from the breadcrumb's last step, the text restating it" : 'headline put back over an info line of empty labels';
      file.info(`${what}: "${block.clean.title}"`, { ruleId: rule, source: STAGE });
    }
    // A headline found among the text's first lines (under its story's lede): the rule's id.
    if (block.rule !== undefined) file.info(`${RULE_NOTES[block.rule] ?? 'title chosen by a shape rule'}: "${block.clean.title}"`, { ruleId: block.rule, source: STAGE });
    // The text opens on a salutation line (closed by a comma or 大家好 it reads as a title by shape): the closing row's id.
    const opening = lines[choice.textAt];
    const closing = opening === undefined ? undefined : salutationLine(opening);
    if (closing !== undefined) file.info(`salutation line opens the text, never a title: "${opening}"`, { ruleId: closing, source: STAGE });
    // Lines above the title: a name and a date right above it belong to it
    // (some pages print the speaker and the date first); the rest is the page's.
    const kinds = lines.slice(0, block.at).map((line, k) => (k < start ? undefined : metaKind(line)));
    let own = block.at;
    while (own > start && block.at - own < 2 && (kinds[own - 1] === 'name' || kinds[own - 1] === 'date')) own--;
    for (let k = start; k < block.at; k++) {
      const text = lines[k]!;
      const kind = kinds[k];
      // The story's lede printed above its headline is text (moved under the title below).
      if (choice.lede !== undefined && k >= choice.lede) continue;
      if (k >= own) setAside(text, REASONS[kind!]);
      else if (k === choice.describes?.at) {
        // As a title line reads once what the site glued to it is off (…的讲话全文 → …的讲话).
        drop(text, "the page's headline describing the document above its own title → type, date");
        file.data.front.push(choice.describes.clean.title);
      }
      // A notice's 文号 stands between its masthead and its title.
      else if (kind === 'docnumber') setAside(text, REASONS.docnumber);
      else if (kind === 'date' || (kind === 'byline' && /\d{4}/u.test(text))) {
        file.data.candidates.published ??= text;
        drop(text, "the page's date above the title → date");
      } else if (refusal(text) === LINKED_BANNER_REFUSAL) {
        // The banner with its toolbar links, never the title nor the text's first sentence: the row's id in the log. It names
        // the organ behind the page (大柴旦人民代表大会常务委员会), so it is set aside for the place, as a template's banner is.
        setAside(text, `the site's welcome banner and its toolbar links above the title → place (welcome-banner-links)`);
        file.info(`site's welcome banner with its toolbar links above the title: "${text}"`, { ruleId: 'welcome-banner-links', source: STAGE });
      } else drop(text, "page furniture above the title (menu, banner, outline, the page's own headline)");
    }
    found = { ...block.found, title: block.clean.title, cut: block.clean.cut, date: block.clean.date };
    afterTitle = block.at + block.found.lines;
    // An order's heading over the document it promulgates: the title is the document's, and the order stays as text.
    const promulgated = promulgatedTitle(lines, block.at);
    if (promulgated !== undefined) {
      found = { title: promulgated, lines: 0 };
      afterTitle = block.at;
    }
    else if (choice.lede !== undefined) {
      // The lede goes under the title, in the page's order: the text then reads from its first paragraph.
      const lede = lines.splice(choice.lede, block.at - choice.lede);
      afterTitle -= lede.length;
      lines.splice(afterTitle, 0, ...lede);
    }
  } else {
    // A headline glued to the first sentence (…会议召开9月12日，…; …的通知各县…：), perhaps under lines of page furniture.
    for (let k = start; k < Math.min(lines.length, start + GLUED_REACH); k++) {
      let glued = findTitle(lines, k);
      if (glued?.rest !== undefined) {
        for (const text of lines.slice(start, k)) drop(text, "page furniture above the title (menu, banner, outline, the page's own headline)");
        // A file name run into the document's own title, a particle left out of it (…座谈会上讲话县长在…座谈会上的讲话同志们：): the own copy.
        const own = ownCopyAfter(glued.title, glued.rest);
        if (own !== undefined) {
          drop(glued.title, "the site's copy of the title before the document's own, a particle left out");
          glued = { ...glued, title: own, rest: glued.rest.slice(own.length).trim() };
        }
        lines[k] = glued.rest!;
        // A salutation closed by its greeting glued after the title (…致辞老师们、同学们,大家好!今天，…): the closing row's id.
        if (salutationOpening(glued.rest!) !== undefined) file.info(`salutation glued after the title opens the text: "${glued.title}"`, { ruleId: 'salutation-greeting', source: STAGE });
        // What an uploader glued to the title (…的讲话范文) comes off as from a title line.
        const clean = cleanTitle(glued.title, context.siteNames);
        found = { ...glued, title: clean.title, cut: clean.cut, ...(clean.date ? { date: clean.date } : {}) };
        afterTitle = k;
        break;
      }
      if (startsText(lines[k]!) || clauseBroken(lines, k)) break;
    }
    // The page's heading printed again as a line under a lede (a summary above the heading): the two agree, the line stays text.
    if (!found && headline && lines.slice(start, start + GLUED_REACH).some((line) => agree(line, headline) && isTitleLike(line))) found = { title: headline, lines: 0 };
    // Else the piece an essay site's lead-in names (下面是小编为大家整理的…，供大家参考), read on the page before the chrome stage took the lead-in.
    if (!found) {
      const named = leadInTitle(context.before);
      if (named !== undefined) found = { title: named, lines: 0 };
    }
    // Else the title a document site's text layer prints twice at the head of its one line (…上的讲话201X/X/XX…上的讲话…).
    if (!found) {
      const line = lines.slice(start, start + GLUED_REACH).find((l) => repeatedTitle(l) !== undefined);
      if (line !== undefined) found = { title: repeatedTitle(line)!, lines: 0 };
    }
  }

  // A paper's masthead and day (甘孜日报 2020年08月13日) over a story printed with no headline is the page's, not text.
  if (!choice) {
    while (afterTitle < lines.length - 1 && refusal(lines[afterTitle]!) === PERIODICAL_REFUSAL) drop(lines[afterTitle++]!, "a periodical's masthead and issue above the text");
  }
  const { head, next } = readHead(lines, afterTitle, found?.title);
  for (const line of head) keepHead(line);
  // The title glued again before the first sentence of a flattened page.
  // …【篇1】 after the title heads the first piece of a collection: it stays whole.
  const glued = found && next < lines.length && !PIECE.test(lines[next]!.trim()) ? gluedCopies(lines[next]!, [found.title, ...(choice ? [lines[choice.block.at]!] : [])]) : undefined;
  if (glued) {
    drop(glued.copies, REASONS.repeat);
    lines.splice(next, 1, ...glued.rest);
  }

  const tail = readTail(lines, next);
  const body = lines.slice(next, tail.start);
  if (tail.lastLine !== undefined) body[body.length - 1] = tail.lastLine;
  for (const text of tail.front) setAside(text, 'attribution → source');

  const blocks: Block[] = [
    ...(notice?.blocks ?? []),
    ...bodyBlocks(body),
    ...tail.closing.map((text): Block => ({ kind: 'paragraph', part: 'closing', text })),
  ];
  file.data.blocks = blocks;

  if (found?.damaged) {
    file.message(`title glued to the first sentence and cut at a damage mark: "${found.title}" — the end of the title and the start of the first sentence may be lost`, { ruleId: 'title-damaged', source: STAGE });
  }
  if (found) {
    for (const { text, reason, front } of found.cut ?? []) (front ? setAside : drop)(text, reason);
    // A date before a headline (3月27日，…会议召开) is the day of the event.
    if (found.date) setAside(found.date, 'date before the headline → date');
    // The headline's copy may be one the chrome stage took (the headline again over a comment form): the page before it counts too.
    const finished = finishTitle(found.title, [...body, ...context.before]);
    for (const { text, reason } of finished.cut) drop(text, reason);
    file.data.meta.title = finished.title;
    file.data.meta.titleSource = 'found';
    return;
  }
  // Not a line that can never be a title (a welcome banner the chrome stage left).
  const first = blocks.find((b) => b.part === 'body' && !isSalutation(b.text) && !refusal(b.text) && (b.text.match(/\p{Script=Han}/gu)?.length ?? 0) >= 6);
  file.data.meta.title = deriveTitle(first?.text ?? lines[0] ?? '');
  file.data.meta.titleSource = 'derived';
  file.info(`no title stated; derived "${file.data.meta.title}" from the first sentence`, { ruleId: 'title-derived', source: STAGE });
}
