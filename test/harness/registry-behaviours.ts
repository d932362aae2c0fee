/**
 * Registry behaviours the real docker-registry (distribution 2.8) does not have, emulated by the
 * recording proxy of registry.ts in front of it: the OCI referrers API (as a 1.1 registry answers
 * it), and the refusals of older Harbor and Quay (a manifest with `subject`, or of an artifact type
 * they do not know, answered 400 MANIFEST_INVALID). Everything else passes through to the real
 * registry, which stores what is accepted; skopeo checks what landed there.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { startProxy, type TestProxy } from './registry.js';

const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
/** Config types any registry accepts: an image's, and the OCI empty config of an artifact. */
const IMAGE_CONFIGS = [
  'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.container.image.v1+json',
  'application/vnd.oci.empty.v1+json',
];

export interface BehaviourOptions {
  /** Answer GET /v2/<name>/referrers/<digest> from the manifests with `subject` seen pushed; PUT answers OCI-Subject. */
  referrersApi?: boolean;
  /** Refuse a manifest that has a `subject` field (Quay, Harbor before 2.8). */
  refuseSubject?: boolean;
  /**
   * Refuse a manifest whose artifactType (or non-image config media type) is not listed (older
   * Harbor). Manifests of images and indexes without artifactType pass.
   */
  knownArtifactTypes?: readonly string[];
}

export interface BehaviourProxy extends TestProxy {
  /** The manifests refused, as `<repository>@<digest>: <why>`. */
  readonly refused: string[];
}

interface Seen {
  descriptor: Record<string, unknown>;
  subject: string;
}

interface PushedManifest {
  mediaType?: string;
  artifactType?: string;
  config?: { mediaType?: string };
  subject?: { digest?: string };
  annotations?: Record<string, string>;
}

const MANIFEST_PUT = /^\/v2\/(.+)\/manifests\/([^/?]+)$/;
const REFERRERS_GET = /^\/v2\/(.+)\/referrers\/(sha256:[a-f0-9]{64})(?:\?(.*))?$/;

/** Starts the proxy in front of `upstream` (host:port) with the behaviours asked for. */
export async function startBehaviourProxy(upstream: string, options: BehaviourOptions): Promise<BehaviourProxy> {
  const proxy = (await startProxy(upstream)) as TestProxy & { refused: string[] };
  const [upstreamHost, upstreamPort] = upstream.split(':');
  const referrers = new Map<string, Seen[]>();
  proxy.refused = [];

  const refuse = (res: ServerResponse, message: string) =>
    res
      .writeHead(400, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid', detail: message }] }));

  proxy.intercept = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    const get = options.referrersApi === true && req.method === 'GET' ? REFERRERS_GET.exec(url) : null;
    if (get !== null) {
      const wanted = new URLSearchParams(get[3] ?? '').get('artifactType') ?? undefined;
      const manifests = (referrers.get(`${get[1]}@${get[2]}`) ?? [])
        .map((s) => s.descriptor)
        .filter((d) => wanted === undefined || d.artifactType === wanted);
      res
        .writeHead(200, {
          'content-type': OCI_INDEX,
          ...(wanted === undefined ? {} : { 'oci-filters-applied': 'artifactType' }),
        })
        .end(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests }));
      return true;
    }
    const put = req.method === 'PUT' ? MANIFEST_PUT.exec(url) : null;
    if (put === null) return false;
    const repository = put[1]!;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
      let manifest: PushedManifest;
      try {
        manifest = JSON.parse(body.toString('utf8')) as PushedManifest;
      } catch {
        manifest = {};
      }
      const type =
        manifest.artifactType ??
        (manifest.config?.mediaType !== undefined && !IMAGE_CONFIGS.includes(manifest.config.mediaType)
          ? manifest.config.mediaType
          : undefined);
      if (options.refuseSubject === true && manifest.subject !== undefined) {
        proxy.refused.push(`${repository}@${digest}: subject`);
        refuse(res, 'unknown field "subject"');
        return;
      }
      if (
        options.knownArtifactTypes !== undefined &&
        type !== undefined &&
        !options.knownArtifactTypes.includes(type)
      ) {
        proxy.refused.push(`${repository}@${digest}: artifactType ${type}`);
        refuse(res, `unsupported artifact type ${type}`);
        return;
      }
      const upstreamReq = http.request(
        { host: upstreamHost, port: Number(upstreamPort), method: 'PUT', path: url, headers: req.headers },
        (upstreamRes) => {
          const headers = { ...upstreamRes.headers };
          const subject = manifest.subject?.digest;
          if (options.referrersApi === true && upstreamRes.statusCode === 201 && subject !== undefined) {
            const key = `${repository}@${subject}`;
            const list = (referrers.get(key) ?? []).filter((s) => s.descriptor.digest !== digest);
            list.push({
              subject,
              descriptor: {
                mediaType: manifest.mediaType,
                digest,
                size: body.length,
                ...(type === undefined ? {} : { artifactType: type }),
                ...(manifest.annotations === undefined ? {} : { annotations: manifest.annotations }),
              },
            });
            referrers.set(key, list);
            headers['oci-subject'] = subject;
          }
          res.writeHead(upstreamRes.statusCode ?? 502, headers);
          upstreamRes.pipe(res);
        },
      );
      upstreamReq.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
      });
      upstreamReq.end(body);
    });
    // The proxy resumes the request after intercept; the body is read above before that.
    return true;
  };
  return proxy;
}
