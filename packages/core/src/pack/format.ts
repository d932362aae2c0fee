/**
 * The pack artefact's format (the ORAS conventions, so `oras pull` reads it too):
 * - manifest: OCI image manifest with `artifactType` (default {@link DEFAULT_ARTIFACT_TYPE}),
 *   config = the empty descriptor (`{}`), annotations = the given ones (build-tag's `manifest:`
 *   lines) plus `org.opencontainers.image.created`;
 * - a file → one layer `application/octet-stream` with `org.opencontainers.image.title` = its name;
 * - a directory → one tar layer (gzip by default) titled with the directory's name, entries under
 *   `<name>/`, annotated `io.deis.oras.content.unpack: true` and `io.deis.oras.content.digest`
 *   (sha256 of the uncompressed tar).
 */
/** The default artifactType of packed files: the project's own, versioned media type. */
export const DEFAULT_ARTIFACT_TYPE = 'application/vnd.immutable-artefacts.files.v1';
/** Media type of a single packed file's layer. */
export const FILE_LAYER_MEDIA_TYPE = 'application/octet-stream';
/** ORAS: the layer is a directory tar to unpack under its title. */
export const ANNOTATION_UNPACK = 'io.deis.oras.content.unpack';
/** ORAS: sha256 of the uncompressed tar of a directory layer. */
export const ANNOTATION_CONTENT_DIGEST = 'io.deis.oras.content.digest';
