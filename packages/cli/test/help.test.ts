/**
 * What `artefacts <command> --help` promises, for every command: each flag with its real default
 * (where the CLI reads it from, never a `${{ }}` expression), each output with a description, an
 * example the flag parser accepts, and whole sentences. One vocabulary for references (`REF`,
 * `--ref`) with the action.yml names kept as aliases, and messages worded in flags, not `with:` blocks.
 */
import { describe, expect, it } from '@jest/globals';
import { inputError, inputs as coreInputs, isArtefactsError } from '@immutable-artefacts/core';
import { commands } from '../src/commands.js';
import { completionScript } from '../src/completion.js';
import { shownDefault } from '../src/defaults.js';
import { actionSpecs } from '../src/generated/action-specs.js';
import { commandHelp, outputsOf, usage } from '../src/help.js';
import { flagFor, flagsOf, inCliWords, inputFor, inputsOf, REF_FLAG, referenceInputs } from '../src/vocabulary.js';

const names = Object.keys(commands).sort();
const endsSentence = (s: string) => /[.!?)]$/.test(s.trim()) && !/\.\.$/.test(s.trim());

/** The lines of a help section (after its heading, up to the next blank line). */
function section(help: string, heading: string): string[] {
  const lines = help.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) return [];
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The message (and hint) a CLI user reads for the error core throws about `input` when it is missing. */
function missing(name: string, input: string): string {
  try {
    coreInputs.required(() => '', input);
  } catch (error) {
    if (isArtefactsError(error)) return inCliWords(name, `${error.message} ${error.hint ?? ''}`);
  }
  throw new Error('required() accepted an empty value');
}

describe('artefacts <command> --help', () => {
  it.each(names)('%s: every flag with its default as the CLI applies it, never a ${{ }} expression', (name) => {
    const help = commandHelp(name);
    expect(help).not.toContain('${{');
    const flagLines = section(help, 'flags:').filter((l) => /^ {2}--/.test(l));
    for (const [input, s] of Object.entries(inputsOf(name))) {
      const flag = flagFor(name, input);
      if (flag === REF_FLAG) {
        expect(section(help, 'reference:')[0]).toBe(`  REF, --${REF_FLAG} REF`);
        continue;
      }
      const line = flagLines.find((l) => l === `  --${flag}` || l.startsWith(`  --${flag} (default: `));
      expect([name, input, line]).toEqual([name, input, expect.any(String)]);
      const shown = s === '' ? undefined : shownDefault(s);
      expect([input, line]).toEqual([input, shown === undefined ? `  --${flag}` : `  --${flag} (default: ${shown})`]);
    }
    expect(flagLines.length).toBe(flagsOf(name).canonical.filter((f) => f !== REF_FLAG).length);
  });

  it('a token default reads as the environment variables it comes from', () => {
    const withToken = names.filter((n) => commandHelp(n).includes('--github-token (default:'));
    expect(withToken.length).toBeGreaterThan(0);
    for (const name of withToken)
      expect(commandHelp(name)).toContain('--github-token (default: $GITHUB_TOKEN or $GH_TOKEN)');
  });

  it.each(names)('%s: every output with its description', (name) => {
    const outputs = Object.entries(outputsOf(name));
    expect(outputs.length).toBeGreaterThan(0);
    const lines = section(commandHelp(name), 'outputs');
    for (const [output, text] of outputs) {
      const at = lines.indexOf(`  ${output}`);
      expect([output, at >= 0, lines[at + 1]]).toEqual([output, true, `      ${text}`]);
      expect([output, endsSentence(text)]).toEqual([output, true]);
    }
  });

  it.each(names)('%s: an example whose flags and reference the command accepts', (name) => {
    const [example, ...more] = section(commandHelp(name), 'example:');
    expect(more).toEqual([]);
    const words = (example ?? '').trim().split(/\s+/);
    const at = words.indexOf('artefacts');
    expect(words[at + 1]).toBe(name);
    const args = words.slice(at + 2);
    let bare = 0;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? '';
      if (arg === '--json') continue;
      if (arg.startsWith('--')) {
        expect([arg, inputFor(name, arg.slice(2), args[i + 1] ?? '')]).toEqual([arg, expect.any(String)]);
        i++;
      } else bare++;
    }
    if (commands[name]?.operands !== undefined) expect(bare).toBeGreaterThan(0);
    else expect(bare).toBe(referenceInputs(name).length > 0 ? 1 : 0);
  });

  it.each(names)('%s: whole sentences, each paragraph on one line (never cut)', (name) => {
    const lines = commandHelp(name).split('\n');
    const described = [lines[2] ?? '', ...lines.filter((l) => l.startsWith('      '))];
    for (const line of described) expect([line, endsSentence(line)]).toEqual([line, true]);
  });

  it('the command list: every command once, each with a whole sentence', () => {
    const lines = usage().split('\n');
    const list = lines.slice(lines.indexOf('commands:') + 1, lines.indexOf('', lines.indexOf('commands:')));
    expect(list.map((l) => l.trim().split(/\s+/)[0])).toEqual(names);
    for (const line of list) expect([line, endsSentence(line)]).toEqual([line, true]);
  });
});

describe('one vocabulary for references', () => {
  const withReference = names.filter((n) => referenceInputs(n).length > 0);

  it('every command that acts on a reference takes REF and --ref; its action.yml name stays an alias', () => {
    // The old spellings of the same idea, each now one command's alias of --ref.
    const old = new Set(withReference.flatMap((n) => referenceInputs(n)));
    expect([...old].sort()).toEqual(['destination', 'image', 'oci-layout', 'reference', 'source']);
    for (const name of withReference) {
      for (const input of referenceInputs(name)) {
        const value = input === 'oci-layout' ? 'oci:layout:1' : 'registry.example/app:1';
        expect([name, inputFor(name, REF_FLAG, value)]).toEqual([name, input]);
        expect([name, inputFor(name, input, value)]).toEqual([name, input]);
        expect([name, flagFor(name, input)]).toEqual([name, REF_FLAG]);
      }
      const help = commandHelp(name);
      expect(help).toContain(`usage: artefacts ${name} [REF] [flags]`);
      // The old names are documented as aliases, never as flags of their own.
      for (const input of referenceInputs(name)) {
        expect(section(help, 'flags:')).not.toContain(`  --${input}`);
        expect(section(help, 'reference:').join(' ')).toContain(`--${input}`);
      }
    }
  });

  it('commands that act on nothing take no reference', () => {
    for (const name of names.filter((n) => !withReference.includes(n))) {
      expect([name, inputFor(name, REF_FLAG, 'x')]).toEqual([name, undefined]);
    }
  });

  it('attest is sign in attest mode: --type, --path and --environment are its attest inputs', () => {
    expect(inputFor('attest', 'type', 'vuln')).toBe('attest-type');
    expect(inputFor('attest', 'path', 'trivy.json')).toBe('attest-path');
    expect(inputFor('attest', 'environment', 'prod')).toBe('attest-environment');
    expect(inputFor('attest', 'attest-type', 'vuln')).toBe('attest-type');
    expect(Object.keys(inputsOf('attest'))).toEqual(Object.keys(actionSpecs.sign?.inputs ?? {}));
    expect(commandHelp('attest')).toMatch(/^ {2}--type$/m);
  });
});

describe('messages and hints name flags, not with: blocks', () => {
  it.each(names)('%s: a missing input is named by its flag, for every input', (name) => {
    for (const input of Object.keys(inputsOf(name))) {
      const text = missing(name, input);
      expect([input, text]).toEqual([input, expect.stringContaining(`--${flagFor(name, input)}`)]);
      expect([input, text]).toEqual([input, expect.not.stringContaining('with:')]);
      expect([input, text]).toEqual([input, expect.not.stringContaining(`'${input}'`)]);
    }
  });

  it.each(names)("%s: an input named as 'x', `x` or x: value in a hint becomes its flag", (name) => {
    for (const input of Object.keys(inputsOf(name))) {
      const flag = `--${flagFor(name, input)}`;
      const error = inputError(
        input,
        'bad',
        'a good value',
        `Check '${input}', or give \`${input}\`; or set ${input}: true.`,
      );
      expect(inCliWords(name, error.message)).toBe(`${flag}: got "bad"; expected a good value.`);
      expect(inCliWords(name, error.hint ?? '')).toBe(`Check ${flag}, or give ${flag}; or set ${flag} true.`);
    }
  });

  it("names that are not the command's inputs are left alone", () => {
    const hint = "Use actions/checkout with 'fetch-depth: 0', add `permissions: id-token: write`.";
    expect(inCliWords('semver-calculate', hint)).toBe(hint);
    // A colon after an input's name in prose is not a setting.
    expect(inCliWords('sign', 'With a key: also record it.')).toBe('With a key: also record it.');
    expect(inCliWords('build-tag', 'Or turn floating tags off: latest: false and tags: type=semver.')).toBe(
      'Or turn floating tags off: --latest false and --tags type=semver.',
    );
  });
});

describe('completion scripts come from the command table', () => {
  const global = [
    '--json',
    '--summary',
    '--debug',
    '--help',
    '--ca-file',
    '--client-cert',
    '--client-key',
    '--insecure-registry',
    '--registry-timeout',
  ];

  /** The flags a script offers after `artefacts <name>`, read back out of the script. */
  const offered: Record<string, (script: string, name: string) => string[]> = {
    bash: (script, name) => new RegExp(`^ {4}${name}\\) words="([^"]*)" ;;$`, 'm').exec(script)?.[1]?.split(' ') ?? [],
    zsh: (script, name) =>
      new RegExp(`^ {4}${name}\\) if .*?then compadd -- ([^;]*);`, 'm').exec(script)?.[1]?.split(' ') ?? [],
    fish: (script, name) =>
      [
        ...script.matchAll(
          new RegExp(`^complete -c artefacts -n "__fish_seen_subcommand_from ${name}" -l (\\S+) -r$`, 'gm'),
        ),
      ].map((m) => `--${m[1]}`),
  };

  it.each(['bash', 'zsh', 'fish'] as const)('%s: every command, with exactly its canonical flags', (shell) => {
    const script = completionScript(shell);
    for (const name of names) {
      const expected = [...flagsOf(name).canonical.map((f) => `--${f}`), ...global].sort();
      expect([name, offered[shell]!(script, name).sort()]).toEqual([name, expected]);
    }
  });
});
