import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import type { Rejection } from '../../../src/leads/lead.js';
import { parseMapping, presetMapping, withDefaultTimeZone, type Mapping } from '../../../src/leads/mapping/index.js';
import { CsvReader } from '../../../src/leads/sources/index.js';
import { file, readAll } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

interface Generated {
  path: string;
  rows: number;
  leads: number;
  rejected: number;
  bad: { missingId: number; badDate: number; duplicateId: number };
}

/** Runs `npm run gen`'s script; its summary is the ground truth. */
function gen(format: string, rows: number, seed: string, extra: string[] = []): Generated {
  const path = file(`${format}-${seed}.csv`, '');
  const r = spawnSync(process.execPath, ['scripts/gen.js', '--rows', String(rows), '--format', format, '--seed', seed, '--out', path, ...extra], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { path, ...(JSON.parse(r.stdout) as Omit<Generated, 'path'>) };
}

function kinds(rejections: Rejection[]) {
  const count = (re: RegExp) => rejections.filter((x) => re.test(x.reason)).length;
  return {
    missingId: count(/^missing id/),
    badDate: count(/^unparseable date/),
    duplicateId: count(/^duplicate id/),
    other: rejections.filter((x) => !/^(missing id|unparseable date|duplicate id)/.test(x.reason)),
  };
}

/** Raw records of a file, for checking values against the cells. */
function rawRecords(path: string): string[][] {
  const out: string[][] = [];
  const reader = new CsvReader(',', (cells, count) => out.push(cells.slice(0, count)));
  reader.push(readFileSync(path).subarray(3));
  reader.end();
  return out;
}

describe('gen', () => {
  it('is deterministic for a seed', () => {
    const digest = (g: Generated) => createHash('sha256').update(readFileSync(g.path)).digest('hex');
    expect(digest(gen('hubspot', 300, 'same'))).toBe(digest(gen('hubspot', 300, 'same')));
    expect(digest(gen('hubspot', 300, 'same'))).not.toBe(digest(gen('hubspot', 300, 'other')));
  });

  it('refuses bad options with exit code 2', () => {
    const r = spawnSync(process.execPath, ['scripts/gen.js', '--rows', 'many', '--out', '/tmp/x.csv'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--rows must be a whole number/);
  });
});

describe('the HubSpot preset reads a HubSpot contacts export', () => {
  const mapping = withDefaultTimeZone(presetMapping('hubspot'), 'Europe/Madrid');

  it('reads every row: leads + rejections = rows, and the rejections are exactly the bad rows', async () => {
    const g = gen('hubspot', 4000, '7');
    const r = await readAll([g.path], mapping);
    expect(r.rows).toBe(g.rows);
    expect(r.leads.length + r.rejections.length).toBe(g.rows);
    expect(r.leads).toHaveLength(g.leads);
    expect(g.rejected).toBeGreaterThan(20);
    const k = kinds(r.rejections);
    expect(k.other).toEqual([]);
    expect({ missingId: k.missingId, badDate: k.badDate, duplicateId: k.duplicateId }).toEqual(g.bad);
    // Row numbers are spreadsheet rows: the header is row 1, and every data row is there once.
    const rows = [...r.leads.map((l) => l.origin.row), ...r.rejections.map((x) => x.row)].sort((a, b) => a - b);
    expect(rows[0]).toBe(2);
    expect(rows.at(-1)).toBe(g.rows + 1);
    expect(new Set(rows).size).toBe(g.rows);
  });

  it('reads the values of the cells, as luxon reads them', async () => {
    const g = gen('hubspot', 400, '11');
    const r = await readAll([g.path], mapping);
    const raw = rawRecords(g.path);
    const header = raw[0] as string[];
    const col = (name: string) => header.indexOf(name);
    const luxon = (cell: string) => {
      const dt = /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(cell)
        ? DateTime.fromFormat(cell, 'yyyy-MM-dd HH:mm', { zone: 'Europe/Madrid' })
        : DateTime.fromISO(cell, { zone: 'Europe/Madrid' });
      return dt.toMillis();
    };
    let checked = 0;
    for (const lead of r.leads) {
      const cells = raw[lead.origin.row - 1] as string[];
      expect(lead.id).toBe(cells[col('Record ID')]);
      expect(lead.createdAt).toBe(luxon(cells[col('Create Date')] as string));
      const mql = cells[col('Became a Marketing Qualified Lead Date')] as string;
      expect(lead.mqlAt).toBe(mql === '' ? undefined : luxon(mql));
      expect(lead.dateOnly?.includes('mqlAt') ?? false).toBe(/^\d{4}-\d\d-\d\d$/.test(mql));
      expect(lead.owner).toBe(cells[col('Contact owner')] || undefined);
      expect(lead.name).toBe(`${cells[col('First Name')]} ${cells[col('Last Name')]}`);
      expect(lead.attributes['company']).toBe(cells[col('Company Name')]);
      const lifecycle = cells[col('Lifecycle Stage')] as string;
      expect(lead.stage).toBe(
        {
          subscriber: undefined,
          other: undefined,
          lead: 'lead',
          marketingqualifiedlead: 'mql',
          salesqualifiedlead: 'sql',
          opportunity: 'opportunity',
          customer: 'customer',
          evangelist: 'customer',
        }[lifecycle],
      );
      checked++;
    }
    expect(checked).toBeGreaterThan(390);
    // The mess is there: touches before the MQL, leads never touched, rejections with reasons.
    expect(r.leads.some((l) => l.firstTouchAt !== undefined && l.mqlAt !== undefined && l.firstTouchAt < l.mqlAt)).toBe(true);
    expect(r.leads.some((l) => l.mqlAt !== undefined && l.firstTouchAt === undefined)).toBe(true);
    expect(
      r.leads.some((l) => l.rejectedAt !== undefined && l.rejectionReason !== undefined && l.feedbackAt !== undefined && l.feedbackAt > l.rejectedAt),
    ).toBe(true);
    expect(r.leads.some((l) => l.dealAmount !== undefined && l.wonAt !== undefined)).toBe(true);
  });
});

describe('the Salesforce preset reads a Salesforce lead report export', () => {
  const mapping = withDefaultTimeZone(presetMapping('salesforce'), 'America/New_York');

  it('reads every row, counts none of the footer rows, and rejects exactly the bad rows', async () => {
    const g = gen('salesforce', 3000, '5');
    expect(readFileSync(g.path, 'utf8')).toMatch(/\r\n\r\n"Grand Totals \(3,000 records\)"\r\n/);
    const r = await readAll([g.path], mapping);
    expect(r.rows).toBe(g.rows);
    expect(r.leads).toHaveLength(g.leads);
    const k = kinds(r.rejections);
    expect(k.other).toEqual([]);
    expect({ missingId: k.missingId, badDate: k.badDate, duplicateId: k.duplicateId }).toEqual(g.bad);
    expect(r.leads.every((l) => /^00Q[0-9A-Za-z]{12}$/.test(l.id))).toBe(true);
    // en_US dates in the user's zone; Converted Date and Last Activity are date fields.
    const raw = rawRecords(g.path);
    const header = raw[0] as string[];
    for (const lead of r.leads.slice(0, 200)) {
      const cells = raw[lead.origin.row - 1] as string[];
      expect(lead.createdAt).toBe(
        DateTime.fromFormat(cells[header.indexOf('Create Date')] as string, 'M/d/yyyy h:mm a', { zone: 'America/New_York' }).toMillis(),
      );
      if (lead.lastAttemptAt !== undefined) expect(lead.dateOnly).toContain('lastAttemptAt');
    }
  });

  it('lists the footer rows as rejected when the mapping does not expect a footer: never dropped silently', async () => {
    const g = gen('salesforce', 50, '6');
    const noFooter: Mapping = { ...mapping, csv: { ...mapping.csv, footer: 'none' } };
    const r = await readAll([g.path], noFooter);
    const footer = r.rejections.filter((x) => x.reason === 'row has 1 cell where the header has 26');
    expect(footer.map((x) => x.row)).toEqual([53, 55, 56, 58, 59]);
    expect(r.rows).toBe(g.rows + 5);
  });

  it('reads day-first exports through a mapping that extends the preset', async () => {
    const g = gen('salesforce', 1500, '8', ['--locale', 'en_GB']);
    const m = parseMapping(
      'sf-uk.yaml',
      'apiVersion: revpact/v1\nkind: mapping\nextends: salesforce\ntimeZone: Europe/London\ndates:\n  format: [dd/MM/yyyy HH:mm, dd/MM/yyyy]\n',
    );
    if (!m.ok) throw new Error('mapping');
    const r = await readAll([g.path], m.value);
    expect(r.leads).toHaveLength(g.leads);
    const k = kinds(r.rejections);
    expect(k.other).toEqual([]);
    expect({ missingId: k.missingId, badDate: k.badDate, duplicateId: k.duplicateId }).toEqual(g.bad);
    // The same file read month-first loses most rows to impossible dates (day > 12): visible, not silent.
    const us = await readAll([g.path], withDefaultTimeZone(presetMapping('salesforce'), 'Europe/London'));
    expect(us.rejections.length).toBeGreaterThan(g.rows / 3);
    expect(us.rows).toBe(g.rows);
  });
});
