#!/usr/bin/env node
// The artefacts command. The CLI is bundled by ncc like the actions; this shim runs the bundle.
import '../../../dist/cli/index.js';
