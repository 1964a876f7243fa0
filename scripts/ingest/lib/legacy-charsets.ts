// The encodings chardet proposes for a file that is not UTF-8, asked only of
// the recognisers whose answers the decode stage can use. chardet.analyse runs
// all twenty-seven of them over the whole file (the single-byte ones' n-gram
// scans most of the work) and the stage then drops every name but these four;
// the four read only the file's bytes, never each other's answers or the
// byte statistics analyse gathers for the others, and analyse sorts its
// matches by confidence with a stable sort, so the four in chardet's own order,
// sorted the same way, are analyse's answer with the others left out.
import { createRequire } from 'node:module';

interface Recogniser {
  match(context: Context): { confidence: number; name: string } | null;
}
interface Context {
  rawInput: Uint8Array;
  rawLen: number;
  inputBytes: Uint8Array;
  inputLen: number;
}

const require = createRequire(import.meta.url);
const unicode = require('chardet/lib/encoding/unicode.js') as Record<string, new () => Recogniser>;
const mbcs = require('chardet/lib/encoding/mbcs.js') as Record<string, new () => Recogniser>;

/** chardet's names of the encodings the decode stage reads besides UTF-8, by their recognisers. */
export const LEGACY_NAMES = ['UTF-16BE', 'UTF-16LE', 'Big5', 'GB18030'] as const;

/** Their recognisers, in the order of chardet's own list (lib/index.js). */
const RECOGNISERS: Recogniser[] = [new unicode.UTF_16BE!(), new unicode.UTF_16LE!(), new mbcs.big5!(), new mbcs.gb_18030!()];

/** chardet.analyse(bytes)'s matches named in LEGACY_NAMES, in its order. */
export function legacyMatches(bytes: Uint8Array): { name: string; confidence: number }[] {
  const context: Context = { rawInput: bytes, rawLen: bytes.length, inputBytes: bytes, inputLen: bytes.length };
  return RECOGNISERS.map((r) => r.match(context))
    .filter((m): m is { confidence: number; name: string } => m !== null)
    .sort((a, b) => b.confidence - a.confidence);
}
