#!/bin/sh
# Release from any CI or a laptop with the artefacts CLI and a POSIX shell: the next version from git,
# the immutable tag, dist/ packed once and pushed by digest, its SBOM, a signature (the SBOM attested
# beside it), verification, and promotion of the same digest to production, verified there again.
#
# Needs: `artefacts` on PATH (or ARTEFACTS), the repository's git history with its tags, and
# credentials for the registry where Docker and crane find them (`docker login`, credHelpers,
# credsStore, DOCKER_CONFIG, REGISTRY_AUTH_FILE). The signing key: COSIGN_KEY (a path or the PEM),
# its password in COSIGN_PASSWORD (never on the command line), COSIGN_PUBLIC_KEY to verify.
set -eu

: "${REGISTRY:?set REGISTRY, e.g. registry.example.com}"
: "${REPOSITORY:=acme/widgets}"
: "${DIST:=dist}"
: "${SBOM_DIR:=sbom}"
: "${COSIGN_KEY:=cosign.key}"
: "${COSIGN_PUBLIC_KEY:=cosign.pub}"
: "${ARTEFACTS:=artefacts}"
DEV="$REGISTRY/$REPOSITORY-dev"
PROD="$REGISTRY/$REPOSITORY"

# One value of a command's output (`name: value` lines).
output() { sed -n "s/^$1: //p"; }

# 1. The next version, from the tags and Conventional Commits since the last one.
version=$($ARTEFACTS semver-calculate | output version)

# 2. The immutable tag of this build (version, run number, commit), e.g. 1.4.0-87-3f9c2ab.
tag=$($ARTEFACTS build-tag --version "$version" --images "$DEV" | output immutable-tag)

# 3. dist/ packed reproducibly into one OCI artefact; from here on only its digest is used.
digest=$($ARTEFACTS pack --path "$DIST" --destination "$DEV:$tag" | output digest)

# 4. The SBOM of what was packed (CycloneDX and SPDX).
$ARTEFACTS sbom --path "$DIST" --output-dir "$SBOM_DIR"

# 5. Sign the digest, and attest the SBOM about it, each as a referrer in the registry.
$ARTEFACTS sign --image "$DEV@$digest" --key "$COSIGN_KEY" --sbom-path "$SBOM_DIR/sbom.cdx.json"

# 6. Verify before promoting: the signature and the SBOM attestation, by the public key.
$ARTEFACTS verify --image "$DEV@$digest" --key "$COSIGN_PUBLIC_KEY" --attestations https://cyclonedx.org/bom

# 7. Promote the same bytes to production (signatures and SBOM with them, a promotion record added).
$ARTEFACTS promote --source "$DEV@$digest" --destinations "$PROD:$tag" --environment production

# 8. What production holds is what was verified.
$ARTEFACTS verify --image "$PROD:$tag" --key "$COSIGN_PUBLIC_KEY"
echo "released $PROD:$tag@$digest"
