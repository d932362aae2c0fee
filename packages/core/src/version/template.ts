import { inputError } from '../errors.js';

/**
 * The tag template engine: `{{name}}` placeholders and `{{date 'FORMAT' tz='Zone'}}`. Deliberately
 * tiny (no handlebars): a template is parsed once, when inputs are read, so an unknown placeholder
 * fails before anything else happens, with the input named and the accepted placeholders listed.
 * docker/metadata-action's global expressions ({{branch}}, {{tag}}, {{sha}}, {{base_ref}},
 * {{is_default_branch}}, {{date}}, {{commit_date}}) and its semver {{raw}} are among them.
 */
export const PLACEHOLDERS = [
  'version',
  'major',
  'minor',
  'patch',
  'prerelease',
  'build',
  'raw',
  'run_number',
  'run_attempt',
  'sha',
  'sha7',
  'branch',
  'tag',
  'base_ref',
  'is_default_branch',
  'pr',
  'date',
  'commit_date',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];
type DatePlaceholder = 'date' | 'commit_date';
type ValuePlaceholder = Exclude<Placeholder, DatePlaceholder>;

/** Placeholders a `type=semver` pattern may use: they all come from the version. */
export const VERSION_PLACEHOLDERS: readonly Placeholder[] = [
  'version',
  'major',
  'minor',
  'patch',
  'prerelease',
  'build',
  'raw',
];

type Part =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly name: ValuePlaceholder }
  | { readonly kind: 'date'; readonly name: DatePlaceholder; readonly format: string; readonly tz: string };

export interface Template {
  readonly source: string;
  readonly parts: readonly Part[];
  /** The placeholders it uses, in order of first use. */
  readonly placeholders: readonly Placeholder[];
}

/**
 * Values for one render. `undefined` means "not known in this context" (e.g. `pr` on a push),
 * which is different from an empty value (e.g. `prerelease` of a stable version).
 */
export type TemplateValues = Readonly<Partial<Record<ValuePlaceholder, string | undefined>>>;

/** The moment.js format tokens supported (UTC unless tz= is given); `[text]` is literal. */
const DATE_TOKENS = [
  'YYYY',
  'YY',
  'MM',
  'M',
  'DD',
  'D',
  'HH',
  'H',
  'hh',
  'h',
  'mm',
  'm',
  'ss',
  's',
  'SSS',
  'A',
  'a',
  'Z',
  'ZZ',
  'X',
  'x',
] as const;
/** Letters that are moment.js tokens: one of these outside DATE_TOKENS is refused, never printed as text. */
const MOMENT_LETTERS = /[MQDdEeWwYygGAaHhkmsSzZXxNo]/;

function describeAccepted(allowed: readonly Placeholder[]): string {
  const names = allowed.map((p) => (p === 'date' || p === 'commit_date' ? `{{${p} 'YYYYMMDD'}}` : `{{${p}}}`));
  return `a template whose placeholders are among ${names.join(', ')}`;
}

/** Parses a template; `input` names the input in errors; `allowed` narrows the placeholders. */
export function parseTemplate(source: string, input: string, allowed: readonly Placeholder[] = PLACEHOLDERS): Template {
  const parts: Part[] = [];
  const used: Placeholder[] = [];
  const fail = (what: string) =>
    inputError(
      input,
      source,
      describeAccepted(allowed),
      `${what}. Date formats use the moment.js tokens ${DATE_TOKENS.join(' ')} and [literal text] (UTC, or tz='Area/City'), e.g. {{date 'YYYYMMDD-HHmmss'}}.`,
    );
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('{{', at);
    const stray = source.indexOf('}}', at);
    if (stray >= 0 && (open < 0 || stray < open)) throw fail(`A '}}' at position ${stray} has no opening '{{'`);
    if (open < 0) {
      parts.push({ kind: 'text', text: source.slice(at) });
      break;
    }
    if (open > at) parts.push({ kind: 'text', text: source.slice(at, open) });
    const close = source.indexOf('}}', open + 2);
    if (close < 0) throw fail(`The '{{' at position ${open} is never closed with '}}'`);
    const inner = source.slice(open + 2, close).trim();
    const date = /^(date|commit_date)(?:\s+(?:'([^']*)'|"([^"]*)"))?(?:\s+tz=(?:'([^']*)'|"([^"]*)"))?$/.exec(inner);
    let name: Placeholder;
    if (date) {
      name = date[1] as DatePlaceholder;
      const format = date[2] ?? date[3] ?? 'YYYYMMDD';
      if (format === '') throw fail(`{{${name}}} was given an empty format`);
      const bad = unsupportedToken(format);
      if (bad !== undefined) throw fail(`The date token '${bad}' in '${format}' is not supported`);
      const tz = date[4] ?? date[5] ?? 'UTC';
      if (!validTimeZone(tz)) throw fail(`tz='${tz}' is not a time zone name (such as UTC or Asia/Tokyo)`);
      parts.push({ kind: 'date', name, format, tz });
    } else if ((PLACEHOLDERS as readonly string[]).includes(inner)) {
      name = inner as Placeholder;
      parts.push({ kind: 'value', name: name as ValuePlaceholder });
    } else {
      throw fail(`Unknown placeholder {{${inner}}}`);
    }
    if (!allowed.includes(name)) throw fail(`The placeholder {{${name}}} cannot be used here`);
    if (!used.includes(name)) used.push(name);
    at = close + 2;
  }
  return { source, parts, placeholders: used };
}

export interface Rendered {
  readonly value: string;
  /** Placeholders whose value is not known in this context (the value has them empty). */
  readonly missing: readonly Placeholder[];
}

/**
 * `time` renders {{date}} (build-tag's reproducible creation time, never the clock); `commitTime`
 * renders {{commit_date}} (the commit time; `time` when not given).
 */
export function renderTemplate(template: Template, values: TemplateValues, time: Date, commitTime = time): Rendered {
  const missing: Placeholder[] = [];
  let value = '';
  for (const part of template.parts) {
    if (part.kind === 'text') value += part.text;
    else if (part.kind === 'date') value += formatDate(part.name === 'date' ? time : commitTime, part.format, part.tz);
    else {
      const v = values[part.name];
      if (v === undefined) {
        if (!missing.includes(part.name)) missing.push(part.name);
      } else value += v;
    }
  }
  return { value, missing };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const TOKEN = /\[([^\]]*)\]|([A-Za-z])\2*/g;

/** The first moment.js token in `format` that formatDate does not render, if any. */
function unsupportedToken(format: string): string | undefined {
  for (const match of format.matchAll(TOKEN)) {
    const run = match[0];
    if (match[1] !== undefined || (DATE_TOKENS as readonly string[]).includes(run)) continue;
    if (MOMENT_LETTERS.test(run)) return run;
  }
  return undefined;
}

function validTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  offsetMinutes: number;
}

function fieldsIn(time: Date, tz: string): Fields {
  if (tz === 'UTC') {
    return {
      year: time.getUTCFullYear(),
      month: time.getUTCMonth() + 1,
      day: time.getUTCDate(),
      hour: time.getUTCHours(),
      minute: time.getUTCMinutes(),
      second: time.getUTCSeconds(),
      offsetMinutes: 0,
    };
  }
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(time);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? '0');
  const fields = {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
  const local = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  return { ...fields, offsetMinutes: Math.round((local - Math.floor(time.getTime() / 1000) * 1000) / 60_000) };
}

/**
 * Formats a date with the moment.js tokens in DATE_TOKENS, in UTC or the time zone `tz`;
 * `[text]` and every character that is not a moment token are literal.
 */
export function formatDate(time: Date, format: string, tz = 'UTC'): string {
  const f = fieldsIn(time, tz);
  const offset = (colon: boolean) => {
    const sign = f.offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(f.offsetMinutes);
    return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
  };
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  return format.replace(TOKEN, (run: string, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (run) {
      case 'YYYY':
        return pad(f.year, 4);
      case 'YY':
        return pad(f.year % 100);
      case 'MM':
        return pad(f.month);
      case 'M':
        return String(f.month);
      case 'DD':
        return pad(f.day);
      case 'D':
        return String(f.day);
      case 'HH':
        return pad(f.hour);
      case 'H':
        return String(f.hour);
      case 'hh':
        return pad(hour12);
      case 'h':
        return String(hour12);
      case 'mm':
        return pad(f.minute);
      case 'm':
        return String(f.minute);
      case 'ss':
        return pad(f.second);
      case 's':
        return String(f.second);
      case 'SSS':
        return pad(time.getUTCMilliseconds(), 3);
      case 'A':
        return f.hour < 12 ? 'AM' : 'PM';
      case 'a':
        return f.hour < 12 ? 'am' : 'pm';
      case 'Z':
        return offset(true);
      case 'ZZ':
        return offset(false);
      case 'X':
        return String(Math.floor(time.getTime() / 1000));
      case 'x':
        return String(time.getTime());
      default:
        return run;
    }
  });
}
