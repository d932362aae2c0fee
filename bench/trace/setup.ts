// Bundled by bench/trace/run.mjs: in the registry given, builds one image with `referrers` signed
// referrers (a signature and attestations, key-signed) in <prefix>/env0 and promotes it along a chain
// env0 → env1 → … → env<promotions> with the real promote code (signed records). Prints one JSON line.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LayoutStore,
  buildImage,
  copyTree,
  memoryLogger,
  openStore,
  parsePromoteInputs,
  parseSignInputs,
  runPromote,
  runSign,
  sign,
} from '../../packages/core/src/index.js';

const [host, prefix, promotionsText, referrersText] = process.argv.slice(2);
const promotions = Number(promotionsText);
const referrers = Number(referrersText);
const dir = mkdtempSync(join(tmpdir(), 'bench-trace-setup-'));
const environment = {
  cwd: dir,
  env: { HOME: dir, DOCKER_CONFIG: dir, GITHUB_ACTOR: 'bench' },
  logger: memoryLogger(),
  github: undefined,
};
const raw = (values: Record<string, string>) => (name: string) =>
  values[name] ??
  (
    {
      'copy-referrers': 'true',
      platforms: 'all',
      record: 'true',
      keyless: 'auto',
      'sigstore-instance': 'auto',
    } as Record<string, string>
  )[name] ??
  '';

const layout = new LayoutStore(join(dir, 'layout'));
const image = await buildImage(layout, {
  layers: [{ randomBytes: 4_000 }],
  annotations: { 'org.opencontainers.image.version': '1.0.0', 'org.opencontainers.image.revision': 'a'.repeat(40) },
});
const repo = (i: number) => `${host}/${prefix}/env${i}`;
await copyTree(layout, openStore(repo(0)), image.digest, { tag: '1.0.0' });
const pair = await sign.generateKeyPair('pw');
writeFileSync(join(dir, 'cosign.key'), pair.privateKeyPem);
writeFileSync(join(dir, 'cosign.pub'), pair.publicKeyPem);
await runSign(
  parseSignInputs(raw({ image: `${repo(0)}@${image.digest}`, key: 'cosign.key', 'key-password': 'pw' })),
  environment,
);
for (let i = 1; i < referrers; i++) {
  await runSign(
    parseSignInputs(
      raw({
        image: `${repo(0)}@${image.digest}`,
        key: 'cosign.key',
        'key-password': 'pw',
        'predicate-type': `https://example.com/check/${i}`,
        predicate: JSON.stringify({ check: i }),
      }),
    ),
    environment,
  );
}
for (let i = 1; i <= promotions; i++) {
  await runPromote(
    parsePromoteInputs(
      raw({
        source: `${repo(i - 1)}@${image.digest}`,
        destinations: `${repo(i)}:1.0.0`,
        environment: `env${i}`,
        'record-key': 'cosign.key',
        'record-key-password': 'pw',
      }),
    ),
    environment,
  );
}
console.log(
  JSON.stringify({ digest: image.digest, first: repo(0), last: repo(promotions), key: join(dir, 'cosign.pub'), dir }),
);
