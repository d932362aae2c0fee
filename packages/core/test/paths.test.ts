import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ArtefactsError,
  inWorkspace,
  keyInWorkspace,
  parseAllowOutsideWorkspace,
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

describe('a path refusal', () => {
  it('gives the opt-in in its hint, and its advice alone for a command that has none (release)', () => {
    const error = caught(() => inWorkspace(workspace(root), 'output-file', '/etc/passwd'));
    expect(error).toBeInstanceOf(PathRefusal);
    expect(error.hint).toContain('allow-outside-workspace: output-file');
    expect((error as PathRefusal).advice).toBe('Use a path inside the workspace.');
    expect((error as PathRefusal).advice).not.toContain('allow-outside-workspace');
  });
});
