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
  run(args: { values: Record<string, unknown>; positionals: string[] }, io: CliIO): Promise<number> | number;
}

export function defineCommand<O extends Options>(c: Command<O>): Command<O> {
  return c;
}

export function parseCommandArgs(command: Command, argv: string[]): { values: Record<string, unknown>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (e) {
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
