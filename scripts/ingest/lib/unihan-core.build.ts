// Writes unihan-core.json from the Unicode Character Database's Unihan
// (`apt-get install unicode-data`, then `node scripts/ingest/lib/unihan-core.build.ts`):
// the characters of IICore (kIICore), the International Ideographs Core that
// the IRG drew from the characters in everyday use in mainland China, Hong
// Kong, Macao, Taiwan, Japan and Korea — the Hong Kong characters of Cantonese
// text (嘅, 㗎, 喺) among them, as GB 2312 and Big5 hold none of those.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const UNIHAN = process.env.UNIHAN_DIR ?? '/usr/share/unicode';
const text = execFileSync('bzcat', [`${UNIHAN}/Unihan_IRGSources.txt.bz2`], { encoding: 'utf8', maxBuffer: 1 << 28 });
const core = text
  .split('\n')
  .map((line) => line.split('\t'))
  .filter(([code, field]) => code?.startsWith('U+') && field === 'kIICore')
  .map(([code]) => parseInt(code!.slice(2), 16))
  .sort((a, b) => a - b)
  .map((code) => String.fromCodePoint(code));
const version = text.match(/# Unicode version: (\S+)/)?.[1] ?? 'unknown';
writeFileSync(new URL('./unihan-core.json', import.meta.url), `${JSON.stringify({ source: `Unicode Unihan database (Unihan_IRGSources kIICore), Unicode ${version}`, iiCore: core.join('') })}\n`);
console.log(`${core.length} IICore characters`);
