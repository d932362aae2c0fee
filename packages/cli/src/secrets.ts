/**
 * Secrets as the CLI hides them: each value `logger.secret` registers is replaced by `***` in every
 * later line the CLI writes, on stderr (log lines, errors, hints) and on stdout (outputs, reports,
 * `--json`), as a runner hides it from the log.
 * Outside a runner nothing else masks them, so this is the only thing that keeps a password or a
 * token a library puts in its message (Sigstore's "invalid identity token: <token>") off a terminal
 * or a CI log.
 *
 * A long secret is replaced wherever it occurs. A short one (a test password such as `e`) only where
 * it stands as a word of its own: replacing it inside words would turn "exists" into "***xists" and
 * hide nothing, since a short value is no secret to whoever reads around it.
 */

/** From this length a secret is replaced inside words too: no ordinary word is that long by accident. */
const ANYWHERE = 8;

/** A multi-line secret (a PEM key): its lines of at least this length are secrets of their own, as the actions register them. */
const LINE = 8;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordChar = /[\p{L}\p{N}_]/u;

export interface SecretMask {
  /** Registers a secret (and each long line of a multi-line one); returns the values newly registered. */
  add(value: string): string[];
  /** `text` with every registered secret replaced by `***`. */
  mask(text: string): string;
  /**
   * A JSON value (as parsed) with `mask` applied to each of its strings, keys included, for output that
   * must stay JSON (`--json`). Masked before it is serialised, so a secret is hidden whatever JSON would
   * escape in it (a quote, a backslash) and the text stays parseable: masking the serialised text could
   * leave half an escape, or put `***` bare where a short secret (`1`, `true`) was a number or literal.
   * A number or literal that shows a secret becomes the string `***`.
   */
  maskJson(value: unknown): unknown;
}

export function secretMask(): SecretMask {
  const values = new Set<string>();
  let pattern: RegExp | undefined;
  const mask = (text: string): string => (pattern === undefined ? text : text.replace(pattern, '***'));
  const register = (value: string): boolean => {
    if (value.trim() === '' || values.has(value)) return false;
    values.add(value);
    return true;
  };
  return {
    add(value) {
      // The value as given, as parsers read it (trimmed), as a message quotes it (JSON, as inputError
      // does), and each long line of a multi-line one.
      const lines = value.split(/\r?\n/).map((line) => line.trim());
      const candidates = [
        value,
        value.trim(),
        JSON.stringify(value.trim()).slice(1, -1),
        ...(lines.length > 1 ? lines.filter((l) => l.length >= LINE) : []),
      ];
      const added = candidates.filter(register);
      if (added.length > 0) {
        // Longest first, so that a secret holding another is replaced whole.
        const alternatives = [...values]
          .sort((a, b) => b.length - a.length)
          .map((v) => {
            if (v.length >= ANYWHERE) return escape(v);
            const before = wordChar.test(v[0] ?? '') ? '(?<![\\p{L}\\p{N}_])' : '';
            const after = wordChar.test(v.at(-1) ?? '') ? '(?![\\p{L}\\p{N}_])' : '';
            return `${before}${escape(v)}${after}`;
          });
        pattern = new RegExp(alternatives.join('|'), 'gu');
      }
      return added;
    },
    mask,
    maskJson: (value) => maskJson(value, mask),
  };
}

function maskJson(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === 'string') return mask(value);
  if (Array.isArray(value)) return value.map((item) => maskJson(item, mask));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [mask(key), maskJson(item, mask)]));
  }
  const text = String(value);
  const masked = mask(text);
  return masked === text ? value : masked;
}

/**
 * A value as a workflow command carries it (what @actions/core's setSecret writes): `%`, CR and LF
 * escaped, so that a multi-line secret stays one `::add-mask::` line and none of it is printed bare.
 */
export function commandValue(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
