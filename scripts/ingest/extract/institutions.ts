// Universities and colleges as a gazetteer: the Ministry of Education's list of
// higher-education institutions (moe-institutions.json: name and 所在地) gives the
// place of an institution whose name prints none (华中农业大学: 武汉市, 复旦大学:
// 上海市, 中山大学: 广州市, not 中山市). The list is the same on every site that
// names these institutions, so its rows place pages of sites nobody here has seen.
// It places only the document's own institution (region-evidence.ts gather).
import { createRequire } from 'node:module';
import { divisionByCode, parentOf, shortForms, type Division } from './divisions.ts';

export interface ListedInstitution {
  /** The name as the list writes it and as the text prints it. */
  text: string;
  index: number;
  end: number;
  /** Its 所在地: a city, a municipality, or a county-level place. */
  division: Division;
}

let loaded: { byName: Map<string, Division>; pattern: RegExp } | undefined;

function load() {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const rows = (require('./moe-institutions.json') as { institutions: [string, string][] }).institutions;
  const byName = new Map<string, Division>();
  for (const [name, code] of rows) {
    const division = divisionByCode(code);
    // A name that prints its own place (汕头大学, 山东职业学院, 杭州师范大学) is read
    // through that place already, at the level the name gives (placeinst ahnu: a
    // university named after its province places its text in the province only).
    if (division && !printsPlace(name, division)) byName.set(name, division);
  }
  // Longest first, so that 中国地质大学（北京） wins over a shorter name it opens.
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  loaded = { byName, pattern: new RegExp(names.join('|'), 'gu') };
  return loaded;
}

/** The name opens with its own place: the 所在地, the city above it, or the province (full or short). */
function printsPlace(name: string, division: Division): boolean {
  const places: Division[] = [division];
  for (let d = parentOf(division); d; d = parentOf(d)) places.push(d);
  return places.some((d) => [d.name, ...shortForms(d.name)].some((form) => form.length >= 2 && name.startsWith(form)));
}

/** The listed institutions a text names, leftmost and longest first. */
export function listedInstitutions(text: string): ListedInstitution[] {
  const { byName, pattern } = load();
  return [...text.matchAll(pattern)].map((m) => ({ text: m[0], index: m.index, end: m.index + m[0].length, division: byName.get(m[0])! }));
}
