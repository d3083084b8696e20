import { describe, expect, it } from 'vitest';
import { OTHER, TOP_KEYS } from '../../../src/engine/metrics/breakdowns.js';
import { lead, rulesOf, run } from './fixtures.js';

const rules = rulesOf();
const ASOF = '2026-10-30T17:30:00+01:00';

describe('breakdowns', () => {
  it('splits SLA verdicts by owner, source and --by fields', async () => {
    const leads = [
      // first-touch met (10 minutes); accept (ES) met: accepted within 24 h.
      lead('B1', {
        mqlAt: '2026-10-05T10:00',
        firstTouchAt: '2026-10-05T10:10',
        salAt: '2026-10-05T12:00',
        owner: 'ana',
        source: 'ads',
        attributes: { country: 'ES' },
      }),
      // first-touch breached (Mon 10:00 → 12:00 = 120); accept (FR) excluded.
      lead('B2', { mqlAt: '2026-10-05T10:00', firstTouchAt: '2026-10-05T12:00', owner: 'ana', source: 'webinar', attributes: { country: 'FR' } }),
      // first-touch pending at as-of (Fri 17:00+01 → 17:30 = 30); accept (ES) pending.
      lead('B3', { mqlAt: '2026-10-30T17:00:00+01:00', source: 'ads', attributes: { country: 'ES' } }),
      // Not in any cohort: not in the breakdowns.
      lead('B4', { mqlAt: '2026-09-05T10:00', owner: 'ana' }),
    ];
    const { report } = await run(rules, leads, { asOf: ASOF, by: ['country'] });
    expect(report.breakdowns.owner).toEqual([
      {
        key: 'ana',
        leads: 2,
        slas: { 'first-touch': { met: 1, breached: 1, pending: 0, attainment: 0.5 }, accept: { met: 1, breached: 0, pending: 0, attainment: 1 } },
      },
      {
        key: '(none)',
        leads: 1,
        slas: { 'first-touch': { met: 0, breached: 0, pending: 1, attainment: null }, accept: { met: 0, breached: 0, pending: 1, attainment: null } },
      },
    ]);
    expect(report.breakdowns.source.map((r) => [r.key, r.leads, r.slas['first-touch']?.met])).toEqual([
      ['ads', 2, 1],
      ['webinar', 1, 0],
    ]);
    expect(Object.keys(report.breakdowns.attributes)).toEqual(['country']);
    expect(report.breakdowns.attributes.country?.map((r) => [r.key, r.leads])).toEqual([
      ['ES', 2],
      ['FR', 1],
    ]);
  });

  it(`keeps the ${TOP_KEYS} keys with most leads and folds the rest into ${OTHER}`, async () => {
    // 60 owners: o00 has 3 leads, o01 2, the others 1 each → o00, o01 and 48 more, then 10 folded.
    const leads = [];
    for (let i = 0; i < 60; i++) {
      const n = i === 0 ? 3 : i === 1 ? 2 : 1;
      for (let k = 0; k < n; k++)
        leads.push(lead(`K${i}-${k}`, { mqlAt: '2026-10-05T10:00', firstTouchAt: '2026-10-05T10:10', owner: `o${String(i).padStart(2, '0')}` }));
    }
    const { report } = await run(rules, leads, { asOf: ASOF });
    const rows = report.breakdowns.owner;
    expect(rows).toHaveLength(TOP_KEYS + 1);
    expect(rows.slice(0, 3).map((r) => [r.key, r.leads])).toEqual([
      ['o00', 3],
      ['o01', 2],
      ['o02', 1],
    ]);
    expect(rows.at(-1)).toMatchObject({ key: OTHER, leads: 10, slas: { 'first-touch': { met: 10, attainment: 1 } } });
    expect(rows.reduce((s, r) => s + r.leads, 0)).toBe(63);
  });
});
