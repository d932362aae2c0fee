/**
 * Installed-package catalogers that work on file CONTENT, so that whatever walks an image
 * (layers from a registry or an OCI layout) can feed them: dpkg status and distroless status.d,
 * apk installed, rpm's sqlite database, os-release, node_modules package.json, Python
 * dist-info METADATA / egg-info PKG-INFO, and Go build information embedded in binaries.
 * `location` is what the component's found-in says (the image walker passes `<layer>:<path>`).
 */
export * from './catalogers/os.js';
export * from './catalogers/dpkg.js';
export * from './catalogers/apk.js';
export * from './catalogers/rpm.js';
export * from './catalogers/language.js';
export * from './catalogers/golang.js';
