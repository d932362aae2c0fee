/**
 * The read-only commands: `artefacts inspect REF`, `tree REF`, `digest REF`, `ls REPO`. Each
 * answers text for a person and `json` for a script; none writes anything anywhere.
 */
import type { ActionEnvironment, ActionOutcome } from '../action.js';
import { ArtefactsError } from '../errors.js';
import { referenceTarget } from '../oci/references.js';
import { storeFromInputs } from '../oci/open.js';
import type { ArtifactStore } from '../oci/store.js';
import { inWorkspace, linksBeneath, workspace } from '../paths.js';
import { describeArtefact } from './describe.js';
import type { LsInputs, ReadInputs } from './inputs.js';
import { listArtefactTags } from './tags.js';
import { attachedTree, treeLines } from './tree.js';
import { checkConnectionSettings } from '../oci/connection.js';

function open(inputs: ReadInputs, environment: ActionEnvironment): ArtifactStore {
  checkConnectionSettings(environment.env);
  const ws = workspace(environment.cwd, inputs.allowOutsideWorkspace);
  if (inputs.ref.kind === 'layout') inWorkspace(ws, 'reference', inputs.ref.path);
  return storeFromInputs(inputs.ref, inputs, environment, linksBeneath(ws, 'reference'));
}

async function digestOf(store: ArtifactStore, inputs: ReadInputs): Promise<string> {
  const target = referenceTarget(inputs.ref);
  const found = await store.resolve(target);
  if (found === undefined) {
    throw new ArtefactsError('REGISTRY_NOT_FOUND', `${inputs.reference}: no such tag or digest in ${store.location}.`);
  }
  return found.digest;
}

const fenced = (lines: readonly string[]) => ['```', ...lines, '```', ''].join('\n');

export async function runDigest(inputs: ReadInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const digest = await digestOf(open(inputs, environment), inputs);
  return {
    // `report` is what the CLI prints: the digest alone, so that $(artefacts digest REF) is the digest.
    outputs: { digest, report: digest, json: JSON.stringify({ reference: inputs.reference, digest }) },
    summary: `### Digest of \`${inputs.reference}\`\n\n\`${digest}\`\n`,
  };
}

export async function runInspect(inputs: ReadInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const store = open(inputs, environment);
  const described = await describeArtefact(store, referenceTarget(inputs.ref));
  const lines = [
    `digest: ${described.digest}`,
    `media type: ${described.mediaType}`,
    `kind: ${described.kind}${described.artifactType ? ` (${described.artifactType})` : ''}`,
    `size: ${described.size} bytes`,
    ...(described.platforms.length > 0 ? [`platforms: ${described.platforms.join(', ')}`] : []),
    ...(described.created ? [`created: ${described.created}`] : []),
    ...(described.version ? [`version: ${described.version}`] : []),
    ...(described.revision ? [`revision: ${described.revision}`] : []),
    ...(described.immutableTag ? [`immutable tag: ${described.immutableTag}`] : []),
    ...Object.entries(described.annotations).map(([k, v]) => `annotation ${k}: ${v}`),
  ];
  return {
    outputs: {
      report: lines.join('\n'),
      digest: described.digest,
      'media-type': described.mediaType,
      version: described.version ?? '',
      'immutable-tag': described.immutableTag ?? '',
      json: JSON.stringify(described),
    },
    summary: `### \`${inputs.reference}\`\n\n${fenced(lines)}`,
  };
}

export async function runTree(inputs: ReadInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const store = open(inputs, environment);
  const digest = await digestOf(store, inputs);
  const attached = await attachedTree(store, digest);
  const lines = [`${store.location}@${digest}`, ...treeLines(attached)];
  if (attached.length === 0) lines.push('(nothing attached)');
  return {
    outputs: {
      report: lines.join('\n'),
      digest,
      json: JSON.stringify({ reference: inputs.reference, digest, attached }),
    },
    summary: `### Attached to \`${inputs.reference}\`\n\n${fenced(lines)}`,
  };
}

export async function runLs(inputs: LsInputs, environment: ActionEnvironment): Promise<ActionOutcome> {
  const store = open(inputs, environment);
  const tags = await listArtefactTags(store, { immutable: inputs.immutable });
  const lines = tags.map((t) => (t.digest ? `${t.tag} ${t.digest}` : t.tag));
  const report = lines.length > 0 ? lines.join('\n') : `(no ${inputs.immutable ? 'immutable ' : ''}tags)`;
  return {
    outputs: {
      report,
      tags: tags.map((t) => t.tag).join('\n'),
      json: JSON.stringify({ repository: store.location, tags }),
    },
    summary: `### Tags of \`${inputs.reference}\`\n\n${fenced(lines)}`,
  };
}
