import { describe, expect, it } from 'vitest';
import { references } from '../../../../src/contract/checks/references.js';
import { diagnose, expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

describe('check: references', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(references);
  });

  it('reports every kind of dangling reference at its pointer', () => {
    const contract = shaped(
      minimalWith(`
personas:
  - { id: cfo, name: CFO }
qualification:
  personas: [cfoo]
  thresholds: [{ id: t, stage: sqll, score: 50 }]
targets:
  period: month
  revenue: 1000
  deals: 1
  conversions: [{ from: leed, to: nowhere, rate: 10% }]
commitments:
  - { id: a, owner: marketing, kind: volume, stage: mqll, goal: 1 }
  - { id: b, owner: marketing, kind: conversion, from: lea, to: mq, goal: 10% }
  - { id: c, owner: sales, kind: pipeline, stage: opp, goal: 1 }
handoff: { stage: sal, requiredFields: [{ field: email }] }
slas:
  - { id: first-touch, owner: sales, start: mql, stop: [first-touch, acepted], calendar: madird, goal: 1bh, target: 90% }
  - { id: s2, owner: sales, start: mqll, stop: first-tuch, clock: calendar, goal: 1h, target: 90% }
followUp: { minAttempts: 3, minSpan: 5d, calendar: office, giveUpReason: no-respons }
recycling:
  reasons: [{ id: no-response, label: No response, destination: nurture, stage: nurture }]
calendars:
  - { id: madrid, timezone: Europe/Madrid, hours: { weekdays: ["09:00-18:00"] } }
reporting:
  metrics:
    - { id: m1, name: M, definition: D, measure: { kind: count, stage: sqls } }
    - { id: m2, name: M, definition: D, measure: { kind: conversion, from: mq, to: sq } }
    - { id: m3, name: M, definition: D, measure: { kind: sla-attainment, sla: first-tuch } }
  meetings:
    - { id: w, name: Weekly, cadence: weekly, calendar: barcelona }
`).replace('{ id: mql, owner: marketing }', '{ id: mql, owner: marketing, personas: [cto] }'),
    );
    expect(where(references.run(contract))).toEqual([
      ['unresolved-reference', '/stages/1/personas/0'],
      ['unresolved-reference', '/qualification/personas/0'],
      ['unresolved-reference', '/qualification/thresholds/0/stage'],
      ['unresolved-reference', '/targets/conversions/0/from'],
      ['unresolved-reference', '/targets/conversions/0/to'],
      ['unresolved-reference', '/commitments/0/stage'],
      ['unresolved-reference', '/commitments/1/from'],
      ['unresolved-reference', '/commitments/1/to'],
      ['unresolved-reference', '/commitments/2/stage'],
      ['unresolved-reference', '/handoff/stage'],
      ['unresolved-reference', '/recycling/reasons/0/stage'],
      ['unresolved-reference', '/reporting/metrics/0/measure/stage'],
      ['unresolved-reference', '/reporting/metrics/1/measure/from'],
      ['unresolved-reference', '/reporting/metrics/1/measure/to'],
      ['unresolved-reference', '/reporting/metrics/2/measure/sla'],
      ['unresolved-reference', '/followUp/giveUpReason'],
      ['unresolved-reference', '/slas/0/calendar'],
      ['unresolved-reference', '/followUp/calendar'],
      ['unresolved-reference', '/reporting/meetings/0/calendar'],
      ['unresolved-reference', '/slas/0/stop/1'],
      ['unresolved-reference', '/slas/1/start'],
      ['unresolved-reference', '/slas/1/stop'],
    ]);
  });

  it('suggests the nearest id, lists the known ones when none is near, and says where to define the first one', () => {
    const contract = shaped(
      minimalWith(`
handoff: { stage: mqll, requiredFields: [{ field: email }] }
commitments: [{ id: a, owner: marketing, kind: volume, stage: customer, goal: 1 }]
slas: [{ id: s, owner: sales, start: mql, stop: first-touch, clock: calendar, calendar: office, goal: 1h, target: 90% }]
`),
    );
    const byPointer = Object.fromEntries(references.run(contract).map((f) => [f.pointer, f]));
    expect(byPointer['/handoff/stage']).toMatchObject({ message: 'no stage has the id "mqll"; did you mean "mql"?', suggest: undefined });
    expect(byPointer['/commitments/0/stage']).toMatchObject({ message: 'no stage has the id "customer"', suggest: 'known stages: lead, mql' });
    expect(byPointer['/slas/0/calendar']).toMatchObject({ message: 'no calendar has the id "office"', suggest: 'define it under calendars' });
  });

  it('resolves SLA events against stage ids first, then the activities', () => {
    const ok = shaped(
      minimalWith(`
slas:
  - { id: a, owner: sales, start: lead, stop: [mql, first-touch, last-attempt, rejected, feedback, recycled], clock: calendar, goal: 1h, target: 90% }
  - { id: b, owner: sales, start: mql, stop: created, clock: calendar, goal: 1h, target: 90% }
`),
    );
    expect(references.run(ok)).toEqual([]);
    const typo = references.run(shaped(minimalWith('slas: [{ id: a, owner: sales, start: mql, stop: first-tuch, clock: calendar, goal: 1h, target: 90% }]')));
    expect(typo).toMatchObject([{ pointer: '/slas/0/stop', message: '"first-tuch" is neither a stage id nor an activity; did you mean "first-touch"?' }]);
    const far = references.run(shaped(minimalWith('slas: [{ id: a, owner: sales, start: mql, stop: zzzzzzzz, clock: calendar, goal: 1h, target: 90% }]')));
    expect(far[0]?.suggest).toBe('use one of: lead, mql, created, first-touch, last-attempt, rejected, feedback, recycled');
  });

  it('leaves a stage whose kind cannot be told to the stages check, instead of "did you mean" its own name', () => {
    const text = minimalWith('slas: [{ id: a, owner: sales, start: mql, stop: handover, clock: calendar, goal: 1h, target: 90% }]').replace(
      '  - { id: mql, owner: marketing }',
      '  - { id: mql, owner: marketing }\n  - { id: handover, owner: sales }',
    );
    expect(references.run(shaped(text))).toEqual([]);
    expect(diagnose(text).map((d) => [d.code, d.pointer])).toEqual([['invalid-stage', '/stages/2/id']]);
  });

  it('refuses a clock that stops on the event that starts it (it passed, and a date-only cell read as a breach of itself)', () => {
    const same = references.run(shaped(minimalWith('slas: [{ id: a, owner: sales, start: mql, stop: mql, clock: calendar, goal: 1h, target: 90% }]')));
    expect(where(same)).toEqual([['stop-is-start', '/slas/0/stop']]);
    expect(same[0]?.message).toBe('SLA "a" stops its clock on "mql", the event that starts it: it would measure nothing');
    const among = references.run(
      shaped(minimalWith('slas: [{ id: a, owner: sales, start: lead, stop: [first-touch, created], clock: calendar, goal: 1h, target: 90% }]')),
    );
    expect(where(among)).toEqual([['stop-is-start', '/slas/0/stop/1']]);
    expect(among[0]?.message).toBe('SLA "a" stops its clock on "created", the same date (createdAt) as "lead" that starts it: it would measure nothing');
  });

  it('does not resolve Object.prototype members such as "constructor" as activities', () => {
    // events.ts resolveEvent() tests `event in ACTIVITY_FIELDS`, which also sees inherited members.
    const contract = shaped(minimalWith('slas: [{ id: a, owner: sales, start: constructor, stop: constructor, clock: calendar, goal: 1h, target: 90% }]'));
    expect(where(references.run(contract))).toEqual([
      ['unresolved-reference', '/slas/0/start'],
      ['unresolved-reference', '/slas/0/stop'],
    ]);
  });
});
