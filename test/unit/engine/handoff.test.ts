/** Handoff of the fixture contract: at the MQL stage, every lead carries phone, notes and linkedin. */
import { describe, expect, it } from 'vitest';
import { lead, rulesOf, run } from './fixtures.js';

describe('handoff completeness', async () => {
  const leads = [
    lead('H1', { mqlAt: '2026-10-05T10:00', phone: '+34 600 000 000', attributes: { notes: 'budget approved', linkedin: 'https://example.com/h1' } }),
    // Blank notes count as missing.
    lead('H2', { mqlAt: '2026-10-06T10:00', attributes: { notes: '   ', linkedin: 'https://example.com/h2' } }),
    lead('H3', { mqlAt: '2026-10-07T10:00', phone: '+34 611 111 111', attributes: {} }),
    // Handed off in September: not this period.
    lead('H4', { mqlAt: '2026-09-07T10:00' }),
  ];
  const { report } = await run(rulesOf(), leads, { asOf: '2026-10-30T17:30:00+01:00' });

  it('counts complete handoffs and missing fields (canonical or attribute)', () => {
    // H1 complete; H2 lacks phone and notes; H3 lacks notes and linkedin.
    expect(report.handoff).toEqual({
      stage: 'mql',
      leads: 3,
      complete: 1,
      rate: 1 / 3,
      missing: [
        { field: 'phone', count: 1 },
        { field: 'notes', count: 2 },
        { field: 'linkedin', count: 1 },
      ],
    });
  });

  it('never puts personal data in the report', () => {
    expect(JSON.stringify(report)).not.toContain('+34');
  });
});
