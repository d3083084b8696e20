/**
 * Issue 13, item 23: `due` run on a Sunday listed a lead due Friday 18:00 as "0m left". On a
 * business clock the weekend adds nothing, so the engine calls the lead pending (it can still
 * be met at Monday's opening), but its deadline is behind it: it is overdue, not due soon.
 */
import { describe, expect, it } from 'vitest';
import { DueList } from '../../../src/report/due.js';
import { lead, ms, rulesOf, run } from '../engine/fixtures.js';

const rules = rulesOf();
const SUNDAY = '2026-11-01T12:00:00+01:00';

async function dueList(asOfMs: number | undefined) {
  const list = new DueList(rules, 120, 10_000, asOfMs);
  const leads = [
    // Fri 17:00 → 18:00 = 60 business minutes = the goal: due Fri 18:00, behind us on Sunday.
    lead('FRI', { mqlAt: '2026-10-30T17:00:00+01:00', owner: 'ana' }),
    // Fri 17:30 → 18:00 = 30: 30 left, due Mon 09:30.
    lead('MON', { mqlAt: '2026-10-30T17:30:00+01:00', owner: 'bruno' }),
  ];
  const { rows } = await run(rules, leads, { asOf: SUNDAY });
  for (const r of rows) list.add(r);
  return list.result().items.filter((i) => i.ruleId === 'first-touch');
}

describe('DueList', () => {
  it.each([
    ['with the as-of instant', ms(SUNDAY)],
    ['without it (no time left on the clock)', undefined],
  ])('lists a lead whose due instant has passed as overdue, first, never as due with 0 minutes left (%s)', async (_, asOfMs) => {
    const items = await dueList(asOfMs);
    expect(items.map((i) => [i.leadId, i.overdue, i.minutesLeft, i.dueAt])).toEqual([
      ['FRI', true, 0, '2026-10-30T18:00:00+01:00'],
      ['MON', false, 30, '2026-11-02T09:30:00+01:00'],
    ]);
  });
});
