// Boilerplate learned across the batch: a line that recurs, with the same line
// next to it, in several files of one site is that site's template (a column
// name, a disclaimer, a footer), whatever its words. The per-file chrome rules
// only know line shapes someone listed; this finds the rest from repetition.
//
// Runs on the per-file results (after the cache), so each file's result stays
// a function of that file alone and the cross-file step is cheap.
import type { IngestResult } from './pipeline.ts';
import { documentText, sketch } from './reposts.ts';
import { serialize } from './serialize.ts';
import { isSignatureLine } from './structure/tail.ts';
import type { Block } from './types.ts';

type DocumentResult = Extract<IngestResult, { kind: 'document' }>;

/** Files of one site that must share a line and its neighbour before it counts as template. */
export const MIN_FILES = 3;
/** Template lines are labels and notices, not paragraphs of argument. */
const MAX_LINE = 100;
/**
 * A file that would lose more than this share of its text is a copy of the
 * same article, not a page of the same template: reposts are merged later.
 */
const MAX_SHARE = 0.3;
/**
 * Stock lines of the documents themselves, which recur next to each other in
 * speeches of one site for a reason (seen: 同志们 + 谢谢大家 closing the
 * speeches of county and city portals alike).
 */
const STOCK = /^(?:同志们|各位(?:领导|代表|委员|来宾|同志)|谢谢(?:大家)?|以上|附件)[：:！!。]?$/u;

/**
 * Removals remembered between runs: `template` names the site and its
 * template lines, and the removal from a document is a function of that and
 * of the document's own result alone.
 */
export interface LearnedMemo {
  get(index: number, template: string): DocumentResult | undefined;
  set(index: number, template: string, result: DocumentResult): void;
  /**
   * Places the remembered removal in the batch itself, unread (ingest's result
   * store, from the kept index), instead of handing it to `get`'s caller;
   * false when it cannot (then `get` is asked).
   */
  take?(index: number, template: string): boolean;
  /** Each site's plan by the site and its members' results (their indices here), kept between runs. */
  sites?: {
    get(site: string, members: readonly number[]): SitePlan | undefined;
    set(site: string, members: readonly number[], plan: SitePlan): void;
  };
}

/**
 * What the learned lines do to one site: its template lines (sorted; none,
 * nothing is removed) and, for each member in order, the indices of the
 * blocks it loses, or null when it keeps them all. A function of the
 * members' results alone, so a run where none of a site's files changed
 * takes it from the memo instead of counting every line pair of the site again.
 */
export interface SitePlan {
  template: string[];
  drops: (number[] | null)[];
  /**
   * Each template line removed and from how many members (the site's
   * LearnedPatterns in order), a function of the same results: kept with the
   * plan so that a remembered site's members are not read to count them.
   */
  removed?: { text: string; removed: number }[];
}

export interface LearnedPattern {
  site: string;
  text: string;
  /** Files the line was removed from. */
  removed: number;
}

const key = (text: string) => text.normalize('NFKC').replace(/\s+/gu, '');

/** The site a result comes from: its source URL's host, else its source name, else its folder. */
export function siteOf(doc: DocumentResult): string {
  const url = doc.meta.source.url;
  if (url) {
    try {
      return new URL(url).host.replace(/^www\./u, '');
    } catch {
      // An unparseable URL says nothing about the site.
    }
  }
  if (doc.meta.source.name) return doc.meta.source.name;
  const slash = doc.path.lastIndexOf('/');
  return slash === -1 ? '.' : doc.path.slice(0, slash);
}

/** The (line, neighbour) pairs of a document, each once. */
function pairs(blocks: Block[]): Set<string> {
  const out = new Set<string>();
  const texts = blocks.map((b) => key(b.text));
  for (let i = 0; i + 1 < texts.length; i++) out.add(`${texts[i]}\u0000${texts[i + 1]}`);
  return out;
}

/**
 * A document's blocks as the planning first reads them: each block's key
 * where it could be a template line (`learnable`), '' where it could not.
 * Ingest's result store keeps this for every document (result-store.ts), so
 * the planning reads back from disk only the members that hold a template
 * line, instead of every member of every site twice (docs/performance.md,
 * ingestcpu3). Undefined when a key holds the pairs' separator: such a
 * document's pairs are split as `pairs` makes them, from its whole result.
 */
export function learnableLines(blocks: readonly Block[]): string[] | undefined {
  const out = new Array<string>(blocks.length);
  for (let i = 0; i < blocks.length; i++) {
    const k = key(blocks[i]!.text);
    if (k.includes('\u0000')) return undefined;
    out[i] = learnable(k) ? k : '';
  }
  return out;
}

/**
 * The pairs of `pairs` that can make a template (both lines learnable), from
 * `learnableLines`: the only pairs whose counts the planning reads.
 */
function learnablePairs(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) if (lines[i] !== '' && lines[i + 1] !== '') out.add(`${lines[i]}\u0000${lines[i + 1]}`);
  return out;
}

/** A paragraph of argument: long, with a sentence end. */
const isProse = (b: Block) => b.kind !== 'heading' && b.text.length >= 30 && /[。！？]/u.test(b.text);

/**
 * The indices of a document's blocks that are the site's template: a
 * template wraps the text, so a line with the text's prose on both sides of it (a section
 * heading the site's documents share: 一、总体要求 / （一）指导思想) is the
 * document's, and so is its signature after the last paragraph (the joint
 * issuers its notices share), read as such or not.
 */
function templateBlocks(blocks: Block[], template: Set<string>): number[] {
  const first = blocks.findIndex(isProse);
  const last = blocks.findLastIndex(isProse);
  const own = (b: Block, i: number) => (first < i && i < last) || b.part === 'closing' || (i > last && isSignatureLine(b.text));
  return blocks.flatMap((b, i) => (template.has(key(b.text)) && !own(b, i) ? [i] : []));
}

function learnable(text: string): boolean {
  return text.length > 0 && text.length <= MAX_LINE && !STOCK.test(text);
}

/** A document that lost learned lines and is not remembered: its new metadata and blocks, to serialize. */
export interface Relearn {
  index: number;
  /** The site and its template lines, the memo's name for the removal. */
  template: string;
  meta: DocumentResult['meta'];
  blocks: Block[];
}

/** What a removal's document is serialized to: the MDX and its sketch (pipeline.ts makes the same pair). */
export interface Rendered {
  mdx: string;
  sketch: number[];
}

/** The one way a document's new metadata and blocks become its MDX and sketch, on whichever thread. */
export const render = (meta: DocumentResult['meta'], blocks: Block[]): Rendered => ({ mdx: serialize(meta, blocks), sketch: Array.from(sketch(documentText(blocks))) });

/** The plan of one site of at least MIN_FILES members (SitePlan). */
export function sitePlan(results: readonly IngestResult[], members: readonly number[]): SitePlan {
  return sitePlanOf((i) => results[i] as DocumentResult, members);
}

/**
 * sitePlan with each member's result from `doc`, asked once per member for the
 * counts and again for the drops: from ingest's result store (result-store.ts)
 * each is read back from disk, so no more than one is held at a time.
 */
function sitePlanOf(doc: (index: number) => DocumentResult, members: readonly number[], linesOf?: (index: number) => string[] | undefined): SitePlan {
  const lines = members.map((i) => linesOf?.(i));
  const counts = new Map<string, number>();
  // A pair left out of `learnablePairs` has an unlearnable line: its count is never read.
  members.forEach((i, k) => {
    for (const pair of lines[k] ? learnablePairs(lines[k]) : pairs(doc(i).blocks)) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  });
  const template = new Set<string>();
  for (const [pair, n] of counts) {
    if (n < MIN_FILES) continue;
    const [a, b] = pair.split('\u0000');
    if (learnable(a) && learnable(b)) (template.add(a), template.add(b));
  }
  if (template.size === 0) return { template: [], drops: [] };
  const drops = members.map((i, k) => {
    // Every template line is learnable: a member with no learnable line in the template loses nothing.
    if (lines[k] && !lines[k].some((line) => line !== '' && template.has(line))) return null;
    const { blocks } = doc(i);
    const drop = templateBlocks(blocks, template);
    if (drop.length === 0 || drop.length === blocks.length) return null;
    const share = documentText(drop.map((j) => blocks[j]!)).length / Math.max(1, documentText(blocks).length);
    return share > MAX_SHARE ? null : drop;
  });
  return { template: [...template].sort(), drops };
}

/**
 * The batch's results as the learned templates' planning reads them: each
 * result's site (undefined for a quarantined file) without the whole result,
 * and a document's whole result by need.
 */
export interface LearnedSource {
  readonly length: number;
  siteAt(index: number): string | undefined;
  document(index: number): DocumentResult;
  /** A document's `learnableLines`, where the source keeps them without the whole result. */
  linesAt?(index: number): string[] | undefined;
}

/** A removal still to make: the document, its memo name, its site and the indices of the blocks it loses. */
interface Pending {
  index: number;
  template: string;
  site: string;
  at: number[];
}

/**
 * The planning over a source: the patterns, the remembered removals handed to
 * `remembered` as they are found, and the removals still to make (site by
 * site, as they are remembered). The one walk both the in-memory batch and
 * ingest's result store use.
 */
function planSites(source: LearnedSource, memo: LearnedMemo | undefined, remembered: (index: number, result: DocumentResult) => void): { learned: LearnedPattern[]; pending: Pending[] } {
  const bySite = new Map<string, number[]>();
  for (let i = 0; i < source.length; i++) {
    const site = source.siteAt(i);
    if (site === undefined) continue;
    const members = bySite.get(site);
    if (members) members.push(i);
    else bySite.set(site, [i]);
  }
  const learned: LearnedPattern[] = [];
  const pending: Pending[] = [];
  for (const [site, members] of bySite) {
    if (members.length < MIN_FILES) continue;
    let plan = memo?.sites?.get(site, members);
    const known = plan !== undefined;
    plan ??= sitePlanOf((i) => source.document(i), members, source.linesAt && ((i) => source.linesAt!(i)));
    if (plan.template.length === 0) {
      if (!known) memo?.sites?.set(site, members, plan);
      continue;
    }
    const name = [site, ...plan.template].join('\u0000');
    // The members are read to count the removed lines only when the plan does not hold the counts.
    const count = plan.removed === undefined;
    const removedBy = new Map<string, { text: string; removed: number }>();
    for (const [k, i] of members.entries()) {
      const at = plan.drops[k];
      if (!at) continue;
      if (count) {
        const doc = source.document(i);
        const drop = at.map((j) => doc.blocks[j]!);
        for (const b of drop) {
          const seen = removedBy.get(key(b.text)) ?? { text: b.text, removed: 0 };
          removedBy.set(key(b.text), { ...seen, removed: seen.removed + 1 });
        }
      }
      if (memo?.take?.(i, name)) continue;
      const hit = memo?.get(i, name);
      if (hit) {
        remembered(i, hit);
        continue;
      }
      pending.push({ index: i, template: name, site, at });
    }
    if (count) {
      plan = { ...plan, removed: [...removedBy.values()] };
      memo?.sites?.set(site, members, plan);
    }
    for (const { text, removed } of plan.removed!) learned.push({ site, text, removed });
  }
  return { learned, pending };
}

/** A pending removal's document without its lost blocks, with the removal in its cleaning log. */
function relearnOf({ index, template, site, at }: Pending, doc: DocumentResult): Relearn {
  const dropped = new Set(at);
  const blocks = doc.blocks.filter((_, j) => !dropped.has(j));
  const meta = {
    ...doc.meta,
    removed: [
      ...doc.meta.removed,
      ...at.map((j) => ({ stage: 'boilerplate', rule: 'learned-template', reason: `recurs with the same neighbouring line in ${MIN_FILES}+ files of ${site}`, text: doc.blocks[j]!.text })),
    ],
  };
  return { index, template, meta, blocks };
}

/**
 * What the learned template lines remove, without serializing: `results` with
 * the remembered removals in place, the patterns, and the documents still to
 * serialize (site by site, as they are remembered). A function of the results and the memo alone.
 */
export function planLearnedBoilerplate(results: IngestResult[], memo?: LearnedMemo): { results: IngestResult[]; learned: LearnedPattern[]; relearn: Relearn[] } {
  const out = results.slice();
  const source: LearnedSource = {
    length: results.length,
    siteAt: (i) => (results[i]!.kind === 'document' ? siteOf(results[i] as DocumentResult) : undefined),
    document: (i) => results[i] as DocumentResult,
  };
  const { learned, pending } = planSites(source, memo, (i, result) => (out[i] = result));
  return { results: out, learned, relearn: pending.map((p) => relearnOf(p, results[p.index] as DocumentResult)) };
}

/**
 * The same removal over ingest's result store (result-store.ts): each
 * remembered or new removal's document written back through `replace`, the
 * new ones serialized by `renderAll` (as removeLearnedBoilerplateWith's) a
 * chunk at a time, so that no more than a chunk of documents is held at
 * once. The removals are made and remembered in the order
 * removeLearnedBoilerplateWith makes them, so the store ends holding its results.
 */
export async function removeLearnedBoilerplateStored(
  source: LearnedSource & { replace(index: number, result: DocumentResult): void },
  memo: LearnedMemo | undefined,
  renderAll: (relearn: Relearn[]) => Promise<Rendered[]>,
  chunk = 256,
): Promise<{ learned: LearnedPattern[]; relearned: number }> {
  const { learned, pending } = planSites(source, memo, (i, result) => source.replace(i, result));
  for (let start = 0; start < pending.length; start += chunk) {
    const docs = new Map<number, DocumentResult>();
    const relearn = pending.slice(start, start + chunk).map((p) => {
      const doc = source.document(p.index);
      docs.set(p.index, doc);
      return relearnOf(p, doc);
    });
    const rendered = await renderAll(relearn);
    relearn.forEach(({ index, template, meta, blocks }, k) => {
      const cleaned: DocumentResult = { ...docs.get(index)!, meta, blocks, ...rendered[k]! };
      memo?.set(index, template, cleaned);
      source.replace(index, cleaned);
    });
  }
  return { learned, relearned: pending.length };
}

/** The plan's documents with their rendering in place (`rendered[k]` is `relearn[k]`'s), each remembered in order. */
function complete(plan: ReturnType<typeof planLearnedBoilerplate>, rendered: Rendered[], memo?: LearnedMemo): { results: IngestResult[]; learned: LearnedPattern[] } {
  const out = plan.results;
  plan.relearn.forEach(({ index, template, meta, blocks }, k) => {
    const cleaned: DocumentResult = { ...(out[index] as DocumentResult), meta, blocks, ...rendered[k]! };
    memo?.set(index, template, cleaned);
    out[index] = cleaned;
  });
  return { results: out, learned: plan.learned };
}

/**
 * Removes learned template lines from every document of a site where a line
 * and its neighbour recur together in at least MIN_FILES files; returns the
 * results (changed documents re-serialized) and what each pattern removed.
 */
export function removeLearnedBoilerplate(results: IngestResult[], memo?: LearnedMemo): { results: IngestResult[]; learned: LearnedPattern[] } {
  const plan = planLearnedBoilerplate(results, memo);
  return complete(plan, plan.relearn.map(({ meta, blocks }) => render(meta, blocks)), memo);
}

/**
 * The same removal with the documents serialized by `renderAll` (the worker
 * pool, ingest's batch), which must answer with `render`'s result for each,
 * in order: the output is removeLearnedBoilerplate's.
 */
export async function removeLearnedBoilerplateWith(
  results: IngestResult[],
  memo: LearnedMemo | undefined,
  renderAll: (relearn: Relearn[]) => Promise<Rendered[]>,
): Promise<{ results: IngestResult[]; learned: LearnedPattern[] }> {
  const plan = planLearnedBoilerplate(results, memo);
  return complete(plan, plan.relearn.length ? await renderAll(plan.relearn) : [], memo);
}
