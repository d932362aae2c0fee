import { ArtefactsError, inputError } from './errors.js';

/**
 * Raw input access: name → string, with action.yml defaults already applied (by the runner,
 * or by the CLI from the same action.yml). Empty string means "not given".
 */
export type RawInputs = (name: string) => string;

// C0 controls (newline, carriage return, tab, escape, NUL, ...), DEL and the C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Whether `value` holds a newline or another control character: the test {@link plainValue} applies
 * to inputs, shared with names that come from elsewhere (an artefact's titles and tar entries).
 */
export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}

/**
 * Refuses a single value that holds a newline or another control character. Such a value becomes a
 * file name, a tag, an output value or a log line: a newline would split a list output
 * (`sbom-paths`) or a `key=value` line in two, start a line of the log the runner reads as a
 * workflow command (`::warning::…`), and make a file name a trap for every script that reads it.
 * Returns the value. {@link text}, {@link optionalText}, {@link required} and {@link list} apply it.
 */
export function plainValue(input: string, value: string): string {
  if (hasControlCharacter(value)) {
    throw inputError(
      input,
      value,
      'a value without newlines, tabs or other control characters',
      'A single value is one line, given once; each item of a list input goes on its own line.',
    );
  }
  return value;
}

/** A single-value input, trimmed: one line without control characters ('' when not given). */
export function text(get: RawInputs, name: string): string {
  return plainValue(name, get(name).trim());
}

/** A single-value input, trimmed: one line without control characters, or undefined when not given. */
export function optionalText(get: RawInputs, name: string): string | undefined {
  const value = text(get, name);
  return value === '' ? undefined : value;
}

/** A single-value input that must be given: one line without control characters. */
export function required(get: RawInputs, name: string): string {
  const value = text(get, name);
  if (value === '') throw inputError(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
  return value;
}

/**
 * An input that may span lines by design, trimmed, or undefined when not given: PEM text, a JSON
 * predicate, a secret (a token, a password). Never echoed in a message: it may be a secret.
 */
export function optionalBlock(get: RawInputs, name: string): string | undefined {
  const value = get(name).trim();
  return value === '' ? undefined : value;
}

/**
 * A key input: PEM text (any number of lines), `keyless` where the input takes it, or the path of a
 * key file, which is one line without control characters like every path. The value is not echoed:
 * it may be a private key pasted without its BEGIN line.
 */
export function optionalKey(get: RawInputs, name: string): string | undefined {
  const value = optionalBlock(get, name);
  if (value !== undefined && !value.includes('-----BEGIN') && hasControlCharacter(value)) {
    throw inputError(
      name,
      '(more than one line, not a PEM key)',
      'PEM text (-----BEGIN …), or the path of a key file on one line without control characters',
    );
  }
  return value;
}

const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);

/**
 * The one reading of a true/false word (true/yes/on/1, false/no/off/0, any case): undefined when
 * `value` is neither, for inputs that take a boolean or something else (a list, a key).
 */
export function booleanWord(value: string): boolean | undefined {
  const word = value.trim().toLowerCase();
  return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
}

export function boolean(get: RawInputs, name: string, fallback = false): boolean {
  const raw = get(name).trim();
  if (raw === '') return fallback;
  const value = booleanWord(raw);
  if (value === undefined) throw inputError(name, raw, 'true or false');
  return value;
}

/** A true/false word, or `auto` (also when empty): for an input whose default is decided at run time. */
export function booleanOrAuto(get: RawInputs, name: string): 'auto' | boolean {
  const raw = get(name).trim();
  if (raw === '' || raw.toLowerCase() === 'auto') return 'auto';
  const value = booleanWord(raw);
  if (value === undefined) throw inputError(name, raw, 'true, false or auto');
  return value;
}

export function integer(
  get: RawInputs,
  name: string,
  options: { min?: number; max?: number; fallback?: number } = {},
): number {
  const raw = get(name).trim();
  if (raw === '') {
    if (options.fallback !== undefined) return options.fallback;
    throw inputError(name, raw, 'a whole number');
  }
  const min = options.min ?? Number.MIN_SAFE_INTEGER;
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw inputError(name, raw, `a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

export function oneOf<T extends string>(get: RawInputs, name: string, accepted: readonly T[], fallback?: T): T {
  const raw = get(name).trim();
  if (raw === '' && fallback !== undefined) return fallback;
  const found = accepted.find((a) => a === raw.toLowerCase());
  if (found === undefined) throw inputError(name, raw, `one of ${accepted.join(', ')}`);
  return found;
}

/** A list: one item per line, or comma-separated; blank items and `#` comments dropped. */
export function list(get: RawInputs, name: string, options: { comma?: boolean } = {}): string[] {
  return splitList(get(name), options.comma ?? true).map((item) => plainValue(name, item));
}

export function splitList(raw: string, comma = true): string[] {
  const items: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    for (const part of comma ? trimmed.split(',') : [trimmed]) {
      const item = part.trim();
      if (item !== '') items.push(item);
    }
  }
  return items;
}

export function regex(get: RawInputs, name: string): RegExp | undefined {
  const raw = text(get, name);
  if (raw === '') return undefined;
  try {
    return new RegExp(raw, 'u');
  } catch (error) {
    throw inputError(name, raw, `a valid JavaScript regular expression (${(error as Error).message})`);
  }
}

/** Registry credentials from inputs, and the path inputs the user let resolve outside the workspace: every command that opens a store takes these. */
export interface RegistryAccess {
  readonly registryUsername: string | undefined;
  readonly registryPassword: string | undefined;
  /** Path inputs the user let resolve outside the workspace (`allow-outside-workspace`). */
  readonly allowOutsideWorkspace?: ReadonlySet<string>;
}

/**
 * A user name and password (or token) that only make sense together: both or neither. Without
 * them, registry credentials come from ~/.docker/config.json.
 */
export function credentialPair(
  get: RawInputs,
  userInput = 'registry-username',
  passwordInput = 'registry-password',
): { readonly username: string | undefined; readonly password: string | undefined } {
  const username = optionalText(get, userInput);
  const password = optionalBlock(get, passwordInput);
  if ((username === undefined) !== (password === undefined)) {
    throw inputError(
      username === undefined ? userInput : passwordInput,
      '',
      `both ${userInput} and ${passwordInput}, or neither (then ~/.docker/config.json is used)`,
    );
  }
  return { username, password };
}

/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC, or undefined
 * when unset or empty. Anything else is refused rather than ignored, since it would silently change
 * what an artefact's timestamps are.
 */
export function sourceDateEpoch(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d{1,12}$/.test(epoch)) {
    throw new ArtefactsError(
      'INPUT_INVALID',
      `SOURCE_DATE_EPOCH: got ${JSON.stringify(epoch)}; expected whole seconds since 1970-01-01 UTC.`,
      { hint: 'Set it to e.g. $(git log -1 --format=%ct), or unset it to use the commit time.' },
    );
  }
  return Number(epoch);
}
