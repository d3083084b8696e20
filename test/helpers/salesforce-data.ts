/**
 * A generated Salesforce export (scripts/gen.js) and the same leads as the local Salesforce
 * server serves them, for tests that compare a report from the API with one from the file.
 */
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { CsvReader } from '../../src/leads/sources/index.js';
import { leadsFromExport, type FakeField, type FakeLead } from './fake-salesforce.js';

export function parseCsvLine(line: string): string[] {
  const rows: string[][] = [];
  const reader = new CsvReader(',', (cells, count) => rows.push(cells.slice(0, count)));
  reader.push(Buffer.from(line + '\n'));
  reader.end();
  return rows[0] ?? [];
}

/** An export's wall-clock cell as Salesforce's REST API writes the same dateTime: UTC, +0000. */
export function toInstant(cell: string, zone: string): string | undefined {
  const t = DateTime.fromFormat(cell, 'M/d/yyyy h:mm a', { zone, locale: 'en-US' });
  return t.isValid ? t.toUTC().toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'+0000'") : undefined;
}

export function toDate(cell: string): string | undefined {
  const d = DateTime.fromFormat(cell, 'M/d/yyyy');
  return d.isValid ? d.toFormat('yyyy-MM-dd') : undefined;
}

/** The leads of the export at `path` (its wall clock read in `zone`); `csv` is the export without the rows Salesforce could not hold. */
export function salesforceDataOf(path: string, zone: string): { leads: FakeLead[]; fields: FakeField[]; csv: string } {
  return leadsFromExport(readFileSync(path, 'utf8'), zone, parseCsvLine, toInstant, toDate);
}
