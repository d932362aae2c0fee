/**
 * The version of @immutable-artefacts/cli. scripts/build.mjs writes packages/cli/package.json's version
 * over this placeholder in the bundle, so `artefacts --version` names the package it was built as.
 */
export const VERSION: string = '__ARTEFACTS_CLI_VERSION__';
