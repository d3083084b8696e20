/**
 * The revpact command line. Commands live in commands/, each with its options and help;
 * this file only dispatches and turns failures into exit codes (0 ok, 1 findings,
 * 2 usage or I/O error). A user error never prints a stack trace.
 */
import { parseCommandArgs, type Command } from './command.js';
import { check } from './commands/check.js';
import { compile } from './commands/compile.js';
import { diff } from './commands/diff.js';
import { due } from './commands/due.js';
import { notifyCommand } from './commands/notify.js';
import { init } from './commands/init.js';
import { load } from './commands/load.js';
import { log } from './commands/log.js';
import { pull } from './commands/pull.js';
import { push } from './commands/push.js';
import { scorecard } from './commands/scorecard.js';
import { validate } from './commands/validate.js';
import { clean } from '../render/format.js';
import { EXIT, UsageError } from '../shared/errors.js';
import { type CliIO } from './io.js';
import { version } from '../shared/version.js';

export const COMMANDS: readonly Command[] = [validate, compile, check, diff, log, scorecard, due, notifyCommand, init, load, pull, push];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'revpact — the marketing–sales agreement as code',
    '',
    'Usage: revpact <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
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
    io.stdout(overview());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`, `commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    const args = parseCommandArgs(command, rest);
    if (args.values['help'] === true) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
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

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
  };
}
