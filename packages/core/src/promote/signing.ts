/**
 * Everything promote needs from sign and verify, behind one module that promote loads with a
 * dynamic import only when a promotion signs its record or gates on a signature. The sigstore
 * libraries cost a cold start about 0.15 s, and most promotions use neither; one module keeps
 * them in one bundle chunk.
 */
export { signStatement } from '../sign/bundle.js';
export { stageArtefact } from '../sign/image.js';
export { keyOnlySignInputs, resolveSigningConfig } from '../sign/inputs.js';
export { bundleReferrer } from '../sign/referrer.js';
export { verifyPromotionSource } from './gate.js';
export { stageVerificationSummary } from '../sign/verification-summary.js';
