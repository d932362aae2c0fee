/**
 * The walls of packages/core (packages/core/README.md): lint refuses an import across them, and the
 * code as it stands keeps them. Both halves are checked: the lint rule on imports that cross a
 * wall (so a wall cannot quietly stop being enforced), and the real import graph of src/.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const src = path.join(root, 'packages/core/src');

/** Lints each probe (a file path inside src and one import) with the project's eslint config. */
function lintProbes(probes: readonly { file: string; from: string }[]): boolean[] {
  const script = `
    import { ESLint } from 'eslint';
    const probes = JSON.parse(process.argv[1]);
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const p of probes) {
      const [result] = await eslint.lintText("import { x } from '" + p.from + "';\\nexport const y = x;\\n", { filePath: p.file });
      out.push(result.messages.some((m) => m.ruleId === 'no-restricted-imports'));
    }
    console.log(JSON.stringify(out));`;
  const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(probes)], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as boolean[];
}

describe('the walls of packages/core', () => {
  it('lint refuses an import across a wall and allows one along the layers', () => {
    const refused = [
      { file: 'packages/core/src/oci/probe.ts', from: '../sign/bundle.js' },
      { file: 'packages/core/src/oci/probe.ts', from: '../promote/promote.js' },
      { file: 'packages/core/src/oci/probe.ts', from: '../inputs.js' },
      { file: 'packages/core/src/git/probe.ts', from: '../github/api.js' },
      { file: 'packages/core/src/sign/probe.ts', from: '../sbom/run.js' },
      { file: 'packages/core/src/sbom/image/probe.ts', from: '../../version/semver.js' },
      { file: 'packages/core/src/sbom/image/probe.ts', from: '../../pack/pack.js' },
      { file: 'packages/core/src/version/probe.ts', from: '../oci/media.js' },
      { file: 'packages/core/src/version/probe.ts', from: '../oci/registry.js' },
      { file: 'packages/core/src/promote/probe.ts', from: '../pack/pack.js' },
      { file: 'packages/core/src/pack/probe.ts', from: '../release/release.js' },
      { file: 'packages/core/src/errors.ts', from: './paths.js' },
      { file: 'packages/core/src/paths.ts', from: './oci/media.js' },
      { file: 'packages/core/src/sign/probe.ts', from: '../trail/trace.js' },
      { file: 'packages/core/src/inspect/probe.ts', from: '../trail/trace.js' },
    ];
    const allowed = [
      { file: 'packages/core/src/sign/probe.ts', from: '../oci/media.js' },
      { file: 'packages/core/src/sbom/image/probe.ts', from: '../inputs.js' },
      { file: 'packages/core/src/sbom/probe.ts', from: '../sign/bundle.js' },
      { file: 'packages/core/src/version/probe.ts', from: './release.js' },
      { file: 'packages/core/src/version/probe.ts', from: '../oci/references.js' },
      { file: 'packages/core/src/promote/probe.ts', from: '../sign/image.js' },
      { file: 'packages/core/src/release/probe.ts', from: '../promote/promote.js' },
      { file: 'packages/core/src/summary.ts', from: './github/context.js' },
      { file: 'packages/core/src/trail/probe.ts', from: '../inspect/describe.js' },
    ];
    const results = lintProbes([...refused, ...allowed]);
    expect(results.slice(0, refused.length)).toEqual(refused.map(() => true));
    expect(results.slice(refused.length)).toEqual(allowed.map(() => false));
  }, 120_000);

  it('no two folders of src import each other, and oci imports no other folder', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const edges = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) {
          const from = path.relative(src, full).split(path.sep)[0] as string;
          for (const m of readFileSync(full, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
            const target = path.relative(src, path.resolve(path.dirname(full), m[1] as string)).split(path.sep)[0];
            if (target !== undefined && folders.includes(target) && folders.includes(from) && target !== from) {
              edges.add(`${from}->${target}`);
            }
          }
        }
      }
    };
    walk(src);
    expect(edges.size).toBeGreaterThan(5);
    const mutual = [...edges].filter((e) => edges.has(e.split('->').reverse().join('->')));
    expect(mutual).toEqual([]);
    expect([...edges].filter((e) => e.startsWith('oci->'))).toEqual([]);
  });

  it('OCI knowledge lives once, in oci/: no descriptor type, media type, digest helper, digest check or hand-opened store elsewhere', () => {
    // Each pattern is a class of duplicate: any file outside oci/ that declares it again is named.
    const classes: Record<string, RegExp> = {
      'a Descriptor type': /^\s*(?:export\s+)?(?:interface\s+Descriptor\b|type\s+Descriptor\s*=)/m,
      'an OCI/Docker media type literal': /['"`]application\/vnd\.(?:oci|docker)\./,
      // A one-shot sha256 of bytes written out (`sha256:${createHash…}` or a helper returning one);
      // streams hashed chunk by chunk and truncated identifiers (`.slice(…)`) are other jobs.
      'a sha256 digest helper':
        /createHash\(\s*['"]sha256['"]\s*\)\s*\.update\([^;]*?\)\s*\.digest\(\s*['"]hex['"]\s*\)(?!\s*\.slice)/,
      // Opening a store from inputs (layout path, credentials map) is oci/open.ts's storeFromInputs.
      'a store opened by hand': /new LayoutStore\(|\bcredentials\[[^\]]+\]\s*=/,
      'a sha256 digest check or split':
        /sha256:\[(?:a-f0-9|0-9a-f)\]\{64\}|replace\(\/\^sha256:\/|['"]sha256:['"]\.length/,
    };
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (full !== path.join(src, 'oci')) walk(full);
        } else if (entry.name.endsWith('.ts')) {
          const text = readFileSync(full, 'utf8');
          for (const [what, pattern] of Object.entries(classes)) {
            if (pattern.test(text)) offenders.push(`${path.relative(src, full)}: ${what}`);
          }
        }
      }
    };
    walk(src);
    expect(offenders).toEqual([]);
    // The patterns themselves still find what they are for (each one matches its home in oci/).
    const oci = ['media.ts', 'references.ts', 'open.ts']
      .map((f) => readFileSync(path.join(src, 'oci', f), 'utf8'))
      .join('\n');
    expect(
      Object.entries(classes)
        .filter(([, pattern]) => !pattern.test(oci))
        .map(([what]) => what),
    ).toEqual([]);
  });
});
