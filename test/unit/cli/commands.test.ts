/**
 * The command table (cli/main.ts): each command's module is loaded when it runs; the
 * table's names are the commands' own, and the overview lists every one with its summary.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS, run } from '../../../src/cli/main.js';
import type { CliIO } from '../../../src/cli/io.js';

function io(): CliIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd: process.cwd(), env: {}, stderrIsTTY: false, stdoutIsTTY: false };
}

describe('the command table', () => {
  it('names each command as its module does, once', async () => {
    const loaded = await Promise.all(COMMANDS.map((c) => c.load()));
    expect(loaded.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(new Set(COMMANDS.map((c) => c.name)).size).toBe(COMMANDS.length);
  });

  it('lists every command with its summary in --help, and names them all for an unknown one', async () => {
    const help = io();
    expect(await run(['--help'], help)).toBe(0);
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    for (const c of await Promise.all(COMMANDS.map((e) => e.load()))) expect(help.out.join('')).toContain(`  ${c.name.padEnd(width)}  ${c.summary}`);
    const unknown = io();
    expect(await run(['chek'], unknown)).toBe(2);
    expect(unknown.err.join('')).toContain('unknown command "chek"; did you mean "check"?');
    expect(unknown.err.join('')).toContain(`commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    const far = io();
    expect(await run(['frobnicate'], far)).toBe(2);
    expect(far.err.join('')).not.toContain('did you mean');
  });
});
