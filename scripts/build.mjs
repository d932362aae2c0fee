#!/usr/bin/env node
// Bundles every action (actions/<name>/src/index.ts → dist/<name>/) and the CLI (→ dist/cli/) with ncc.
//   node scripts/build.mjs            build into dist/
//   node scripts/build.mjs --check    build into a temp dir and fail if dist/ differs (check-dist)
//   node scripts/build.mjs NAME...    build only these
//   node scripts/build.mjs --cli-package   put dist/cli into packages/cli/dist for `npm pack` (its prepack)
//   node scripts/build.mjs --cli-package-clean   remove it again (its postpack)
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));

export function bundles() {
  const list = readdirSync(join(root, 'actions'))
    .filter((name) => existsSync(join(root, 'actions', name, 'action.yml')))
    .map((name) => ({ name, entry: join(root, 'actions', name, 'src', 'index.ts') }));
  list.push({ name: 'cli', entry: join(root, 'packages', 'cli', 'src', 'index.ts') });
  return list.filter((b) => only.length === 0 || only.includes(b.name));
}

function ncc(entry, out) {
  return new Promise((resolvePromise, reject) => {
    const bin = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
    const child = spawn(
      process.execPath,
      [bin, 'build', entry, '-o', out, '--license', 'licenses.txt', '-q', '--target', 'es2022'],
      {
        cwd: root,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`ncc failed for ${entry} (exit ${code})`)),
    );
  });
}

function files(dir, base = dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

/**
 * The CLI's bundle names its package's version: the placeholder in packages/cli/src/version.ts becomes
 * packages/cli/package.json's version behind a marker, so that packing (below) can stamp it again with
 * the version being published (the release job sets it with `npm pkg set version=...`).
 */
const VERSION_PLACEHOLDER = /'__ARTEFACTS_CLI_VERSION__'|\/\* artefacts-cli-version \*\/ "[^"\n]*"/g;
function stampCliVersion(out) {
  const { version } = JSON.parse(readFileSync(join(root, 'packages', 'cli', 'package.json'), 'utf8'));
  const index = join(out, 'index.js');
  const code = readFileSync(index, 'utf8');
  if ((code.match(VERSION_PLACEHOLDER) ?? []).length !== 1)
    throw new Error(`${index}: expected one version placeholder`);
  writeFileSync(index, code.replace(VERSION_PLACEHOLDER, `/* artefacts-cli-version */ ${JSON.stringify(version)}`));
}

/**
 * The published @immutable-artefacts/cli carries the CLI bundle (dist/cli: index.js, the chunks ncc
 * splits off for lazy imports, licenses.txt) as packages/cli/dist, and nothing else that runs: the
 * bundle has core and every library inside, so the package has no runtime dependencies. The committed
 * dist/cli (checked against a fresh build in CI) is what is packed, stamped with the version being
 * packed; it is built first when missing.
 */
const packageDist = join(root, 'packages', 'cli', 'dist');
if (args.includes('--cli-package-clean')) {
  rmSync(packageDist, { recursive: true, force: true });
  process.exit(0);
}
if (args.includes('--cli-package')) {
  const bundle = join(root, 'dist', 'cli');
  if (!existsSync(join(bundle, 'index.js'))) await ncc(join(root, 'packages', 'cli', 'src', 'index.ts'), bundle);
  rmSync(packageDist, { recursive: true, force: true });
  cpSync(bundle, packageDist, { recursive: true });
  stampCliVersion(packageDist);
  process.exit(0);
}

const outRoot = check ? mkdtempSync(join(tmpdir(), 'check-dist-')) : join(root, 'dist');
const queue = bundles();
const started = Date.now();
// Two at a time: these machines have two cores.
await Promise.all(
  [0, 1].map(async () => {
    for (let b = queue.shift(); b; b = queue.shift()) {
      const out = join(outRoot, b.name);
      rmSync(out, { recursive: true, force: true });
      await ncc(b.entry, out);
      if (b.name === 'cli') stampCliVersion(out);
    }
  }),
);

if (check) {
  const problems = [];
  for (const b of bundles()) {
    const fresh = join(outRoot, b.name);
    const committed = join(root, 'dist', b.name);
    const names = new Set([...files(fresh), ...files(committed)]);
    for (const name of names) {
      const a = existsSync(join(fresh, name)) ? readFileSync(join(fresh, name)) : undefined;
      const c = existsSync(join(committed, name)) ? readFileSync(join(committed, name)) : undefined;
      if (!a || !c || !a.equals(c)) problems.push(`dist/${b.name}/${name}`);
    }
  }
  rmSync(outRoot, { recursive: true, force: true });
  if (problems.length > 0) {
    console.error(
      `dist/ does not match a fresh build: ${problems.join(', ')}\nRun \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} else {
  console.log(`built ${bundles().length} bundles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
