/** apk: Alpine's installed database. */
import { makeComponent } from '../../component.js';
import type { CatalogerResult, Distro } from '../../model.js';
import { osPurl } from '../../purl.js';
import { distroQualifier, licenseList } from './os.js';

/** apk's `lib/apk/db/installed`: one stanza per package, single-letter keys, repeated F:/R: file lists. */
export function catalogApkInstalled(
  text: string,
  location: string,
  distro?: Distro,
): CatalogerResult & { owned: string[] } {
  const owned: string[] = [];
  const packages: Record<string, string>[] = [];
  let current: Record<string, string> = {};
  let dir = '';
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (current.P !== undefined) packages.push(current);
      current = {};
      continue;
    }
    const key = line.slice(0, 1);
    const value = line.slice(2);
    if (key === 'F') dir = value;
    else if (key === 'R') owned.push(dir === '' ? value : `${dir}/${value}`);
    else current[key] = value;
  }
  if (current.P !== undefined) packages.push(current);
  const vendor = distro?.id ?? 'alpine';
  const purlOf = (p: Record<string, string>) =>
    osPurl('apk', vendor, p.P ?? '', p.V ?? '', {
      arch: p.A,
      distro: distroQualifier(distro),
      // The origin (source) package, only where it differs from the binary's name, as syft writes it.
      upstream: p.o !== p.P ? p.o : undefined,
    });
  const provides = new Map<string, string>();
  for (const p of packages) {
    provides.set(p.P ?? '', purlOf(p));
    for (const item of (p.p ?? '').split(/\s+/)) {
      const name = item.split(/[=<>~]/)[0];
      if (name) provides.set(name, purlOf(p));
    }
  }
  const components = packages.map((p) =>
    makeComponent({
      ecosystem: 'apk',
      name: p.P ?? '',
      group: vendor,
      version: p.V ?? '',
      purl: purlOf(p),
      licenses: licenseList(p.L),
      dependsOn: (p.D ?? '')
        .split(/\s+/)
        .filter((d) => d !== '' && !d.startsWith('!'))
        .map((d) => provides.get(d.split(/[=<>~]/)[0] ?? ''))
        .filter((x): x is string => x !== undefined),
      foundIn: location,
      properties: { 'apk:origin': p.o !== p.P ? p.o : undefined, 'apk:architecture': p.A },
    }),
  );
  return { components, owned };
}
