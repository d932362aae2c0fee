/**
 * The help the CLI prints: `artefacts --help` (the commands) and `artefacts <command> --help` (its
 * flags). Every description is made of whole sentences: an action's come from its action.yml through
 * the generated specs, a CLI-only command's from its entry in commands.ts.
 */
import { commands } from './commands.js';
import { actionSpecs } from './generated/action-specs.js';

export function usage(): string {
  const names = Object.keys(commands).sort();
  return [
    'usage: artefacts <command> [--<input> <value> ...] [--json] [--summary] [--debug]',
    '',
    'commands:',
    // Whole sentences only: an action's first sentence (generated from its action.yml), a CLI-only command's description.
    ...names.map((n) => `  ${n.padEnd(18)} ${actionSpecs[n]?.summary ?? commands[n]?.description ?? ''}`),
    '',
    'Run `artefacts <command> --help` for its inputs. Lists take repeated flags or newline/comma-separated values.',
    '',
    'registry connection (every command):',
    '  --ca-file FILE            a private CA (PEM), trusted besides the system roots (or ARTEFACTS_CA_FILE).',
    '  --client-cert FILE        a client certificate (PEM) for registries that ask for one (or ARTEFACTS_CLIENT_CERT).',
    '  --client-key FILE         its private key (PEM) (or ARTEFACTS_CLIENT_KEY).',
    '  --insecure-registry HOST  speak plain HTTP to HOST[:PORT]; repeatable (or ARTEFACTS_INSECURE_REGISTRIES).',
  ].join('\n');
}

export function commandHelp(name: string): string {
  const spec = actionSpecs[name];
  const command = commands[name];
  if (!spec && command?.flags) {
    const flags = Object.entries(command.flags).map(([flag, text]) => `  --${flag}\n      ${text}`);
    return [`usage: artefacts ${name} [flags]`, '', command.description ?? '', '', 'flags:', ...flags].join('\n');
  }
  if (!spec) return `artefacts ${name}`;
  const lines = [`usage: artefacts ${name} [flags]`, '', spec.description, '', 'flags:'];
  for (const [input, s] of Object.entries(spec.inputs)) {
    lines.push(`  --${input}${s.default ? ` (default: ${s.default})` : ''}`, `      ${s.description}`);
  }
  lines.push('', 'outputs:');
  for (const [output, s] of Object.entries(spec.outputs)) lines.push(`  ${output}`, `      ${s.description}`);
  return lines.join('\n');
}
