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
  /** The clock commands wait on (notify's pace and Retry-After); tests pass one that does not sleep. Default: the real one. */
  clock?: { now(): number; sleep(ms: number): Promise<void> } | undefined;
}
