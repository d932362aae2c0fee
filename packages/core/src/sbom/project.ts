/**
 * What a source SBOM's root component is called: the project's own manifest (package.json, go.mod,
 * pyproject.toml, Cargo.toml, pom.xml in the catalogued directory) names it, with its version and
 * purl where the manifest has them; else the repository (`GITHUB_REPOSITORY`, else the `origin`
 * remote), with the catalogued directory's path inside the repository. Never a local folder name
 * and never an absolute path: the same tree gives the same document wherever it is checked out.
 */
import { readPlainText } from '../files.js';
import { join } from 'node:path';
import { gitRaw, mayBeInRepository } from '../git/git.js';
import { ANNOTATION_SOURCE, ANNOTATION_TITLE, ANNOTATION_VERSION } from '../oci/media.js';
import { parseXml, type XmlElement } from './catalogers/jvm.js';
import { buildPurl, cargoPurl, golangPurl, mavenPurl, npmPurl, pypiPurl } from './purl.js';

export interface ProjectIdentity {
  readonly name: string;
  readonly version?: string;
  readonly purl?: string;
  /** What named it: the manifest's file name, `GITHUB_REPOSITORY`, `origin remote`, or `none`. */
  readonly source: string;
}

type Named = Omit<ProjectIdentity, 'source'>;

/** The manifests that name a project, in the order they are tried. */
export const PROJECT_MANIFESTS = ['package.json', 'go.mod', 'pyproject.toml', 'Cargo.toml', 'pom.xml'] as const;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const table = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

function named(name: string, version: string | undefined, purl: (version: string) => string): Named {
  return { name, ...(version === undefined ? {} : { version }), purl: purl(version ?? '') };
}

/** The project a manifest describes, or undefined when it names none (a workspace root, a parse error). */
function manifestIdentity(
  file: (typeof PROJECT_MANIFESTS)[number],
  text: string,
  parseToml: (text: string) => unknown,
): Named | undefined {
  try {
    switch (file) {
      case 'package.json': {
        const pkg = table(JSON.parse(text));
        const name = str(pkg?.name);
        return name === undefined ? undefined : named(name, str(pkg?.version), (v) => npmPurl(name, v));
      }
      case 'go.mod': {
        const module = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(text)?.[2];
        return module === undefined ? undefined : { name: module, purl: golangPurl(module, '') };
      }
      case 'pyproject.toml': {
        const doc = parseToml(text) as Record<string, unknown>;
        for (const section of [table(doc.project), table(table(doc.tool)?.poetry)]) {
          const name = str(section?.name);
          if (name !== undefined) return named(name, str(section?.version), (v) => pypiPurl(name, v));
        }
        return undefined;
      }
      case 'Cargo.toml': {
        const pkg = table((parseToml(text) as Record<string, unknown>).package);
        const name = str(pkg?.name);
        // `version.workspace = true` is a table, not a version: no version then.
        return name === undefined ? undefined : named(name, str(pkg?.version), (v) => cargoPurl(name, v));
      }
      case 'pom.xml': {
        const project = child(parseXml(text, file), 'project');
        const parent = child(project, 'parent');
        const artifactId = text1(project, 'artifactId');
        const groupId = text1(project, 'groupId') ?? text1(parent, 'groupId');
        if (artifactId === undefined || groupId === undefined) return undefined;
        // An unresolved ${property} is no version.
        const version = [text1(project, 'version'), text1(parent, 'version')].find((v) => v !== undefined);
        const known = version !== undefined && !version.includes('${') ? version : undefined;
        return named(`${groupId}:${artifactId}`, known, (v) => mavenPurl(groupId, artifactId, v));
      }
    }
  } catch {
    return undefined;
  }
}

const child = (el: XmlElement | undefined, name: string) => el?.children.find((c) => c.name === name);
const text1 = (el: XmlElement | undefined, name: string) => str(child(el, name)?.text);

/**
 * host, owner and repository of a git remote URL (`https://host/owner/repo.git`, `ssh://git@host/…`,
 * scp-like `git@host:owner/repo.git`); credentials in the URL are never part of the result.
 */
function remoteRepository(url: string): { host: string; owner: string; repo: string } | undefined {
  const text = url.trim();
  const scheme = /^(?:https?|ssh|git):\/\/(?:[^@/]*@)?([^/:]+)(?::\d*)?\/(.+)$/i.exec(text);
  const scp = scheme === null ? /^(?:[^@/]+@)?([^/:]+):(?!\/)(.+)$/.exec(text) : null;
  const match = scheme ?? scp;
  if (match === null) return undefined;
  const parts = (match[2] ?? '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
    .filter((p) => p !== '');
  const repo = parts.pop();
  if (repo === undefined || parts.length === 0) return undefined;
  return { host: match[1] ?? '', owner: parts.join('/'), repo };
}

/** `owner/repo` of the origin remote and whether it is on github.com, when `dir` is in a git work tree. */
async function originRepository(dir: string): Promise<{ repository: string; github: boolean } | undefined> {
  const remote = await gitRaw(['remote', 'get-url', 'origin'], { cwd: dir }).catch(() => undefined);
  if (remote === undefined || remote.exitCode !== 0) return undefined;
  const parsed = remoteRepository(remote.stdout);
  if (parsed === undefined) return undefined;
  return { repository: `${parsed.owner}/${parsed.repo}`, github: parsed.host.toLowerCase() === 'github.com' };
}

/** Where a directory sits in git: its path inside the work tree (`.` at the top) and HEAD's commit. */
export interface RepositoryPlace {
  readonly inside: string;
  /** Absent before the repository's first commit. */
  readonly commit?: string;
}

/**
 * One `git rev-parse` answers both (a git process costs the caller a fork): it prints the prefix, then
 * HEAD's commit when there is one, and exits 0 with both, 1 with only the prefix (no commit yet), 128
 * outside a work tree. Undefined outside git, or without git.
 */
export async function repositoryPlace(dir: string): Promise<RepositoryPlace | undefined> {
  if (!mayBeInRepository(dir)) return undefined;
  const result = await gitRaw(['rev-parse', '--show-prefix', '--verify', '--quiet', 'HEAD^{commit}'], {
    cwd: dir,
  }).catch(() => undefined);
  if (result === undefined || (result.exitCode !== 0 && result.exitCode !== 1) || result.stdout === '')
    return undefined;
  const [prefix = '', commit = ''] = result.stdout.split('\n');
  const inside = prefix.trim().replace(/\/+$/, '') || '.';
  return result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(commit.trim())
    ? { inside, commit: commit.trim() }
    : { inside };
}

/**
 * Names the project in `dir` (the catalogued directory, or the directory of the catalogued lockfile).
 * `github` is the workflow's repository (`GITHUB_REPOSITORY`) and server when running in Actions.
 */
export async function projectIdentity(
  dir: string,
  github: GitHubRepository | undefined,
  place?: Promise<RepositoryPlace | undefined>,
): Promise<ProjectIdentity> {
  for (const file of PROJECT_MANIFESTS) {
    const text = await readPlainText(join(dir, file));
    if (text === undefined) continue;
    // The TOML parser loads only for a TOML manifest (most trees have none).
    const toml = file.endsWith('.toml') ? (await import('smol-toml')).parse : () => undefined;
    const found = manifestIdentity(file, text, toml);
    if (found !== undefined) return { ...found, source: file };
  }
  // `place`: the caller's answer when it already asked git (else asked here, only when needed).
  const asked = () => place ?? repositoryPlace(dir);
  return (await repositoryIdentity(dir, github, asked)) ?? { name: 'source', source: 'none' };
}

export interface GitHubRepository {
  readonly repository: string;
  readonly serverUrl: string;
}

/**
 * The repository `dir` belongs to: `GITHUB_REPOSITORY`, else the origin remote; with `place` (asked
 * only when there is a repository to name), the directory's path inside the repository is appended to
 * the name (and is the purl's subpath).
 */
async function repositoryIdentity(
  dir: string,
  github: GitHubRepository | undefined,
  place?: () => Promise<RepositoryPlace | undefined>,
): Promise<ProjectIdentity | undefined> {
  const origin =
    github !== undefined && github.repository !== ''
      ? {
          repository: github.repository,
          github: github.serverUrl.toLowerCase() === 'https://github.com',
          source: 'GITHUB_REPOSITORY',
        }
      : await originRepository(dir).then((o) => (o === undefined ? undefined : { ...o, source: 'origin remote' }));
  if (origin === undefined) return undefined;
  const inside = place === undefined ? undefined : (await place())?.inside;
  const sub = inside === undefined || inside === '.' ? undefined : inside;
  const [owner = '', repo = ''] = origin.repository.split('/');
  return {
    name: sub === undefined ? origin.repository : `${origin.repository}/${sub}`,
    ...(origin.github && owner !== '' && repo !== ''
      ? { purl: buildPurl({ type: 'github', namespace: owner, name: repo, subpath: sub }) }
      : {}),
    source: origin.source,
  };
}

/**
 * An image read from an OCI layout has no registry name, and its directory is a local folder: it is
 * named by its own annotations or labels (`org.opencontainers.image.source` as `owner/repo`, else
 * `.title`), with `.version`, the first set that has them winning; else by the repository.
 */
export async function layoutImageIdentity(
  labelSets: readonly (Readonly<Record<string, string>> | undefined)[],
  dir: string,
  github: GitHubRepository | undefined,
): Promise<{ name: string; version?: string }> {
  const first = (key: string) => labelSets.map((l) => str(l?.[key])).find((v) => v !== undefined);
  const source = first(ANNOTATION_SOURCE);
  const remote = source === undefined ? undefined : remoteRepository(source);
  const version = first(ANNOTATION_VERSION);
  const name =
    (remote === undefined ? undefined : `${remote.owner}/${remote.repo}`) ??
    first(ANNOTATION_TITLE) ??
    (await repositoryIdentity(dir, github))?.name ??
    'image';
  return { name, ...(version === undefined ? {} : { version }) };
}
