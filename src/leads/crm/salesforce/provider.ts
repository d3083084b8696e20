/**
 * Salesforce as a CRM provider for `pull` and `push` (provider.ts): the Lead records the
 * mapping reads through SOQL (REST pages), those changed since an instant by
 * SystemModstamp, the ids deleted since through queryAll; and one Lead field written back
 * through sObject Collections, 200 records a call, allOrNone false.
 */
import type { LeadNeeds } from '../../lead.js';
import type { Mapping } from '../../mapping/types.js';
import type { CrmProvider, CrmPull, CrmRecord, CrmSession, CrmWriter } from '../provider.js';
import { COLLECTION_SIZE, SalesforceApi, SalesforceError, type SalesforceOptions } from './api.js';
import { salesforceOptions } from './env.js';
import { isApiName } from './fields.js';
import { pullLeads } from './sync.js';

/** Salesforce's field types that hold a verdict's text; a restricted picklist refuses other values record by record. */
const TEXT_TYPES = new Set(['string', 'textarea', 'picklist']);

export const salesforceProvider: CrmProvider = {
  name: 'salesforce',
  preset: 'salesforce',
  scopes: { read: ['api', 'Read on Lead'], write: ['Edit on Lead and on the field written'] },
  propertyNoun: 'Lead field',
  createHint: (name, values) =>
    `create it first (Setup → Object Manager → Lead → Fields & Relationships → New): Text(20) or a picklist with the values ${values.join(', ')}, named ${name.replace(/__c$/i, '')} (API name ${name}), and give the user Edit access to it`,
  open(env, clock) {
    return salesforceSession(
      { ...salesforceOptions(env, 'revpact reads and writes Salesforce', clock.sleep ? { sleep: clock.sleep } : {}) },
      clock.now ?? Date.now,
    );
  },
};

export function salesforceSession(options: SalesforceOptions, now: () => number): CrmSession {
  const api = new SalesforceApi(options);
  let calls = 0;
  return {
    async pull(mapping: Mapping, needs: LeadNeeds | undefined): Promise<CrmPull> {
      if (mapping.joins.length > 0)
        throw new SalesforceError(`the mapping "${mapping.name}" joins files, which a pull from Salesforce does not read`, 'use a mapping without join');
      // The org's clock is not read: the next pull starts a few minutes before this one (pull.ts), which covers a skew.
      const startedAt = now();
      const all = await pullLeads(mapping, options, { needs });
      // Every record of a query has its Id (the reference); one without was written with an
      // empty id, then rejected by check as "missing id", far from the answer that lacked it.
      const idOf = (object: Record<string, unknown>) => {
        const id = object[all.idColumn];
        if (typeof id === 'string' && id !== '') return id;
        throw new SalesforceError(
          `Salesforce's query answered a Lead record without its Id (the pull file's column "${all.idColumn}")`,
          'try again later; if it goes on, check SF_INSTANCE_URL (your My Domain URL) and the org’s API status',
        );
      };
      const records = (pages: AsyncIterable<Record<string, unknown>[]>): AsyncIterable<CrmRecord[]> => ({
        async *[Symbol.asyncIterator]() {
          for await (const page of pages) {
            calls++;
            yield page.map((object) => ({ id: idOf(object), object }));
          }
        },
      });
      return {
        columns: all.columns,
        idColumn: all.idColumn,
        absent: all.absent,
        notes: all.notes,
        startedAt,
        records: (since) => {
          if (since === undefined) return records(all.pages);
          return {
            async *[Symbol.asyncIterator]() {
              const changed = await pullLeads(mapping, options, { needs, since: new Date(since), owners: all.owners });
              yield* records(changed.pages);
            },
          };
        },
        removed: (since) => ({
          async *[Symbol.asyncIterator]() {
            const changed = await pullLeads(mapping, options, { needs, since: new Date(since), owners: all.owners });
            yield await changed.deleted();
          },
        }),
      };
    },
    writer: () => salesforceWriter(api, () => calls++),
    counters: () => ({ calls, pacedMs: 0 }),
  };
}

function salesforceWriter(api: SalesforceApi, count: () => void): CrmWriter {
  /** The field's API name as Salesforce spells it, once described. */
  let described: string | undefined;
  return {
    batchSize: COLLECTION_SIZE,
    async property(name) {
      if (!isApiName(name) || name.includes('.'))
        throw new SalesforceError(`"${name}" is not a Lead field's API name`, 'name the field as Setup shows its Field Name, revpact_First_Touch__c');
      count();
      const field = (await api.describeLead()).find((f) => f.name.toLowerCase() === name.toLowerCase());
      if (!field) return undefined;
      described = field.name;
      // push writes text: a field that holds it is a "string"; one the user may not edit is refused by its type.
      const type = field.updateable === false ? `${field.type} (read-only for this user)` : TEXT_TYPES.has(field.type) ? 'string' : field.type;
      return { name: field.name, type };
    },
    async read(ids, property) {
      const name = described ?? property;
      const byPrefix = new Map(ids.map((id) => [id.slice(0, 15), id]));
      const values = new Map<string, string | null>();
      const list = [...byPrefix.keys()].filter((k) => /^[A-Za-z0-9]{15}$/.test(k));
      if (list.length === 0) return values;
      for await (const page of api.queryPages(`SELECT Id, ${name} FROM Lead WHERE Id IN (${list.map((k) => `'${k}'`).join(', ')})`)) {
        count();
        for (const record of page.records) {
          const given = byPrefix.get(String(record['Id']).slice(0, 15));
          const value = record[name];
          if (given !== undefined)
            values.set(given, typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null);
        }
      }
      return values;
    },
    async update(changes, property) {
      const name = described ?? property;
      count();
      const saved = await api.updateRecords(changes.map((c) => ({ id: c.id, fields: { [name]: c.value } })));
      const refused = new Map<string, string[]>();
      saved.forEach((s, i) => {
        if (s.success) return;
        const e = Array.isArray(s.errors) ? s.errors[0] : undefined;
        const message = api.redact(`${e?.statusCode ?? 'UNKNOWN'}: ${e?.message ?? 'refused'}`);
        refused.set(message, [...(refused.get(message) ?? []), s.id ?? (changes[i] as { id: string }).id]);
      });
      return { errors: [...refused].map(([message, ids]) => ({ ids, message })) };
    },
  };
}
