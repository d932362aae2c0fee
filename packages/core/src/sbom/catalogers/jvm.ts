/** Maven pom.xml (declared dependencies, with property substitution) and Gradle gradle.lockfile. */
import { ArtefactsError } from '../../errors.js';
import { makeComponent } from '../component.js';
import type { CatalogerResult, Component, Scope } from '../model.js';
import { mavenPurl } from '../purl.js';

/** A small XML element tree: enough for a POM (elements and text; attributes, comments, PIs ignored). */
export interface XmlElement {
  readonly name: string;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? m),
  );
}

export function parseXml(text: string, location: string): XmlElement {
  const root: XmlElement = { name: '#document', children: [], text: '' };
  const stack: XmlElement[] = [root];
  const token =
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<(\/?)([\w.:-]+)([^>]*?)(\/?)>|([^<]+)/g;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const top = stack[stack.length - 1] as XmlElement;
    if (m[1] !== undefined) top.text += m[1];
    else if (m[6] !== undefined) top.text += decode(m[6]);
    else if (m[3] !== undefined) {
      const name = m[3].replace(/^.*:/, '');
      if (m[2] === '/') {
        if (top.name !== name) {
          throw new ArtefactsError('SBOM_FAILED', `${location}: </${name}> closes <${top.name}>; not well-formed XML`);
        }
        stack.pop();
      } else {
        const el: XmlElement = { name, children: [], text: '' };
        top.children.push(el);
        if (m[5] !== '/') stack.push(el);
      }
    }
  }
  if (stack.length !== 1) throw new ArtefactsError('SBOM_FAILED', `${location}: unclosed <${stack.at(-1)?.name}>`);
  return root;
}

const child = (el: XmlElement | undefined, name: string) => el?.children.find((c) => c.name === name);
const childText = (el: XmlElement | undefined, name: string) => child(el, name)?.text.trim();

export function catalogPom(text: string, location: string): CatalogerResult {
  const project = child(parseXml(text, location), 'project');
  if (project === undefined) throw new ArtefactsError('SBOM_FAILED', `${location} has no <project> element`);
  const parent = child(project, 'parent');
  const props = new Map<string, string>();
  const groupId = childText(project, 'groupId') ?? childText(parent, 'groupId') ?? '';
  const version = childText(project, 'version') ?? childText(parent, 'version') ?? '';
  for (const [k, v] of [
    ['project.groupId', groupId],
    ['project.artifactId', childText(project, 'artifactId') ?? ''],
    ['project.version', version],
    ['pom.version', version],
    ['version', version],
    ['project.parent.version', childText(parent, 'version') ?? ''],
    ['project.parent.groupId', childText(parent, 'groupId') ?? ''],
  ] as const) {
    props.set(k, v);
  }
  for (const p of child(project, 'properties')?.children ?? []) props.set(p.name, p.text.trim());
  const warnings: string[] = [];
  const substitute = (value: string, depth = 0): string =>
    depth > 10
      ? value
      : value.replace(/\$\{([^}]+)\}/g, (m, key: string) => {
          const found = props.get(key);
          return found === undefined ? m : substitute(found, depth + 1);
        });
  // dependencyManagement supplies versions (and scopes) for dependencies that omit them.
  const managed = new Map<string, { version?: string; scope?: string }>();
  for (const d of child(child(project, 'dependencyManagement'), 'dependencies')?.children ?? []) {
    const key = `${substitute(childText(d, 'groupId') ?? '')}:${substitute(childText(d, 'artifactId') ?? '')}`;
    managed.set(key, { version: childText(d, 'version'), scope: childText(d, 'scope') });
  }
  const components: Component[] = [];
  for (const d of child(project, 'dependencies')?.children ?? []) {
    if (d.name !== 'dependency') continue;
    const g = substitute(childText(d, 'groupId') ?? '');
    const a = substitute(childText(d, 'artifactId') ?? '');
    const m = managed.get(`${g}:${a}`);
    let v = substitute(childText(d, 'version') ?? m?.version ?? '');
    if (v.includes('${')) {
      warnings.push(`${location}: ${g}:${a} version '${v}' names a property this POM does not define; no version`);
      v = '';
    } else if (v === '') {
      warnings.push(`${location}: ${g}:${a} has no version here (a parent POM or BOM import supplies it)`);
    }
    const mavenScope = childText(d, 'scope') ?? m?.scope ?? 'compile';
    const scope: Scope =
      childText(d, 'optional') === 'true'
        ? 'optional'
        : mavenScope === 'test' || mavenScope === 'provided'
          ? 'dev'
          : 'required';
    const type = childText(d, 'type');
    components.push(
      makeComponent({
        ecosystem: 'maven',
        name: a,
        group: g,
        version: v,
        purl: mavenPurl(g, a, v, type),
        scope,
        foundIn: location,
        properties: { 'maven:scope': mavenScope, 'maven:classifier': childText(d, 'classifier') },
      }),
    );
  }
  return { components, direct: components.map((c) => c.purl), warnings };
}

/** gradle.lockfile: `group:artifact:version=configuration,…` lines; `empty=` lists unused configurations. */
export function catalogGradleLockfile(text: string, location: string): CatalogerResult {
  const components: Component[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('empty=')) continue;
    const m = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)=(.*)$/.exec(line);
    if (m === null) continue;
    const configurations = (m[4] ?? '').split(',').filter((c) => c !== '');
    const onlyTest = configurations.length > 0 && configurations.every((c) => /^test|Test[A-Z]?/.test(c));
    const [group, artifact, version] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    components.push(
      makeComponent({
        ecosystem: 'maven',
        name: artifact,
        group,
        version,
        purl: mavenPurl(group, artifact, version),
        scope: onlyTest ? 'dev' : 'required',
        foundIn: location,
        properties: { 'gradle:configurations': configurations.join(',') },
      }),
    );
  }
  return { components };
}
