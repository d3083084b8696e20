/**
 * A generated CRM export for a test (scripts/gen.js, the same bytes for the same seed).
 * Throws with gen's own message when it fails, which fails the test that asked.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

export interface GenOptions {
  rows: number;
  format: string;
  seed: number;
  /** When leads are created: first day (YYYY-MM-DD) and how many days. */
  from?: string;
  days?: number;
}

export function generateExport(out: string, o: GenOptions): void {
  const args = ['--rows', String(o.rows), '--format', o.format, '--seed', String(o.seed), '--out', out];
  if (o.from !== undefined) args.push('--from', o.from);
  if (o.days !== undefined) args.push('--days', String(o.days));
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'gen.js'), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`gen.js ${args.join(' ')} failed: ${r.stderr}`);
}
