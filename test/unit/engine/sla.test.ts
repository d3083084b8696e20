/**
 * SLA verdicts worked out by hand. Calendar "madrid" (fixtures.ts): Mon–Fri 09:00–14:00
 * and 15:00–18:00, closed Mon 2026-10-12. Madrid is at +02:00 until Sun 2026-10-25 03:00,
 * then +01:00; in spring it moves from +01:00 to +02:00 on Sun 2026-03-29.
 *
 * SLA first-touch: mql → first-touch, 1 business hour (60 min), target 80%.
 * SLA accept: mql → accepted|rejected, 24 h on the calendar clock, target 90%, only for
 * country ES or PT.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.js';
import type { Lead, SourceItem } from '../../../src/leads/lead.js';
import type { PerLeadRow } from '../../../src/engine/types.js';
import { lead, ms, period, rulesOf, run } from './fixtures.js';

const rules = rulesOf();
const ASOF = '2026-10-30T17:30:00+01:00'; // Fri, after the autumn change

/** The October leads of the first-touch SLA; comments give the hand computation. */
function october(): Lead[] {
  return [
    // Across a weekend: Fri 17:30–18:00 = 30, Mon 09:00–09:30 = 30 → 60 ≤ 60: met. Due Mon 09:30.
    lead('L01', { mqlAt: '2026-10-02T17:30:00+02:00', firstTouchAt: '2026-10-05T09:30:00+02:00', owner: 'ana', source: 'webinar', row: 2 }),
    // Across a holiday: Fri 15 + Mon 10-12 closed 0 + Tue 20 = 35: met. Due Tue 09:45.
    lead('L02', { mqlAt: '2026-10-09T17:45:00+02:00', firstTouchAt: '2026-10-13T09:20:00+02:00', owner: 'ana', source: 'ads' }),
    // Autumn DST: Fri 17:00–18:00 (+02) = 60, Mon 09:00–09:30 (+01) = 30 → 90: breached. Due Fri 18:00.
    lead('L03', { mqlAt: '2026-10-23T17:00:00+02:00', firstTouchAt: '2026-10-26T09:30:00+01:00', owner: 'bruno', source: 'webinar' }),
    // DST keeps wall-clock hours: Fri 10 + Mon 5 = 15 (75 if Monday were read at +02): met. Due Mon 09:50+01.
    lead('L04', { mqlAt: '2026-10-23T17:50:00+02:00', firstTouchAt: '2026-10-26T09:05:00+01:00', owner: 'bruno', source: 'ads' }),
    // MQL after hours (Wed 20:15): the clock starts Thu 09:00 → 40: met. Due Thu 10:00.
    lead('L05', { mqlAt: '2026-10-07T20:15:00+02:00', firstTouchAt: '2026-10-08T09:40:00+02:00', owner: 'carla', source: 'organic' }),
    // MQL on a Saturday: the clock starts Mon 09:00 → 90: breached. Due Mon 10:00.
    lead('L06', { mqlAt: '2026-10-17T11:00:00+02:00', firstTouchAt: '2026-10-19T10:30:00+02:00', owner: 'carla', source: 'organic' }),
    // Touched the day before the MQL: clamped to 0, met, flagged. Due Tue 11:00.
    lead('L07', { mqlAt: '2026-10-06T10:00:00+02:00', firstTouchAt: '2026-10-05T16:00:00+02:00', owner: 'ana', source: 'webinar' }),
    // No MQL date but touched: excluded, missing-start (created in October).
    lead('L08', { createdAt: '2026-10-14T10:00:00+02:00', firstTouchAt: '2026-10-14T11:00:00+02:00', owner: 'bruno', source: 'ads' }),
    // Not touched, Fri 17:00–17:30 at as-of = 30 < 60: pending. Due Fri 18:00+01.
    lead('L09', { mqlAt: '2026-10-30T17:00:00+01:00', owner: 'carla', source: 'webinar' }),
    // Not touched, overdue: Thu 10–14 240 + 15–18 180, Fri 9–14 300 + 15–17:30 150 = 870: breached. Due Thu 11:00.
    lead('L10', { mqlAt: '2026-10-29T10:00:00+01:00', owner: 'ana', source: 'organic', email: 'zoe@example.com', name: 'Zoe Private' }),
    // Touched after as-of (Mon 11-02): open at as-of, Fri 300 + 150 = 450: breached. Due Fri 10:00.
    lead('L11', { mqlAt: '2026-10-30T09:00:00+01:00', firstTouchAt: '2026-11-02T09:10:00+01:00', owner: 'bruno', source: 'ads' }),
    // Date-only MQL (local midnight, read as is) → opening 09:00 → touch 09:50 = 50: met. Due 10:00.
    lead('L12', { mqlAt: '2026-10-21', dateOnly: ['mqlAt'], firstTouchAt: '2026-10-21T09:50:00+02:00', owner: 'carla', source: 'organic' }),
    // Date-only touch read at the end of its day: 10–14 240 + 15–18 180 = 420: breached. Due 11:00.
    lead('L13', { mqlAt: '2026-10-22T10:00:00+02:00', firstTouchAt: '2026-10-22', dateOnly: ['firstTouchAt'], owner: 'ana', source: 'webinar' }),
    // MQL in September: not in the October cohort, no verdict at all.
    lead('L16', { mqlAt: '2026-09-30T17:00:00+02:00', firstTouchAt: '2026-10-01T09:10:00+02:00', owner: 'ana', source: 'ads' }),
  ];
}

describe('SLA verdicts (first touch, business clock)', async () => {
  const leads = october();
  // The source rejects a repeated id as a row; the engine counts what it is given.
  const duplicate = { file: 'leads.csv', row: 17, reason: 'duplicate id "L01" (first seen at row 2)' };
  const badDate = { file: 'leads.csv', row: 18, reason: 'unparseable date "2026-13-45" in mqlAt' };
  const { report, rows, row } = await run(rules, [...leads, duplicate, badDate], { asOf: ASOF });
  const sla = report.slas.find((s) => s.id === 'first-touch')!;

  it('gives each lead its verdict, elapsed business minutes and due instant', () => {
    expect(row('L01', 'first-touch')).toEqual(['met', 60, '2026-10-05T09:30:00+02:00']);
    expect(row('L02', 'first-touch')).toEqual(['met', 35, '2026-10-13T09:45:00+02:00']);
    expect(row('L03', 'first-touch')).toEqual(['breached', 90, '2026-10-23T18:00:00+02:00']);
    expect(row('L04', 'first-touch')).toEqual(['met', 15, '2026-10-26T09:50:00+01:00']);
    expect(row('L05', 'first-touch')).toEqual(['met', 40, '2026-10-08T10:00:00+02:00']);
    expect(row('L06', 'first-touch')).toEqual(['breached', 90, '2026-10-19T10:00:00+02:00']);
    expect(row('L07', 'first-touch')).toEqual(['met', 0, '2026-10-06T11:00:00+02:00']);
    expect(row('L08', 'first-touch')).toEqual(['excluded', null, null]);
    expect(row('L09', 'first-touch')).toEqual(['pending', 30, '2026-10-30T18:00:00+01:00']);
    expect(row('L10', 'first-touch')).toEqual(['breached', 870, '2026-10-29T11:00:00+01:00']);
    expect(row('L11', 'first-touch')).toEqual(['breached', 450, '2026-10-30T10:00:00+01:00']);
    expect(row('L12', 'first-touch')).toEqual(['met', 50, '2026-10-21T10:00:00+02:00']);
    expect(row('L13', 'first-touch')).toEqual(['breached', 420, '2026-10-22T11:00:00+02:00']);
    expect(row('L16', 'first-touch')).toBeUndefined();
  });

  it('counts verdicts, attainment against the target, and nearest-rank median and p90', () => {
    // met: L01 L02 L04 L05 L07 L12 = 6; breached: L03 L06 L10 L11 L13 = 5; pending L09; excluded L08.
    // 6 / 11 = 54.5% < 80%: fail. Elapsed of the stopped leads (L10, L11 and L09 are open), sorted:
    // 0 15 35 40 50 60 90 90 420 (n = 9): median = rank ⌈4.5⌉ = 5 → 50; p90 = rank ⌈8.1⌉ = 9 → 420.
    // Open ages apart: L09 30, L11 450, L10 870: median rank ⌈1.5⌉ = 2 → 450, oldest 870.
    expect(sla).toMatchObject({
      met: 6,
      breached: 5,
      pending: 1,
      excluded: 1,
      attainment: 6 / 11,
      target: 0.8,
      status: 'fail',
      goalMinutes: 60,
      clock: 'business',
    });
    expect(sla.elapsedMinutes).toEqual({ median: 50, p90: 420 });
    expect(sla.open).toEqual({ count: 3, medianAgeMinutes: 450, oldestAgeMinutes: 870 });
    expect(report.status).toBe('fail');
  });

  it('counts the stopped leads in buckets of the goal, upper edges inclusive like "met"', () => {
    // Goal 60: edges 15 30 45 60 | 90 120 240. Stopped: L07 0 and L04 15 (exactly 25%) → ≤25%;
    // L02 35, L05 40 → 50–75%; L12 50 and L01 60 (exactly the goal, met) → 75–100%;
    // L03 90, L06 90 (exactly 150%) → 100–150%; L13 420 → over 400%. Open L09 L10 L11 are not in it.
    expect(sla.elapsedDistribution).toEqual([
      { over: null, upTo: 0.25, count: 2 },
      { over: 0.25, upTo: 0.5, count: 0 },
      { over: 0.5, upTo: 0.75, count: 2 },
      { over: 0.75, upTo: 1, count: 2 },
      { over: 1, upTo: 1.5, count: 2 },
      { over: 1.5, upTo: 2, count: 0 },
      { over: 2, upTo: 4, count: 0 },
      { over: 4, upTo: null, count: 1 },
    ]);
    // The buckets up to the goal hold exactly the met leads.
    expect(sla.elapsedDistribution.filter((b) => b.upTo !== null && b.upTo <= 1).reduce((n, b) => n + b.count, 0)).toBe(sla.met);
  });

  it('lists the worst breaches by overdue minutes, ids only', () => {
    // Overdue = elapsed − 60: L10 810, L11 390, L13 360, then L03 and L06 at 30 (tie → by id).
    expect(sla.worst.map((w) => [w.leadId, w.overdueMinutes])).toEqual([
      ['L10', 810],
      ['L11', 390],
      ['L13', 360],
      ['L03', 30],
      ['L06', 30],
    ]);
    expect(sla.worst[0]).toEqual({ leadId: 'L10', elapsedMinutes: 870, overdueMinutes: 810, dueAt: '2026-10-29T11:00:00+01:00', owner: 'ana' });
  });

  it('counts rejected rows so that rows = evaluated + rejected', () => {
    // 14 leads + two rows the source rejected (a duplicate id, a bad date).
    expect(report.input).toMatchObject({ files: ['leads.csv'], rows: 16, evaluated: 14, rejected: 2 });
    expect(report.input.rejections).toEqual([duplicate, badDate]);
    expect(report.input.rows).toBe(report.input.evaluated + report.input.rejected);
  });

  it('reports missing starts, stops before starts, date-only cells and rejected rows', () => {
    const byCode = Object.fromEntries(report.dataQuality.map((f) => [`${f.code}${f.sla ? `/${f.sla}` : ''}`, f]));
    expect(byCode['missing-start/first-touch']).toMatchObject({ count: 1, examples: ['L08'], severity: 'warning' });
    expect(byCode['stop-before-start/first-touch']).toMatchObject({ count: 1, examples: ['L07'] });
    expect(byCode['date-only']).toMatchObject({ count: 2, examples: ['L12', 'L13'], severity: 'info' });
    const rejectedRows = report.dataQuality.filter((f) => f.code === 'rejected-rows');
    expect(rejectedRows.map((f) => [f.count, f.examples])).toEqual(
      expect.arrayContaining([
        [1, ['leads.csv:17']],
        [1, ['leads.csv:18']],
      ]),
    );
    expect(report.dataQuality.find((f) => f.code === 'missing-start' && f.sla === 'accept')).toBeUndefined();
  });

  it('emits one per-lead row per lead and SLA in the cohort, excluded ones included', () => {
    // first-touch: L01–L13 (13 rows, L08 excluded). accept: the 12 leads with an October MQL,
    // all excluded (no country); L08 never became an MQL and shows no sign of it for accept.
    expect(rows.filter((r) => r.ruleId === 'first-touch')).toHaveLength(13);
    expect(rows.filter((r) => r.ruleId === 'accept')).toHaveLength(12);
    expect(rows.filter((r) => r.ruleId === 'accept').every((r) => r.verdict === 'excluded' && r.dueAt === null)).toBe(true);
    expect(report.slas.find((s) => s.id === 'accept')).toMatchObject({ met: 0, breached: 0, pending: 0, excluded: 12, attainment: null, status: 'no-data' });
  });

  it('keeps emails and names out of the report unless asked', async () => {
    const json = JSON.stringify(report);
    expect(json).not.toContain('zoe@example.com');
    expect(json).not.toContain('Zoe Private');
    const withPii = await run(rules, october(), { asOf: ASOF, showPii: true });
    const worst = withPii.report.slas[0]!.worst.find((w) => w.leadId === 'L10');
    expect(worst).toMatchObject({ email: 'zoe@example.com', name: 'Zoe Private' });
    expect(JSON.stringify(withPii.rows)).not.toContain('zoe@example.com');
  });
});

describe('SLA verdicts over time', () => {
  it('an open lead is pending until its elapsed time exceeds the goal, then breached', async () => {
    // MQL Fri 10-30 17:00+01, never touched; due Fri 18:00.
    const leads = () => [lead('P1', { mqlAt: '2026-10-30T17:00:00+01:00' })];
    // 17:30 → 30 business minutes, pending.
    expect((await run(rules, leads(), { asOf: '2026-10-30T17:30:00+01:00' })).row('P1', 'first-touch')).toEqual(['pending', 30, '2026-10-30T18:00:00+01:00']);
    // 18:00 = due: 60 = goal, not exceeded; a touch now would still be met → pending.
    expect((await run(rules, leads(), { asOf: '2026-10-30T18:00:00+01:00' })).row('P1', 'first-touch')).toEqual(['pending', 60, '2026-10-30T18:00:00+01:00']);
    // Sunday: still 60 business minutes (closed since Friday 18:00) → pending.
    expect((await run(rules, leads(), { asOf: '2026-11-01T12:00:00+01:00' })).row('P1', 'first-touch')).toEqual(['pending', 60, '2026-10-30T18:00:00+01:00']);
    // Mon 11-02 09:10 → Fri 60 + Mon 10 = 70, breached.
    expect((await run(rules, leads(), { asOf: '2026-11-02T09:10:00+01:00' })).row('P1', 'first-touch')).toEqual(['breached', 70, '2026-10-30T18:00:00+01:00']);
  });

  it('a start after as-of is excluded and reported', async () => {
    // As of Thu 10-15, an MQL dated 10-20 has not happened yet.
    const r = await run(rules, [lead('F1', { mqlAt: '2026-10-20T10:00:00+02:00', firstTouchAt: '2026-10-20T10:10:00+02:00' })], {
      asOf: '2026-10-15T12:00:00+02:00',
    });
    expect(r.row('F1', 'first-touch')).toEqual(['excluded', null, null]);
    expect(r.report.dataQuality.find((f) => f.code === 'start-after-as-of' && f.sla === 'first-touch')).toMatchObject({ count: 1, examples: ['F1'] });
  });

  it('a lead that never reached the start is not in the SLA and is no finding', async () => {
    const r = await run(rules, [lead('N1', { createdAt: '2026-10-05T10:00:00+02:00' })], { asOf: ASOF });
    expect(r.rows).toEqual([]);
    expect(r.report.dataQuality.filter((f) => f.code === 'missing-start')).toEqual([]);
  });

  it('a missing start is evidenced by a later stage or the current stage too', async () => {
    const r = await run(
      rules,
      [
        lead('M1', { createdAt: '2026-10-05T10:00:00+02:00', sqlAt: '2026-10-07T10:00:00+02:00' }),
        lead('M2', { createdAt: '2026-10-06T10:00:00+02:00', stage: 'sql' }),
      ],
      { asOf: ASOF },
    );
    expect(r.row('M1', 'first-touch')?.[0]).toBe('excluded');
    expect(r.row('M2', 'first-touch')?.[0]).toBe('excluded');
    expect(r.report.dataQuality.find((f) => f.code === 'missing-start' && f.sla === 'first-touch')).toMatchObject({ count: 2, examples: ['M1', 'M2'] });
  });
});

describe('SLA verdicts on the calendar clock with a segment (accept within 24 h, ES/PT)', async () => {
  const leads = [
    // Autumn DST: Sat 10-24 12:00+02 (10:00Z) → Sun 10-25 11:30+01 (10:30Z) = 24.5 real hours = 1470 > 1440: breached.
    // (Wall-clock reading would say 23.5 h.) Due = start + 24 h = Sun 10-25 11:00+01.
    lead('A1', { mqlAt: '2026-10-24T12:00:00+02:00', salAt: '2026-10-25T11:30:00+01:00', attributes: { country: 'ES' } }),
    // Earliest stop wins (rejected Tue 09:00 before accepted Wed): 23 h = 1380: met. Country compared case-insensitively.
    lead('A2', {
      mqlAt: '2026-10-05T10:00:00+02:00',
      rejectedAt: '2026-10-06T09:00:00+02:00',
      salAt: '2026-10-07T09:00:00+02:00',
      rejectionReason: 'bad-fit',
      attributes: { country: 'es' },
    }),
    // Outside the segment: excluded, no finding.
    lead('A3', { mqlAt: '2026-10-05T10:00:00+02:00', attributes: { country: 'FR' } }),
    // Accepted after as-of: open; Fri 10:00 → 17:30 = 450 < 1440, due Sat 10-31 10:00+01: pending.
    lead('A4', { mqlAt: '2026-10-30T10:00:00+01:00', salAt: '2026-10-31T09:00:00+01:00', attributes: { country: 'PT' } }),
    // Never accepted: Wed 10-28 09:00 → Fri 10-30 17:30 = 56.5 h = 3390 ≥ 1440: breached. Due Thu 10-29 09:00+01.
    lead('A5', { mqlAt: '2026-10-28T09:00:00+01:00', attributes: { country: 'ES' } }),
  ];
  const { report, row } = await run(rules, leads, { asOf: ASOF });

  it('measures real elapsed minutes across DST and applies the segment', () => {
    expect(row('A1', 'accept')).toEqual(['breached', 1470, '2026-10-25T11:00:00+01:00']);
    expect(row('A2', 'accept')).toEqual(['met', 1380, '2026-10-06T10:00:00+02:00']);
    expect(row('A3', 'accept')).toEqual(['excluded', null, null]);
    expect(row('A4', 'accept')).toEqual(['pending', 450, '2026-10-31T10:00:00+01:00']);
    expect(row('A5', 'accept')).toEqual(['breached', 3390, '2026-10-29T09:00:00+01:00']);
    // 1 / 3 < 90%: fail. Stopped: 1380 1470: median rank 1 → 1380 (the lower middle), p90 rank 2 → 1470.
    // Open apart (A4 pending 450, A5 open breach 3390): median age rank 1 → 450, oldest 3390.
    expect(report.slas.find((s) => s.id === 'accept')).toMatchObject({
      met: 1,
      breached: 2,
      pending: 1,
      excluded: 1,
      attainment: 1 / 3,
      status: 'fail',
      clock: 'calendar',
      goalMinutes: 1440,
      elapsedMinutes: { median: 1380, p90: 1470 },
      open: { count: 2, medianAgeMinutes: 450, oldestAgeMinutes: 3390 },
    });
  });
});

describe('SLA verdicts across the spring DST change (March 2026)', async () => {
  const leads = [
    // Fri 03-27 17:50+01 → Mon 03-30 09:05+02: 10 + 5 = 15: met. Due Mon 09:50+02.
    lead('S1', { mqlAt: '2026-03-27T17:50:00+01:00', firstTouchAt: '2026-03-30T09:05:00+02:00' }),
    // Fri 17:00 → Mon 09:30: 60 + 30 = 90: breached. Due Fri 18:00+01.
    lead('S2', { mqlAt: '2026-03-27T17:00:00+01:00', firstTouchAt: '2026-03-30T09:30:00+02:00' }),
    // Accept on the calendar clock: Sat 12:00+01 (11:00Z) → Sun 12:30+02 (10:30Z) = 23.5 h = 1410: met
    // (a wall-clock reading would say 24.5 h, breached). Due = Sat 11:00Z + 24 h = Sun 13:00+02.
    // First touch never happened: the clock opened Mon 09:00; as of Tue 12:00: Mon 480 + Tue 180 = 660: breached, due Mon 10:00.
    lead('S3', { mqlAt: '2026-03-28T12:00:00+01:00', salAt: '2026-03-29T12:30:00+02:00', attributes: { country: 'ES' } }),
  ];
  const { row } = await run(rules, leads, { asOf: '2026-03-31T12:00:00+02:00', period: period('2026-03') });

  it('keeps wall-clock working hours and real elapsed time', () => {
    expect(row('S1', 'first-touch')).toEqual(['met', 15, '2026-03-30T09:50:00+02:00']);
    expect(row('S2', 'first-touch')).toEqual(['breached', 90, '2026-03-27T18:00:00+01:00']);
    expect(row('S3', 'accept')).toEqual(['met', 1410, '2026-03-29T13:00:00+02:00']);
    expect(row('S3', 'first-touch')).toEqual(['breached', 660, '2026-03-30T10:00:00+02:00']);
  });
});

describe('streaming', () => {
  it('emits per-lead rows while the source is still being read, and never keeps them', async () => {
    const seenBefore: number[] = [];
    const rows: PerLeadRow[] = [];
    const leads = october();
    async function* source(): AsyncIterable<SourceItem> {
      for (const l of leads) {
        seenBefore.push(rows.length);
        await Promise.resolve();
        yield { kind: 'lead', lead: l };
      }
    }
    const report = await evaluate(rules, source(), { period: period('2026-10'), asOfMs: ms(ASOF), files: [], onPerLead: (r) => rows.push(r) });
    // Before reading lead k the rows of leads 0..k-1 are out: 2 per MQL lead, 1 for L08.
    expect(seenBefore.slice(0, 9)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 15]);
    expect(rows).toHaveLength(25);
    expect(JSON.stringify(report)).not.toContain('"verdict"');
  });
});
