// The `exclude` input: globs as syft's `--exclude` takes them. Each pattern is relative to the
// catalogued root and must start with `./` (at the root), `*/` (one level below) or `**/` (any
// depth); `**` spans directories, `*` and `?` stay within one name, `[…]` and `{a,b}` as in
// doublestar. A matching directory is skipped whole; `./test/**` matches `test` itself too.
import { inputError } from '../errors.js';

const EXCLUDE_ACCEPTED = "globs starting with './', '*/' or '**/' (as syft's --exclude), e.g. ./test/**, **/fixtures";

function escape(c: string): string {
  return /[\\^$.*+?()[\]{}|]/.test(c) ? `\\${c}` : c;
}

/** One pattern (its `./` removed) as an anchored regular expression over `/`-separated relative paths. */
function toRegExp(pattern: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*' && pattern[i + 1] === '*') {
      const before = i === 0 || pattern[i - 1] === '/';
      const after = pattern[i + 2];
      if (before && after === '/') {
        out += '(?:[^/]*/)*';
        i += 2;
      } else if (before && after === undefined) {
        // `dir/**`: the directory itself and everything below it.
        if (out.endsWith('/')) out = `${out.slice(0, -1)}(?:/.*)?`;
        else out += '.*';
        i += 1;
      } else {
        out += '[^/]*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      braces++;
      out += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (c === ',' && braces > 0) out += '|';
    else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

export interface ExcludeMatcher {
  /** Whether a path relative to the catalogued root (`/`-separated, no `./`) is excluded. */
  (relativePath: string): boolean;
}

/** Checks the patterns (INPUT_INVALID naming `exclude` for one that syft would refuse) and compiles them. */
export function excludeMatcher(patterns: readonly string[]): ExcludeMatcher {
  const compiled = patterns.map((p) => {
    if (!/^(\.\/|\*\/|\*\*\/)/.test(p) || p.includes('/../') || p.endsWith('/..')) {
      throw inputError('exclude', p, EXCLUDE_ACCEPTED);
    }
    return toRegExp(p.replace(/^\.\//, '').replace(/\/+$/, ''));
  });
  return (relativePath) => compiled.some((r) => r.test(relativePath));
}
