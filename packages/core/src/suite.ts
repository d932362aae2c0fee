/**
 * The suite's own name and version, as the documents it writes name their tool (CycloneDX
 * `metadata.tools`, SPDX `creators`, a verification summary's `verifier.version`). One value for
 * the whole suite: test/suite-version.test.ts checks it against the packages' versions, so a release
 * that bumps them cannot leave the documents naming an older one.
 */
export const SUITE_NAME = 'immutable-artefacts';
export const SUITE_VERSION = '0.1.0';
