/**
 * The meaning of each kind of change (issue 5): kind, direction from the bound team's
 * point of view, the team(s) affected, the bump the version policy gives it, and the
 * one-line summary. Every case edits contracts/b2b-saas.yaml and diffs the rules.
 */
import { describe, expect, it } from 'vitest';
import type { Condition, RevpactContract } from '../../../src/contract/types.generated.js';
import { diffRules } from '../../../src/review/diff.js';
import { renderPhrase } from '../../../src/review/summaries/index.js';
import { at, b2b, changesOf, onlyChange, removeWhere, rulesOf } from './helpers.js';

describe('no change', () => {
  it('a contract against itself has no changes', () => {
    expect(changesOf(() => undefined)).toEqual([]);
  });

  it('reordering lists matched by id or by value is no change', () => {
    const changes = changesOf((c) => {
      c.slas?.reverse();
      c.commitments?.reverse();
      c.personas?.reverse();
      c.qualification?.scoring?.rules.reverse();
      c.handoff?.requiredFields.reverse();
      c.recycling?.reasons.reverse();
      c.reporting?.metrics?.reverse();
      c.reporting?.meetings?.reverse();
      c.scorecard?.needs.sales.reverse();
      c.roles?.marketing?.responsibilities?.reverse();
      c.targets?.conversions?.reverse();
      c.metadata.approvers?.reverse();
      c.calendars?.[0]?.holidays?.dates?.reverse();
      // Members of all/any lists and of in-lists.
      c.qualification?.engagement?.any?.reverse();
      const fit = c.qualification?.fit?.all?.[0];
      if (fit && Array.isArray(fit.value)) fit.value.reverse();
      // Stages that leave the funnel are not part of the lifecycle order.
      const stages = c.stages;
      const lost = stages.findIndex((s) => s.id === 'lost');
      const recycled = stages.findIndex((s) => s.id === 'recycled');
      [stages[lost], stages[recycled]] = [stages[recycled] as never, stages[lost] as never];
    });
    expect(changes).toEqual([]);
  });

  it('the same duration in other units on the same clock is no change (1bh = 60m on the business clock)', () => {
    expect(
      changesOf((c) => {
        const sla = at(c.slas, 'first-touch');
        sla.goal = '60m';
        sla.clock = 'business';
      }),
    ).toEqual([]);
  });

  it('a percentage written as a ratio is no change', () => {
    expect(changesOf((c) => void (at(c.slas, 'first-touch').target = 0.95))).toEqual([]);
  });
});

describe('SLAs', () => {
  it('a longer goal loosens sales’ obligation (minor), in the contract’s words', () => {
    const change = onlyChange((c) => void (at(c.slas, 'first-touch').goal = '2bh'));
    expect(change).toMatchObject({
      pointer: '/slas/0/goal',
      kind: 'changed',
      before: '1bh',
      after: '2bh',
      direction: 'loosened',
      affects: 'sales',
      bump: 'minor',
      section: 'slas',
      side: 'head',
    });
    expect(change.summary).toBe('First touch: 1 business hour → 2 business hours (looser for sales)');
  });

  it('a shorter goal tightens it (major), comparing minutes across units', () => {
    // 1bd on the Barcelona calendar is 8 business hours; 4bh is half of that.
    const change = onlyChange((c) => void (at(c.slas, 'accept-or-reject').goal = '4bh'));
    expect(change).toMatchObject({ direction: 'tightened', affects: 'sales', bump: 'major', before: '1bd', after: '4bh' });
    expect(change.summary).toBe('Accept or reject: 1 business day → 4 business hours (tighter for sales)');
  });

  it('a marketing SLA binds marketing', () => {
    expect(onlyChange((c) => void (at(c.slas, 'recycle-to-nurture').goal = '3bd'))).toMatchObject({
      direction: 'tightened',
      affects: 'marketing',
      bump: 'major',
    });
  });

  it('a higher target tightens (major), a lower one loosens (minor)', () => {
    expect(onlyChange((c) => void (at(c.slas, 'first-touch').target = '97%'))).toMatchObject({
      pointer: '/slas/0/target',
      before: '95%',
      after: '97%',
      direction: 'tightened',
      bump: 'major',
      summary: 'First touch target: 95% → 97% of leads (tighter for sales)',
    });
    expect(onlyChange((c) => void (at(c.slas, 'first-touch').target = '90%'))).toMatchObject({ direction: 'loosened', bump: 'minor' });
  });

  it('moving to the calendar clock with no more minutes tightens; the reverse loosens', () => {
    const tighter = onlyChange((c) => void (at(c.slas, 'enterprise-first-touch').clock = 'calendar'));
    expect(tighter).toMatchObject({
      direction: 'tightened',
      bump: 'major',
      summary: 'Enterprise first touch: 30 business minutes → 30 minutes (tighter for sales)',
    });
    const base = b2b();
    at(base.slas, 'enterprise-first-touch').clock = 'calendar';
    expect(onlyChange((c) => void (at(c.slas, 'enterprise-first-touch').clock = 'business'), base)).toMatchObject({ direction: 'loosened', bump: 'minor' });
  });

  it('a clock change that cannot be compared is neutral, unclear and major', () => {
    const change = onlyChange((c) => {
      const sla = at(c.slas, 'first-touch');
      sla.goal = '3h';
      sla.clock = 'calendar';
    });
    expect(change).toMatchObject({ direction: 'neutral', unclear: true, bump: 'major' });
    expect(change.summary).toMatch(/may tighten or loosen for sales: review/);
  });

  it('another calendar is a change to review (major)', () => {
    const changes = changesOf((c) => {
      c.calendars?.push({ id: 'lisbon', timezone: 'Europe/Lisbon', hours: { weekdays: ['09:00-17:00'] } });
      at(c.slas, 'first-touch').calendar = 'lisbon';
    });
    const sla = changes.find((x) => x.pointer === '/slas/0/calendar');
    expect(sla).toMatchObject({ kind: 'changed', before: 'barcelona', after: 'lisbon', direction: 'neutral', unclear: true, bump: 'major', affects: 'sales' });
    expect(changes.find((x) => x.section === 'calendars')).toMatchObject({ kind: 'added', bump: 'minor', affects: 'sales' });
  });

  it('a wider segment tightens, a narrower one loosens, a different one is unclear', () => {
    const when = (w: Condition) => (c: ReturnType<typeof b2b>) => void (at(c.slas, 'enterprise-first-touch').when = w);
    expect(onlyChange(when({ field: 'employees', op: 'gte', value: 500 }))).toMatchObject({
      pointer: '/slas/4/when',
      direction: 'tightened',
      bump: 'major',
      summary: 'Enterprise first touch applies to more leads: employees ≥ 1000 → employees ≥ 500 (tighter for sales)',
    });
    expect(onlyChange(when({ field: 'employees', op: 'gte', value: 5000 }))).toMatchObject({ direction: 'loosened', bump: 'minor' });
    expect(
      onlyChange(
        when({
          all: [
            { field: 'employees', op: 'gte', value: 1000 },
            { field: 'country', op: 'in', value: ['ES', 'PT'] },
          ],
        }),
      ),
    ).toMatchObject({ direction: 'loosened' });
    expect(onlyChange(when({ field: 'industry', op: 'eq', value: 'consulting' }))).toMatchObject({ direction: 'neutral', unclear: true, bump: 'major' });
  });

  it('removing a stop event tightens; adding one loosens', () => {
    expect(onlyChange((c) => void (at(c.slas, 'accept-or-reject').stop = 'sal'))).toMatchObject({
      pointer: '/slas/1/stop',
      direction: 'tightened',
      before: ['sal', 'rejected'],
      after: ['sal'],
    });
    expect(onlyChange((c) => void (at(c.slas, 'first-touch').stop = ['first-touch', 'sal']))).toMatchObject({ direction: 'loosened', bump: 'minor' });
  });

  it('another start event is unclear', () => {
    expect(onlyChange((c) => void (at(c.slas, 'first-touch').start = 'sal'))).toMatchObject({ pointer: '/slas/0/start', unclear: true, bump: 'major' });
  });

  it('a new SLA tightens its owner’s obligations (major)', () => {
    const change = onlyChange(
      (c) => void c.slas?.push({ id: 'sql-follow-up', name: 'SQL follow-up', owner: 'sales', start: 'sql', stop: 'opportunity', goal: '5bd', target: '80%' }),
    );
    expect(change).toMatchObject({
      pointer: '/slas/5',
      kind: 'added',
      before: null,
      after: 'sql-follow-up',
      direction: 'tightened',
      affects: 'sales',
      bump: 'major',
    });
    expect(change.summary).toBe('New SLA “SQL follow-up”: 5 business days for 80% of leads (tighter for sales)');
  });

  it('removing an SLA removes a clause: major, though it loosens', () => {
    const change = onlyChange((c) => void (c.slas = c.slas?.filter((s) => s.id !== 'enterprise-first-touch')));
    expect(change).toMatchObject({
      pointer: '/slas/4',
      side: 'base',
      kind: 'removed',
      before: 'enterprise-first-touch',
      after: null,
      direction: 'loosened',
      bump: 'major',
    });
  });

  it('an id renamed with the same content is a rename, not a removal and an addition', () => {
    const change = onlyChange((c) => void (at(c.slas, 'accept-or-reject').id = 'accept-reject'));
    expect(change).toMatchObject({
      kind: 'renamed',
      before: 'accept-or-reject',
      after: 'accept-reject',
      pointer: '/slas/1/id',
      direction: 'neutral',
      bump: 'minor',
    });
  });

  it('an id renamed and a goal changed in the same edit: the rename, then the change, as for an SLA that kept its id', () => {
    const changes = changesOf((c) => {
      const sla = at(c.slas, 'accept-or-reject');
      sla.id = 'accept-reject';
      sla.goal = '2bd';
    });
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'renamed',
        pointer: '/slas/1/id',
        before: 'accept-or-reject',
        after: 'accept-reject',
        direction: 'neutral',
        bump: 'minor',
        summary: 'SLA id accept-or-reject → accept-reject (same owner, start and stop events: the same SLA, changed as follows)',
      }),
      expect.objectContaining({
        kind: 'changed',
        pointer: '/slas/1/goal',
        before: '1bd',
        after: '2bd',
        direction: 'loosened',
        summary: 'Accept or reject: 1 business day → 2 business days (looser for sales)',
      }),
    ]);
  });

  it('renamed and changed: a new name and target are listed too, and clauses that name the SLA follow the rename', () => {
    const changes = changesOf((c) => {
      const sla = at(c.slas, 'first-touch');
      sla.id = 'first-contact';
      sla.name = 'First contact';
      sla.target = '98%';
      for (const m of c.reporting?.metrics ?? []) if (m.measure?.sla === 'first-touch') m.measure.sla = 'first-contact';
    });
    // No "metric measure changed" in reporting: its metrics point at the same SLA under its new id.
    expect(changes.map((x) => [x.section, x.kind, x.pointer])).toEqual([
      ['slas', 'renamed', '/slas/0/id'],
      ['slas', 'changed', '/slas/0/target'],
      ['slas', 'changed', '/slas/0/name'],
    ]);
    expect(changes[1]?.summary).toBe('First contact target: 95% → 98% of leads (tighter for sales)');
  });

  it('renamed and changed, but handed to the other team: another clause, a removal and an addition', () => {
    const changes = changesOf((c) => {
      const sla = at(c.slas, 'accept-or-reject');
      sla.id = 'accept-reject';
      sla.goal = '2bd';
      sla.owner = 'marketing';
    });
    expect(changes.map((x) => [x.kind, x.before, x.after])).toEqual([
      ['removed', 'accept-or-reject', null],
      ['added', null, 'accept-reject'],
    ]);
  });

  it('renamed and changed, but on other events: another clause, a removal and an addition', () => {
    const changes = changesOf((c) => {
      const sla = at(c.slas, 'accept-or-reject');
      sla.id = 'accept-only';
      sla.stop = 'sal';
    });
    expect(changes.map((x) => x.kind)).toEqual(['removed', 'added']);
  });

  it('two SLAs alike (same owner and events) both renamed and changed: paired only by a name each kept, else left removed and added', () => {
    const renameBoth = (c: RevpactContract, names: boolean) => {
      for (const [from, to] of [
        ['first-touch', 'touch-all'],
        ['enterprise-first-touch', 'touch-enterprise'],
      ] as const) {
        const sla = at(c.slas, from);
        sla.id = to;
        sla.target = '99%';
        if (names) sla.name = `${sla.name ?? ''} (renamed)`;
        for (const m of c.reporting?.metrics ?? []) if (m.measure?.sla === from) m.measure.sla = to;
      }
    };
    const ambiguous = changesOf((c) => renameBoth(c, true));
    expect(ambiguous.filter((x) => x.section === 'slas').map((x) => [x.kind, x.before ?? x.after])).toEqual([
      ['removed', 'first-touch'],
      ['removed', 'enterprise-first-touch'],
      ['added', 'touch-all'],
      ['added', 'touch-enterprise'],
    ]);
    const named = changesOf((c) => renameBoth(c, false));
    expect(named.filter((x) => x.kind === 'renamed').map((x) => [x.before, x.after])).toEqual([
      ['first-touch', 'touch-all'],
      ['enterprise-first-touch', 'touch-enterprise'],
    ]);
  });

  it('handing an SLA to the other team affects both and needs review', () => {
    expect(onlyChange((c) => void (at(c.slas, 'recycle-to-nurture').owner = 'sales'))).toMatchObject({ affects: 'both', unclear: true, bump: 'major' });
  });

  it('names and descriptions are wording: neutral, patch', () => {
    expect(onlyChange((c) => void (at(c.slas, 'first-touch').description = 'Sales calls every MQL fast.'))).toMatchObject({
      kind: 'changed',
      direction: 'neutral',
      bump: 'patch',
      summary: 'First touch: description reworded',
    });
    expect(onlyChange((c) => void (at(c.slas, 'first-touch').name = 'First contact'))).toMatchObject({ bump: 'patch' });
  });
});

describe('commitments', () => {
  it('a higher MQL goal tightens marketing’s commitment (major); a lower one loosens it (minor)', () => {
    const change = onlyChange((c) => void (at(c.commitments, 'mql-volume').goal = 250));
    expect(change).toMatchObject({
      pointer: '/commitments/0/goal',
      before: '220 a month',
      after: '250 a month',
      direction: 'tightened',
      affects: 'marketing',
      bump: 'major',
    });
    expect(change.summary).toBe('Commitment mql-volume: ≥ 220 mql leads a month → ≥ 250 mql leads a month (tighter for marketing)');
    expect(onlyChange((c) => void (at(c.commitments, 'mql-volume').goal = 200))).toMatchObject({ direction: 'loosened', bump: 'minor' });
  });

  it('sales’ revenue commitment binds sales; a rate compares as a rate', () => {
    expect(onlyChange((c) => void (at(c.commitments, 'revenue').goal = 300000))).toMatchObject({
      direction: 'tightened',
      affects: 'sales',
      before: '240,000 EUR a month',
      after: '300,000 EUR a month',
    });
    expect(onlyChange((c) => void (at(c.commitments, 'mql-quality').goal = '45%'))).toMatchObject({
      direction: 'tightened',
      affects: 'marketing',
      before: '40% a month',
      after: '45% a month',
    });
  });

  it('the same goal over a longer period is looser (goals compare per day)', () => {
    expect(onlyChange((c) => void (at(c.commitments, 'mql-volume').period = 'quarter'))).toMatchObject({
      pointer: '/commitments/0/period',
      direction: 'loosened',
      bump: 'minor',
    });
    expect(
      onlyChange((c) => {
        const m = at(c.commitments, 'mql-volume');
        m.period = 'quarter';
        m.goal = 700;
      }),
    ).toMatchObject({ direction: 'tightened' });
  });

  it('added commitments tighten; removed ones remove a clause', () => {
    expect(onlyChange((c) => void c.commitments?.push({ id: 'sql-volume', owner: 'sales', kind: 'volume', stage: 'sql', goal: 80 }))).toMatchObject({
      kind: 'added',
      direction: 'tightened',
      affects: 'sales',
      bump: 'major',
    });
    expect(onlyChange((c) => void (c.commitments = c.commitments?.filter((x) => x.id !== 'pipeline')))).toMatchObject({
      kind: 'removed',
      direction: 'loosened',
      bump: 'major',
    });
  });
});

describe('qualification', () => {
  it('a higher MQL threshold tightens marketing and affects both (major)', () => {
    const change = onlyChange((c) => void (at(c.qualification?.thresholds, 'mql-threshold').score = 65));
    expect(change).toMatchObject({
      pointer: '/qualification/thresholds/0/score',
      before: 60,
      after: 65,
      direction: 'tightened',
      affects: 'both',
      bump: 'major',
    });
    expect(change.summary).toBe('MQL threshold: score 60 → 65 (tighter for marketing; fewer leads for sales)');
  });

  it('a lower threshold loosens marketing and burdens sales (minor, both affected)', () => {
    const change = onlyChange((c) => void (at(c.qualification?.thresholds, 'mql-threshold').score = 55));
    expect(change).toMatchObject({ direction: 'loosened', affects: 'both', bump: 'minor' });
    expect(change.summary).toBe('MQL threshold: score 60 → 55 (looser for marketing; more leads for sales to work)');
  });

  it('minimum fit points: higher tightens', () => {
    expect(onlyChange((c) => void (at(c.qualification?.thresholds, 'mql-threshold').minFit = 30))).toMatchObject({
      pointer: '/qualification/thresholds/0/minFit',
      direction: 'tightened',
    });
  });

  it('a wider fit loosens, a narrower one tightens', () => {
    const employees = (n: number) => (c: ReturnType<typeof b2b>) => {
      const rule = c.qualification?.fit?.all?.[1];
      if (rule) rule.value = n;
    };
    expect(onlyChange(employees(10))).toMatchObject({ pointer: '/qualification/fit', direction: 'loosened', affects: 'both', bump: 'minor' });
    expect(onlyChange(employees(50))).toMatchObject({ direction: 'tightened', bump: 'major' });
  });

  it('scoring: more points loosen, negative points tighten, lower caps tighten, faster decay tightens', () => {
    expect(onlyChange((c) => void (at(c.qualification?.scoring?.rules, 'demo-request').points = 50))).toMatchObject({
      direction: 'loosened',
      summary: 'Scoring rule demo-request: +40 → +50 points (looser for marketing; more leads for sales to work)',
    });
    expect(onlyChange((c) => void (at(c.qualification?.scoring?.rules, 'free-email').points = -20))).toMatchObject({ direction: 'tightened' });
    expect(
      onlyChange(
        (c) =>
          void c.qualification?.scoring?.rules.push({
            id: 'bounced',
            category: 'engagement',
            when: { field: 'emailBounced', op: 'eq', value: true },
            points: -30,
          }),
      ),
    ).toMatchObject({ kind: 'added', direction: 'tightened', bump: 'major' });
    expect(
      onlyChange(
        (c) =>
          void c.qualification?.scoring?.rules.push({ id: 'event', category: 'engagement', when: { field: 'activity', op: 'eq', value: 'event' }, points: 10 }),
      ),
    ).toMatchObject({ kind: 'added', direction: 'loosened', bump: 'minor' });
    expect(onlyChange((c) => void (c.qualification?.scoring?.caps && (c.qualification.scoring.caps.total = 90)))).toMatchObject({
      pointer: '/qualification/scoring/caps/total',
      direction: 'tightened',
    });
    expect(onlyChange((c) => void (c.qualification?.scoring?.decay && (c.qualification.scoring.decay.by = '50%')))).toMatchObject({
      pointer: '/qualification/scoring/decay',
      direction: 'tightened',
    });
    expect(onlyChange((c) => removeWhere(c.qualification?.scoring?.rules, (r) => r.id === 'webinar'))).toMatchObject({
      kind: 'removed',
      bump: 'major',
      direction: 'tightened',
    });
  });
});

describe('handoff', () => {
  it('a new required field tightens marketing (major)', () => {
    const change = onlyChange((c) => void c.handoff?.requiredFields.push({ field: 'budget', label: 'Budget range' }));
    expect(change).toMatchObject({
      pointer: '/handoff/requiredFields/7',
      kind: 'added',
      before: null,
      after: 'budget',
      direction: 'tightened',
      affects: 'marketing',
      bump: 'major',
    });
    expect(change.summary).toBe('Handoff: new required field “Budget range” (budget) (tighter for marketing)');
  });

  it('a field no longer required loosens (minor); a new label is wording', () => {
    expect(onlyChange((c) => removeWhere(c.handoff?.requiredFields, (f) => f.field === 'phone'))).toMatchObject({
      kind: 'removed',
      direction: 'loosened',
      affects: 'marketing',
      bump: 'minor',
    });
    expect(onlyChange((c) => void (c.handoff?.requiredFields[0] && (c.handoff.requiredFields[0].label = 'Work email')))).toMatchObject({ bump: 'patch' });
  });

  it('a routing rule changed in place is said, not "territory, 5 rules → territory, 5 rules"', () => {
    const change = onlyChange((c) => {
      const rules = c.handoff?.routing?.rules as { when: unknown; to: string }[];
      (rules[0] as { when: unknown }).when = { field: 'employees', op: 'gte', value: 500 };
      (rules[1] as { to: string }).to = 'Iberian team';
    });
    expect(change.summary).toBe('Lead routing changed: rule 1 (employees ≥ 1000 → employees ≥ 500), rule 2 (Iberia team → Iberian team)');
    expect(change).toMatchObject({
      before: ['1. employees ≥ 1000: Enterprise team', '2. country in ES, PT: Iberia team'],
      after: ['1. employees ≥ 500: Enterprise team', '2. country in ES, PT: Iberian team'],
    });
    expect(renderPhrase(change.message as NonNullable<typeof change.message>, 'es')).toMatch(
      /^Cambia la asignación de leads: regla 1 \(employees ≥ 1000 → employees ≥ 500\), regla 2/,
    );
  });

  it('routing is ordered (first match wins): reordering its rules is a change', () => {
    expect(onlyChange((c) => void c.handoff?.routing?.rules?.reverse())).toMatchObject({
      pointer: '/handoff/routing',
      affects: 'sales',
      direction: 'neutral',
      bump: 'minor',
    });
  });
});

describe('follow-up', () => {
  it('more attempts or a longer span tighten sales; a higher daily ceiling loosens', () => {
    const followUp = (edit: (f: NonNullable<ReturnType<typeof b2b>['followUp']>) => void) => (c: ReturnType<typeof b2b>) =>
      void (c.followUp && edit(c.followUp));
    expect(onlyChange(followUp((f) => (f.minAttempts = 8)))).toMatchObject({
      pointer: '/followUp/minAttempts',
      before: 6,
      after: 8,
      direction: 'tightened',
      affects: 'sales',
      bump: 'major',
      summary: 'Follow-up: at least 6 → 8 attempts before giving up (tighter for sales)',
    });
    expect(onlyChange(followUp((f) => (f.minAttempts = 4)))).toMatchObject({ direction: 'loosened', bump: 'minor' });
    expect(onlyChange(followUp((f) => (f.minSpan = '15bd')))).toMatchObject({ pointer: '/followUp/minSpan', direction: 'tightened' });
    expect(onlyChange(followUp((f) => (f.minSpan = '5bd')))).toMatchObject({ direction: 'loosened' });
    expect(onlyChange(followUp((f) => (f.attemptsPerDay = 3)))).toMatchObject({ direction: 'loosened' });
    expect(onlyChange(followUp((f) => (f.firstChannel = 'email')))).toMatchObject({ direction: 'neutral', bump: 'minor' });
  });
});

describe('recycling', () => {
  it('a new rejection reason loosens sales (minor); removing one tightens and removes a clause (major)', () => {
    expect(
      onlyChange((c) => void c.recycling?.reasons.push({ id: 'duplicate', label: 'Duplicate of another lead', destination: 'disqualified' })),
    ).toMatchObject({ kind: 'added', direction: 'loosened', affects: 'both', bump: 'minor' });
    expect(onlyChange((c) => removeWhere(c.recycling?.reasons, (r) => r.id === 'not-ready'))).toMatchObject({
      kind: 'removed',
      direction: 'tightened',
      bump: 'major',
    });
  });

  it('feedback no longer required loosens; labels are wording; destinations are neutral', () => {
    expect(onlyChange((c) => void (c.recycling && (c.recycling.feedbackRequired = false)))).toMatchObject({
      direction: 'loosened',
      affects: 'sales',
      bump: 'minor',
    });
    expect(onlyChange((c) => void (at(c.recycling?.reasons, 'no-budget').label = 'No budget this year'))).toMatchObject({ bump: 'patch' });
    expect(onlyChange((c) => void (at(c.recycling?.reasons, 'no-budget').flow = 'Budget-season campaign'))).toMatchObject({
      direction: 'neutral',
      affects: 'marketing',
      bump: 'minor',
    });
  });
});

describe('calendars', () => {
  it('longer working hours make business-time goals fall due sooner: tighter for the teams on that calendar', () => {
    const change = onlyChange((c) => void (c.calendars?.[0] && (c.calendars[0].hours = { weekdays: ['08:00-14:00', '15:00-18:00'] })));
    expect(change).toMatchObject({ pointer: '/calendars/0/hours', direction: 'tightened', affects: 'both', bump: 'major' });
    expect(change.summary).toBe(
      'Barcelona office hours: Mon–Fri 09:00–14:00, 15:00–18:00 → Mon–Fri 08:00–14:00, 15:00–18:00 (tighter for marketing and sales)',
    );
  });

  it('a new holiday stops the clock: looser; dropping one: tighter', () => {
    expect(onlyChange((c) => void c.calendars?.[0]?.holidays?.dates?.push({ date: '2026-12-24', name: 'Christmas Eve' }))).toMatchObject({
      pointer: '/calendars/0/holidays',
      direction: 'loosened',
      bump: 'minor',
    });
    expect(onlyChange((c) => void (c.calendars?.[0]?.holidays && (c.calendars[0].holidays.regions = [])))).toMatchObject({
      direction: 'tightened',
      bump: 'major',
    });
  });

  it('another time zone is unclear', () => {
    expect(onlyChange((c) => void (c.calendars?.[0] && (c.calendars[0].timezone = 'Europe/Lisbon')))).toMatchObject({ unclear: true, bump: 'major' });
  });
});

describe('targets', () => {
  it('a higher revenue target tightens both', () => {
    const changes = changesOf((c) => void (c.targets && (c.targets.revenue = 300000)));
    expect(changes[0]).toMatchObject({
      pointer: '/targets/revenue',
      direction: 'tightened',
      affects: 'both',
      bump: 'major',
      before: '240,000 EUR',
      after: '300,000 EUR',
    });
    // And the funnel then needs more leads at each stage.
    expect(changes.some((x) => /Funnel: 200 → 250 mql leads needed a month/.test(x.summary) && x.affects === 'marketing')).toBe(true);
  });

  it('a lower assumed conversion rate needs more leads: tighter', () => {
    const changes = changesOf((c) => void (c.targets?.conversions?.[0] && (c.targets.conversions[0].rate = '35%')));
    expect(changes[0]).toMatchObject({ pointer: '/targets/conversions/0', before: '40%', after: '35%', direction: 'tightened' });
  });
});

describe('stages, personas, roles, reporting, scorecard', () => {
  it('a stage handed to the other team is unclear; a stage description is wording', () => {
    expect(onlyChange((c) => void (at(c.stages, 'sal').owner = 'marketing'))).toMatchObject({ affects: 'both', unclear: true, bump: 'major' });
    expect(onlyChange((c) => void (at(c.stages, 'sal').description = 'Sales agrees to work it.'))).toMatchObject({ bump: 'patch' });
  });

  it('a different lifecycle order is a change', () => {
    const changes = changesOf((c) => {
      const i = c.stages.findIndex((s) => s.id === 'sal');
      const j = c.stages.findIndex((s) => s.id === 'sql');
      [c.stages[i], c.stages[j]] = [c.stages[j] as never, c.stages[i] as never];
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ pointer: '/stages', unclear: true, bump: 'major' });
  });

  it('a wider qualifying persona loosens marketing', () => {
    expect(
      onlyChange(
        (c) =>
          void (at(c.personas, 'it-evaluator').criteria = {
            all: [
              { field: 'jobFunction', op: 'eq', value: 'it' },
              { field: 'employees', op: 'gte', value: 100 },
            ],
          }),
      ),
    ).toMatchObject({ direction: 'loosened', affects: 'both' });
  });

  it('responsibilities, metric definitions and meetings are patches', () => {
    expect(onlyChange((c) => void c.roles?.sales?.responsibilities?.push('Join one campaign review a quarter'))).toMatchObject({
      section: 'roles',
      affects: 'sales',
      bump: 'patch',
    });
    expect(onlyChange((c) => void (at(c.reporting?.metrics, 'mqls').definition = 'Leads that became MQLs in the month.'))).toMatchObject({ bump: 'patch' });
    expect(onlyChange((c) => void (at(c.reporting?.meetings, 'pipeline-review').time = '10:00'))).toMatchObject({
      section: 'reporting',
      bump: 'patch',
      direction: 'neutral',
    });
    expect(
      onlyChange((c) => void (c.reporting && (c.reporting.meetings = c.reporting.meetings?.filter((m) => m.id !== 'quarterly-celebration')))),
    ).toMatchObject({ kind: 'removed', bump: 'patch' });
  });

  it('a metric measured differently is minor; a metric removed is a clause', () => {
    expect(onlyChange((c) => void (at(c.reporting?.metrics, 'mqls').cadence = 'week'))).toMatchObject({ bump: 'minor' });
    expect(onlyChange((c) => void (c.reporting && (c.reporting.metrics = c.reporting.metrics?.filter((m) => m.id !== 'revenue-won'))))).toMatchObject({
      kind: 'removed',
      bump: 'major',
    });
  });

  it('a new report-card need is minor and binds the other team', () => {
    expect(onlyChange((c) => void c.scorecard?.needs.marketing.push({ id: 'win-stories', need: 'Sales shares one win story a month.' }))).toMatchObject({
      kind: 'added',
      affects: 'sales',
      bump: 'minor',
    });
  });
});

describe('metadata', () => {
  it('the version number itself is reported but needs no bump', () => {
    const head = b2b();
    head.metadata.version = '2.4.0';
    expect(diffRules(rulesOf(b2b()), rulesOf(head))).toEqual([
      {
        pointer: '/metadata/version',
        kind: 'changed',
        before: '2.3.0',
        after: '2.4.0',
        direction: 'neutral',
        affects: 'both',
        summary: 'Version 2.3.0 → 2.4.0',
        message: { key: 'meta.version', args: { from: '2.3.0', to: '2.4.0' } },
        bump: 'none',
        side: 'head',
        section: 'metadata',
      },
    ]);
  });

  it('owners and approvers: neutral, minor; names: wording', () => {
    expect(onlyChange((c) => void (c.metadata.owners.sales.github = 'jordisoler'))).toMatchObject({
      pointer: '/metadata/owners/sales/github',
      affects: 'sales',
      direction: 'neutral',
      bump: 'minor',
    });
    expect(changesOf((c) => void (c.metadata.owners.sales.github = '@PLANFOLD/Sales-Leads'))).toEqual([]);
    expect(onlyChange((c) => void c.metadata.approvers?.push({ github: 'annavila', for: 'marketing' }))).toMatchObject({
      kind: 'added',
      affects: 'marketing',
      bump: 'minor',
    });
    expect(onlyChange((c) => void (c.metadata.owners.marketing.title = 'CMO'))).toMatchObject({ bump: 'patch' });
  });

  it('status: retiring the contract loosens both (major); effective date and title', () => {
    expect(onlyChange((c) => void (c.metadata.status = 'retired'))).toMatchObject({ direction: 'loosened', affects: 'both', bump: 'major' });
    expect(onlyChange((c) => void (c.metadata.effective = '2026-05-01'))).toMatchObject({
      direction: 'neutral',
      bump: 'minor',
      before: '2026-04-01',
      after: '2026-05-01',
    });
    expect(onlyChange((c) => void (c.metadata.title = 'Planfold revenue agreement'))).toMatchObject({ bump: 'patch' });
  });
});
