/**
 * Each CLI command links its parser and its core entry point through the type checker: a parser
 * and an entry point that disagree do not compile (the `@ts-expect-error` lines below are checked
 * by `tsc`, which fails when one of them stops being an error), and no cast in the CLI's source
 * can hide such a disagreement.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import {
  parseKeygenInputs,
  parsePackInputs,
  parseReleaseInputs,
  parseSignInputs,
  parseVerifyInputs,
  runPull,
  runRelease,
  runSign,
  runVerify,
  silentLogger,
  type ActionEnvironment,
  type ActionOutcome,
  type RawInputs,
} from '@immutable-artefacts/core';
import { commands, defineCommand } from '../src/commands.js';

const cliSource = join(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every `x as T` (other than `as const`) and `<T>x` in a file, by line. */
function casts(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const asCast = ts.isAsExpression(node) && node.type.getText(source) !== 'const';
    if (asCast || ts.isTypeAssertionExpression(node)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${relative(cliSource, file)}:${line + 1}: ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const raw =
  (values: Record<string, string>): RawInputs =>
  (name) =>
    values[name] ?? '';

describe('CLI commands: parse and run linked by the type checker', () => {
  it('a parser and an entry point that take different inputs do not compile', () => {
    // sign's inputs are not verify's.
    // @ts-expect-error parseSignInputs returns SignInputs, runVerify takes VerifyInputs
    defineCommand({ load: async () => ({ parse: parseSignInputs, run: runVerify }), example: '' });
    // @ts-expect-error parseVerifyInputs returns VerifyInputs, runSign takes SignInputs
    defineCommand({ load: async () => ({ parse: parseVerifyInputs, run: runSign }), example: '' });
    // @ts-expect-error parsePackInputs returns PackInputs, runPull takes PullInputs
    defineCommand({ load: async () => ({ parse: parsePackInputs, run: runPull }), example: '' });
    defineCommand({
      example: '',
      load: async () => ({
        parse: parseReleaseInputs,
        secrets: [],
        // An adapter is checked against the parser too: the inputs it receives are ReleaseInputs.
        // @ts-expect-error ReleaseInputs has no outputPrefix
        run: async (inputs, _environment) => ({ outputs: { prefix: inputs.outputPrefix }, summary: '' }),
      }),
    });
    defineCommand({
      example: '',
      load: async () => ({
        parse: parseKeygenInputs,
        secrets: [],
        // @ts-expect-error a keygen run cannot receive ReleaseInputs as runRelease's first argument
        run: (inputs, environment) => runRelease(inputs, () => raw({}), environment),
      }),
    });
    // Nothing of a command's typed inputs leaks out: only execute(raw, environment).
    // @ts-expect-error a Command has no separate parse
    expect(commands.sign?.parse).toBeUndefined();
    // @ts-expect-error a Command has no separate run
    expect(commands.sign?.run).toBeUndefined();
  });

  it('execute loads the logic when the command runs, masks its secret inputs first, then hands exactly what the parser returned to run', async () => {
    const events: unknown[] = [];
    let loads = 0;
    const command = defineCommand({
      load: async () => {
        loads++;
        return {
          parse: (get: RawInputs) => {
            events.push('parse');
            return { prefix: get('output-prefix') };
          },
          secrets: ['output-prefix', 'password', 'unset'],
          run: async (inputs: { prefix: string }, environment: ActionEnvironment): Promise<ActionOutcome> => {
            events.push(inputs, environment.cwd);
            return { outputs: { prefix: inputs.prefix }, summary: 'done' };
          },
        };
      },
      example: 'artefacts test',
    });
    expect(loads).toBe(0);
    const outcome = await command.execute(raw({ 'output-prefix': 'keys/a', password: 'hunter2' }), {
      cwd: '/somewhere',
      env: {},
      logger: { ...silentLogger, secret: (value: string) => events.push(`secret ${value}`) },
      github: undefined,
    });
    expect(outcome).toEqual({ outputs: { prefix: 'keys/a' }, summary: 'done' });
    // Both given secrets masked (an empty one is not), before parsing; run gets what parse returned.
    expect(events).toEqual(['secret keys/a', 'secret hunter2', 'parse', { prefix: 'keys/a' }, '/somewhere']);
    expect(loads).toBe(1);
  });

  it('every command is made by defineCommand: execute, and no parse or run of its own', () => {
    expect(Object.keys(commands).length).toBeGreaterThan(0);
    for (const [name, command] of Object.entries(commands)) {
      expect([name, typeof command.execute]).toEqual([name, 'function']);
      expect([name, Object.keys(command).filter((k) => k === 'parse' || k === 'run')]).toEqual([name, []]);
    }
  });

  it('no cast anywhere in packages/cli/src (a cast could link a parser to the wrong entry point)', () => {
    const files = sourceFiles(cliSource);
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap(casts)).toEqual([]);
  });
});
