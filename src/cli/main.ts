/**
 * The revpact command line. Commands live in commands/, each with its options and help;
 * this file only dispatches and turns failures into exit codes (0 ok, 1 findings,
 * 2 usage or I/O error). A user error never prints a stack trace.
 */
import { parseCommandArgs, type Command } from './command.js';
import { didYouMean } from '../contract/suggest.js';
import { clean } from '../render/format.js';
import { EXIT, UsageError } from '../shared/errors.js';
import { type CliIO } from './io.js';
import { refuseOutputsOverInputs, type NamedPath } from './files.js';
import { describeError } from '../shared/files.js';
import { version } from '../shared/version.js';

/** A command by name, its module loaded only when it runs (or when `--help` lists them all). */
export interface CommandEntry {
  name: string;
  load(): Promise<Command>;
}

/**
 * Every command, in the order `revpact --help` lists them. Each module is imported on use:
 * a command reads only its own modules and the libraries they bring (importing all twelve
 * cost `check` about a tenth of a second more at start, on every run).
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', load: async () => (await import('./commands/validate.js')).validate },
  { name: 'compile', load: async () => (await import('./commands/compile.js')).compile },
  { name: 'check', load: async () => (await import('./commands/check.js')).check },
  { name: 'diff', load: async () => (await import('./commands/diff.js')).diff },
  { name: 'log', load: async () => (await import('./commands/log.js')).log },
  { name: 'scorecard', load: async () => (await import('./commands/scorecard.js')).scorecard },
  { name: 'due', load: async () => (await import('./commands/due.js')).due },
  { name: 'notify', load: async () => (await import('./commands/notify.js')).notifyCommand },
  { name: 'init', load: async () => (await import('./commands/init.js')).init },
  { name: 'load', load: async () => (await import('./commands/load.js')).load },
  { name: 'pull', load: async () => (await import('./commands/pull.js')).pull },
  { name: 'push', load: async () => (await import('./commands/push.js')).push },
];

async function overview(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'revpact — the marketing–sales agreement as code',
    '',
    'Usage: revpact <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `revpact <command> --help` for a command’s options.',
    '',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return `${c.summary}\n\nUsage: ${c.usage}\n\n${c.help}\n`;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(await overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  try {
    if (!entry) {
      const names = COMMANDS.map((c) => c.name);
      const guess = didYouMean(name, names);
      throw new UsageError(`unknown command "${name}"` + (guess ? `; did you mean "${guess}"?` : ''), `commands: ${names.join(', ')}`);
    }
    const command = await entry.load();
    const args = parseCommandArgs(command, rest);
    if (args.values['help'] === true) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    guardFiles(command, args, io.cwd);
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      // Messages name files and quote values from the user's data: one line each, no control characters.
      io.stderr(`revpact: ${clean(e.message)}\n` + (e.hint ? `  ${clean(e.hint)}\n` : ''));
      return EXIT.usage;
    }
    const detail = io.env['REVPACT_DEBUG'] ? `\n${(e as Error).stack ?? String(e)}` : ' (set REVPACT_DEBUG=1 for details)';
    io.stderr(`revpact: internal error: ${(e as Error).message ?? String(e)}${detail}\nThis is a bug in revpact; please report it.\n`);
    return EXIT.usage;
  }
}

/** The command's declared inputs and outputs (Command#files), as the command line named them. */
function guardFiles(command: Command, args: { values: Record<string, unknown>; positionals: string[] }, cwd: string): void {
  const files = command.files;
  if (files === undefined) return;
  const named = (flags: readonly string[] = []): NamedPath[] =>
    flags.flatMap((flag) => {
      const v = args.values[flag];
      const paths = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
      return paths.map((path: string) => ({ flag: `--${flag}`, path }));
    });
  const inputs = [...(files.positionals === false ? [] : args.positionals.map((path) => ({ flag: '', path }))), ...named(files.inputs)];
  // Read as the current folder, `--out ""` (a variable not set) wrote or read somewhere nobody named.
  const empty = [...named(files.inputs), ...named(files.outputs)].find((f) => f.path === '');
  if (empty)
    throw new UsageError(`${empty.flag} is empty (a shell variable that is not set?)`, `give ${empty.flag} a value; see revpact ${command.name} --help`);
  refuseOutputsOverInputs(cwd, inputs, named(files.outputs), files.stdout === undefined ? undefined : `--${files.stdout}`);
}

export function processIO(): CliIO {
  // Standard output that fails (no unhandled 'error' event and its stack trace): a reader
  // that stopped early (`revpact log … | head`) closed the pipe, and the rest has nobody to
  // read it; anything else (`> /dev/full`) lost the report, which is said, with exit 2.
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (e.code === 'EPIPE') return;
    process.stderr.write(
      `revpact: cannot write to standard output (${describeError(e)})\n  write the report to a file with --out, or free space where it goes\n`,
    );
    // Set at exit: the command's own exit code is set after its last write.
    process.on('exit', () => (process.exitCode = EXIT.usage));
  });
  return {
    stdout: (t) => {
      if (!closed) process.stdout.write(t);
    },
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}
