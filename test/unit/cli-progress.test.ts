/**
 * Progress on a terminal (issue 13, item 30): check, diff --leads and due show how much
 * of the export was read; DuckDB, which reads the export itself, shows its time rather
 * than "0 rows"; nothing in CI or with --quiet.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { startProgress } from '../../src/cli/leads.js';
import { REPO_ROOT } from '../helpers/paths.js';

function terminal(env: Record<string, string> = {}): { io: CliIO; err: () => string } {
  let stderr = '';
  const io: CliIO = { stdout: () => undefined, stderr: (t) => void (stderr += t), cwd: REPO_ROOT, env, stderrIsTTY: true, stdoutIsTTY: false };
  return { io, err: () => stderr };
}

const GOLDEN = 'test/golden/first-touch-madrid';

describe('progress lines', () => {
  it.each([
    ['check', ['check', `${GOLDEN}/contract.yaml`, '--leads', `${GOLDEN}/leads.csv`, '--period', '2026-10', '--as-of', '2026-11-15T09:00:00Z']],
    [
      'diff --leads',
      [
        'diff',
        `${GOLDEN}/contract.yaml`,
        `${GOLDEN}/contract.yaml`,
        '--leads',
        `${GOLDEN}/leads.csv`,
        '--period',
        '2026-10',
        '--as-of',
        '2026-11-15T09:00:00Z',
      ],
    ],
    ['due', ['due', `${GOLDEN}/contract.yaml`, '--leads', `${GOLDEN}/leads.csv`, '--within', '8bh', '--as-of', '2026-10-02T18:00:00+02:00']],
  ])('%s counts the rows it read, on a terminal', async (_, argv) => {
    const t = terminal();
    expect(await run(argv, t.io)).toBe(0);
    expect(t.err()).toMatch(/\r {2}\d+ rows, \d+\.\d MB, [\d,]+ rows\/s/);
  });

  it('says nothing in CI or with --quiet', async () => {
    const argv = ['due', `${GOLDEN}/contract.yaml`, '--leads', `${GOLDEN}/leads.csv`, '--within', '8bh', '--as-of', '2026-10-02T18:00:00+02:00'];
    const ci = terminal({ CI: 'true' });
    await run(argv, ci.io);
    expect(ci.err()).toBe('');
    const quiet = terminal();
    await run([...argv, '--quiet'], quiet.io);
    expect(quiet.err()).toBe('');
  });

  it('shows DuckDB’s time while it reads an export itself, not "0 rows"', async () => {
    const t = terminal();
    const stop = startProgress(t.io, { rows: 0, bytes: 0 }, false, 'duckdb');
    await new Promise((resolve) => setTimeout(resolve, 700));
    stop();
    expect(t.err()).toMatch(/DuckDB reading and measuring, \d+ s/);
    expect(t.err()).not.toContain('0 rows');
  });
});
