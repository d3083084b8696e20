/**
 * One edit of contracts/b2b-saas.yaml that changes every section of the contract, each
 * in several ways (added, removed, changed, reworded), so that one diff shows a change
 * summary of nearly every kind: the leftover-English scan (test/e2e/locale-scan.test.ts)
 * reads it in es, pt and ca, and test/unit/review/summaries.test.ts checks it covers
 * every section.
 */
import type { RevpactContract } from '../../../src/contract/types.generated.js';
import { at, removeWhere } from './helpers.js';

type Loose = Record<string, unknown>;

export function editEverySection(c: RevpactContract): void {
  // metadata
  const m = c.metadata as unknown as Loose & { owners: Record<string, Loose>; approvers: Loose[] };
  m['version'] = '3.0.0';
  m['title'] = 'Planfold revenue agreement';
  m['effective'] = '2026-07-01';
  m['currency'] = 'USD';
  m['timezone'] = 'Europe/Lisbon';
  m['locale'] = 'es';
  (m.owners['sales'] as Loose)['github'] = 'jordisoler';
  (m.owners['marketing'] as Loose)['title'] = 'Chief Marketing Officer';
  m.approvers = [
    { github: 'nuriacasas', name: 'Núria Casas Vidal', for: 'sales' },
    { github: 'martavives', name: 'Marta Vives', for: 'marketing' },
  ];

  // roles
  const roles = c.roles as unknown as Record<string, Loose & { responsibilities: string[] }>;
  (roles['marketing'] as Loose)['summary'] = 'Marketing owns positioning and fills the pipeline with qualified leads.';
  const sales = roles['sales'] as { responsibilities: string[] };
  sales.responsibilities = [...sales.responsibilities.slice(1), 'Log every call and e-mail in the CRM the same day'];

  // personas
  const personas = c.personas as unknown as Loose[];
  (at(personas as { id: string }[], 'ops-director') as unknown as Loose)['name'] = 'Head of operations';
  (at(personas as { id: string }[], 'finance-lead') as unknown as Loose)['criteria'] = {
    all: [
      { field: 'jobFunction', op: 'eq', value: 'finance' },
      { field: 'seniority', op: 'in', value: ['director', 'vp', 'c-level'] },
      { field: 'employees', op: 'gte', value: 20 },
    ],
  };
  personas.push({ id: 'hr-lead', name: 'People lead', criteria: { field: 'jobFunction', op: 'eq', value: 'hr' } });

  // stages
  const stages = c.stages as unknown as (Loose & { id: string })[];
  at(stages, 'recycled')['owner'] = 'sales';
  at(stages, 'lost')['name'] = 'Lost deal';
  at(stages, 'mql')['entry'] = 'Score of 65 or more with at least 30 fit points.';

  // qualification
  const q = c.qualification as unknown as Loose & {
    thresholds: Loose[];
    personas: string[];
    scoring: Loose & { rules: (Loose & { id: string })[]; caps: Loose; decay: Loose };
  };
  q.thresholds = [{ id: 'mql-threshold', stage: 'mql', score: 65, minFit: 30 }];
  q['fit'] = {
    all: [
      { field: 'country', op: 'in', value: ['ES', 'PT', 'FR', 'BE', 'NL', 'LU', 'DE', 'AT', 'CH', 'IT', 'IE', 'GB'] },
      { field: 'employees', op: 'gte', value: 50 },
      { not: { field: 'emailDomain', op: 'in', value: ['rivalplan.com', 'schedulr.io'] } },
    ],
  };
  q['engagement'] = {
    any: [
      { field: 'demoRequestedAt', op: 'exists' },
      { field: 'pricingPageViews', op: 'gte', value: 2 },
    ],
  };
  q.personas = [...q.personas, 'hr-lead'];
  const rules = q.scoring.rules;
  at(rules, 'webinar')['points'] = 20;
  at(rules, 'webinar')['max'] = 45;
  at(rules, 'target-industry')['when'] = { field: 'industry', op: 'in', value: ['consulting', 'agency'] };
  at(rules, 'decision-maker')['description'] = 'Director, VP or C-level.';
  removeWhere(rules, (r) => r.id === 'email-click');
  rules.push({ id: 'event-attended', category: 'engagement', when: { field: 'activity', op: 'eq', value: 'event-attended' }, points: 25, max: 25 });
  q.scoring.caps = { fit: 60, engagement: 70, total: 120 };
  q.scoring.decay = { every: '30d', by: '20%', category: 'engagement' };

  // targets
  const t = c.targets as unknown as Loose & { conversions: Loose[] };
  t['revenue'] = 300000;
  t['dealSize'] = 15000;
  t.conversions = [
    { from: 'mql', to: 'sql', rate: '35%' },
    { from: 'sql', to: 'customer', rate: '25%' },
  ];

  // commitments
  const commitments = c.commitments as unknown as (Loose & { id: string })[];
  at(commitments, 'mql-volume')['goal'] = 250;
  removeWhere(commitments, (x) => x.id === 'pipeline');
  commitments.push({ id: 'sal-volume', owner: 'sales', kind: 'volume', stage: 'sal', goal: 150 });

  // handoff
  const h = c.handoff as unknown as Loose & { requiredFields: (Loose & { field: string })[]; routing: Loose & { rules: unknown[] } };
  h['channel'] = 'email';
  removeWhere(h.requiredFields, (f) => f.field === 'history');
  (h.requiredFields.find((f) => f.field === 'phone') as Loose)['label'] = 'Direct phone or mobile';
  h.requiredFields.push({ field: 'budget', label: 'Budget range' });
  h.routing.rules = h.routing.rules.slice(0, -1);

  // slas
  const slas = c.slas as unknown as (Loose & { id: string })[];
  at(slas, 'first-touch')['goal'] = '2bh';
  at(slas, 'accept-or-reject')['target'] = '97%';
  at(slas, 'enterprise-first-touch')['when'] = { field: 'employees', op: 'gte', value: 500 };
  at(slas, 'rejection-feedback')['description'] = 'Every rejected lead gets a reason within two business days.';
  removeWhere(slas, (s) => s.id === 'recycle-to-nurture');
  slas.push({ id: 'sql-follow-up', name: 'SQL follow-up', owner: 'sales', start: 'sql', stop: 'opportunity', goal: '5bd', target: '80%' });

  // follow-up
  const f = c.followUp as unknown as Loose;
  f['minAttempts'] = 8;
  f['attemptsPerDay'] = 3;
  f['minSpan'] = '15bd';
  f['firstChannel'] = 'email';
  f['channels'] = ['phone', 'email'];

  // recycling
  const r = c.recycling as unknown as Loose & { reasons: (Loose & { id: string })[] };
  r['feedbackRequired'] = false;
  at(r.reasons, 'no-budget')['values'] = ['Budget', 'No budget', 'Too expensive'];
  at(r.reasons, 'not-ready')['after'] = '120d';
  at(r.reasons, 'wrong-contact')['label'] = 'Not the buyer';
  r.reasons.push({ id: 'duplicate', label: 'Duplicate of a lead already worked', values: ['Duplicate'], destination: 'disqualified', stage: 'disqualified' });

  // calendars
  const calendars = c.calendars as unknown as (Loose & { id: string; holidays: Loose & { dates: Loose[] } })[];
  const bcn = at(calendars, 'barcelona');
  bcn['hours'] = { weekdays: ['08:00-14:00', '15:00-18:00'] };
  bcn.holidays.dates = [...bcn.holidays.dates, { date: '2026-12-26', name: 'Sant Esteve' }];
  (calendars as unknown[]).push({ id: 'lisbon', name: 'Lisbon office', timezone: 'Europe/Lisbon', hours: { weekdays: ['09:00-18:00'] } });

  // reporting
  const rep = c.reporting as unknown as { metrics: (Loose & { id: string })[]; meetings: (Loose & { id: string; agenda: string[] })[] };
  at(rep.metrics, 'mqls')['cadence'] = 'week';
  at(rep.metrics, 'sql-to-customer')['owner'] = 'both';
  removeWhere(rep.metrics, (x) => x.id === 'revenue-won');
  rep.metrics.push({
    id: 'sal-rate',
    name: 'MQL acceptance rate',
    definition: 'Share of MQLs sales accepted.',
    owner: 'sales',
    cadence: 'month',
    measure: { kind: 'conversion', from: 'mql', to: 'sal' },
  });
  at(rep.meetings, 'pipeline-review')['time'] = '10:00';
  at(rep.meetings, 'pipeline-review')['attendees'] = ['marketing', 'sales'];
  at(rep.meetings, 'revenue-review').agenda.push('Next month’s campaigns');
  rep.meetings.push({
    id: 'scoring-review',
    name: 'Scoring model review',
    cadence: 'quarterly',
    week: 'first',
    day: 'mon',
    time: '12:00',
    duration: '60m',
    calendar: 'barcelona',
    attendees: ['both'],
    agenda: ['Conversion by score band'],
  });

  // scorecard
  const s = c.scorecard as unknown as Loose & { needs: Record<string, (Loose & { id: string })[]> };
  s['cadence'] = 'quarterly';
  s['commentBelow'] = 'C';
  removeWhere(s.needs['marketing'], (n) => n.id === 'campaign-feedback');
  s.needs['sales']?.push({ id: 'event-leads', need: 'Leads from events arrive within a day of the event.' });
}
