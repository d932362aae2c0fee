// Generates a linear history of N commits with a version tag every `every` commits, by git fast-import
// (seconds for 200k commits). Messages follow Conventional Commits so the calculation has work to do.
// Cached under bench/.work/ by size.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../lib.mjs';

const TYPES = ['feat', 'fix', 'chore', 'docs', 'refactor', 'perf', 'test', 'fix', 'chore', 'fix'];

export async function generateRepo({ commits, tags, tail = 7 }) {
  const dir = join(root, 'bench', '.work', `repo-${commits}-${tags}`);
  if (existsSync(join(dir, '.git', 'bench-complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] });
  const closed = new Promise((resolve, reject) =>
    child.on('close', (c) => (c === 0 ? resolve() : reject(new Error(`fast-import ${c}`)))),
  );
  let buffer = '';
  const flush = async (force = false) => {
    if (buffer.length > (force ? 0 : 1 << 20)) {
      const ok = child.stdin.write(buffer);
      buffer = '';
      if (!ok) await new Promise((r) => child.stdin.once('drain', r));
    }
  };
  let major = 1,
    minor = 0,
    patch = 0,
    tagged = 0;
  const t0 = 1_700_000_000;
  for (let i = 1; i <= commits; i++) {
    const type = TYPES[i % TYPES.length];
    const msg = `${type}(area${i % 17}): change number ${i}\n\nBody of change ${i}.\n`;
    const content = `line ${i}\n`;
    buffer += `commit refs/heads/main\nmark :${i}\nauthor Bench <bench@example.com> ${t0 + i} +0000\ncommitter Bench <bench@example.com> ${t0 + i} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}`;
    if (i > 1) buffer += `from :${i - 1}\n`;
    buffer += `M 100644 inline src/file${i % 100}.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    if (tagged < tags && i >= Math.round(((tagged + 1) * (commits - tail)) / tags)) {
      tagged++;
      if (tagged % 50 === 0) {
        major++;
        minor = 0;
        patch = 0;
      } else if (tagged % 5 === 0) {
        minor++;
        patch = 0;
      } else patch++;
      buffer += `reset refs/tags/v${major}.${minor}.${patch}\nfrom :${i}\n\n`;
    }
    await flush();
  }
  buffer += 'done\n';
  await flush(true);
  child.stdin.end();
  await closed;
  execFileSync('git', ['pack-refs', '--all'], { cwd: dir });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
  execFileSync('touch', [join(dir, '.git', 'bench-complete')]);
  return dir;
}
