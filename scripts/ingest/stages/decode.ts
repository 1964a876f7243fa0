// Stage: raw bytes → text, detecting the encoding.
//
// Order of evidence: a byte-order mark; for HTML a declared charset; strict
// UTF-8; then the candidates chardet proposes, plus GB18030 and Big5 (the two
// legacy encodings of Chinese web text), each decoded strictly and scored by
// the share of common Han characters. Detectors alone confuse GBK and Big5 on
// short texts (both decode almost any byte pairs); the wrong one yields mostly
// rare characters, which the score exposes. Files that are binary, empty or
// decode to nothing plausible are quarantined with the reason.
import iconv from 'iconv-lite';
import { COMMON_HAN, NOT_HAN, hanClass } from '../lib/common-han.ts';
import { legacyMatches } from '../lib/legacy-charsets.ts';
import type { IngestFile } from '../types.ts';

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** File signatures of the binary formats that turn up among scraped files. */
const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (docx, xlsx)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an OLE document (doc, xls)'],
];

/** Canonical names for the labels chardet and HTML pages use. */
const CANONICAL: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/** Below this share of common Han characters among Han characters, a decoding is not Chinese text. */
const PLAUSIBLE = 0.9;

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [signature, kind] of SIGNATURES) if (startsWith(bytes, signature)) return kind;
  return bytes.subarray(0, 8192).includes(0) ? 'binary data (NUL bytes)' : undefined;
}

/**
 * UTF-16 without a byte-order mark: a plausible text in one byte order. Text
 * with ASCII in it shows NUL bytes; all-Chinese text shows none and is told
 * only by reading it.
 */
function bomlessUtf16(bytes: Uint8Array): { encoding: string; text: string; score: number } | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const text = strict(bytes, encoding);
    if (text === undefined || /[\u0000-\u0008\u000e-\u001f]/.test(text)) continue;
    const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
    const score = plausibility(text);
    if (han > text.length / 4 && score >= PLAUSIBLE) return { encoding, text, score };
  }
  return undefined;
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = iconv.decode(Buffer.from(bytes.subarray(0, 4096)), 'latin1');
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  return label ? CANONICAL[label] : undefined;
}

function strict(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of common characters among the Han characters of a text (1 when it has none). */
export function plausibility(text: string): number {
  let han = 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    const kind = hanClass(code);
    if (kind === NOT_HAN) continue;
    han++;
    if (kind === COMMON_HAN) common++;
  }
  return han === 0 ? 1 : common / han;
}

/** Picks the legacy encoding whose strict decoding reads most like Chinese text. */
function bestLegacy(bytes: Uint8Array): { encoding: string; text: string; score: number } | undefined {
  // Only the recognisers whose names CANONICAL reads besides UTF-8 (legacy-charsets.ts).
  const proposed = legacyMatches(bytes)
    .map((match) => CANONICAL[match.name.toLowerCase()])
    .filter((name): name is string => name !== undefined && name !== 'utf-8');
  let best: { encoding: string; text: string; score: number } | undefined;
  for (const encoding of new Set([...proposed, 'gb18030', 'big5'])) {
    const text = strict(bytes, encoding);
    if (text === undefined) continue;
    const score = plausibility(text);
    if (!best || score > best.score) best = { encoding, text, score };
  }
  return best;
}

export function decode(file: IngestFile): void {
  const bytes = file.value as Uint8Array;
  const fail = (reason: string) => file.fail(reason, { ruleId: 'undecodable', source: 'decode' });
  if (bytes.length === 0) fail('empty: the file has no bytes');
  const bom = BOMS.find(([mark]) => startsWith(bytes, mark));
  const utf16 = bom ? undefined : binaryKind(bytes) && bomlessUtf16(bytes);
  const binary = bom || utf16 ? undefined : binaryKind(bytes);
  if (binary) fail(`binary: looks like ${binary}, not text`);

  let encoding: string | undefined;
  let text: string | undefined;
  if (utf16) {
    ({ encoding, text } = utf16);
  } else if (bom) {
    encoding = bom[1];
    text = strict(bytes.subarray(bom[0].length), encoding);
    if (text === undefined) fail(`undecodable: has a ${encoding} byte-order mark but invalid ${encoding} bytes`);
  } else {
    const declared = file.data.format === 'html' ? declaredCharset(bytes) : undefined;
    // A page's declaration is often wrong (GBK pages served as UTF-8 and vice versa): trust it only if the bytes agree.
    const declaredText = declared ? strict(bytes, declared) : undefined;
    if (declared && declaredText !== undefined && plausibility(declaredText) >= PLAUSIBLE) {
      encoding = declared;
      text = declaredText;
    } else if ((text = strict(bytes, 'utf-8')) !== undefined) {
      encoding = 'utf-8';
    } else {
      const legacy = [bestLegacy(bytes), bomlessUtf16(bytes)].reduce((best, next) => (next && (!best || next.score > best.score) ? next : best), undefined);
      if (!legacy || legacy.score < PLAUSIBLE) {
        fail(
          legacy
            ? `undecodable: not UTF-8, and as ${legacy.encoding} only ${Math.round(legacy.score * 100)}% of the Chinese characters are common ones`
            : 'undecodable: not valid UTF-8, GB18030, Big5 or UTF-16',
        );
      }
      encoding = legacy!.encoding;
      text = legacy!.text;
    }
  }
  file.data.raw.encoding = encoding;
  file.value = text!.replace(/\r\n?/g, '\n');
  if (encoding !== 'utf-8') file.info(`decoded as ${encoding}`, { ruleId: 'encoding', source: 'decode' });
}
