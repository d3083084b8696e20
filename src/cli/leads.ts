/**
 * The options every command that reads lead data shares (check, diff, due), and the
 * progress line people at a terminal see while it is read.
 */
import { warnOnce, type PeriodSpec, type WhenWarn } from '../app/when.js';
import { clean } from '../render/format.js';
import type { SourceStats } from '../leads/lead.js';
import type { CliIO } from './io.js';

/** The options of every command that reads lead data (check, diff). */
export const LEAD_DATA_OPTIONS = {
  leads: { type: 'string', multiple: true, short: 'l' },
  mapping: { type: 'string', short: 'm' },
  period: { type: 'string', short: 'p' },
  from: { type: 'string' },
  to: { type: 'string' },
  'as-of': { type: 'string' },
} as const;

/** Where a command says an --as-of, --from or --to it read as one of two instants: stderr, each sentence once. */
export function whenWarning(io: CliIO): WhenWarn {
  return warnOnce((message) => io.stderr(`revpact: warning: ${clean(message)}\n`));
}

/** Where a command says what a CRM's answers leave unsettled (owners that share a name): stderr, each sentence once. */
export function crmWarning(io: CliIO): WhenWarn {
  return (message) => io.stderr(`revpact: warning: ${message}\n`);
}

/** --period, --from, --to and --as-of as the services read them. */
export function periodSpec(values: Record<string, unknown>): PeriodSpec & { asOf?: string } {
  const text = (k: string) => (typeof values[k] === 'string' ? values[k] : undefined);
  const spec: PeriodSpec & { asOf?: string } = { period: text('period'), from: text('from'), to: text('to') };
  const asOf = text('as-of');
  if (asOf !== undefined) spec.asOf = asOf;
  return spec;
}

/**
 * rows, MB and rows/s on stderr while lead data is read — or, while DuckDB reads an export
 * itself and counts nothing as it goes, the time so far — for people at a terminal only
 * (never in CI or with --quiet). Returns the function that stops it.
 */
export function startProgress(io: CliIO, stats: SourceStats, quiet: boolean, engine: 'streaming' | 'duckdb' = 'streaming'): () => void {
  if (quiet || !io.stderrIsTTY || io.env['CI']) return () => undefined;
  const started = Date.now();
  let shown = false;
  const line = () => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const { rows, bytes } = stats;
    shown = true;
    if (rows === 0 && engine === 'duckdb') io.stderr(`\r  DuckDB reading and measuring, ${seconds.toFixed(0)} s   `);
    else io.stderr(`\r  ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s   `);
  };
  const timer = setInterval(line, 500);
  timer.unref();
  return () => {
    clearInterval(timer);
    if (stats.rows > 0) line();
    if (shown) io.stderr('\n');
  };
}
