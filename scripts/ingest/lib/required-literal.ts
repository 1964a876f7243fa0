// The longest run of characters every match of a pattern holds, read off its
// source: a text without the run cannot match, and `includes` finds that far
// faster than the pattern, which V8 tries at every position when it opens with
// a class ([\p{Script=Han}]{2,10}〔…). Conservative: only characters at the top
// level, outside groups and classes, with no quantifier that lets them go
// missing; a top-level alternation, or a flag that changes what a character
// matches, gives ''. Every text includes '', so '' filters nothing.

/** Length of the escape starting at `at` (a backslash). */
function escapeLength(source: string, at: number): number {
  const next = source[at + 1];
  if (next === 'p' || next === 'P' || (next === 'u' && source[at + 2] === '{')) return source.indexOf('}', at) - at + 1;
  if (next === 'k' && source[at + 2] === '<') return source.indexOf('>', at) - at + 1;
  if (next === 'u') return 6;
  if (next === 'x') return 4;
  if (next === 'c') return 3;
  if (next !== undefined && /[0-9]/.test(next)) {
    let end = at + 1;
    while (end < source.length && /[0-9]/.test(source[end]!)) end++;
    return end - at;
  }
  return 2;
}

/** Index just past the class opening at `at` (a `[`). */
function classEnd(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i + 1;
  }
  return source.length;
}

export function requiredLiteral(pattern: RegExp): string {
  const { source, flags } = pattern;
  // i folds case, v changes the class syntax read below.
  // Without u, `{` may be a character and `\u{…}` something else: not read.
  if (flags.includes('i') || flags.includes('v') || !flags.includes('u')) return '';
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  let depth = 0;
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '\\') {
      if (depth === 0) end();
      i += escapeLength(source, i);
    } else if (c === '[') {
      if (depth === 0) end();
      i = classEnd(source, i);
    } else if (c === '(') {
      if (depth === 0) end();
      depth++;
      i++;
    } else if (c === ')') {
      depth--;
      i++;
    } else if (c === '|') {
      if (depth === 0) return '';
      i++;
    } else if (depth > 0) i++;
    else if (c === '{') {
      // A count after an atom that is no character of the run.
      end();
      i = source.indexOf('}', i) + 1;
    } else if ('^$.*+?'.includes(c)) {
      end();
      i++;
    } else {
      const char = String.fromCodePoint(source.codePointAt(i)!);
      i += char.length;
      const quantifier = source[i];
      if (quantifier === '*' || quantifier === '?' || quantifier === '{') end();
      else if (quantifier === '+') {
        // At least one: the character is there, but what follows may not be next to it.
        run += char;
        end();
      } else run += char;
    }
  }
  end();
  return best;
}
