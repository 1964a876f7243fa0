// People who speak in the documents. A person is a name in a place: two
// speakers called 陈宇 whose documents come from different counties are two
// people, each with a page, and their shared name gets a page listing both;
// one official's documents across posts and years stay together while their
// places agree (a county inside the city of another document agrees with it).
import { pinyin } from 'pinyin-pro';

interface Place {
  province: string;
  city?: string;
  county?: string;
  code?: string;
}

interface WithSpeakers {
  data: { speakers: readonly { name: string; role?: string }[]; region?: Place | undefined };
}

export interface SpeakerEntry<D> {
  name: string;
  /** The page's path segment: the name, or name and place code when the name is shared. */
  key: string;
  /** Where this person's documents come from, as specific as they all agree (湖南省 岳阳市), if known. */
  place?: string;
  /** Distinct roles in the order first seen. */
  roles: string[];
  docs: D[];
}

export interface SharedName<D> {
  name: string;
  people: SpeakerEntry<D>[];
}

const pathOf = (region: Place | undefined): string[] => (region ? [region.province, region.city, region.county].filter((p): p is string => Boolean(p)) : []);
const isPrefix = (a: string[], b: string[]) => a.length <= b.length && a.every((part, i) => b[i] === part);

interface Cluster<D> {
  path: string[];
  code?: string;
  roles: string[];
  docs: D[];
}

/**
 * Splits one name's documents into people by place: documents with the same
 * place path are one person; a less specific path (the province alone, or no
 * place) joins the one more specific person it agrees with, and stays a
 * person of its own when it agrees with several.
 */
function splitByPlace<D extends WithSpeakers>(name: string, docs: D[]): Cluster<D>[] {
  const byPath = new Map<string, Cluster<D>>();
  for (const doc of docs) {
    const path = pathOf(doc.data.region);
    const id = path.join('/');
    const cluster = byPath.get(id) ?? { path, code: doc.data.region?.code, roles: [], docs: [] };
    for (const s of doc.data.speakers) if (s.name === name && s.role && !cluster.roles.includes(s.role)) cluster.roles.push(s.role);
    cluster.docs.push(doc);
    byPath.set(id, cluster);
  }
  // Most specific first, so that a county joins before its city is considered.
  const clusters = [...byPath.values()].sort((a, b) => b.path.length - a.path.length);
  const kept: Cluster<D>[] = [];
  for (const cluster of clusters) {
    const wider = kept.filter((k) => isPrefix(cluster.path, k.path));
    if (wider.length === 1) {
      const into = wider[0]!;
      into.docs.push(...cluster.docs);
      for (const role of cluster.roles) if (!into.roles.includes(role)) into.roles.push(role);
    } else kept.push(cluster);
  }
  return kept;
}

const byDocsThenName = <E extends { name: string; docs: unknown[] }>(a: E, b: E) => b.docs.length - a.docs.length || a.name.localeCompare(b.name, 'zh-CN');

const memo = new WeakMap<readonly WithSpeakers[], { people: SpeakerEntry<WithSpeakers>[]; shared: SharedName<WithSpeakers>[]; keyOf: Map<WithSpeakers, Map<string, string>> }>();

function group<D extends WithSpeakers>(docs: readonly D[]) {
  const cached = memo.get(docs);
  if (cached) return cached as unknown as { people: SpeakerEntry<D>[]; shared: SharedName<D>[]; keyOf: Map<D, Map<string, string>> };
  const byName = new Map<string, D[]>();
  for (const doc of docs) {
    for (const { name } of doc.data.speakers) {
      const list = byName.get(name) ?? [];
      if (!list.includes(doc)) list.push(doc);
      byName.set(name, list);
    }
  }
  const people: SpeakerEntry<D>[] = [];
  const shared: SharedName<D>[] = [];
  const keyOf = new Map<D, Map<string, string>>();
  for (const [name, named] of byName) {
    const clusters = splitByPlace(name, named);
    const entries = clusters.map((c): SpeakerEntry<D> => ({
      name,
      key: clusters.length === 1 ? name : `${name}-${c.code ?? 'unplaced'}`,
      ...(c.path.length ? { place: c.path.join(' ') } : {}),
      roles: c.roles,
      // Documents keep the input order.
      docs: named.filter((d) => c.docs.includes(d)),
    }));
    for (const entry of entries) {
      people.push(entry);
      for (const doc of entry.docs) keyOf.set(doc, (keyOf.get(doc) ?? new Map()).set(name, entry.key));
    }
    if (entries.length > 1) shared.push({ name, people: entries.sort(byDocsThenName) });
  }
  const result = { people: people.sort(byDocsThenName), shared, keyOf };
  memo.set(docs, result as never);
  return result;
}

/** People ordered by number of documents, then by name; documents keep the input order. */
export function groupBySpeaker<D extends WithSpeakers>(docs: readonly D[]): SpeakerEntry<D>[] {
  return group(docs).people;
}

/** Names that several people share, each with its people. */
export function sharedNames<D extends WithSpeakers>(docs: readonly D[]): SharedName<D>[] {
  return group(docs).shared;
}

/** The page of the person called `name` in `doc`, among all `docs`. */
export function speakerUrlIn<D extends WithSpeakers>(docs: readonly D[], doc: D, name: string): string {
  return speakerUrl(group(docs).keyOf.get(doc)?.get(name) ?? name);
}

export const speakerUrl = (key: string) => `/speakers/${encodeURIComponent(key)}/`;

/** The pinyin initial a name is listed under (A–Z; a surname read as a surname: 单 is S); # for a name not in Han script or Latin letters. */
export function initialOf(name: string): string {
  const first = name.trim().charAt(0);
  if (/^[A-Za-z]$/.test(first)) return first.toUpperCase();
  const letter = pinyin(name.trim(), { surname: 'head', pattern: 'first', toneType: 'none', type: 'array' })[0] ?? '';
  return /^[a-z]$/i.test(letter) && /\p{Script=Han}/u.test(first) ? letter.toUpperCase() : '#';
}

/** A name in toneless pinyin without spaces (zhuxuan), for finding it by typing Latin letters. */
export const pinyinOf = (name: string): string => pinyin(name, { surname: 'head', toneType: 'none', type: 'array' }).join('').toLowerCase();

const byPinyin = new Intl.Collator('zh-CN-u-co-pinyin');

/** People grouped by the initial of their name, A to Z then #, each group in pinyin order. */
export function groupByInitial<E extends { name: string }>(people: readonly E[]): { initial: string; people: E[] }[] {
  const groups = new Map<string, E[]>();
  for (const person of people) {
    const initial = initialOf(person.name);
    groups.set(initial, [...(groups.get(initial) ?? []), person]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([initial, list]) => ({ initial, people: list.sort((a, b) => byPinyin.compare(a.name, b.name)) }));
}
