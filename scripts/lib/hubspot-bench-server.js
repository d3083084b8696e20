// A local server answering like HubSpot's CRM v3 API for `revpact pull hubspot` in
// scripts/bench.js: N contacts made up on the fly from their index (nothing held in
// memory, so the figures are the pull's), the properties and the owners. Prints its URL
// on stdout and serves until killed.
//   node scripts/lib/hubspot-bench-server.js 100000
import { createServer } from 'node:http';

const n = Number(process.argv[2] ?? 100_000);
const BASE = Date.parse('2026-01-05T08:00:00Z');
const PROPERTIES = [
  'email',
  'phone',
  'company',
  'createdate',
  'lifecyclestage',
  'hubspot_owner_id',
  'hs_lifecyclestage_lead_date',
  'hs_lifecyclestage_marketingqualifiedlead_date',
  'hs_lifecyclestage_salesqualifiedlead_date',
  'hs_lifecyclestage_opportunity_date',
  'hs_lifecyclestage_customer_date',
  'hs_first_outreach_date',
  'hs_sa_first_engagement_date',
  'notes_last_contacted',
  'num_contacted_notes',
  'hs_analytics_source',
  'country',
  'numemployees',
  'hubspotscore',
  'lastmodifieddate',
];
const OWNERS = Array.from({ length: 12 }, (_, i) => ({ id: String(80_000 + i), firstName: `Owner${i}`, lastName: 'Bench', email: `owner${i}@example.test` }));

/** A small deterministic hash: the same contact every time. */
function h(i, salt) {
  let x = (i * 2654435761 + salt * 40503) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 2246822507) >>> 0;
  x ^= x >>> 13;
  return x >>> 0;
}

function contact(i) {
  const created = BASE + (i % 360) * 86_400_000 + (h(i, 1) % 36_000_000);
  const iso = (t) => new Date(t).toISOString();
  const stage = ['lead', 'marketingqualifiedlead', 'salesqualifiedlead', 'opportunity', 'customer'][h(i, 2) % 5];
  const mql = stage === 'lead' ? null : created + (h(i, 3) % 7_200_000);
  const touch = mql === null || h(i, 4) % 10 === 0 ? null : mql + (h(i, 5) % 20_000_000);
  const sql = stage === 'lead' || stage === 'marketingqualifiedlead' || touch === null ? null : touch + (h(i, 6) % 100_000_000);
  const values = {
    email: `contact${i}@example.test`,
    phone: h(i, 7) % 4 === 0 ? null : `+34 600 ${String(h(i, 8) % 1_000_000).padStart(6, '0')}`,
    company: `Company ${h(i, 9) % 5000}`,
    createdate: iso(created),
    lifecyclestage: stage,
    hubspot_owner_id: OWNERS[h(i, 10) % OWNERS.length].id,
    hs_lifecyclestage_lead_date: iso(created),
    hs_lifecyclestage_marketingqualifiedlead_date: mql === null ? null : iso(mql),
    hs_lifecyclestage_salesqualifiedlead_date: sql === null ? null : iso(sql),
    hs_lifecyclestage_opportunity_date: null,
    hs_lifecyclestage_customer_date: null,
    hs_first_outreach_date: touch === null ? null : iso(touch),
    hs_sa_first_engagement_date: null,
    notes_last_contacted: touch === null ? null : iso(touch),
    num_contacted_notes: String(h(i, 11) % 6),
    hs_analytics_source: ['ORGANIC_SEARCH', 'PAID_SEARCH', 'DIRECT_TRAFFIC', 'REFERRALS'][h(i, 12) % 4],
    country: ['Spain', 'Germany', 'France', 'United States'][h(i, 13) % 4],
    numemployees: String(10 + (h(i, 14) % 5000)),
    hubspotscore: String(h(i, 15) % 100),
    lastmodifieddate: iso(created + 86_400_000),
  };
  return { id: String(i + 1), values };
}

function send(res, body) {
  res.writeHead(200, {
    'content-type': 'application/json;charset=utf-8',
    'X-HubSpot-RateLimit-Max': '190',
    'X-HubSpot-RateLimit-Remaining': '150',
    'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
  });
  res.end(JSON.stringify(body));
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname.replace(/\/+$/, '');
  const q = url.searchParams;
  if (path === '/crm/v3/properties/contacts') {
    return send(res, { results: [...PROPERTIES, 'hs_object_id'].map((name) => ({ name, label: name, type: /date/.test(name) ? 'datetime' : 'string' })) });
  }
  if (path === '/crm/v3/owners') return send(res, { results: q.get('archived') === 'true' ? [] : OWNERS });
  if (path === '/crm/v3/objects/contacts') {
    const start = Number(q.get('after') ?? 0);
    const limit = Math.min(100, Number(q.get('limit') ?? 10));
    const asked = (q.get('properties') ?? '').split(',').filter(Boolean);
    const results = [];
    for (let i = start; i < Math.min(n, start + limit); i++) {
      const c = contact(i);
      const properties = { hs_object_id: c.id, createdate: c.values.createdate, lastmodifieddate: c.values.lastmodifieddate };
      for (const p of asked) if (p in c.values) properties[p] = c.values[p];
      results.push({ id: c.id, properties, createdAt: c.values.createdate, updatedAt: c.values.lastmodifieddate, archived: false });
    }
    const next = start + limit < n ? String(start + limit) : undefined;
    return send(res, { results, ...(next ? { paging: { next: { after: next } } } : {}) });
  }
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ status: 'error', message: `Unable to route ${req.method} ${path}`, category: 'OBJECT_NOT_FOUND' }));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${server.address().port}\n`);
});
