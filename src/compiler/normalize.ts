/**
 * contract → machine rules (RulesIR). Runs on a contract that passed every check, so
 * references resolve and quantities parse; what is left is to make everything explicit:
 * defaults applied, units converted, events and calendars resolved, the funnel worked out.
 */
import { weeklyHours, weeklyTotals, parseInterval, WEEKDAYS } from '../contract/calendar-hours.js';
import { resolveEvent, stageKind, STAGE_FIELDS } from '../contract/events.js';
import { computeFunnel } from '../contract/funnel.js';
import { conversionRate, durationMinutes, parseDuration, parsePercentage } from '../shared/quantities.js';
import type { Calendar, Condition, Person, RevpactContract } from '../contract/types.generated.js';
import { contentHash } from './canonical.js';
import { regionHolidays } from '../shared/holidays.js';
import { version } from '../shared/version.js';
import {
  RULES_API_VERSION,
  type RuleCalendar,
  type RuleCommitment,
  type RuleCondition,
  type RuleDuration,
  type RuleEvent,
  type RuleHolidays,
  type RulesIR,
  type RuleSla,
} from './ir.js';

export interface NormalizeOptions {
  /** Recorded in the rules (rules.json, SQL headers): revpact's own version unless a test pins one. */
  compilerVersion: string;
}

export function normalize(contract: RevpactContract, options: NormalizeOptions = { compilerVersion: version() }): RulesIR {
  const calendars = (contract.calendars ?? []).map((c) => normalizeCalendar(c, Number(contract.metadata.effective.slice(0, 4))));
  const calendarById = new Map(calendars.map((c) => [c.id, c]));
  const defaultCalendar = calendars[0]?.id ?? null;
  const minutesPerDayOf = (id: string | null) => (id ? (calendarById.get(id)?.minutesPerBusinessDay ?? 0) : 0);

  const event = (name: string): RuleEvent => {
    const r = resolveEvent(contract, name);
    if (!r) throw new Error(`normalize: unresolved event "${name}" (the checks should have caught it)`);
    return { event: r.event, type: r.type, field: r.field };
  };
  const duration = (text: string, clock: 'business' | 'calendar', calendar: string | null): RuleDuration => {
    const d = parseDuration(text);
    if (!d) throw new Error(`normalize: bad duration "${text}"`);
    return { text, minutes: durationMinutes(d, minutesPerDayOf(calendar)), clock };
  };
  const ratio = (p: number | string): number => {
    const r = parsePercentage(p);
    if (r === undefined) throw new Error(`normalize: bad percentage "${String(p)}"`);
    return r;
  };

  const stages = contract.stages.map((s, order) => {
    const kind = stageKind(s);
    if (!kind) throw new Error(`normalize: stage "${s.id}" has no kind`);
    return {
      id: s.id,
      name: s.name ?? null,
      kind,
      owner: s.owner,
      field: STAGE_FIELDS[kind],
      order,
      description: s.description ?? null,
      entry: s.entry ?? null,
      personas: s.personas ?? [],
    };
  });
  const stageById = new Map(stages.map((s) => [s.id, s]));
  const stageField = (id: string) => stageById.get(id)?.field ?? STAGE_FIELDS.lead;
  const stageOfKind = (kind: string) => stages.find((s) => s.kind === kind)?.id;
  const targetPeriod = contract.targets?.period ?? 'month';

  const slas = (contract.slas ?? []).map((s): RuleSla => {
    const goal = parseDuration(s.goal);
    const clock = s.clock ?? (goal?.business ? 'business' : 'calendar');
    const calendar = clock === 'business' ? (s.calendar ?? defaultCalendar) : null;
    return {
      id: s.id,
      name: s.name ?? null,
      description: s.description ?? null,
      owner: s.owner,
      start: event(s.start),
      stop: (Array.isArray(s.stop) ? s.stop : [s.stop]).map(event),
      clock,
      calendar,
      goal: duration(s.goal, clock, calendar),
      target: ratio(s.target),
      when: s.when ? condition(s.when) : null,
    };
  });

  const commitments = (contract.commitments ?? []).map((c): RuleCommitment => {
    const base = { id: c.id, owner: c.owner, description: c.description ?? null, period: c.period ?? targetPeriod, when: c.when ? condition(c.when) : null };
    switch (c.kind) {
      case 'volume':
        return { ...base, kind: 'volume', stage: c.stage, field: stageField(c.stage), goal: c.goal, unit: 'leads' };
      case 'conversion':
        return {
          ...base,
          kind: 'conversion',
          from: c.from,
          fromField: stageField(c.from),
          to: c.to,
          toField: stageField(c.to),
          goal: ratio(c.goal),
          unit: 'ratio',
        };
      case 'pipeline': {
        const stage = c.stage ?? stageOfKind('opportunity') ?? stageOfKind('sql') ?? stages[0]?.id ?? 'lead';
        return { ...base, kind: 'pipeline', stage, field: stageField(stage), goal: c.goal, unit: 'money' };
      }
      case 'revenue': {
        const stage = stageOfKind('customer') ?? 'customer';
        return { ...base, kind: 'revenue', stage, field: STAGE_FIELDS.customer, goal: c.goal, unit: 'money' };
      }
    }
  });

  const funnel = computeFunnel(contract);
  const t = contract.targets;
  const q = contract.qualification;
  const f = contract.followUp;
  const m = contract.metadata;
  const followUpSpan = f ? parseDuration(f.minSpan) : undefined;
  const followUpCalendar = f && followUpSpan?.business ? (f.calendar ?? defaultCalendar) : null;

  return {
    apiVersion: RULES_API_VERSION,
    compiler: { name: 'revpact', version: options.compilerVersion },
    contract: {
      name: m.name,
      title: m.title ?? null,
      description: m.description ?? null,
      version: m.version,
      effective: m.effective,
      status: m.status,
      locale: m.locale ?? 'en',
      currency: m.currency ?? 'USD',
      timezone: m.timezone ?? calendars[0]?.timezone ?? 'UTC',
      hash: contentHash(contract),
      mapping: m.mapping ?? null,
    },
    owners: {
      marketing: owner(m.owners.marketing),
      sales: owner(m.owners.sales),
    },
    approvers: (m.approvers ?? []).map((a) => ({ github: a.github, name: a.name ?? null, for: a.for })),
    roles: {
      marketing: contract.roles?.marketing
        ? { summary: contract.roles.marketing.summary, responsibilities: contract.roles.marketing.responsibilities ?? [] }
        : null,
      sales: contract.roles?.sales ? { summary: contract.roles.sales.summary, responsibilities: contract.roles.sales.responsibilities ?? [] } : null,
    },
    personas: (contract.personas ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      description: p.description ?? null,
      criteria: p.criteria ? condition(p.criteria) : null,
    })),
    stages,
    qualification: q
      ? {
          description: q.description ?? null,
          personas: q.personas ?? [],
          fit: q.fit ? condition(q.fit) : null,
          engagement: q.engagement ? condition(q.engagement) : null,
          scoring: q.scoring
            ? {
                rules: q.scoring.rules.map((r) => ({
                  id: r.id,
                  category: r.category,
                  description: r.description ?? null,
                  when: condition(r.when),
                  points: r.points,
                  max: r.max ?? null,
                })),
                caps: { fit: q.scoring.caps?.fit ?? null, engagement: q.scoring.caps?.engagement ?? null, total: q.scoring.caps?.total ?? null },
                decay: q.scoring.decay
                  ? {
                      every: q.scoring.decay.every,
                      everyMinutes: duration(q.scoring.decay.every, 'calendar', null).minutes,
                      by: ratio(q.scoring.decay.by),
                      category: q.scoring.decay.category ?? 'engagement',
                    }
                  : null,
              }
            : null,
          thresholds: (q.thresholds ?? []).map((th) => ({
            id: th.id,
            stage: th.stage,
            score: th.score,
            minFit: th.minFit ?? null,
            minEngagement: th.minEngagement ?? null,
          })),
        }
      : null,
    targets: t
      ? {
          period: t.period,
          revenue: t.revenue,
          dealSize: t.dealSize ?? null,
          deals: funnel?.deals ?? null,
          conversions: (t.conversions ?? []).map((c) => ({ from: c.from, to: c.to, rate: conversionRate(c) ?? 0, oneIn: c.oneIn ?? null })),
          needed: funnel?.needed ?? {},
          steps: (funnel?.steps ?? []).map((s) => ({
            stage: s.stage,
            needed: s.needed,
            basis: s.basis.kind === 'conversion' ? { ...s.basis, oneIn: s.basis.oneIn ?? null } : s.basis,
          })),
        }
      : null,
    commitments,
    handoff: contract.handoff
      ? {
          stage: contract.handoff.stage,
          field: stageField(contract.handoff.stage),
          description: contract.handoff.description ?? null,
          requiredFields: contract.handoff.requiredFields.map((r) => ({ field: r.field, label: r.label ?? null })),
          channel: contract.handoff.channel ?? null,
          routing: contract.handoff.routing
            ? { method: contract.handoff.routing.method, rules: (contract.handoff.routing.rules ?? []).map((r) => ({ when: condition(r.when), to: r.to })) }
            : null,
        }
      : null,
    slas,
    followUp: f
      ? {
          description: f.description ?? null,
          firstChannel: f.firstChannel ?? null,
          channels: f.channels ?? [],
          attemptsPerDay: f.attemptsPerDay ?? null,
          minAttempts: f.minAttempts,
          minSpan: duration(f.minSpan, followUpSpan?.business ? 'business' : 'calendar', followUpCalendar),
          calendar: followUpCalendar,
          giveUpReason: f.giveUpReason ?? null,
        }
      : null,
    recycling: contract.recycling
      ? {
          description: contract.recycling.description ?? null,
          feedbackRequired: contract.recycling.feedbackRequired ?? true,
          reasons: contract.recycling.reasons.map((r) => ({
            id: r.id,
            label: r.label,
            values: (r.values ?? []).map(nfc),
            destination: r.destination,
            flow: r.flow ?? null,
            after: r.after ? duration(r.after, parseDuration(r.after)?.business ? 'business' : 'calendar', defaultCalendar) : null,
            stage: r.stage ?? null,
          })),
        }
      : null,
    calendars,
    metrics: (contract.reporting?.metrics ?? []).map((x) => ({
      id: x.id,
      name: x.name,
      definition: x.definition,
      owner: x.owner ?? 'both',
      cadence: x.cadence ?? null,
      measure: x.measure
        ? {
            kind: x.measure.kind,
            stage: x.measure.stage ?? null,
            from: x.measure.from ?? null,
            to: x.measure.to ?? null,
            sla: x.measure.sla ?? null,
            field: x.measure.field ?? null,
          }
        : null,
    })),
    meetings: (contract.reporting?.meetings ?? []).map((x) => ({
      id: x.id,
      name: x.name,
      purpose: x.purpose ?? null,
      cadence: x.cadence,
      day: x.day ?? null,
      week: x.week ?? null,
      time: x.time ?? null,
      durationMinutes: x.duration ? duration(x.duration, 'calendar', null).minutes : null,
      timezone: calendarById.get(x.calendar ?? defaultCalendar ?? '')?.timezone ?? m.timezone ?? 'UTC',
      attendees: x.attendees ?? ['marketing', 'sales'],
      agenda: x.agenda ?? [],
    })),
    scorecard: contract.scorecard
      ? {
          cadence: contract.scorecard.cadence ?? 'half-yearly',
          scale: (contract.scorecard.scale ?? DEFAULT_SCALE).map((g) => ({ grade: g.grade, meaning: g.meaning ?? null })),
          commentBelow: contract.scorecard.commentBelow ?? 'B',
          needs: {
            marketing: contract.scorecard.needs.marketing.map((n) => ({ id: n.id, need: n.need })),
            sales: contract.scorecard.needs.sales.map((n) => ({ id: n.id, need: n.need })),
          },
        }
      : null,
  };
}

function owner(p: Person): RulesIR['owners']['marketing'] {
  return { name: p.name, title: p.title ?? null, github: p.github, email: p.email ?? null };
}

/** The explicit dates of `year` and the regions' public holidays of `year`, by date then source. */
function resolveHolidays(dates: { date: string; name: string | null }[], regions: readonly string[], year: number): RuleHolidays {
  const out: RuleHolidays['dates'] = dates.filter((d) => d.date.startsWith(`${year}-`)).map((d) => ({ ...d, source: 'contract' }));
  for (const region of new Set(regions)) for (const h of regionHolidays(region, year)) out.push({ date: h.date, name: h.name, source: region });
  out.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.source === 'contract' ? -1 : b.source === 'contract' ? 1 : a.source < b.source ? -1 : 1,
  );
  return { year, dates: out };
}

const DEFAULT_SCALE: { grade: string; meaning?: string }[] = [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'F' }];

/** `year`: the effective year, whose holidays are listed resolved. */
export function normalizeCalendar(c: Calendar, year: number): RuleCalendar {
  const hours = weeklyHours(c.hours);
  const week = {} as RuleCalendar['week'];
  for (const day of WEEKDAYS) week[day] = hours[day].texts.map(parseInterval).sort((a, b) => a[0] - b[0]);
  const { minutesPerWeek, minutesPerBusinessDay } = weeklyTotals(c.hours);
  const holidayDates = (c.holidays?.dates ?? [])
    .map((d) => (typeof d === 'string' ? { date: d, name: null } : { date: d.date, name: d.name ?? null }))
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    id: c.id,
    name: c.name ?? null,
    timezone: c.timezone,
    week,
    holidayDates,
    holidayRegions: c.holidays?.regions ?? [],
    holidays: resolveHolidays(holidayDates, c.holidays?.regions ?? [], year),
    minutesPerBusinessDay,
    minutesPerWeek,
  };
}

/** One canonical form: lists for in/not-in, nested all/any of the same kind flattened. */
export function condition(c: Condition): RuleCondition {
  if (c.all) return { all: flatten('all', c.all.map(condition)) };
  if (c.any) return { any: flatten('any', c.any.map(condition)) };
  if (c.not) return { not: condition(c.not) };
  const field = c.field ?? '';
  const op = c.op ?? 'exists';
  if (op === 'exists' || op === 'missing') return { field, op };
  if (op === 'in' || op === 'not-in') return { field, op, value: Array.isArray(c.value) ? c.value.map(nfc) : c.value === undefined ? [] : [nfc(c.value)] };
  const value = Array.isArray(c.value) ? (c.value[0] ?? '') : (c.value ?? '');
  return { field, op, value: nfc(value) };
}

/**
 * Text in NFC, as lead data is read (leads/mapping/convert.ts): "Aragón" typed with a
 * combining accent in the contract still matches the export's "Aragón".
 */
function nfc<T>(value: T): T {
  return (typeof value === 'string' ? value.normalize('NFC') : value) as T;
}

function flatten(kind: 'all' | 'any', list: RuleCondition[]): RuleCondition[] {
  return list.flatMap((x) => (kind in x ? (x as Record<typeof kind, RuleCondition[]>)[kind] : [x]));
}
