/**
 * Image references in YAML descriptors, found through the `yaml` library's document tree (every
 * document of a multi-document file) and pinned by rewriting only the source range of the one
 * scalar that changes (or inserting one `digest:` line): comments, key order, quoting, blank lines
 * and `---` separators stay byte for byte.
 *
 * - any `image:` key with a string value: Kubernetes containers, initContainers and
 *   ephemeralContainers of every workload kind, compose `services.*.image`, and values files;
 * - a map with `repository` and `tag` (and optionally `registry`), Helm's values convention: when
 *   the map has a `digest` key (charts that support one), that key is set; otherwise the tag
 *   becomes `tag: <tag>@sha256:…` (a chart that renders `repository:tag` then renders a pinned
 *   reference);
 * - kustomization files' `images:` entries (name / newName / newTag / digest): `digest` is set
 *   beside `newTag`, as kustomize renders `name:newTag@digest`.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, parseAllDocuments, visit, type Document, type Scalar, type YAMLMap } from 'yaml';
import { lineCounter, pinnedText, siteFor, type Site, type SiteKind, type TextEdit } from './sites.js';

export function isYamlName(name: string): boolean {
  return /\.ya?ml$/i.test(name);
}

/** The sites of a YAML file, or why the file cannot be read as YAML (a template, say). */
export function yamlSites(text: string, file: string): { sites: Site[]; error?: string } {
  const parsed = parseAllDocuments(text);
  const docs = Array.isArray(parsed) ? parsed : [];
  const broken = docs.flatMap((d) => d.errors);
  if (broken.length > 0) return { sites: [], error: broken[0]!.message.split('\n')[0]! };
  const lineOf = lineCounter(text);
  const sites: Site[] = [];
  for (const doc of docs) {
    const kind = documentKind(doc, path.basename(file));
    if (kind === 'kustomize') sites.push(...kustomizeSites(text, doc, lineOf));
    visit(doc, {
      Map(_key, map) {
        const helm = helmSite(text, map, lineOf);
        if (helm !== undefined) sites.push(helm);
      },
      Pair(_key, pair) {
        if (!isScalar(pair.key) || pair.key.value !== 'image' || !isScalar(pair.value)) return;
        const node = pair.value;
        const written = asWritten(text, node);
        if (typeof node.value !== 'string' || written === undefined) return;
        const at = node.range![0];
        sites.push(
          siteFor(kind === 'kustomize' ? 'yaml' : kind, lineOf(at), written, (ref, digest) => [
            replaceScalar(text, node, pinnedText(written, ref, digest)),
          ]),
        );
      },
    });
  }
  return { sites: sites.sort((a, b) => a.line - b.line) };
}

function documentKind(doc: Document, base: string): SiteKind {
  const top = doc.contents;
  if (/^kustomization\.ya?ml$/i.test(base) || (isMap(top) && top.get('kind') === 'Kustomization')) return 'kustomize';
  if (isMap(top) && top.has('apiVersion') && top.has('kind')) return 'kubernetes';
  if (/compose/i.test(base) && isMap(top) && isMap(top.get('services'))) return 'compose';
  if (isMap(top) && isMap(top.get('services')) && !top.has('apiVersion')) return 'compose';
  if (/^values.*\.ya?ml$/i.test(base)) return 'helm';
  return 'yaml';
}

/** The scalar's value as written: a plain scalar's source text (`1.10` stays `1.10`), a quoted one's value. */
function asWritten(text: string, node: Scalar): string | undefined {
  const [start, end] = node.range ?? [0, 0];
  if (node.type === 'PLAIN') return text.slice(start, end);
  if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return String(node.value);
  return undefined;
}

/** Rewrites one scalar in its own quoting style. An empty (null) value gets one written after its key. */
function replaceScalar(text: string, node: Scalar, value: string): TextEdit {
  const [start, end] = node.range!;
  if (start === end) {
    // An empty value sits right after its `:` (block) or where the next flow indicator is (`digest: }`).
    const before = text[start - 1] === ':' ? ' ' : '';
    const after = /[,}\]]/.test(text[start] ?? '') ? ' ' : '';
    return { start, end, text: `${before}${value}${after}` };
  }
  if (node.type === 'QUOTE_DOUBLE') return { start, end, text: JSON.stringify(value) };
  if (node.type === 'QUOTE_SINGLE') return { start, end, text: `'${value.replace(/'/g, "''")}'` };
  return { start, end, text: value };
}

function scalarAt(map: YAMLMap, key: string): Scalar | undefined {
  const node = map.get(key, true);
  return isScalar(node) ? node : undefined;
}

/** A value to use: undefined when the key is absent or its value is null or empty. */
function given(text: string, node: Scalar | undefined): string | undefined {
  if (node === undefined || node.value === null) return undefined;
  const value = asWritten(text, node);
  return value === '' ? undefined : value;
}

function helmSite(text: string, map: YAMLMap, lineOf: (offset: number) => number): Site | undefined {
  const repository = scalarAt(map, 'repository');
  const tagNode = scalarAt(map, 'tag');
  if (repository === undefined || typeof repository.value !== 'string' || !map.has('tag')) return undefined;
  const registry = given(text, scalarAt(map, 'registry'));
  const digestNode = scalarAt(map, 'digest');
  const digest = given(text, digestNode);
  const tag = given(text, tagNode);
  const name = `${registry === undefined ? '' : `${registry}/`}${given(text, repository) ?? ''}`;
  const reference = `${name}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
  const line = lineOf(repository.range![0]);
  const pin = (_ref: unknown, d: string): TextEdit[] =>
    digestNode !== undefined ? [replaceScalar(text, digestNode, d)] : [replaceScalar(text, tagNode!, `${tag}@${d}`)];
  const site = siteFor('helm', line, reference, pin);
  if (tag === undefined && digest === undefined) {
    return { ...site, problem: "an empty tag (the chart's default, often its appVersion): set the tag to pin it" };
  }
  return site;
}

/** kustomization `images:` entries. */
function kustomizeSites(text: string, doc: Document, lineOf: (offset: number) => number): Site[] {
  const top = doc.contents;
  const images = isMap(top) ? top.get('images') : undefined;
  if (!isSeq(images)) return [];
  const sites: Site[] = [];
  for (const item of images.items) {
    if (!isMap(item)) continue;
    const nameNode = scalarAt(item, 'name');
    const name = given(text, scalarAt(item, 'newName')) ?? given(text, nameNode);
    if (nameNode === undefined || name === undefined) continue;
    const tagNode = scalarAt(item, 'newTag');
    const tag = given(text, tagNode);
    const digestNode = scalarAt(item, 'digest');
    const digest = given(text, digestNode);
    const reference = `${name}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`;
    const pin = (_ref: unknown, d: string): TextEdit[] => {
      if (digestNode !== undefined) return [replaceScalar(text, digestNode, d)];
      const pair = item.items.find((p) => isScalar(p.key) && p.key.value === 'newTag')!;
      const key = pair.key as Scalar;
      if (item.flow) return [{ start: tagNode!.range![1], end: tagNode!.range![1], text: `, digest: ${d}` }];
      // A new line after newTag's line (after any comment on it), at newTag's column.
      const lineStart = text.lastIndexOf('\n', key.range![0] - 1) + 1;
      const newline = text.indexOf('\n', tagNode!.range![1]);
      const eol = newline < 0 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
      const ending = text[eol] === '\r' ? '\r\n' : '\n';
      const indent = ' '.repeat(key.range![0] - lineStart);
      return [{ start: eol, end: eol, text: `${ending}${indent}digest: ${d}` }];
    };
    const site = siteFor('kustomize', lineOf(nameNode.range![0]), reference, pin);
    if (tag === undefined && digest === undefined) {
      sites.push({
        ...site,
        problem: 'no newTag: the tag comes from the manifests it applies to (pin those, or set newTag)',
      });
    } else sites.push(site);
  }
  return sites;
}
