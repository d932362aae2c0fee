import { ArtefactsError, inputError } from './errors.js';

/**
 * Raw input access: name → string, with action.yml defaults already applied (by the runner,
 * or by the CLI from the same action.yml). Empty string means "not given".
 */
export type RawInputs = (name: string) => string;

export function text(get: RawInputs, name: string): string {
  return get(name).trim();
}

export function optionalText(get: RawInputs, name: string): string | undefined {
  const value = get(name).trim();
  return value === '' ? undefined : value;
}

export function required(get: RawInputs, name: string): string {
  const value = get(name).trim();
  if (value === '') throw inputError(name, '', 'a non-empty value', `Set '${name}' in the step's with: block.`);
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
  return splitList(get(name), options.comma ?? true);
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
  const raw = get(name).trim();
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
  const password = optionalText(get, passwordInput);
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
