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

/** The flags under which the source reads as below: i folds case, v changes the class syntax; without u, `{` may be a character and `\u{…}` something else. */
const readable = (flags: string) => !flags.includes('i') && !flags.includes('v') && flags.includes('u');

export function requiredLiteral(pattern: RegExp): string {
  return readable(pattern.flags) ? literalOf(pattern.source) : '';
}

function literalOf(source: string): string {
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

/**
 * Literals one of which every match of the pattern holds, where no one literal
 * is required: each alternative's of a top-level alternation (通知如下|特此通知),
 * or, in a sequence without a literal of its own, those of a group every match
 * passes through (^[^，。！？]{0,40}(?:贺[词辞]|献[词辞]|寄语)$ → 贺, 献, 寄语).
 * [''] where nothing is known: every text includes ''.
 */
export function requiredAnyOf(pattern: RegExp): string[] {
  return (readable(pattern.flags) && anyOf(pattern.source)) || [''];
}

function anyOf(source: string): string[] | undefined {
  const alternatives = topLevel(source, '|');
  if (alternatives.length > 1) {
    const all: string[] = [];
    for (const alternative of alternatives) {
      const one = anyOf(alternative);
      if (!one) return undefined;
      all.push(...one);
    }
    return [...new Set(all)];
  }
  const literal = literalOf(source);
  if (literal !== '') return [literal];
  // Of several such groups, the one whose shortest literal is longest: the rarest test.
  let best: string[] | undefined;
  const shortest = (set: string[]) => Math.min(...set.map((l) => l.length));
  for (const group of requiredGroups(source)) {
    const inner = anyOf(group);
    if (inner && (!best || shortest(inner) > shortest(best))) best = inner;
  }
  return best;
}

/** The source cut at each top-level `sep` (outside groups, classes and escapes). */
function topLevel(source: string, sep: '|'): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '\\') i += escapeLength(source, i);
    else if (c === '[') i = classEnd(source, i);
    else {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === sep && depth === 0) {
        parts.push(source.slice(from, i));
        from = i + 1;
      }
      i++;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/**
 * The bodies of the top-level groups that every match passes through: a
 * capturing, non-capturing or named group with no quantifier after it, or `+`.
 * A lookaround (it may match nothing of the text) or a group with modifiers is not one.
 */
function requiredGroups(source: string): string[] {
  const groups: string[] = [];
  let depth = 0;
  let body = -1;
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '\\') i += escapeLength(source, i);
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') {
      if (depth === 0) body = groupBody(source, i);
      depth++;
      i++;
    } else if (c === ')') {
      depth--;
      i++;
      const after = source[i];
      if (depth === 0 && body !== -1 && after !== '?' && after !== '*' && after !== '{') groups.push(source.slice(body, i - 1));
    } else i++;
  }
  return groups;
}

/** Where the body of the group opening at `at` starts, or -1 for a lookaround or a group with modifiers. */
function groupBody(source: string, at: number): number {
  if (source[at + 1] !== '?') return at + 1;
  if (source[at + 2] === ':') return at + 3;
  if (source[at + 2] === '<' && source[at + 3] !== '=' && source[at + 3] !== '!') return source.indexOf('>', at) + 1;
  return -1;
}
