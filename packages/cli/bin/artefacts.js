#!/usr/bin/env node
// The artefacts command runs the CLI bundle (ncc, like the actions). Published, the bundle ships inside
// the package (../dist, put there by prepack); in the repository it is the committed dist/cli.
import { existsSync } from 'node:fs';

const packaged = new URL('../dist/index.js', import.meta.url);
await import(existsSync(packaged) ? packaged.href : new URL('../../../dist/cli/index.js', import.meta.url).href);
