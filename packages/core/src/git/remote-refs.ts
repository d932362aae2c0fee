/**
 * Tags on a git remote, through plain git (any host: GitLab, Bitbucket, Gitea, a bare repository on
 * disk): read one tag with `git ls-remote` (annotated tags peeled), create a tag locally, and push
 * one ref. These are the primitives; the rules (a version tag is never moved, the major tag moves
 * under a lease) live with their callers in version/.
 */
import { ArtefactsError } from '../errors.js';
import { gitRaw } from './git.js';

/** Never wait for a password or a host-key prompt: fail and say so instead. */
function remoteEnv(): Record<string, string> {
  return { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes' };
}

/** git's last words, with any credentials in a URL (`https://user:token@host`) left out. */
const lastLines = (text: string, count = 3) =>
  text
    .trim()
    .split('\n')
    .slice(-count)
    .join(' ')
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');

export interface RemoteTag {
  /** What refs/tags/<tag> points at: a commit, or an annotated tag object. */
  readonly objectSha: string;
  /** The commit it finally names (the object itself for a lightweight tag). */
  readonly commitSha: string;
  readonly annotated: boolean;
}

/** The tags on a remote as one `git ls-remote` lists them. */
export interface RemoteTagListing {
  /** Tag name → what refs/tags/<name> points at (a commit, or an annotated tag object). */
  readonly objects: ReadonlyMap<string, string>;
  /** Tag name → the commit an annotated tag names (only with `peel`; lightweight tags are not repeated here). */
  readonly peeled: ReadonlyMap<string, string>;
}

/**
 * The tags under `patterns` on `remote` (a remote name or URL), in one `git ls-remote`: names and
 * objects only, no object transferred. `patterns` match the tail of a ref (`refs/tags/v*`, which also
 * matches `refs/tags/x/refs/tags/v1`: callers check the names they read). With `peel`, annotated tags
 * are peeled to their commits too; without it, `--refs` leaves the peeled lines out. GIT_FAILED,
 * naming `what`, when the remote cannot be read.
 */
export async function listRemoteTags(
  cwd: string,
  remote: string,
  patterns: readonly string[],
  options: { peel: boolean; what: string },
): Promise<RemoteTagListing> {
  const args = ['ls-remote', '--tags', ...(options.peel ? [] : ['--refs']), remote, ...patterns];
  const result = await gitRaw(args, { cwd, env: remoteEnv() });
  if (result.exitCode !== 0) {
    throw new ArtefactsError(
      'GIT_FAILED',
      `Cannot read ${options.what} from the git remote '${remote}': git ls-remote failed (exit ${result.exitCode}): ${lastLines(result.stderr)}`,
      { hint: `Check that '${remote}' is a remote of the clone (git remote -v) and that this job can read it.` },
    );
  }
  const objects = new Map<string, string>();
  const peeled = new Map<string, string>();
  for (const line of result.stdout.split('\n')) {
    const tab = line.indexOf('\t');
    const ref = line.slice(tab + 1);
    if (tab < 0 || !ref.startsWith('refs/tags/')) continue;
    const sha = line.slice(0, tab);
    if (ref.endsWith('^{}')) peeled.set(ref.slice('refs/tags/'.length, -3), sha);
    else objects.set(ref.slice('refs/tags/'.length), sha);
  }
  return { objects, peeled };
}

/** The commit a listed tag names (its peeled commit when annotated); undefined when not listed. */
function remoteTagOf(listing: RemoteTagListing, tag: string): RemoteTag | undefined {
  const objectSha = listing.objects.get(tag);
  if (objectSha === undefined) return undefined;
  const peeled = listing.peeled.get(tag);
  return { objectSha, commitSha: peeled ?? objectSha, annotated: peeled !== undefined && peeled !== objectSha };
}

/**
 * Reads refs/tags/<tag> on `remote` (a remote name or URL) with one `git ls-remote`, peeling an
 * annotated tag to its commit. Undefined when the remote has no such tag; GIT_FAILED when the
 * remote cannot be read.
 */
export async function readRemoteTag(cwd: string, remote: string, tag: string): Promise<RemoteTag | undefined> {
  const ref = `refs/tags/${tag}`;
  // ls-remote matches patterns on the tail of the name: only the exact ref is read back.
  const listing = await listRemoteTags(cwd, remote, [ref, `${ref}^{}`], { peel: true, what: `the tag ${tag}` });
  return remoteTagOf(listing, tag);
}

/** Creates refs/tags/<tag> on `sha` in the local repository: annotated when a message is given. */
export async function createLocalTag(
  cwd: string,
  options: { tag: string; sha: string; annotated?: { message: string } },
): Promise<void> {
  const { tag, sha } = options;
  const args =
    options.annotated === undefined
      ? ['tag', '--no-sign', tag, sha]
      : ['tag', '--no-sign', '-a', '-m', options.annotated.message, tag, sha];
  let result = await gitRaw(args, { cwd });
  if (
    result.exitCode !== 0 &&
    options.annotated !== undefined &&
    /identity|user\.email|user\.name/i.test(result.stderr)
  ) {
    // A CI clone often has no user configured; an annotated tag needs a tagger.
    result = await gitRaw(args, {
      cwd,
      env: { GIT_COMMITTER_NAME: 'immutable-artefacts', GIT_COMMITTER_EMAIL: 'immutable-artefacts@localhost' },
    });
  }
  if (result.exitCode !== 0) {
    throw new ArtefactsError(
      'GIT_FAILED',
      `Cannot create the tag ${tag} on ${sha}: git tag failed (exit ${result.exitCode}): ${lastLines(result.stderr)}`,
    );
  }
}

export interface PushOutcome {
  readonly ok: boolean;
  /** git's own words when refused (the last lines of stderr). */
  readonly detail: string;
}

/**
 * Pushes one ref: `source` (a ref or a commit) to `destination` on `remote`, never forced. With
 * `lease`, the update is forced only if the remote ref still holds `lease.expected` (empty: the
 * ref must not exist), so a concurrent change is never clobbered. A refusal is returned, not
 * thrown: the caller re-reads the remote to learn why.
 */
export async function pushRef(
  cwd: string,
  options: { remote: string; source: string; destination: string; lease?: { expected: string } },
): Promise<PushOutcome> {
  const { remote, source, destination, lease } = options;
  const args = ['push', '--atomic', '--no-verify', '--quiet'];
  if (lease !== undefined) args.push(`--force-with-lease=${destination}:${lease.expected}`);
  args.push(remote, `${source}:${destination}`);
  const result = await gitRaw(args, { cwd, env: remoteEnv() });
  return { ok: result.exitCode === 0, detail: lastLines(result.stderr) };
}
