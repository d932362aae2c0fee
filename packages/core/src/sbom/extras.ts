/**
 * The sbom action's two hand-offs to things outside this suite: the workflow artifact name for
 * `upload-artifact` (unique per job and matrix entry; the upload itself happens in the action,
 * where @actions/artifact and the runner's ACTIONS_RUNTIME_TOKEN exist), and `engine: syft`
 * (a syft binary on PATH or given, run with an argv array, its documents wrapped as ours are).
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { sha256 } from '../oci/media.js';
import { access, constants, mkdir, readFile } from 'node:fs/promises';
import { delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError, inputError } from '../errors.js';
import { inWorkspace, workspace } from '../paths.js';
import type { SbomFormat } from './writers.js';
import { SBOM_MEDIA_TYPES } from './writers.js';

/** Artifact names may not contain these (actions/upload-artifact's rule). */
const ARTIFACT_FORBIDDEN = /["':<>|*?\\/\r\n]/g;

/**
 * `sbom-<job>-<what>-<hash8>`: the job id (GITHUB_JOB), a readable label of what was catalogued
 * (platforms or path), and a hash over everything that tells uploads in one workflow run apart:
 * the job run's own backend id (from the runner's ACTIONS_RUNTIME_TOKEN: every matrix entry is
 * its own job run, even when it catalogues the same tree on the same OS), the step (GITHUB_ACTION),
 * the subject digests, the written paths, and the runner's facts (ImageOS, RUNNER_OS/ARCH). Two
 * matrix entries, or two sbom steps of one job, never clash; the same step re-run in the same job
 * run gets the same name.
 */
export function sbomArtifactName(
  env: Readonly<Record<string, string | undefined>>,
  facts: { label: string; subjects: readonly string[]; paths: readonly string[] },
): string {
  const job = env.GITHUB_JOB ?? 'job';
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        job,
        [...facts.subjects].sort(),
        [...facts.paths].sort(),
        env.RUNNER_OS ?? '',
        env.RUNNER_ARCH ?? '',
        env.ImageOS ?? '',
        env.GITHUB_ACTION ?? '',
        jobRunBackendId(env.ACTIONS_RUNTIME_TOKEN) ?? '',
      ]),
    )
    .digest('hex')
    .slice(0, 8);
  const label = facts.label.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'root';
  return `sbom-${job}-${label}-${hash}`.replace(ARTIFACT_FORBIDDEN, '-').slice(0, 200);
}

/**
 * The job run's backend id from the runtime token's `scp` claim (`Actions.Results:<run>:<job run>`),
 * as @actions/artifact reads it; undefined when there is no token or it is not such a JWT. Only
 * the payload is decoded (nothing is verified, nothing of the token is kept or logged).
 */
export function jobRunBackendId(token: string | undefined): string | undefined {
  if (token === undefined || token.length > 16384) return undefined;
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const scp = (claims as { scp?: unknown } | null)?.scp;
  if (typeof scp !== 'string') return undefined;
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] === 'Actions.Results' && parts.length === 3 && parts[2] !== '') return parts[2];
  }
  return undefined;
}

/** The artifact the action uploads: its name, the files (absolute) and their common root. */
export interface SbomArtifact {
  readonly name: string;
  readonly files: readonly string[];
  readonly rootDirectory: string;
}

/** What the action must upload after an sbom outcome (outputs `artifact-name` and `sbom-paths`). */
export function sbomArtifact(outcome: ActionOutcome, cwd: string): SbomArtifact | undefined {
  const name = outcome.outputs['artifact-name'];
  if (name === undefined || name === '') return undefined;
  const files = (outcome.outputs['sbom-paths'] ?? '')
    .split('\n')
    .filter((p) => p !== '')
    .map((p) => resolve(cwd, p));
  const dirs = files.map((f) => f.slice(0, f.lastIndexOf(sep)));
  let root = dirs[0] ?? cwd;
  for (const d of dirs)
    while (!(d === root || d.startsWith(`${root}${sep}`))) root = root.slice(0, root.lastIndexOf(sep)) || sep;
  return { name, files, rootDirectory: root };
}

/** Whether this process can reach the Actions artifact service. */
export function artifactRuntimeAvailable(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN) && Boolean(env.ACTIONS_RESULTS_URL ?? env.ACTIONS_RUNTIME_URL);
}

/** Finds syft: the given path (relative to the workspace), else `syft` on PATH. */
export async function findSyft(
  given: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<string> {
  const candidates =
    given !== undefined
      ? [isAbsolute(given) ? given : resolve(cwd, given)]
      : (env.PATH ?? '')
          .split(delimiter)
          .filter((d) => d !== '')
          .map((d) => join(d, 'syft'));
  for (const c of candidates) {
    try {
      await access(c, constants.X_OK);
      return c;
    } catch {
      // not here
    }
  }
  if (given !== undefined) throw inputError('syft-path', given, 'the path of an executable syft binary');
  throw new ArtefactsError('SBOM_FAILED', "Input 'engine': 'syft' asked for, but no syft binary is on PATH.", {
    hint: "Install syft in an earlier step (e.g. anchore/sbom-action/download-syft) or give 'syft-path'; or use engine 'native'.",
  });
}

/** The syft source argument for what is catalogued. */
export function syftSource(target: { path?: string; image?: string; ociLayout?: string }): string {
  if (target.image !== undefined) return `registry:${target.image}`;
  if (target.ociLayout !== undefined) return `oci-dir:${target.ociLayout.replace(/^oci:/, '').replace(/:[^/:]+$/, '')}`;
  return `dir:${target.path ?? '.'}`;
}

/** syft's argv: `scan <source> -o <format>=<file> …` (plus `--platform` for one platform); never a shell string. */
export function syftArgs(
  source: string,
  outputs: readonly { format: SbomFormat; file: string }[],
  platforms: readonly string[],
  exclude: readonly string[] = [],
): string[] {
  if (platforms.length > 1) {
    throw inputError('platforms', platforms.join(','), "at most one platform with engine 'syft' (syft scans one)");
  }
  const args = ['scan', source];
  for (const o of outputs) args.push('-o', `${o.format}=${o.file}`);
  if (platforms[0] !== undefined) args.push('--platform', platforms[0]);
  for (const e of exclude) args.push('--exclude', e);
  return args;
}

/** Runs syft and wraps what it wrote as the action's outputs. */
export async function runSyft(
  syft: string,
  target: { path?: string; image?: string; ociLayout?: string },
  inputs: {
    formats: readonly SbomFormat[];
    outputDir: string;
    outputFile: string | undefined;
    platforms: readonly string[];
    exclude?: readonly string[];
    registryUsername: string | undefined;
    registryPassword: string | undefined;
    allowOutsideWorkspace?: ReadonlySet<string>;
  },
  environment: ActionEnvironment,
  fileNames: Readonly<Record<SbomFormat, string>>,
): Promise<ActionOutcome> {
  const { cwd, logger } = environment;
  const ws = workspace(cwd, inputs.allowOutsideWorkspace);
  const outputs = inputs.formats.map((format) => ({
    format,
    file: inWorkspace(
      ws,
      inputs.outputFile === undefined ? 'output-dir' : 'output-file',
      resolve(cwd, inputs.outputFile ?? join(inputs.outputDir, fileNames[format])),
    ),
  }));
  for (const o of outputs) await mkdir(resolve(o.file, '..'), { recursive: true });
  const args = syftArgs(syftSource(target), outputs, inputs.platforms, inputs.exclude);
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(environment.env)) if (v !== undefined) childEnv[k] = v;
  if (inputs.registryUsername !== undefined && inputs.registryPassword !== undefined) {
    logger.secret(inputs.registryPassword);
    childEnv.SYFT_REGISTRY_AUTH_USERNAME = inputs.registryUsername;
    childEnv.SYFT_REGISTRY_AUTH_PASSWORD = inputs.registryPassword;
  }
  logger.info(`Running ${syft} ${args.join(' ')}`);
  await new Promise<void>((done, fail) => {
    execFile(syft, args, { cwd, env: childEnv, maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error) {
        fail(
          new ArtefactsError(
            'SBOM_FAILED',
            `syft failed: ${String(stderr || error.message)
              .trim()
              .slice(-2000)}`,
            {
              cause: error,
            },
          ),
        );
      } else done();
    });
  });
  const documents: { format: SbomFormat; path: string; digest: string; mediaType: string }[] = [];
  let componentCount = 0;
  for (const o of outputs) {
    const content = await readFile(o.file).catch((error: unknown) => {
      throw new ArtefactsError('SBOM_FAILED', `syft wrote no ${o.format} document at ${o.file}.`, { cause: error });
    });
    const parsed = JSON.parse(content.toString('utf8')) as { components?: unknown[]; packages?: unknown[] };
    componentCount = Math.max(componentCount, (parsed.components ?? parsed.packages ?? []).length);
    const shown = isAbsolute(inputs.outputFile ?? inputs.outputDir)
      ? o.file
      : relative(cwd, o.file).split(sep).join('/');
    documents.push({
      format: o.format,
      path: shown,
      digest: sha256(content),
      mediaType: SBOM_MEDIA_TYPES[o.format],
    });
  }
  const json = { engine: 'syft', syft, args, componentCount, documents };
  return {
    outputs: {
      'sbom-paths': documents.map((d) => d.path).join('\n'),
      'component-count': String(componentCount),
      'document-digests': documents.map((d) => `${d.format} ${d.digest}`).join('\n'),
      referrers: '',
      json: JSON.stringify(json),
    },
    summary: [
      `### SBOM by syft`,
      '',
      `${componentCount} components · \`${args.slice(0, 2).join(' ')}\``,
      '',
      '| Document | Path | Digest |',
      '| --- | --- | --- |',
      ...documents.map((d) => `| ${d.format} | \`${d.path}\` | \`${d.digest}\` |`),
      '',
    ].join('\n'),
  };
}
