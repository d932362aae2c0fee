/**
 * `engine: syft`: a syft binary on PATH or given, run with an argv array, its documents wrapped as
 * ours are.
 */
import { childProcess } from '../builtins.js';
import { sha256 } from '../oci/media.js';
import { access, constants, mkdir, readFile } from 'node:fs/promises';
import { delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError, inputError } from '../errors.js';
import { inWorkspace, workspace } from '../paths.js';
import type { SbomFormat } from './writers.js';
import { SBOM_MEDIA_TYPES } from './writers.js';

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
    childProcess().execFile(
      syft,
      args,
      { cwd, env: childEnv, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
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
      },
    );
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
