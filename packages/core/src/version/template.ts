import { inputError } from '../errors.js';

/**
 * The tag template engine: `{{name}}` placeholders and `{{date 'FORMAT'}}`. Deliberately tiny (no
 * handlebars): a template is parsed once, when inputs are read, so an unknown placeholder fails
 * before anything else happens, with the input named and the accepted placeholders listed.
 */
export const PLACEHOLDERS = [
  'version',
  'major',
  'minor',
  'patch',
  'prerelease',
  'build',
  'run_number',
  'run_attempt',
  'sha',
  'sha7',
  'branch',
  'pr',
  'date',
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

/** Placeholders a `type=semver` pattern may use: they all come from the version. */
export const VERSION_PLACEHOLDERS: readonly Placeholder[] = [
  'version',
  'major',
  'minor',
  'patch',
  'prerelease',
  'build',
];

type Part =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'value'; readonly name: Exclude<Placeholder, 'date'> }
  | { readonly kind: 'date'; readonly format: string };

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
export type TemplateValues = Readonly<Partial<Record<Exclude<Placeholder, 'date'>, string | undefined>>>;

export const DATE_TOKENS = ['YYYY', 'YY', 'MM', 'DD', 'HH', 'mm', 'ss'] as const;

function describeAccepted(allowed: readonly Placeholder[]): string {
  const names = allowed.map((p) => (p === 'date' ? `{{date 'YYYYMMDD'}}` : `{{${p}}}`));
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
      `${what}. Date formats use the tokens ${DATE_TOKENS.join(', ')} (UTC), e.g. {{date 'YYYYMMDD-HHmmss'}}.`,
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
    const date = /^date(?:\s+(?:'([^']*)'|"([^"]*)"))?$/.exec(inner);
    let name: Placeholder;
    if (date) {
      name = 'date';
      const format = date[1] ?? date[2] ?? 'YYYYMMDD';
      if (format === '') throw fail(`{{date}} was given an empty format`);
      parts.push({ kind: 'date', format });
    } else if ((PLACEHOLDERS as readonly string[]).includes(inner)) {
      name = inner as Placeholder;
      parts.push({ kind: 'value', name: name as Exclude<Placeholder, 'date'> });
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

export function renderTemplate(template: Template, values: TemplateValues, time: Date): Rendered {
  const missing: Placeholder[] = [];
  let value = '';
  for (const part of template.parts) {
    if (part.kind === 'text') value += part.text;
    else if (part.kind === 'date') value += formatDate(time, part.format);
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

/** Formats a date in UTC with the tokens YYYY YY MM DD HH mm ss; every other character is literal. */
export function formatDate(time: Date, format: string): string {
  return format.replace(/YYYY|YY|MM|DD|HH|mm|ss/g, (token) => {
    switch (token) {
      case 'YYYY':
        return pad(time.getUTCFullYear(), 4);
      case 'YY':
        return pad(time.getUTCFullYear() % 100);
      case 'MM':
        return pad(time.getUTCMonth() + 1);
      case 'DD':
        return pad(time.getUTCDate());
      case 'HH':
        return pad(time.getUTCHours());
      case 'mm':
        return pad(time.getUTCMinutes());
      default:
        return pad(time.getUTCSeconds());
    }
  });
}
