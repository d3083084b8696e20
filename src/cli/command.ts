import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DOCUMENT_LOCALES, type DocumentLocale } from '../render/locale.js';
import { didYouMean } from '../contract/suggest.js';
import { UsageError } from '../shared/errors.js';
import { type CliIO } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** A command keeps its options, help and handler together (one file per command). */
export interface Command<O extends Options = Options> {
  name: string;
  summary: string;
  usage: string;
  /** Option help lines, shown by `revpact <command> --help`. */
  help: string;
  options: O;
  /**
   * Which options name files the command reads and which name files it writes (positionals
   * are read too, unless `positionals` is false): an output that is one of the inputs, or
   * lies in a folder the command reads, is refused before anything runs (files.ts). `stdout`
   * is the output option for which `-` means standard output; `-` for any other is refused.
   */
  files?: { inputs?: readonly string[]; outputs?: readonly string[]; positionals?: boolean; stdout?: string };
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CliIO): Promise<number> | number;
}

export function defineCommand<O extends Options>(c: Command<O>): Command<O> {
  return c;
}

export function parseCommandArgs(command: Command, argv: string[]): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const { values, positionals, tokens } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
    refuseRepeats(command, tokens);
    // An empty argument is almost always a shell variable that is not set: read as the
    // current folder, `revpact validate "$CONTRACT"` checked every file below it.
    if (positionals.includes('')) throw new UsageError('an argument is empty (a shell variable that is not set?)', `see revpact ${command.name} --help`);
    return { values, positionals };
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const message = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(message)?.[1];
    if (unknown) {
      const flags = Object.keys(command.options).map((k) => `--${k}`);
      const guess = didYouMean(unknown, [...flags, '--help']);
      throw new UsageError(`unknown option ${unknown}` + (guess ? `; did you mean ${guess}?` : ''), `see revpact ${command.name} --help`);
    }
    throw new UsageError(message.replace(/^.*?:\s*/, '').replace(/\. To specify a positional.*$/, ''), `see revpact ${command.name} --help`);
  }
}

/**
 * An option that takes one value, given twice with different values: the parser would keep
 * the last without a word, and `--within 1h --within 2bd` would list two business days.
 * The same value twice, and a switch twice, change nothing and pass.
 */
function refuseRepeats(command: Command, tokens: ReturnType<typeof parseArgs>['tokens'] & object): void {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== 'option' || token.value === undefined) continue;
    const spec = command.options[token.name];
    if (spec === undefined || spec.multiple === true) continue;
    const before = seen.get(token.name);
    if (before !== undefined && before !== token.value)
      throw new UsageError(
        `--${token.name} is given twice (${JSON.stringify(before)} and ${JSON.stringify(token.value)}); it takes one value`,
        `keep the one you mean; see revpact ${command.name} --help`,
      );
    seen.set(token.name, token.value);
  }
}

/** Names of one format that every command takes, whichever a command lists (`md` and `markdown`). */
export const SYNONYMS: Readonly<Record<string, string>> = { md: 'markdown', markdown: 'md' };

/** Reads an option that takes one of a fixed set of words (or a synonym of one). */
export function choice<T extends string>(value: unknown, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  const words = allowed as readonly string[];
  if (typeof value === 'string') {
    if (words.includes(value)) return value as T;
    const synonym = SYNONYMS[value];
    if (synonym !== undefined && words.includes(synonym)) return synonym as T;
  }
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`);
}

/** --locale as given (en, es, pt, ca), or undefined when not given: the command then speaks the contract's metadata.locale. */
export function localeFlag(value: unknown): DocumentLocale | undefined {
  return value === undefined ? undefined : choice(value, DOCUMENT_LOCALES, '--locale', 'en');
}
