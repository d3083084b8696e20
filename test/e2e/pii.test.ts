/**
 * One privacy rule for every output (issue 13, item 11): an export whose owners are
 * e-mail addresses (as HubSpot's often are) shows no address without --show-pii — not in
 * any report format, not as a breakdown key, not in --per-lead, not in `due` — while the
 * owners stay apart; with --show-pii the addresses are there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-pii-'));
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const GOLDEN = join(REPO_ROOT, 'test/golden/first-touch-madrid');
let leads = '';

beforeAll(() => {
  ensureBuilt();
  // The golden export with each owner replaced by an address.
  const text = readFileSync(join(GOLDEN, 'leads.csv'), 'utf8');
  const [header, ...rows] = text.trimEnd().split('\n');
  const ownerAt = (header ?? '').split(',').indexOf('owner');
  expect(ownerAt).toBeGreaterThanOrEqual(0);
  const owners = new Set<string>();
  const changed = rows.map((row) => {
    const cells = row.split(',');
    if (cells[ownerAt]) {
      cells[ownerAt] = `${cells[ownerAt].toLowerCase().replace(/\W+/g, '.')}@acme-sales.example`;
      owners.add(cells[ownerAt]);
    }
    return cells.join(',');
  });
  expect(owners.size).toBeGreaterThan(1);
  leads = join(dir, 'leads.csv');
  writeFileSync(leads, [header, ...changed].join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (...extra: string[]) =>
  runCli(['check', join(GOLDEN, 'contract.yaml'), '--leads', leads, '--period', '2026-10', '--as-of', '2026-11-15T09:00:00Z', ...extra]);

describe('owners that are e-mail addresses', () => {
  it.each(['text', 'json', 'markdown', 'html', 'junit', 'github'])('are masked in the %s report, each owner kept apart', (format) => {
    const r = check('--format', format, '--by', 'owner');
    expect(r.status).toBe(0);
    expect(r.stdout.replace(/\u200D/g, '')).not.toMatch(EMAIL);
    if (format === 'json') {
      const keys = (JSON.parse(r.stdout) as { breakdowns: { owner: { key: string }[] } }).breakdowns.owner.map((o) => o.key);
      const masked = keys.filter((k) => k.startsWith('[email hidden #'));
      expect(masked.length).toBeGreaterThan(1);
      expect(new Set(masked).size).toBe(masked.length);
    }
  });

  it('are masked in --per-lead, with the same tag as in the report', () => {
    const file = join(dir, 'verdicts.csv');
    const r = check('--format', 'json', '--per-lead', file);
    expect(r.status).toBe(0);
    const csv = readFileSync(file, 'utf8');
    expect(csv).not.toMatch(EMAIL);
    const tags = new Set(csv.match(/\[email hidden #[0-9a-f]{6}\]/g));
    const reportTags = new Set(r.stdout.match(/\[email hidden #[0-9a-f]{6}\]/g));
    expect(tags.size).toBeGreaterThan(1);
    for (const t of reportTags) expect(tags).toContain(t);
  });

  it('are masked in due, and shown with --show-pii', () => {
    const args = [
      'due',
      join(GOLDEN, 'contract.yaml'),
      '--leads',
      leads,
      '--within',
      '100bd',
      '--as-of',
      '2026-10-02T18:00:00+02:00',
      '--since',
      '2026-09-01',
      '--format',
      'csv',
    ];
    const masked = runCli(args);
    expect(masked.status).toBe(0);
    expect(masked.stdout).not.toMatch(EMAIL);
    expect(masked.stdout).toMatch(/^L01,first-touch,\[email hidden #[0-9a-f]{6}\],/m);
    const shown = runCli([...args, '--show-pii']);
    expect(shown.stdout).toMatch(/@acme-sales\.example/);
  });

  it('are shown with --show-pii', () => {
    const r = check('--format', 'text', '--show-pii');
    expect(r.stdout).toMatch(/@acme-sales\.example/);
  });
});
