/**
 * `artefacts pin PATHS` and the pin action: every image reference in Kubernetes manifests,
 * kustomizations, Helm values, compose files and Dockerfiles found, each distinct tag resolved once
 * (bounded concurrency, the suite's registry client and credentials), and the references rewritten
 * to `name:tag@sha256:…` in place. With `check`, nothing is written: the share already pinned is
 * measured against `min-pinned`.
 *
 * A reference that cannot be resolved (a variable, an unreachable registry, a missing tag) is
 * reported with the reason and fails the run before any file is written, unless `allow-unresolved`.
 */
import { readFile } from 'node:fs/promises';
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { mapPool } from '../concurrency.js';
import { ArtefactsError, describeError } from '../errors.js';
import { storeFromInputs } from '../oci/open.js';
import { formatReference, type RegistryReference } from '../oci/references.js';
import type { ArtifactStore } from '../oci/store.js';
import { workspace, type Workspace } from '../paths.js';
import { withJobSummary } from '../summary.js';
import { dockerfileSites } from './dockerfile.js';
import { pinFiles, pinPathError, writePinned, type PinFile } from './files.js';
import type { PinInputs } from './inputs.js';
import { pinReport, type PinEntry, type PinResult } from './report.js';
import { applyEdits, tagKey, type Site, type TextEdit } from './sites.js';
import { yamlSites } from './yaml.js';
import { checkConnectionSettings } from '../oci/connection.js';

/** Tags resolved at once: small HEAD requests, bounded so a descriptor with hundreds of images stays polite. */
const RESOLVE_CONCURRENCY = 8;

type Resolution = { readonly digest: string } | { readonly problem: string };

interface Found {
  readonly file: PinFile;
  readonly text: string;
  readonly sites: readonly Site[];
}

async function findSites(ws: Workspace, files: readonly PinFile[], environment: ActionEnvironment) {
  const found: Found[] = [];
  const skipped: { file: string; reason: string }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file.path, 'utf8');
    } catch (error) {
      throw pinPathError(ws, file.given, 'readable files', error);
    }
    if (file.format === 'dockerfile') {
      found.push({ file, text, sites: dockerfileSites(text) });
      continue;
    }
    const { sites, error } = yamlSites(text, file.path);
    if (error !== undefined) {
      environment.logger.warning(`${file.name}: not read as YAML (${error}); skipped.`);
      skipped.push({ file: file.name, reason: error });
    } else found.push({ file, text, sites });
  }
  return { found, skipped };
}

/** Resolves each distinct key once (a tag, or with verify-pinned a digest), through one store per repository. */
function resolver(inputs: PinInputs, environment: ActionEnvironment) {
  const stores = new Map<string, ArtifactStore>();
  const store = (ref: RegistryReference): ArtifactStore => {
    const key = `${ref.registry}/${ref.repository}`;
    let opened = stores.get(key);
    if (opened === undefined) {
      // Explicit credentials go to the registry they were given for, never to another the files name.
      const ours = ref.registry === inputs.credentialsRegistry;
      opened = storeFromInputs(
        ref,
        ours ? inputs : { ...inputs, registryUsername: undefined, registryPassword: undefined },
        environment,
      );
      stores.set(key, opened);
    }
    return opened;
  };
  return async (ref: RegistryReference, target: string): Promise<Resolution> => {
    try {
      const descriptor = await store(ref).resolve(target);
      if (descriptor === undefined) return { problem: `${target} not found in ${ref.registry}/${ref.repository}` };
      return { digest: descriptor.digest };
    } catch (error) {
      return { problem: describeError(error) };
    }
  };
}

export async function runPin(inputs: PinInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  checkConnectionSettings(environment.env);
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  const files = await pinFiles(ws, inputs.paths);
  const { found, skipped } = await findSites(ws, files, environment);

  // What to ask the registries: each tag once; each pinned digest once when asked to verify them.
  const wanted = new Map<string, { ref: RegistryReference; target: string }>();
  for (const { sites } of found) {
    for (const site of sites) {
      if (site.ref === undefined) continue;
      if (site.ref.digest === undefined)
        wanted.set(tagKey(site.ref), { ref: site.ref, target: site.ref.tag ?? 'latest' });
      else if (inputs.verifyPinned) wanted.set(formatReference(site.ref), { ref: site.ref, target: site.ref.digest });
    }
  }
  const resolve = resolver(inputs, environment);
  const keys = [...wanted.keys()];
  environment.logger.info(`${keys.length} distinct reference(s) to ask the registries about.`);
  const answers = await mapPool(keys, RESOLVE_CONCURRENCY, (key) =>
    resolve(wanted.get(key)!.ref, wanted.get(key)!.target),
  );
  const resolved = new Map(keys.map((key, i) => [key, answers[i]!]));

  const entries: PinEntry[] = [];
  const edits = new Map<Found, TextEdit[]>();
  for (const item of found) {
    for (const site of item.sites) {
      const base = { file: item.file.name, line: site.line, kind: site.kind, reference: site.reference };
      if (site.ref === undefined) {
        entries.push({ ...base, status: 'unresolved', reason: site.problem });
        continue;
      }
      if (site.ref.digest !== undefined) {
        const check = inputs.verifyPinned ? resolved.get(formatReference(site.ref)) : undefined;
        if (check !== undefined && 'problem' in check) {
          entries.push({ ...base, status: 'unresolved', digest: site.ref.digest, reason: check.problem });
        } else entries.push({ ...base, status: 'pinned', digest: site.ref.digest });
        continue;
      }
      const answer = resolved.get(tagKey(site.ref))!;
      if ('problem' in answer) {
        entries.push({ ...base, status: 'unresolved', reason: answer.problem });
        continue;
      }
      entries.push({ ...base, status: inputs.check ? 'unpinned' : 'resolved', digest: answer.digest });
      if (!inputs.check) edits.set(item, [...(edits.get(item) ?? []), ...site.pin(site.ref, answer.digest)]);
    }
  }

  const result: PinResult = {
    check: inputs.check,
    minPinned: inputs.minPinned,
    entries,
    changedFiles: inputs.check ? [] : [...edits.keys()].map((item) => item.file.name),
    skipped,
  };
  const report = pinReport(result);
  const unresolved = entries.filter((e) => e.status === 'unresolved');
  // Every reference in the log first, so a failing check still shows the whole picture.
  for (const line of report.lines) environment.logger.info(line);
  if (inputs.check) {
    if (report.share < inputs.minPinned) {
      throw new ArtefactsError(
        'VERIFICATION_FAILED',
        `${report.shareText}% of ${entries.length} image reference(s) are pinned by digest, below min-pinned ${inputs.minPinned}%:\n${report.notPinned}`,
        { hint: 'Run `artefacts pin <paths>` (or the pin action without check) to pin them, then commit the change.' },
      );
    }
  } else {
    if (unresolved.length > 0 && !inputs.allowUnresolved) {
      throw new ArtefactsError(
        'REGISTRY_NOT_FOUND',
        `${unresolved.length} image reference(s) could not be resolved; no file was changed:\n${report.notPinned}`,
        { hint: 'Fix the references or the registry access, or set allow-unresolved to pin the rest and leave these.' },
      );
    }
    // All files or none: a file that cannot be written leaves the others unpinned too.
    await writePinned(
      ws,
      [...edits].map(([item, fileEdits]) => ({ file: item.file, text: applyEdits(item.text, fileEdits) })),
    );
  }
  return withJobSummary(
    {
      outputs: {
        report: report.lines.join('\n'),
        'changed-files': result.changedFiles.join('\n'),
        'pull-request-body': inputs.check ? '' : report.pullRequestBody,
        'pinned-share': report.shareText,
        json: JSON.stringify(report.json),
      },
      summary: report.summary,
    },
    inputs.check ? 'Digest pinning check' : 'Image references pinned by digest',
    `${report.shareText}% pinned`,
    environment.github,
  );
}
