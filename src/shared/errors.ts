/**
 * The errors every part may raise and the exit codes every entry point ends with
 * (README, "Command line"): the bottom of the house, so no part needs the CLI for them.
 */
/** A problem with how revpact was called or with the files it was pointed at: exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
