/**
 * The tag-binding record: an in-toto statement of the project's own predicate type saying "tag T in
 * repository R is digest D (version V, from commit C)", pushed as a referrer of D before T is
 * written (promote and pack, with `bind-tags`). Signed, it is a Sigstore bundle referrer as the
 * sign action writes them; unsigned (the user signs nothing), a plain in-toto referrer. `verify
 * --tag` and `artefacts audit` read it back. Specified in docs/tag-binding.md (v1, additive only).
 */
import { prepareReferrer } from '../../oci/builder.js';
import {
  ANNOTATION_CREATED,
  ANNOTATION_REVISION,
  ANNOTATION_VERSION,
  digestHex,
  type Descriptor,
  type ImageManifest,
  type Manifest,
} from '../../oci/media.js';
import { readBlob } from '../../oci/open.js';
import { isDigest } from '../../oci/references.js';
import type { ArtifactStore, PutManifestResult, StagedReferrer } from '../../oci/store.js';
import type { RunFacts } from '../../github/run-facts.js';
import { ANNOTATION_PREDICATE, SIGSTORE_BUNDLE_ARTIFACT_TYPE } from '../artifact-types.js';
import type { SigningConfig } from '../bundle.js';
import type { Statement } from '../statements.js';

export const TAG_BINDING_PREDICATE_TYPE =
  'https://github.com/immutable-artefacts/immutable-artefacts/blob/main/docs/tag-binding.md#v1';
/** The artifactType of an unsigned binding; a signed one is a Sigstore bundle annotated with the predicate type. */
export const TAG_BINDING_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.tag-binding.v1+json';
const IN_TOTO_MEDIA_TYPE = 'application/vnd.in-toto+json';
/** A record larger than this is not read (a binding is a few hundred bytes). */
const MAX_RECORD_BYTES = 1024 * 1024;

export interface TagBindingPredicate {
  /** The repository the tag is in, as `registry/repository` (or `oci:<dir>`). */
  readonly repository: string;
  readonly tag: string;
  readonly digest: string;
  readonly version?: string;
  readonly commit?: string;
  /** ISO 8601 time the binding was written (before the tag). */
  readonly boundAt: string;
  readonly run?: {
    readonly url: string;
    readonly workflow?: string;
    readonly repository: string;
    readonly sha?: string;
  };
  /** Whether the record is signed (false: no signing key or identity was given). */
  readonly signed: boolean;
}

export interface TagBindingFacts {
  readonly repository: string;
  readonly tag: string;
  readonly digest: string;
  readonly version?: string | undefined;
  readonly commit?: string | undefined;
  readonly run?: RunFacts | undefined;
  readonly now: Date;
}

/** The in-toto statement of one binding; its subject is the bound digest in the repository. */
export function tagBindingStatement(facts: TagBindingFacts, signed: boolean): Statement {
  const given = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
  const run = facts.run;
  const predicate: TagBindingPredicate = {
    repository: facts.repository,
    tag: facts.tag,
    digest: facts.digest,
    ...(given(facts.version) === undefined ? {} : { version: facts.version! }),
    ...(given(facts.commit) === undefined ? {} : { commit: facts.commit! }),
    boundAt: facts.now.toISOString(),
    ...(run?.runUrl === undefined
      ? {}
      : {
          run: {
            url: run.runUrl,
            ...(given(run.workflowName) === undefined ? {} : { workflow: run.workflowName }),
            repository: run.repository,
            ...(given(run.sha) === undefined ? {} : { sha: run.sha }),
          },
        }),
    signed,
  };
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: facts.repository, digest: { sha256: digestHex(facts.digest) } }],
    predicateType: TAG_BINDING_PREDICATE_TYPE,
    predicate: predicate as unknown as Record<string, unknown>,
  };
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * The binding a statement states, or undefined when it is not a v1 tag binding or lacks a required
 * field (readers accept fields they do not know: v1 is additive).
 */
export function parseTagBinding(statement: unknown): TagBindingPredicate | undefined {
  const s = statement as { predicateType?: unknown; predicate?: Record<string, unknown> } | null;
  if (s === null || typeof s !== 'object' || s.predicateType !== TAG_BINDING_PREDICATE_TYPE) return undefined;
  const p = s.predicate;
  if (p === undefined || p === null || typeof p !== 'object') return undefined;
  if (!isText(p.repository) || !isText(p.tag) || !isText(p.boundAt)) return undefined;
  if (!isText(p.digest) || !isDigest(p.digest)) return undefined;
  const run = p.run as TagBindingPredicate['run'] | undefined;
  return {
    repository: p.repository,
    tag: p.tag,
    digest: p.digest,
    ...(isText(p.version) ? { version: p.version } : {}),
    ...(isText(p.commit) ? { commit: p.commit } : {}),
    boundAt: p.boundAt,
    ...(run !== undefined && run !== null && typeof run === 'object' && isText(run.url) ? { run } : {}),
    signed: p.signed === true,
  };
}

/** One binding record found among a digest's referrers (read, not verified: verify checks signatures). */
export interface FoundTagBinding {
  /** The digest of the record's manifest. */
  readonly record: string;
  /** Whether it is a Sigstore bundle (its signature is checked by verify, not here). */
  readonly signed: boolean;
  readonly binding: TagBindingPredicate;
}

/** Whether a referrer descriptor is a tag binding (either form), by its artifactType and annotation. */
export function isTagBindingReferrer(d: Descriptor): boolean {
  return (
    d.artifactType === TAG_BINDING_ARTIFACT_TYPE ||
    (d.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE &&
      d.annotations?.[ANNOTATION_PREDICATE] === TAG_BINDING_PREDICATE_TYPE)
  );
}

/**
 * The in-toto statement inside a record manifest (unsigned: the layer itself; signed: the DSSE
 * payload, read, not verified), or undefined when it is not one.
 */
export async function recordStatement(store: ArtifactStore, manifest: Manifest): Promise<unknown> {
  const layer = (manifest.parsed as ImageManifest).layers?.[0];
  if (layer === undefined || layer.size > MAX_RECORD_BYTES) return undefined;
  try {
    const parsed = JSON.parse((await readBlob(store, layer)).toString('utf8')) as {
      dsseEnvelope?: { payload?: string };
    };
    const payload = parsed.dsseEnvelope?.payload;
    return payload === undefined ? parsed : (JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as unknown);
  } catch {
    return undefined;
  }
}

/** Every tag-binding record attached to `digest` (referrers API or fallback tag; or those already listed). */
export async function findTagBindings(
  store: ArtifactStore,
  digest: string,
  referrers?: readonly Descriptor[],
): Promise<FoundTagBinding[]> {
  const listed = (referrers ?? (await store.referrers(digest))).filter(isTagBindingReferrer);
  const found: FoundTagBinding[] = [];
  for (const d of listed) {
    const binding = parseTagBinding(await recordStatement(store, await store.getManifest(d.digest)));
    if (binding !== undefined && binding.digest === digest) {
      found.push({ record: d.digest, signed: d.artifactType === SIGSTORE_BUNDLE_ARTIFACT_TYPE, binding });
    }
  }
  return found;
}

/**
 * Binds `facts.tag` to `facts.digest`: pushes the record as a referrer of the digest, unless one
 * already there binds the same (repository, tag, digest) in the same form (a re-run adds no second).
 * Returns the record's digest and whether it was written now. Call it before the tag is written.
 */
export async function bindTag(
  store: ArtifactStore,
  subject: Descriptor,
  facts: TagBindingFacts,
  signing: SigningConfig | undefined,
): Promise<{ record: string; written: boolean }> {
  const staged = await stageTagBinding(store, subject, facts, signing);
  return 'record' in staged ? staged : staged.attached(await store.putManifest(staged.manifest));
}

/**
 * bindTag up to its last step: the binding already there, or the record made ready to push (its
 * blobs uploaded) for the caller to push with other referrers of the digest. A caller binding
 * several tags of one digest passes the bindings found once (`found`), so that the digest's
 * referrers and every binding are not read again for each tag.
 */
export async function stageTagBinding(
  store: ArtifactStore,
  subject: Descriptor,
  facts: TagBindingFacts,
  signing: SigningConfig | undefined,
  found?: readonly FoundTagBinding[],
): Promise<{ record: string; written: false } | StagedReferrer<{ record: string; written: true }>> {
  const signed = signing !== undefined;
  const existing = (found ?? (await findTagBindings(store, subject.digest))).find(
    (f) => f.signed === signed && f.binding.repository === facts.repository && f.binding.tag === facts.tag,
  );
  if (existing !== undefined) return { record: existing.record, written: false };
  const statement = tagBindingStatement(facts, signed);
  const attached = ({ digest }: PutManifestResult) => ({ record: digest, written: true as const });
  if (signing !== undefined) {
    // Loaded here, not at start: the sigstore libraries cost a cold start about 0.15 s.
    const [{ signStatement }, { stageArtefact }, { bundleReferrer }] = await Promise.all([
      import('../bundle.js'),
      import('../image.js'),
      import('../referrer.js'),
    ]);
    const bundle = (await signStatement(statement, signing)).bundle;
    return { manifest: await stageArtefact(store, bundleReferrer(bundle, subject, facts.now)), attached };
  }
  const manifest = await prepareReferrer(
    store,
    subject,
    TAG_BINDING_ARTIFACT_TYPE,
    { mediaType: IN_TOTO_MEDIA_TYPE, bytes: Buffer.from(JSON.stringify(statement)) },
    {
      'dev.immutable-artefacts.predicateType': TAG_BINDING_PREDICATE_TYPE,
      'dev.immutable-artefacts.tag': facts.tag,
      [ANNOTATION_CREATED]: facts.now.toISOString(),
    },
  );
  return { manifest, attached };
}

/** The version and commit a manifest's annotations record (build-tag writes them), for a binding. */
export function versionFacts(manifest: Manifest): { version?: string; commit?: string } {
  const annotations = (manifest.parsed as ImageManifest).annotations ?? {};
  const version = annotations[ANNOTATION_VERSION];
  const commit = annotations[ANNOTATION_REVISION];
  return { ...(version ? { version } : {}), ...(commit ? { commit } : {}) };
}
