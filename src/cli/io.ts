/**
 * What a command may touch: its streams, the working directory and the environment.
 * Tests pass their own; the binary passes the process's.
 */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (progress lines are only for people). */
  stderrIsTTY: boolean;
  /** Whether stdout is a terminal (colour only for people). */
  stdoutIsTTY: boolean;
}

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
