/**
 * The `sbom` action's core: parse its inputs, catalogue, write CycloneDX and/or SPDX in one pass,
 * report outputs and a job summary. Source trees (`path`) work here; images (`image`,
 * `oci-layout`) need the registry client and fail with a named error until it lands.
 */
import { digestHex, sha256 } from '../oci/media.js';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { withJobSummary } from '../summary.js';
import { ArtefactsError, inputError } from '../errors.js';
import { commitTime } from '../git/git.js';
import { reproducibleTime, type ReproducibleTime } from '../time.js';
import { sourceDateEpoch } from '../inputs.js';
import { inWorkspace, isPathFailure, keyInWorkspace, pathInputError, workspace } from '../paths.js';
import { writeFilesTogether } from '../files.js';
import { mergeResults, type Catalog } from './model.js';
import { excludeMatcher } from './exclude.js';
import { PROJECT_MANIFESTS, projectIdentity, repositoryPlace } from './project.js';
import { catalogSourceFile, catalogSourceTree, DEFAULT_SKIP, sourceKind, type SourceCatalog } from './source.js';
import { findSyft, runSyft } from './syft.js';
import { artifactRuntimeAvailable, sbomArtifactName } from './upload-artifact.js';
import type { PushedReferrer } from './image/publish.js';
import { imageReferenceInput, SBOM_FILE_NAMES, type SbomInputs } from './inputs.js';
import { writeDocuments, type SbomDocument, type SbomSubject } from './writers.js';
import { compareText } from '../order.js';
import { checkConnectionSettings } from '../oci/connection.js';

/** SOURCE_DATE_EPOCH when set (reproducible builds), else the given time, else now (the caller gives a notice). */
export function documentTime(
  env: Readonly<Record<string, string | undefined>>,
  fallback: Date | undefined,
): Promise<ReproducibleTime> {
  return reproducibleTime(
    env,
    [() => (fallback === undefined ? undefined : { time: fallback, source: 'commit time' })],
    {
      kind: 'now',
    },
  );
}

export interface SbomResult {
  readonly subject: SbomSubject;
  readonly catalog: Catalog;
  readonly documents: readonly (SbomDocument & { path: string })[];
}

/** Every path input resolves inside the workspace (symbolic links followed), before anything is read. */
function checkPaths(inputs: SbomInputs, cwd: string): void {
  const ws = workspace(cwd, inputs.allowOutsideWorkspace);
  if (inputs.path !== undefined) inWorkspace(ws, 'path', inputs.path);
  if (inputs.ociLayout !== undefined) {
    const ref = imageReferenceInput('oci-layout', inputs.ociLayout);
    if (ref.kind === 'layout') inWorkspace(ws, 'oci-layout', ref.path);
  }
  if (inputs.outputFile !== undefined) inWorkspace(ws, 'output-file', inputs.outputFile);
  else inWorkspace(ws, 'output-dir', inputs.outputDir);
  keyInWorkspace(ws, 'key', inputs.key);
}

export async function runSbom(inputs: SbomInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  checkConnectionSettings(environment.env);
  const { logger } = environment;
  checkPaths(inputs, environment.cwd);
  const outcome =
    inputs.engine === 'syft'
      ? await runSyft(
          await findSyft(inputs.syftPath, environment.env, environment.cwd),
          {
            ...(inputs.path === undefined ? {} : { path: inputs.path }),
            ...(inputs.image === undefined ? {} : { image: inputs.image }),
            ...(inputs.ociLayout === undefined ? {} : { ociLayout: inputs.ociLayout }),
          },
          inputs,
          environment,
          SBOM_FILE_NAMES,
        )
      : await sbomNative(inputs, environment);
  const described = JSON.parse(outcome.outputs.json ?? '{}') as { digest?: string; subject?: { digest?: string } };
  const summarised = withJobSummary(
    outcome,
    'sbom',
    described.digest ?? described.subject?.digest ?? '',
    environment.github,
  );
  if (!inputs.uploadArtifact) return summarised;
  const name = sbomArtifactName(environment.env, {
    label: inputs.image ?? inputs.ociLayout ?? inputs.path ?? '.',
    subjects: (outcome.outputs['document-digests'] ?? '').split('\n'),
    paths: (outcome.outputs['sbom-paths'] ?? '').split('\n'),
  });
  if (!artifactRuntimeAvailable(environment.env)) {
    logger.notice(
      `upload-artifact: no GitHub Actions runtime here (ACTIONS_RUNTIME_TOKEN is unset), so artifact '${name}' is not uploaded; the documents are in sbom-paths.`,
    );
  }
  return { ...summarised, outputs: { ...summarised.outputs, 'artifact-name': name } };
}

async function sbomNative(inputs: SbomInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const { logger } = environment;
  if (inputs.image !== undefined || inputs.ociLayout !== undefined) return sbomImage(inputs, environment);
  const target = resolve(environment.cwd, inputs.path ?? '.');
  /** A tree or lockfile that cannot be read (permission denied, ...) is the input's failure. */
  const unreadable = (error: unknown) =>
    pathInputError(environment.cwd, 'path', inputs.path ?? '.', 'a readable directory or lockfile', error);
  let info;
  try {
    info = await stat(target);
  } catch (error) {
    const expected = 'an existing directory or lockfile';
    throw isPathFailure(error)
      ? pathInputError(environment.cwd, 'path', inputs.path ?? '.', expected, error)
      : inputError('path', inputs.path ?? '.', expected);
  }
  // git's answers (the commit, where the tree sits in the repository, the commit's time) do not depend
  // on the catalogue: asked now, they run beside it. None rejects (no git: undefined). The time is
  // asked only when SOURCE_DATE_EPOCH does not set it: each git process costs a fork of this one.
  const dir = info.isDirectory() ? target : dirname(target);
  const placeAsked = repositoryPlace(dir);
  const timeAsked = sourceDateEpoch(environment.env) === undefined ? commitTime(dir) : Promise.resolve(undefined);
  let tree: SourceCatalog;
  if (info.isDirectory()) {
    tree = await logger.group(`Cataloguing ${inputs.path}`, () =>
      catalogSourceTree(target, DEFAULT_SKIP, excludeMatcher(inputs.exclude), unreadable),
    );
  } else {
    const kind = sourceKind(basename(target), dirname(target));
    if (kind === undefined) {
      throw inputError(
        'path',
        inputs.path ?? '',
        'a directory, or a lockfile such as package-lock.json, yarn.lock, pnpm-lock.yaml, go.mod, Cargo.lock, requirements.txt, poetry.lock, Pipfile.lock, uv.lock, pom.xml or gradle.lockfile',
      );
    }
    const file = { kind, path: basename(target) };
    const single = await catalogSourceFile(dirname(target), file, unreadable);
    const digest = sha256(`${file.path}\0${digestHex(sha256(await readFile(target)))}\n`);
    tree = { files: [file], results: [single], digest };
  }
  for (const f of tree.files) logger.info(`found ${f.path} (${f.kind})`);
  if (tree.files.length === 0) {
    logger.warning(`No lockfile or manifest found under '${inputs.path}'; the SBOM lists no components.`);
  }
  const catalog = mergeResults(tree.results);
  for (const w of catalog.warnings) logger.warning(w);
  const place = await placeAsked;
  const when = await documentTime(environment.env, await timeAsked);
  if (when.source === 'now') {
    logger.notice('No SOURCE_DATE_EPOCH and no git commit: the SBOM timestamp is the current time, so reruns differ.');
  }
  // Named by the project or its repository, never by a local folder: the same tree gives the same bytes anywhere.
  const project = await projectIdentity(dir, environment.github, placeAsked);
  if (project.source === 'none') {
    logger.notice(
      `No ${PROJECT_MANIFESTS.join(', ')} in '${inputs.path}', no GITHUB_REPOSITORY and no origin remote: the SBOM's root component is named '${project.name}'.`,
    );
  } else logger.info(`root component ${project.name} (from ${project.source})`);
  const inside = place?.inside;
  const sourcePath =
    inside === undefined ? undefined : info.isDirectory() ? inside : posix.join(inside, basename(target));
  const subject: SbomSubject = {
    kind: 'source',
    name: project.name,
    ...(project.version === undefined ? {} : { version: project.version }),
    ...(project.purl === undefined ? {} : { purl: project.purl }),
    digest: tree.digest,
    timestamp: when.time,
    properties: {
      ...(sourcePath === undefined ? {} : { 'immutable-artefacts:source-path': sourcePath }),
      ...(place?.commit === undefined ? {} : { 'immutable-artefacts:git-commit': place.commit }),
    },
  };
  const documents = writeDocuments(catalog, subject, inputs.formats);
  const written = await writeSbomFiles(documents, inputs, environment);
  return sbomOutcome({ subject, catalog, documents: written });
}

/**
 * Image mode: catalogue each selected platform of `image` / `oci-layout` (resolved once), write
 * one document set per platform, then attach and/or attest them when asked.
 */
async function sbomImage(inputs: SbomInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const { logger } = environment;
  // Image mode's code (registry client, layer readers) loads only here: a source-tree run, the
  // common case, does not pay for parsing it. The referrer and signing code loads only to attach or
  // attest, and for attach only after the layer walk: a run keeps less in its heap for the whole of
  // a long walk (above ~8 MB retained, V8 marks after nearly every young collection).
  const [{ catalogImageReference }, attestCode] = await Promise.all([
    import('./image/run.js'),
    inputs.attest ? import('./image/publish.js') : undefined,
  ]);
  // A bad key or password fails here, before any layer is read.
  const signing = attestCode === undefined ? undefined : await attestCode.attestConfig(inputs, environment);
  const { store, name, root, results } = await catalogImageReference(inputs, environment, SBOM_FILE_NAMES, (fallback) =>
    documentTime(environment.env, fallback),
  );
  for (const r of results) for (const w of r.catalog.warnings) logger.warning(w);
  // Every platform's documents written together: all of them, or none.
  const names = results.flatMap((r) => r.documents.map((_doc, i) => r.fileNames[i] ?? 'sbom.json'));
  const writtenAll = await writeSbomFiles(
    results.flatMap((r) => r.documents),
    inputs,
    environment,
    (_doc, i) => names[i]!,
  );
  const written = results.map((r, i) => {
    const before = results.slice(0, i).reduce((n, o) => n + o.documents.length, 0);
    return writtenAll.slice(before, before + r.documents.length);
  });
  // Attached and attested together: one merge of a registry's fallback index per image.
  const referrers: PushedReferrer[] =
    inputs.attach || signing !== undefined
      ? await (attestCode ?? (await import('./image/publish.js'))).publishDocuments(
          store,
          name,
          results,
          { attach: inputs.attach, signing },
          environment,
        )
      : [];
  const outcomes = results.map((r, i) =>
    sbomOutcome({ subject: r.subject, catalog: r.catalog, documents: written[i] ?? [] }),
  );
  const all = written.flat();
  const json = {
    image: name,
    digest: root.digest,
    componentCount: results.reduce((n, r) => n + r.catalog.components.length, 0),
    documents: all.map((d) => ({ format: d.format, path: d.path, digest: d.digest, mediaType: d.mediaType })),
    platforms: outcomes.map((o, i) => ({
      platform: results[i]?.subject.properties?.['immutable-artefacts:platform'] ?? null,
      ...(JSON.parse(o.outputs.json ?? '{}') as object),
    })),
    referrers,
  };
  const summary = [
    ...outcomes.map((o) => o.summary),
    ...(referrers.length === 0
      ? []
      : [
          '| Referrer | Kind | Subject |',
          '| --- | --- | --- |',
          ...referrers.map((r) => `| \`${r.digest}\` | ${r.kind} (${r.format}) | \`${r.subject}\` |`),
          '',
        ]),
  ].join('\n');
  return {
    outputs: {
      'sbom-paths': all.map((d) => d.path).join('\n'),
      'component-count': String(json.componentCount),
      'document-digests': all.map((d) => `${d.format} ${d.digest}`).join('\n'),
      referrers: referrers.map((r) => r.digest).join('\n'),
      json: JSON.stringify(json),
    },
    summary,
  };
}

/**
 * Writes documents where the inputs say (output-file, else output-dir/sbom.cdx.json and
 * sbom.spdx.json) and returns them with the path as shown to the user. Image mode reuses this.
 */
async function writeSbomFiles(
  documents: readonly SbomDocument[],
  inputs: Pick<SbomInputs, 'outputDir' | 'outputFile' | 'allowOutsideWorkspace'>,
  environment: ActionEnvironment,
  fileName: (doc: SbomDocument, index: number) => string = (doc) => SBOM_FILE_NAMES[doc.format],
): Promise<(SbomDocument & { path: string })[]> {
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  const input = inputs.outputFile === undefined ? 'output-dir' : 'output-file';
  const failed = (error: unknown, path: string, at?: string) => {
    if (isPathFailure(error)) {
      const expected =
        input === 'output-dir' ? 'a directory the SBOMs can be written in' : 'a file path that can be written';
      return pathInputError(environment.cwd, input, inputs.outputFile ?? inputs.outputDir, expected, error, at);
    }
    return new ArtefactsError('IO_FAILED', `Cannot write ${path}: ${(error as Error).message}`, {
      cause: error,
      hint: `Check '${input}'.`,
    });
  };
  // Every file is checked first: an existing sbom/sbom.cdx.json that links out is not written through.
  const paths = documents.map((doc, index) =>
    inputs.outputFile !== undefined
      ? inWorkspace(ws, 'output-file', inputs.outputFile)
      : inWorkspace(ws, 'output-dir', resolve(environment.cwd, inputs.outputDir, fileName(doc, index))),
  );
  for (const path of new Set(paths.map((p) => dirname(p)))) {
    try {
      await mkdir(path, { recursive: true });
    } catch (error) {
      throw failed(error, path);
    }
  }
  // All documents or none: a failure on the second leaves the first as it was, never half written.
  await writeFilesTogether(
    documents.map((doc, index) => ({ path: paths[index]!, content: doc.bytes })),
    (error, { file, at }) => failed(error, file.path, at),
  );
  return documents.map((doc, index) => {
    const path = paths[index]!;
    const shown = isAbsolute(inputs.outputFile ?? inputs.outputDir)
      ? path
      : relative(environment.cwd, path).split(sep).join('/');
    environment.logger.info(`wrote ${shown} (${doc.format}, ${doc.digest})`);
    return { ...doc, path: shown };
  });
}

function sbomOutcome(result: SbomResult): ActionOutcome {
  const { subject, catalog, documents } = result;
  const ecosystems = countBy(catalog.components.map((c) => c.ecosystem));
  const scopes = countBy(catalog.components.map((c) => c.scope));
  const licences = countBy(
    catalog.components.flatMap((c) =>
      c.licenses.length === 0
        ? ['(none recorded)']
        : c.licenses.map((l) => ('expression' in l ? l.expression : l.name)),
    ),
  );
  const json = {
    subject: {
      kind: subject.kind,
      name: subject.name,
      digest: subject.digest,
      timestamp: subject.timestamp.toISOString(),
    },
    componentCount: catalog.components.length,
    ecosystems: Object.fromEntries(ecosystems),
    scopes: Object.fromEntries(scopes),
    documents: documents.map((d) => ({ format: d.format, path: d.path, digest: d.digest, mediaType: d.mediaType })),
    warnings: catalog.warnings,
  };
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const summary = [
    `### SBOM for \`${cell(subject.name)}\``,
    '',
    `${catalog.components.length} components · subject \`${subject.digest}\` · ${subject.timestamp.toISOString()}`,
    '',
    '| Ecosystem | Components |',
    '| --- | ---: |',
    ...ecosystems.map(([k, v]) => `| ${k} | ${v} |`),
    '',
    `Scopes: ${scopes.map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    '',
    '| Top licences | Components |',
    '| --- | ---: |',
    ...licences.slice(0, 10).map(([k, v]) => `| ${cell(k)} | ${v} |`),
    '',
    '| Document | Path | Digest |',
    '| --- | --- | --- |',
    ...documents.map((d) => `| ${d.format} | \`${cell(d.path)}\` | \`${d.digest}\` |`),
    ...(catalog.warnings.length === 0
      ? []
      : [
          '',
          `<details><summary>${catalog.warnings.length} warnings</summary>`,
          '',
          ...catalog.warnings.map((w) => `- ${cell(w)}`),
          '',
          '</details>',
        ]),
    '',
  ].join('\n');
  return {
    outputs: {
      'sbom-paths': documents.map((d) => d.path).join('\n'),
      'component-count': String(catalog.components.length),
      'document-digests': documents.map((d) => `${d.format} ${d.digest}`).join('\n'),
      json: JSON.stringify(json),
    },
    summary,
  };
}

/** Counts, most first, ties by name (deterministic). */
function countBy(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}
