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
