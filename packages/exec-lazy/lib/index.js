// @actions/exec as @actions/core uses it, and nothing more: getExecOutput (core.platform's OS
// details). The real module, and with it @actions/io and node:assert, is imported on the first call.
let real;
const load = () => (real ??= import('@actions/exec-eager'));

export async function getExecOutput(commandLine, args, options) {
  return (await load()).getExecOutput(commandLine, args, options);
}
