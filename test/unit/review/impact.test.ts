/**
 * The impact simulation on hand-made leads: each side's numbers are an ordinary
 * evaluation's, and changed verdicts are counted lead by lead without keeping rows.
 */
import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../src/leads/lead.js';
import { hashId, simulateImpact, VerdictTape, type ImpactSide } from '../../../src/review/impact.js';
import { renderPhrase } from '../../../src/review/summaries/index.js';
import { diffRules, findRenames } from '../../../src/review/diff.js';
import { renderDiff } from '../../../src/review/render/index.js';
import type { DiffReport } from '../../../src/review/types.js';
import { checkVersion } from '../../../src/review/version.js';
import { CONTRACT, items, lead, ms, period, rulesOf, run } from '../engine/fixtures.js';

const AS_OF = '2026-11-02T09:00';

/** Monday 5 October 2026, Madrid: business hours 09:00–14:00 and 15:00–18:00. */
const LEADS: Lead[] = [
  lead('late-touch', { mqlAt: '2026-10-05T10:00', firstTouchAt: '2026-10-05T11:30' }), // 90 business minutes
  lead('fast-touch', { mqlAt: '2026-10-05T10:00', firstTouchAt: '2026-10-05T10:30' }),
  lead('never-mql', { createdAt: '2026-10-05T10:00' }),
  lead('slow-accept', { mqlAt: '2026-10-06T10:00', firstTouchAt: '2026-10-06T10:10', salAt: '2026-10-07T16:00', attributes: { country: 'ES' } }), // 30 hours
];

function side(text: string, leads: Lead[] = LEADS): ImpactSide {
  return { rules: rulesOf(text), period: period('2026-10'), asOfMs: ms(AS_OF), items: items(leads) };
}

/** The review of a change from one contract text to another, without impact yet. */
function diffReport(base: string, head: string): DiffReport {
  const [b, h] = [rulesOf(base), rulesOf(head)];
  const changes = diffRules(b, h);
  const ref = (r: typeof b) => ({ name: r.contract.name, version: r.contract.version, source: 'contract.yaml' });
  return { base: ref(b), head: ref(h), changes, version: checkVersion(changes, b.contract.version, h.contract.version), impact: null };
}

const HEAD = CONTRACT.replace('goal: 1bh', 'goal: 2bh').replace('goal: 24h', 'goal: 48h');

describe('simulateImpact', () => {
  it('each side equals an evaluation of that contract alone', async () => {
    const { impact, reports } = await simulateImpact(side(CONTRACT), side(HEAD), { files: ['leads.csv'], mapping: 'canonical' });
    const alone = { base: await run(rulesOf(CONTRACT), LEADS, { asOf: AS_OF }), head: await run(rulesOf(HEAD), LEADS, { asOf: AS_OF }) };
    expect(reports.base).toEqual(alone.base.report);
    expect(reports.head).toEqual(alone.head.report);
    const ft = impact.slas.find((s) => s.id === 'first-touch');
    expect(ft?.base).toMatchObject({ met: 2, breached: 1, attainment: 2 / 3 });
    expect(ft?.head).toMatchObject({ met: 3, breached: 0, attainment: 1 });
  });

  it('counts the leads whose verdict changes, per SLA and in all', async () => {
    const { impact } = await simulateImpact(side(CONTRACT), side(HEAD), { files: ['leads.csv'], mapping: 'canonical' });
    expect(impact.slas.map((s) => [s.id, s.leadsChanged, s.transitions])).toEqual([
      ['first-touch', 1, [{ from: 'breached', to: 'met', leads: 1 }]],
      ['accept', 1, [{ from: 'breached', to: 'met', leads: 1 }]],
    ]);
    // Three leads are in some SLA's cohort; two of them change.
    expect(impact.leadsCompared).toBe(3);
    expect(impact.leadsChanged).toBe(2);
    expect(impact.notes.some((n) => n.includes('between the two passes'))).toBe(false);
  });

  it('the same contract on both sides changes no verdict', async () => {
    const { impact } = await simulateImpact(side(CONTRACT), side(CONTRACT), { files: ['leads.csv'], mapping: 'canonical' });
    expect(impact.leadsChanged).toBe(0);
    expect(impact.slas.every((s) => s.leadsChanged === 0 && s.transitions.length === 0)).toBe(true);
  });

  it('a narrower segment moves leads out of the cohort ("none")', async () => {
    const head = CONTRACT.replace('when: { field: country, op: in, value: [ES, PT] }', 'when: { field: country, op: in, value: [PT] }');
    const { impact } = await simulateImpact(side(CONTRACT), side(head), { files: ['leads.csv'], mapping: 'canonical' });
    expect(impact.slas.find((s) => s.id === 'accept')?.transitions).toEqual([{ from: 'breached', to: 'excluded', leads: 1 }]);
  });

  it('an SLA on one side only is listed without a comparison; a renamed one is compared with itself', async () => {
    const removed = CONTRACT.replace(/ {2}- id: accept\n[\s\S]*?when: \{[^\n]*\n/, '');
    const r1 = await simulateImpact(side(CONTRACT), side(removed), { files: ['leads.csv'], mapping: 'canonical' });
    expect(r1.impact.slas.find((s) => s.id === 'accept')).toMatchObject({ head: null, leadsChanged: null });
    const renamed = CONTRACT.replace('- id: accept\n', '- id: accept-or-reject\n');
    const r2 = await simulateImpact(side(CONTRACT), side(renamed), {
      files: ['leads.csv'],
      mapping: 'canonical',
      renamedSlas: new Map([['accept', 'accept-or-reject']]),
    });
    expect(r2.impact.slas.find((s) => s.id === 'accept-or-reject')).toMatchObject({ leadsChanged: 0 });
    expect(r2.impact.slas).toHaveLength(2);
  });

  it('an SLA renamed and changed in the same edit is one row: the old figures next to the new, labelled with the rename', async () => {
    const edited = HEAD.replace('- id: accept\n', '- id: accept-or-reject\n');
    const { impact } = await simulateImpact(side(CONTRACT), side(edited), {
      files: ['leads.csv'],
      mapping: 'canonical',
      renamedSlas: findRenames(rulesOf(CONTRACT), rulesOf(edited)).slas,
    });
    expect(impact.slas.map((s) => s.id)).toEqual(['first-touch', 'accept-or-reject']);
    expect(impact.slas[1]).toMatchObject({
      renamedFrom: 'accept',
      base: { met: 0, breached: 1, goalMinutes: 24 * 60 },
      head: { met: 1, breached: 0, goalMinutes: 48 * 60 },
      leadsChanged: 1,
      transitions: [{ from: 'breached', to: 'met', leads: 1 }],
    });
    expect(impact.slas[0]?.renamedFrom).toBeUndefined();
    const report = { ...diffReport(CONTRACT, edited), impact };
    expect(renderDiff.text(report)).toMatch(/^ {2}accept → accept-or-reject \(renamed\) +sales +0\.0% of 90% +100\.0% of 90%/m);
    expect(renderDiff.markdown(report, { locale: 'es' })).toMatch(
      /^\| accept → accept-or-reject \(renombrado\) \| ventas \| 0,0\s?% de 90\s?% \| 100,0\s?% de 90\s?% \|/m,
    );
    const json = JSON.parse(renderDiff.json(report)) as { impact: { slas: Record<string, unknown>[] } };
    expect(json.impact.slas[1]?.['renamedFrom']).toBe('accept');
  });

  it('when the two passes see different leads, the count is unavailable, not wrong', async () => {
    const { impact } = await simulateImpact(side(CONTRACT), side(HEAD, [...LEADS].reverse()), { files: ['leads.csv'], mapping: 'canonical' });
    expect(impact.leadsChanged).toBeNull();
    expect(impact.slas.every((s) => s.leadsChanged === null)).toBe(true);
    expect(impact.notes.join(' ')).toMatch(/changed between the two passes/);
  });
});

describe('simulateImpact: why a figure is "no data"', () => {
  const UNTOUCHED: Lead[] = [
    lead('a', { mqlAt: '2026-10-05T10:00', salAt: '2026-10-05T16:00', attributes: { country: 'ES' } }),
    lead('b', { mqlAt: '2026-10-06T10:00', salAt: '2026-10-07T16:00', attributes: { country: 'PT' } }),
  ];

  it("says the reason check gives, once when both sides have it, in the reader's locale", async () => {
    const { impact } = await simulateImpact(side(CONTRACT, UNTOUCHED), side(HEAD, UNTOUCHED), { files: ['leads.csv'], mapping: 'canonical' });
    expect(impact.slas.find((s) => s.id === 'first-touch')).toMatchObject({ base: { status: 'no-data' }, head: { status: 'no-data' } });
    const said = impact.notes.filter((n) => n.includes('first-touch'));
    expect(said).toEqual([expect.stringMatching(/^SLA first-touch is not measured: no lead of the export has firstTouchAt, the event that stops its clock/)]);
    // A stage date no lead has is said when it leaves a commitment of the tables unmeasured.
    expect(impact.notes).toContainEqual(expect.stringMatching(/none with opportunityAt, the date a lead reaches opportunity: commitment "pipeline"/));
    const k = impact.notes.indexOf(said[0] as string);
    expect(renderPhrase(impact.noteMessages?.[k] as NonNullable<typeof impact.noteMessages>[number], 'es')).toMatch(/^el SLA first-touch no se mide/i);
  });

  it("marks a reason only one side has as that side's", async () => {
    const narrowed = CONTRACT.replace('when: { field: country, op: in, value: [ES, PT] }', 'when: { field: country, op: in, value: [FR] }');
    const head = await simulateImpact(side(CONTRACT), side(narrowed), { files: ['leads.csv'], mapping: 'canonical' });
    expect(head.impact.slas.find((s) => s.id === 'accept')?.head).toMatchObject({ status: 'no-data' });
    const only = (notes: string[]) => notes.filter((n) => n.includes('SLA accept'));
    expect(only(head.impact.notes)).toEqual([expect.stringMatching(/^head contract only: the condition of SLA accept matched none of the/)]);
    const base = await simulateImpact(side(narrowed), side(CONTRACT), { files: ['leads.csv'], mapping: 'canonical' });
    expect(only(base.impact.notes)).toEqual([expect.stringMatching(/^base contract only: the condition of SLA accept matched none of the/)]);
  });
  it('says a head that takes effect after the period, instead of turning every figure into a bare "no data"', async () => {
    const later = HEAD.replace('effective: 2026-01-01', 'effective: 2027-01-01');
    const { impact } = await simulateImpact(side(CONTRACT), side(later), { files: ['leads.csv'], mapping: 'canonical' });
    expect(impact.slas.map((s) => s.head?.status)).toEqual(['no-data', 'no-data']);
    expect(impact.unmeasured).toContainEqual(expect.objectContaining({ side: 'head', code: 'before-effective' }));
    const said = impact.notes.filter((n) => n.startsWith('head contract only: the period 2026-10 ends before the contract took effect on 2027-01-01'));
    expect(said).toHaveLength(1);
    const k = impact.notes.indexOf(said[0] as string);
    expect(renderPhrase(impact.noteMessages?.[k] as NonNullable<typeof impact.noteMessages>[number], 'es')).not.toMatch(/contract took effect/);
  });
  it('says why a new SLA is "no data" when no lead has its start event, naming the SLA', async () => {
    const added = HEAD.replace(
      'followUp:',
      '  - { id: nurture-return, owner: marketing, start: recycled, stop: mql, clock: calendar, goal: 30d, target: 80% }\nfollowUp:',
    );
    const { impact } = await simulateImpact(side(CONTRACT), side(added), { files: ['leads.csv'], mapping: 'canonical' });
    expect(impact.slas.find((s) => s.id === 'nurture-return')).toMatchObject({ base: null, head: { status: 'no-data' } });
    expect(impact.unmeasured).toContainEqual(expect.objectContaining({ side: 'head', code: 'missing-start', sla: 'nurture-return' }));
    const said = impact.notes.filter((n) => n.startsWith('head contract only: SLA nurture-return: 3 leads without recycledAt'));
    expect(said).toHaveLength(1);
    // An SLA that is measured keeps its missing starts out of the notes: they do not make a figure "no data".
    expect(impact.unmeasured.filter((u) => u.sla !== 'nurture-return' && u.code === 'missing-start')).toEqual([]);
  });
});

describe('VerdictTape', () => {
  it('keeps 4 + k bytes per lead in chunks, across chunk boundaries', () => {
    const tape = new VerdictTape(3);
    for (let i = 0; i < 70_000; i++) tape.push(hashId(`lead-${i}`));
    tape.set(65_537, 2, 4);
    expect(tape.get(65_537, 2)).toBe(4);
    expect(tape.get(65_537, 1)).toBe(0);
    expect(tape.hash(69_999)).toBe(hashId('lead-69999'));
    expect(tape.length).toBe(70_000);
    expect(tape.bytes).toBe(2 * 65_536 * 7);
  });
});
