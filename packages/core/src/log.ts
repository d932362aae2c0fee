/**
 * The small logger core writes to. Actions back it with @actions/core; the CLI with stderr.
 * Core never imports @actions/core, so the same code runs outside GitHub.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string): void;
  warning(message: string): void;
  /** Marks a value as secret so that it is masked in every later log line. */
  secret(value: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** A line a runner would read as a workflow command: `::` first, after any leading whitespace. */
const COMMAND_LINE = /^\s*::/m;

/**
 * A message for a log that a GitHub runner reads, with every line that would start a workflow command
 * (`::warning::…`, `::add-mask::…`, `::set-env …`) made inert: such a message is wrapped in the
 * runner's own `::stop-commands::<token>` … `::<token>::` pair, under a token it cannot guess, so its
 * lines are shown as they are. A message with no such line is returned unchanged. Inputs are one line
 * each (inputs.ts), but a line may still start with one: a file name, a commit subject, a report row.
 */
export function inertToRunner(message: string, token: () => string): string {
  if (!COMMAND_LINE.test(message)) return message;
  const t = token();
  return `::stop-commands::${t}\n${message}\n::${t}::`;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  secret: () => undefined,
  group: (_title, fn) => fn(),
};

/** A logger that records every line, for tests and for summaries. */
export function memoryLogger(): Logger & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = [];
  const push = (level: string) => (message: string) => void lines.push({ level, message });
  return {
    lines,
    debug: push('debug'),
    info: push('info'),
    notice: push('notice'),
    warning: push('warning'),
    secret: () => undefined,
    group: async (title, fn) => {
      lines.push({ level: 'group', message: title });
      return fn();
    },
  };
}

/**
 * A logger whose lines are held until `release()`, then written to `target` in order, and every
 * later line straight away: work that runs alongside other work keeps its lines together.
 */
export function heldLogger(target: Logger): Logger & { release(): void } {
  let live = false;
  const held: { level: 'debug' | 'info' | 'notice' | 'warning'; message: string }[] = [];
  const line = (level: 'debug' | 'info' | 'notice' | 'warning') => (message: string) => {
    if (live) target[level](message);
    else held.push({ level, message });
  };
  return {
    debug: line('debug'),
    info: line('info'),
    notice: line('notice'),
    warning: line('warning'),
    secret: (value) => target.secret(value),
    // Nested groups are not shown: the held lines are already inside the caller's group.
    group: (_title, fn) => fn(),
    release() {
      live = true;
      for (const { level, message } of held.splice(0)) target[level](message);
    },
  };
}
