export const id = 127;
export const ids = [127];
export const modules = {

/***/ 55127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  acceptedBy: () => (/* binding */ acceptedBy),
  commandHelp: () => (/* binding */ commandHelp),
  F: () => (/* binding */ summaryOf),
  usage: () => (/* binding */ usage)
});

// UNUSED EXPORTS: outputsOf

// EXTERNAL MODULE: ./packages/cli/src/commands.ts
var commands = __webpack_require__(71218);
// EXTERNAL MODULE: ./packages/cli/src/defaults.ts
var defaults = __webpack_require__(14838);
;// CONCATENATED MODULE: ./packages/cli/src/generated/action-specs.ts
const actionSpecs = {
    "audit": {
        "summary": "Audits one repository for tags moved or deleted behind the suite's back: every immutable tag (build-tag's shape) and every tag a tag-binding or promotion record names still resolves to its recorded digest.",
        "description": "Audits one repository for tags moved or deleted behind the suite's back: every immutable tag (build-tag's shape) and every tag a tag-binding or promotion record names still resolves to its recorded digest. The report lists drifted, deleted and unbound tags; the step fails when a tag drifted or was deleted. Made for a scheduled workflow.",
        "permissions": "`contents: read`; `packages: read` to read ghcr.io with the default token.",
        "inputs": {
            "reference": {
                "description": "The repository to audit: `registry/repository` or `oci:<dir>` (relative to the workspace), without a tag or digest. Every tag in it is listed (paginated) and resolved once. A repository that is not there (one the registry does not know, an `oci:<dir>` that is not there or is not an OCI image layout) fails the step: it is never audited as an empty repository."
            },
            "fail-on-unbound": {
                "description": "Also fail when an immutable tag has no tag-binding record (see docs/tag-binding.md). Default: unbound tags are only listed (tags written before `bind-tags` was turned on have none)."
            },
            "key": {
                "description": "The record signers' public key (cosign.pub): the PEM itself or the path of the file. Given (or a keyless identity), only records that verify with it count: an unsigned record, or one signed by another, is listed as ignored and never sets what a tag should be, so a tag moved together with a forged newer record is still drift. Empty: records are read as they are, and the report says nothing was verified."
            },
            "certificate-identity": {
                "description": "Keyless: the exact certificate identity the records must be signed by, e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main."
            },
            "certificate-identity-regexp": {
                "description": "Keyless: a regular expression the certificate identity must match (instead of certificate-identity)."
            },
            "certificate-oidc-issuer": {
                "description": "Keyless: the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com."
            },
            "trusted-root": {
                "description": "A Sigstore trusted_root.json for keyless verification. Empty = fetched through the instance's TUF repository (as verify does)."
            },
            "sigstore-instance": {
                "description": "Keyless, without trusted-root: whose TUF repository the trusted root comes from (auto, public-good, github), as verify's input."
            },
            "tuf-mirror": {
                "description": "Keyless, without trusted-root, the URL of another TUF repository (as verify's input)."
            },
            "tuf-root": {
                "description": "The path of the TUF repository's initial root.json (as verify's input)."
            },
            "registry-username": {
                "description": "Registry user name (with `registry-password`); otherwise ~/.docker/config.json or, for ghcr.io, GITHUB_TOKEN."
            },
            "registry-password": {
                "description": "Registry password or token. Masked as soon as it is read."
            },
            "allow-outside-workspace": {
                "description": "`reference`, `key`, `trusted-root`, `tuf-root`: let these paths resolve outside the workspace (after symbolic links are followed)."
            }
        },
        "outputs": {
            "report": {
                "description": "The report as text, one line per drifted, deleted or unbound tag after a count line."
            },
            "drifted": {
                "description": "Tags that resolve to another digest than their newest record names, one per line."
            },
            "deleted": {
                "description": "Tags a record names that no longer exist, one per line."
            },
            "unbound": {
                "description": "Immutable tags no tag-binding record names, one per line."
            },
            "json": {
                "description": "JSON with `repository`, `tags` (how many were listed), and `bound`, `drifted`, `deleted` (each tag with the recorded `digest`, `now`, the record's `kind` (tag-binding / promotion), `record` digest, `at` and `signed`) and `unbound` (tag and digest), `ignored` (with trust options: each record not taken as evidence, its `kind`, `record`, `subject` and the `reason`) and `verification` (what the records were verified with)."
            }
        }
    },
    "build-tag": {
        "summary": "Turns a version and the git context into the immutable artefact tag (default `{{version}}-{{run_number}}-{{sha7}}`, e.g. 1.4.0-87-3f9c2ab), the image tags (floating tags such as `1`, `1.4` and `latest` only ever move forward), reproducible OCI labels and annotations, and optionally the git version tag.",
        "description": "Turns a version and the git context into the immutable artefact tag (default `{{version}}-{{run_number}}-{{sha7}}`, e.g. 1.4.0-87-3f9c2ab), the image tags (floating tags such as `1`, `1.4` and `latest` only ever move forward), reproducible OCI labels and annotations, and optionally the git version tag. Its outputs stand in for docker/metadata-action's.",
        "permissions": "`contents: read`; `contents: write` when push-git-tag is true.",
        "inputs": {
            "version": {
                "description": "The semantic version to tag, usually semver-calculate's `version` output (`1.4.0`, `2.0.0-rc.1`; a leading `v` or the tag prefix is accepted). When empty, build-tag computes it exactly as semver-calculate does with its defaults (same code)."
            },
            "images": {
                "description": "List of image names without tag (one per line or comma-separated), e.g. `ghcr.io/acme/app`, or `name=<image>,enable=<true|false>` entries. Names are lower-cased (with a notice). Each gets every tag. Empty: the `tags` output holds bare tag names."
            },
            "template": {
                "description": "The immutable tag. Placeholders: {{version}} {{major}} {{minor}} {{patch}} {{prerelease}} {{build}} {{run_number}} {{run_attempt}} {{sha}} (sha-length characters) {{sha7}} {{branch}} {{pr}} and {{date 'YYYYMMDD'}} (tokens YYYY YY MM DD HH mm ss, UTC, from the reproducible creation time)."
            },
            "tags": {
                "description": "List of extra tag rules, one per line, docker/metadata-action's syntax: `type=semver,pattern={{major}}.{{minor}}`, `type=sha` (sha-<hex>; `format=long`), `type=ref,event=branch|tag|pr` (also `type=branch`, `type=pr`; never the branch on pull requests), `type=schedule`, `type=edge`, `type=match,pattern=<regex>`, `type=raw,value=<template>`, or a bare name. Each takes prefix=, suffix=, enable= (true, false, {{is_default_branch}}), priority=. Default semver rules {{version}}, {{major}}.{{minor}}, {{major}} apply unless a type=semver, type=match or type=ref,event=tag line is given. Version tags and latest only when this run is the release; floating tags move only forward."
            },
            "flavor": {
                "description": "List of docker/metadata-action flavor lines: `latest=auto|true|false`, `prefix=<text>[,onlatest=true]`, `suffix=<text>[,onlatest=true]`, applied to every tag (the immutable one included) whose rule has no prefix or suffix of its own."
            },
            "labels": {
                "description": "List of extra labels, one `key=value` per line; they override the generated org.opencontainers.image.* labels, and `key=` (empty) removes one."
            },
            "annotations": {
                "description": "List of extra annotations, one `key=value` (every level) or `<level>:key=value` per line; they override the generated ones."
            },
            "annotation-levels": {
                "description": "List of annotation levels to emit (comma-separated): manifest, index, manifest-descriptor, index-descriptor."
            },
            "sha-length": {
                "description": "Number of hex characters in {{sha}} and type=sha tags (4 to 40)."
            },
            "push-git-tag": {
                "description": "Create the git tag `<tag-prefix><version>` on the built commit (through the GitHub API or plain git: see git-tag-transport). Already there on the same commit: nothing to do. On another commit: the step fails and the tag is never moved. Skipped on pull requests."
            },
            "annotated-tag": {
                "description": "Create the git tag as an annotated tag object (with push-git-tag)."
            },
            "tag-prefix": {
                "description": "Prefix of version tags in git (`v` for v1.4.0); used to read existing versions and to name the git tag."
            },
            "move-major-tag": {
                "description": "With push-git-tag, also point `<tag-prefix><major>` (e.g. v1) at the commit, with one atomic ref update (with git: a push leased on the value just read). This is the one deliberate mutable pointer; it only moves forward and never for 0.x or prereleases."
            },
            "git-tag-transport": {
                "description": "How push-git-tag writes tags: `github-api` (REST API, github-token with contents: write), `git` (`git push` to git-remote with the clone's own credentials: any git host, e.g. GitLab, Bitbucket, Gitea), or `auto`: the GitHub API when github-token is set and the repository is on GitHub (a GitHub Actions run, or git-remote's host is github.com or GITHUB_SERVER_URL's), else git."
            },
            "git-remote": {
                "description": "The git remote (name or URL) that push-git-tag reads tags from and pushes them to when it uses git."
            },
            "latest": {
                "description": "`auto` tags `latest` only when this is the highest stable version in the repository; `true` always; `false` never."
            },
            "context": {
                "description": "Where the ref and commit come from: `workflow` (the event) or `git` (the checked-out HEAD and its branch or tag), as docker/metadata-action's `context`."
            },
            "bake-target": {
                "description": "Name of the bake target in the bake files."
            },
            "bake-dir": {
                "description": "Directory to write the bake files into. Empty: a new folder under RUNNER_TEMP on a runner; outside a runner (the CLI) no bake file is written and the bake-file outputs are empty. A given folder must resolve inside the workspace unless `allow-outside-workspace: bake-dir`."
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs allowed to resolve outside the workspace; build-tag has one, `bake-dir`. Otherwise `bake-dir` must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE. CLI: `--allow-outside-workspace bake-dir`."
            },
            "sep-tags": {
                "description": "Separator of the `tags` and `tag-names` outputs (default a newline)."
            },
            "sep-labels": {
                "description": "Separator of the `labels` output (default a newline)."
            },
            "sep-annotations": {
                "description": "Separator of the `annotations` output (default a newline)."
            },
            "export-env": {
                "description": "Also export every docker/metadata-action output as DOCKER_METADATA_OUTPUT_<NAME> for later steps."
            },
            "github-token": {
                "description": "Token for the GitHub API (repository metadata when the event lacks it, git tags)."
            }
        },
        "outputs": {
            "version": {
                "description": "The highest-priority tag, which is the immutable tag (as docker/metadata-action's `version`)."
            },
            "tags": {
                "description": "Every `image:tag`, one per line (bare tag names when no images are given)."
            },
            "tag-names": {
                "description": "The tag names without image, one per line."
            },
            "labels": {
                "description": "The OCI labels, one `key=value` per line."
            },
            "annotations": {
                "description": "The OCI annotations, one `level:key=value` per line."
            },
            "json": {
                "description": "JSON with `tags`, `tag-names`, `labels`, `annotations` (docker/metadata-action's shape) plus `version`, `immutable-tag`, `semver`, `images`, `revision`, `created`, `skipped` and `git-tag`."
            },
            "bake-file": {
                "description": "Path of a bake definition (target docker-metadata-action) with tags, labels and args."
            },
            "bake-file-tags": {
                "description": "Path of a bake definition with the tags (and args DOCKER_META_IMAGES, DOCKER_META_VERSION)."
            },
            "bake-file-labels": {
                "description": "Path of a bake definition with the labels."
            },
            "bake-file-annotations": {
                "description": "Path of a bake definition with the annotations."
            },
            "immutable-tag": {
                "description": "The immutable artefact tag, e.g. 1.4.0-87-3f9c2ab."
            },
            "git-tag": {
                "description": "The git tag created or found on the commit (empty when push-git-tag is off or skipped)."
            },
            "git-tag-status": {
                "description": "created, exists (already on this commit) or skipped."
            }
        }
    },
    "pack": {
        "summary": "Packs any files or directories (a serverless zip, a Helm chart, a static site, model weights) into one OCI artefact and pushes it to a registry or an OCI image layout, reproducibly: the same files give the same digest on any machine (sorted entries, fixed modes and owners, file times from SOURCE_DATE_EPOCH or the HEAD commit).",
        "description": "Packs any files or directories (a serverless zip, a Helm chart, a static site, model weights) into one OCI artefact and pushes it to a registry or an OCI image layout, reproducibly: the same files give the same digest on any machine (sorted entries, fixed modes and owners, file times from SOURCE_DATE_EPOCH or the HEAD commit). Each file becomes a layer titled with its name; each directory one tar layer, as ORAS does, so `artefacts pull` and `oras pull` get the files back. A tag that already holds other content is never moved.",
        "permissions": "`contents: read`; `packages: write` to push to ghcr.io with the default token.",
        "inputs": {
            "path": {
                "description": "Files or directories to pack, one per line, relative to the workspace. Each becomes one layer titled with its name (`org.opencontainers.image.title`); names must be distinct. Symbolic links are refused."
            },
            "destination": {
                "description": "Where to push: `registry/repository[:tag]` or `oci:<dir>[:tag]` (an OCI image layout, relative to the workspace). No `@digest`: the digest is what pack computes. A layout needs a tag (here or in `tags`)."
            },
            "tags": {
                "description": "Tags to write besides the destination's own, one per line or comma-separated (`[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`), e.g. build-tag's `immutable-tag`."
            },
            "artifact-type": {
                "description": "The manifest's `artifactType`, e.g. `application/vnd.cncf.helm.chart.content.v1.tar+gzip` for a Helm chart. Default: `application/vnd.immutable-artefacts.files.v1`."
            },
            "annotations": {
                "description": "Manifest annotations, one per line: `key=value` or build-tag's `annotations` output unchanged (`manifest:key=value`; lines for index or descriptor levels are skipped). `org.opencontainers.image.created` is always set from the same reproducible time as the file times."
            },
            "compression": {
                "description": "Compression of directory layers, `gzip` or `none`."
            },
            "bind-tags": {
                "description": "Attach a tag-binding record (see docs/tag-binding.md) per tag: \"tag T in repository R is digest D\", pushed as a referrer of the digest before the tag is written, so that `verify` with `tag` and the `audit` action detect a tag moved or deleted behind the suite's back. Unsigned (pack signs nothing; promote's `bind-tags` signs with `record-key`)."
            },
            "registry-username": {
                "description": "Registry user name (with `registry-password`); otherwise ~/.docker/config.json or, for ghcr.io, GITHUB_TOKEN."
            },
            "registry-password": {
                "description": "Registry password or token. Masked as soon as it is read."
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`path`, `destination`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`."
            }
        },
        "outputs": {
            "digest": {
                "description": "The artefact's manifest digest (`sha256:<hex>`), the same for the same files."
            },
            "reference": {
                "description": "The pushed artefact by digest, `registry/repository@sha256:<hex>` or `oci:<dir>@sha256:<hex>`."
            },
            "size": {
                "description": "Total bytes of the artefact's layers (the packed content, compressed as stored)."
            },
            "json": {
                "description": "JSON with `digest`, `mediaType`, `artifactType`, `manifestSize`, `size`, `reference`, `tags`, `refs`, `created`, `createdSource` (SOURCE_DATE_EPOCH, commit or epoch), `layers` (title, digest, size, mediaType, directory), `unchanged` (true when every tag already held this digest: nothing was written) and, with `bind-tags`, `bindings` (the tag-binding record of each tag)."
            }
        }
    },
    "pin": {
        "summary": "Deploy by digest: rewrites the image references of Kubernetes manifests, kustomizations (`images:`), Helm values (`repository` / `tag` maps), compose files and Dockerfile `FROM` lines to `name:tag@sha256:…`, each distinct tag resolved once, keeping every comment and every byte of formatting around the value it changes.",
        "description": "Deploy by digest: rewrites the image references of Kubernetes manifests, kustomizations (`images:`), Helm values (`repository` / `tag` maps), compose files and Dockerfile `FROM` lines to `name:tag@sha256:…`, each distinct tag resolved once, keeping every comment and every byte of formatting around the value it changes. Hands a pull request body to a later step; with `check`, changes nothing and fails when the share of references pinned by digest is below `min-pinned`.",
        "permissions": "`contents: read` (and `packages: read` to resolve tags in private ghcr.io repositories).",
        "inputs": {
            "paths": {
                "description": "Files, directories or globs to read, one per line, relative to the workspace. Directories are walked (without `.git` and `node_modules`) for YAML files (`.yaml`, `.yml`) and Dockerfiles (`Dockerfile`, `Dockerfile.*`, `*.Dockerfile`, `Containerfile`). A YAML file that does not parse (a Helm template, say) is skipped with a warning."
            },
            "check": {
                "description": "Change nothing: report every reference (file:line, reference, pinned or not, the digest its tag resolves to now), the share pinned by digest, and fail when that share is below `min-pinned`."
            },
            "min-pinned": {
                "description": "With `check`: the share of image references that must be pinned by digest, as a percentage from 0 to 100 (`100`, `80` or `99.5`, a trailing `%` allowed). References that cannot be resolved count as not pinned."
            },
            "allow-unresolved": {
                "description": "Pin what resolves and leave the rest as it is. Otherwise a reference that cannot be resolved (a variable such as `FROM ${BASE}` or a template, an unreachable registry, a missing tag, a Helm map with an empty tag) fails the step, naming each with the reason, before any file is written."
            },
            "verify-pinned": {
                "description": "Also ask the registry whether the digest of each reference already pinned still exists (one HEAD each); a missing one is reported as unresolved. Otherwise a pinned reference is only checked to parse."
            },
            "registry": {
                "description": "The registry host registry-username and registry-password are for (e.g. ghcr.io, docker.io, 127.0.0.1:5000); required with them. They are sent to that registry only: every other registry the files name is read with ~/.docker/config.json (e.g. docker/login-action, one login per registry) or anonymously."
            },
            "registry-username": {
                "description": "Username for `registry` (with registry-password). Without it, ~/.docker/config.json is used for every registry."
            },
            "registry-password": {
                "description": "Password or token for `registry` (a secret; masked as soon as it is read)."
            },
            "allow-outside-workspace": {
                "description": "`paths` to let the files resolve outside the workspace. Otherwise every file read or written, globs and symbolic links followed, must resolve inside GITHUB_WORKSPACE, or the step fails with PATH_UNSAFE. CLI: `--allow-outside-workspace paths`."
            }
        },
        "outputs": {
            "changed-files": {
                "description": "The files rewritten, relative to the workspace, one per line (empty with check)."
            },
            "pull-request-body": {
                "description": "Markdown for a pull request that carries the change (what was pinned, to which digest, and what was left), e.g. for peter-evans/create-pull-request's `body` or `gh pr create --body`; empty when nothing changed."
            },
            "pinned-share": {
                "description": "The share of image references pinned by digest after the step, as a percentage with at most one decimal (rounded down; `100` when there are none)."
            },
            "json": {
                "description": "JSON with `check`, `minPinned`, `share`, `pinned`, `total`, `changedFiles`, `references` (file, line, kind kubernetes / kustomize / helm / compose / dockerfile / yaml, reference, status pinned / resolved / unpinned / unresolved, digest, reason) and `skipped` (files not read as YAML, with the reason)."
            }
        }
    },
    "promote": {
        "summary": "Promotes the exact bytes behind one digest to the next registry, repository or environment: resolves the source once, never rebuilds, never overwrites a tag that holds another digest (a re-run of the same digest is a success that moves nothing), copies the whole manifest tree with its referrers (signatures, attestations, SBOMs), mounts blobs instead of copying them where the registry allows, writes the tags last, and attaches a promotion record (an in-toto statement) to the digest at the destination.",
        "description": "Promotes the exact bytes behind one digest to the next registry, repository or environment: resolves the source once, never rebuilds, never overwrites a tag that holds another digest (a re-run of the same digest is a success that moves nothing), copies the whole manifest tree with its referrers (signatures, attestations, SBOMs), mounts blobs instead of copying them where the registry allows, writes the tags last, and attaches a promotion record (an in-toto statement) to the digest at the destination.",
        "permissions": "`contents: read`; `packages: write` to promote into ghcr.io with the default token.",
        "inputs": {
            "source": {
                "description": "The image to promote: `registry/repository:tag`, `registry/repository@sha256:<hex>` (recommended: the digest that passed the previous step), or `oci:<dir>[:tag]` for a local OCI image layout. It is resolved to a digest once; everything after uses only that digest."
            },
            "destinations": {
                "description": "List of destinations, one per line: a reference, optionally followed by extra tags separated by spaces, e.g. `ghcr.io/acme/app:1.4.0 stable`. A reference without a tag is promoted by digest only (unless `tags` gives tags); `oci:<dir>[:tag]` writes an OCI image layout."
            },
            "tags": {
                "description": "List of tags to write at every destination (one per line or comma-separated), besides each destination's own. Tags match `[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`."
            },
            "allow-overwrite": {
                "description": "Move a destination tag that already points at another digest. Off: such a tag fails the step, naming both digests, before a byte is copied."
            },
            "copy-referrers": {
                "description": "Copy the digest's referrers (signatures, attestations, SBOMs, earlier promotion records), recursively: `true`, `false`, or a list of artifactTypes to copy only those (e.g. `application/vnd.dev.sigstore.bundle.v0.3+json`)."
            },
            "platforms": {
                "description": "`all` promotes a multi-platform index whole, digest unchanged. One `os/arch[/variant]` (e.g. `linux/arm64`) promotes only that platform's manifest, under its own digest. A subset of several platforms is refused: it would need a new index with a new digest. A platform the source does not have is refused; a single-platform image takes only its own platform (from its config) or `all`, and is promoted whole."
            },
            "mount-from": {
                "description": "List of extra repositories in the destination registry to mount blobs from (e.g. a base image repository). The source repository is always tried when source and destination share a registry."
            },
            "require-signature": {
                "description": "Promote only what verifies. A public key (PEM text, or a path such as `cosign.pub`) for key-based signatures, or `keyless` with `certificate-identity` (or `certificate-identity-regexp`) and `certificate-oidc-issuer`. Empty: no gate. Verified by the verify action's code before a byte is copied; for keyless, against `trusted-root` or the Sigstore trusted root fetched through TUF as verify does."
            },
            "conditions": {
                "description": "With require-signature: conditions on the source digest's verified attestations, checked before a byte is copied, as the verify action's `conditions` (one per line, `[newest|every|any] <predicate type or short name>: <JMESPath expression>`; by default the newest attestation of the type must satisfy it), e.g. `approval: environment == 'prod'` or `test-result: result == 'PASSED'`."
            },
            "certificate-identity": {
                "description": "With `require-signature: keyless`: the exact certificate identity (SAN) that must have signed, e.g. `https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main`."
            },
            "certificate-identity-regexp": {
                "description": "With `require-signature: keyless`, instead of certificate-identity: a regular expression searched in the certificate identity (SAN)."
            },
            "certificate-oidc-issuer": {
                "description": "With `require-signature: keyless`: the OIDC issuer of the signing certificate, e.g. `https://token.actions.githubusercontent.com`."
            },
            "trusted-root": {
                "description": "With `require-signature: keyless`: a Sigstore trusted_root.json (Fulcio CAs, Rekor and timestamp authority keys), as the verify action's input. Empty = fetched through the TUF repository of the repository's Sigstore instance (public-good, or GitHub's for a private repository) and cached in RUNNER_TEMP."
            },
            "environment": {
                "description": "The environment being promoted to (e.g. `staging`, `production`), recorded in the promotion record."
            },
            "evidence": {
                "description": "List of files recorded by name and sha256 in the promotion record (test reports, scan results, approvals), one per line as `path` or `name=path`, relative to the workspace. Read and hashed before anything is copied."
            },
            "record": {
                "description": "Attach a promotion record to the digest at each destination where a tag was written (see docs/promotion-record.md). Signed when `record-key` is given (then `\"signed\": true`), else unsigned and says so (`\"signed\": false`)."
            },
            "bind-tags": {
                "description": "Attach a tag-binding record (see docs/tag-binding.md) per destination tag: \"tag T in repository R is digest D, version V, from commit C\", pushed as a referrer of the digest before the tag is written, and signed with `record-key` when given (else unsigned, and `verify` with `tag` says so). `verify` with `tag` and the `audit` action then detect a tag moved or deleted behind the suite's back."
            },
            "record-key": {
                "description": "Signs each promotion record: a private key (cosign / sigstore encrypted PEM text, or the path of the key file, e.g. cosign.key), or `keyless` to sign with the job's OIDC identity (needs `id-token: write`). The record is then pushed as a Sigstore bundle referrer (DSSE around the in-toto statement, as the sign action pushes attestations), which `verify` checks with `attestations` = the promotion record predicate type. Also signs the tag bindings of `bind-tags`. Masked as soon as it is read. Empty: unsigned records."
            },
            "record-key-password": {
                "description": "Password of `record-key`. Masked as soon as it is read."
            },
            "write-summary": {
                "description": "With `require-signature`: attach a signed SLSA verification summary (https://slsa.dev/verification_summary/v1) of the gate's PASSED verification at every destination, after the content and records and before any tag, so a deploy-time check (Kyverno, policy-controller) verifies one attestation. Signed with `summary-key`."
            },
            "summary-key": {
                "description": "Signs the verification summary: a private key (cosign / sigstore encrypted PEM text, or the path of the key file), or `keyless` (the job's OIDC identity; needs `id-token: write`). Required with write-summary. Masked as soon as it is read."
            },
            "summary-key-password": {
                "description": "Password of `summary-key`. Masked as soon as it is read."
            },
            "dry-run": {
                "description": "Resolve, check every tag rule and count what would be copied, but write nothing."
            },
            "concurrency": {
                "description": "Blobs streamed at once (1 to 32), shared by all layers, platforms and destinations. Blobs of 1 MiB or less, and requests that move no bytes (HEADs, mounts, manifest reads), do not wait for a slot."
            },
            "registry-username": {
                "description": "Username for the destination registries (with registry-password). Without it, credentials come from ~/.docker/config.json (e.g. after docker/login-action), or github-token for ghcr.io."
            },
            "registry-password": {
                "description": "Password or token for the destination registries (a secret; masked as soon as it is read)."
            },
            "source-username": {
                "description": "Username for the source registry when it differs from the destinations' (with source-password)."
            },
            "source-password": {
                "description": "Password or token for the source registry (a secret; masked as soon as it is read)."
            },
            "github-token": {
                "description": "Token used for ghcr.io when no other credentials are given for it (needs `packages: write` to push there). Masked as soon as it is read."
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`source`, `destinations`, `evidence`, `require-signature`, `trusted-root`, `record-key`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`."
            }
        },
        "outputs": {
            "digest": {
                "description": "The promoted digest (`sha256:<hex>`), the same at every destination."
            },
            "destination-refs": {
                "description": "Every reference written (`registry/repository:tag`, or `@digest` when promoted by digest), one per line."
            },
            "bytes-copied": {
                "description": "Bytes of blobs streamed to the destinations (mounted and skipped blobs move none)."
            },
            "blobs-copied": {
                "description": "Number of blobs streamed."
            },
            "blobs-mounted": {
                "description": "Number of blobs mounted from another repository of the same registry (no bytes moved)."
            },
            "blobs-skipped": {
                "description": "Number of blobs already present at a destination."
            },
            "referrers-copied": {
                "description": "Number of referrer manifests (signatures, attestations, SBOMs, records) copied."
            },
            "blobs-to-copy": {
                "description": "With dry-run, the number of blobs a promotion would stream (blobs-copied stays 0); otherwise 0."
            },
            "bytes-to-copy": {
                "description": "With dry-run, the bytes of blobs a promotion would stream (bytes-copied stays 0); otherwise 0."
            },
            "records": {
                "description": "The digest of each destination's promotion record (written now or found there), one per line."
            },
            "verification-summaries": {
                "description": "The digest of each destination's verification summary written (write-summary), one per line."
            },
            "json": {
                "description": "JSON with `source`, `digest`, `mediaType`, `dryRun`, `destinations` (reference, tags, status promoted / completed (the tags were there; missing records, referrers or platform manifests were added) / unchanged / planned, refs, record digest, and with `bind-tags` the tag-binding record of each tag, verificationSummary digest), the counts above, `bytesResent` (bytes streamed again after retries), `blobsToCopy`, `bytesToCopy`, `manifests`, `recordSigned`, `environment` and `gate` (signers found)."
            }
        }
    },
    "sbom": {
        "summary": "Catalogues a source tree or a container image natively (no scanner download) and writes CycloneDX 1.6 and SPDX 2.3 JSON in one pass, byte-identical for the same input.",
        "description": "Catalogues a source tree or a container image natively (no scanner download) and writes CycloneDX 1.6 and SPDX 2.3 JSON in one pass, byte-identical for the same input. Source trees: npm, yarn, pnpm, Go, Cargo, pip requirements, poetry, Pipfile, uv, Maven and Gradle lockfiles/manifests. Images (from a registry or an OCI layout, every platform of an index or those asked for): dpkg, apk, rpm (sqlite), node_modules, Python dist-info/egg-info and Go binaries, layers streamed and never unpacked to disk. Can attach each document to the image as an OCI referrer and sign it as an SBOM attestation.",
        "permissions": "contents: read; packages: write to attach or attest in GHCR (read to catalogue a private image); id-token: write for keyless attest.",
        "inputs": {
            "path": {
                "description": "Source tree (or a single lockfile) to catalogue, relative to the workspace. Used when neither image nor oci-layout is given; defaults to the workspace root. node_modules, .git and dist directories are skipped."
            },
            "exclude": {
                "description": "List of globs of paths under path not to catalogue (test fixtures, examples, dev tooling), as syft's --exclude: each starts with ./ (from the root of path), */ (one level below) or **/ (any depth); ** spans directories, a matching directory is skipped whole. E.g. ./test/**, **/fixtures/**. Source path only; passed to syft as --exclude with engine syft."
            },
            "image": {
                "description": "Registry image reference to catalogue (name@sha256:… preferred; a tag is resolved once to its digest and only that digest is read)."
            },
            "oci-layout": {
                "description": "OCI image layout to catalogue instead of a registry image: [oci:]<dir>[:tag|@sha256:…] (default tag latest)."
            },
            "formats": {
                "description": "List of formats to write, one or more of cyclonedx-json (CycloneDX 1.6) and spdx-json (SPDX 2.3); comma- or newline-separated."
            },
            "output-dir": {
                "description": "Directory the documents are written to, as sbom.cdx.json and sbom.spdx.json; for a multi-platform image one set per platform, named sbom.<os>-<arch>[-<variant>].cdx.json and .spdx.json."
            },
            "output-file": {
                "description": "Write the document to this file instead of output-dir; only when exactly one format (and at most one platform) is asked for."
            },
            "platforms": {
                "description": "List of platforms (os/arch[/variant], e.g. linux/amd64,linux/arm64) of a multi-platform image to catalogue; empty catalogues every platform. Each platform gets its own documents whose subject is that platform's manifest digest. Image mode only."
            },
            "attach": {
                "description": "Push each document as an OCI referrer of its (platform) image digest, artifactType application/vnd.cyclonedx+json or application/spdx+json; where the registry lacks the referrers API the sha256-<hex> fallback tag is updated. Re-runs on the same image push the same bytes and add no duplicate. Image mode only."
            },
            "attest": {
                "description": "Also sign each document as an SBOM attestation (in-toto, CycloneDX or SPDX predicate) about its image digest and push the Sigstore bundle as a cosign v3 referrer. Signs with key when given, else keyless (needs id-token: write). Image mode only."
            },
            "key": {
                "description": "Private key for attest: PEM text (a secret) or the path of a cosign-format key file, as the sign action takes it. Empty: keyless."
            },
            "key-password": {
                "description": "Password of key (a secret)."
            },
            "registry-username": {
                "description": "Registry user name for image mode; with registry-password. Empty: credentials from ~/.docker/config.json (docker/login-action), else anonymous."
            },
            "registry-password": {
                "description": "Registry password or token (a secret), e.g. secrets.GITHUB_TOKEN for ghcr.io."
            },
            "upload-artifact": {
                "description": "Upload the documents as a workflow artifact (through @actions/artifact) named sbom-<job>-<what>-<hash>, where the hash covers the job run (each matrix entry is its own job run, known from the runner's token), the step, the documents, their paths and the runner OS/arch, so matrix entries and repeated steps never clash; the name is the artifact-name output. Outside GitHub Actions (no ACTIONS_RUNTIME_TOKEN) nothing is uploaded and a notice says so."
            },
            "engine": {
                "description": "Cataloguing engine: native (built in, default) or syft (a syft binary on PATH or at syft-path, run with an argv array; one platform; not with attach or attest). Nothing is downloaded."
            },
            "syft-path": {
                "description": "Path of the syft binary for engine syft; empty: syft on PATH. A program to run, like PATH, so it may be outside the workspace (a tool cache) without allow-outside-workspace."
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`path`, `oci-layout`, `output-dir`, `output-file`, `key`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`."
            }
        },
        "outputs": {
            "sbom-paths": {
                "description": "Paths of the written documents, one per line, in the order of formats."
            },
            "component-count": {
                "description": "Number of distinct components (by purl) catalogued; for several platforms the sum over platforms."
            },
            "document-digests": {
                "description": "One line per document: \"<format> sha256:<hex>\" of the bytes written (per platform, in platform order)."
            },
            "referrers": {
                "description": "Digests of the referrer manifests pushed by attach and attest, one per line (empty when neither)."
            },
            "artifact-name": {
                "description": "Name of the uploaded workflow artifact (upload-artifact only)."
            },
            "artifact-id": {
                "description": "Id of the uploaded workflow artifact (upload-artifact inside GitHub Actions only)."
            },
            "json": {
                "description": "Everything above as JSON. Source: subject (kind, name, digest, timestamp), componentCount, ecosystems, scopes, documents, warnings. Image: image, digest (as resolved), componentCount, documents, platforms (each like the source form plus platform), referrers (kind, format, subject, digest)."
            }
        }
    },
    "semver-calculate": {
        "summary": "Computes the next semantic version from git tags, pull request labels and Conventional Commits, with prerelease channels, a sticky pull request preview and a job summary; deepens shallow clones instead of guessing.",
        "description": "Computes the next semantic version from git tags, pull request labels and Conventional Commits, with prerelease channels, a sticky pull request preview and a job summary; deepens shallow clones instead of guessing.",
        "permissions": "contents: read; pull-requests: write for the PR preview comment (optional).",
        "inputs": {
            "tag-prefix": {
                "description": "Prefix of version tags, matched literally: the version must follow it directly. `v` matches v1.2.3 (not vnext-1.2.3); `app-v` matches app-v1.2.3 but never app-web-v1.2.3; empty matches 1.2.3."
            },
            "paths": {
                "description": "List of paths (one per line or comma-separated): only commits touching the files they select count. Each is a path or glob relative to the working directory (the repository's root in a workflow) and selects the files at it and everything beneath it: `packages/api` every file under packages/api, `services/*/src` every file under `services/<x>/src` for any one directory x. In a glob `*`, `?` and `[…]` stay within one directory level and `**` spans any number; a glob without a `/` matches at any depth, as in .gitignore: `*.md` is every .md file, `docs/*.md` those directly in docs. `:!<path>` leaves out what the path selects; other git pathspec magic (`:(glob)`, `:/`) is refused. For monorepo packages, together with a per-package tag-prefix."
            },
            "increment": {
                "description": "Explicit bump that overrides labels and commits: major, minor, patch or none. Empty: computed."
            },
            "bump-labels": {
                "description": "List of rules, one per line, naming the pull request labels that decide the bump: `<major|minor|patch|skip>=<label>, <label>`. A skip label releases nothing. Labels outrank commits; matched case-insensitively."
            },
            "labels": {
                "description": "List of the pull/merge request's labels (one per line or comma-separated, e.g. GitLab's `$CI_MERGE_REQUEST_LABELS`), used with `bump-labels` instead of reading the labels from the GitHub event or API; for CIs with merge requests but no GitHub event. Empty: read them from GitHub."
            },
            "conventional-commits": {
                "description": "Read Conventional Commits 1.0 (`type(scope)!: description`, `BREAKING CHANGE:` and `BREAKING-CHANGE:` footers) from the commits since the previous version."
            },
            "major-types": {
                "description": "Conventional Commits types that bump major (list). Breaking changes always do."
            },
            "minor-types": {
                "description": "Conventional Commits types that bump minor (list)."
            },
            "patch-types": {
                "description": "Conventional Commits types that bump patch (list). Other types release nothing."
            },
            "major-pattern": {
                "description": "Regular expression (JavaScript, unicode) on commit messages that are not Conventional Commits: a match bumps major."
            },
            "minor-pattern": {
                "description": "Regular expression (JavaScript, unicode) on commit messages that are not Conventional Commits: a match bumps minor."
            },
            "default-bump": {
                "description": "Bump for commits that match nothing (none, patch, minor, major). Empty: none while conventional-commits is on, patch when it is off."
            },
            "initial-version": {
                "description": "The version when no version tag with the prefix exists yet."
            },
            "zero-major-breaking": {
                "description": "The 0.x rule: what a breaking change does while the major version is 0. `minor` (0.3.1 → 0.4.0) or `major` (0.3.1 → 1.0.0). Leaving 0.x is a deliberate act: increment major always gives 1.0.0."
            },
            "prerelease": {
                "description": "Release this run as a prerelease on this channel (e.g. beta → 2.0.0-beta.3), whatever the branch. Empty: from branch-channels."
            },
            "pr-channel": {
                "description": "Prerelease channel of pull request builds: `<version>-<channel>.<PR number>.<commits since base>`, e.g. 1.4.0-pr.42.7. Empty: pull requests get the plain version they will release."
            },
            "branch-channels": {
                "description": "List of prerelease channels per branch, one `<branch glob>=<channel>` per line, e.g. `release/*=rc` (counters go up per channel: 2.0.0-rc.3 → 2.0.0-rc.4). First match wins; other branches release stable versions."
            },
            "build-metadata": {
                "description": "Append build metadata `+sha.<7 hex>` to the version (OCI tags cannot carry `+`: build-tag maps it)."
            },
            "fetch-depth-policy": {
                "description": "What to do with a shallow clone or a clone without tags: `deepen` fetches history and tags from origin (blobs filtered out) and continues; `fail` stops with an error. Never a silently wrong version."
            },
            "previous-from": {
                "description": "`merged`: the previous version is the highest version tag merged into HEAD. `all`: the highest in the repository."
            },
            "comment": {
                "description": "On pull requests, keep one sticky comment with the version preview (edited in place)."
            },
            "github-token": {
                "description": "Token for the PR comment and the labels of the PR behind a pushed merge commit."
            }
        },
        "outputs": {
            "version": {
                "description": "The version of this build: the release, or a prerelease on pull requests and channels (1.4.0-pr.42.7), with build metadata when enabled."
            },
            "version-tag": {
                "description": "The version with the tag prefix (v1.4.0)."
            },
            "release-version": {
                "description": "The stable version this build releases, or will release once merged (no prerelease, no build metadata)."
            },
            "previous-version": {
                "description": "The previous stable version (prerelease tags never count); empty when there is none."
            },
            "previous-tag": {
                "description": "The tag of the previous stable version; empty when there is none."
            },
            "bump": {
                "description": "The bump applied: major, minor, patch or none."
            },
            "bump-source": {
                "description": "What decided the bump: increment, release-as (a Release-As: footer), labels, skip-label, conventional-commits, patterns, default-bump, no-releasable-commits, no-commits, tag or initial-version."
            },
            "major": {
                "description": "Major number of the version."
            },
            "minor": {
                "description": "Minor number of the version."
            },
            "patch": {
                "description": "Patch number of the version."
            },
            "prerelease": {
                "description": "Prerelease part of the version (rc.4, pr.42.7); empty for a stable version."
            },
            "build": {
                "description": "Build metadata of the version (sha.3f9c2ab); empty unless build-metadata is on."
            },
            "is-prerelease": {
                "description": "true when the version has a prerelease part."
            },
            "is-tagged": {
                "description": "true when HEAD already carries this version tag (output as-is, no bump)."
            },
            "commits-since": {
                "description": "Commits since the previous version tag (touching paths when set)."
            },
            "changelog": {
                "description": "Markdown list of the commits since the previous version, grouped by type."
            },
            "json": {
                "description": "Every output above as one JSON object, plus the reasons, labels, sha, branch, pull request and assumptions."
            }
        }
    },
    "sign": {
        "summary": "Sign an image digest (and/or files) in-process, cosign-compatible, with no binary to download: a Sigstore bundle v0.3 (DSSE, in-toto) pushed as an OCI referrer of the image exactly as cosign v3 does (the fallback tag where the registry has no referrers API), optional SLSA provenance, custom and SBOM attestations as their own referrers, optional cosign v2 `.sig` tag, and `<file>.sigstore.json` bundles beside files.",
        "description": "Sign an image digest (and/or files) in-process, cosign-compatible, with no binary to download: a Sigstore bundle v0.3 (DSSE, in-toto) pushed as an OCI referrer of the image exactly as cosign v3 does (the fallback tag where the registry has no referrers API), optional SLSA provenance, custom and SBOM attestations as their own referrers, optional cosign v2 `.sig` tag, and `<file>.sigstore.json` bundles beside files. Keyless (GitHub OIDC → Fulcio → Rekor, or GitHub's instance with a timestamp authority) or with a cosign-format key. The image reference is resolved once to its digest; the signature is always bound to the digest, never a tag.",
        "permissions": "`id-token: write` for keyless signing, `packages: write` (or the registry's own credentials) to push signatures, `attestations: write` to store bundles with GitHub's attestations API.",
        "inputs": {
            "image": {
                "description": "The image to sign: registry/repository:tag, …@sha256:…, or oci:<dir>[:tag]. A tag is resolved once to its digest and the digest is signed."
            },
            "files": {
                "description": "List of files (globs, one per line, relative to the workspace) to sign; each gets `<file>.sigstore.json` beside it."
            },
            "checksums": {
                "description": "List of checksums files (sha256sum or BSD format, one per line). Each is signed (`<file>.sigstore.json`); files it lists that are present must match; attestations cover every listed file."
            },
            "key": {
                "description": "Private key to sign with: the PEM itself (a secret: cosign `ENCRYPTED SIGSTORE PRIVATE KEY`, `ENCRYPTED COSIGN PRIVATE KEY` or PKCS#8) or the path of the key file. Empty = keyless."
            },
            "key-password": {
                "description": "The key's password. A secret. Empty: COSIGN_PASSWORD from the environment, as cosign reads it."
            },
            "identity-token": {
                "description": "An OIDC identity token for keyless signing outside GitHub Actions (GitLab `id_tokens`, Buildkite, CircleCI), as cosign's `--identity-token`. Default: the SIGSTORE_ID_TOKEN environment variable; without either, the job's GitHub OIDC token. A secret."
            },
            "keyless": {
                "description": "auto (keyless when no key is given and an identity token is given or the job can request an OIDC token), true, or false."
            },
            "transparency-log": {
                "description": "With a key: also record the signature in the instance's Rekor transparency log. Without it key-based signing touches no network (cosign v3 then verifies with `--insecure-ignore-tlog`)."
            },
            "provenance": {
                "description": "Also attest SLSA provenance v1 of this workflow run (GitHub's workflow build type)."
            },
            "predicate-type": {
                "description": "The predicate type URI of a custom attestation (with predicate or predicate-path)."
            },
            "predicate": {
                "description": "The custom attestation's predicate, as JSON text."
            },
            "predicate-path": {
                "description": "The custom attestation's predicate, as the path of a JSON file."
            },
            "attest-type": {
                "description": "Attest what a step produced, converted to the predicate the ecosystem reads: `vuln` (a trivy or grype JSON report, or SARIF, as cosign's https://cosign.sigstore.dev/attestation/vuln/v1 with the report under `scanner.result`), `test-result` (JUnit XML as in-toto's https://in-toto.io/attestation/test-result/v0.1), or `approval` (this run's actor, environment, time and run URL). Any other predicate: predicate-type with predicate-path."
            },
            "attest-path": {
                "description": "The report to attest with attest-type vuln (scanner JSON or SARIF) or test-result (JUnit XML)."
            },
            "attest-environment": {
                "description": "With attest-type approval: the environment approved for (e.g. prod). Empty = the environment the event names (deployment, deployment_protection_rule)."
            },
            "sbom-path": {
                "description": "An SBOM (CycloneDX or SPDX 2.3 JSON, e.g. from the sbom action) to attest as its own referrer (predicate types https://cyclonedx.org/bom, https://spdx.dev/Document/v2.3)."
            },
            "legacy-signature": {
                "description": "Also write the cosign v2 `sha256-<hex>.sig` tag, for teams still verifying with cosign v2 (key-based only; an existing `.sig` manifest gets the new signature as another layer)."
            },
            "force": {
                "description": "Sign again even when the digest already carries a valid signature from the same key or identity for the same statement type. By default such a statement (a re-run) is not signed and pushed again, and the job says so."
            },
            "sigstore-instance": {
                "description": "Keyless instance: auto (public-good for public repositories, github for private ones), public-good (Fulcio + Rekor), or github (GitHub's Fulcio + timestamp authority)."
            },
            "signing-config": {
                "description": "Path of a Sigstore signing config (signing_config.json, protobuf-specs SigningConfig v0.2, as cosign v3's `--signing-config` reads) naming the Fulcio, Rekor and timestamp authority URLs of another instance (e.g. a private Sigstore deployment); instead of sigstore-instance, which must then stay auto. Also gives the Rekor for `transparency-log` with a key."
            },
            "github-attestations": {
                "description": "Store keyless bundles with GitHub's attestations API so `gh attestation verify` finds them: auto (a notice, not a failure, where the API is unavailable), always, or never."
            },
            "registry-username": {
                "description": "Registry user name (else ~/.docker/config.json, as docker login writes it)."
            },
            "registry-password": {
                "description": "Registry password or token (a secret), with registry-username."
            },
            "github-token": {
                "description": "Token for GitHub's attestations API."
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`image`, `files`, `checksums`, `key`, `predicate-path`, `sbom-path`, `attest-path`, `signing-config`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`."
            }
        },
        "outputs": {
            "digest": {
                "description": "The signed image digest (sha256:…), resolved once from `image`."
            },
            "bundle-paths": {
                "description": "The `.sigstore.json` bundles written beside files, one per line."
            },
            "referrers": {
                "description": "The digests of the referrer manifests pushed (signature first, then one per attestation), one per line."
            },
            "signer": {
                "description": "The key hint (key-based) or the certificate identity (keyless)."
            },
            "transparency-log-index": {
                "description": "Rekor log indexes, one per line, when a transparency log was used."
            },
            "json": {
                "description": "Everything above as JSON (digest, image, referrers, signedAlready (referrers a re-run kept, by predicate type), legacySignature, bundlePaths, signer, transparencyLogIndex, githubAttestations)."
            }
        }
    },
    "trace": {
        "summary": "The audit record of an artefact, read-only.",
        "description": "The audit record of an artefact, read-only. `mode: trace`: from one digest, everything that ties it to its source (version and immutable tag, commit and repository, the workflow run that built it, the SBOM, the signatures, the promotions it went through: from, to, when, by whom, which gate passed (the key or identity, the signers, the conditions that held) and with which evidence, and the tags bound to it), following the repositories its promotion records name; each item verified with the trust options before it is shown, else marked UNVERIFIED with the reason (or NOT CHECKED when no trust options are given). `mode: history`: every digest promoted into one environment, newest first, from its signed records, and which one its tag points at now. The job summary draws the artefact's path through the environments as a mermaid diagram.",
        "permissions": "`packages: read` (or the registry's own credentials).",
        "inputs": {
            "reference": {
                "description": "trace: the artefact, registry/repository:tag, …@sha256:…, or oci:<dir>:tag (a tag is resolved once to its digest). history: the environment, registry/repository:tag (the environment tag, e.g. `app:prod`: the promotions that wrote that tag) or registry/repository (every promotion into it)."
            },
            "mode": {
                "description": "`trace` (everything about one digest) or `history` (every digest promoted into one environment)."
            },
            "repositories": {
                "description": "trace: list of further repositories to look in for the digest (e.g. the later environments). A promotion record lives at its destination, so a trace from the first environment needs the next ones named; from the last, the records name the earlier ones. The walk reads each repository once, at most 32."
            },
            "key": {
                "description": "The signers' public key (cosign.pub): the PEM itself or the path of the file. Signatures, attestations and promotion records are shown as verified only when they verify with it."
            },
            "certificate-identity": {
                "description": "Keyless: the exact certificate identity, e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main."
            },
            "certificate-identity-regexp": {
                "description": "Keyless: a regular expression the certificate identity must match (instead of certificate-identity)."
            },
            "certificate-oidc-issuer": {
                "description": "Keyless: the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com."
            },
            "trusted-root": {
                "description": "A Sigstore trusted_root.json for keyless verification. Empty = fetched through the instance's TUF repository (as verify does)."
            },
            "sigstore-instance": {
                "description": "Keyless, without trusted-root: whose TUF repository the trusted root comes from (auto, public-good, github), as verify's input."
            },
            "tuf-mirror": {
                "description": "Keyless, without trusted-root, the URL of another TUF repository (as verify's input)."
            },
            "tuf-root": {
                "description": "The path of the TUF repository's initial root.json (as verify's input)."
            },
            "require-verified": {
                "description": "Fail (VERIFICATION_FAILED, naming each item) when anything shown is not verified: unverified, unsigned. Needs key or certificate-identity. Off: the step succeeds and marks each item."
            },
            "registry-username": {
                "description": "Username for the reference's registry (with registry-password); other registries named by records use ~/.docker/config.json."
            },
            "registry-password": {
                "description": "Password or token for registry-username."
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (reference, repositories, key, trusted-root, tuf-root) allowed to resolve outside the workspace. An `oci:` directory named by a record outside the workspace is not read (the trace says so)."
            }
        },
        "outputs": {
            "digest": {
                "description": "trace, the traced digest; history, the digest the environment tag points at now."
            },
            "version": {
                "description": "trace, the version the artefact's manifest records."
            },
            "commit": {
                "description": "trace, the commit the artefact's manifest records."
            },
            "mermaid": {
                "description": "trace, the path through the environments as a mermaid flowchart."
            },
            "digests": {
                "description": "history, the digests promoted into the environment, newest first, one per line."
            },
            "unverified": {
                "description": "How many items shown are not verified (unverified, unsigned or not checked)."
            },
            "report": {
                "description": "The result as text (what `artefacts trace` / `artefacts history` prints)."
            },
            "json": {
                "description": "Everything as JSON: each item with its status (verified, unverified, unsigned, unchecked), reason and signer; the repositories walked; the promotions; for history, the entries newest first with `current`."
            }
        }
    },
    "verify": {
        "summary": "Verify an image digest's signatures and attestations (cosign v3 referrers through the referrers API or the fallback tag, and cosign v2 `.sig` tags), and/or files' `.sigstore.json` bundles, against a policy: a public key, or a keyless certificate identity and OIDC issuer; required attestation types; every statement's subject must be the image digest.",
        "description": "Verify an image digest's signatures and attestations (cosign v3 referrers through the referrers API or the fallback tag, and cosign v2 `.sig` tags), and/or files' `.sigstore.json` bundles, against a policy: a public key, or a keyless certificate identity and OIDC issuer; required attestation types; every statement's subject must be the image digest. Fails closed, naming the rule that failed for each referrer. promote's `require-signature` gate runs this same code.",
        "permissions": "`packages: read` (or the registry's own credentials) to read signatures.",
        "inputs": {
            "image": {
                "description": "The image to verify: registry/repository:tag, …@sha256:…, or oci:<dir>[:tag]. A tag is resolved once to its digest; signatures must be about that digest."
            },
            "tag": {
                "description": "A tag of the image's repository to check against its tag-binding record (see docs/tag-binding.md): passes only if a verified binding on the image's digest names this tag and the tag still resolves to that digest. Give `image` by digest (the digest the tag was bound to); a moved tag fails with both digests named, a deleted one with the bound digest, an unsigned binding says so."
            },
            "files": {
                "description": "List of files (globs, one per line) to verify against `<file>.sigstore.json` beside each, or digests `sha256:<hex>` of artefacts not at hand (a release asset known by its digest, a file too large to fetch; give `bundle`). A bundle may be a signature over the file's bytes or a DSSE in-toto statement naming the file's sha256 as a subject (what actions/attest-build-provenance and `gh attestation` write)."
            },
            "bundle": {
                "description": "The path of the Sigstore bundle for `files`, when it is not stored beside each file as `<file>.sigstore.json` (required for a `sha256:` digest)."
            },
            "key": {
                "description": "The signer's public key (cosign.pub): the PEM itself or the path of the file."
            },
            "certificate-identity": {
                "description": "Keyless: the exact certificate identity, e.g. https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main."
            },
            "certificate-identity-regexp": {
                "description": "Keyless: a regular expression the certificate identity must match (instead of certificate-identity)."
            },
            "certificate-oidc-issuer": {
                "description": "Keyless: the exact OIDC issuer, e.g. https://token.actions.githubusercontent.com."
            },
            "attestations": {
                "description": "List of predicate types that must be present among the verified statements (URIs, or provenance, slsa-provenance, cyclonedx, spdx, signature, vuln, test-result, approval)."
            },
            "conditions": {
                "description": "Conditions on what was attested, one per line: `[newest|every|any] <predicate type or short name>: <JMESPath expression>` (short names: vuln, test-result, approval, provenance, cyclonedx, spdx). Each must give a JMESPath-truthy value (not false, null, \"\", [] or {}) over the predicate of the newest verified attestation of that type (the default: the one attached last, so an older passing scan cannot hide a newer failing one), of `every` one, or of `any` one, e.g. `test-result: result == 'PASSED'`. Fails naming the line, the predicate type and the value found."
            },
            "offline": {
                "description": "Touch no network except the registry. Keyless without trusted-root then uses the trusted root cached by an earlier online run, else the public-good one embedded in this action (a notice says which)."
            },
            "trusted-root": {
                "description": "A Sigstore trusted_root.json (Fulcio CAs, Rekor and timestamp authority keys) for keyless verification. Empty = fetched through the instance's TUF repository (as cosign does) and cached in RUNNER_TEMP (~/.cache/immutable-artefacts/tuf outside a runner)."
            },
            "sigstore-instance": {
                "description": "Keyless, without trusted-root: whose TUF repository the trusted root comes from. auto (github for a private or internal repository, else public-good), public-good (tuf-repo-cdn.sigstore.dev) or github (tuf-repo.github.com; its initial root is not embedded, so give tuf-root once)."
            },
            "tuf-mirror": {
                "description": "Keyless, without trusted-root: the URL of another TUF repository (e.g. a private Sigstore deployment), instead of sigstore-instance; as `cosign initialize --mirror`."
            },
            "tuf-root": {
                "description": "The path of the TUF repository's initial root.json (as `cosign initialize --root`), for repositories whose root is not embedded (github, tuf-mirror); later runs reuse the cached root."
            },
            "require-transparency-log": {
                "description": "Demand a verified transparency log entry for every accepted bundle."
            },
            "write-summary": {
                "description": "After a PASSED verification of `image`, attach a signed SLSA verification summary (https://slsa.dev/verification_summary/v1) to the digest as a referrer, naming the policy and every bundle that verified, so a deploy-time check verifies one attestation. A failed verification writes none."
            },
            "summary-key": {
                "description": "Signs the verification summary: a cosign/sigstore private key (PEM text or a path such as cosign.key), or `keyless` (the job's OIDC identity; needs `id-token: write`). Required with write-summary."
            },
            "summary-key-password": {
                "description": "Password of summary-key (else COSIGN_PASSWORD)."
            },
            "show-statements": {
                "description": "Print the verified statements in full (an SBOM attestation carries the whole SBOM). By default a short result is printed: the digest, each signature's statement type, signer and the rule that accepted or refused it. The `statements` and `json` outputs always hold them."
            },
            "registry-username": {
                "description": "Registry user name (else ~/.docker/config.json, as docker login writes it)."
            },
            "registry-password": {
                "description": "Registry password or token (a secret), with registry-username."
            },
            "allow-outside-workspace": {
                "description": "List of this action's path inputs (by name, comma- or newline-separated, e.g. `key`) allowed to resolve outside the workspace. Otherwise every path input (`image`, `files`, `bundle`, `key`, `trusted-root`, `tuf-root`; `oci:` directories, key files, globs and the `.sigstore.json` files beside them included) must resolve inside GITHUB_WORKSPACE after symbolic links are followed, or the step fails with PATH_UNSAFE naming the input. RUNNER_TEMP counts as outside (other steps keep credentials there): a key written to RUNNER_TEMP needs its input listed here. CLI: `--allow-outside-workspace <input>`."
            }
        },
        "outputs": {
            "digest": {
                "description": "The verified image digest (sha256:…)."
            },
            "signer": {
                "description": "The accepted signers (key hint or certificate identity), one per line."
            },
            "predicate-types": {
                "description": "The predicate types of the verified statements, one per line."
            },
            "statements": {
                "description": "The verified in-toto statements, as a JSON array."
            },
            "transparency-log-index": {
                "description": "Rekor log indexes of the accepted bundles, one per line, when present."
            },
            "verification-summary": {
                "description": "The digest of the verification summary referrer written (write-summary), else empty."
            },
            "report": {
                "description": "The short result as text (what `artefacts verify` prints): the digest, one line per signature or file with its statement type, signer and the rule that accepted or refused it."
            },
            "json": {
                "description": "Everything above as JSON, plus legacy signatures accepted, bundles rejected (with the rule), files verified, `verificationSummary` (the summary referrer's digest, or null) and, with `tag`, the tag check (`tag`, `repository`, bound `digest`, `version`, `commit`, `boundAt`)."
            }
        }
    }
};

// EXTERNAL MODULE: ./packages/cli/src/vocabulary.ts
var vocabulary = __webpack_require__(16040);
;// CONCATENATED MODULE: ./packages/cli/src/help.ts
/**
 * The help the CLI prints: `artefacts --help` (the commands) and `artefacts <command> --help` (its
 * flags with their defaults, its outputs, an example). Every description is made of whole sentences:
 * an action's come from its action.yml through the generated specs, a CLI-only command's from its
 * entry in commands.ts, each on one line.
 */




/**
 * A paragraph as one line, indented: the terminal wraps it where it must, and nothing is cut (help
 * that is wrapped or shortened at a fixed width ends lines mid-sentence).
 */
function paragraph(text, indent) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line === '' ? [] : [`${' '.repeat(indent)}${line}`];
}
/** A command's one-sentence summary for the command list and completions. */
function summaryOf(name) {
    const command = commands/* commands */.P[name];
    if (command?.description !== undefined)
        return command.description;
    return actionSpecs[(0,vocabulary/* actionOf */.qj)(name) ?? name]?.summary ?? '';
}
function usage() {
    const names = Object.keys(commands/* commands */.P).sort();
    return [
        'usage: artefacts <command> [REF] [--<flag> <value> ...] [--json] [--summary] [--debug]',
        '       artefacts --version | --help | completion <bash|zsh|fish>',
        '',
        'commands:',
        // Whole sentences only: an action's first sentence (generated from its action.yml), a CLI-only command's description.
        ...names.map((n) => `  ${n.padEnd(18)} ${summaryOf(n)}`),
        '',
        ...paragraph('Run `artefacts <command> --help` for its flags, defaults, outputs and an example. REF is what a command acts on: the first argument, or --ref. Lists take repeated flags or newline/comma-separated values.', 0),
        '',
        'registry connection (every command):',
        '  --ca-file FILE            a private CA (PEM), trusted besides the system roots (or ARTEFACTS_CA_FILE).',
        '  --client-cert FILE        a client certificate (PEM) for registries that ask for one (or ARTEFACTS_CLIENT_CERT).',
        '  --client-key FILE         its private key (PEM) (or ARTEFACTS_CLIENT_KEY).',
        '  --insecure-registry HOST  speak plain HTTP to HOST[:PORT]; repeatable (or ARTEFACTS_INSECURE_REGISTRIES).',
        '  --registry-timeout SECS   how long a registry may send nothing (no answer, no bytes) before a request fails;',
        '                            tried once more, then given up; default 120 (or ARTEFACTS_REGISTRY_TIMEOUT).',
    ].join('\n');
}
/** The outputs a command writes (`--json` keys), each with its description. */
function outputsOf(name) {
    const action = (0,vocabulary/* actionOf */.qj)(name);
    if (action === undefined)
        return commands/* commands */.P[name]?.outputs ?? {};
    const outputs = actionSpecs[action]?.outputs ?? {};
    return Object.fromEntries(Object.entries(outputs).map(([output, s]) => [output, s.description]));
}
/** An input's description as help shows it: action.yml's, or a CLI-only command's entry in commands.ts. */
function describedInput(name, input) {
    const action = (0,vocabulary/* actionOf */.qj)(name);
    return ((action === undefined ? commands/* commands */.P[name]?.flags?.[input] : actionSpecs[action]?.inputs[input]?.description) ?? '');
}
/**
 * The opening of a description, for an error that must say what a flag accepts: its first sentence,
 * and the next when the first is too short to say much ("The immutable tag." then its placeholders).
 */
function opening(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    // A sentence ends at . ! ? before a capital, a backtick or a parenthesis; "e.g." and "i.e." do not end one.
    const ends = [...line.matchAll(/(?<!\b(?:e\.g|i\.e|etc|vs))[.!?](?= [A-Z`(])/g)].map((m) => m.index + 1);
    const first = ends[0] ?? line.length;
    return line.slice(0, first < 60 ? (ends[1] ?? line.length) : first);
}
/**
 * What a command's flag takes, for "--flag needs a value: …": the opening of its description (the
 * reference's, for --ref), or a plain "a value" for a flag the command does not describe.
 */
function acceptedBy(name, flag) {
    const inputs = flag === vocabulary/* REF_FLAG */.dS ? (0,vocabulary/* referenceInputs */.DK)(name) : [(0,vocabulary/* inputFor */.Uk)(name, flag, '') ?? flag];
    const text = inputs
        .map((input) => opening(describedInput(name, input)))
        .filter(Boolean)
        .join(' Or: ');
    return text === '' ? 'a value' : text;
}
function commandHelp(name) {
    const command = commands/* commands */.P[name];
    if (command === undefined)
        return `artefacts ${name}`;
    const inputs = (0,vocabulary/* inputsOf */.Vc)(name);
    const action = (0,vocabulary/* actionOf */.qj)(name);
    const described = (input) => describedInput(name, input);
    const references = (0,vocabulary/* referenceInputs */.DK)(name);
    const description = command.description ?? actionSpecs[action ?? name]?.description ?? '';
    const lines = [
        `usage: artefacts ${name}${references.length > 0 ? ' [REF]' : ''}${command.operands === undefined ? '' : ` [${command.operands.toUpperCase()}...]`} [flags]`,
        '',
        ...paragraph(description, 0),
    ];
    if (references.length > 0) {
        lines.push('', 'reference:', `  REF, --${vocabulary/* REF_FLAG */.dS} REF`);
        for (const input of references) {
            lines.push(...paragraph(described(input), 6));
        }
        const old = references.map((r) => `--${r}`).join(', ');
        lines.push(...paragraph(`Also accepted as ${old} (the name in action.yml), an alias of --${vocabulary/* REF_FLAG */.dS}.`, 6));
    }
    lines.push('', 'flags:');
    for (const flag of (0,vocabulary/* flagsOf */.Zo)(name).canonical) {
        if (flag === vocabulary/* REF_FLAG */.dS)
            continue;
        const input = Object.keys(inputs).find((i) => (0,vocabulary/* flagFor */._t)(name, i) === flag) ?? flag;
        const fallback = inputs[input] ?? '';
        const shown = fallback === '' ? '' : (0,defaults/* shownDefault */.rG)(fallback);
        lines.push(`  --${flag}${shown === '' ? '' : ` (default: ${shown})`}`, ...paragraph(described(input), 6));
        if (input !== flag)
            lines.push(...paragraph(`Also accepted as --${input} (the name in action.yml).`, 6));
    }
    const outputs = Object.entries(outputsOf(name));
    if (outputs.length > 0) {
        lines.push('', 'outputs (printed as name: value; all of them as JSON with --json):');
        for (const [output, text] of outputs)
            lines.push(`  ${output}`, ...paragraph(text, 6));
    }
    lines.push('', 'example:', `  ${command.example}`);
    return lines.join('\n');
}


/***/ })

};
