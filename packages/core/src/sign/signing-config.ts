/**
 * A Sigstore signing config (`signing_config.json`, protobuf-specs SigningConfig v0.2, what cosign
 * v3 reads with `--signing-config`): the Fulcio, Rekor and timestamp authority URLs of an instance,
 * for private Sigstore deployments (and tests). Services are chosen as the spec says: the highest
 * API version we speak, valid now, newest validity start first, at most one per operator, as many
 * as the `rekorTlogConfig` / `tsaConfig` selector asks for (ANY: one, ALL: every operator, EXACT: count).
 */
import { readFile } from 'node:fs/promises';
import { ServiceSelector, SigningConfig, type Service, type ServiceConfiguration } from '@sigstore/protobuf-specs';
import { describeError, inputError } from '../errors.js';
import type { SigstoreInstance } from './bundle.js';

const MEDIA_TYPES = [
  'application/vnd.dev.sigstore.signingconfig.v0.2+json',
  'application/vnd.dev.sigstore.signingconfig.v0.1+json',
];
/** API versions our clients speak: Fulcio v1 (…/api/v2/signingCert), Rekor v1, RFC 3161 TSA v1. */
const CA_VERSION = 1;
const REKOR_VERSION = 1;
const TSA_VERSION = 1;

function valid(service: Service, now: Date): boolean {
  const start = service.validFor?.start;
  const end = service.validFor?.end;
  return (start === undefined || start <= now) && (end === undefined || now <= end);
}

/** Services of the highest supported version, valid at `now`, newest first. */
function candidates(services: readonly Service[], maxVersion: number, now: Date): Service[] {
  const usable = services.filter((s) => s.url && s.majorApiVersion <= maxVersion && valid(s, now));
  const top = Math.max(...usable.map((s) => s.majorApiVersion));
  return usable
    .filter((s) => s.majorApiVersion === top)
    .sort((a, b) => (b.validFor?.start?.getTime() ?? 0) - (a.validFor?.start?.getTime() ?? 0));
}

function select(
  services: readonly Service[],
  config: ServiceConfiguration | undefined,
  maxVersion: number,
  what: string,
  now: Date,
  path: string,
): string[] {
  if (config === undefined) return [];
  const perOperator = new Map<string, Service>();
  for (const s of candidates(services, maxVersion, now)) {
    if (!perOperator.has(s.operator)) perOperator.set(s.operator, s);
  }
  const distinct = [...perOperator.values()];
  let wanted: number;
  switch (config.selector) {
    case ServiceSelector.ANY:
      wanted = 1;
      break;
    case ServiceSelector.ALL:
      wanted = Math.max(distinct.length, 1);
      break;
    case ServiceSelector.EXACT:
      wanted = config.count;
      break;
    default:
      throw inputError('signing-config', path, `a ${what} selector of ANY, ALL or EXACT`);
  }
  if (wanted < 1 || distinct.length < wanted) {
    throw inputError(
      'signing-config',
      path,
      `at least ${Math.max(wanted, 1)} ${what} service(s) of API version ${maxVersion} valid now, from distinct operators (found ${distinct.length})`,
    );
  }
  return distinct.slice(0, wanted).map((s) => s.url.replace(/\/+$/, ''));
}

/**
 * The instance a signing config describes. `path` names the file in messages. OIDC providers
 * listed in the config are not used: on GitHub the token comes from the Actions token service.
 */
export function instanceFromSigningConfig(json: unknown, path: string, now = new Date()): SigstoreInstance {
  let config: SigningConfig;
  try {
    const value = typeof json === 'string' ? (JSON.parse(json) as unknown) : json;
    config = SigningConfig.fromJSON(value);
  } catch (error) {
    throw inputError('signing-config', path, `a Sigstore signing config (JSON): ${describeError(error)}`);
  }
  if (!MEDIA_TYPES.includes(config.mediaType)) {
    throw inputError(
      'signing-config',
      path,
      `a Sigstore signing config with mediaType ${MEDIA_TYPES[0]} (got ${JSON.stringify(config.mediaType)})`,
    );
  }
  const [ca] = candidates(config.caUrls, CA_VERSION, now);
  if (!ca) {
    throw inputError('signing-config', path, `a certificate authority (caUrls) of API version ${CA_VERSION} valid now`);
  }
  const rekorURLs = select(config.rekorTlogUrls, config.rekorTlogConfig, REKOR_VERSION, 'Rekor', now, path);
  const tsaURLs = select(config.tsaUrls, config.tsaConfig, TSA_VERSION, 'timestamp authority', now, path);
  if (rekorURLs.length === 0 && tsaURLs.length === 0) {
    throw inputError(
      'signing-config',
      path,
      'a transparency log (rekorTlogUrls + rekorTlogConfig) and/or a timestamp authority (tsaUrls + tsaConfig)',
    );
  }
  return {
    name: `signing config ${path}`,
    fulcioURL: ca.url.replace(/\/+$/, ''),
    ...(rekorURLs[0] ? { rekorURL: rekorURLs[0], rekorURLs } : {}),
    ...(tsaURLs[0] ? { tsaURL: tsaURLs[0], tsaURLs } : {}),
  };
}

export async function readSigningConfig(path: string, shownAs: string): Promise<SigstoreInstance> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw inputError('signing-config', shownAs, `a readable signing config file (${describeError(error)})`);
  }
  return instanceFromSigningConfig(text, shownAs);
}
