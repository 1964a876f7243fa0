// Half-width punctuation in Chinese text made full-width (GB/T 15834 uses the
// full-width forms), while numbers, times, URLs, e-mail addresses and Latin
// abbreviations keep theirs: 3.5, 10:47:03, 1,000, http://a.b/?c=1, (CT).
// Hand-written: the width converters on npm (e.g. fullwidth, @lazy-cjk/fullhalf)
// convert every character; none looks at the context a mark stands in.

/** Characters that make the context Chinese: Han, □, CJK and full-width punctuation, curly quotes. */
const CJK = /[\p{Script=Han}□\u3000-\u303F\uFF00-\uFF0F\uFF1A-\uFF20\u2018-\u201D\u2026\u2014]/u;
const DIGIT = /[0-9]/;
/** Spans left untouched: URLs, e-mail addresses. */
const PROTECTED = /(?:https?|ftp):\/\/[\x21-\x7E]+|www\.[\x21-\x7E]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * The ratio sign ∶ stands beside the colon in GB 2312's symbol row, and input
 * methods type it for one (原因∶第一); between digits it is a ratio (75∶25) and stays.
 */
const FULL: Record<string, string> = { ',': '，', ':': '：', '∶': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

const isCjk = (c: string | undefined): boolean => c !== undefined && CJK.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && DIGIT.test(c);

/** The nearest character that is not a space, before (-1) or after (1) `i`. */
function neighbour(text: string, i: number, step: -1 | 1): string | undefined {
  let j = i + step;
  while (j >= 0 && j < text.length && /\s/.test(text[j]!)) j += step;
  return text[j];
}

/** `, : ∶ ; ? !` at `i`: full-width when Chinese stands next to it and digits do not surround it. */
function widenMark(text: string, i: number): string {
  const mark = text[i]!;
  const prev = neighbour(text, i, -1);
  const next = neighbour(text, i, 1);
  if (isDigit(prev) && isDigit(next)) return mark;
  if (mark === '?' || mark === '!') return isCjk(prev) ? FULL[mark]! : mark;
  return isCjk(prev) || isCjk(next) ? FULL[mark]! : mark;
}

/** Brackets pair up; a pair holding Chinese becomes full-width, (CT) and (a) stay. */
function widenBrackets(text: string): string {
  // Only a half-width bracket can change.
  if (!text.includes('(') && !text.includes(')')) return text;
  const chars = [...text];
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(' || chars[i] === '（') open.push(i);
    else if ((chars[i] === ')' || chars[i] === '）') && open.length > 0) {
      const start = open.pop()!;
      if (chars.slice(start + 1, i).some((c) => CJK.test(c) && c !== '（' && c !== '）')) {
        chars[start] = '（';
        chars[i] = '）';
      }
    }
  }
  return chars.join('');
}

function widenPlain(text: string): string {
  return widenBrackets(text.replace(/[,:;?!∶]/g, (_, i: number) => widenMark(text, i)));
}

/**
 * `--` typed for the dash —— between Chinese words of a sentence (GB/T 15834's
 * 破折号): 两项原则--即「一国两制」 (hkma.gov.hk), 心中的丰碑--“提灯女神”
 * (qzzw). Only in a line with sentence punctuation: `标题--网站名` in a title
 * or a 来源 line (山西新闻网--山西日报) is a separator, not a dash.
 */
const TYPED_DASH = /(?<=[\p{Script=Han}”」』）])--(?=[\p{Script=Han}“「『（])/gu;
const SENTENCE = /[，。！？；]/u;

/** One line with its half-width punctuation widened where the context is Chinese. */
export function widenPunctuation(line: string): string {
  let out = '';
  let at = 0;
  for (const m of line.matchAll(PROTECTED)) {
    out += widenPlain(line.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  out += widenPlain(line.slice(at));
  return out.includes('--') && SENTENCE.test(out) ? out.replace(TYPED_DASH, '——') : out;
}
