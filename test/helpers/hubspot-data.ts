/**
 * A generated HubSpot export (scripts/gen.js) and the same contacts as the local HubSpot
 * server serves them, for tests that compare a report from the API with one from the file.
 */
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { internalName } from '../../src/leads/crm/hubspot/index.js';
import { CsvReader } from '../../src/leads/sources/index.js';
import { contactsFromExport, type FakeContact, type FakeOwner } from './fake-hubspot.js';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const reader = new CsvReader(',', (cells, count) => rows.push(cells.slice(0, count)));
  reader.push(Buffer.from(text + '\n'));
  reader.end();
  return rows;
}

/** An export cell as HubSpot's API writes the same value: a UTC instant, or a date as it is (a date property). */
export function toInstant(cell: string, zone: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return DateTime.fromISO(cell).isValid ? cell : undefined;
  let t = DateTime.fromFormat(cell, 'yyyy-MM-dd HH:mm', { zone });
  if (!t.isValid) t = DateTime.fromISO(cell, { zone });
  return t.isValid ? (t.toUTC().toISO() ?? undefined) : undefined;
}

export interface HubSpotData {
  contacts: FakeContact[];
  owners: FakeOwner[];
  properties: { name: string; label: string }[];
  /** The export without the rows HubSpot could not hold. */
  csv: string;
}

/** The contacts of the export at `path` (its wall clock read in `zone`). */
export function hubSpotDataOf(path: string, zone: string): HubSpotData {
  return contactsFromExport(readFileSync(path, 'utf8'), zone, internalName, parseCsv, toInstant);
}
