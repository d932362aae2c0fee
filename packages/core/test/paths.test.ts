import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ArtefactsError,
  inWorkspace,
  isPathFailure,
  keyInWorkspace,
  originError,
  parseAllowOutsideWorkspace,
  pathInputError,
  PathRefusal,
  plainValue,
  workspace,
  workspaceGlob,
} from '@immutable-artefacts/core';

const raw = (values: Record<string, string>) => (name: string) => values[name] ?? '';

function caught(fn: () => unknown): ArtefactsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ArtefactsError);
    return error as ArtefactsError;
  }
  throw new Error('expected an error');
}

async function rejected(promise: Promise<unknown>): Promise<ArtefactsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ArtefactsError);
    return error as ArtefactsError;
  }
  throw new Error('expected a rejection');
}

// <base>/work is the workspace; <base>/outside holds what must never be reached.
let base: string;
let root: string;
let outside: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'paths-'));
  root = join(base, 'work');
  outside = join(base, 'outside');
  mkdirSync(join(root, 'dist', 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'dist', 'app.txt'), 'app');
  writeFileSync(join(root, 'dist', 'sub', 'b.txt'), 'b');
  writeFileSync(join(outside, 'victim.txt'), 'secret');
  symlinkSync(join(outside, 'victim.txt'), join(root, 'dist', 'link-out.txt'));
  symlinkSync(join(root, 'dist', 'app.txt'), join(root, 'link-in.txt'));
  symlinkSync(outside, join(root, 'out-dir'));
  symlinkSync(join(outside, 'not-there.json'), join(root, 'dangling.json'));
  // The workspace reached through a link of its own is still the workspace.
  symlinkSync(root, join(base, 'work-link'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('inWorkspace', () => {
  it('resolves paths inside the workspace, relative or absolute, to the absolute path as given', () => {
    const ws = workspace(root);
    expect(inWorkspace(ws, 'path', 'dist/app.txt')).toBe(join(root, 'dist', 'app.txt'));
    expect(inWorkspace(ws, 'path', join(root, 'dist'))).toBe(join(root, 'dist'));
    expect(inWorkspace(ws, 'path', '.')).toBe(root);
    expect(inWorkspace(ws, 'path', 'dist/sub/../app.txt')).toBe(join(root, 'dist', 'app.txt'));
    // A link that stays inside is fine, and the link's own path is kept (pack titles layers with it).
    expect(inWorkspace(ws, 'path', 'link-in.txt')).toBe(join(root, 'link-in.txt'));
    expect(inWorkspace(workspace(join(base, 'work-link')), 'path', 'dist/app.txt')).toBe(
      join(base, 'work-link', 'dist', 'app.txt'),
    );
  });

  it.each([
    ['`..` out of the workspace', '../outside/victim.txt'],
    ['an absolute path elsewhere', '/etc/passwd'],
    ['the parent directory itself', '..'],
    ['a symbolic link to a file outside', 'dist/link-out.txt'],
    ['a file under a symbolic link to a directory outside', 'out-dir/victim.txt'],
    ['a not-yet-existing output under a symbolic link to a directory outside', 'out-dir/new/bom.json'],
    ['a dangling symbolic link pointing outside (a write would land there)', 'dangling.json'],
  ])('refuses %s with PATH_UNSAFE naming the input', (_what, value) => {
    const error = caught(() => inWorkspace(workspace(root), 'output-file', value));
    expect(error.code).toBe('PATH_UNSAFE');
    expect(error.message).toMatch(/^Input 'output-file': /);
    expect(error.message).toContain(JSON.stringify(value));
    expect(error.hint).toContain('allow-outside-workspace');
  });

  it('accepts a not-yet-existing output under a real directory of the workspace', () => {
    expect(inWorkspace(workspace(root), 'output-dir', 'sbom/new/x.json')).toBe(join(root, 'sbom', 'new', 'x.json'));
  });

  it('lets out only the inputs listed in allow-outside-workspace', () => {
    const ws = workspace(
      root,
      parseAllowOutsideWorkspace(raw({ 'allow-outside-workspace': 'key, files' }), ['key', 'files', 'path']),
    );
    expect(inWorkspace(ws, 'key', '../outside/victim.txt')).toBe(join(outside, 'victim.txt'));
    expect(inWorkspace(ws, 'files', 'dist/link-out.txt')).toBe(join(root, 'dist', 'link-out.txt'));
    expect(caught(() => inWorkspace(ws, 'path', '../outside/victim.txt')).code).toBe('PATH_UNSAFE');
  });

  it('refuses an allow-outside-workspace name that is not a path input of the action', () => {
    const error = caught(() => parseAllowOutsideWorkspace(raw({ 'allow-outside-workspace': 'key\n*' }), ['key']));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toMatch(/^Input 'allow-outside-workspace': got "\*"/);
    expect(parseAllowOutsideWorkspace(raw({}), ['key'])).toBeUndefined();
  });

  it('checks a key input only when it is a path, not PEM text or keyless', () => {
    const ws = workspace(root);
    expect(() => keyInWorkspace(ws, 'key', '-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----')).not.toThrow();
    expect(() => keyInWorkspace(ws, 'record-key', 'keyless')).not.toThrow();
    expect(() => keyInWorkspace(ws, 'key', undefined)).not.toThrow();
    expect(caught(() => keyInWorkspace(ws, 'key', '/etc/passwd')).message).toMatch(/^Input 'key': /);
  });
});

describe('control characters', () => {
  it.each([
    ['a newline', 'bom.json\nfoo=bar'],
    ['a carriage return', 'bom.json\rfoo'],
    ['a tab', 'bom\t.json'],
    ['an escape', 'bom\u001b[31m.json'],
    ['a NUL', 'bom.json\u0000'],
    ['a C1 control', 'bom\u0085.json'],
  ])('refuses %s in a value that becomes a file name or an output, naming the input', (_what, value) => {
    const error = caught(() => plainValue('output-file', value));
    expect(error.code).toBe('INPUT_INVALID');
    expect(error.message).toMatch(/^Input 'output-file': /);
    // The path check applies the same rule first, even where the path would be inside.
    expect(caught(() => inWorkspace(workspace(root), 'output-file', value)).code).toBe('INPUT_INVALID');
  });

  it('keeps ordinary names, spaces and non-ASCII letters', () => {
    expect(plainValue('output-file', 'my bom (ü).json')).toBe('my bom (ü).json');
  });
});

describe('workspaceGlob', () => {
  it('returns the matches inside the workspace', async () => {
    const found = await workspaceGlob(workspace(root), 'files', 'dist/**/*.txt').catch((e: unknown) => e);
    // dist/link-out.txt is a match too, and it links out: the whole glob is refused.
    expect((found as ArtefactsError).code).toBe('PATH_UNSAFE');
    expect((found as ArtefactsError).message).toMatch(/^Input 'files': "dist\/link-out.txt"/);
    expect((await workspaceGlob(workspace(root), 'files', 'dist/sub/*.txt')).sort()).toEqual([
      join(root, 'dist', 'sub', 'b.txt'),
    ]);
  });

  it('refuses a pattern that reaches out of the workspace', async () => {
    const error = await rejected(workspaceGlob(workspace(root), 'files', '../outside/*.txt'));
    expect(error.code).toBe('PATH_UNSAFE');
    expect(error.message).toMatch(/^Input 'files': "..\/outside\/victim.txt"/);
  });

  it('refuses a match through a symbolic link to a directory outside', async () => {
    const error = await rejected(workspaceGlob(workspace(root), 'evidence', 'out-dir/*'));
    expect(error.code).toBe('PATH_UNSAFE');
    expect(error.message).toMatch(/^Input 'evidence': /);
  });

  it('lets a listed input glob outside', async () => {
    const ws = workspace(root, new Set(['files']));
    expect(await workspaceGlob(ws, 'files', '../outside/*.txt')).toEqual([join(outside, 'victim.txt')]);
  });
});

describe('pathInputError: a filesystem failure on a path an input named', () => {
  /** What `fn` threw, as Node threw it. */
  const thrown = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (error) {
      return error;
    }
    throw new Error('expected a failure');
  };
  const told = (input: string, given: string, expected: string, error: unknown, at?: string): string => {
    const named = pathInputError(root, input, given, expected, error, at);
    expect(named).toBeInstanceOf(ArtefactsError);
    expect((named as ArtefactsError).code).toBe('INPUT_INVALID');
    return (named as ArtefactsError).message;
  };

  it('names the input, what was given, what is expected and why, for each failure the path causes', () => {
    const file = join(root, 'dist', 'app.txt');
    expect(
      told(
        'output',
        'dist/app.txt',
        'a directory',
        thrown(() => mkdirSync(file, { recursive: true })),
      ),
    ).toBe(`Input 'output': got "dist/app.txt"; expected a directory (it is a regular file, not a directory).`);
    expect(
      told(
        'bake-dir',
        'dist/app.txt/sub',
        'a directory',
        thrown(() => mkdirSync(join(file, 'sub'), { recursive: true })),
      ),
    ).toBe(
      `Input 'bake-dir': got "dist/app.txt/sub"; expected a directory (dist/app.txt is a regular file, not a directory).`,
    );
    expect(
      told(
        'path',
        'nope/x.txt',
        'a readable file',
        thrown(() => readFileSync(join(root, 'nope', 'x.txt'))),
      ),
    ).toBe(`Input 'path': got "nope/x.txt"; expected a readable file (nope does not exist).`);
    expect(
      told(
        'path',
        'gone.txt',
        'a readable file',
        thrown(() => readFileSync(join(root, 'gone.txt'))),
      ),
    ).toMatch(/\(it does not exist\)\.$/);
    expect(
      told(
        'path',
        'dist',
        'a readable file',
        thrown(() => readFileSync(join(root, 'dist'))),
      ),
    ).toMatch(/\(it is a directory\)\.$/);
    expect(
      told(
        'paths',
        'dist/app.txt',
        'readable directories',
        thrown(() => readdirSync(file)),
      ),
    ).toMatch(/\(it is a regular file, not a directory\)\.$/);
    const long = 'x'.repeat(300);
    expect(
      told(
        'path',
        long,
        'a readable file',
        thrown(() => readFileSync(join(root, long))),
      ),
    ).toMatch(/\(the name is too long for the filesystem\)\.$/);
    symlinkSync('loop-b', join(root, 'loop-a'));
    symlinkSync('loop-a', join(root, 'loop-b'));
    expect(
      told(
        'path',
        'loop-a',
        'a readable file',
        thrown(() => readFileSync(join(root, 'loop-a'))),
      ),
    ).toMatch(/\(too many levels of symbolic links\)\.$/);
  });

  it('tells permission denied, on the path itself or the one inside it that failed (as root, faked)', () => {
    // Root reads anything, so the error is made as Node makes it.
    const denied = (at: string) =>
      Object.assign(new Error(`EACCES: permission denied, open '${at}'`), {
        code: 'EACCES',
        syscall: 'open',
        path: at,
      });
    const own = pathInputError(root, 'paths', 'k8s/a.yaml', 'readable files', denied(join(root, 'k8s', 'a.yaml')));
    expect((own as ArtefactsError).message).toBe(
      `Input 'paths': got "k8s/a.yaml"; expected readable files (permission denied).`,
    );
    expect((own as ArtefactsError).hint).toMatch(/permissions/);
    expect(told('paths', 'k8s', 'readable files', denied(join(root, 'k8s', 'noperm.yaml')))).toBe(
      `Input 'paths': got "k8s"; expected readable files (permission denied on k8s/noperm.yaml).`,
    );
    // A name of the command's own (a temporary file) is told as the directory the user named.
    expect(told('output', 'out', 'a writable directory', denied(join(root, 'out', '.pull-1')), join(root, 'out'))).toBe(
      `Input 'output': got "out"; expected a writable directory (permission denied).`,
    );
    expect(told('key', '/elsewhere/k', 'a readable key', denied('/elsewhere/k/x'))).toMatch(
      /\(permission denied on \/elsewhere\/k\/x\)\.$/,
    );
  });

  it('leaves any other failure as it is: the machine, not the input', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    expect(isPathFailure(full)).toBe(false);
    expect(pathInputError(root, 'output', 'out', 'a directory', full)).toBe(full);
    const ours = new ArtefactsError('PATH_UNSAFE', 'no');
    expect(pathInputError(root, 'output', 'out', 'a directory', ours)).toBe(ours);
    expect(pathInputError(root, 'output', 'out', 'a directory', 'a string')).toBe('a string');
  });

  it('originError: the input a path came from when the path is at fault, else the fallback', () => {
    const origin = { root, input: 'files', given: '*.txt' };
    const missing = thrown(() => readFileSync(join(root, 'none.txt')));
    expect((originError(origin, 'readable files', missing, () => 'fallback') as ArtefactsError).message).toBe(
      `Input 'files': got "*.txt"; expected readable files (none.txt does not exist).`,
    );
    expect(originError(undefined, 'readable files', missing, () => 'fallback')).toBe('fallback');
    expect(originError(origin, 'readable files', new Error('EIO'), () => 'fallback')).toBe('fallback');
  });
});

describe('a path refusal', () => {
  it('gives the opt-in in its hint, and its advice alone for a command that has none (release)', () => {
    const error = caught(() => inWorkspace(workspace(root), 'output-file', '/etc/passwd'));
    expect(error).toBeInstanceOf(PathRefusal);
    expect(error.hint).toContain('allow-outside-workspace: output-file');
    expect((error as PathRefusal).advice).toBe('Use a path inside the workspace.');
    expect((error as PathRefusal).advice).not.toContain('allow-outside-workspace');
  });
});
