/** What the OS package catalogers share: os-release, the purl distro qualifier, RFC 822 stanzas, licence lists. */
import { toLicense } from '../../license.js';
import type { Distro, License } from '../../model.js';

/** os-release: KEY=value lines, values optionally quoted with shell escapes. */
export function parseOsRelease(text: string): Distro | undefined {
  const fields: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m === null) continue;
    let v = (m[2] ?? '').trim();
    if ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'"))) {
      v = v.slice(1, -1).replace(/\\(["'$`\\])/g, '$1');
    }
    fields[m[1] ?? ''] = v;
  }
  if (fields.ID === undefined) return undefined;
  return {
    id: fields.ID.toLowerCase(),
    ...(fields.VERSION_ID === undefined ? {} : { versionId: fields.VERSION_ID }),
    ...(fields.PRETTY_NAME === undefined ? {} : { prettyName: fields.PRETTY_NAME }),
    ...(fields.VERSION_CODENAME === undefined ? {} : { versionCodename: fields.VERSION_CODENAME }),
  };
}

/** `distro` qualifier value per purl convention: `<id>-<version_id>` (debian-12, alpine-3.19.1). */
export function distroQualifier(distro: Distro | undefined): string | undefined {
  if (distro === undefined) return undefined;
  return distro.versionId === undefined ? distro.id : `${distro.id}-${distro.versionId}`;
}

/** RFC 822-style stanzas (dpkg status, PKG-INFO): fields with continuation lines; blank line separates. */
export function parseStanzas(text: string): Record<string, string>[] {
  const stanzas: Record<string, string>[] = [];
  let current: Record<string, string> = {};
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (Object.keys(current).length > 0) stanzas.push(current);
      current = {};
      last = undefined;
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      current[last] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon);
    current[last] = line.slice(colon + 1).trim();
  }
  if (Object.keys(current).length > 0) stanzas.push(current);
  return stanzas;
}

/** A licence field as one licence (an SPDX expression when it parses as one), or none. */
export function licenseList(raw: string | undefined): License[] {
  if (raw === undefined || raw.trim() === '') return [];
  const whole = toLicense(raw);
  return whole === undefined ? [] : [whole];
}
