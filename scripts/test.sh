#!/usr/bin/env bash
# Runs every test. Installs what the tests need when it is missing:
#   - Node 24 (what GitHub runners execute actions with), from the npm registry, into .tools/node24
#   - Debian's docker-registry (a real OCI registry), skopeo (an independent client), apache2-utils (htpasswd),
#     rpm (rpmbuild and rpm write the real rpmdb.sqlite the sbom tests catalogue)
# Then: the type gate, lint, check-dist, generated-docs drift, and jest (on Node 24).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

step() { printf '\n== %s\n' "$*"; }

if [ ! -d node_modules ]; then
  step "installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

node24="$root/.tools/node24/node_modules/.bin/node"
if ! { [ -x "$node24" ] && "$node24" --version | grep -q '^v24\.'; }; then
  step "installing Node 24 from the npm registry into .tools/node24"
  mkdir -p .tools/node24
  (cd .tools/node24 && npm install --no-save --no-package-lock --no-audit --no-fund --prefix . node@24 >/dev/null)
fi
echo "node for tests: $("$node24" --version)"

missing=()
command -v docker-registry >/dev/null || missing+=(docker-registry)
command -v skopeo >/dev/null || missing+=(skopeo)
command -v htpasswd >/dev/null || missing+=(apache2-utils)
command -v rpmbuild >/dev/null || missing+=(rpm)
if [ ${#missing[@]} -gt 0 ]; then
  step "installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

step "typecheck (tsc --noEmit)"
npx tsc -p tsconfig.json --noEmit

step "lint (eslint, prettier)"
npx eslint .
npx prettier --check . >/dev/null || { npx prettier --check .; exit 1; }

step "generated docs match action.yml"
node scripts/gen-docs.mjs --check

step "check-dist: dist/ equals a fresh build"
node scripts/build.mjs --check

step "jest on Node 24"
PATH="$(dirname "$node24"):$PATH" NODE_OPTIONS="--experimental-vm-modules --no-warnings" \
  "$node24" node_modules/jest/bin/jest.js --ci "$@"

# Issue: tests must also pass on this machine's Node (20 here) where the dependencies allow. The
# sigstore libraries (node ^22.22 || ^24.15) are imported by every suite that loads core's barrel, and
# Jest on Node 20 cannot require() their ESM-only dependencies; the versioning suites do not load them.
if node --version | grep -q '^v20\.'; then
  step "jest on this machine's Node $(node --version): the versioning suites (the rest need sigstore's Node 22+)"
  NODE_OPTIONS="--experimental-vm-modules --no-warnings" node node_modules/jest/bin/jest.js --ci \
    'packages/core/test/version/(calculate|merged-tags|options|semver|conventional|histories|replay|version-tags)\.test\.ts' \
    'test/(semver-calculate|build-tag)\.test\.ts'
fi
