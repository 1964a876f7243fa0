// Writes unihan-mainland.json from the Unicode Character Database's Unihan
// files, as Debian's unicode-data package installs them
// (`apt-get install unicode-data`, then `node scripts/ingest/lib/unihan-mainland.build.ts`).
// Run again when a newer Unihan is wanted; the pipeline reads only the JSON.
//
// It keeps three facts (see lib/mainland-standard.ts for how they are used):
// - kTGH: the 8,105 characters of 通用规范汉字表 (2013), mainland China's
//   standard list of characters;
// - which characters of that list or of GB 2312 are the traditional form of
//   another (kSimplifiedVariant: 後 → 后, 於 → 于), as against the ones that
//   are only a variant of a more common one (捱 of 挨);
// - for characters outside that list, their variants by kZVariant,
//   kSemanticVariant (when no source or at least two dictionaries attest it:
//   a single dictionary's note pairs 陜 with 狹, a character it is written
//   instead of only in old texts) and kSimplifiedVariant.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { isGb2312 } from './common-han.ts';

const UNIHAN = process.env.UNIHAN_DIR ?? '/usr/share/unicode';

function lines(file: string): string[][] {
  return execFileSync('bzcat', [`${UNIHAN}/${file}.txt.bz2`], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .split('\n')
    .filter((line) => line.startsWith('U+'))
    .map((line) => line.split('\t'));
}

const character = (code: string) => String.fromCodePoint(parseInt(code.slice(2), 16));

const standard: [number, string][] = [];
for (const [code, field, value] of lines('Unihan_OtherMappings')) {
  if (field === 'kTGH') standard.push([Number(value!.split(':')[1]), character(code!)]);
}
standard.sort((a, b) => a[0] - b[0]);
const isStandard = new Set(standard.map(([, c]) => c));

const variants = new Map<string, Set<string>>();
const traditional = new Set<string>();
for (const [code, field, value] of lines('Unihan_Variants')) {
  const from = character(code!);
  if (field === 'kSimplifiedVariant' && (isStandard.has(from) || isGb2312(from)) && value!.split(' ').some((v) => character(v) !== from)) traditional.add(from);
  if (isStandard.has(from)) continue;
  for (const entry of value!.split(' ')) {
    const [target, sources] = entry.split('<');
    const to = character(target!);
    if (to === from) continue;
    const attested =
      field === 'kZVariant' || field === 'kSimplifiedVariant' || (field === 'kSemanticVariant' && (sources === undefined || sources.split(',').length >= 2));
    if (!attested) continue;
    if (!variants.has(from)) variants.set(from, new Set());
    variants.get(from)!.add(to);
  }
}

const version = execFileSync('bzcat', [`${UNIHAN}/Unihan_Variants.txt.bz2`], { encoding: 'utf8', maxBuffer: 1 << 28 }).match(/# Unicode version: (\S+)/)?.[1] ?? 'unknown';
const data = {
  source: `Unicode Unihan database (Unihan_OtherMappings kTGH, Unihan_Variants), Unicode ${version}`,
  tongyongGuifan: standard.map(([, c]) => c).join(''),
  traditionalForms: [...traditional].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join(''),
  variants: Object.fromEntries([...variants].sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!).map(([from, to]) => [from, [...to].join('')])),
};
writeFileSync(new URL('./unihan-mainland.json', import.meta.url), `${JSON.stringify(data, null, 0)}\n`);
console.log(`${standard.length} standard characters, ${variants.size} variant characters`);
