/** Signing and verification: cosign-compatible keys, in-toto statements, Sigstore bundles, policy. */
export * from './keys.js';
export * from './statements.js';
export * from './dsse.js';
export * from './bundle.js';
export * from './trust.js';
export * from './verify-policy.js';
export * from './files.js';
export * from './referrer.js';
/** Descriptors are the OCI layer's (one definition); re-exported for callers of this namespace. */
export type { Descriptor } from '../oci/media.js';
export * from './plan.js';
export * from './oidc.js';
export * from './inputs.js';
export * from './github-attestations.js';
export * from './image.js';
export * from './signing-config.js';
export * from './tuf.js';
export * from './conditions.js';
export * from './predicates/index.js';
