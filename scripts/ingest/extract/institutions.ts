// Universities and colleges as a vocabulary: the Ministry of Education's list of
// higher-education institutions (moe-institutions.json: name and 所在地). The list
// is the same on every site that names these institutions, so its rows recognise
// a page's own institution on sites nobody here has seen, and tell whether the
// place a name prints is where the institution stands: 汕头大学 and 阳泉职业技术学院
// stand in the city they print, 山东职业学院 in the province it prints (its city is
// not printed), while 中山大学 (广州市, not 中山市), 江南大学 (无锡市, not 南宁's
// 江南区) and 南开大学 (天津市; 南开区 is a district inside it) print a word that
// is not their seat. A name that prints no place (清华大学, 中国政法大学) gives none:
// the README places a document by what its text prints, and the list's 所在地 is
// outside the text (unseen22 a22-bookm, unseen23 a23-gerecailiao).
import { createRequire } from 'node:module';
import { divisionByCode, findMentions, parentOf, type Division } from './divisions.ts';

export interface ListedInstitution {
  /** The name as the list writes it and as the text prints it. */
  text: string;
  index: number;
  end: number;
  /** The place the name prints, where the list agrees it stands: the 所在地 or a division above it. */
  division: Division;
}

let loaded: { seats: Map<string, Division | undefined>; byFirst: Map<string, string[]> } | undefined;

/**
 * A campus of a listed university named after it (山东大学威海分校, 哈尔滨工业大学（威海）,
 * 中山大学珠海校区): the campus stands elsewhere, so the university's seat is not its place.
 */
const BRANCH_AFTER = /^(?:[（(](?<place>\p{Script=Han}{2,4})[）)]|[^，。、；：\s]{0,6}?(?:分校|校区))/u;
/** The campus a listed name is followed by: 分校/校区, or a place in brackets (（威海）, not （以下简称汕大）). */
const isBranch = (after: string) => {
  const m = BRANCH_AFTER.exec(after);
  return m !== null && (m.groups?.place === undefined || findMentions(m.groups.place).some((p) => p.index === 0 && p.end === m.groups!.place!.length));
};

function load() {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const rows = (require('./moe-institutions.json') as { institutions: [string, string][] }).institutions;
  const seats = new Map<string, Division | undefined>();
  for (const [name, code] of rows) {
    const division = divisionByCode(code);
    // Every listed name is kept, the ones that print no seat of theirs too: 北京理工大学珠海学院
    // (珠海市) must be read whole, not as the 北京理工大学 it opens.
    seats.set(name, division && printedSeat(name, division));
  }
  // By first character, longest first, so that 北京理工大学珠海学院 wins over 北京理工大学
  // it opens: what one pattern of the 2,600 names as alternatives found, without trying
  // each of them at every position of a text (docs/performance.md, ingestcpu).
  const byFirst = new Map<string, string[]>();
  for (const name of [...seats.keys()].sort((a, b) => b.length - a.length)) {
    const list = byFirst.get(name[0]!);
    if (list) list.push(name);
    else byFirst.set(name[0]!, [name]);
  }
  loaded = { seats, byFirst };
  return loaded;
}

/** The division the name opens with, if it is the 所在地 or above it (汕头大学: 汕头市; 山东职业学院: 山东省). */
export function printedSeat(name: string, seat: Division): Division | undefined {
  const opening = findMentions(name).find((m) => m.index === 0);
  if (!opening) return undefined;
  const line: Division[] = [];
  for (let d: Division | undefined = seat; d; d = parentOf(d)) line.push(d);
  return opening.divisions.find((d) => line.includes(d));
}

/** The listed institutions whose names print their seat, as the text names them, leftmost and longest first. */
export function listedInstitutions(text: string): ListedInstitution[] {
  const { seats, byFirst } = load();
  const found: ListedInstitution[] = [];
  for (let i = 0; i < text.length; ) {
    const name = byFirst.get(text[i]!)?.find((n) => text.startsWith(n, i));
    if (name === undefined) {
      i++;
      continue;
    }
    const division = seats.get(name);
    if (division && !isBranch(text.slice(i + name.length))) found.push({ text: name, index: i, end: i + name.length, division });
    i += name.length;
  }
  return found;
}
