/**
 * Replays generated histories release by release: several hundred commits of every shape the
 * calculator must read (Conventional Commits, git's reverts, footers under any header, notes on the
 * next line, whitespace after the colon, release-please's Release-As and nested commits), on main,
 * on merged branches and as squashes, in a single-package repository and in a monorepo. Before each
 * release the calculator's version is compared with the version the test computes itself from the
 * shapes it generated (their declared effect, never the code under test), then the release is tagged.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { calculateVersion } from '../../src/version/calculate.js';
import { createRepo, type TestRepo } from '../../../../test/harness/git-repo.js';
import { environment, options } from './helpers.js';

type Effect = 'none' | 'patch' | 'minor' | 'major';

/** A commit shape: the message for a numbered change, and what it does to the version. */
interface Shape {
  readonly name: string;
  readonly effect: Effect;
  readonly message: (n: number) => string;
}

const SHAPES: readonly Shape[] = [
  { name: 'feat', effect: 'minor', message: (n) => `feat(core): add widget ${n}` },
  { name: 'fix', effect: 'patch', message: (n) => `fix: handle case ${n}\n\nLonger explanation.\n\nRefs: #${n}` },
  { name: 'perf', effect: 'patch', message: (n) => `perf(io): faster path ${n}` },
  { name: 'chore', effect: 'none', message: (n) => `chore(deps): bump lib to ${n}.0.0` },
  { name: 'docs', effect: 'none', message: (n) => `docs: explain ${n}` },
  { name: 'plain', effect: 'none', message: (n) => `Update notes ${n}` },
  { name: 'no space', effect: 'none', message: (n) => `feat:widget ${n}` },
  { name: 'two spaces', effect: 'minor', message: (n) => `feat:  widget ${n}` },
  { name: 'tab', effect: 'patch', message: (n) => `fix(io):\tclose handle ${n}` },
  { name: 'bang', effect: 'major', message: (n) => `feat(api)!: remove endpoint ${n}` },
  { name: 'footer', effect: 'major', message: (n) => `fix: rename ${n}\n\nBREAKING CHANGE: option ${n} renamed` },
  {
    name: 'footer on the next line',
    effect: 'major',
    message: (n) => `refactor: config ${n}\n\nBody.\n\nBREAKING CHANGE:\nThe config ${n} moved.`,
  },
  {
    name: 'squash titled by version, breaking footers',
    effect: 'major',
    message: (n) => `v${n} (#${n})\n\n* update engine\n\n* drop old flag\n\nBREAKING-CHANGE: flag ${n} is gone`,
  },
  {
    name: 'squash with a plain title',
    effect: 'none',
    message: (n) => `Widgets ${n} (#${n})\n\n* feat: something inside\n\n* fix: another`,
  },
  {
    name: 'squash with a conventional title',
    effect: 'minor',
    message: (n) => `feat(ui): widget page ${n} (#${n})\n\n* wip\n\n* fix tests`,
  },
  {
    name: 'nested, breaking',
    effect: 'major',
    message: (n) =>
      `chore: sync ${n}\n\nBEGIN_NESTED_COMMIT\nfix(utils): encode ${n}\nBREAKING-CHANGE: encode ${n} throws no more\nEND_NESTED_COMMIT`,
  },
  {
    name: 'nested, feature',
    effect: 'minor',
    message: (n) =>
      `chore: sync ${n}\n\nBEGIN_NESTED_COMMIT\nfeat(utils): unicode ${n}\nEND_NESTED_COMMIT\nBEGIN_NESTED_COMMIT\nchore: x\nEND_NESTED_COMMIT`,
  },
];

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Package {
  readonly dir: string;
  readonly prefix: string;
  readonly paths: readonly string[];
}

/** The test's own version model: [major, minor, patch] numbers, the 0.x rule, Release-As. */
interface Model {
  previous: [number, number, number] | undefined;
  bumps: Effect[];
  /** The newest Release-As since the previous release. */
  releaseAs: [number, number, number] | undefined;
  commits: number;
}

const ORDER: readonly Effect[] = ['none', 'patch', 'minor', 'major'];

function expectedVersion(model: Model): string {
  if (model.releaseAs !== undefined) return model.releaseAs.join('.');
  if (model.previous === undefined) return '0.1.0';
  const bump = model.bumps.reduce<Effect>((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), 'none');
  const [major, minor, patch] = model.previous;
  const effective = bump === 'major' && major === 0 ? 'minor' : bump;
  if (effective === 'major') return `${major + 1}.0.0`;
  if (effective === 'minor') return `${major}.${minor + 1}.0`;
  if (effective === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor}.${patch}`;
}

/**
 * Writes history through `git fast-import` (one process per release period instead of three per
 * commit): commits on main, branches merged with a merge commit, and git's revert of an earlier
 * change (its message exactly as `git revert` writes it, the reverted file deleted).
 */
class History {
  private stream: string[] = [];
  private mark = 0;
  private time = Date.UTC(2026, 0, 1) / 1000;
  /** Marks of this period's commits whose sha is wanted afterwards. */
  private pending = new Map<number, (sha: string) => void>();
  private touched = new Set<string>();
  private readonly marks: string;

  constructor(readonly repo: TestRepo) {
    this.marks = `${repo.dir}/.git/replay-marks`;
  }

  private data(text: string): string {
    return `data ${Buffer.byteLength(text)}\n${text}\n`;
  }

  /** A commit on `ref` (after `from`, a mark, when given), with files written and deleted; returns its mark. */
  commit(
    ref: string,
    message: string,
    change: { write?: readonly string[]; remove?: readonly string[]; from?: number; merge?: number },
    onSha?: (sha: string) => void,
  ): number {
    const mark = ++this.mark;
    const who = `Ada Lovelace <ada@example.com> ${this.time++} +0000`;
    const lines = [`commit ${ref}`, `mark :${mark}`, `author ${who}`, `committer ${who}`, this.data(message).trimEnd()];
    if (change.from !== undefined) lines.push(`from :${change.from}`);
    // A branch that exists before this stream continues from its tip.
    else if (!this.touched.has(ref) && ref === 'refs/heads/main') lines.push(`from ${ref}^0`);
    this.touched.add(ref);
    if (change.merge !== undefined) lines.push(`merge :${change.merge}`);
    // A file's content is its path: a merge commit writes its branch's files again, as a merge would.
    for (const path of change.write ?? []) lines.push(`M 100644 inline ${path}`, this.data(`${path}\n`).trimEnd());
    for (const path of change.remove ?? []) lines.push(`D ${path}`);
    this.stream.push(`${lines.join('\n')}\n`);
    if (onSha !== undefined) this.pending.set(mark, onSha);
    return mark;
  }

  /** Runs the period's stream; main and branches are updated, shas handed to their callbacks. */
  flush(): void {
    if (this.stream.length === 0) return;
    execFileSync(
      'git',
      ['fast-import', '--quiet', `--import-marks-if-exists=${this.marks}`, `--export-marks=${this.marks}`],
      { cwd: this.repo.dir, input: this.stream.join(''), stdio: ['pipe', 'ignore', 'pipe'] },
    );
    this.stream = [];
    this.touched.clear();
    const shas = new Map(
      readFileSync(this.marks, 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => [Number(l.slice(1, l.indexOf(' '))), l.slice(l.indexOf(' ') + 1)] as const),
    );
    for (const [mark, onSha] of this.pending) onSha(shas.get(mark) ?? '');
    this.pending.clear();
  }
}

async function replay(seed: number, packages: readonly Package[], releases: number): Promise<number> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const repo: TestRepo = createRepo('replay-');
  repo.commit('chore: initial', { 'README.md': '# replay\n' });
  const history = new History(repo);
  const models = new Map<Package, Model>(
    packages.map((p) => [p, { previous: undefined, bumps: [], releaseAs: undefined, commits: 0 }]),
  );
  let n = 0;
  let totalCommits = 0;
  let branchFiles: string[] = [];
  /** The revertible changes: the sha of a single-package change (known once its period is written), its file, header. */
  const revertible = new Map<Package, { sha: string; file: string; header: string }[]>(packages.map((p) => [p, []]));

  /** One change in `pkg`'s directory (and `also`'s) with `shape`'s message, on `ref`. */
  const commitShape = (ref: string, pkg: Package, shape: Shape, also?: Package, from?: number): number => {
    n++;
    const file = `${pkg.dir}/f${n}.txt`;
    const write = also === undefined ? [file] : [file, `${also.dir}/f${n}.txt`];
    if (ref !== 'refs/heads/main') branchFiles.push(...write);
    const message = shape.message(n);
    totalCommits++;
    for (const p of also === undefined ? [pkg] : [pkg, also]) {
      const model = models.get(p)!;
      model.bumps.push(shape.effect);
      model.commits++;
    }
    const header = message.split('\n', 1)[0] ?? '';
    // Only single-package changes are reverted later (a revert then touches exactly one package).
    const onSha = also === undefined ? (sha: string) => revertible.get(pkg)!.push({ sha, file, header }) : undefined;
    return history.commit(ref, message, { write, ...(from === undefined ? {} : { from }) }, onSha);
  };

  for (let release = 0; release < releases; release++) {
    const count = 2 + Math.floor(rand() * 6);
    let usedReleaseAs = false;
    for (let i = 0; i < count; i++) {
      const pkg = pick(packages);
      const model = models.get(pkg)!;
      const roll = rand();
      if (roll < 0.15) {
        // A pull request merged with a merge commit: one to three commits on a branch from main.
        const branch = `refs/heads/feature/${++n}`;
        const base = history.commit('refs/heads/main', `docs: before ${n}`, { write: [`docs/${n}.md`] });
        totalCommits++;
        branchFiles = [];
        let tip = base;
        const size = 1 + Math.floor(rand() * 3);
        for (let j = 0; j < size; j++)
          tip = commitShape(branch, pkg, pick(SHAPES), undefined, j === 0 ? base : undefined);
        // main moves on meanwhile, so the merge is a real one.
        let main = base;
        if (rand() < 0.5) main = commitShape('refs/heads/main', pkg, pick(SHAPES));
        history.commit(
          'refs/heads/main',
          `Merge pull request #${n} from acme/feature/${n}\n\nfeat: the PR title is not a commit`,
          // fast-import starts a commit from its first parent's tree: the merge result is written out.
          { from: main, merge: tip, write: branchFiles },
        );
        totalCommits++;
      } else if (roll < 0.25 && revertible.get(pkg)!.length > 0) {
        // git's own revert of an earlier change of this package: a patch, whatever it reverted.
        const list = revertible.get(pkg)!;
        const { sha, file, header } = list.splice(Math.floor(rand() * list.length), 1)[0]!;
        history.commit('refs/heads/main', `Revert "${header}"\n\nThis reverts commit ${sha}.\n`, { remove: [file] });
        totalCommits++;
        model.bumps.push('patch');
        model.commits++;
      } else if (roll < 0.3 && !usedReleaseAs) {
        // release-please's Release-As, above the previous release.
        usedReleaseAs = true;
        const [major] = model.previous ?? [0, 0, 0];
        const target: [number, number, number] = [major + 1, Math.floor(rand() * 3), 0];
        n++;
        history.commit('refs/heads/main', `chore: release ${target.join('.')}\n\nRelease-As: ${target.join('.')}`, {
          write: [`${pkg.dir}/f${n}.txt`],
        });
        totalCommits++;
        model.releaseAs = target;
        model.commits++;
      } else if (roll < 0.35 && packages.length > 1) {
        // One change touching two packages counts for both.
        commitShape(
          'refs/heads/main',
          pkg,
          pick(SHAPES),
          packages.find((p) => p !== pkg),
        );
      } else {
        commitShape('refs/heads/main', pkg, pick(SHAPES));
      }
    }
    history.flush();
    // Release every package that changed, each checked against the model first.
    for (const pkg of packages) {
      const model = models.get(pkg)!;
      if (model.commits === 0) continue;
      const expected = expectedVersion(model);
      const { env } = environment(repo.dir);
      const result = await calculateVersion(options({ tagPrefix: pkg.prefix, paths: pkg.paths }), env);
      const label = `release ${release} of ${pkg.prefix} (seed ${seed}, bumps ${model.bumps.join(',')}, release-as ${model.releaseAs?.join('.') ?? '-'})`;
      expect(`${label}: ${result.version}`).toBe(`${label}: ${expected}`);
      const previous = model.previous?.join('.');
      if (expected !== previous) {
        repo.tag(`${pkg.prefix}${expected}`, { annotated: rand() < 0.5 });
        model.previous = expected.split('.').map(Number) as [number, number, number];
      }
      model.bumps = [];
      model.releaseAs = undefined;
      model.commits = 0;
    }
  }
  return totalCommits;
}

describe('replay of generated histories, release by release', () => {
  it('a single-package repository: every release as the shapes say', async () => {
    const commits = await replay(20261205, [{ dir: 'src', prefix: 'v', paths: [] }], 70);
    expect(commits).toBeGreaterThan(300);
  }, 600_000);

  it('a monorepo with a prefix and paths per package: every release of each package', async () => {
    const commits = await replay(
      7,
      [
        { dir: 'packages/api', prefix: 'api-v', paths: ['packages/api'] },
        { dir: 'packages/web', prefix: 'web-v', paths: ['packages/web'] },
      ],
      60,
    );
    expect(commits).toBeGreaterThan(250);
  }, 600_000);
});
