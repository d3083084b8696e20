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
      notInExport: [],
    });
    expect(report.dataQuality.some((f) => f.code === 'handoff-fields-not-in-export')).toBe(false);
  });

  it('never puts personal data in the report', () => {
    expect(JSON.stringify(report)).not.toContain('+34');
  });
});

// Issue 13, item 27: required fields that are not in the export used to give 0%.
describe('handoff fields the export does not carry', async () => {
  const leads = [
    // linkedin is in no lead of the export (H3's, handed off in September, included): not a column.
    lead('H1', { mqlAt: '2026-10-05T10:00', phone: '+34 600 000 000', attributes: { notes: 'budget approved' } }),
    lead('H2', { mqlAt: '2026-10-06T10:00', phone: '+34 600 000 001', attributes: { notes: '  ' } }),
    lead('H3', { mqlAt: '2026-09-07T10:00', phone: '+34 600 000 002' }),
  ];
  const { report } = await run(rulesOf(), leads, { asOf: '2026-10-30T17:30:00+01:00' });

  it('are named, and completeness is not measured instead of 0%', () => {
    expect(report.handoff).toEqual({
      stage: 'mql',
      leads: 2,
      complete: 0,
      rate: null,
      missing: [
        { field: 'phone', count: 0 },
        { field: 'notes', count: 1 },
        { field: 'linkedin', count: 2 },
      ],
      notInExport: ['linkedin'],
    });
    expect(report.dataQuality.find((f) => f.code === 'handoff-fields-not-in-export')).toEqual({
      code: 'handoff-fields-not-in-export',
      severity: 'warning',
      count: 2,
      message:
        'linkedin is missing from the export: no lead has it, so completeness at the mql handoff is not measured (2 leads reached it); map the column that holds it (--mapping) or add it to the export',
      examples: [],
      detail: 'mql|linkedin',
    });
  });
});
